import {
  Holiday,
  HolidayOptions,
  italianHolidays,
  assertValidPatronDay,
} from './italian-holidays';
import {
  addDaysToLocalDate,
  civilToEpochMillis,
  LocalDate,
  MILLIS_PER_DAY,
  isoWeekdayOfLocalDate,
  parseLocalDate,
} from './local-date';
import {
  addCalendarDaysLocal,
  DEFAULT_TIME_ZONE,
  localDateOf,
  localWallMillis,
  utcToZoned,
  wallMillisToUtc,
  zonedToUtc,
} from './zoned-time';

export interface BusinessCalendarOptions extends HolidayOptions {
  /** IANA time zone the calendar's days and hours are read in. Default 'Europe/Rome'. */
  timeZone?: string;
  /** ISO weekdays (1 = Monday ... 7 = Sunday) the offices work. Default Monday to Friday. */
  workingWeekdays?: readonly number[];
}

/** A day given as 'YYYY-MM-DD', or as an instant whose local date in the calendar's zone is meant. */
export type DayInput = LocalDate | Date;

export const DEFAULT_WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

const MILLIS_PER_HOUR = 3_600_000;

/**
 * Longest run of consecutive non-working days we accept before assuming a misconfiguration
 * (e.g. extra closures covering every working day): better an error than an endless loop.
 */
const MAX_CONSECUTIVE_CLOSED_DAYS = 3 * 366;

/**
 * Working days and working time for deadlines ("working-day mode" of the report rules):
 * a working day is a working weekday that is not a holiday, and counts 24 hours.
 *
 * Working time is measured on the local wall clock: each working day is the span from local
 * midnight to the next local midnight and always counts 24 h, even on the rare 23/25-hour
 * DST day (only possible if a Sunday is configured as working). So "Friday 10:00 + 48 h" is
 * always "Tuesday 10:00" on the office clock.
 */
export class BusinessCalendar {
  readonly timeZone: string;
  readonly workingWeekdays: readonly number[];
  private readonly holidayOptions: HolidayOptions;
  private readonly holidaysByYear = new Map<number, readonly Holiday[]>();
  private readonly holidaysByDate = new Map<LocalDate, readonly Holiday[]>();

  constructor(options: BusinessCalendarOptions = {}) {
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    // Fail at construction on an unknown zone rather than at the first date computation.
    utcToZoned(new Date(0), this.timeZone);

    const weekdays = [
      ...new Set(options.workingWeekdays ?? DEFAULT_WORKING_WEEKDAYS),
    ].sort((a, b) => a - b);
    if (
      weekdays.length === 0 ||
      weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
    ) {
      throw new RangeError(
        `workingWeekdays must be a non-empty list of ISO weekdays 1..7, got [${weekdays}]`,
      );
    }
    this.workingWeekdays = Object.freeze(weekdays);

    if (options.patronDay) {
      assertValidPatronDay(options.patronDay);
    }
    const extraHolidays = [...(options.extraHolidays ?? [])];
    for (const extra of extraHolidays) {
      parseLocalDate(typeof extra === 'string' ? extra : extra.date);
    }
    this.holidayOptions = {
      patronDay: options.patronDay && { ...options.patronDay },
      extraHolidays,
    };
  }

  /** All holidays of a calendar year, sorted; computed once per year. */
  holidays(year: number): readonly Holiday[] {
    let list = this.holidaysByYear.get(year);
    if (!list) {
      list = Object.freeze(
        italianHolidays(year, this.holidayOptions).map((h) => Object.freeze(h)),
      );
      this.holidaysByYear.set(year, list);
      for (const holiday of list) {
        this.holidaysByDate.set(holiday.date, [
          ...(this.holidaysByDate.get(holiday.date) ?? []),
          holiday,
        ]);
      }
    }
    return list;
  }

  /** Holidays falling on a day (usually zero or one; two when e.g. Easter Monday is 25 April). */
  holidaysOn(day: DayInput): readonly Holiday[] {
    const date = this.toLocalDate(day);
    this.holidays(parseLocalDate(date).year);
    return this.holidaysByDate.get(date) ?? [];
  }

  isHoliday(day: DayInput): boolean {
    return this.holidaysOn(day).length > 0;
  }

  /** The Italian name of the holiday on that day (the national one if several), or undefined. */
  holidayName(day: DayInput): string | undefined {
    return this.holidaysOn(day)[0]?.name;
  }

  isWorkingDay(day: DayInput): boolean {
    const date = this.toLocalDate(day);
    return (
      this.workingWeekdays.includes(isoWeekdayOfLocalDate(date)) &&
      !this.isHoliday(date)
    );
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: DayInput): LocalDate {
    return this.stepToWorkingDay(this.toLocalDate(day), 1);
  }

  /** The last working day strictly before `day`. */
  previousWorkingDay(day: DayInput): LocalDate {
    return this.stepToWorkingDay(this.toLocalDate(day), -1);
  }

