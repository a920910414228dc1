export * from './lib/staff-role';
