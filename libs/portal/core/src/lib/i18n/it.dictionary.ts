/**
 * Italian texts: the reference dictionary. Every key used by the portal is declared here first;
 * the English dictionary must translate every one of them (the compiler checks it).
 * `{name}` placeholders are filled by `TranslationService.t(key, { name })`.
 */
export const IT = {
  'site.urpName': 'Ufficio Relazioni con il Pubblico',
  'site.municipalityFallback': 'Comune',
  'site.loading': 'Caricamento dei contatti in corso…',
  'site.unavailable': 'Non è stato possibile caricare i contatti. Riprova più tardi.',

  'skip.label': 'Scorciatoie di navigazione',
  'skip.mainContent': 'Vai al contenuto principale',
  'skip.footer': 'Vai al piè di pagina',

  'header.homeLink': 'Vai alla home page',
  'header.language': 'Lingua',
  'header.reservedArea': 'Area riservata',
  'header.signedInAs': 'Accesso effettuato come',
  'header.signOut': 'Esci',

  'nav.label': 'Menu principale',
  'nav.staffLabel': 'Menu del personale',
  'nav.open': 'Apri il menu di navigazione',
  'nav.close': 'Chiudi il menu di navigazione',
  'nav.home': 'Home',
  'nav.newRequest': 'Invia una segnalazione',
  'nav.track': 'Segui la tua pratica',
  'nav.book': 'Prenota un appuntamento',
  'nav.operator': 'Console operatore',
  'nav.office': 'Area ufficio',
  'nav.director': 'Cruscotto direzione',

  'footer.contacts': 'Contatti',
  'footer.email': 'E-mail',
  'footer.pec': 'PEC',
  'footer.phone': 'Telefono',
  'footer.address': 'Indirizzo',
  'footer.usefulLinks': 'Link utili',
  'footer.privacy': 'Informativa sulla privacy',
  'footer.accessibility': 'Dichiarazione di accessibilità',

  'home.title': 'Home',
  'home.heading': 'Ufficio Relazioni con il Pubblico',
  'home.lead':
    "L'URP è l'ufficio del Comune che ascolta i cittadini: qui puoi chiedere informazioni, presentare un reclamo o una segnalazione, seguire la tua pratica e prenotare un appuntamento allo sportello.",
  'home.servicesHeading': 'Cosa puoi fare',
  'home.newRequest.title': 'Invia una segnalazione o un reclamo',
  'home.newRequest.text':
    'Chiedi informazioni, segnala un problema o presenta un reclamo sui servizi del Comune. Riceverai un codice per seguire la pratica.',
  'home.track.title': 'Segui la tua pratica',
  'home.track.text': 'Con il codice ricevuto (ad esempio URP-2026-000123) puoi vedere a che punto è la tua richiesta.',
  'home.book.title': 'Prenota un appuntamento',
  'home.book.text': 'Prenota un appuntamento allo sportello URP, ad esempio per il rilascio delle credenziali SPID.',
  'home.go': 'Vai al servizio',
  'home.contactsHeading': "Come contattare l'URP",

  'comingSoon.text':
    'Questo servizio sarà disponibile a breve. Nel frattempo puoi contattare l’URP ai recapiti indicati in fondo alla pagina.',
  'comingSoon.back': 'Torna alla home page',

  'login.title': 'Accesso del personale',
  'login.intro':
    "Area riservata al personale del Comune. I cittadini non hanno bisogno di accedere per usare i servizi dell'URP.",
  'login.username': 'Nome utente',
  'login.password': 'Password',
  'login.submit': 'Accedi',
  'login.submitting': 'Accesso in corso…',
  'login.required': 'Campo obbligatorio.',
  'login.tooLong': 'Al massimo {max} caratteri.',
  'login.errorTitle': 'Accesso non riuscito',
  'login.error.invalidCredentials': 'Nome utente o password non corretti.',
  'login.error.tooManyAttempts': 'Troppi tentativi di accesso. Riprova tra qualche minuto.',
  'login.error.invalidInput': 'Controlla i dati inseriti e riprova.',
  'login.error.unavailable': 'Il servizio non è al momento raggiungibile. Riprova più tardi.',
  'login.sessionExpired': 'La sessione è scaduta: accedi di nuovo per continuare.',
  'login.alreadySignedIn': 'Hai già effettuato l’accesso come {name}.',
  'login.goToArea': 'Vai alla tua area di lavoro',

  'forbidden.title': 'Non autorizzato',
  'forbidden.text': 'Non hai i permessi necessari per accedere a questa sezione.',
  'forbidden.switchUser': 'Accedi con un altro utente',
  'forbidden.home': 'Torna alla home page',

  'notFound.title': 'Pagina non trovata',
  'notFound.text': "La pagina che cerchi non esiste o è stata spostata. Controlla l'indirizzo o torna alla home page.",
  'notFound.home': 'Torna alla home page',

  'accessibility.title': 'Dichiarazione di accessibilità',
  'accessibility.intro':
    'Il Comune si impegna a rendere accessibile questo sito, conformemente alla Legge 9 gennaio 2004, n. 4 e alle Linee guida AgID sull’accessibilità degli strumenti informatici.',
  'accessibility.status':
    'Il sito è progettato per essere conforme ai requisiti WCAG 2.1 di livello AA. La dichiarazione completa, con l’esito della valutazione e il meccanismo di feedback, sarà pubblicata a breve.',
  'accessibility.feedback':
    'Per segnalare problemi di accessibilità puoi scrivere all’URP ai recapiti indicati in fondo alla pagina.',

  'privacy.title': 'Informativa sulla privacy',
  'privacy.intro':
    'I dati personali che ci comunichi sono trattati dal Comune, titolare del trattamento, solo per gestire la tua richiesta, nel rispetto del Regolamento (UE) 2016/679 (GDPR).',
  'privacy.minimal':
    'Raccogliamo solo i dati necessari e li conserviamo per il tempo previsto dalla legge. Puoi chiedere di accedere ai tuoi dati, di correggerli o di cancellarli.',
  'privacy.pending': 'Il testo completo dell’informativa sarà pubblicato a breve.',

  'staff.welcome': 'Benvenuto o benvenuta, {name}.',
  'staff.comingSoon': 'In arrivo in questa sezione',

  'operator.title': 'Console operatore',
  'operator.description':
    'Da qui lavorerai la coda unica delle pratiche arrivate da tutti i canali (web, e-mail, PEC, telefono, sportello), risponderai ai cittadini e inoltrerai i reclami agli uffici competenti.',
  'operator.item.queue': 'Coda delle pratiche con filtri per canale, tipo e scadenza',
  'operator.item.reply': 'Risposte ai cittadini e inoltro agli uffici',
  'operator.item.onBehalf': 'Registrazione di richieste ricevute allo sportello o al telefono',

  'office.title': 'Area ufficio',
  'office.description':
    'Qui troverai le pratiche inoltrate al tuo ufficio: potrai prenderle in carico e inviare la risposta da trasmettere al cittadino.',
  'office.item.inbox': 'Pratiche inoltrate al tuo ufficio',
  'office.item.takeInCharge': 'Presa in carico e risposta',
  'office.item.reminders': 'Solleciti ricevuti e scadenze',

  'director.title': 'Cruscotto direzione',
  'director.description':
    'Qui seguirai in tempo reale gli indicatori della Carta dei servizi e potrai approvare, firmare e pubblicare la relazione annuale.',
  'director.item.indicators': 'Indicatori della Carta dei servizi aggiornati',
  'director.item.report': 'Relazione annuale: approvazione, firma e pubblicazione',
  'director.item.actions': 'Azioni di miglioramento ed esiti',
} as const satisfies Record<string, string>;

export type TranslationKey = keyof typeof IT;

export type Dictionary = Record<TranslationKey, string>;
