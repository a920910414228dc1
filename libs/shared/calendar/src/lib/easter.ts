import { formatLocalDate, LocalDate } from './local-date';

/** First year of the Gregorian calendar; the computus below is only valid from then on. */
export const FIRST_GREGORIAN_YEAR = 1583;

/**
 * Easter Sunday (Western churches) by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher): pure integer arithmetic, no lookup table to keep up to date.
 */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR) {
    throw new RangeError(
      `Easter is computed for Gregorian years from ${FIRST_GREGORIAN_YEAR}, got ${year}`,
    );
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatLocalDate({ year, month, day });
}
