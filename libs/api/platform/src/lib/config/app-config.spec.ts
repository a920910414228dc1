import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('defaults to the embedded database with demo data when DATABASE_URL is unset', () => {
    const config = loadAppConfig({}, '/srv/urp');
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemoData).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.embeddedPostgres.dataDir).toBe('/srv/urp/.data/postgres');
    expect(config.cookieSecure).toBe(false);
  });

  it('does not seed demo data into a configured database unless asked', () => {
    const config = loadAppConfig({ DATABASE_URL: 'postgres://u:p@db:5432/urp', NODE_ENV: 'production' });
    expect(config.seedDemoData).toBe(false);
    expect(config.cookieSecure).toBe(true);
  });

  it('names every invalid variable at once', () => {
    let error: unknown;
    try {
      loadAppConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'maybe', URP_EMAIL: 'nope' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT must be an integer');
    expect(problems).toContain('DATABASE_URL must start with postgres://');
    expect(problems).toContain('COOKIE_SECURE must be true or false');
    expect(problems).toContain('URP_EMAIL must be an e-mail address');
  });
});
