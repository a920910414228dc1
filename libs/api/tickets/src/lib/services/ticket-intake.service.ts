import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { OutboxService } from '@urp/api/mail';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '@urp/api/platform';
import { utcToZoned } from '@urp/shared/calendar';
import type { TicketReceipt } from '@urp/shared/contracts';
import type { TicketChannel, TicketKind } from '@urp/shared/domain';

import { TicketEntity } from '../entities/ticket.entity';
import { acknowledgementMail } from '../mail/ticket-mail-templates';
import { slaDueAt, type SlaSettings } from '../sla/sla-policy';
import { slaSettingsFrom } from '../sla/sla-settings';
import { checkAttachments, type UploadedFileLike } from './attachment-policy';
import { allocateTicketCode, generatePin, hashPin } from './ticket-code';
import { appendTicketEvent } from './ticket-events';
import { mailContext } from './mail-context';

export interface NewTicket {
  kind: TicketKind;
  channel: TicketChannel;
  subject: string;
  body: string;
  name?: string;
  email?: string;
  phone?: string;
  privacyConsent: boolean;
  /** Staff member filing on the person's behalf (assisted filing). */
  filedBy?: string | null;
}

/** Every way a ticket enters the system ends here, with the same clocks and the same receipt. */
@Injectable()
export class TicketIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {
    this.sla = slaSettingsFrom(config);
  }

  private readonly sla: SlaSettings;

  async file(input: NewTicket, files: UploadedFileLike[] = []): Promise<TicketReceipt> {
    if (!input.email && !input.phone) {
      throw new BadRequestException('email or phone is required, so that the URP can answer');
    }
    // Validated before the transaction: a rejected file leaves nothing behind.
    const attachments = checkAttachments(files, this.config.tickets);
    const receivedAt = this.clock.now();
    const pin = generatePin();

    return this.db.transaction(async (manager) => {
      const { code, seq } = await allocateTicketCode(manager, utcToZoned(receivedAt).year);
      const ticket = manager.create(TicketEntity, {
        code,
        year: utcToZoned(receivedAt).year,
        seq,
        kind: input.kind,
        channel: input.channel,
        status: 'new',
        priority: 'normal',
        subject: input.subject,
        body: input.body,
        citizenName: input.name ?? null,
        citizenEmail: input.email?.toLowerCase() ?? null,
        citizenPhone: input.phone ?? null,
        privacyConsentAt: input.privacyConsent ? receivedAt : null,
        pinHash: hashPin(code, pin),
        officeId: null,
        assigneeId: null,
        createdBy: input.filedBy ?? null,
        receivedAt,
        pausedSince: null,
        pausedMs: 0,
        firstRepliedAt: null,
        forwardedAt: null,
        feedbackSentAt: null,
        closedAt: null,
        closeReason: null,
        updatedAt: receivedAt,
      });
      ticket.dueAt = slaDueAt({ ...ticket, closed: false }, this.sla);
      await manager.insert(TicketEntity, ticket);

      for (const file of attachments) {
        await manager.query(
          `INSERT INTO ticket_attachment (ticket_id, filename, content_type, size_bytes, sha256, content)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [ticket.id, file.filename, file.contentType, file.size, file.sha256, file.content],
        );
      }
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'received',
        at: receivedAt,
        actorKind: input.filedBy ? 'staff' : 'citizen',
        actorId: input.filedBy ?? null,
        data: { channel: input.channel, kind: input.kind, attachments: attachments.length },
      });
      await this.acknowledge(manager, ticket);
      return {
        id: ticket.id,
        code,
        pin,
        receivedAt: receivedAt.toISOString(),
        dueAt: ticket.dueAt?.toISOString() ?? null,
      };
    });
  }

  private async acknowledge(manager: EntityManager, ticket: TicketEntity): Promise<void> {
    if (!ticket.citizenEmail) return;
    const mail = acknowledgementMail(ticket, ticket.dueAt, mailContext(this.config));
    const queued = await this.outbox.enqueue(manager, {
      to: ticket.citizenEmail,
      subject: mail.subject,
      text: mail.text,
      ticketId: ticket.id,
      kind: 'acknowledgement',
    });
    await appendTicketEvent(manager, {
      ticketId: ticket.id,
      type: 'acknowledged',
      at: ticket.receivedAt,
      actorKind: 'system',
      data: { outboxId: queued.id, messageId: queued.messageId },
    });
  }
}
