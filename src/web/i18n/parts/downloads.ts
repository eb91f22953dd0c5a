/** The words of the download buttons, in the three languages. */
export const downloadsNb = {
  button: "{{what}}: {{format}}",
  working: "Lager {{format}} …",
  done: "Lastet ned {{file}}.",
  failed: "Fikk ikke laget {{format}}: {{message}}",
  formats: {
    docx: "Word (DOCX)",
    pdf: "PDF",
    xlsx: "Excel (XLSX)",
    csv: "CSV",
    stratml: "StratML del 1 (XML)",
    stratmlPerformance: "StratML del 2, resultater (XML)",
    json: "Planspor-format (JSON)",
  },
  plan: "Last ned planen",
  planIntro: "Handlingsplanen som dokument, tiltakene som regneark, eller hele planen for andre systemer.",
  area: "Last ned dette området",
  report: "Last ned statusrapporten",
  reportIntro: "Statusrapporten for {{period}}: oppsummering og status for hvert tiltak.",
};

export const downloadsNn: typeof downloadsNb = {
  button: "{{what}}: {{format}}",
  working: "Lagar {{format}} …",
  done: "Lasta ned {{file}}.",
  failed: "Fekk ikkje laga {{format}}: {{message}}",
  formats: {
    docx: "Word (DOCX)",
    pdf: "PDF",
    xlsx: "Excel (XLSX)",
    csv: "CSV",
    stratml: "StratML del 1 (XML)",
    stratmlPerformance: "StratML del 2, resultat (XML)",
    json: "Planspor-format (JSON)",
  },
  plan: "Last ned planen",
  planIntro: "Handlingsplanen som dokument, tiltaka som rekneark, eller heile planen for andre system.",
  area: "Last ned dette området",
  report: "Last ned statusrapporten",
  reportIntro: "Statusrapporten for {{period}}: oppsummering og status for kvart tiltak.",
};

export const downloadsEn: typeof downloadsNb = {
  button: "{{what}}: {{format}}",
  working: "Making the {{format}} file …",
  done: "Downloaded {{file}}.",
  failed: "Could not make the {{format}} file: {{message}}",
  formats: {
    docx: "Word (DOCX)",
    pdf: "PDF",
    xlsx: "Excel (XLSX)",
    csv: "CSV",
    stratml: "StratML part 1 (XML)",
    stratmlPerformance: "StratML part 2, results (XML)",
    json: "Planspor format (JSON)",
  },
  plan: "Download the plan",
  planIntro: "The action plan as a document, the measures as a spreadsheet, or the whole plan for other systems.",
  area: "Download this area",
  report: "Download the status report",
  reportIntro: "The status report for {{period}}: a summary and the status of each measure.",
};
