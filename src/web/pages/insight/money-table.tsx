/**
 * Tables of money by year: the kinds of money for the plan as a whole, and the sum per area, unit
 * or funding source. Amounts in Norwegian format («kr 1 000 000»), right-aligned, with a total for
 * the whole period in the last column.
 */
import { Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNok } from "../../../domain/format.js";
import type { YearAmounts } from "../../../domain/insight-models.js";
import { TableScroll } from "../../components/table-scroll.js";
import { useLocale } from "../../i18n/index.js";

export const MONEY_KINDS = ["increaseNok", "contributionNok", "oneOffNok"] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];

/** The money of a year, all kinds together. */
export function yearTotal(year: YearAmounts): number {
  return year.increaseNok + year.contributionNok + year.oneOffNok;
}

type MoneyRow = { key: string; label: ReactNode; amounts: number[] };

function MoneyTable({ id, caption, rowHeader, years, rows, totalRow }: MoneyTableProps) {
  const { t } = useTranslation();
  const captionId = `${id}-caption`;
  return (
    <TableScroll labelledBy={captionId}>
      <Table data-size="sm" id={id}>
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{rowHeader}</Table.HeaderCell>
            {years.map((year) => (
              <Table.HeaderCell key={year} className="numeric">
                {year}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell className="numeric">{t("insight.money.wholePeriod")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {[...rows, ...(totalRow ? [totalRow] : [])].map((row) => (
            <Table.Row key={row.key} className={row === totalRow ? "total-row" : undefined}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              {row.amounts.map((nok, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per year, in the years' order
                <NokCell key={index} nok={nok} />
              ))}
              <NokCell nok={row.amounts.reduce((sum, nok) => sum + nok, 0)} />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function NokCell({ nok }: { nok: number }) {
  const locale = useLocale();
  return <Table.Cell className="numeric">{formatNok(nok, locale)}</Table.Cell>;
}

type MoneyTableProps = {
  id: string;
  caption: string;
  rowHeader: string;
  years: number[];
  rows: MoneyRow[];
  totalRow?: MoneyRow;
};

/** The plan's money per year by kind: increase, contributions, one-off sums, and their sum. */
export function KindsTable({ id, caption, years }: { id: string; caption: string; years: YearAmounts[] }) {
  const { t } = useTranslation();
  const rows = MONEY_KINDS.map((kind) => ({
    key: kind,
    label: t(`insight.money.kinds.${kind}`),
    amounts: years.map((y) => y[kind]),
  }));
  const totalRow = { key: "total", label: t("insight.money.total"), amounts: years.map(yearTotal) };
  return (
    <MoneyTable
      id={id}
      caption={caption}
      rowHeader={t("insight.money.kind")}
      years={years.map((y) => y.year)}
      rows={rows}
      totalRow={totalRow}
    />
  );
}

/** The sum per year of each row (an area, a unit, a funding source). */
export function SumsTable(props: {
  id: string;
  caption: string;
  rowHeader: string;
  years: number[];
  rows: Array<{ key: string; label: ReactNode; years: YearAmounts[] }>;
}) {
  const rows = props.rows.map((row) => ({ key: row.key, label: row.label, amounts: row.years.map(yearTotal) }));
  return <MoneyTable {...props} rows={rows} />;
}
