import { TestBed } from '@angular/core/testing';
import type { TicketEventView } from '@urp/shared/contracts';

import { TicketHistoryComponent } from './ticket-history.component';

const EVENTS: TicketEventView[] = [
  {
    id: '1',
    type: 'received',
    at: '2026-03-01T10:00:00Z',
    actorName: null,
    officeName: null,
    message: null,
    public: true,
    data: {},
  },
  {
    id: '2',
    type: 'note',
    at: '2026-03-01T11:00:00Z',
    actorName: 'Maria Rossi',
    officeName: null,
    message: '<b>Chiamare</b> il cittadino',
    public: false,
    data: {},
  },
  {
    id: '3',
    type: 'forwarded',
    at: '2026-03-01T12:00:00Z',
    actorName: 'Maria Rossi',
    officeName: 'Manutenzione Strade e Verde Pubblico',
    message: null,
    public: true,
    data: { note: 'Urgente, buca profonda' },
  },
  {
    id: '4',
    type: 'closed',
    at: '2026-03-02T12:00:00Z',
    actorName: 'Maria Rossi',
    officeName: null,
    message: null,
    public: true,
    data: { reason: 'resolved' },
  },
];

describe('TicketHistoryComponent', () => {
  it('lists events in order with Italian labels, marking internal notes', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(TicketHistoryComponent);
    fixture.componentRef.setInput('events', EVENTS);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const items = [...page.querySelectorAll('ol > li')];

    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Pratica ricevuta',
      'Nota interna',
      "Inoltrata all'ufficio competente",
      'Pratica chiusa',
    ]);
    expect(items[1].classList).toContain('ticket-timeline-internal');
    expect(items[1].querySelector('.badge')?.textContent).toBe('Nota interna');
    expect(items[0].querySelector('.badge')?.textContent).toBe('Visibile al cittadino');
    expect(items[2].textContent).toContain('Manutenzione Strade e Verde Pubblico');
    expect(items[2].textContent).toContain('Urgente, buca profonda');
    expect(items[3].textContent).toContain('Motivo: Risolta');
  });

  it('shows what people typed as text, never as HTML', async () => {
    const fixture = TestBed.createComponent(TicketHistoryComponent);
    fixture.componentRef.setInput('events', EVENTS);
    await fixture.whenStable();
    const note = (fixture.nativeElement as HTMLElement).querySelectorAll('ol > li')[1];

    expect(note.querySelector('b')).toBeNull();
    expect(note.textContent).toContain('<b>Chiamare</b> il cittadino');
  });
});
