import {
  addCalendarDaysLocal,
  formatZonedDateTime,
  localDateOf,
  parseZonedDateTime,
  startOfLocalDay,
  timeZoneOffsetMillis,
  utcToZoned,
  zonedToUtc,
} from './zoned-time';

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(iso);

describe('utcToZoned (Europe/Rome by default)', () => {
  it('reads winter (CET, +1) and summer (CEST, +2) wall-clock time', () => {
    expect(utcToZoned(utc('2026-01-15T08:30:15.250Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 9,
      minute: 30,
      second: 15,
      millisecond: 250,
      weekday: 4,
    });
    expect(utcToZoned(utc('2026-07-15T08:30:00Z'))).toMatchObject({
      hour: 10,
      weekday: 3,
    });
    expect(timeZoneOffsetMillis(utc('2026-01-15T12:00:00Z'))).toBe(HOUR);
    expect(timeZoneOffsetMillis(utc('2026-07-15T12:00:00Z'))).toBe(2 * HOUR);
  });

  it('reports local midnight as hour 0 of the next day, not hour 24', () => {
    expect(utcToZoned(utc('2026-12-31T23:00:00Z'))).toMatchObject({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      weekday: 5,
    });
    expect(localDateOf(utc('2026-12-31T22:59:59.999Z'))).toBe('2026-12-31');
    expect(localDateOf(utc('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('jumps from 01:59:59 CET to 03:00 CEST on 2026-03-29', () => {
    expect(formatZonedDateTime(utc('2026-03-29T00:59:59Z'))).toBe(
      '2026-03-29T01:59:59',
    );
    expect(formatZonedDateTime(utc('2026-03-29T01:00:00Z'))).toBe(
      '2026-03-29T03:00:00',
    );
    expect(utcToZoned(utc('2026-03-29T01:00:00Z')).weekday).toBe(7);
  });

  it('shows 02:xx twice on 2026-10-25', () => {
    expect(formatZonedDateTime(utc('2026-10-25T00:30:00Z'))).toBe(
      '2026-10-25T02:30:00',
    );
    expect(formatZonedDateTime(utc('2026-10-25T01:30:00Z'))).toBe(
      '2026-10-25T02:30:00',
    );
    expect(timeZoneOffsetMillis(utc('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(timeZoneOffsetMillis(utc('2026-10-25T01:00:00Z'))).toBe(HOUR);
  });

  it('honours another time zone', () => {
    expect(
      formatZonedDateTime(utc('2026-07-01T12:00:00Z'), 'America/New_York'),
    ).toBe('2026-07-01T08:00:00');
    expect(() =>
      utcToZoned(utc('2026-07-01T12:00:00Z'), 'Mars/Olympus'),
    ).toThrow(RangeError);
    expect(() => utcToZoned(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('zonedToUtc', () => {
  it('converts ordinary winter and summer times', () => {
    expect(
      zonedToUtc({
        year: 2026,
        month: 1,
        day: 15,
        hour: 9,
        minute: 30,
      }).toISOString(),
    ).toBe('2026-01-15T08:30:00.000Z');
    expect(
      zonedToUtc({
        year: 2026,
        month: 7,
        day: 15,
        hour: 9,
        minute: 30,
      }).toISOString(),
    ).toBe('2026-07-15T07:30:00.000Z');
  });

  it('moves a non-existent spring-forward time forward: 02:30 -> 03:30 CEST', () => {
    const result = zonedToUtc({
      year: 2026,
      month: 3,
      day: 29,
      hour: 2,
      minute: 30,
    });
    expect(result.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(formatZonedDateTime(result)).toBe('2026-03-29T03:30:00');
    // The boundaries of the gap are real times.
    expect(
      zonedToUtc({
        year: 2026,
        month: 3,
        day: 29,
        hour: 1,
        minute: 59,
      }).toISOString(),
    ).toBe('2026-03-29T00:59:00.000Z');
    expect(
      zonedToUtc({ year: 2026, month: 3, day: 29, hour: 3 }).toISOString(),
    ).toBe('2026-03-29T01:00:00.000Z');
  });

  it('resolves an ambiguous autumn time to its first occurrence (CEST)', () => {
    expect(
      zonedToUtc({
        year: 2026,
        month: 10,
        day: 25,
        hour: 2,
        minute: 30,
      }).toISOString(),
    ).toBe('2026-10-25T00:30:00.000Z');
    expect(
      zonedToUtc({ year: 2026, month: 10, day: 25, hour: 3 }).toISOString(),
    ).toBe('2026-10-25T02:00:00.000Z');
    expect(
      zonedToUtc({
        year: 2026,
        month: 10,
        day: 25,
        hour: 1,
        minute: 59,
      }).toISOString(),
    ).toBe('2026-10-24T23:59:00.000Z');
  });

  it('applies the same rules in another zone (New York, 2026-03-08 and 2026-11-01)', () => {
    expect(
      zonedToUtc(
        { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T07:30:00.000Z');
    expect(
      zonedToUtc(
        { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
  });

  it('round-trips every hour of 2026 except the repeated autumn hour', () => {
    const repeated = new Set([
      '2026-10-25T01:00:00.000Z',
      '2026-10-25T01:30:00.000Z',
    ]);
    for (
      let t = Date.parse('2026-01-01T00:00:00Z');
      t < Date.parse('2027-01-01T00:00:00Z');
      t += HOUR / 2
    ) {
      const instant = new Date(t);
      if (repeated.has(instant.toISOString())) {
        expect(zonedToUtc(utcToZoned(instant)).getTime()).toBe(t - HOUR);
      } else {
        expect(zonedToUtc(utcToZoned(instant)).getTime()).toBe(t);
      }
    }
  });

  it('rejects fields out of range', () => {
    expect(() => zonedToUtc({ year: 2026, month: 2, day: 29 })).toThrow(
      RangeError,
    );
    expect(() =>
      zonedToUtc({ year: 2026, month: 1, day: 1, hour: 24 }),
    ).toThrow(RangeError);
  });
});

describe('parseZonedDateTime / startOfLocalDay', () => {
  it('parses wall-clock strings and refuses ones that already carry an offset', () => {
    expect(parseZonedDateTime('2026-03-10T09:00').toISOString()).toBe(
      '2026-03-10T08:00:00.000Z',
    );
    expect(parseZonedDateTime('2026-03-10 09:00:05.5').toISOString()).toBe(
      '2026-03-10T08:00:05.500Z',
    );
    expect(parseZonedDateTime('2026-06-01').toISOString()).toBe(
      '2026-05-31T22:00:00.000Z',
    );
    expect(() => parseZonedDateTime('2026-03-10T09:00Z')).toThrow(RangeError);
    expect(() => parseZonedDateTime('2026-03-10T09:00+01:00')).toThrow(
      RangeError,
    );
  });

  it('starts the report year at local midnight', () => {
    expect(startOfLocalDay('2020-01-01').toISOString()).toBe(
      '2019-12-31T23:00:00.000Z',
    );
    expect(startOfLocalDay('2021-01-01').toISOString()).toBe(
      '2020-12-31T23:00:00.000Z',
    );
  });
});

describe('addCalendarDaysLocal', () => {
  it('keeps 09:00 local across the spring change: 2026-03-10T09:00 + 30 d = 2026-04-09T09:00 (07:00Z)', () => {
    const received = parseZonedDateTime('2026-03-10T09:00');
    expect(received.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    const due = addCalendarDaysLocal(received, 30);
    expect(due.toISOString()).toBe('2026-04-09T07:00:00.000Z');
    expect(formatZonedDateTime(due)).toBe('2026-04-09T09:00:00');
    expect(due.getTime() - received.getTime()).toBe(30 * 24 * HOUR - HOUR);
  });

  it('keeps 09:00 local across the autumn change (elapsed 30 d + 1 h)', () => {
    const received = parseZonedDateTime('2026-10-10T09:00');
    const due = addCalendarDaysLocal(received, 30);
    expect(due.toISOString()).toBe('2026-11-09T08:00:00.000Z');
    expect(due.getTime() - received.getTime()).toBe(30 * 24 * HOUR + HOUR);
  });

  it('moves a due time that lands in the spring gap forward', () => {
    const due = addCalendarDaysLocal(
      parseZonedDateTime('2026-02-27T02:30'),
      30,
    );
    expect(formatZonedDateTime(due)).toBe('2026-03-29T03:30:00');
  });

  it('lands on the first 02:30 when the due time is ambiguous', () => {
    const due = addCalendarDaysLocal(
      parseZonedDateTime('2026-09-25T02:30'),
      30,
    );
    expect(due.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('goes backwards and across leap days', () => {
    expect(
      formatZonedDateTime(
        addCalendarDaysLocal(parseZonedDateTime('2024-03-30T23:30'), -30),
      ),
    ).toBe('2024-02-29T23:30:00');
  });
});
