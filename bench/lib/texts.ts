/**
 * Italian text pools for generated tickets, shared by the SQL generator (passed as text[]
 * parameters) and the intake benchmark (so HTTP filings and raw inserts carry similar rows).
 */
import type { TicketKind } from '@urp/shared/domain';

/** Order matters: the generator picks subjects and details by kind index * 10. */
export const GENERATED_KINDS: readonly TicketKind[] = [
  'inquiry',
  'report',
  'complaint',
  'spid_support',
  'directory_correction',
  'pec_ordinary_sender',
];

/** Exactly 10 per kind, in GENERATED_KINDS order. */
export const SUBJECTS: Record<TicketKind, readonly string[]> = {
  inquiry: [
    'Cambio di residenza: documenti necessari',
    'Orari degli sportelli anagrafe',
    "Rinnovo della carta d'identità elettronica",
    'Iscrizione al servizio di mensa scolastica',
    'Richiesta informazioni su TARI e scadenze',
    'Come ottenere il contrassegno disabili',
    'Permesso ZTL per residenti: requisiti',
    'Certificato di stato di famiglia online',
    'Bonus affitto: chi può presentare domanda',
    "Prenotazione sala civica per un'assemblea",
  ],
  report: [
    'Buca pericolosa sulla carreggiata',
    'Lampione spento da giorni',
    'Rifiuti ingombranti abbandonati sul marciapiede',
    'Albero pericolante nel giardino pubblico',
    "Perdita d'acqua dalla fontana pubblica",
    'Segnaletica orizzontale cancellata',
    'Tombino ostruito: allagamenti a ogni pioggia',
    'Graffiti sulla facciata della scuola',
    'Giochi rotti nel parco giochi',
    'Auto abbandonata da mesi in divieto di sosta',
  ],
  complaint: [
    'Autobus in ritardo ogni mattina',
    'Attesa eccessiva allo sportello anagrafe',
    'Raccolta differenziata non effettuata',
    'Risposta mai ricevuta a una richiesta precedente',
    'Cantiere stradale fermo da settimane',
    'Comportamento scortese di un addetto',
    'Addebito TARI errato',
    'Mensa scolastica: pasti non conformi',
    'Pulizia delle strade insufficiente',
    'Rumori notturni non sanzionati',
  ],
  spid_support: [
    'Rilascio credenziali SPID allo sportello',
    'Password SPID dimenticata',
    'Accesso ai servizi online con SPID non riuscito',
    'Identificazione de visu per SPID',
    'SPID per un familiare anziano',
    "Errore durante l'attivazione di SPID",
    'Appuntamento per il riconoscimento SPID',
    'CIE o SPID: quale scegliere',
    'SPID bloccato dopo troppi tentativi',
    'Documenti necessari per SPID allo sportello',
  ],
  directory_correction: [
    "Orari dell'ufficio tributi non aggiornati",
    'Numero di telefono errato sul sito',
    'Indirizzo della sede anagrafe cambiato',
    "Referente dell'ufficio non più in servizio",
    "E-mail dell'ufficio mobilità non funzionante",
    'Sede dei servizi sociali trasferita',
    'Giorni di apertura dello sportello errati',
    "PEC dell'ufficio edilizia da aggiornare",
    'Nome del dirigente da correggere',
    'Orari estivi non pubblicati',
  ],
  pec_ordinary_sender: [
    'Comunicazione ricevuta via PEC da mittente ordinario',
    'Messaggio su casella PEC da indirizzo non certificato',
    'Istanza inviata via PEC da e-mail ordinaria',
    'Richiesta di accesso agli atti via PEC',
    'Diffida inviata da casella ordinaria',
    'Segnalazione inoltrata alla PEC istituzionale',
    'Documentazione integrativa su PEC',
    'Ricorso inviato alla PEC del Comune',
    'Richiesta di rimborso via PEC',
    'Comunicazione di un avvocato alla PEC',
  ],
};

export const OPENINGS = [
  'Buongiorno,',
  'Gentile URP,',
  'Salve,',
  'Spettabile Comune,',
  'Buonasera,',
  "Alla cortese attenzione dell'URP,",
  'Gentili signori,',
  'Buongiorno, scrivo per conto di mia madre:',
  'Egregi,',
  'Salve, sono un residente del quartiere:',
];

