import {
  civilToEpochMillis,
  CivilDate,
  daysInMonth,
  formatLocalDate,
  LocalDate,
  MILLIS_PER_DAY,
  pad2,
  parseLocalDate,
  addDaysToLocalDate,
} from './local-date';

/** The offices' time zone: every deadline and report period is defined in it. */
export const DEFAULT_TIME_ZONE = 'Europe/Rome';

/** A wall-clock date-time in some time zone; omitted time fields are 0. */
export interface LocalDateTime extends CivilDate {
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** What a clock on the wall of the office shows at a given instant. */
export interface ZonedDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23 rather than hour12:false: some ICU versions print midnight as "24" with the latter.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError('Invalid Date');
  }
}

export function utcToZoned(
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): ZonedDateTimeParts {
  assertValidDate(date);
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    fields[part.type] = part.value;
  }
  const yearOfEra = Number(fields['year']);
  const year = fields['era'] === 'BC' ? 1 - yearOfEra : yearOfEra;
  const month = Number(fields['month']);
  const day = Number(fields['day']);
  // Time-zone offsets are whole seconds, so milliseconds are the same on every clock.
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const epochDay = Math.round(
    civilToEpochMillis(year, month, day) / MILLIS_PER_DAY,
  );
  return {
    year,
    month,
    day,
    hour: Number(fields['hour']),
    minute: Number(fields['minute']),
    second: Number(fields['second']),
    millisecond,
    weekday: ((((epochDay + 3) % 7) + 7) % 7) + 1,
  };
}

/** Local wall-clock minus UTC at that instant, e.g. +3_600_000 for CET, +7_200_000 for CEST. */
export function timeZoneOffsetMillis(
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): number {
  const parts = utcToZoned(date, timeZone);
  return localWallMillis(parts) - date.getTime();
}

/**
 * The wall-clock time read as if it were UTC ("naive" local milliseconds). On this
 * timeline every local day is exactly 24 h long, which is what working-day counting needs.
 */
export function localWallMillis(parts: LocalDateTime): number {
  return civilToEpochMillis(
    parts.year,
    parts.month,
    parts.day,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
    parts.millisecond ?? 0,
  );
}

function assertField(
  name: string,
  value: number,
  min: number,
  max: number,
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${name} must be an integer in ${min}..${max}, got ${value}`,
    );
  }
}

function assertValidLocalDateTime(local: LocalDateTime): void {
  assertField('year', local.year, -271_820, 275_759);
  assertField('month', local.month, 1, 12);
  assertField('day', local.day, 1, daysInMonth(local.year, local.month));
  assertField('hour', local.hour ?? 0, 0, 23);
  assertField('minute', local.minute ?? 0, 0, 59);
  assertField('second', local.second ?? 0, 0, 59);
  assertField('millisecond', local.millisecond ?? 0, 0, 999);
}

/**
 * The instant at which the clocks of `timeZone` show `local`.
 *
 * DST makes some wall-clock times ambiguous or impossible; we resolve them like
 * Temporal's 'compatible' disambiguation, the behaviour people expect from a clock:
 * - spring-forward gap (02:30 on the last Sunday of March in Rome does not exist):
 *   move forward by the gap, so it becomes 03:30 CEST;
 * - autumn overlap (02:30 on the last Sunday of October happens twice):
 *   take the first occurrence (02:30 CEST = 00:30Z).
 */
export function zonedToUtc(
  local: LocalDateTime,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  assertValidLocalDateTime(local);
  return wallMillisToUtc(localWallMillis(local), timeZone);
}

/** `zonedToUtc` for naive local milliseconds (see `localWallMillis`). */
export function wallMillisToUtc(
  wallMillis: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  // Offsets a day either side bracket any single DST transition near this wall time.
  const offsetBefore = timeZoneOffsetMillis(
    new Date(wallMillis - MILLIS_PER_DAY),
    timeZone,
  );
  const offsetAfter = timeZoneOffsetMillis(
    new Date(wallMillis + MILLIS_PER_DAY),
    timeZone,
  );
  // A candidate is real only if the clocks actually show `wallMillis` at that instant.
  const candidates = [wallMillis - offsetBefore, wallMillis - offsetAfter]
    .filter(
      (utc) =>
        utc + timeZoneOffsetMillis(new Date(utc), timeZone) === wallMillis,
    )
    .sort((a, b) => a - b);
  if (candidates.length > 0) {
    // Earliest instant = first occurrence in an overlap.
    return new Date(candidates[0]);
  }
  // In a gap the clock jumped over this time: keep the pre-transition offset, which lands
  // the same distance past the jump (02:30 with +01:00 is 01:30Z, shown as 03:30 CEST).
  return new Date(wallMillis - offsetBefore);
}

/** The local calendar date of an instant in `timeZone`. */
export function localDateOf(
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): LocalDate {
  return formatLocalDate(utcToZoned(date, timeZone));
}

/** The instant a local day begins (local midnight, or the first instant after it in a gap). */
export function startOfLocalDay(
  localDate: LocalDate,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  return zonedToUtc(parseLocalDate(localDate), timeZone);
}

/**
 * Parses 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', 'YYYY-MM-DDTHH:mm:ss' or with '.sss' as a wall-clock
 * time in `timeZone`. Deliberately rejects strings carrying an offset or 'Z': those already
 * denote an instant and belong to `new Date(...)`.
 */
export function parseZonedDateTime(
  value: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(
      value,
    );
  if (!match) {
    throw new RangeError(
      `Not a local date-time 'YYYY-MM-DDTHH:mm[:ss[.sss]]': '${value}'`,
    );
  }
  const civil = parseLocalDate(match[1]);
  return zonedToUtc(
    {
      ...civil,
      hour: Number(match[2] ?? 0),
      minute: Number(match[3] ?? 0),
      second: Number(match[4] ?? 0),
      millisecond: Number((match[5] ?? '0').padEnd(3, '0')),
    },
    timeZone,
  );
}

/** 'YYYY-MM-DDTHH:mm:ss' as shown by the clocks of `timeZone` (for logs, reports and tests). */
export function formatZonedDateTime(
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const p = utcToZoned(date, timeZone);
  return `${formatLocalDate(p)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
}

/**
 * Adds calendar days keeping the same wall-clock time in `timeZone`, so a 30-day deadline
 * received at 09:00 is due at 09:00 even when a DST change falls in between (the elapsed
 * absolute time is then 30 days ± 1 h). A target time in a DST gap moves forward.
 */
export function addCalendarDaysLocal(
  date: Date,
  days: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Days must be an integer, got ${days}`);
  }
  const parts = utcToZoned(date, timeZone);
  const target = parseLocalDate(
    addDaysToLocalDate(formatLocalDate(parts), days),
  );
  return zonedToUtc({ ...parts, ...target }, timeZone);
}
