import { Alert, Button, Link, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { adminOrganizations, loginPath, logout, type Session, useSession, useUnauthorized } from "../api/session.js";
import { usePlans } from "../api/use-resource.js";
import { AppLink } from "./app-link.js";

export const accountPaths = {
  login: loginPath,
  account: () => "/account",
  users: (orgKey: string) => `/organizations/${encodeURIComponent(orgKey)}/users`,
  publicPlan: (orgKey: string, planKey: string) => `/p/${encodeURIComponent(orgKey)}/${encodeURIComponent(planKey)}`,
};

/** The header's account part: who is signed in, their account, the users they manage and logout; else «Logg inn». */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [isLeaving, setIsLeaving] = useState(false);
  if (session.status !== "ready") return null;
  const { user } = session.data;
  const here = `${pathname}${search}`;

  if (user === null) {
    return (
      <nav aria-label={t("access.header.label")} className="account-menu">
        {pathname === "/login" ? null : <AppLink to={loginPath(here)}>{t("access.header.login")}</AppLink>}
      </nav>
    );
  }

  const handleLogout = async () => {
    setIsLeaving(true);
    try {
      await logout();
      navigate("/login", { state: { loggedOut: true } });
    } finally {
      setIsLeaving(false);
    }
  };

  return (
    <nav aria-label={t("access.header.label")} className="account-menu">
      <Paragraph data-size="sm" className="account-menu__who">
        {t("access.header.signedInAs", { name: user.name || user.email })}
      </Paragraph>
      <ul className="account-menu__links">
        <li>
          <AppLink to={accountPaths.account()}>{t("access.header.account")}</AppLink>
        </li>
        {user.installationAdmin ? (
          <InstallationAdminLinks session={session.data} />
        ) : (
          <AdminLinks session={session.data} />
        )}
        <li>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-disabled={isLeaving || undefined}
            onClick={() => void handleLogout()}
          >
            {t("access.header.logout")}
          </Button>
        </li>
      </ul>
    </nav>
  );
}

function UsersLinks({ organizations }: { organizations: Array<{ key: string; name: string }> }) {
  const { t } = useTranslation();
  return organizations.map((org) => (
    <li key={org.key}>
      <AppLink to={accountPaths.users(org.key)}>
        {organizations.length === 1 ? t("access.header.users") : t("access.header.usersOf", { organization: org.name })}
      </AppLink>
    </li>
  ));
}

function AdminLinks({ session }: { session: Session }) {
  return <UsersLinks organizations={adminOrganizations(session)} />;
}

/** An installation administrator manages every organization: those of the plans, and those they are members of. */
function InstallationAdminLinks({ session }: { session: Session }) {
  const plans = usePlans();
  const organizations = new Map(adminOrganizations(session).map((o) => [o.key, o]));
  if (plans.status === "ready") {
    for (const plan of plans.data)
      if (!organizations.has(plan.organization.key)) organizations.set(plan.organization.key, plan.organization);
  }
  return <UsersLinks organizations={[...organizations.values()]} />;
}

/** After a write was refused with 401: the session has ended; say so, with a link to log in again. */
export function SignedOutNotice() {
  const { t } = useTranslation();
  const unauthorized = useUnauthorized();
  const { pathname, search } = useLocation();
  if (!unauthorized) return null;
  return (
    <Alert data-color="warning" role="alert" className="signed-out-notice">
      <Paragraph>{t("access.write.loginNeeded")}</Paragraph>
      <Paragraph>
        <Link href={loginPath(`${pathname}${search}`)}>{t("access.write.loginLink")}</Link>
      </Paragraph>
    </Alert>
  );
}
