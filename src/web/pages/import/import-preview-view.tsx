/**
 * What an import would change: the counts, then a table per area with what is new, changed (with
 * the fields that change) or removed; the unchanged measures of an area are collapsed.
 */
import { Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityChange, AreaChange, ChangeKind, ImportPreview } from "../../../domain/import-preview.js";
import { TableScroll } from "../../components/table-scroll.js";

const KINDS: ChangeKind[] = ["new", "changed", "unchanged", "removed"];
const TAG_COLOR: Record<ChangeKind, "success" | "warning" | "neutral" | "danger"> = {
  new: "success",
  changed: "warning",
  unchanged: "neutral",
  removed: "danger",
};

export function ChangeTag({ change }: { change: ChangeKind }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={TAG_COLOR[change]} data-size="sm">
      {t(`imports.change.${change}`)}
    </Tag>
  );
}

function useFieldList() {
  const { t, i18n } = useTranslation();
  return (fields: string[]) =>
    fields
      .map((f) =>
        i18n.exists(`imports.fieldNames.${f}`) ? t(`imports.fieldNames.${f}` as "imports.fieldNames.title") : f,
      )
      .join(", ");
}

export function PreviewView({ preview, changes }: { preview: ImportPreview; changes: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = [
    ["areas", preview.counts.areas],
    ["measures", preview.counts.measures],
    ["activities", preview.counts.activities],
  ] as const;
  return (
    <section aria-labelledby={headingId} className="stack-sm">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("imports.summary.heading")}
      </Heading>
      {changes ? null : <Paragraph>{t("imports.summary.nothing")}</Paragraph>}
      <TableScroll labelledBy={headingId}>
        <Table aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("imports.summary.what")}</Table.HeaderCell>
              {KINDS.map((k) => (
                <Table.HeaderCell key={k}>{t(`imports.change.${k}`)}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(([what, counts]) => (
              <Table.Row key={what}>
                <Table.HeaderCell scope="row">{t(`imports.summary.${what}`)}</Table.HeaderCell>
                {KINDS.map((k) => (
                  <Table.Cell key={k}>{counts[k]}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {preview.otherChanges.length > 0 ? (
        <Paragraph>
          {t("imports.summary.other", { parts: preview.otherChanges.map((p) => t(`imports.parts.${p}`)).join(", ") })}
        </Paragraph>
      ) : null}
      {preview.areas.map((area) => (
        <AreaTable key={area.key} area={area} />
      ))}
    </section>
  );
}

function AreaTable({ area }: { area: AreaChange }) {
  const { t } = useTranslation();
  const fieldList = useFieldList();
  const captionId = useId();
  const shown = area.measures.filter(
    (m) => m.change !== "unchanged" || m.activities.some((a) => a.change !== "unchanged"),
  );
  const unchanged = area.measures.filter((m) => !shown.includes(m));
  if (shown.length === 0 && area.change === "unchanged" && area.fields.length === 0) {
    return unchanged.length === 0 ? null : <UnchangedList title={area.title} items={unchanged} />;
  }
  const activityRows = (activities: ActivityChange[]) =>
    activities
      .filter((a) => a.change !== "unchanged")
      .map((a) => (
        <Table.Row key={a.key}>
          <Table.Cell className="import-preview__activity">{t("imports.area.activity", { title: a.title })}</Table.Cell>
          <Table.Cell>
            <ChangeTag change={a.change} />
          </Table.Cell>
          <Table.Cell>{fieldList(a.fields)}</Table.Cell>
        </Table.Row>
      ));
  return (
    <div className="stack-xs">
      <Heading level={3} data-size="xs" id={captionId}>
        {area.title} <ChangeTag change={area.change} />
      </Heading>
      {area.fields.length > 0 ? <Paragraph data-size="sm">{fieldList(area.fields)}</Paragraph> : null}
      <TableScroll labelledBy={captionId}>
        <Table aria-label={t("imports.area.tableCaption", { area: area.title })}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("imports.area.title")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.area.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.area.fields")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.flatMap((m) => [
              <Table.Row key={m.key}>
                <Table.Cell>{m.title}</Table.Cell>
                <Table.Cell>
                  <ChangeTag change={m.change} />
                </Table.Cell>
                <Table.Cell>{fieldList(m.fields)}</Table.Cell>
              </Table.Row>,
              ...activityRows(m.activities),
            ])}
          </Table.Body>
        </Table>
      </TableScroll>
      {unchanged.length > 0 ? <UnchangedList title={area.title} items={unchanged} /> : null}
    </div>
  );
}

function UnchangedList({ title, items }: { title: string; items: Array<{ key: string; title: string }> }) {
  const { t } = useTranslation();
  return (
    <details className="import-preview__unchanged">
      <summary>
        {title}: {t("imports.area.unchanged", { count: items.length })}
      </summary>
      <ul>
        {items.map((m) => (
          <li key={m.key}>{m.title}</li>
        ))}
      </ul>
    </details>
  );
}
