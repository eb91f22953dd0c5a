import { Button, Input, Label, Paragraph } from "@digdir/designsystemet-react";
import { type FormEvent, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { formatNumber } from "../../../domain/format.js";
import { usePlans } from "../../api/use-resource.js";
import { AppLink } from "../../components/app-link.js";
import { ErrorState } from "../../components/error-state.js";
import { PageHeader } from "../../components/page-header.js";
import { paths } from "../../components/plan-paths.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { type SearchResponse, type SearchState, useSearch } from "./search-api.js";
import { SearchHitItem } from "./search-hit.js";
import "./search.css";

/** The longest query the API takes; the field stops there rather than the server refusing it. */
const MAX_QUERY_LENGTH = 200;

/** `/search?q=…&plan=…`: the hits for the words, best first, in one plan or all. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  const plan = params.get("plan") || null;
  const state = useSearch(q, plan);
  usePageTitle(q === "" ? t("search.heading") : t("search.titleWithQuery", { query: q }));
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.retry} />;
  return (
    <div className="stack">
      <PageHeader title={t("search.heading")} intro={t("search.form.description")} />
      <SearchForm key={`${q}\n${plan}`} q={q} plan={plan} />
      {plan === null ? null : <PlanScope q={q} planKey={plan} />}
      {/* Always present, so that a screen reader hears the count each time it changes. */}
      <Paragraph role="status" className="result-count">
        <StatusText q={q} state={state} />
      </Paragraph>
      {state.status === "ready" ? <Results data={state.data} query={q} plan={plan} /> : null}
    </div>
  );
}

/** The page's own field, filled with the query; a new search keeps the plan it was limited to. */
function SearchForm({ q, plan }: { q: string; plan: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(paths.search(inputRef.current?.value.trim() ?? "", plan ?? undefined));
  };
  return (
    <search aria-label={t("search.form.label")} className="search-form stack-xs">
      <form onSubmit={handleSubmit}>
        <Label htmlFor={id}>{t("search.form.field")}</Label>
        <div className="ds-search">
          <Input
            ref={inputRef}
            id={id}
            name="q"
            type="search"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
          />
          <Button type="submit">{t("search.form.submit")}</Button>
        </div>
      </form>
    </search>
  );
}

/** Which plan the search is limited to, and the way out to all plans. */
function PlanScope({ q, planKey }: { q: string; planKey: string }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const title = plans.status === "ready" ? (plans.data.find((p) => p.key === planKey)?.title ?? planKey) : planKey;
  return (
    <Paragraph>
      {t("search.scope.plan", { plan: title })} <AppLink to={paths.search(q)}>{t("search.scope.all")}</AppLink>
    </Paragraph>
  );
}

function StatusText({ q, state }: { q: string; state: SearchState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (q === "" || state.status === "idle") return t("search.prompt");
  if (state.status !== "ready") return t("search.searching");
  const { total, hits } = state.data;
  if (total === 0) return t("search.empty", { query: q });
  const count = t("search.count", { count: total, total: formatNumber(total, locale), query: q });
  if (hits.length >= total) return count;
  return `${count}. ${t("search.showing", { shown: formatNumber(hits.length, locale) })}`;
}

function Results({ data, query, plan }: { data: SearchResponse; query: string; plan: string | null }) {
  const { t } = useTranslation();
  if (data.hits.length === 0) {
    return (
      <div className="stack-xs">
        <Paragraph>{t("search.emptyHint")}</Paragraph>
        {plan === null ? null : (
          <Paragraph>
            <AppLink to={paths.search(query)}>{t("search.scope.all")}</AppLink>
          </Paragraph>
        )}
      </div>
    );
  }
  const plans = new Map(data.plans.map((p) => [p.key, p]));
  return (
    <ol className="plain-list search-results" aria-label={t("search.resultsLabel", { query })}>
      {data.hits.map((hit, i) => (
        <SearchHitItem
          // The list is replaced whole for each query and never reordered, so a hit's place is its identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          hit={hit}
          plan={plans.get(hit.planKey)}
          showPlan={data.plans.length > 1}
        />
      ))}
    </ol>
  );
}
