/**
 * The year evaluated, shared by the evaluate and roll pages (with the count of measures evaluated): one of the action plan's years, from
 * `?year=` (kept in the address), by default today's year clamped into the plan's period.
 */
import { Alert, Button, Field, Label, Paragraph, Select, Spinner } from "@digdir/designsystemet-react";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import type { Resource } from "../../api/use-resource.js";
import { todayInNorway } from "../../components/report-format.js";
import type { Evaluation } from "./revisions-api.js";

/** The action plan's years, first to last. */
export function planYears(plan: PlanDocument): number[] {
  const { firstYear, lastYear } = plan.actionPlan;
  return Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, i) => firstYear + i);
}

/** Today's year (YYYY-MM-DD given) clamped into the plan's period. */
export function defaultYear(plan: PlanDocument, today: string): number {
  const { firstYear, lastYear } = plan.actionPlan;
  return Math.min(lastYear, Math.max(firstYear, Number(today.slice(0, 4))));
}

/** The number of the plan's measures with a stored evaluation for the year. */
export function countEvaluated(plan: PlanDocument, evaluations: readonly Evaluation[], year: number): number {
  const measureKeys = new Set(plan.focusAreas.flatMap((a) => a.measures.map((m) => m.key)));
  const evaluated = new Set(
    evaluations
      .filter((e) => e.year === year && e.target.type === "measure" && measureKeys.has(e.target.key))
      .map((e) => e.target.key),
  );
  return evaluated.size;
}

export function useEvaluationYear(plan: PlanDocument): {
  year: number;
  years: number[];
  setYear: (year: number) => void;
} {
  const [params, setParams] = useSearchParams();
  const years = planYears(plan);
  const asked = Number(params.get("year"));
  const year = years.includes(asked) ? asked : defaultYear(plan, todayInNorway());
  const setYear = (next: number) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set("year", String(next));
      return updated;
    });
  return { year, years, setYear };
}

type YearSelectProps = { id: string; year: number; years: number[]; onChange: (year: number) => void };

export function YearSelect({ id, year, years, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => onChange(Number(event.target.value));
  return (
    <Field className="period-select">
      <Label htmlFor={id}>{t("evaluation.year.label")}</Label>
      <Select id={id} value={String(year)} onChange={handleChange} width="auto">
        {years.map((y) => (
          <Select.Option key={y} value={String(y)}>
            {t("evaluation.year.option", { year: y })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** The year's evaluations while they load, or why they did not, with «try again»; nothing once they are there. */
export function EvaluationsLoadState({ evaluations }: { evaluations: Resource<Evaluation[]> }) {
  const { t } = useTranslation();
  if (evaluations.status === "loading") {
    return (
      <Paragraph role="status">
        <Spinner aria-hidden="true" data-size="xs" /> {t("evaluation.evaluate.loading")}
      </Paragraph>
    );
  }
  if (evaluations.status === "error") {
    const message = evaluations.error instanceof Error ? evaluations.error.message : String(evaluations.error);
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t("evaluation.evaluate.loadFailed", { message })}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={evaluations.retry}>
          {t("evaluation.evaluate.retry")}
        </Button>
      </Alert>
    );
  }
  return null;
}
