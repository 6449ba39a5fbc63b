// String formats, defined once so every runtime can be held to the same rule.
//
// `date-time` is RFC 3339 section 5.6 with an explicit offset: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`,
// `T`/`Z` in either case. The calendar date must exist (leap years included); hours 00-23,
// minutes and seconds 00-59. Leap seconds (`:60`) are rejected: no runtime we target can represent
// them, and accepting them in one validator but not another would split verdicts.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

export const DATE_TIME_PATTERN = DATE_TIME.source;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRfc3339DateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = match
    .slice(1)
    .map((group) => (group === undefined ? 0 : Number(group))) as [number, number, number, number, number, number, number, number];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  );
}

/** Formats our schemas use, by JSON Schema `format` name. */
export const formats = {
  "date-time": isRfc3339DateTime,
} as const satisfies Record<string, (value: string) => boolean>;
