import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { SiteService } from './site.service';

describe('SiteService', () => {
  let http: HttpTestingController;
  let site: SiteService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    site = TestBed.inject(SiteService);
  });

  afterEach(() => http.verify());

  it('asks GET /api/site once, however many components need it', async () => {
    const first = site.load();
    const second = site.load();
    http.expectOne('/api/site').flush({
      municipalityName: 'Comune di Prova',
      urpName: 'URP',
      urpEmail: 'urp@comune.example',
      urpPec: null,
      urpPhone: null,
      urpAddress: null,
    });
    await Promise.all([first, second]);

    expect(site.status()).toBe('ready');
    expect(site.municipalityName()).toBe('Comune di Prova');
  });

  it('resolves with an error status instead of failing the start-up', async () => {
    const loaded = site.load();
    http.expectOne('/api/site').flush(null, { status: 503, statusText: 'Service Unavailable' });
    await loaded;

    expect(site.status()).toBe('error');
    expect(site.info()).toBeNull();
  });
});
