import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { TicketQueueItem, TicketQueuePage } from '@urp/shared/contracts';
import { Subject, of } from 'rxjs';

import type { QueueFilters } from './queue-filters';
import { TicketQueueComponent, type QueueFetch } from './ticket-queue.component';

function item(n: number): TicketQueueItem {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    code: `URP-2026-00000${n}`,
    kind: 'complaint',
    channel: 'web',
    status: 'new',
    priority: 'normal',
    subject: `Buca in via Roma ${n}`,
    citizenName: null,
    officeId: null,
    officeName: null,
    assigneeId: null,
    assigneeName: null,
    receivedAt: '2026-03-01T10:00:00Z',
    dueAt: '2099-03-31T10:00:00Z',
    paused: false,
  };
}

@Component({
  selector: 'urp-queue-host',
  imports: [TicketQueueComponent],
  template: `<urp-ticket-queue [fetch]="fetch" detailPath="/operatore/pratiche" caption="Coda" />`,
})
class QueueHostComponent {
  calls: Array<{ filters: QueueFilters; after: string | null }> = [];
  pages: TicketQueuePage[] = [];
  fetch: QueueFetch = (filters, after) => {
    this.calls.push({ filters, after });
    return of(this.pages.shift() ?? { items: [], nextCursor: null });
  };
}

describe('TicketQueueComponent', () => {
  async function setup(url: string, pages: TicketQueuePage[]) {
    TestBed.configureTestingModule({
      imports: [QueueHostComponent],
      providers: [provideRouter([{ path: 'operatore', component: QueueHostComponent }])],
    });
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(QueueHostComponent);
    fixture.componentInstance.pages = pages;
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, page: fixture.nativeElement as HTMLElement };
  }

  it('loads with the filters in the URL and shows one row per ticket', async () => {
    const { host, page } = await setup('/operatore?kind=complaint&overdue=true', [
      { items: [item(1), item(2)], nextCursor: null },
    ]);

    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]).toMatchObject({ after: null, filters: { kind: 'complaint', overdue: true } });
    const rows = page.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('th[scope=row] a')?.getAttribute('href')).toBe(
      '/operatore/pratiche/00000000-0000-4000-8000-000000000001',
    );
    expect(page.querySelector('table caption')?.textContent).toContain('Coda');
    expect(page.querySelector('[data-testid=queue-status]')?.textContent).toContain('Pratiche mostrate: 2.');
    expect(page.querySelector('#queue-kind')).not.toBeNull();
  });

  it('"Carica altre" asks for the next page with the cursor and appends it', async () => {
    const { fixture, host, page } = await setup('/operatore', [
      { items: [item(1)], nextCursor: 'cursor-1' },
      { items: [item(2)], nextCursor: null },
    ]);

    page.querySelector<HTMLButtonElement>('[data-testid=load-more]')?.click();
    await fixture.whenStable();

    expect(host.calls[1].after).toBe('cursor-1');
    expect(page.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(page.querySelector('[data-testid=load-more]')).toBeNull();
  });

  it('applying the filters writes them to the URL, which reloads the queue', async () => {
    const { fixture, host, page } = await setup('/operatore', []);
    const status = page.querySelector<HTMLSelectElement>('#queue-status');
    if (!status) throw new Error('status filter missing');
    status.value = 'all';
    status.dispatchEvent(new Event('change'));
    page.querySelector<HTMLInputElement>('#queue-mine')?.click();
    page.querySelector<HTMLButtonElement>('[data-testid=queue-filters] button[type=submit]')?.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/operatore?status=all&assignedToMe=true');
    expect(host.calls.at(-1)?.filters).toMatchObject({ status: 'all', assignedToMe: true });
  });

  it('drops the answer of a load that a newer one replaced', async () => {
    const first = new Subject<TicketQueuePage>();
    TestBed.configureTestingModule({
      imports: [QueueHostComponent],
      providers: [provideRouter([{ path: 'operatore', component: QueueHostComponent }])],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/operatore');
    const fixture = TestBed.createComponent(QueueHostComponent);
    let call = 0;
    fixture.componentInstance.fetch = () => (call++ === 0 ? first : of({ items: [item(2)], nextCursor: null }));
    await fixture.whenStable();
    await router.navigateByUrl('/operatore?kind=report');
    await fixture.whenStable();
    first.next({ items: [item(1)], nextCursor: null });
    first.complete();
    await fixture.whenStable();

    const codes = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(codes).toEqual(['URP-2026-000002']);
  });
});
