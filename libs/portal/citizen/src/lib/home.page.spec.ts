import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SiteInfo } from '@urp/shared/contracts';

import { HomePage } from './home.page';

const SITE: SiteInfo = {
  municipalityName: 'Comune di Prova',
  urpName: 'URP del Comune di Prova',
  urpEmail: 'urp@comune.example',
  urpPec: 'urp@pec.comune.example',
  urpPhone: '010 123 4567',
  urpAddress: 'Piazza Municipio 1',
};

describe('HomePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('says what a citizen can do here, with one h1 and a link per service', async () => {
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    const services = [...page.querySelectorAll('h3')].map((h) => h.textContent?.trim());
    expect(services).toEqual([
      'Invia una segnalazione o un reclamo',
      'Segui la tua pratica',
      'Prenota un appuntamento',
    ]);
    const links = [...page.querySelectorAll('a.read-more')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/cittadino/nuova-segnalazione',
      '/cittadino/segui-pratica',
      '/cittadino/prenota-appuntamento',
    ]);
  });

  it('shows the URP contacts from GET /api/site', async () => {
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/site').flush(SITE);
    await new Promise((resolve) => setTimeout(resolve)); // the site promise settles
    await fixture.whenStable();
    const contacts = (fixture.nativeElement as HTMLElement).querySelector('[data-testid=site-contacts]');

    expect(contacts?.textContent).toContain('URP del Comune di Prova');
    expect(contacts?.querySelector('a[href="mailto:urp@comune.example"]')).not.toBeNull();
    expect(contacts?.querySelector('a[href="tel:0101234567"]')).not.toBeNull();
  });
});
