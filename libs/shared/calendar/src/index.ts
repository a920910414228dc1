export * from './lib/shared-calendar';
