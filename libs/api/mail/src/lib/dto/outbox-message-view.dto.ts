import { ApiProperty } from '@nestjs/swagger';

import type { OutboxMessageView, OutboxStatus } from '@urp/shared/contracts';

import { OUTBOX_STATUSES } from '../outbox-status';

/** OpenAPI description of OutboxMessageView. */
export class OutboxMessageViewDto implements OutboxMessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: OUTBOX_STATUSES,
    description:
      'pending: waiting to be sent; sending: handed to a worker; sent; held: no SMTP server configured; ' +
      'failed: refused or out of attempts; uncertain: interrupted while sending, check before resending',
  })
  status!: OutboxStatus;
  @ApiProperty({ format: 'email' }) to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'Plain-text body.' }) text!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ticketId!: string | null;
  @ApiProperty({ description: 'Delivery attempts started since the message was queued (or resent).' })
  attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed, as the server said it.' })
  lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}
