import { BusinessCalendar } from './business-calendar';
import { GENOVA_PATRON_DAY } from './italian-holidays';
import { formatZonedDateTime, parseZonedDateTime } from './zoned-time';

const HOUR = 3_600_000;
const at = (local: string) => parseZonedDateTime(local);
const local = (date: Date) => formatZonedDateTime(date).slice(0, 16);

describe('BusinessCalendar days', () => {
  const calendar = new BusinessCalendar();

  it('knows national holidays by their Italian name', () => {
    expect(calendar.holidayName('2026-04-06')).toBe("Lunedì dell'Angelo");
    expect(calendar.holidayName('2026-04-25')).toBe('Festa della Liberazione');
    expect(calendar.holidayName('2026-10-04')).toBe("San Francesco d'Assisi");
    expect(calendar.holidayName('2025-10-04')).toBeUndefined();
    expect(calendar.holidayName('2026-04-07')).toBeUndefined();
    expect(calendar.isHoliday('2026-04-05')).toBe(false); // Easter Sunday is a Sunday, not a listed holiday
  });

  it('treats weekends and holidays as non-working', () => {
    expect(calendar.isWorkingDay('2026-04-24')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-04-25')).toBe(false); // Saturday and holiday
    expect(calendar.isWorkingDay('2026-05-09')).toBe(false); // plain Saturday
    expect(calendar.isHoliday('2026-05-09')).toBe(false);
    expect(calendar.isWorkingDay('2026-05-10')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-05-01')).toBe(false); // Friday, Festa del Lavoro
    expect(calendar.isWorkingDay('2024-10-04')).toBe(true); // Friday, before Legge 151/2025
    expect(calendar.isWorkingDay('2027-10-04')).toBe(false); // Monday, San Francesco
  });

  it('reads a Date as its local day in Europe/Rome, not in UTC', () => {
    // 2026-04-06 00:30 in Rome, still 5 April in UTC.
    expect(calendar.isHoliday(new Date('2026-04-05T22:30:00Z'))).toBe(true);
    // 2026-04-07 00:30 in Rome, still Easter Monday in UTC.
    expect(calendar.isWorkingDay(new Date('2026-04-06T22:30:00Z'))).toBe(true);
  });

  it('adds the patron day only where configured (Genova, 24 June)', () => {
    const genova = new BusinessCalendar({ patronDay: GENOVA_PATRON_DAY });
    expect(genova.isWorkingDay('2026-06-24')).toBe(false);
    expect(genova.holidayName('2026-06-24')).toBe('San Giovanni Battista');
    expect(
      new BusinessCalendar({ patronDay: { month: 6, day: 24 } }).holidayName(
        '2026-06-24',
      ),
    ).toBe('Santo patrono');
    expect(calendar.isWorkingDay('2026-06-24')).toBe(true);
  });

  it('honours extra closures and custom working weekdays', () => {
    const custom = new BusinessCalendar({
      extraHolidays: [
        { date: '2026-12-24', name: 'Vigilia di Natale' },
        '2026-12-31',
      ],
      workingWeekdays: [1, 2, 3, 4, 5, 6],
    });
    expect(custom.holidayName('2026-12-24')).toBe('Vigilia di Natale');
    expect(custom.isWorkingDay('2026-12-31')).toBe(false);
    expect(custom.isWorkingDay('2026-05-09')).toBe(true); // Saturday now works
    expect(custom.isWorkingDay('2026-05-10')).toBe(false);
  });

  it('lists both holidays when two fall on one day, the national one named first', () => {
    const genova = new BusinessCalendar({
      patronDay: { month: 4, day: 25, name: 'Patrono' },
    });
    expect(genova.holidaysOn('2026-04-25').map((h) => h.kind)).toEqual([
      'national',
      'patron',
    ]);
    expect(genova.holidayName('2026-04-25')).toBe('Festa della Liberazione');
  });

  it('memoises the holidays of a year', () => {
    expect(calendar.holidays(2026)).toBe(calendar.holidays(2026));
    expect(Object.isFrozen(calendar.holidays(2026))).toBe(true);
  });

  it('rejects bad configuration up front', () => {
    expect(() => new BusinessCalendar({ workingWeekdays: [] })).toThrow(
      RangeError,
    );
    expect(() => new BusinessCalendar({ workingWeekdays: [0, 1] })).toThrow(
      RangeError,
    );
    expect(() => new BusinessCalendar({ timeZone: 'Europe/Atlantis' })).toThrow(
      RangeError,
    );
    expect(
      () => new BusinessCalendar({ extraHolidays: ['2026-02-30'] }),
    ).toThrow(RangeError);
    expect(
      () => new BusinessCalendar({ patronDay: { month: 2, day: 30 } }),
    ).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('24/04/2026')).toThrow(RangeError);
  });

  it('finds the next and previous working day', () => {
    expect(calendar.nextWorkingDay('2026-04-03')).toBe('2026-04-07');
    expect(calendar.previousWorkingDay('2026-04-07')).toBe('2026-04-03');
  });
});

describe('BusinessCalendar.addWorkingDays', () => {
  const calendar = new BusinessCalendar();

  it('keeps the wall-clock time on the n-th following working day', () => {
    expect(local(calendar.addWorkingDays(at('2026-04-24T10:00'), 1))).toBe(
      '2026-04-27T10:00',
    );
    expect(local(calendar.addWorkingDays(at('2026-04-30T10:00'), 1))).toBe(
      '2026-05-04T10:00',
    );
    expect(local(calendar.addWorkingDays(at('2026-04-03T10:00'), 2))).toBe(
      '2026-04-08T10:00',
    );
    expect(local(calendar.addWorkingDays(at('2026-05-09T10:00'), 1))).toBe(
      '2026-05-11T10:00',
    );
    expect(local(calendar.addWorkingDays(at('2026-04-07T10:00'), -1))).toBe(
      '2026-04-03T10:00',
    );
    expect(calendar.addWorkingDays(at('2026-05-09T10:00'), 0)).toEqual(
      at('2026-05-09T10:00'),
    );
  });

  it('is not shifted by the DST change over the weekend', () => {
    const due = calendar.addWorkingDays(at('2026-03-27T10:00'), 1);
    expect(due.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });
});

describe('BusinessCalendar.addWorkingHours (working-day mode)', () => {
  const calendar = new BusinessCalendar();
  const due48 = (received: string) =>
    local(calendar.addWorkingHours(at(received), 48));

  it('skips the weekend: Friday 10:00 + 48 h = Tuesday 10:00', () => {
    expect(due48('2026-05-08T10:00')).toBe('2026-05-12T10:00');
    expect(due48('2026-04-24T10:00')).toBe('2026-04-28T10:00'); // Saturday 25 April changes nothing
  });

  it('counts plain weekdays as 24 h each', () => {
    expect(due48('2026-05-04T10:00')).toBe('2026-05-06T10:00');
    expect(local(calendar.addWorkingHours(at('2026-05-04T10:00'), 1.5))).toBe(
      '2026-05-04T11:30',
    );
  });

  it('skips weekday holidays', () => {
    expect(due48('2026-04-03T10:00')).toBe('2026-04-08T10:00'); // Easter Monday 6 April
    expect(due48('2026-04-30T10:00')).toBe('2026-05-05T10:00'); // Friday 1 May
    expect(due48('2027-10-01T10:00')).toBe('2027-10-06T10:00'); // Monday 4 October 2027
    expect(due48('2024-10-03T10:00')).toBe('2024-10-07T10:00'); // 4 October 2024 was working
  });

  it('starts counting at the next working day when received on a weekend or holiday', () => {
    expect(due48('2026-05-09T10:00')).toBe('2026-05-13T00:00'); // Saturday
    expect(due48('2026-04-25T10:00')).toBe('2026-04-29T00:00'); // Saturday and holiday
    expect(due48('2026-04-06T15:00')).toBe('2026-04-09T00:00'); // Easter Monday
    expect(local(calendar.addWorkingHours(at('2026-05-09T10:00'), 0))).toBe(
      '2026-05-11T00:00',
    );
  });

  it('rolls a due time that ends a working day over to the next working day', () => {
    expect(due48('2026-05-07T00:00')).toBe('2026-05-11T00:00');
    expect(local(calendar.addWorkingHours(at('2026-05-08T10:00'), 14))).toBe(
      '2026-05-11T00:00',
    );
    expect(local(calendar.addWorkingHours(at('2026-05-08T10:00'), 13.5))).toBe(
      '2026-05-08T23:30',
    );
  });

  it('keeps the office clock across DST: Friday 27 March 10:00 CET + 48 h = Tuesday 10:00 CEST', () => {
    const due = calendar.addWorkingHours(at('2026-03-27T10:00'), 48);
    expect(due.toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });

  it('counts a working DST day as 24 wall-clock hours (documented choice)', () => {
    const everyDay = new BusinessCalendar({
      workingWeekdays: [1, 2, 3, 4, 5, 6, 7],
    });
    const due = everyDay.addWorkingHours(at('2026-03-28T10:00'), 24);
    expect(local(due)).toBe('2026-03-29T10:00');
    expect(due.getTime() - at('2026-03-28T10:00').getTime()).toBe(23 * HOUR);
  });

  it('follows the patron day of the calendar', () => {
    const genova = new BusinessCalendar({ patronDay: GENOVA_PATRON_DAY });
    expect(local(genova.addWorkingHours(at('2026-06-23T10:00'), 48))).toBe(
      '2026-06-26T10:00',
    );
    expect(due48('2026-06-23T10:00')).toBe('2026-06-25T10:00');
  });

  it('rejects negative or non-finite hours', () => {
    expect(() => calendar.addWorkingHours(at('2026-05-08T10:00'), -1)).toThrow(
      RangeError,
    );
    expect(() =>
      calendar.addWorkingHours(
        at('2026-05-08T10:00'),
        Number.POSITIVE_INFINITY,
      ),
    ).toThrow(RangeError);
  });
});

describe('BusinessCalendar.workingMillisBetween', () => {
  const calendar = new BusinessCalendar();

  it('measures exactly 48 h from Friday 10:00 to Tuesday 10:00 (a reply then is met)', () => {
    const received = at('2026-04-24T10:00');
    const reply = at('2026-04-28T10:00');
    expect(calendar.workingMillisBetween(received, reply)).toBe(48 * HOUR);
    expect(reply.getTime()).toBeLessThanOrEqual(
      calendar.addWorkingHours(received, 48).getTime(),
    );
    expect(
      calendar.workingMillisBetween(received, new Date(reply.getTime() + 1)),
    ).toBe(48 * HOUR + 1);
  });

  it('ignores weekends and holidays, and is negative when reversed', () => {
    expect(
      calendar.workingMillisBetween(
        at('2026-05-08T10:00'),
        at('2026-05-09T09:00'),
      ),
    ).toBe(14 * HOUR);
    expect(
      calendar.workingMillisBetween(
        at('2026-05-09T09:00'),
        at('2026-05-10T23:00'),
      ),
    ).toBe(0);
    expect(
      calendar.workingMillisBetween(
        at('2026-04-03T10:00'),
        at('2026-04-07T10:00'),
      ),
    ).toBe(24 * HOUR);
    expect(
      calendar.workingMillisBetween(
        at('2026-04-07T10:00'),
        at('2026-04-03T10:00'),
      ),
    ).toBe(-24 * HOUR);
  });

  it('is the inverse of addWorkingHours: due is the last instant within the budget', () => {
    const genova = new BusinessCalendar({ patronDay: GENOVA_PATRON_DAY });
    const start = at('2026-03-20T00:00').getTime();
    const end = at('2026-05-10T00:00').getTime();
    for (let t = start; t < end; t += 7 * HOUR + 13 * 60_000) {
      const received = new Date(t);
      for (const hours of [0, 10, 48]) {
        const due = genova.addWorkingHours(received, hours);
        expect(genova.workingMillisBetween(received, due)).toBe(hours * HOUR);
        expect(
          genova.workingMillisBetween(received, new Date(due.getTime() + 1)),
        ).toBe(hours * HOUR + 1);
        expect(genova.isWorkingDay(due)).toBe(true);
      }
    }
  });
});

describe('BusinessCalendar calendar mode', () => {
  const calendar = new BusinessCalendar();

  it('adds absolute hours, so the clock moves with DST', () => {
    const due = calendar.addCalendarHours(at('2026-03-28T12:00'), 48);
    expect(due.getTime() - at('2026-03-28T12:00').getTime()).toBe(48 * HOUR);
    expect(local(due)).toBe('2026-03-30T13:00');
    expect(local(calendar.addCalendarHours(at('2026-05-08T10:00'), 48))).toBe(
      '2026-05-10T10:00',
    );
  });

  it('adds calendar days on the office clock', () => {
    expect(
      calendar.addCalendarDays(at('2026-03-10T09:00'), 30).toISOString(),
    ).toBe('2026-04-09T07:00:00.000Z');
  });
});
