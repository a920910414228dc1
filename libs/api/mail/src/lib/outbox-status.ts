export { OUTBOX_STATUSES, RESENDABLE_STATUSES } from '@urp/shared/contracts';
