import { Field, Label, Select } from "@digdir/designsystemet-react";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatDate } from "../../domain/format.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import {
  comparePeriods,
  currentReportingPeriod,
  periodLabel,
  reportingPeriods,
} from "../../domain/reporting-periods.js";
import { useLocale } from "../i18n/index.js";
import { todayInNorway } from "./report-format.js";

export type PeriodChoice = { period: string; deadline: string | null };

const PERIOD_PATTERN = /^\d{4}(-T[1-3])?$/;

/**
 * The period of a reporting page, from `?period=`: by default the current one by today's date.
 * A well-formed period outside the plan's calendar (an earlier yearly report) is offered too,
 * without a deadline, so that earlier reports stay reachable.
 */
export function useReportingPeriod(plan: PlanDocument): {
  period: string | null;
  choices: PeriodChoice[];
  deadline: string | null;
  setPeriod: (period: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const calendar: PeriodChoice[] = reportingPeriods(plan);
  const asked = params.get("period");
  const choices =
    asked !== null && PERIOD_PATTERN.test(asked) && !calendar.some((p) => p.period === asked)
      ? [...calendar, { period: asked, deadline: null }].sort((a, b) => comparePeriods(a.period, b.period))
      : calendar;
  const period =
    asked !== null && PERIOD_PATTERN.test(asked)
      ? asked
      : (currentReportingPeriod(calendar, todayInNorway())?.period ?? null);
  const setPeriod = (next: string) =>
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        updated.set("period", next);
        return updated;
      },
      { replace: false },
    );
  return { period, choices, deadline: choices.find((c) => c.period === period)?.deadline ?? null, setPeriod };
}

type PeriodSelectProps = { id: string; value: string; choices: PeriodChoice[]; onChange: (period: string) => void };

/** A Select of the plan's reporting periods, each with its deadline. */
export function ReportPeriodSelect({ id, value, choices, onChange }: PeriodSelectProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value);
  return (
    <Field className="period-select">
      <Label htmlFor={id}>{t("report.period.label")}</Label>
      <Select id={id} value={value} onChange={handleChange} width="auto">
        {choices.map((choice) => (
          <Select.Option key={choice.period} value={choice.period}>
            {choice.deadline === null
              ? t("report.period.optionNoDeadline", { period: periodLabel(choice.period, locale) })
              : t("report.period.option", {
                  period: periodLabel(choice.period, locale),
                  deadline: formatDate(choice.deadline, locale),
                })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
