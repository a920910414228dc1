import type { Dictionary } from './it.dictionary';

/** English texts. Typed as `Dictionary`, so a key missing here is a compile error. */
export const EN: Dictionary = {
  'site.urpName': 'Public Relations Office',
  'site.municipalityFallback': 'Municipality',
  'site.loading': 'Loading contacts…',
  'site.unavailable': 'The contacts could not be loaded. Please try again later.',

  'skip.label': 'Skip links',
  'skip.mainContent': 'Skip to main content',
  'skip.footer': 'Skip to footer',

  'header.homeLink': 'Go to the home page',
  'header.language': 'Language',
  'header.reservedArea': 'Staff area',
  'header.signedInAs': 'Signed in as',
  'header.signOut': 'Sign out',

  'nav.label': 'Main menu',
  'nav.staffLabel': 'Staff menu',
  'nav.open': 'Open the navigation menu',
  'nav.close': 'Close the navigation menu',
  'nav.home': 'Home',
  'nav.newRequest': 'Send a report',
  'nav.track': 'Track your request',
  'nav.book': 'Book an appointment',
  'nav.operator': 'Operator console',
  'nav.office': 'Office area',
  'nav.director': 'Director dashboard',

  'footer.contacts': 'Contacts',
  'footer.email': 'E-mail',
  'footer.pec': 'Certified e-mail (PEC)',
  'footer.phone': 'Phone',
  'footer.address': 'Address',
  'footer.usefulLinks': 'Useful links',
  'footer.privacy': 'Privacy notice',
  'footer.accessibility': 'Accessibility statement',

  'home.title': 'Home',
  'home.heading': 'Public Relations Office',
  'home.lead':
    'The URP is the municipal office that listens to citizens: here you can ask for information, file a complaint or a report, track your request and book an appointment at the counter.',
  'home.servicesHeading': 'What you can do',
  'home.newRequest.title': 'Send a report or a complaint',
  'home.newRequest.text':
    'Ask for information, report a problem or complain about a municipal service. You will receive a code to track your request.',
  'home.track.title': 'Track your request',
  'home.track.text': 'With the code you received (for example URP-2026-000123) you can see where your request stands.',
  'home.book.title': 'Book an appointment',
  'home.book.text': 'Book an appointment at the URP counter, for example to get your SPID credentials.',
  'home.go': 'Go to the service',
  'home.contactsHeading': 'How to contact the URP',

  'comingSoon.text':
    'This service will be available soon. In the meantime you can contact the URP using the details at the bottom of the page.',
  'comingSoon.back': 'Back to the home page',

  'login.title': 'Staff sign-in',
  'login.intro': 'Reserved area for municipal staff. Citizens do not need to sign in to use the URP services.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.required': 'This field is required.',
  'login.tooLong': 'At most {max} characters.',
  'login.errorTitle': 'Sign-in failed',
  'login.error.invalidCredentials': 'Wrong username or password.',
  'login.error.tooManyAttempts': 'Too many sign-in attempts. Please try again in a few minutes.',
  'login.error.invalidInput': 'Please check the data you entered and try again.',
  'login.error.unavailable': 'The service cannot be reached right now. Please try again later.',
  'login.sessionExpired': 'Your session has expired: sign in again to continue.',
  'login.alreadySignedIn': 'You are already signed in as {name}.',
  'login.goToArea': 'Go to your work area',

  'forbidden.title': 'Not authorised',
  'forbidden.text': 'You do not have the permissions needed to open this section.',
  'forbidden.switchUser': 'Sign in as another user',
  'forbidden.home': 'Back to the home page',

  'notFound.title': 'Page not found',
  'notFound.text':
    'The page you are looking for does not exist or has moved. Check the address or go back to the home page.',
  'notFound.home': 'Back to the home page',

  'accessibility.title': 'Accessibility statement',
  'accessibility.intro':
    'The Municipality is committed to making this website accessible, in accordance with Italian Law no. 4 of 9 January 2004 and the AgID accessibility guidelines.',
  'accessibility.status':
    'The website is designed to conform to WCAG 2.1 level AA. The full statement, with the assessment results and the feedback mechanism, will be published soon.',
  'accessibility.feedback':
    'To report an accessibility problem, write to the URP using the details at the bottom of the page.',

  'privacy.title': 'Privacy notice',
  'privacy.intro':
    'The personal data you give us are processed by the Municipality, as data controller, only to handle your request, in accordance with Regulation (EU) 2016/679 (GDPR).',
  'privacy.minimal':
    'We collect only the data we need and keep them for the period required by law. You can ask to access, correct or erase your data.',
  'privacy.pending': 'The full privacy notice will be published soon.',

  'staff.welcome': 'Welcome, {name}.',
  'staff.comingSoon': 'Coming to this section',

  'operator.title': 'Operator console',
  'operator.description':
    'From here you will work the single queue of requests coming from every channel (web, e-mail, PEC, phone, counter), reply to citizens and forward complaints to the competent offices.',
  'operator.item.queue': 'Request queue with filters by channel, kind and deadline',
  'operator.item.reply': 'Replies to citizens and forwarding to offices',
  'operator.item.onBehalf': 'Recording requests received at the counter or by phone',

  'office.title': 'Office area',
  'office.description':
    'Here you will find the requests forwarded to your office: you will be able to take them in charge and send the answer for the citizen.',
  'office.item.inbox': 'Requests forwarded to your office',
  'office.item.takeInCharge': 'Taking in charge and answering',
  'office.item.reminders': 'Reminders received and deadlines',

  'director.title': 'Director dashboard',
  'director.description':
    'Here you will follow the service charter indicators live and approve, sign and publish the annual report.',
  'director.item.indicators': 'Up-to-date service charter indicators',
  'director.item.report': 'Annual report: approval, signature and publication',
  'director.item.actions': 'Improvement actions and outcomes',
};
