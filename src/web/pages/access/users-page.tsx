import {
  Alert,
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
  Table,
  Textfield,
} from "@digdir/designsystemet-react";
import { type ComponentRef, type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { type Role, roleIn } from "../../../domain/access.js";
import type { Actor } from "../../../domain/plan-schema.js";
import { ApiError } from "../../api/api-client.js";
import { useCurrentSession, useSession, viewerOf } from "../../api/session.js";
import { useResource } from "../../api/use-resource.js";
import { ErrorState } from "../../components/error-state.js";
import { LoadingState } from "../../components/loading-state.js";
import { PageHeader } from "../../components/page-header.js";
import { TableScroll } from "../../components/table-scroll.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { FieldErrorSummary } from "../../forms/field-error-summary.js";
import {
  addUser,
  fetchOrganizationName,
  fetchUnits,
  fetchUsers,
  type OrganizationUser,
  removeUser,
  resetPassword,
  updateUser,
  usersKey,
} from "./access-api.js";

export const ROLES: readonly Role[] = ["reader", "reporter", "editor", "admin"];
const NARROW = { maxWidth: "24rem" } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type OneTime = { email: string; password: string };
type Confirming = { kind: "remove" | "reset"; user: OrganizationUser };

/**
 * `/organizations/:orgKey/users`: the organization's users (admins only): add one (a new user's
 * one-time password is shown once), change role and units, remove, make a new one-time password.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const orgKey = useParams().orgKey ?? "";
  const session = useSession();
  const current = useCurrentSession();
  const orgName = useResource(`org-name:${orgKey}`, () => fetchOrganizationName(orgKey));
  const organization =
    current.memberships.find((m) => m.organizationKey === orgKey)?.organizationName ??
    (orgName.status === "ready" ? orgName.data : null) ??
    orgKey;
  usePageTitle(t("access.users.heading"), organization);
  const isAdmin = roleIn(viewerOf(current), orgKey) === "admin";

  if (session.status === "loading") return <LoadingState />;
  if (session.status === "error") return <ErrorState error={session.error} onRetry={session.retry} />;
  if (!isAdmin) {
    return (
      <div className="stack">
        <PageHeader eyebrow={organization} title={t("access.users.heading")} />
        <Alert data-color="warning">
          <Paragraph>{t("access.users.forbidden")}</Paragraph>
        </Alert>
      </div>
    );
  }
  return <UsersAdmin orgKey={orgKey} organization={organization} />;
}

function UsersAdmin({ orgKey, organization }: { orgKey: string; organization: string }) {
  const { t } = useTranslation();
  const users = useResource(usersKey(orgKey), () => fetchUsers(orgKey));
  const units = useResource(`units:${orgKey}`, () => fetchUnits(orgKey));
  const [oneTime, setOneTime] = useState<OneTime | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<OrganizationUser | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const oneTimeRef = useRef<HTMLDivElement>(null);
  const tableId = useId();

  useEffect(() => {
    if (oneTime !== null) oneTimeRef.current?.focus();
  }, [oneTime]);

  const unitList = units.status === "ready" ? units.data : [];
  const unitName = (key: string) => unitList.find((u) => u.key === key)?.name ?? key;
  const roleName = (role: Role) => t(`access.role.${role}`);
  const fail = (error: unknown) =>
    setFailure(t("access.users.failed", { message: error instanceof Error ? error.message : String(error) }));

  const handleConfirm = async () => {
    if (confirming === null) return;
    const { kind, user } = confirming;
    setConfirming(null);
    setFailure(null);
    setNotice(null);
    try {
      if (kind === "remove") {
        await removeUser(orgKey, user.id);
        setNotice(t("access.users.removed", { email: user.email }));
      } else {
        setOneTime({ email: user.email, password: await resetPassword(orgKey, user.id) });
      }
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="stack users-page">
      <PageHeader
        eyebrow={organization}
        title={t("access.users.heading")}
        intro={t("access.users.intro", { organization })}
      />
      {oneTime !== null ? (
        <div ref={oneTimeRef} tabIndex={-1}>
          <Alert data-color="warning" className="one-time-password">
            <Heading level={2} data-size="xs">
              {t("access.users.oneTimeHeading", { email: oneTime.email })}
            </Heading>
            <Paragraph>{t("access.users.oneTimeText")}</Paragraph>
            <Paragraph>
              {t("access.users.oneTimeLabel")}: <code className="one-time-password__value">{oneTime.password}</code>
            </Paragraph>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setOneTime(null)}>
              {t("access.users.oneTimeDone")}
            </Button>
          </Alert>
        </div>
      ) : null}
      {notice !== null ? (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {failure !== null ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}

      {users.status === "loading" ? <LoadingState /> : null}
      {users.status === "error" ? (
        users.error instanceof ApiError && users.error.status === 403 ? (
          <Alert data-color="warning">
            <Paragraph>{t("access.users.forbidden")}</Paragraph>
          </Alert>
        ) : (
          <ErrorState error={users.error} onRetry={users.retry} />
        )
      ) : null}
      {users.status === "ready" ? (
        users.data.length === 0 ? (
          <Paragraph>{t("access.users.empty")}</Paragraph>
        ) : (
          <TableScroll labelledBy={tableId}>
            <Table zebra>
              <caption id={tableId}>{t("access.users.tableCaption", { organization })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("access.users.email")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("access.users.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("access.users.role")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("access.users.units")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("access.users.actions")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {users.data.map((user) => (
                  <Table.Row key={user.id}>
                    <Table.Cell>{user.email}</Table.Cell>
                    <Table.Cell>{user.name || t("access.users.noName")}</Table.Cell>
                    <Table.Cell>{roleName(user.role)}</Table.Cell>
                    <Table.Cell>
                      {user.unitKeys.length === 0 ? t("access.users.noUnits") : user.unitKeys.map(unitName).join(", ")}
                    </Table.Cell>
                    <Table.Cell>
                      <div className="button-row">
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t("access.users.editNamed", { email: user.email })}
                          onClick={() => {
                            setNotice(null);
                            setEditing(user);
                          }}
                        >
                          {t("access.users.edit")}
                        </Button>
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t("access.users.resetNamed", { email: user.email })}
                          onClick={() => setConfirming({ kind: "reset", user })}
                        >
                          {t("access.users.reset")}
                        </Button>
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={t("access.users.removeNamed", { email: user.email })}
                          onClick={() => setConfirming({ kind: "remove", user })}
                        >
                          {t("access.users.remove")}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )
      ) : null}

      {editing !== null ? (
        <EditUserForm
          key={editing.id}
          user={editing}
          units={unitList}
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            setFailure(null);
            try {
              await updateUser(orgKey, editing.id, input);
              setNotice(t("access.users.saved", { email: editing.email }));
              setEditing(null);
            } catch (error) {
              fail(error);
            }
          }}
        />
      ) : null}

      <AddUserForm
        units={unitList}
        onAdd={async (input) => {
          setFailure(null);
          setNotice(null);
          const { oneTimePassword } = await addUser(orgKey, input);
          if (oneTimePassword !== null) setOneTime({ email: input.email, password: oneTimePassword });
          else setNotice(t("access.users.added", { email: input.email, role: roleName(input.role).toLowerCase() }));
        }}
      />

      <ConfirmUserDialog confirming={confirming} onCancel={() => setConfirming(null)} onConfirm={handleConfirm} />
    </div>
  );
}

function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
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

function UnitCheckboxes({
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

function EditUserForm({
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

function AddUserForm({
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
      {failure !== null ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}

function ConfirmUserDialog({
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
