import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@urp/portal/core';

import { OperatorQueuePage } from './operator-queue.page';

describe('OperatorQueuePage', () => {
  it('greets the operator, links the tools and loads the queue and the offices', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OperatorQueuePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(AuthStore).set({
      id: 'u1',
      username: 'operatore',
      displayName: 'Francesca Operatrice',
      email: 'f@comune.example',
      roles: ['operator'],
      officeId: null,
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OperatorQueuePage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    http.expectOne('/api/offices').flush([{ id: 'o1', code: 'M', name: 'Manutenzione', email: 'm@x' }]);
    http.expectOne('/api/tickets').flush({ items: [], nextCursor: null });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent).toBe('Console operatore');
    expect(page.textContent).toContain('Francesca Operatrice');
    expect(page.querySelector('a[href="/operatore/nuova-pratica"]')?.textContent).toContain(
      'Nuova pratica (sportello/telefono)',
    );
    expect(page.querySelector('a[href="/operatore/posta-in-uscita"]')?.textContent).toContain('Posta in uscita');
    expect([...page.querySelectorAll('#queue-office option')].map((o) => o.textContent?.trim())).toEqual([
      'Tutti gli uffici',
      'Manutenzione',
    ]);
    expect(page.querySelector('[data-testid=queue-status]')?.textContent).toContain(
      'Nessuna pratica corrisponde ai filtri.',
    );
    http.verify();
  });
});
