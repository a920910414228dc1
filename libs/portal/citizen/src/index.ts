export * from './lib/portal-citizen/portal-citizen';
