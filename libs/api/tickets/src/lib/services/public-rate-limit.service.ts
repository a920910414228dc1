import { HttpException, HttpStatus, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { CLOCK, type Clock, PeriodicJobs } from '@urp/api/platform';

export interface RateRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

const PURGE_INTERVAL_MS = 3_600_000;
/** Counters older than this are of no use to any rule (the longest window is an hour). */
const KEEP_MS = 2 * 3_600_000;

/**
 * Per-address limits of the public endpoints: one counter row per address and fixed window, kept
 * in PostgreSQL so every instance sees them, and bumped with a single upsert. A fixed window lets
 * a client spend two windows' worth across a boundary: acceptable for abuse limits.
 */
@Injectable()
export class PublicRateLimitService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'rate-counter-purge',
      intervalMs: PURGE_INTERVAL_MS,
      run: () => this.purgeOlderThan(new Date(this.clock.now().getTime() - KEEP_MS)),
    });
  }

  /** Counts this hit; throws 429 once the key is over the limit in the current window. */
  async consume(rule: RateRule, key: string, now: Date): Promise<void> {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const [row] = (await this.db.query(
      `INSERT INTO public_rate_counter (bucket, key, window_start, hits) VALUES ($1, $2, $3, 1)
       ON CONFLICT (bucket, key, window_start) DO UPDATE SET hits = public_rate_counter.hits + 1
       RETURNING hits`,
      [rule.bucket, key, windowStart],
    )) as { hits: number }[];
    if ((row?.hits ?? 0) > rule.limit) {
      const retryMinutes = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 60_000);
      throw new HttpException(
        `Too many requests from this address: try again in ${retryMinutes} minutes`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  async purgeOlderThan(cutoff: Date): Promise<void> {
    await this.db.query('DELETE FROM public_rate_counter WHERE window_start < $1', [cutoff]);
  }
}
