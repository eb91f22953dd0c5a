import { Alert, Button, type ErrorSummary, Heading, Link, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type ComponentRef, type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { LoginError, login, safeReturnTo, useSession } from "../../api/session.js";
import { accountPaths } from "../../components/account-menu.js";
import { AppLink } from "../../components/app-link.js";
import { PageHeader } from "../../components/page-header.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { FieldErrorSummary } from "../../forms/field-error-summary.js";

type Field = "email" | "password";
type FieldError = { field: Field; message: string };
const NARROW = { maxWidth: "24rem" } as const;

/**
 * `/login`: e-mail and password (and single sign-on when configured). Comes back to `returnTo`,
 * or first to the account page when the password must be changed.
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t("access.login.heading"));
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const returnTo = safeReturnTo(params.get("returnTo"));
  const ssoError = params.get("error");
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;

  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    if (errors.length > 0) summaryRef.current?.focus();
    else refusalRef.current?.focus();
  }, [focusRequest, errors.length]);

  const errorOf = (field: Field) => errors.find((e) => e.field === field)?.message;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    const found: FieldError[] = [];
    if (email.trim() === "") found.push({ field: "email", message: t("access.login.emailRequired") });
    if (password === "") found.push({ field: "password", message: t("access.login.passwordRequired") });
    setErrors(found);
    if (found.length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setIsSending(true);
    try {
      const signedIn = await login(email.trim(), password);
      navigate(
        signedIn.user?.mustChangePassword
          ? `${accountPaths.account()}?returnTo=${encodeURIComponent(returnTo)}`
          : returnTo,
        {
          replace: true,
        },
      );
    } catch (error) {
      if (error instanceof LoginError && error.status === 401) setRefusal(t("access.login.invalid"));
      else if (error instanceof LoginError && error.status === 429)
        setRefusal(t("access.login.tooMany", { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 900) / 60)) }));
      else setRefusal(t("access.login.failed", { message: error instanceof Error ? error.message : String(error) }));
      setFocusRequest((n) => n + 1);
    } finally {
      setIsSending(false);
    }
  };

  const signedInUser = session.status === "ready" ? session.data.user : null;
  const sso = session.status === "ready" && session.data.sso;
  const ssoHref = `/api/auth/oidc?returnTo=${encodeURIComponent(returnTo)}`;

  return (
    <div className="stack login-page">
      <PageHeader title={t("access.login.heading")} intro={t("access.login.intro")} />
      {loggedOut && signedInUser === null ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("access.loggedOut")}</Paragraph>
        </Alert>
      ) : null}
      {ssoError === "sso_unknown_user" || ssoError === "sso_failed" ? (
        <Alert data-color="danger">
          <Paragraph>
            {ssoError === "sso_unknown_user" ? t("access.login.ssoUnknownUser") : t("access.login.ssoFailed")}
          </Paragraph>
        </Alert>
      ) : null}
      {signedInUser !== null ? (
        <Alert data-color="info">
          <Paragraph>{t("access.login.alreadySignedIn", { name: signedInUser.name || signedInUser.email })}</Paragraph>
          <Paragraph>
            <AppLink to={returnTo}>{t("access.login.toHome")}</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="stack-sm">
        <FieldErrorSummary
          heading={t("access.login.errorHeading")}
          errors={errors}
          idOf={(field) => `login-${field}`}
          summaryRef={summaryRef}
        />
        {refusal !== null ? (
          <div ref={refusalRef} tabIndex={-1}>
            <Alert data-color="danger" role="alert">
              <Paragraph>{refusal}</Paragraph>
            </Alert>
          </div>
        ) : null}
        <Textfield
          id="login-email"
          name="email"
          type="email"
          label={t("access.login.email")}
          autoComplete="username"
          style={NARROW}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errorOf("email")}
        />
        <Textfield
          id="login-password"
          name="password"
          type="password"
          label={t("access.login.password")}
          autoComplete="current-password"
          style={NARROW}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errorOf("password")}
        />
        <div className="form-actions">
          <Button type="submit" aria-disabled={isSending || undefined}>
            {isSending ? t("access.login.submitting") : t("access.login.submit")}
          </Button>
        </div>
      </form>
      {sso ? (
        <section aria-labelledby="login-sso" className="stack-sm">
          <Heading level={2} data-size="xs" id="login-sso">
            {t("access.login.or")}
          </Heading>
          <Paragraph>
            <Link href={ssoHref}>{t("access.login.sso")}</Link>
          </Paragraph>
        </section>
      ) : null}
    </div>
  );
}
