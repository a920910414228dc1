/** Body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  /** Human-readable messages, one per problem found (e.g. one per invalid field). */
  message: string | string[];
}
