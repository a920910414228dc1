import { resolve } from 'node:path';

import type { SiteInfo } from '@urp/shared/contracts';

export type RuntimeEnvironment = 'development' | 'production' | 'test';

/** Everything the API reads from the environment, validated once at boot. */
export interface AppConfig {
  env: RuntimeEnvironment;
  port: number;
  /** Address citizens reach the portal at, for links in e-mails. */
  publicUrl: string;
  /** null: start the embedded PostgreSQL (zero-config default). */
  databaseUrl: string | null;
  embeddedPostgres: { dataDir: string; port: number };
  seedDemoData: boolean;
  /** Folder of the built portal, served on every non-/api path; null when the API runs alone. */
  portalDistDir: string | null;
  cookieSecure: boolean;
  sessionTtlHours: number;
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  site: SiteInfo;
  /** Background work (outbox sending, reminder sweeps). Off in tests, which drive it by hand. */
  jobs: { enabled: boolean; outboxIntervalMs: number; reminderIntervalMs: number };
  mail: {
    /** smtp://user:pass@host:port or smtps://...; null: messages are held and shown to operators. */
    smtpUrl: string | null;
    from: string;
    /** Domain of generated Message-IDs. */
    messageIdDomain: string;
    maxAttempts: number;
  };
  tickets: {
    attachmentMaxBytes: number;
    attachmentMaxCount: number;
    attachmentTypes: string[];
    /** Citizen filings allowed per client address per hour. */
    intakePerHourPerIp: number;
    firstReplyHours: number;
    /** calendar: absolute hours; working: only Monday-Friday non-holidays count. */
    firstReplyMode: 'calendar' | 'working';
    complaintFeedbackDays: number;
    /** Reminder to the office when not taken in charge / not answered this many days after forwarding. */
    reminderTakeInChargeDays: number;
    reminderAnswerDays: number;
    /** Warning to the URP this many days before the complaint feedback deadline. */
    deadlineWarningDays: number;
    /** Local patron day, MM-DD (Genova: 06-24); null for none. */
    patronDay: string | null;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and validates the environment. Collects every problem before failing, so an operator
 * fixing a deployment sees all wrong variables at once, each by name.
 */
export function loadAppConfig(env: Env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const databaseUrl = read.postgresUrl('DATABASE_URL');
  const port = read.integer('PORT', 3000, 1, 65535);
  const config: AppConfig = {
    env: nodeEnv,
    port,
    publicUrl: read.string('PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, ''),
    databaseUrl,
    embeddedPostgres: {
      dataDir: resolve(cwd, read.string('EMBEDDED_PG_DATA_DIR', '.data/postgres')),
      port: read.integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    },
    seedDemoData: read.boolean('SEED_DEMO_DATA', databaseUrl === null),
    portalDistDir: resolve(cwd, read.string('PORTAL_DIST_DIR', 'dist/apps/portal/browser')),
    cookieSecure: read.boolean('COOKIE_SECURE', nodeEnv === 'production'),
    sessionTtlHours: read.integer('SESSION_TTL_HOURS', 10, 1, 24 * 30),
    trustProxy: read.boolean('TRUST_PROXY', false),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    site: {
      municipalityName: read.string('MUNICIPALITY_NAME', 'Comune di Genova'),
      urpName: read.string('URP_NAME', 'Ufficio Relazioni con il Pubblico'),
      urpEmail: read.email('URP_EMAIL', 'urp@comune.example.it'),
      urpPec: read.optionalEmail('URP_PEC'),
      urpPhone: read.optionalString('URP_PHONE'),
      urpAddress: read.optionalString('URP_ADDRESS'),
    },
    jobs: {
      enabled: read.boolean('JOBS_ENABLED', nodeEnv !== 'test'),
      outboxIntervalMs: read.integer('OUTBOX_INTERVAL_MS', 2000, 100, 3_600_000),
      reminderIntervalMs: read.integer('REMINDER_INTERVAL_MS', 60_000, 1000, 86_400_000),
    },
    mail: {
      smtpUrl: read.smtpUrl('SMTP_URL'),
      from: read.string('MAIL_FROM', `URP <${read.email('URP_EMAIL', 'urp@comune.example.it')}>`),
      messageIdDomain: read.string('MAIL_MESSAGE_ID_DOMAIN', 'urp.local'),
      maxAttempts: read.integer('MAIL_MAX_ATTEMPTS', 8, 1, 100),
    },
    tickets: {
      attachmentMaxBytes: read.integer('ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024, 1024, 30 * 1024 * 1024),
      attachmentMaxCount: read.integer('ATTACHMENT_MAX_COUNT', 3, 0, 20),
      attachmentTypes: read.list('ATTACHMENT_TYPES', ['application/pdf', 'image/jpeg', 'image/png']),
      intakePerHourPerIp: read.integer('INTAKE_PER_HOUR_PER_IP', 20, 1, 100_000),
      firstReplyHours: read.integer('FIRST_REPLY_HOURS', 48, 1, 24 * 60),
      firstReplyMode: read.oneOf('FIRST_REPLY_MODE', ['calendar', 'working'], 'calendar'),
      complaintFeedbackDays: read.integer('COMPLAINT_FEEDBACK_DAYS', 30, 1, 365),
      reminderTakeInChargeDays: read.integer('REMINDER_TAKE_IN_CHARGE_DAYS', 10, 1, 365),
      reminderAnswerDays: read.integer('REMINDER_ANSWER_DAYS', 20, 1, 365),
      deadlineWarningDays: read.integer('DEADLINE_WARNING_DAYS', 3, 0, 365),
      patronDay: read.monthDay('PATRON_DAY', '06-24'),
    },
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | null {
    return this.raw(name) ?? null;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }

  postgresUrl(name: string): string | null {
    const value = this.raw(name);
    if (value === undefined) return null;
    try {
      const url = new URL(value);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        this.problems.push(`${name} must start with postgres:// or postgresql://`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }

  list(name: string, fallback: string[]): string[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }

  smtpUrl(name: string): string | null {
    const value = this.raw(name);
    if (value === undefined) return null;
    try {
      const url = new URL(value);
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') this.problems.push(`${name} must start with smtp:// or smtps://`);
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }

  /** MM-DD, or "none". */
  monthDay(name: string, fallback: string | null): string | null {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (value.toLowerCase() === 'none') return null;
    const match = /^(\d{2})-(\d{2})$/.exec(value);
    const month = Number(match?.[1]);
    const day = Number(match?.[2]);
    if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
      this.problems.push(`${name} must be MM-DD (e.g. 06-24) or none (got "${value}")`);
      return fallback;
    }
    return value;
  }

  email(name: string, fallback: string): string {
    return this.optionalEmail(name) ?? fallback;
  }

  optionalEmail(name: string): string | null {
    const value = this.raw(name);
    if (value === undefined) return null;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      this.problems.push(`${name} must be an e-mail address (got "${value}")`);
    }
    return value;
  }
}
