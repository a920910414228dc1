import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { OutboxService } from '@urp/api/mail';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock, PeriodicJobs } from '@urp/api/platform';

import { TicketEntity } from '../entities/ticket.entity';
import { deadlineWarningMail, reminderMail } from '../mail/ticket-mail-templates';
import { appendTicketEvent } from './ticket-events';
import { mailContext } from './mail-context';

const DAY_MS = 86_400_000;

export interface SweepResult {
  reminders: number;
  warnings: number;
}

interface Candidate {
  id: string;
  office_id: string | null;
  forwarded_at: Date | null;
  due_at: Date | null;
  office_name: string | null;
  office_email: string | null;
  manager_email: string | null;
}

/**
 * Solleciti to offices that have not taken a forwarded complaint in charge (level 1) or not answered
 * it (level 2, copied to the office manager), and a warning to the URP before the feedback deadline.
 * Each is written as an event with a dedupe key in the same transaction as its e-mail: however many
 * instances sweep at once, the unique index lets one write it, and only that one sends it.
 */
@Injectable()
export class ReminderSweepService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'complaint-reminders', intervalMs: this.config.jobs.reminderIntervalMs, run: () => this.run() });
  }

  async run(): Promise<SweepResult> {
    const now = this.clock.now();
    const settings = this.config.tickets;
    let reminders = 0;
    let warnings = 0;

    const notTakenInCharge = await this.candidates(
      `t.status = 'forwarded' AND t.forwarded_at <= $1`,
      new Date(now.getTime() - settings.reminderTakeInChargeDays * DAY_MS),
    );
    for (const c of notTakenInCharge) if (await this.remind(c, 1, now)) reminders++;

    const notAnswered = await this.candidates(
      `t.status IN ('forwarded', 'in_charge') AND t.forwarded_at <= $1`,
      new Date(now.getTime() - settings.reminderAnswerDays * DAY_MS),
    );
    for (const c of notAnswered) if (await this.remind(c, 2, now)) reminders++;

    const nearDeadline = await this.candidates(
      `t.status <> 'closed' AND t.feedback_sent_at IS NULL AND t.due_at IS NOT NULL AND t.due_at <= $1`,
      new Date(now.getTime() + settings.deadlineWarningDays * DAY_MS),
    );
    for (const c of nearDeadline) if (await this.warn(c, now)) warnings++;

    return { reminders, warnings };
  }

  private candidates(condition: string, bound: Date): Promise<Candidate[]> {
    return this.db.query(
      `SELECT t.id, t.office_id, t.forwarded_at, t.due_at, o.name AS office_name, o.email AS office_email,
              o.manager_email
       FROM ticket t LEFT JOIN office o ON o.id = t.office_id
       WHERE t.kind = 'complaint' AND ${condition}
       ORDER BY t.forwarded_at NULLS LAST
       LIMIT 500`,
      [bound],
    ) as Promise<Candidate[]>;
  }

  private remind(c: Candidate, level: 1 | 2, now: Date): Promise<boolean> {
    if (!c.office_email || !c.forwarded_at) return Promise.resolve(false);
    return this.db.transaction(async (manager) => {
      // The key names the forwarding it belongs to: a complaint forwarded again starts a new ladder.
      const eventId = await appendTicketEvent(manager, {
        ticketId: c.id,
        type: 'reminder_sent',
        at: now,
        actorKind: 'system',
        officeId: c.office_id,
        data: { level, escalatedTo: level === 2 ? c.manager_email : null },
        dedupeKey: `reminder:${level}:${c.forwarded_at?.toISOString()}`,
      });
      if (!eventId) return false;
      const ticket = await manager.findOneByOrFail(TicketEntity, { id: c.id });
      const mail = reminderMail(ticket, c.office_name ?? '', level, mailContext(this.config));
      await this.outbox.enqueue(manager, {
        to: c.office_email ?? '',
        cc: level === 2 && c.manager_email ? [c.manager_email] : [],
        subject: mail.subject,
        text: mail.text,
        ticketId: c.id,
        kind: 'reminder',
      });
      return true;
    });
  }

  private warn(c: Candidate, now: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const eventId = await appendTicketEvent(manager, {
        ticketId: c.id,
        type: 'deadline_warning',
        at: now,
        actorKind: 'system',
        data: { dueAt: c.due_at?.toISOString() ?? null },
        dedupeKey: `deadline-warning:${c.due_at?.toISOString()}`,
      });
      if (!eventId) return false;
      const ticket = await manager.findOneByOrFail(TicketEntity, { id: c.id });
      const mail = deadlineWarningMail(ticket, mailContext(this.config));
      await this.outbox.enqueue(manager, {
        to: this.config.site.urpEmail,
        subject: mail.subject,
        text: mail.text,
        ticketId: c.id,
        kind: 'deadline-warning',
      });
      return true;
    });
  }
}
