/**
 * The coverage page's words, in the three languages. Level words («satsingsområder», «strategier»,
 * «tiltak») are never written here: they come from the plan through `{{level}}`-style placeholders.
 */
export const coverageNb = {
  heading: "Dekning",
  intro:
    "Hva som er i arbeid hvert år i planperioden {{first}}–{{last}}: {{measures}} direkte, og andre planer gjennom koblingene sine.",
  areaLabel: "{{level}} {{number}}: {{title}}",
  numbered: "{{number}}. {{text}}",
  verdict: {
    allCovered: "Alle {{areas}} er dekket i planperioden, og alle {{strategies}} er det også",
    areasOnly: "Alle {{areas}} er dekket i planperioden, men ikke alle {{strategies}}",
    notAreas: "Ikke alle {{areas}} er dekket i planperioden",
    countOf: "{{covered}} av {{total}} {{level}}",
    areaCounts: "{{counts}} er dekket i minst ett år.",
    strategyCounts: "{{counts}} er dekket i minst ett år.",
    uncoveredAreas: "Ikke dekket i noe år:",
    rule: "Planen skal evalueres og rulleres årlig, slik at alt dekkes i løpet av planperioden. Noe regnes som dekket når det er i arbeid i minst ett år, gjennom {{measures}} eller andre planer. En ukjent henvisning («{{level}} ?») regnes aldri som dekning.",
  },
  matrix: {
    heading: "År for år",
    intro:
      "Hver celle sier om noe er i arbeid det året. Åpne antallet i cellen for å se hvilke {{measures}} og andre planer det gjelder.",
    strategiesCaption: "{{level}} i «{{title}}», år for år",
    subGoalsCaption: "{{level}} i «{{title}}», år for år (dekkes bare gjennom andre planer)",
    areaRow: "{{level}} {{number}} samlet",
    covered: "Dekket",
    notCovered: "Ikke dekket",
    byMeasures: "{{n}} {{level}}",
    byRelated_one: "{{n}} annen plan",
    byRelated_other: "{{n}} andre planer",
    relatedPlan: "{{title}} (annen plan)",
  },
  unknown: {
    heading: "Ukjente henvisninger",
    intro: "Disse viser til et nummer planen ikke oppgir. De er ukjente og regnes ikke som dekning.",
    item: "({{from}}) viser til «{{level}} ?»: ukjent, regnes ikke som dekket",
    fromRelated: "annen plan",
  },
  gaps: {
    heading: "Hull i dekningen",
    intro: "Her er verken {{measures}} eller andre planer i arbeid i årene som står.",
    none: "Ingen hull: alt er dekket hvert år i planperioden.",
    area: "{{level}} {{number}} samlet, ikke dekket {{years}}",
    row: "{{level}} {{number}}, ikke dekket {{years}}: {{text}}",
    inYears: "i {{years}}",
    wholePeriod: "i hele planperioden",
    newMeasure: "Legg til {{level}} i «{{title}}»",
  },
  unscheduled: {
    heading: "{{level}} uten år",
    intro:
      "{{level}} i denne listen starter ved en betingelse eller har ingen oppstart. De regnes ikke med i noe år, og dekker derfor ingenting i tabellene over.",
    none: "Alle {{level}} har en oppstart i tid, så alle regnes med.",
    start: "oppstart: «{{text}}»",
    noStart: "ingen oppstart oppgitt",
    inArea: "({{area}}), {{start}}",
  },
};

