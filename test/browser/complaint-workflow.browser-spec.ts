import type { Browser, BrowserContext, Page } from 'playwright-core';

import { collectPageErrors, launchChromium, screenshot, seriousA11yViolations } from './support/browser';
import { type RunningSystem, startSystem } from './support/running-system';

const DEMO_PASSWORD = 'urp-demo-2026';
const OFFICE = 'Manutenzione Strade e Verde Pubblico';
const SUBJECT = 'Buca pericolosa in via XX Settembre';
const COMPLAINT = 'Davanti al civico 12 c’è una buca profonda: ieri un motorino è caduto.';
const OFFICE_ANSWER = 'La squadra ha chiuso la buca il giorno stesso del sopralluogo.';
const FEEDBACK = 'Gentile cittadino, la buca davanti al civico 12 è stata chiusa. Grazie della segnalazione.';
const STEP_TIMEOUT = 120_000;
/** A real 1×1 PNG: the API checks the content of attachments, not only their name. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The complaint's whole journey through the production build: a citizen files it on the portal,
 * the operator forwards it to the competent office, the office referent takes it in charge and
 * answers, the operator sends the feedback, and the citizen reads it on the tracking page.
 * Every page visited is checked with axe (no serious or critical WCAG 2.1 AA violation).
 */
describe('portal: complaint workflow', () => {
  let system: RunningSystem;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  // Shared by the steps, which run in order.
  let citizen: Page;
  let citizenErrors: string[];
  let operator: Page;
  let operatorErrors: string[];
  let code = '';
  let pin = '';

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchChromium();
  }, STEP_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await system?.stop();
  });

  async function newPage(): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page) };
  }

  /** Every page visited is checked for accessibility and kept as a screenshot. */
  async function check(page: Page, name: string): Promise<void> {
    await screenshot(page, `complaint-${name}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  async function signIn(page: Page, username: string, area: RegExp): Promise<void> {
    await page.goto(`${system.baseUrl}/accedi`);
    await page.getByLabel(/nome utente/i).fill(username);
    await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /accedi/i }).click();
    await page.waitForURL(area);
  }

  async function done(page: Page, text: string): Promise<void> {
    await page.getByTestId('action-done').filter({ hasText: text }).waitFor();
  }

  it(
    'a citizen files a complaint with an attachment and gets a receipt with code and PIN',
    async () => {
      ({ page: citizen, errors: citizenErrors } = await newPage());
      await citizen.goto(`${system.baseUrl}/cittadino/nuova-segnalazione`);
      await citizen.getByText('Reclamo', { exact: true }).waitFor();
      await check(citizen, '01-filing-form');

      // Sending the empty form only lists what is missing, in an alert; nothing reaches the API.
      await citizen.getByRole('button', { name: 'Invia la richiesta' }).click();
      await citizen.getByRole('alert').filter({ hasText: 'Controlla i dati inseriti' }).waitFor();
      await expect(citizen.getByTestId('error-summary').textContent()).resolves.toContain(
        'Indica almeno un recapito: e-mail o telefono.',
      );
      await check(citizen, '02-filing-errors');

      await citizen.getByText('Reclamo', { exact: true }).click();
      await citizen.getByLabel('Oggetto').fill(SUBJECT);
      await citizen.getByLabel('Testo della richiesta').fill(COMPLAINT);
      await citizen.getByLabel('Nome e cognome (facoltativo)').fill('Mario Bianchi');
      await citizen.getByLabel('E-mail', { exact: true }).fill('mario.bianchi@example.org');
      await citizen
        .locator('#filing-attachments')
        .setInputFiles({ name: 'buca.png', mimeType: 'image/png', buffer: PNG });
      await citizen.locator('label[for=filing-privacy]').click();
      await citizen.getByRole('button', { name: 'Invia la richiesta' }).click();

      await citizen.getByTestId('ticket-receipt').waitFor();
      code = (await citizen.getByTestId('receipt-code').textContent())?.trim() ?? '';
      pin = (await citizen.getByTestId('receipt-pin').textContent())?.trim() ?? '';
      expect(code).toMatch(/^URP-\d{4}-\d{6,}$/);
      expect(pin).toMatch(/^\d{8}$/);
      await expect(citizen.getByTestId('ticket-receipt').textContent()).resolves.toMatch(
        /Risposta prevista entro\s*\d+ \w+ \d{4}/,
      );
      expect(await citizen.getByRole('link', { name: 'Segui la pratica' }).getAttribute('href')).toBe(
        `/cittadino/segui-pratica?code=${code}`,
      );
      await expect(citizen.getByRole('button', { name: 'Stampa ricevuta' }).isVisible()).resolves.toBe(true);
      await check(citizen, '03-receipt');
      expect(citizenErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'the operator finds it in the queue and forwards it to the competent office',
    async () => {
      ({ page: operator, errors: operatorErrors } = await newPage());
      await signIn(operator, 'operatore', /\/operatore/);
      await operator.getByTestId('ticket-table').waitFor();

      await operator.getByLabel('Tipo', { exact: true }).selectOption('complaint');
      await operator.getByRole('button', { name: 'Applica i filtri' }).click();
      await operator.waitForURL(/kind=complaint/);
      const row = operator.locator(`tr[data-code="${code}"]`);
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain(SUBJECT);
      await expect(row.getByTestId('sla-badge').textContent()).resolves.toMatch(/scade tra \d+ g/);
      await check(operator, '04-operator-queue');

      await row.getByRole('link', { name: code }).click();
      await operator.getByTestId('ticket-heading').filter({ hasText: code }).waitFor();
      await expect(operator.getByTestId('ticket-text').textContent()).resolves.toBe(COMPLAINT);
      const attachment = operator.getByTestId('ticket-attachments').getByRole('link');
      const download = await operator.request.get(`${system.baseUrl}${await attachment.getAttribute('href')}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('image/png');
      await check(operator, '05-operator-ticket');

      await operator.getByRole('button', { name: 'Inoltra a un ufficio' }).click();
      await operator.getByLabel('Ufficio competente').selectOption({ label: OFFICE });
      await operator
        .getByLabel('Nota di accompagnamento (facoltativa)')
        .fill('Pericolo per i motorini: priorità alta.');
      await operator.getByRole('button', { name: 'Inoltra la pratica' }).click();
      await done(operator, 'Pratica inoltrata all’ufficio.');
      await expect(operator.getByTestId('ticket-office').textContent()).resolves.toBe(OFFICE);
      await expect(operator.getByTestId('ticket-overview').getByTestId('status-badge').textContent()).resolves.toBe(
        "Inoltrata all'ufficio competente",
      );
      await check(operator, '06-operator-forwarded');
      expect(operatorErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'the office referent, in another browser, takes it in charge and answers the URP',
    async () => {
      const { page: referent, errors } = await newPage();
      await signIn(referent, 'referente.manutenzioni', /\/ufficio/);
      const row = referent.locator(`tr[data-code="${code}"]`);
      await row.waitFor();
      await check(referent, '07-office-queue');

      await row.getByRole('link', { name: code }).click();
      await referent.getByTestId('ticket-heading').filter({ hasText: code }).waitFor();
      await check(referent, '08-office-ticket');

      await referent.getByLabel('Nota per l’URP (facoltativa)').fill('Sopralluogo domattina.');
      await referent.getByRole('button', { name: 'Prendi in carico' }).click();
      await done(referent, 'Pratica presa in carico.');
      await expect(referent.getByRole('button', { name: 'Prendi in carico' }).count()).resolves.toBe(0);

      await referent.getByLabel('Risposta dell’ufficio').fill(OFFICE_ANSWER);
      await referent.getByRole('button', { name: 'Invia risposta all’URP' }).click();
      await done(referent, 'Risposta inviata all’URP.');
      await expect(referent.getByTestId('ticket-history').textContent()).resolves.toContain(OFFICE_ANSWER);
      await check(referent, '09-office-answered');
      expect(errors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'the operator sends the feedback to the citizen, which closes the ticket',
    async () => {
      await operator.reload();
      await operator.getByTestId('ticket-heading').filter({ hasText: code }).waitFor();
      await expect(operator.getByTestId('ticket-history').textContent()).resolves.toContain(OFFICE_ANSWER);

      // On a complaint the office answered, the feedback is the first, open panel; "close" is ticked.
      await expect(operator.getByLabel('Chiudi la pratica dopo l’invio').isChecked()).resolves.toBe(true);
      await operator.getByLabel('Testo del riscontro').fill(FEEDBACK);
      await operator.getByRole('button', { name: 'Invia il riscontro', exact: true }).click();
      await done(operator, 'Riscontro inviato e pratica chiusa.');
      await expect(operator.getByTestId('ticket-overview').getByTestId('status-badge').textContent()).resolves.toBe(
        'Chiusa',
      );
      await check(operator, '10-operator-feedback-sent');

      // No SMTP server in this run: the mails wait in the outbox as "held".
      await operator.goto(`${system.baseUrl}/operatore/posta-in-uscita`);
      await operator.getByTestId('outbox-table').waitFor();
      await expect(operator.getByTestId('outbox-table').textContent()).resolves.toContain(`[${code}]`);
      await check(operator, '11-outbox');
      expect(operatorErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    "the citizen's tracking page (code + PIN) shows the feedback and the closed status",
    async () => {
      await citizen.getByRole('link', { name: 'Segui la pratica' }).click();
      await citizen.waitForURL(/\/cittadino\/segui-pratica\?code=/);
      expect(await citizen.getByLabel('Codice della pratica').inputValue()).toBe(code);
      await citizen.locator('label[for=tracking-method-pin]').click();

      // A wrong PIN gets the same answer as an unknown code (a deliberate 404).
      await citizen.getByLabel('PIN', { exact: true }).fill(pin === '00000000' ? '11111111' : '00000000');
      await citizen.getByRole('button', { name: 'Cerca la pratica' }).click();
      await citizen
        .getByRole('alert')
        .filter({ hasText: "Nessuna pratica corrisponde a questo codice con l'e-mail o il PIN indicati" })
        .waitFor();
      await check(citizen, '12-tracking-not-found');

      await citizen.getByLabel('PIN', { exact: true }).fill(pin);
      await citizen.getByRole('button', { name: 'Cerca la pratica' }).click();
      const result = citizen.getByTestId('tracking-result');
      await result.waitFor();
      await expect(result.getByTestId('tracking-status').textContent()).resolves.toBe('Chiusa');
      const timeline = (await citizen.getByTestId('tracking-timeline').textContent()) ?? '';
      expect(timeline).toContain('Riscontro inviato');
      expect(timeline).toContain(FEEDBACK);
      expect(timeline).toContain('Pratica chiusa');
      expect(timeline).toContain(OFFICE);
      // What the office wrote to the URP and the operator's covering note stay internal.
      expect(timeline).not.toContain(OFFICE_ANSWER);
      expect(timeline).not.toContain('priorità alta');
      await check(citizen, '13-tracking-closed');

      // The wrong PIN above is expected to log a 404; nothing else may fail.
      expect(citizenErrors.filter((error) => error.includes('404'))).toHaveLength(1);
      expect(citizenErrors.filter((error) => !error.includes('404'))).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
