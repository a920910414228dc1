import {
  addDaysToLocalDate,
  epochDayToLocalDate,
  formatLocalDate,
  isLeapYear,
  isoWeekdayOfLocalDate,
  LocalDate,
  localDateToEpochDay,
  parseLocalDate,
} from './local-date';

/** An ISO 8601 week. `isoYear` can differ from the calendar year around New Year. */
export interface IsoWeek {
  isoYear: number;
  week: number;
}

/** The ISO week containing `localDate` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(localDate: LocalDate): IsoWeek {
  // A week belongs to the year of its Thursday, so locate that Thursday.
  const thursday = addDaysToLocalDate(
    localDate,
    4 - isoWeekdayOfLocalDate(localDate),
  );
  const isoYear = parseLocalDate(thursday).year;
  const dayOfYear =
    localDateToEpochDay(thursday) -
    localDateToEpochDay(formatLocalDate({ year: isoYear, month: 1, day: 1 }));
  return { isoYear, week: Math.floor(dayOfYear / 7) + 1 };
}

/** 53 when the ISO year starts on a Thursday, or on a Wednesday in a leap year; 52 otherwise. */
export function isoWeeksInYear(isoYear: number): 52 | 53 {
  assertYear(isoYear);
  const jan1Weekday = isoWeekdayOfLocalDate(
    formatLocalDate({ year: isoYear, month: 1, day: 1 }),
  );
  return jan1Weekday === 4 || (jan1Weekday === 3 && isLeapYear(isoYear))
    ? 53
    : 52;
}

/** The Monday of the given ISO week. */
export function isoWeekStart(isoYear: number, week: number): LocalDate {
  assertYear(isoYear);
  const weeks = isoWeeksInYear(isoYear);
  if (!Number.isInteger(week) || week < 1 || week > weeks) {
    throw new RangeError(
      `ISO year ${isoYear} has weeks 1..${weeks}, got ${week}`,
    );
  }
  // 4 January is always in week 1.
  const jan4 = formatLocalDate({ year: isoYear, month: 1, day: 4 });
  const mondayOfWeek1 =
    localDateToEpochDay(jan4) - (isoWeekdayOfLocalDate(jan4) - 1);
  return epochDayToLocalDate(mondayOfWeek1 + (week - 1) * 7);
}

/** The seven local dates, Monday to Sunday, of the given ISO week. */
export function isoWeekDays(isoYear: number, week: number): LocalDate[] {
  const monday = isoWeekStart(isoYear, week);
  return Array.from({ length: 7 }, (_, offset) =>
    addDaysToLocalDate(monday, offset),
  );
}

function assertYear(isoYear: number): void {
  if (!Number.isInteger(isoYear) || isoYear < 1 || isoYear > 9999) {
    throw new RangeError(
      `ISO year must be an integer in 1..9999, got ${isoYear}`,
    );
  }
}
