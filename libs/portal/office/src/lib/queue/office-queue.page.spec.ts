import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@urp/portal/core';

import { OfficeQueuePage } from './office-queue.page';

describe('OfficeQueuePage', () => {
  it("greets the referent and lists the office's tickets, linking to the office's ticket page", async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OfficeQueuePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(AuthStore).set({
      id: 'u9',
      username: 'referente.manutenzioni',
      displayName: 'Elena Strade',
      email: 'e@comune.example',
      roles: ['office_referent'],
      officeId: 'o1',
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OfficeQueuePage);
    await fixture.whenStable();
    http.expectOne('/api/office/tickets').flush({
      items: [
        {
          id: 't1',
          code: 'URP-2026-000001',
          kind: 'complaint',
          channel: 'web',
          status: 'forwarded',
          priority: 'normal',
          subject: 'Buca',
          citizenName: null,
          officeId: 'o1',
          officeName: 'Manutenzione',
          assigneeId: null,
          assigneeName: null,
          receivedAt: '2026-03-01T10:00:00Z',
          dueAt: null,
          paused: false,
        },
      ],
      nextCursor: null,
    });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Area ufficio');
    expect(page.textContent).toContain('Elena Strade');
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/ufficio/pratiche/t1');
    expect(page.querySelector('#queue-channel')).toBeNull();
    expect(page.querySelector('#queue-mine')).toBeNull();
    expect([...page.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).not.toContain('Ufficio');
    http.verify();
  });
});
