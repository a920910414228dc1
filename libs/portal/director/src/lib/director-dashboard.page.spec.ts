import { TestBed } from '@angular/core/testing';
import { AuthStore } from '@urp/portal/core';

import { DirectorDashboardPage } from './director-dashboard.page';

describe('DirectorDashboardPage', () => {
  it('greets the signed-in person under the area heading', async () => {
    TestBed.configureTestingModule({ imports: [DirectorDashboardPage] });
    TestBed.inject(AuthStore).set({
      id: 'u1',
      username: 'mrossi',
      displayName: 'Maria Rossi',
      email: 'm@comune.example',
      roles: ['admin'],
      officeId: null,
    });
    const fixture = TestBed.createComponent(DirectorDashboardPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Cruscotto direzione');
    expect(page.textContent).toContain('Maria Rossi');
  });
});
