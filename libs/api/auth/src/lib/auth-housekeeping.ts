import { Injectable, type OnModuleInit } from '@nestjs/common';

import { PeriodicJobs } from '@urp/api/platform';

import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';

const HOUSEKEEPING_INTERVAL_MS = 15 * 60 * 1000;

/** Expired sessions and stale sign-in attempts would otherwise accumulate forever. */
@Injectable()
export class AuthHousekeeping implements OnModuleInit {
  constructor(
    private readonly jobs: PeriodicJobs,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'auth-housekeeping',
      intervalMs: HOUSEKEEPING_INTERVAL_MS,
      run: () => this.run(),
    });
  }

  async run(): Promise<void> {
    await this.sessions.purgeExpired();
    await this.throttle.purgeOld();
  }
}
