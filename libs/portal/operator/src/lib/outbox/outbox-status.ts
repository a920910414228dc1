import type { TranslationKey } from '@urp/portal/core';
import { type OutboxStatus, OUTBOX_STATUSES, RESENDABLE_STATUSES } from '@urp/shared/contracts';

export { OUTBOX_STATUSES };

export const OUTBOX_STATUS_LABELS: Readonly<Record<OutboxStatus, TranslationKey>> = {
  pending: 'outbox.status.pending',
  sending: 'outbox.status.sending',
  sent: 'outbox.status.sent',
  held: 'outbox.status.held',
  failed: 'outbox.status.failed',
  uncertain: 'outbox.status.uncertain',
};

export const OUTBOX_STATUS_BADGES: Readonly<Record<OutboxStatus, string>> = {
  pending: 'bg-primary',
  sending: 'bg-primary',
  sent: 'bg-success',
  held: 'bg-warning',
  failed: 'bg-danger',
  uncertain: 'bg-warning',
};

/** Messages an operator may queue again. */
export function canResend(status: OutboxStatus): boolean {
  return RESENDABLE_STATUSES.includes(status);
}
