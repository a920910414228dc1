export * from './lib/portal-office/portal-office';
