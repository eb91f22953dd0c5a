/** A refused file's problems, each where it is in the file (sheet, row, column, or path), in the reader's words for known codes. */
import { Heading, Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../components/table-scroll.js";
import type { ImportProblem } from "./import-api.js";

export function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const wordsOf = (p: ImportProblem) => {
    const key = `imports.problems.codes.${p.code}`;
    // The known codes in the reader's language (row and column say where); others in the server's words.
    return i18n.exists(key) ? t(key as "imports.problems.codes.invalid_value") : p.message;
  };
  return (
    <section aria-labelledby={headingId} className="stack-sm">
      <Heading level={2} data-size="sm" id={headingId} data-color="danger">
        {t("imports.problems.heading", { count: problems.length })}
      </Heading>
      <TableScroll labelledBy={headingId}>
        <Table aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("imports.problems.row")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.problems.column")}</Table.HeaderCell>
              <Table.HeaderCell>{t("imports.problems.message")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {problems.map((p) => (
              <Table.Row
                key={`${p.sheet ?? ""}-${p.row ?? ""}-${p.column ?? ""}-${p.path ?? ""}-${p.code}-${p.message}`}
              >
                <Table.Cell>{p.row ?? ""}</Table.Cell>
                <Table.Cell>
                  {p.column ?? p.path ?? (p.sheet ? t("imports.problems.sheet", { sheet: p.sheet }) : "")}
                </Table.Cell>
                <Table.Cell>{wordsOf(p)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
