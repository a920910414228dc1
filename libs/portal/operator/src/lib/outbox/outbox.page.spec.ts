import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OutboxMessageView } from '@urp/shared/contracts';

import { OutboxPage } from './outbox.page';

function message(id: string, status: OutboxMessageView['status']): OutboxMessageView {
  return {
    id,
    status,
    to: `${id}@example.org`,
    subject: `[URP-2026-000001] Messaggio ${id}`,
    text: '…',
    ticketId: null,
    attempts: status === 'failed' ? 5 : 0,
    lastError: status === 'failed' ? '550 mailbox unavailable' : null,
    createdAt: '2026-03-10T09:00:00Z',
    sentAt: status === 'sent' ? '2026-03-10T09:01:00Z' : null,
  };
}

describe('OutboxPage', () => {
  let fixture: ComponentFixture<OutboxPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OutboxPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OutboxPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/outbox').flush([message('a', 'held'), message('b', 'sent'), message('c', 'failed')]);
    await settle();
  });

  afterEach(() => http.verify());

  it('explains "held" and offers Reinvia only for held, failed and uncertain messages', () => {
    expect(page.textContent).toContain('non è configurato alcun server SMTP');
    const rows = [...page.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('button')?.textContent?.includes('Reinvia') ?? false)).toEqual([
      true,
      false,
      true,
    ]);
    expect(rows[2].textContent).toContain('550 mailbox unavailable');
    expect(page.querySelector('table caption')).not.toBeNull();
    expect(page.querySelectorAll('th[scope=col]').length).toBe(8);
  });

  it('resends, then reloads and announces it', async () => {
    page.querySelector<HTMLButtonElement>('tbody tr button')?.click();
    await settle();
    http.expectOne('/api/outbox/a/resend').flush(message('a', 'pending'));
    await settle();
    http.expectOne('/api/outbox').flush([message('a', 'pending')]);
    await settle();

    expect(page.querySelector('[role=status]')?.textContent).toContain('Messaggio per a@example.org rimesso in coda.');
  });

  it('says why a resend was refused', async () => {
    page.querySelector<HTMLButtonElement>('tbody tr button')?.click();
    await settle();
    http
      .expectOne('/api/outbox/a/resend')
      .flush({ message: 'No SMTP server is configured' }, { status: 409, statusText: 'Conflict' });
    await settle();

    const alert = page.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('Il messaggio non può essere reinviato');
    expect(alert).toContain('No SMTP server is configured');
  });

  it('filters by status', async () => {
    const select = page.querySelector<HTMLSelectElement>('#outbox-status');
    if (!select) throw new Error('filter missing');
    select.value = 'failed';
    select.dispatchEvent(new Event('change'));
    page.querySelector<HTMLButtonElement>('[data-testid=outbox-filter] button')?.click();
    await settle();

    http.expectOne('/api/outbox?status=failed').flush([]);
  });
});
