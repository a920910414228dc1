/** GET /api/health */
export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
  /** Server time, ISO 8601 UTC. */
  time: string;
}
