/**
 * A calendar date with no time zone attached, written 'YYYY-MM-DD'.
 * Kept as a string so it can be compared with `<`/`>` and used as a map key;
 * which instant it denotes depends on the time zone the caller chooses.
 */
export type LocalDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const MILLIS_PER_DAY = 86_400_000;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Milliseconds of a civil date-time read as if it were UTC.
 * `Date.UTC` maps years 0-99 to 1900-1999, so the year is set separately.
 */
export function civilToEpochMillis(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

export function parseLocalDate(value: LocalDate): CivilDate {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) {
    throw new RangeError(`Not a local date 'YYYY-MM-DD': '${value}'`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // The pattern alone would accept 2026-02-30; reject it instead of letting Date roll it over.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not an existing calendar date: '${value}'`);
  }
  return { year, month, day };
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatLocalDate({ year, month, day }: CivilDate): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01 of a local date: lets date arithmetic ignore time zones entirely. */
export function localDateToEpochDay(value: LocalDate): number {
  const { year, month, day } = parseLocalDate(value);
  return Math.round(civilToEpochMillis(year, month, day) / MILLIS_PER_DAY);
}

export function epochDayToLocalDate(epochDay: number): LocalDate {
  const date = new Date(epochDay * MILLIS_PER_DAY);
  return formatLocalDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

export function addDaysToLocalDate(value: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Days must be an integer, got ${days}`);
  }
  return epochDayToLocalDate(localDateToEpochDay(value) + days);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOfLocalDate(value: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const epochDay = localDateToEpochDay(value);
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
