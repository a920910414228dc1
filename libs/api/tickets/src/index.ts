export * from './lib/api-tickets.module';
