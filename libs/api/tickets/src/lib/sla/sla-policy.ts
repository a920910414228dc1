import { addCalendarDaysLocal, type BusinessCalendar } from '@urp/shared/calendar';
import type { TicketKind } from '@urp/shared/domain';

export interface SlaSettings {
  firstReplyHours: number;
  complaintFeedbackDays: number;
  /** Set: first-reply hours count only on working days of this calendar (24 h each). */
  workingCalendar?: BusinessCalendar | null;
}

export interface SlaState {
  kind: TicketKind;
  receivedAt: Date;
  /** Total time the clock was paused (waiting for the citizen), closed pauses only. */
  pausedMs: number;
  pausedSince: Date | null;
  firstRepliedAt: Date | null;
  feedbackSentAt: Date | null;
  closed: boolean;
}

/**
 * The charter's promise for a ticket: complaints get feedback within N calendar days (same
 * wall-clock time in Europe/Rome, so DST does not shift it); everything else a first reply within
 * N hours. Paused time extends the deadline. Null when there is no running clock: met, paused or closed.
 */
export function slaDueAt(state: SlaState, settings: SlaSettings): Date | null {
  if (state.closed || state.pausedSince) return null;
  if (state.kind === 'complaint') {
    if (state.feedbackSentAt) return null;
    return new Date(addCalendarDaysLocal(state.receivedAt, settings.complaintFeedbackDays).getTime() + state.pausedMs);
  }
  if (state.firstRepliedAt) return null;
  const due = settings.workingCalendar
    ? settings.workingCalendar.addWorkingHours(state.receivedAt, settings.firstReplyHours)
    : new Date(state.receivedAt.getTime() + settings.firstReplyHours * 3_600_000);
  return new Date(due.getTime() + state.pausedMs);
}
