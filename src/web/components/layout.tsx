import { Button, Input, Label, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { type FormEvent, Suspense, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, Link as RouterLink, ScrollRestoration, useLocation, useMatch, useNavigate } from "react-router";
import { useCurrentSession } from "../api/session.js";
import { AccountMenu, accountPaths, SignedOutNotice } from "./account-menu.js";
import { LanguageSwitcher } from "./language-switcher.js";
import { LoadingState } from "./loading-state.js";
import { PlanNav } from "./plan-nav.js";
import { paths } from "./plan-paths.js";

export const MAIN_ID = "main-content";

/** Every page: skip link, header with product name, search, plan menu and language, the page, a footer. */
export function Layout() {
  const { t } = useTranslation();
  const planMatch = useMatch("/plans/:planKey/*");
  const planKey = planMatch?.params.planKey;
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);

  useOneTimePasswordGuard();

  // On moving to another page (not on filtering this one), start reading at the main content.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app">
      <SkipLink href={`#${MAIN_ID}`}>{t("app.skipLink")}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink to="/" className="app-header__brand">
            <span className="app-header__name">{t("app.name")}</span>
            <span className="app-header__tagline">{t("app.tagline")}</span>
          </RouterLink>
          <HeaderSearch planKey={planKey} />
          <LanguageSwitcher />
          <AccountMenu />
        </div>
        {planKey ? (
          <div className="app-header__nav">
            <PlanNav planKey={planKey} />
          </div>
        ) : null}
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
        <SignedOutNotice />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <ScrollRestoration />
      <footer className="app-footer">
        <Paragraph data-size="sm">{t("app.footer")}</Paragraph>
      </footer>
    </div>
  );
}

/**
 * A user signed in with a one-time password may do nothing but choose their own (the API answers
 * everything else with `403 password_change_required`): from any page, go to the account page
 * first, and come back afterwards. Single sign-on sessions never have one.
 */
function useOneTimePasswordGuard(): void {
  const session = useCurrentSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const mustChange = session.user?.mustChangePassword === true;
  useEffect(() => {
    if (!mustChange || pathname === accountPaths.account() || pathname === "/login") return;
    navigate(`${accountPaths.account()}?returnTo=${encodeURIComponent(pathname + search)}`, { replace: true });
  }, [mustChange, pathname, search, navigate]);
}

/**
 * The search box on every page: within a plan's pages it searches that plan (the results page
 * offers all plans), elsewhere all plans. Enter or the button goes to `/search?q=…`.
 */
function HeaderSearch({ planKey }: { planKey: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(paths.search(inputRef.current?.value.trim() ?? "", planKey));
  };
  return (
    <div className="header-search">
      {/* biome-ignore lint/a11y/useSemanticElements: the same landmark as <search>, which older browsers and jsdom do not know */}
      <form role="search" aria-label={t("search.header.label")} onSubmit={handleSubmit}>
        <Label htmlFor={id} className="visually-hidden">
          {planKey === undefined ? t("search.header.field") : t("search.header.fieldPlan")}
        </Label>
        <div className="ds-search" data-size="sm">
          <Input ref={inputRef} id={id} name="q" type="search" maxLength={200} autoComplete="off" />
          <Button type="submit">{t("search.header.submit")}</Button>
        </div>
      </form>
    </div>
  );
}
