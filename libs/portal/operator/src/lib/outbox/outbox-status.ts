import type { TranslationKey } from '@urp/portal/core';
import type { OutboxStatus } from '@urp/shared/contracts';

/** The outbox states, in the order a message goes through them. */
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'sent', 'held', 'failed', 'uncertain'];

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
  return status === 'held' || status === 'failed' || status === 'uncertain';
}
