export * from './lib/staff-role';
export * from './lib/ticket';
export * from './lib/ticket-labels';
