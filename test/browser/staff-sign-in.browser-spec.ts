import type { Browser } from 'playwright-core';

import { collectPageErrors, launchChromium, screenshot, seriousA11yViolations } from './support/browser';
import { type RunningSystem, startSystem } from './support/running-system';

const DEMO_PASSWORD = 'urp-demo-2026';

describe('portal: staff sign-in', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the public home page in Italian, accessible', async () => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(system.baseUrl);

    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Comune di Genova');
    await screenshot(page, 'home');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the demo operator sign in through the portal and reach the operator console', async () => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${system.baseUrl}/accedi`);

    await page.getByLabel(/nome utente/i).fill('operatore');
    await page.getByLabel(/password/i).fill('wrong password');
    await page.getByRole('button', { name: /accedi/i }).click();
    await page.getByRole('alert').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Keyboard only from here: Tab to the username field, type, Tab to the password, Enter.
    await page.goto(`${system.baseUrl}/accedi`);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.getByLabel(/nome utente/i).evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('operatore');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel(/password/i).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/operatore/);
    await page.getByRole('heading', { level: 1, name: /console operatore/i }).waitFor();
    await screenshot(page, 'operator-console');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The session survives a reload: it lives in an httpOnly cookie backed by PostgreSQL.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /console operatore/i }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'urp_session')?.httpOnly).toBe(true);

    await page.getByRole('button', { name: /esci/i }).click();
    await page.goto(`${system.baseUrl}/operatore`);
    await page.waitForURL(/\/accedi/);

    // The wrong password above is expected to log a 401; nothing else may fail.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });
});
