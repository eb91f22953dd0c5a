/**
 * The pieces of the organization's users page (`users-page.tsx`): the role select, the unit
 * checkboxes, the forms to add and change a user, and the dialog that asks before a removal or a
 * new one-time password.
 */
import {
  Button,
  Checkbox,
  Dialog,
  type ErrorSummary,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from "@digdir/designsystemet-react";
import { type ComponentRef, type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../domain/access.js";
import type { Actor } from "../../../domain/plan-schema.js";
import { FailureAlert } from "../../forms/failure-alert.js";
import { FieldErrorSummary } from "../../forms/field-error-summary.js";
import type { OrganizationUser } from "./access-api.js";

/** The roles in the order the select offers them, from the least to the most. */
export const ROLES: readonly Role[] = ["reader", "reporter", "editor", "admin"];
const NARROW = { maxWidth: "24rem" } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type OneTime = { email: string; password: string };
export type Confirming = { kind: "remove" | "reset"; user: OrganizationUser };

export function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <Field style={NARROW}>
      <Label htmlFor={id}>{t("access.users.role")}</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {ROLES.map((role) => (
          <Select.Option key={role} value={role}>
            {t(`access.role.${role}`)}
          </Select.Option>
        ))}
      </Select>
      <Paragraph data-size="sm">{t(`access.roleDescription.${value}`)}</Paragraph>
    </Field>
  );
}

export function UnitCheckboxes({
  units,
  value,
  onChange,
}: {
  units: readonly Actor[];
  value: readonly string[];
  onChange: (keys: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t("access.users.unitsLegend")}</Fieldset.Legend>
      <Fieldset.Description>
        {units.length === 0 ? t("access.users.noUnitsAvailable") : t("access.users.unitsDescription")}
      </Fieldset.Description>
      {units.map((unit) => (
        <Checkbox
          key={unit.key}
          label={unit.name}
          value={unit.key}
          checked={value.includes(unit.key)}
          onChange={(e) => onChange(e.target.checked ? [...value, unit.key] : value.filter((k) => k !== unit.key))}
        />
      ))}
    </Fieldset>
  );
}

export function EditUserForm({
  user,
  units,
  onSave,
  onCancel,
}: {
  user: OrganizationUser;
  units: readonly Actor[];
  onSave: (input: { role: Role; unitKeys: string[] }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const [unitKeys, setUnitKeys] = useState<string[]>(user.unitKeys);
  const [isSaving, setIsSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaving(true);
    try {
      await onSave({ role, unitKeys });
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("access.users.editHeading", { email: user.email })}
      </Heading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="stack-sm">
        <RoleSelect id={`${id}-role`} value={role} onChange={setRole} />
        <UnitCheckboxes units={units} value={unitKeys} onChange={setUnitKeys} />
        <div className="form-actions button-row">
          <Button type="submit" aria-disabled={isSaving || undefined}>
            {t("access.users.save")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("access.users.cancel")}
          </Button>
        </div>
      </form>
    </section>
  );
}

type AddField = "email";

export function AddUserForm({
  units,
  onAdd,
}: {
  units: readonly Actor[];
  onAdd: (input: { email: string; name?: string; role: Role; unitKeys: string[] }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("reader");
  const [unitKeys, setUnitKeys] = useState<string[]>([]);
  const [errors, setErrors] = useState<Array<{ field: AddField; message: string }>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const trimmed = email.trim();
    const found =
      trimmed === ""
        ? [{ field: "email" as const, message: t("access.users.emailRequired") }]
        : EMAIL.test(trimmed)
          ? []
          : [{ field: "email" as const, message: t("access.users.emailInvalid") }];
    setErrors(found);
    if (found.length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setIsAdding(true);
    try {
      await onAdd({ email: trimmed, ...(name.trim() ? { name: name.trim() } : {}), role, unitKeys });
      setEmail("");
      setName("");
      setRole("reader");
      setUnitKeys([]);
    } catch (error) {
      setFailure(t("access.users.failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setIsAdding(false);
    }
  };

  return (
    <section aria-labelledby="users-add" className="stack-sm">
      <Heading level={2} data-size="sm" id="users-add">
        {t("access.users.addHeading")}
      </Heading>
      <Paragraph>{t("access.users.addIntro")}</Paragraph>
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="stack-sm">
        <FieldErrorSummary
          heading={t("access.users.errorHeading")}
          errors={errors}
          idOf={() => "users-add-email"}
          summaryRef={summaryRef}
        />
        <Textfield
          id="users-add-email"
          type="email"
          label={t("access.users.email")}
          autoComplete="off"
          style={NARROW}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.find((e) => e.field === "email")?.message}
        />
        <Textfield
          id="users-add-name"
          label={t("access.users.name")}
          autoComplete="off"
          style={NARROW}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <RoleSelect id="users-add-role" value={role} onChange={setRole} />
        <UnitCheckboxes units={units} value={unitKeys} onChange={setUnitKeys} />
        <div className="form-actions">
          <Button type="submit" aria-disabled={isAdding || undefined}>
            {isAdding ? t("access.users.adding") : t("access.users.add")}
          </Button>
        </div>
      </form>
      <FailureAlert message={failure} />
    </section>
  );
}

export function ConfirmUserDialog({
  confirming,
  onConfirm,
  onCancel,
}: {
  confirming: Confirming | null;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const email = confirming?.user.email ?? "";
  const isRemove = confirming?.kind === "remove";
  return (
    <Dialog
      open={confirming !== null}
      onClose={onCancel}
      closeButton={t("access.users.cancel")}
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {isRemove ? t("access.users.removeHeading", { email }) : t("access.users.resetHeading", { email })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{isRemove ? t("access.users.removeText") : t("access.users.resetText")}</Paragraph>
        <div className="button-row">
          <Button type="button" data-color={isRemove ? "danger" : undefined} onClick={() => void onConfirm()}>
            {isRemove ? t("access.users.remove") : t("access.users.confirm")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("access.users.cancel")}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
