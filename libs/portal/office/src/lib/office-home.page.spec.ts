import { TestBed } from '@angular/core/testing';
import { AuthStore } from '@urp/portal/core';

import { OfficeHomePage } from './office-home.page';

describe('OfficeHomePage', () => {
  it('greets the signed-in person under the area heading', async () => {
    TestBed.configureTestingModule({ imports: [OfficeHomePage] });
    TestBed.inject(AuthStore).set({
      id: 'u1',
      username: 'mrossi',
      displayName: 'Maria Rossi',
      email: 'm@comune.example',
      roles: ['admin'],
      officeId: null,
    });
    const fixture = TestBed.createComponent(OfficeHomePage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Area ufficio');
    expect(page.textContent).toContain('Maria Rossi');
  });
});
