import type { TicketQueueItem } from '@urp/shared/contracts';

import type { TranslationKey } from '../i18n/it.dictionary';
import type { TranslationParams } from '../i18n/translation.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Under this much time left, a deadline is shown as close. */
export const SLA_SOON_MS = DAY;

export type SlaState =
  | { kind: 'none' }
  | { kind: 'paused' }
  | { kind: 'due'; ms: number; soon: boolean }
  | { kind: 'overdue'; ms: number };

export type SlaTicket = Pick<TicketQueueItem, 'dueAt' | 'paused' | 'status'>;

/** Where a ticket stands against its deadline at `now`. */
export function slaState(ticket: SlaTicket, now: Date): SlaState {
  if (ticket.status === 'closed') return { kind: 'none' };
  if (ticket.paused) return { kind: 'paused' };
  if (!ticket.dueAt) return { kind: 'none' };
  const left = Date.parse(ticket.dueAt) - now.getTime();
  if (Number.isNaN(left)) return { kind: 'none' };
  return left < 0 ? { kind: 'overdue', ms: -left } : { kind: 'due', ms: left, soon: left < SLA_SOON_MS };
}

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** "2 g 4 h", "3 h", "25 min": days and hours when a day or more, hours alone under a day, minutes under an hour. */
export function formatDuration(ms: number, t: Translate): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  if (days > 0) {
    const dayText = t('duration.days', { n: days });
    return hours > 0 ? `${dayText} ${t('duration.hours', { n: hours })}` : dayText;
  }
  if (hours > 0) return t('duration.hours', { n: hours });
  return t('duration.minutes', { n: Math.max(1, Math.floor(ms / MINUTE)) });
}

/** "scade tra 2 g 4 h", "scaduta da 3 h", "in pausa", "nessuna scadenza". */
export function slaText(state: SlaState, t: Translate): string {
  switch (state.kind) {
    case 'paused':
      return t('sla.paused');
    case 'due':
      return t('sla.dueIn', { time: formatDuration(state.ms, t) });
    case 'overdue':
      return t('sla.overdueBy', { time: formatDuration(state.ms, t) });
    default:
      return t('sla.none');
  }
}

/** bootstrap-italia badge background; the text says the same, so colour is never the only cue. */
export function slaBadgeClass(state: SlaState): string {
  switch (state.kind) {
    case 'overdue':
      return 'bg-danger';
    case 'due':
      return state.soon ? 'bg-warning' : 'bg-primary';
    case 'paused':
      return 'bg-secondary';
    default:
      return '';
  }
}
