/**
 * Months (YYYY-MM): what an anonymised record is stamped with, and what the
 * service keeps and reports by. Apart from dates.ts so that the calculator's
 * first script does not carry the UK time zone code.
 */

/**
 * The month a record is stamped with: the calendar month in the UK
 * (Europe/London), so a calculation at 00:30 on 1 May BST counts in May.
 * Only the year and month are kept: never the day or the time.
 */
let london: Intl.DateTimeFormat | null = null;

export function monthOf(date: Date): string {
  // Made once: building an Intl.DateTimeFormat costs far more than using one.
  london ??= new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" });
  const parts = london.formatToParts(date);
  const year = parts.find((p) => p.type === "year")!.value;
  const month = parts.find((p) => p.type === "month")!.value;
  return `${year}-${month}`;
}

/** The month `n` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
