import { Button, Fieldset, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldId, useFieldError } from "./form-context.js";
import { moved } from "./form-values.js";

/** Up, down and remove for the item of a list, named after it. */
export function ItemButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button
        variant="tertiary"
        data-size="sm"
        disabled={index === 0}
        aria-label={t("edit.list.moveUpNamed", { name })}
        onClick={() => onMove(-1)}
      >
        {t("edit.list.moveUp")}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        disabled={index === count - 1}
        aria-label={t("edit.list.moveDownNamed", { name })}
        onClick={() => onMove(1)}
      >
        {t("edit.list.moveDown")}
      </Button>
      {onRemove ? (
        <Button
          variant="tertiary"
          data-size="sm"
          data-color="danger"
          aria-label={t("edit.list.removeNamed", { name })}
          onClick={onRemove}
        >
          {t("edit.list.remove")}
        </Button>
      ) : null}
    </div>
  );
}

/**
 * A list inside a form (sub-goals, indicators, funding lines, …): each item in a fieldset of its
 * own, with buttons to move it up or down and to remove it, and one to add a new one.
 */
export function ListField<T>({
  path,
  legend,
  items,
  onChange,
  newItem,
  addLabel,
  itemName,
  renderItem,
}: {
  path: string;
  legend: ReactNode;
  items: T[];
  onChange: (items: T[]) => void;
  newItem: (items: T[]) => T;
  addLabel: string;
  itemName: (item: T, index: number) => string;
  renderItem: (item: T, index: number, update: (item: T) => void, path: string) => ReactNode;
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <Fieldset id={id} tabIndex={-1} className="list-field">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      {items.map((item, index) => {
        const name = itemName(item, index);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the items have no identity of their own while edited
          <Fieldset key={index} className="list-field__item">
            <Fieldset.Legend>{name}</Fieldset.Legend>
            {renderItem(
              item,
              index,
              (next) => onChange(items.map((x, i) => (i === index ? next : x))),
              `${path}[${index}]`,
            )}
            <ItemButtons
              name={name}
              index={index}
              count={items.length}
              onMove={(step) => onChange(moved(items, index, step))}
              onRemove={() => onChange(items.filter((_, i) => i !== index))}
            />
          </Fieldset>
        );
      })}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...items, newItem(items)])}>
          {addLabel}
        </Button>
      </div>
    </Fieldset>
  );
}
