export * from './lib/operator.routes';
export * from './lib/operator-console.page';