  /**
   * The same local wall-clock time on the n-th working day after (n < 0: before) the local
   * date of `date`. The starting day need not be a working day: Saturday + 1 = Monday.
   */
  addWorkingDays(date: Date, n: number): Date {
    if (!Number.isInteger(n)) {
      throw new RangeError(`Working days must be an integer, got ${n}`);
    }
    const parts = utcToZoned(date, this.timeZone);
    let day = this.toLocalDate(date);
    for (let left = Math.abs(n); left > 0; left--) {
      day = this.stepToWorkingDay(day, Math.sign(n));
    }
    return zonedToUtc({ ...parts, ...parseLocalDate(day) }, this.timeZone);
  }

  /**
   * Deadline after `hours` of working time ("working-day mode": only working days count,
   * 24 h each). Friday 10:00 + 48 h = Tuesday 10:00.
   *
   * Time received on a non-working day starts counting at the start of the next working day:
   * Saturday 10:00 + 48 h = Wednesday 00:00.
   *
   * The result is the LATEST instant by which no more than `hours` of working time have
   * elapsed, so a deadline that ends exactly at the end of a working day rolls over to the
   * start of the next working day (Thursday 00:00 + 48 h = Monday 00:00, not Saturday 00:00).
   * This keeps the rule "met when replied at or before due" equivalent to
   * `workingMillisBetween(received, reply) <= hours`: a reply on Saturday morning used no
   * working time after Friday midnight, so it must not become late.
   */
  addWorkingHours(date: Date, hours: number): Date {
    if (!Number.isFinite(hours) || hours < 0) {
      throw new RangeError(
        `Working hours must be a finite non-negative number, got ${hours}`,
      );
    }
    let remaining = Math.round(hours * MILLIS_PER_HOUR);
    let day = this.toLocalDate(date);
    let cursor = localWallMillis(utcToZoned(date, this.timeZone));
    for (;;) {
      if (this.isWorkingDay(day)) {
        const available =
          this.dayStartWallMillis(day) + MILLIS_PER_DAY - cursor;
        // Strictly less: landing exactly on midnight rolls to the next working day (see above).
        if (remaining < available) {
          return wallMillisToUtc(cursor + remaining, this.timeZone);
        }
        remaining -= available;
      }
      day = this.stepToWorkingDay(day, 1);
      cursor = this.dayStartWallMillis(day);
    }
  }

  /**
   * Working time (ms) elapsed between two instants, the inverse measure of `addWorkingHours`:
   * the part of [from, to) that falls on working days. Negative when `to` is before `from`.
   */
  workingMillisBetween(from: Date, to: Date): number {
    if (to.getTime() < from.getTime()) {
      return -this.workingMillisBetween(to, from);
    }
    const fromWall = localWallMillis(utcToZoned(from, this.timeZone));
    const toWall = localWallMillis(utcToZoned(to, this.timeZone));
    const lastDay = this.toLocalDate(to);
    let total = 0;
    for (
      let day = this.toLocalDate(from);
      day <= lastDay;
      day = addDaysToLocalDate(day, 1)
    ) {
      if (this.isWorkingDay(day)) {
        const dayStart = this.dayStartWallMillis(day);
        const start = Math.max(fromWall, dayStart);
        const end = Math.min(toWall, dayStart + MILLIS_PER_DAY);
        // The guard also absorbs the repeated autumn hour, where wall time runs backwards.
        if (end > start) {
          total += end - start;
        }
      }
    }
    return total;
  }

  /** Absolute time ("calendar mode"): DST changes do not matter, an hour is an hour. */
  addCalendarHours(date: Date, hours: number): Date {
    if (!Number.isFinite(hours)) {
      throw new RangeError(`Hours must be finite, got ${hours}`);
    }
    if (Number.isNaN(date.getTime())) {
      throw new RangeError('Invalid Date');
    }
    return new Date(date.getTime() + Math.round(hours * MILLIS_PER_HOUR));
  }

  /** Calendar days keeping the local wall-clock time (see `addCalendarDaysLocal`). */
  addCalendarDays(date: Date, days: number): Date {
    return addCalendarDaysLocal(date, days, this.timeZone);
  }

  /** The local date of an instant in this calendar's time zone (a LocalDate is checked and kept). */
  toLocalDate(day: DayInput): LocalDate {
    if (typeof day === 'string') {
      parseLocalDate(day);
      return day;
    }
    return localDateOf(day, this.timeZone);
  }

  private dayStartWallMillis(day: LocalDate): number {
    const { year, month, day: dayOfMonth } = parseLocalDate(day);
    return civilToEpochMillis(year, month, dayOfMonth);
  }

  private stepToWorkingDay(from: LocalDate, step: number): LocalDate {
    let day = from;
    for (let i = 0; i < MAX_CONSECUTIVE_CLOSED_DAYS; i++) {
      day = addDaysToLocalDate(day, step);
      if (this.isWorkingDay(day)) {
        return day;
      }
    }
    throw new RangeError(
      `No working day within ${MAX_CONSECUTIVE_CLOSED_DAYS} days of ${from}`,
    );
  }
}
