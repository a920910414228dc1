import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ComingSoonPage } from './coming-soon.page';

describe('ComingSoonPage', () => {
  it('titles the page from the route and says the service is coming soon', async () => {
    TestBed.configureTestingModule({ imports: [ComingSoonPage], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ComingSoonPage);
    fixture.componentRef.setInput('heading', 'home.track.title');
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Segui la tua pratica');
    expect(page.textContent).toContain('disponibile a breve');
  });
});
