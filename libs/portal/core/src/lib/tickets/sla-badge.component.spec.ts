import { TestBed } from '@angular/core/testing';

import { TranslationService } from '../i18n/translation.service';
import { NOW } from './now';
import { SlaBadgeComponent } from './sla-badge.component';
import type { SlaTicket } from './sla';

describe('SlaBadgeComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [{ provide: NOW, useValue: () => new Date('2026-03-10T10:00:00Z') }],
    });
  });

  async function render(ticket: SlaTicket): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(SlaBadgeComponent);
    fixture.componentRef.setInput('ticket', ticket);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows an overdue ticket as a danger badge', async () => {
    const badge = (await render({ dueAt: '2026-03-10T07:00:00Z', paused: false, status: 'open' })).querySelector(
      '.badge',
    );
    expect(badge?.textContent?.trim()).toBe('scaduta da 3 h');
    expect(badge?.classList).toContain('bg-danger');
  });

  it('shows the time left, in the current language', async () => {
    TestBed.inject(TranslationService).use('en');
    const page = await render({ dueAt: '2026-03-12T14:00:00Z', paused: false, status: 'forwarded' });
    expect(page.textContent?.trim()).toBe('due in 2 d 4 h');
  });

  it('shows "in pausa" for a paused clock', async () => {
    const page = await render({ dueAt: null, paused: true, status: 'waiting_citizen' });
    expect(page.querySelector('.badge')?.textContent?.trim()).toBe('in pausa');
  });
});
