/**
 * Which sections a report keeps longest when it must shrink, highest last to go. The verdict, the
 * regressions and the invalid files are never dropped (`KEEP` in report-sections.ts).
 */
export const SectionPriority = {
  changes: 60,
  errorsByColumn: 50,
  /** Columns a drift report could not compare: outlive the undrifted columns and the charts. */
  skipped: 45,
  folded: 40,
  warnings: 30,
  errorExamples: 20,
  chart: 10,
} as const;
