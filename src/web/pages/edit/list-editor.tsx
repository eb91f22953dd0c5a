/**
 * One page for a list of the plan's things (actors, funding sources, flagships, related plans):
 * each item with buttons to edit, move and delete it, and a form to add one. The form opens in
 * place; saving closes it and says so.
 */
import { Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { SimpleCollection } from "../../../domain/plan-edits.js";
import type { Actor, Flagship, FundingSource, PlanDocument, RelatedPlan } from "../../../domain/plan-schema.js";
import { versionOf } from "../../../domain/versions.js";
import { planWrites } from "../../api/write-client.js";
import { PageHeader } from "../../components/page-header.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useCollectionActions } from "../../forms/collection-actions.js";
import { EditForm, useReload } from "../../forms/edit-form.js";
import { TextField } from "../../forms/fields.js";
import { ItemButtons } from "../../forms/list-field.js";
import { KeyField, useKeyFollower } from "../../forms/plan-fields.js";
import { useSave } from "../../forms/use-save.js";
import { EditBreadcrumbs } from "./edit-breadcrumbs.js";

type Items = { actors: Actor; fundingSources: FundingSource; flagships: Flagship; relatedPlans: RelatedPlan };
type Item<C extends SimpleCollection> = Items[C];

export type FieldsProps<T> = {
  plan: PlanDocument;
  draft: T;
  set: <K extends keyof T>(key: K, value: unknown) => void;
};

export type ListEditorProps<C extends SimpleCollection> = {
  collection: C;
  heading: string;
  intro: string;
  /** The singular word for an item, in a sentence: «aktør». */
  itemWord: string;
  schema: z.ZodType<Item<C>>;
  empty: () => Item<C>;
  /** The field that names an item (and gives a new one's key). */
  titleField: "name" | "title";
  fields: (props: FieldsProps<Item<C>>) => ReactNode;
};

const titleOf = (item: object, field: "name" | "title") => String((item as Record<string, unknown>)[field] ?? "");

export function ListEditor<C extends SimpleCollection>(props: ListEditorProps<C>) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const actions = useCollectionActions(plan);
  const { formKey, reload } = useReload(plan);
  const [editing, setEditing] = useState<string | null>(null);
  usePageTitle(props.heading, plan.actionPlan.title);
  const items = plan[props.collection] as Array<Item<C>>;
  const keys = items.map((item) => item.key);
  const current = editing === null || editing === "" ? null : (items.find((item) => item.key === editing) ?? null);
  return (
    <div className="stack">
      <EditBreadcrumbs plan={plan} />
      <PageHeader title={props.heading} intro={props.intro} />
      {actions.elements}
      {items.length === 0 ? <Paragraph>{t("edit.lists.empty")}</Paragraph> : null}
      <ol className="edit-list">
        {items.map((item, index) => {
          const name = titleOf(item, props.titleField);
          return (
            <li key={item.key} className="edit-list__item">
              <span>{name}</span>
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t("edit.hub.editNamed", { name })}
                aria-expanded={editing === item.key}
                onClick={() => setEditing(editing === item.key ? null : item.key)}
              >
                {t("edit.lists.edit")}
              </Button>
              <ItemButtons
                name={name}
                index={index}
                count={keys.length}
                onMove={(step) => void actions.move(props.collection, keys, index, step, name)}
              />
              <Button
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                aria-label={t("edit.list.deleteNamed", { name })}
                onClick={() => actions.askDelete(props.collection, item.key, name)}
              >
                {t("edit.list.delete")}
              </Button>
            </li>
          );
        })}
      </ol>
      {editing === null ? (
        <div>
          <Button variant="secondary" onClick={() => setEditing("")}>
            {t("edit.lists.add", { item: props.itemWord })}
          </Button>
        </div>
      ) : (
        <Card data-color="neutral" className="stack-sm">
          <Heading level={2} data-size="sm">
            {current === null
              ? t("edit.lists.newHeading", { item: props.itemWord })
              : t("edit.lists.editHeading", { name: titleOf(current, props.titleField) })}
          </Heading>
          <ItemForm
            key={`${editing}:${formKey}`}
            {...props}
            item={current}
            onReload={reload}
            onDone={(message) => {
              setEditing(null);
              actions.announce(message);
            }}
          />
          <div>
            <Button variant="tertiary" onClick={() => setEditing(null)}>
              {t("edit.form.cancel")}
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}

function ItemForm<C extends SimpleCollection>({
  collection,
  schema,
  empty,
  titleField,
  fields,
  itemWord,
  item,
  onReload,
  onDone,
}: ListEditorProps<C> & { item: Item<C> | null; onReload: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const follow = useKeyFollower();
  const planKey = plan.actionPlan.key;
  const [draft, setDraft] = useState<Item<C>>(() => item ?? empty());
  const [version] = useState(() => (item === null ? null : versionOf(item)));
  const save = useSave<Item<C>>({
    plan,
    schema,
    toEdit: (data) =>
      item === null
        ? ({ op: "create", collection, data } as never)
        : ({ op: "update", collection, key: item.key, data } as never),
    send: (data, confirm) =>
      item === null || version === null
        ? planWrites.createItem(planKey, collection, data)
        : planWrites.updateItem(planKey, collection, item.key, version, data, confirm),
    onSaved: (data) =>
      onDone(
        t("edit.saved.named", {
          type: itemWord.charAt(0).toLocaleUpperCase() + itemWord.slice(1),
          title: titleOf(data, titleField),
        }),
      ),
  });
  const set = <K extends keyof Item<C>>(key: K, value: unknown) =>
    setDraft((d) => ({ ...d, [key]: value as Item<C>[K] }));
  return (
    <EditForm plan={plan} save={save} draft={draft} onReload={onReload} cancelTo={paths.edit(planKey)}>
      <TextField
        path={titleField}
        label={titleField === "name" ? t("edit.form.name") : t("edit.form.title")}
        value={titleOf(draft, titleField)}
        onChange={(text) =>
          setDraft((d) => ({
            ...d,
            [titleField]: text ?? "",
            key: item === null ? follow(d, titleOf(d, titleField), text ?? "") : d.key,
          }))
        }
      />
      {item === null ? <KeyField path="key" value={draft.key} onChange={(key) => set("key", key)} /> : null}
      {fields({ plan, draft, set })}
    </EditForm>
  );
}
