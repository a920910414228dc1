import type { OutboxStatus } from '@urp/shared/contracts';

export const OUTBOX_STATUSES = [
  'pending',
  'sending',
  'sent',
  'held',
  'failed',
  'uncertain',
] as const satisfies readonly OutboxStatus[];

/** States an operator may send again by hand; the others are in flight or done. */
export const RESENDABLE_STATUSES: readonly OutboxStatus[] = ['held', 'failed', 'uncertain'];
