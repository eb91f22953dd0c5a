import { Alert, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { type Role, roleIn } from "../../../domain/access.js";
import { ApiError } from "../../api/api-client.js";
import { useCurrentSession, useSession, viewerOf } from "../../api/session.js";
import { useResource } from "../../api/use-resource.js";
import { ErrorState } from "../../components/error-state.js";
import { LoadingState } from "../../components/loading-state.js";
import { PageHeader } from "../../components/page-header.js";
import { TableScroll } from "../../components/table-scroll.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { FailureAlert } from "../../forms/failure-alert.js";
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
import { AddUserForm, type Confirming, ConfirmUserDialog, EditUserForm, type OneTime } from "./user-forms.js";

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
      <FailureAlert message={failure} />

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