/** Exactly 10 per kind, in GENERATED_KINDS order. */
export const DETAILS: Record<TicketKind, readonly string[]> = {
  inquiry: [
    'vorrei sapere quali documenti servono e se è necessario prendere appuntamento.',
    "non trovo sul sito l'informazione e al telefono non risponde nessuno.",
    'mi trasferisco il mese prossimo e vorrei sapere come procedere.',
    'chiedo se la pratica si può fare online o solo allo sportello.',
    'vorrei conoscere i tempi e i costi previsti.',
    'ho già compilato il modulo ma non so a chi consegnarlo.',
    'mi servirebbe una risposta entro la fine della settimana.',
    "chiedo conferma che il servizio sia attivo anche d'estate.",
    'non mi è chiaro quali requisiti di reddito siano richiesti.',
    'vorrei sapere se posso delegare un familiare.',
  ],
  report: [
    'da due settimane la situazione mette a rischio pedoni e motorini.',
    'la segnalazione riguarda il tratto davanti alla scuola elementare.',
    "allego una descrizione precisa della posizione, vicino alla fermata dell'autobus.",
    'di sera la zona è completamente al buio e poco sicura.',
    'il problema si ripete dopo ogni temporale.',
    'molti residenti anziani passano di lì ogni giorno.',
    'ho visto un bambino inciampare proprio ieri pomeriggio.',
    'nessuno è ancora intervenuto nonostante altre segnalazioni.',
    'la situazione è peggiorata negli ultimi giorni.',
    'chiedo un sopralluogo appena possibile.',
  ],
  complaint: [
    'è la terza volta che segnalo il problema senza ricevere risposta.',
    'il disservizio si ripete ogni giorno da settimane.',
    'ho perso un appuntamento di lavoro a causa di questo ritardo.',
    'ritengo inaccettabile il trattamento ricevuto.',
    "chiedo che il reclamo venga inoltrato all'ufficio competente.",
    'pretendo una risposta scritta nei termini previsti dalla Carta dei servizi.',
    'il servizio pagato non corrisponde a quanto promesso.',
    'altri cittadini della via lamentano lo stesso problema.',
    'chiedo il rimborso di quanto versato in eccesso.',
    'spero che il Comune prenda provvedimenti rapidi.',
  ],
  spid_support: [
    'non ho un computer e vorrei venire allo sportello.',
    'il riconoscimento via webcam non funziona.',
    "non ricevo l'SMS con il codice di attivazione.",
    'ho cambiato numero di cellulare e non riesco ad accedere.',
    "mi serve SPID per iscrivere mio figlio all'asilo nido.",
    "ho la carta d'identità scaduta: posso comunque richiederlo?",
    'vorrei un appuntamento il martedì pomeriggio.',
    'il gestore mi chiede un documento che non ho.',
    'mio padre ha 85 anni e non sa usare lo smartphone.',
    'ho provato più volte ma la procedura si interrompe.',
  ],
  directory_correction: [
    'sul sito è indicato un orario diverso da quello esposto in sede.',
    'il numero pubblicato risulta inesistente.',
    "l'ufficio si è trasferito ma l'indirizzo non è aggiornato.",
    'la persona indicata come referente non lavora più lì.',
    "le e-mail inviate a quell'indirizzo tornano indietro.",
    'la pagina riporta ancora la vecchia sede.',
    'lo sportello risulta aperto il sabato ma non lo è.',
    "l'indirizzo PEC pubblicato non è corretto.",
    'il nome del dirigente è scritto in modo errato.',
    'mancano gli orari del periodo estivo.',
  ],
  pec_ordinary_sender: [
    'il messaggio è arrivato alla casella PEC da un indirizzo ordinario.',
    'si chiede di dare seguito alla comunicazione allegata.',
    'si trasmette la documentazione richiesta.',
    "si chiede l'accesso agli atti relativi alla pratica indicata.",
    'si invita il Comune a provvedere entro trenta giorni.',
    'si segnala quanto descritto nella nota allegata.',
    'si integra la pratica con i documenti mancanti.',
    'si presenta ricorso avverso il provvedimento indicato.',
    'si chiede il rimborso delle somme versate.',
    'si comunica quanto segue per conto del proprio assistito.',
  ],
};

export const CLOSINGS = [
  "Grazie per l'attenzione.",
  'Resto in attesa di un riscontro.',
  'Cordiali saluti.',
  'Ringrazio anticipatamente.',
  'Distinti saluti.',
  'Grazie, buona giornata.',
  'Attendo una vostra risposta.',
  'Saluti.',
  'Vi ringrazio per la disponibilità.',
  'Un cordiale saluto.',
];

export const STREETS = [
  'via Balbi',
  'via XX Settembre',
  'corso Torino',
  'via Garibaldi',
  'piazza De Ferrari',
  'via San Vincenzo',
  'corso Buenos Aires',
  'via Cantore',
  'via Sampierdarena',
  'corso Europa',
  'via Piacenza',
  'via Molassana',
  'corso Sardegna',
  'via Lagaccio',
  'salita San Nicolò',
  'via Pra',
  'via Multedo',
  'corso Italia',
  'via Nizza',
  'via Struppa',
];

