import { BadRequestException, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

import { OutboxService } from '@urp/api/mail';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock, PeriodicJobs } from '@urp/api/platform';
import { utcToZoned } from '@urp/shared/calendar';
import type { TicketReceipt } from '@urp/shared/contracts';
import type { TicketChannel, TicketKind } from '@urp/shared/domain';

import { TicketEntity } from '../entities/ticket.entity';
import { acknowledgementMail } from '../mail/ticket-mail-templates';
import { slaDueAt, type SlaSettings } from '../sla/sla-policy';
import { slaSettingsFrom } from '../sla/sla-settings';
import { checkAttachments, type UploadedFileLike } from './attachment-policy';
import { mailContext } from './mail-context';
import { generatePin } from './ticket-code';
import { appendTicketEvent } from './ticket-events';
import { INSERT_FILING_SQL } from './ticket-filing.sql';

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

/** Filings older than this without their acknowledgement are picked up by the sweep. */
const ACK_GRACE_MS = 60_000;

/**
 * Every way a ticket enters the system ends here, with the same clocks and the same receipt.
 * The filing is one atomic statement; the acknowledgement follows in its own transaction, keyed so
 * it is written once, and a sweep sends any that a crash left out.
 */
@Injectable()
export class TicketIntakeService implements OnModuleInit {
  private readonly sla: SlaSettings;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly jobs: PeriodicJobs,
  ) {
    this.sla = slaSettingsFrom(config);
  }

  onModuleInit(): void {
    this.jobs.register({
      name: 'missing-acknowledgements',
      intervalMs: this.config.jobs.reminderIntervalMs,
      run: () => this.acknowledgeMissing(),
    });
  }

  async file(input: NewTicket, files: UploadedFileLike[] = []): Promise<TicketReceipt> {
    const receipt = await this.record(input, files);
    await this.acknowledge(receipt.id);
    return receipt;
  }

  /** Writes the ticket, its attachments and its `received` event; no mail yet. */
  async record(input: NewTicket, files: UploadedFileLike[] = []): Promise<TicketReceipt> {
    if (!input.email && !input.phone) {
      throw new BadRequestException('email or phone is required, so that the URP can answer');
    }
    // Checked before anything is written: a rejected file leaves nothing behind.
    const attachments = checkAttachments(files, this.config.tickets);
    const receivedAt = this.clock.now();
    const id = randomUUID();
    const pin = generatePin();
    const dueAt = slaDueAt(
      { kind: input.kind, receivedAt, pausedMs: 0, pausedSince: null, firstRepliedAt: null, feedbackSentAt: null, closed: false },
      this.sla,
    );
    const [row] = (await this.db.query(INSERT_FILING_SQL, [
      id,
      utcToZoned(receivedAt).year,
      input.kind,
      input.channel,
      input.subject,
      input.body,
      input.name ?? null,
      input.email?.toLowerCase() ?? null,
      input.phone ?? null,
      input.privacyConsent ? receivedAt : null,
      pin,
      input.filedBy ?? null,
      receivedAt,
      dueAt,
      attachments.map((f) => f.filename),
      attachments.map((f) => f.contentType),
      attachments.map((f) => f.size),
      attachments.map((f) => f.sha256),
      attachments.map((f) => f.content),
    ])) as { code: string }[];
    if (!row) throw new Error('The filing statement returned no code');
    return { id, code: row.code, pin, receivedAt: receivedAt.toISOString(), dueAt: dueAt?.toISOString() ?? null };
  }

  /**
   * Queues the acknowledgement e-mail with its `acknowledged` event. The event's dedupe key makes a
   * second call (the sweep racing a slow request) roll back instead of sending it twice.
   */
  async acknowledge(ticketId: string): Promise<boolean> {
    try {
      return await this.db.transaction(async (manager) => {
        const ticket = await manager.findOneBy(TicketEntity, { id: ticketId });
        if (!ticket?.citizenEmail) return false;
        const mail = acknowledgementMail(ticket, ticket.dueAt, mailContext(this.config));
        const queued = await this.outbox.enqueue(manager, {
          to: ticket.citizenEmail,
          subject: mail.subject,
          text: mail.text,
          ticketId,
          kind: 'acknowledgement',
        });
        const eventId = await appendTicketEvent(manager, {
          ticketId,
          type: 'acknowledged',
          at: this.clock.now(),
          actorKind: 'system',
          data: { outboxId: queued.id, messageId: queued.messageId },
          dedupeKey: 'acknowledgement',
        });
        if (!eventId) throw new AlreadyAcknowledged();
        return true;
      });
    } catch (error) {
      if (error instanceof AlreadyAcknowledged) return false;
      throw error;
    }
  }

  /** Filings with an e-mail address whose acknowledgement a crash left unwritten. */
  async acknowledgeMissing(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - ACK_GRACE_MS);
    const rows = (await this.db.query(
      `SELECT t.id FROM ticket t
       WHERE t.citizen_email IS NOT NULL AND t.received_at > $1::timestamptz - interval '7 days'
         AND t.received_at < $1
         AND NOT EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'acknowledged')
       LIMIT 500`,
      [cutoff],
    )) as { id: string }[];
    let sent = 0;
    for (const { id } of rows) if (await this.acknowledge(id)) sent++;
    return sent;
  }
}

/** Rolls back an acknowledgement that another transaction already wrote. */
class AlreadyAcknowledged extends Error {}
