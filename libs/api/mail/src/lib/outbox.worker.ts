import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { APP_CONFIG, type AppConfig, CLOCK, type Clock, PeriodicJobs } from '@urp/api/platform';

import { OutboxMessageEntity } from './outbox-message.entity';
import { classifySmtpError, decideAfterFailure } from './retry-policy';
import { createSmtpTransport, type SmtpTransport, toSendMailOptions } from './smtp-transport';

/**
 * How long a claimed message may stay `sending`. Renewed just before each send, so it only has
 * to outlast one SMTP exchange, which the transport timeouts bound to under 3 minutes.
 */
export const OUTBOX_LEASE_MS = 5 * 60 * 1000;

export interface OutboxBatchResult {
  sent: number;
  failed: number;
  retried: number;
}

type Outcome = keyof OutboxBatchResult | 'skipped';

/**
 * Delivers outbox rows over SMTP, at most once each. Rows are claimed with FOR UPDATE SKIP LOCKED
 * and leased, so any number of API instances can run this at once; the SMTP exchange happens
 * outside any transaction. A lease that expired means a worker died around the SMTP exchange,
 * when nobody knows whether the server took the message: such rows become `uncertain` for an
 * operator to check, and are never sent again automatically.
 */
@Injectable()
export class OutboxWorker implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly transport: SmtpTransport | null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jobs: PeriodicJobs,
  ) {
    this.transport = config.mail.smtpUrl ? createSmtpTransport(config.mail.smtpUrl) : null;
  }

  onModuleInit(): void {
    this.jobs.register({
      name: 'outbox',
      intervalMs: this.config.jobs.outboxIntervalMs,
      run: () => this.processBatch(),
    });
  }

  beforeApplicationShutdown(): void {
    // Claimed messages not yet handed to SMTP go back to the queue instead of turning uncertain.
    this.stopping = true;
  }

  async processBatch(limit = 20): Promise<OutboxBatchResult> {
    const result: OutboxBatchResult = { sent: 0, failed: 0, retried: 0 };
    const transport = this.transport;
    // Without SMTP nothing is claimed (new mail is held), but abandoned sends are still flagged.
    const { claimed, token } = await this.claim(transport ? limit : 0);
    for (const message of claimed) {
      const outcome =
        this.stopping || !transport
          ? await this.release(message, token)
          : await this.deliver(transport, message, token);
      if (outcome !== 'skipped') result[outcome]++;
    }
    return result;
  }

  /** One short transaction: flag abandoned sends, then lease the due messages. */
  private claim(limit: number): Promise<{ claimed: OutboxMessageEntity[]; token: string }> {
    const token = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await this.flagAbandoned(manager, now);
      if (limit <= 0) return { claimed: [], token };
      const claimed = await manager
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('m')
        .where(`m.status = 'pending' AND m.nextAttemptAt <= :now`, { now })
        .orderBy('m.nextAttemptAt', 'ASC')
        .addOrderBy('m.createdAt', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (claimed.length === 0) return { claimed, token };
      await manager
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({
          status: 'sending',
          lockedUntil: new Date(now.getTime() + OUTBOX_LEASE_MS),
          claimToken: token,
          attempts: () => 'attempts + 1',
        })
        .whereInIds(claimed.map((m) => m.id))
        .execute();
      claimed.forEach((m) => m.attempts++);
      return { claimed, token };
    });
  }

  /** A `sending` row whose lease ran out: its worker died, perhaps after the server accepted it. */
  private async flagAbandoned(manager: EntityManager, now: Date): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({
        status: 'uncertain',
        lockedUntil: null,
        lastError:
          'Sending was interrupted: the mail server may or may not have accepted this message. Check before resending.',
      })
      // The claim token stays, so a worker that was merely slow can still record what happened.
      // SKIP LOCKED here too: two instances sweeping the same rows in different orders could deadlock.
      .where(
        `id IN (SELECT id FROM outbox_message WHERE status = 'sending' AND locked_until < :now FOR UPDATE SKIP LOCKED)`,
        { now },
      )
      .execute();
    if (result.affected)
      this.logger.warn(`${result.affected} outbox message(s) interrupted while sending are now uncertain`);
  }

  private async deliver(transport: SmtpTransport, message: OutboxMessageEntity, token: string): Promise<Outcome> {
    try {
      if (!(await this.renewLease(message, token))) return 'skipped';
      let rejected: string[] = [];
      try {
        const info = await transport.sendMail(toSendMailOptions(message, this.config.mail.from));
        rejected = info.rejected ?? [];
      } catch (error) {
        return await this.recordFailure(message, token, error);
      }
      const note = rejected.length > 0 ? `Sent, but the server refused: ${rejected.join(', ')}` : null;
      await this.finish(message, token, { status: 'sent', sentAt: this.clock.now(), lastError: note });
      return 'sent';
    } catch (error) {
      // A database error: the row stays `sending` and its lease decides, which is the safe side.
      this.logger.error(`Outbox message ${message.id}: ${error instanceof Error ? error.message : String(error)}`);
      return 'skipped';
    }
  }

  /** Also proves the claim is still ours: an operator may have resent the row since. */
  private async renewLease(message: OutboxMessageEntity, token: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      // `uncertain` with our token only means we were slow to start: nothing was sent under this claim.
      .set({ status: 'sending', lockedUntil: new Date(this.clock.now().getTime() + OUTBOX_LEASE_MS) })
      .where(`id = :id AND claim_token = :token AND status IN ('sending', 'uncertain')`, { id: message.id, token })
      .execute();
    return result.affected === 1;
  }

  private async recordFailure(message: OutboxMessageEntity, token: string, error: unknown): Promise<Outcome> {
    const failure = classifySmtpError(error);
    const decision = decideAfterFailure(failure, message.attempts, this.config.mail.maxAttempts, this.clock.now());
    this.logger.warn(
      `Outbox message ${message.id} attempt ${message.attempts} failed (${decision.status}): ${failure.reason}`,
    );
    await this.finish(message, token, {
      status: decision.status,
      lastError: failure.reason,
      ...(decision.status === 'pending' ? { nextAttemptAt: decision.nextAttemptAt } : {}),
    });
    return decision.status === 'pending' ? 'retried' : 'failed';
  }

  private async release(message: OutboxMessageEntity, token: string): Promise<Outcome> {
    await this.finish(message, token, { status: 'pending', attempts: () => 'attempts - 1' });
    return 'skipped';
  }

  private async finish(
    message: OutboxMessageEntity,
    token: string,
    changes: QueryDeepPartialEntity<OutboxMessageEntity>,
  ): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ ...changes, lockedUntil: null, claimToken: null })
      .where('id = :id AND claim_token = :token', { id: message.id, token })
      .execute();
    if (result.affected !== 1) {
      this.logger.warn(
        `Outbox message ${message.id} was taken over before its outcome (${String(changes.status)}) was recorded`,
      );
    }
  }
}
