export * from './lib/auth.contracts';
export * from './lib/error.contracts';
export * from './lib/health.contracts';
export * from './lib/site.contracts';
export * from './lib/ticket.contracts';
