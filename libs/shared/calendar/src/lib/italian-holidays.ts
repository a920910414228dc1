import { easterSunday } from './easter';
import {
  addDaysToLocalDate,
  daysInMonth,
  formatLocalDate,
  LocalDate,
  parseLocalDate,
} from './local-date';

/**
 * Where a closure comes from. The weekly opening-hours indicator needs the distinction:
 * public holidays are not owed hours, other closures may be.
 */
export type HolidayKind = 'national' | 'patron' | 'extra';

export interface Holiday {
  date: LocalDate;
  name: string;
  kind: HolidayKind;
}

/** The city's patron saint day, a local holiday recurring every year. */
export interface PatronDay {
  month: number;
  day: number;
  /** Defaults to 'Santo patrono'. */
  name?: string;
}

export interface ExtraHoliday {
  date: LocalDate;
  name: string;
}

export interface HolidayOptions {
  patronDay?: PatronDay;
  /** One-off office closures: a bare 'YYYY-MM-DD' gets a generic name. */
  extraHolidays?: ReadonlyArray<LocalDate | ExtraHoliday>;
}

/** San Francesco d'Assisi (4 October) is a national holiday again only from 2026 (Legge 151/2025). */
export const SAN_FRANCESCO_FIRST_YEAR = 2026;

export const DEFAULT_PATRON_DAY_NAME = 'Santo patrono';
export const DEFAULT_EXTRA_HOLIDAY_NAME = 'Chiusura degli uffici';

/** Genova: San Giovanni Battista, 24 June. */
export const GENOVA_PATRON_DAY: PatronDay = {
  month: 6,
  day: 24,
  name: 'San Giovanni Battista',
};

const FIXED_NATIONAL_HOLIDAYS: ReadonlyArray<{
  month: number;
  day: number;
  name: string;
  from?: number;
}> = [
  { month: 1, day: 1, name: 'Capodanno' },
  { month: 1, day: 6, name: 'Epifania' },
  { month: 4, day: 25, name: 'Festa della Liberazione' },
  { month: 5, day: 1, name: 'Festa del Lavoro' },
  { month: 6, day: 2, name: 'Festa della Repubblica' },
  { month: 8, day: 15, name: 'Assunzione di Maria Vergine (Ferragosto)' },
  {
    month: 10,
    day: 4,
    name: "San Francesco d'Assisi",
    from: SAN_FRANCESCO_FIRST_YEAR,
  },
  { month: 11, day: 1, name: 'Ognissanti' },
  { month: 12, day: 8, name: 'Immacolata Concezione' },
  { month: 12, day: 25, name: 'Natale' },
  { month: 12, day: 26, name: 'Santo Stefano' },
];

const KIND_ORDER: Record<HolidayKind, number> = {
  national: 0,
  patron: 1,
  extra: 2,
};

export function assertValidPatronDay(patronDay: PatronDay): void {
  const { month, day } = patronDay;
  // 29 February is allowed (leap years only); anything that never exists is a configuration error.
  if (
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(2000, month)
  ) {
    throw new RangeError(`Invalid patron day ${month}/${day}`);
  }
}

/**
 * Non-working holidays of `year` in Italy, sorted by date. The current law is applied to every
 * year (the list is meant for report years from 2020), except San Francesco, which only counts
 * from 2026. Sundays are not listed: they are non-working by the week, not as holidays.
 * When two holidays share a date (Easter Monday on 25 April) both are kept, national first.
 */
export function italianHolidays(
  year: number,
  options: HolidayOptions = {},
): Holiday[] {
  if (!Number.isInteger(year)) {
    throw new RangeError(`Year must be an integer, got ${year}`);
  }
  const holidays: Holiday[] = FIXED_NATIONAL_HOLIDAYS.filter(
    (h) => h.from === undefined || year >= h.from,
  ).map((h) => ({
    date: formatLocalDate({ year, month: h.month, day: h.day }),
    name: h.name,
    kind: 'national',
  }));
  holidays.push({
    date: addDaysToLocalDate(easterSunday(year), 1),
    name: "Lunedì dell'Angelo",
    kind: 'national',
  });

  const { patronDay } = options;
  if (patronDay) {
    assertValidPatronDay(patronDay);
    if (patronDay.day <= daysInMonth(year, patronDay.month)) {
      holidays.push({
        date: formatLocalDate({
          year,
          month: patronDay.month,
          day: patronDay.day,
        }),
        name: patronDay.name ?? DEFAULT_PATRON_DAY_NAME,
        kind: 'patron',
      });
    }
  }

  for (const extra of options.extraHolidays ?? []) {
    const { date, name } =
      typeof extra === 'string'
        ? { date: extra, name: DEFAULT_EXTRA_HOLIDAY_NAME }
        : extra;
    if (parseLocalDate(date).year === year) {
      holidays.push({ date, name, kind: 'extra' });
    }
  }

  return holidays.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
