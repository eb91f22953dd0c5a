/**
 * What a roll does, in words: the measures closed (with the recommendation that closes them), the
 * measures opened for changes, those carried over unchanged (a count, the list folded away) and
 * the evaluations the roll cannot use. Shown before the roll (the preview, computed with the same
 * pure `rollPlan` as the server) and after it (what was closed).
 */
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import type { Evaluation, Recommendation, RollResult } from "../../../domain/revision-model.js";
import { useLevelNames } from "../../components/level-names.js";

/** The measures' and areas' titles by key, kept before a roll so that closed measures can still be named. */
export function titlesOf(plan: PlanDocument): Map<string, string> {
  const titles = new Map<string, string>();
  for (const area of plan.focusAreas) {
    titles.set(`area:${area.key}`, area.title);
    for (const m of area.measures) titles.set(`measure:${m.key}`, m.title);
  }
  return titles;
}

/** The recommendation that closes each closed measure: its one usable evaluation's. */
export function closingRecommendations(
  closed: readonly string[],
  evaluations: readonly Evaluation[],
  year: number,
): Map<string, Recommendation> {
  const found = new Map<string, Recommendation>();
  for (const key of closed) {
    const evaluation = evaluations.find(
      (e) =>
        e.year === year &&
        e.target.type === "measure" &&
        e.target.key === key &&
        (e.recommendation === "complete" || e.recommendation === "stop"),
    );
    if (evaluation?.recommendation) found.set(key, evaluation.recommendation);
  }
  return found;
}

type ClosedListProps = {
  plan: PlanDocument;
  closed: readonly string[];
  recommendations: Map<string, Recommendation>;
  titles: Map<string, string>;
  /** The id of the heading naming the list. */
  labelledBy: string;
};

export function ClosedList({ plan, closed, recommendations, titles, labelledBy }: ClosedListProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  if (closed.length === 0)
    return <Paragraph>{t("evaluation.roll.closedNone", { levels: levels.name("measure", true) })}</Paragraph>;
  return (
    <ul className="roll-list" aria-labelledby={labelledBy}>
      {closed.map((key) => {
        const title = titles.get(`measure:${key}`) ?? key;
        const recommendation = recommendations.get(key);
        return (
          <li key={key}>
            {recommendation === undefined
              ? title
              : t("evaluation.roll.closedItem", {
                  title,
                  recommendation: t(`evaluation.recommendation.${recommendation}`),
                })}
          </li>
        );
      })}
    </ul>
  );
}

type RollPreviewProps = {
  plan: PlanDocument;
  result: RollResult;
  evaluations: readonly Evaluation[];
  year: number;
};

/** The preview of a roll, under an h2 given by the page: h3 per kind of change. */
export function RollPreview({ plan, result, evaluations, year }: RollPreviewProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const titles = titlesOf(plan);
  const measureTitle = (key: string) => titles.get(`measure:${key}`) ?? key;
  const count = result.carried.length;
  // A target evaluated twice gives a problem per evaluation; say it once.
  const problems = result.problems.filter(
    (p, i, all) =>
      all.findIndex((q) => q.code === p.code && q.target.type === p.target.type && q.target.key === p.target.key) === i,
  );
  return (
    <>
      <Heading level={3} data-size="xs" id="roll-closed">
        {t("evaluation.roll.closedHeading")}
      </Heading>
      <ClosedList
        plan={plan}
        closed={result.closed}
        recommendations={closingRecommendations(result.closed, evaluations, year)}
        titles={titles}
        labelledBy="roll-closed"
      />

      <Heading level={3} data-size="xs" id="roll-to-edit">
        {t("evaluation.roll.toEditHeading")}
      </Heading>
      {result.toEdit.length === 0 ? (
        <Paragraph>{t("evaluation.roll.toEditNone", { levels: levels.name("measure", true) })}</Paragraph>
      ) : (
        <ul className="roll-list" aria-labelledby="roll-to-edit">
          {result.toEdit.map((key) => (
            <li key={key}>{measureTitle(key)}</li>
          ))}
        </ul>
      )}

      <Heading level={3} data-size="xs" id="roll-carried">
        {t("evaluation.roll.carriedHeading")}
      </Heading>
      {count === 0 ? (
        <Paragraph>{t("evaluation.roll.carriedNone", { levels: levels.name("measure", true) })}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("evaluation.roll.carriedCount", {
              count,
              level: levels.name("measure"),
              levels: levels.name("measure", true),
            })}
          </Paragraph>
          <details>
            <summary>{t("evaluation.roll.carriedList")}</summary>
            <ul className="roll-list" aria-labelledby="roll-carried">
              {result.carried.map((key) => (
                <li key={key}>{measureTitle(key)}</li>
              ))}
            </ul>
          </details>
        </>
      )}

      {problems.length > 0 ? (
        <>
          <Heading level={3} data-size="xs" id="roll-problems">
            {t("evaluation.roll.problemsHeading")}
          </Heading>
          <ul className="roll-list" aria-labelledby="roll-problems">
            {problems.map((p) => (
              <li key={`${p.code}:${p.target.type}:${p.target.key}`}>
                {t(`evaluation.roll.problem.${p.code}`, {
                  key: titles.get(`${p.target.type}:${p.target.key}`) ?? p.target.key,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
