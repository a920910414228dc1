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

// Forms: error summary, field messages, API errors
export * from './lib/forms/api-problem';
export * from './lib/forms/contact-fields.component';
export * from './lib/forms/contact.validator';
export * from './lib/forms/error-summary.component';
export * from './lib/forms/field-error.pipe';
export * from './lib/forms/filing-form';
export * from './lib/forms/textarea-field.component';

// Tickets: labels, dates, deadlines and the views both staff areas share
export * from './lib/tickets/now';
export * from './lib/tickets/queue-filters';
export * from './lib/tickets/queue-filters.component';
export * from './lib/tickets/rome-time';
export * from './lib/tickets/rome-time.pipe';
export * from './lib/tickets/sla';
export * from './lib/tickets/sla-badge.component';
export * from './lib/tickets/status-badge.component';
export * from './lib/tickets/ticket-api-paths';
export * from './lib/tickets/ticket-content.component';
export * from './lib/tickets/ticket-detail-view.component';
export * from './lib/tickets/ticket-history';
export * from './lib/tickets/ticket-history.component';
export * from './lib/tickets/ticket-label.pipe';
export * from './lib/tickets/ticket-overview.component';
export * from './lib/tickets/ticket-queue.component';
export * from './lib/tickets/ticket-receipt.component';
export * from './lib/tickets/ticket-table.component';
export * from './lib/tickets/ticket-workspace';

// Site-wide pages
export * from './lib/pages/accessibility.page';
export * from './lib/pages/forbidden.page';
export * from './lib/pages/not-found.page';
export * from './lib/pages/privacy.page';

// Test data for the staff areas' specs (unused by the app, so left out of its bundle)
