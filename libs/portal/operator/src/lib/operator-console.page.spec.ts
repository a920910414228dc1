import { TestBed } from '@angular/core/testing';
import { AuthStore } from '@urp/portal/core';

import { OperatorConsolePage } from './operator-console.page';

describe('OperatorConsolePage', () => {
  it('greets the signed-in person under the area heading', async () => {
    TestBed.configureTestingModule({ imports: [OperatorConsolePage] });
    TestBed.inject(AuthStore).set({
      id: 'u1',
      username: 'mrossi',
      displayName: 'Maria Rossi',
      email: 'm@comune.example',
      roles: ['admin'],
      officeId: null,
    });
    const fixture = TestBed.createComponent(OperatorConsolePage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Console operatore');
    expect(page.textContent).toContain('Maria Rossi');
  });
});
