// Bootstrapping
export * from './lib/provide-portal-core';

// Translation
export * from './lib/i18n/language';
export * from './lib/i18n/it.dictionary';
export * from './lib/i18n/translation.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/translated-title.strategy';

// Staff authentication
export * from './lib/auth/auth-api.service';
export * from './lib/auth/auth-paths';
export * from './lib/auth/auth.service';
export * from './lib/auth/auth.store';
export * from './lib/auth/credentials.interceptor';
export * from './lib/auth/login.page';
export * from './lib/auth/role.guard';
export * from './lib/auth/staff-areas';

// Site facts
export * from './lib/site/site.service';

// Layout
export * from './lib/layout/citizen-paths';
export * from './lib/layout/footer.component';
export * from './lib/layout/header.component';
export * from './lib/layout/icon.component';
export * from './lib/layout/site-contacts.component';
export * from './lib/layout/skip-links.component';
export * from './lib/layout/staff-welcome.component';

// Site-wide pages
export * from './lib/pages/accessibility.page';
export * from './lib/pages/forbidden.page';
export * from './lib/pages/not-found.page';
export * from './lib/pages/privacy.page';
