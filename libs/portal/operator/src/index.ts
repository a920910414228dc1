export * from './lib/portal-operator/portal-operator';
