import { GENOVA_PATRON_DAY, italianHolidays } from './italian-holidays';

const dates = (year: number) => italianHolidays(year).map((h) => h.date);

describe('italianHolidays', () => {
  it('lists the 2026 national holidays in date order, with San Francesco', () => {
    expect(italianHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Capodanno', kind: 'national' },
      { date: '2026-01-06', name: 'Epifania', kind: 'national' },
      { date: '2026-04-06', name: "Lunedì dell'Angelo", kind: 'national' },
      { date: '2026-04-25', name: 'Festa della Liberazione', kind: 'national' },
      { date: '2026-05-01', name: 'Festa del Lavoro', kind: 'national' },
      { date: '2026-06-02', name: 'Festa della Repubblica', kind: 'national' },
      {
        date: '2026-08-15',
        name: 'Assunzione di Maria Vergine (Ferragosto)',
        kind: 'national',
      },
      { date: '2026-10-04', name: "San Francesco d'Assisi", kind: 'national' },
      { date: '2026-11-01', name: 'Ognissanti', kind: 'national' },
      { date: '2026-12-08', name: 'Immacolata Concezione', kind: 'national' },
      { date: '2026-12-25', name: 'Natale', kind: 'national' },
      { date: '2026-12-26', name: 'Santo Stefano', kind: 'national' },
    ]);
  });

  it('has 4 October only from 2026 (Legge 151/2025)', () => {
    expect(dates(2025)).not.toContain('2025-10-04');
    expect(dates(2020)).not.toContain('2020-10-04');
    expect(dates(2025)).toHaveLength(11);
    expect(dates(2026)).toContain('2026-10-04');
    expect(dates(2027)).toContain('2027-10-04');
  });

  it('puts Easter Monday after the computed Easter Sunday', () => {
    expect(dates(2020)).toContain('2020-04-13');
    expect(dates(2024)).toContain('2024-04-01');
    expect(dates(2038)).toContain('2038-04-26');
  });

  it('keeps both holidays when Easter Monday falls on 25 April (2011)', () => {
    const onTheDay = italianHolidays(2011).filter(
      (h) => h.date === '2011-04-25',
    );
    expect(onTheDay.map((h) => h.name)).toEqual([
      'Festa della Liberazione',
      "Lunedì dell'Angelo",
    ]);
  });

  it('adds the patron day, named or with the default name', () => {
    expect(
      italianHolidays(2026, { patronDay: GENOVA_PATRON_DAY }),
    ).toContainEqual({
      date: '2026-06-24',
      name: 'San Giovanni Battista',
      kind: 'patron',
    });
    expect(
      italianHolidays(2026, { patronDay: { month: 6, day: 24 } }),
    ).toContainEqual({
      date: '2026-06-24',
      name: 'Santo patrono',
      kind: 'patron',
    });
  });

  it('skips a 29 February patron day in common years and rejects impossible ones', () => {
    expect(
      italianHolidays(2025, { patronDay: { month: 2, day: 29 } }).some(
        (h) => h.kind === 'patron',
      ),
    ).toBe(false);
    expect(
      italianHolidays(2024, { patronDay: { month: 2, day: 29 } }),
    ).toContainEqual(
      expect.objectContaining({ date: '2024-02-29', kind: 'patron' }),
    );
    expect(() =>
      italianHolidays(2026, { patronDay: { month: 4, day: 31 } }),
    ).toThrow(RangeError);
  });

  it('adds extra closures of that year only, sorted among the others', () => {
    const list = italianHolidays(2026, {
      extraHolidays: [
        '2026-12-24',
        { date: '2026-04-24', name: 'Ponte della Liberazione' },
        '2027-01-02',
      ],
    });
    expect(list.filter((h) => h.kind === 'extra')).toEqual([
      { date: '2026-04-24', name: 'Ponte della Liberazione', kind: 'extra' },
      { date: '2026-12-24', name: 'Chiusura degli uffici', kind: 'extra' },
    ]);
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
    expect(list.map((h) => h.date)).toEqual(sorted.map((h) => h.date));
    expect(() =>
      italianHolidays(2026, { extraHolidays: ['2026-02-30'] }),
    ).toThrow(RangeError);
  });
});
