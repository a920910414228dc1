export type { CivilDate, LocalDate } from './lib/local-date';
export {
  addDaysToLocalDate,
  isLocalDate,
  isoWeekdayOfLocalDate,
  parseLocalDate,
  formatLocalDate,
} from './lib/local-date';
export type { LocalDateTime, ZonedDateTimeParts } from './lib/zoned-time';
export {
  DEFAULT_TIME_ZONE,
  addCalendarDaysLocal,
  formatZonedDateTime,
  localDateOf,
  parseZonedDateTime,
  startOfLocalDay,
  timeZoneOffsetMillis,
  utcToZoned,
  zonedToUtc,
} from './lib/zoned-time';
export { easterSunday } from './lib/easter';
export type {
  ExtraHoliday,
  Holiday,
  HolidayKind,
  HolidayOptions,
  PatronDay,
} from './lib/italian-holidays';
export {
  DEFAULT_EXTRA_HOLIDAY_NAME,
  DEFAULT_PATRON_DAY_NAME,
  GENOVA_PATRON_DAY,
  SAN_FRANCESCO_FIRST_YEAR,
  italianHolidays,
} from './lib/italian-holidays';
export type {
  BusinessCalendarOptions,
  DayInput,
} from './lib/business-calendar';
export {
  BusinessCalendar,
  DEFAULT_WORKING_WEEKDAYS,
} from './lib/business-calendar';
export type { IsoWeek } from './lib/iso-week';
export {
  isoWeek,
  isoWeekDays,
  isoWeekStart,
  isoWeeksInYear,
} from './lib/iso-week';
