const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * True for a real calendar date written YYYY-MM-DD. `Date.parse` alone is not
 * enough: it rolls "2025-02-30" over to 2 March instead of refusing it, so the
 * parsed date must print back as the same day.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
