import type { INestApplicationContext } from '@nestjs/common';

import type { StaffUserEntity } from '@urp/api/auth';
import { CannedReplyService, OfficeWorkflowService, TicketActionsService, TicketIntakeService } from '@urp/api/tickets';

const CANNED_REPLIES = [
  {
    title: 'Orari e sedi degli sportelli anagrafe',
    body: 'Gentile cittadina, gentile cittadino,\ngli sportelli anagrafici ricevono su appuntamento dal lunedì al venerdì dalle 8:30 alle 13:00. Può prenotare dal portale del Comune.',
  },
  {
    title: 'Richiesta di informazioni aggiuntive',
    body: 'Gentile cittadina, gentile cittadino,\nper dare seguito alla sua richiesta le chiediamo di indicarci l\'indirizzo esatto (via e numero civico) e, se possibile, una fotografia.',
  },
  {
    title: 'Rilascio credenziali SPID allo sportello',
    body: 'Gentile cittadina, gentile cittadino,\nil rilascio delle credenziali SPID avviene su appuntamento presso lo sportello URP. Porti un documento d\'identità valido, la tessera sanitaria, il suo cellulare e un indirizzo e-mail personale.',
  },
];

/** A queue that looks like a Monday morning at the URP: every channel, one complaint already with an office. */
export async function seedDemoTickets(
  app: INestApplicationContext,
  people: { operator: StaffUserEntity; referent: StaffUserEntity },
  officeIdByCode: Map<string, string>,
): Promise<void> {
  const replies = app.get(CannedReplyService);
  for (const reply of CANNED_REPLIES) await replies.create(reply);

  const intake = app.get(TicketIntakeService);
  const actions = app.get(TicketActionsService);
  const office = app.get(OfficeWorkflowService);
  const consent = { privacyConsent: true };

  const pothole = await intake.file({
    ...consent,
    kind: 'complaint',
    channel: 'web',
    subject: 'Buca pericolosa in via Balbi',
    body: 'Da due settimane una buca profonda davanti al civico 5 mette a rischio pedoni e motorini. Ho già segnalato al telefono senza esito.',
    name: 'Maria Rossi',
    email: 'maria.rossi@example.org',
  });
  await actions.forward(pothole.id, people.operator, {
    officeId: officeIdByCode.get('MANUTENZIONI') ?? '',
    message: 'Reclamo con rischio per la sicurezza: vi chiediamo priorità.',
  });
  await office.takeInCharge(pothole.id, people.referent, { note: 'Sopralluogo programmato.' });

  await intake.file({
    ...consent,
    kind: 'complaint',
    channel: 'email',
    subject: 'Autobus linea 20 in ritardo ogni mattina',
    body: 'Il 20 delle 7:42 da piazza De Ferrari passa con 15-20 minuti di ritardo da settimane.',
    name: 'Luca Bianchi',
    email: 'luca.bianchi@example.org',
  });
  await intake.file({
    ...consent,
    kind: 'inquiry',
    channel: 'email',
    subject: 'Cambio di residenza: documenti necessari',
    body: 'Buongiorno, mi trasferisco a Genova il mese prossimo: quali documenti servono per il cambio di residenza?',
    email: 'giulia.verdi@example.org',
  });
  const spid = await intake.file({
    ...consent,
    kind: 'spid_support',
    channel: 'counter',
    subject: 'Rilascio credenziali SPID',
    body: 'La signora chiede come ottenere SPID: non ha un computer; disponibile a venire allo sportello.',
    name: 'Anna Gallo',
    phone: '333 123 4567',
    filedBy: people.operator.id,
  });
  await actions.assign(spid.id, people.operator, { assigneeId: people.operator.id });
  await intake.file({
    ...consent,
    kind: 'report',
    channel: 'phone',
    subject: 'Lampione spento in corso Italia',
    body: 'Segnalato al telefono: lampione spento all\'altezza di Punta Vagno da tre sere.',
    phone: '010 555 9876',
    filedBy: people.operator.id,
  });
  await intake.file({
    ...consent,
    kind: 'directory_correction',
    channel: 'web',
    subject: 'Orari errati dell\'ufficio Tributi',
    body: 'Sul sito l\'ufficio Tributi risulta aperto il giovedì pomeriggio, ma ieri era chiuso.',
    email: 'paolo.neri@example.org',
  });
}