export const FIRST_NAMES = [
  'Maria',
  'Giuseppe',
  'Anna',
  'Giovanni',
  'Francesca',
  'Luca',
  'Giulia',
  'Marco',
  'Sara',
  'Paolo',
  'Chiara',
  'Andrea',
  'Elena',
  'Stefano',
  'Laura',
  'Alessandro',
  'Paola',
  'Roberto',
  'Silvia',
  'Davide',
  'Martina',
  'Matteo',
  'Valentina',
  'Simone',
  'Federica',
  'Antonio',
  'Giorgia',
  'Franco',
  'Rita',
  'Carlo',
];

export const LAST_NAMES = [
  'Rossi',
  'Russo',
  'Ferrari',
  'Esposito',
  'Bianchi',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'Costa',
  'Giordano',
  'Mancini',
  'Rizzo',
  'Lombardi',
  'Moretti',
  'Barbieri',
  'Fontana',
  'Santoro',
  'Mariani',
  'Rinaldi',
  'Caruso',
  'Ferrara',
  'Galli',
  'Martini',
  'Leone',
  'Parodi',
];

export const MAIL_DOMAINS = ['example.it', 'example.org', 'posta.example.it', 'mail.example.com'];

export const REPLIES = [
  'Gentile cittadina, gentile cittadino, le confermiamo che la documentazione richiesta è disponibile sul portale del Comune.',
  'Gentile cittadina, gentile cittadino, la pratica può essere avviata online con SPID o allo sportello su appuntamento.',
  "Gentile cittadina, gentile cittadino, abbiamo verificato con l'ufficio competente: l'intervento è stato programmato.",
  'Gentile cittadina, gentile cittadino, le indichiamo gli orari aggiornati dello sportello e i documenti da portare.',
  'Gentile cittadina, gentile cittadino, la sua segnalazione è stata presa in carico dal servizio manutenzioni.',
];

export const OFFICE_ANSWERS = [
  'Sopralluogo effettuato, intervento di ripristino eseguito.',
  'Verificato con il gestore del servizio: il disservizio è stato risolto.',
  "La pratica è stata riesaminata e l'importo corretto.",
  'Abbiamo richiamato il personale coinvolto al rispetto delle procedure.',
  'Intervento programmato entro trenta giorni, compatibilmente con le condizioni meteo.',
];

export const PAUSE_REASONS = [
  "Serve l'indirizzo esatto (via e numero civico).",
  'Ci invii copia del documento citato nella richiesta.',
  'Ci indichi un recapito telefonico per essere ricontattato.',
];

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function pick<T>(values: readonly T[], i: number): T {
  return values[((i % values.length) + values.length) % values.length] as T;
}

/** A citizen's filing as the portal's form sends it. */
export interface Filing {
  kind: TicketKind;
  subject: string;
  body: string;
  name?: string;
  email?: string;
  phone?: string;
}

/** Deterministic filings for the intake benchmark: same mix of kinds as the generator (citizen kinds only). */
export function makeFilings(count: number, seed: number): Filing[] {
  const filings: Filing[] = [];
  let state = seed >>> 0 || 1;
  const rand = () => {
    // xorshift32: reproducible and fast.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  for (let i = 0; i < count; i++) {
    const r = rand();
    const kind: TicketKind =
      r < 0.46
        ? 'inquiry'
        : r < 0.72
          ? 'report'
          : r < 0.87
            ? 'complaint'
            : r < 0.97
              ? 'spid_support'
              : 'directory_correction';
    const k = Math.floor(rand() * 10);
    const first = pick(FIRST_NAMES, Math.floor(rand() * FIRST_NAMES.length));
    const last = pick(LAST_NAMES, Math.floor(rand() * LAST_NAMES.length));
    const street = pick(STREETS, Math.floor(rand() * STREETS.length));
    const hasEmail = rand() < 0.9;
    const filing: Filing = {
      kind,
      subject: `${pick(SUBJECTS[kind], k)} - ${street}`,
      body: [
        pick(OPENINGS, Math.floor(rand() * 10)),
        pick(DETAILS[kind], Math.floor(rand() * 10)),
        `Mi riferisco a ${street} ${1 + Math.floor(rand() * 180)}.`,
        capitalise(pick(DETAILS[kind], Math.floor(rand() * 10))),
        pick(CLOSINGS, Math.floor(rand() * 10)),
      ].join(' '),
      name: rand() < 0.9 ? `${first} ${last}` : undefined,
      email: hasEmail ? `${first}.${last}${i % 997}@${pick(MAIL_DOMAINS, i)}`.toLowerCase() : undefined,
      phone:
        !hasEmail || rand() < 0.3
          ? `3${String(Math.floor(rand() * 1e9))
              .padStart(9, '0')
              .replace(/^(\d{2})(\d{3})/, '$1 $2 ')}`
          : undefined,
    };
    filings.push(filing);
  }
  return filings;
}