export const coverageNn: typeof coverageNb = {
  heading: "Dekning",
  intro:
    "Kva som er i arbeid kvart år i planperioden {{first}}–{{last}}: {{measures}} direkte, og andre planar gjennom koplingane sine.",
  areaLabel: "{{level}} {{number}}: {{title}}",
  numbered: "{{number}}. {{text}}",
  verdict: {
    allCovered: "Alle {{areas}} er dekte i planperioden, og alle {{strategies}} er det òg",
    areasOnly: "Alle {{areas}} er dekte i planperioden, men ikkje alle {{strategies}}",
    notAreas: "Ikkje alle {{areas}} er dekte i planperioden",
    countOf: "{{covered}} av {{total}} {{level}}",
    areaCounts: "{{counts}} er dekte i minst eitt år.",
    strategyCounts: "{{counts}} er dekte i minst eitt år.",
    uncoveredAreas: "Ikkje dekt i noko år:",
    rule: "Planen skal evaluerast og rullerast årleg, slik at alt blir dekt i løpet av planperioden. Noko blir rekna som dekt når det er i arbeid i minst eitt år, gjennom {{measures}} eller andre planar. Ei ukjend tilvising («{{level}} ?») blir aldri rekna som dekning.",
  },
  matrix: {
    heading: "År for år",
    intro:
      "Kvar celle seier om noko er i arbeid det året. Opne talet i cella for å sjå kva {{measures}} og andre planar det gjeld.",
    strategiesCaption: "{{level}} i «{{title}}», år for år",
    subGoalsCaption: "{{level}} i «{{title}}», år for år (blir berre dekte gjennom andre planar)",
    areaRow: "{{level}} {{number}} samla",
    covered: "Dekt",
    notCovered: "Ikkje dekt",
    byMeasures: "{{n}} {{level}}",
    byRelated_one: "{{n}} annan plan",
    byRelated_other: "{{n}} andre planar",
    relatedPlan: "{{title}} (annan plan)",
  },
  unknown: {
    heading: "Ukjende tilvisingar",
    intro: "Desse viser til eit nummer planen ikkje oppgir. Dei er ukjende og blir ikkje rekna som dekning.",
    item: "({{from}}) viser til «{{level}} ?»: ukjend, blir ikkje rekna som dekt",
    fromRelated: "annan plan",
  },
  gaps: {
    heading: "Hòl i dekninga",
    intro: "Her er verken {{measures}} eller andre planar i arbeid i åra som står.",
    none: "Ingen hòl: alt er dekt kvart år i planperioden.",
    area: "{{level}} {{number}} samla, ikkje dekt {{years}}",
    row: "{{level}} {{number}}, ikkje dekt {{years}}: {{text}}",
    inYears: "i {{years}}",
    wholePeriod: "i heile planperioden",
    newMeasure: "Legg til {{level}} i «{{title}}»",
  },
  unscheduled: {
    heading: "{{level}} utan år",
    intro:
      "{{level}} i denne lista startar ved eit vilkår eller har ingen oppstart. Dei blir ikkje rekna med i noko år, og dekkjer difor ingenting i tabellane over.",
    none: "Alle {{level}} har ein oppstart i tid, så alle blir rekna med.",
    start: "oppstart: «{{text}}»",
    noStart: "ingen oppstart oppgitt",
    inArea: "({{area}}), {{start}}",
  },
};

export const coverageEn: typeof coverageNb = {
  heading: "Coverage",
  intro:
    "What is at work in each year of the plan period {{first}}–{{last}}: {{measures}} directly, and other plans through their links.",
  areaLabel: "{{level}} {{number}}: {{title}}",
  numbered: "{{number}}. {{text}}",
  verdict: {
    allCovered: "All {{areas}} are covered in the plan period, and all {{strategies}} are too",
    areasOnly: "All {{areas}} are covered in the plan period, but not all {{strategies}}",
    notAreas: "Not all {{areas}} are covered in the plan period",
    countOf: "{{covered}} of {{total}} {{level}}",
    areaCounts: "{{counts}} are covered in at least one year.",
    strategyCounts: "{{counts}} are covered in at least one year.",
    uncoveredAreas: "Not covered in any year:",
    rule: "The plan is to be evaluated and rolled forward every year, so that everything is covered over the plan period. Something counts as covered when it is at work in at least one year, through {{measures}} or other plans. An unknown reference («{{level}} ?») never counts as coverage.",
  },
  matrix: {
    heading: "Year by year",
    intro:
      "Each cell says whether something is at work that year. Open the count in a cell to see which {{measures}} and other plans it is.",
    strategiesCaption: "{{level}} in «{{title}}», year by year",
    subGoalsCaption: "{{level}} in «{{title}}», year by year (covered through other plans only)",
    areaRow: "{{level}} {{number}} overall",
    covered: "Covered",
    notCovered: "Not covered",
    byMeasures: "{{n}} {{level}}",
    byRelated_one: "{{n}} other plan",
    byRelated_other: "{{n}} other plans",
    relatedPlan: "{{title}} (other plan)",
  },
  unknown: {
    heading: "Unknown references",
    intro: "These refer to a number the plan does not give. They are unknown and never count as coverage.",
    item: "({{from}}) refers to «{{level}} ?»: unknown, not counted as covered",
    fromRelated: "other plan",
  },
  gaps: {
    heading: "Gaps in coverage",
    intro: "Neither {{measures}} nor other plans are at work here in the years given.",
    none: "No gaps: everything is covered in every year of the plan period.",
    area: "{{level}} {{number}} overall, not covered {{years}}",
    row: "{{level}} {{number}}, not covered {{years}}: {{text}}",
    inYears: "in {{years}}",
    wholePeriod: "in the whole plan period",
    newMeasure: "Add {{level}} to «{{title}}»",
  },
  unscheduled: {
    heading: "{{level}} without a year",
    intro:
      "{{level}} in this list start on a condition or have no start. They are not counted in any year, so they cover nothing in the tables above.",
    none: "All {{level}} have a start in time, so all are counted.",
    start: "start: «{{text}}»",
    noStart: "no start given",
    inArea: "({{area}}), {{start}}",
  },
};
