import { EN } from '../i18n/en.dictionary';
import { IT, type TranslationKey } from '../i18n/it.dictionary';
import { formatDuration, slaBadgeClass, slaState, slaText, type SlaTicket } from './sla';

function translator(dictionary: Record<TranslationKey, string>) {
  return (key: TranslationKey, params?: Record<string, string | number>) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}
const italian = translator(IT);
const english = translator(EN);

const NOW = new Date('2026-03-10T10:00:00Z');
const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const ticket = (patch: Partial<SlaTicket>): SlaTicket => ({ dueAt: null, paused: false, status: 'open', ...patch });

describe('SLA badge text', () => {
  test.each([
    [2 * 24 * HOUR + 4 * HOUR + 20 * 60_000, 'scade tra 2 g 4 h'],
    [3 * 24 * HOUR, 'scade tra 3 g'],
    [5 * HOUR + 59 * 60_000, 'scade tra 5 h'],
    [25 * 60_000, 'scade tra 25 min'],
    [10_000, 'scade tra 1 min'],
  ])('%d ms before the deadline reads "%s"', (left, text) => {
    expect(slaText(slaState(ticket({ dueAt: at(left) }), NOW), italian)).toBe(text);
  });

  test.each([
    [3 * HOUR + 10 * 60_000, 'scaduta da 3 h'],
    [26 * HOUR, 'scaduta da 1 g 2 h'],
    [90_000, 'scaduta da 1 min'],
  ])('%d ms after the deadline reads "%s"', (late, text) => {
    expect(slaText(slaState(ticket({ dueAt: at(-late) }), NOW), italian)).toBe(text);
  });

  it('says "in pausa" while the clock is paused, whatever the due time', () => {
    expect(slaText(slaState(ticket({ paused: true, dueAt: at(-HOUR) }), NOW), italian)).toBe('in pausa');
  });

  it('has no deadline once closed or met', () => {
    expect(slaState(ticket({ status: 'closed', dueAt: at(-HOUR) }), NOW)).toEqual({ kind: 'none' });
    expect(slaText(slaState(ticket({ dueAt: null }), NOW), italian)).toBe('nessuna scadenza');
  });

  it('speaks English too', () => {
    expect(slaText(slaState(ticket({ dueAt: at(2 * 24 * HOUR + 4 * HOUR) }), NOW), english)).toBe('due in 2 d 4 h');
    expect(slaText(slaState(ticket({ dueAt: at(-3 * HOUR) }), NOW), english)).toBe('overdue by 3 h');
  });

  it('colours overdue as danger and the last day as warning; the text says it anyway', () => {
    expect(slaBadgeClass(slaState(ticket({ dueAt: at(-1) }), NOW))).toBe('bg-danger');
    expect(slaBadgeClass(slaState(ticket({ dueAt: at(HOUR) }), NOW))).toBe('bg-warning');
    expect(slaBadgeClass(slaState(ticket({ dueAt: at(48 * HOUR) }), NOW))).toBe('bg-primary');
    expect(slaBadgeClass(slaState(ticket({ paused: true }), NOW))).toBe('bg-secondary');
  });

  it('formats exact durations', () => {
    expect(formatDuration(24 * HOUR, italian)).toBe('1 g');
    expect(formatDuration(HOUR, italian)).toBe('1 h');
  });
});
