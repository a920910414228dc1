/** Test fixtures for the portal libraries' specs; never imported by application code. */
export * from './lib/tickets/testing/ticket-detail.fixture';
