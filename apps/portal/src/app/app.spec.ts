import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { credentialsInterceptor } from '@urp/portal/core';

import { App } from './app';

describe('App', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([credentialsInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  it('frames the page with skip links, header, main and footer landmarks', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('.skiplinks a')?.getAttribute('href')).toBe('#main-content');
    expect(page.querySelector('header.it-header-wrapper')).not.toBeNull();
    expect(page.querySelector('main#main-content')).not.toBeNull();
    expect(page.querySelector('footer.it-footer')).not.toBeNull();
  });

  it('shows the municipality from GET /api/site in the header', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/site').flush({
      municipalityName: 'Comune di Prova',
      urpName: 'URP',
      urpEmail: 'urp@comune.example',
      urpPec: null,
      urpPhone: null,
      urpAddress: null,
    });
    await new Promise((resolve) => setTimeout(resolve)); // the site promise settles
    await fixture.whenStable();

    const brand = (fixture.nativeElement as HTMLElement).querySelector('.it-brand-title');
    expect(brand?.textContent).toContain('Comune di Prova');
  });
});
