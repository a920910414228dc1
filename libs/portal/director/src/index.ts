export * from './lib/portal-director/portal-director';
