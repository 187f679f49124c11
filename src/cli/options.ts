import { UsageError } from "./io.js";

/** Accepts YYYY-MM-DD with an optional time; returns it as given (trimmed) or throws a usage error. */
export function parseDateOption(value: string, flag: string): string {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || Number.isNaN(Date.parse(v.slice(0, 10)))) {
    throw new UsageError(`${flag} takes a date such as 2025-05-16 or 2025-05-16T10:00:00Z, not "${value}"`);
  }
  return v;
}
