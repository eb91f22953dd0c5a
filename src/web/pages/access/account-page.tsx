import { Alert, Button, type ErrorSummary, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type ComponentRef, type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearchParams } from "react-router";
import { ApiError } from "../../api/api-client.js";
import { changePassword, loginPath, safeReturnTo, useSession } from "../../api/session.js";
import { AppLink } from "../../components/app-link.js";
import { ErrorState } from "../../components/error-state.js";
import { LoadingState } from "../../components/loading-state.js";
import { PageHeader } from "../../components/page-header.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { FailureAlert } from "../../forms/failure-alert.js";
import { FieldErrorSummary } from "../../forms/field-error-summary.js";

type Field = "current" | "new" | "repeat";
type FieldError = { field: Field; message: string };
export const MIN_PASSWORD_LENGTH = 12;
/** The codes the server may answer a wrong current password with. */
const WRONG_PASSWORD = new Set(["invalid_credentials", "wrong_password", "invalid_password"]);
const NARROW = { maxWidth: "24rem" } as const;

/** `/account`: who is signed in, and changing the password (first of all when it must be changed). */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t("access.account.heading"));
  const session = useSession();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get("returnTo"));

  const [values, setValues] = useState<Record<Field, string>>({ current: "", new: "", repeat: "" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (session.status === "loading") return <LoadingState />;
  if (session.status === "error") return <ErrorState error={session.error} onRetry={session.retry} />;
  const user = session.data.user;
  if (user === null) {
    return (
      <div className="stack">
        <PageHeader title={t("access.account.heading")} />
        <Paragraph>
          <AppLink to={loginPath(pathname)}>{t("access.header.login")}</AppLink>
        </Paragraph>
      </div>
    );
  }

  const errorOf = (field: Field) => errors.find((e) => e.field === field)?.message;
  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(false);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const found: FieldError[] = [];
    if (values.current === "") found.push({ field: "current", message: t("access.account.currentRequired") });
    if (values.new.length < MIN_PASSWORD_LENGTH) found.push({ field: "new", message: t("access.account.tooShort") });
    else if (values.repeat !== values.new) found.push({ field: "repeat", message: t("access.account.mismatch") });
    setErrors(found);
    if (found.length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setIsSaving(true);
    try {
      await changePassword(values.current, values.new);
      setValues({ current: "", new: "", repeat: "" });
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && WRONG_PASSWORD.has(error.code)) {
        setErrors([{ field: "current", message: t("access.account.wrongCurrent") }]);
        setFocusRequest((n) => n + 1);
      } else if (
        error instanceof ApiError &&
        error.code === "invalid_input" &&
        values.new.length < MIN_PASSWORD_LENGTH
      ) {
        setErrors([{ field: "new", message: t("access.account.tooShort") }]);
        setFocusRequest((n) => n + 1);
      } else {
        setFailure(t("access.account.failed", { message: error instanceof Error ? error.message : String(error) }));
      }
    } finally {
      setIsSaving(false);
    }
  };

  const fields: Array<{ field: Field; label: string; autoComplete: string; description?: string }> = [
    { field: "current", label: t("access.account.current"), autoComplete: "current-password" },
    {
      field: "new",
      label: t("access.account.new"),
      autoComplete: "new-password",
      description: t("access.account.newDescription"),
    },
    { field: "repeat", label: t("access.account.repeat"), autoComplete: "new-password" },
  ];

  return (
    <div className="stack">
      <PageHeader title={t("access.account.heading")} intro={t("access.account.details", { email: user.email })} />
      {user.mustChangePassword && !saved ? (
        <Alert data-color="warning">
          <Paragraph>{t("access.account.mustChange")}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="account-password" className="stack-sm">
        <Heading level={2} data-size="sm" id="account-password">
          {t("access.account.passwordHeading")}
        </Heading>
        {saved ? (
          <div ref={savedRef} tabIndex={-1}>
            <Alert data-color="success" role="status">
              <Paragraph>{t("access.account.saved")}</Paragraph>
              <Paragraph>
                <AppLink to={returnTo}>{t("access.account.continue")}</AppLink>
              </Paragraph>
            </Alert>
          </div>
        ) : null}
        <form noValidate onSubmit={(event) => void handleSubmit(event)} className="stack-sm">
          <FieldErrorSummary
            heading={t("access.account.errorHeading")}
            errors={errors}
            idOf={(field) => `account-${field}`}
            summaryRef={summaryRef}
          />
          {/* The e-mail, for password managers to know whose password changes. */}
          <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
          {fields.map(({ field, label, autoComplete, description }) => (
            <Textfield
              key={field}
              id={`account-${field}`}
              type="password"
              label={label}
              description={description}
              autoComplete={autoComplete}
              style={NARROW}
              value={values[field]}
              onChange={(e) => set(field, e.target.value)}
              error={errorOf(field)}
            />
          ))}
          <div className="form-actions">
            <Button type="submit" aria-disabled={isSaving || undefined}>
              {isSaving ? t("access.account.saving") : t("access.account.submit")}
            </Button>
          </div>
        </form>
        <FailureAlert message={failure} />
      </section>
    </div>
  );
}
