/**
 * `formatDate` (../format.ts) with one Intl.DateTimeFormat per locale: the history's lists format a date on every row,
 * and creating a formatter costs about 0.7 ms here (100 rows: 70 ms in Node on this machine, against 0.2 ms with one
 * formatter). Same output as formatDate, including "unknown date" for a value that is not a date.
 */
import { formatDate, validDate } from '../format';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

export function listDate(ms: number, locale?: string): string {
  const key = locale ?? '';
  if (!formatters.has(key)) {
    try {
      formatters.set(key, new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
    } catch {
      formatters.set(key, null);
    }
  }
  const f = formatters.get(key);
  const d = validDate(ms);
  return f && d ? f.format(d) : formatDate(ms, locale);
}
