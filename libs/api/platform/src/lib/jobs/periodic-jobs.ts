import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

export interface PeriodicJob {
  name: string;
  intervalMs: number;
  /** Must be safe to run on several instances at once (row locks or unique keys), and idempotent. */
  run(): Promise<unknown>;
}

/**
 * Runs registered jobs on a timer in every API instance. Correctness never depends on a single
 * runner: each job claims its rows with SKIP LOCKED or dedupes by a unique key, so two instances
 * sweeping together still send each message once. Disabled by JOBS_ENABLED=false (tests drive jobs by hand).
 */
@Injectable()
export class PeriodicJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PeriodicJobs.name);
  private readonly jobs: PeriodicJob[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<string>();
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(job: PeriodicJob): void {
    this.jobs.push(job);
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    for (const job of this.jobs) {
      this.timers.push(setInterval(() => void this.tick(job), job.intervalMs));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    // Let a run in progress finish its transaction rather than cutting it mid-way.
    for (let i = 0; i < 100 && this.running.size > 0; i++) await new Promise((r) => setTimeout(r, 50));
  }

  private async tick(job: PeriodicJob): Promise<void> {
    if (this.stopped || this.running.has(job.name)) return;
    this.running.add(job.name);
    try {
      await job.run();
    } catch (error) {
      this.logger.error(`Job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running.delete(job.name);
    }
  }
}
