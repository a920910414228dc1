import { NO_QUEUE_FILTERS, queueFiltersFromParams, queueFiltersToParams, queueHttpParams } from './queue-filters';

const OFFICE = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';

describe('queue filters', () => {
  it('reads known values from the query parameters and ignores the rest', () => {
    const params: Record<string, string> = {
      kind: 'complaint',
      channel: 'fax',
      status: 'all',
      officeId: 'not-a-uuid',
      overdue: 'true',
      assignedToMe: 'yes',
    };
    expect(queueFiltersFromParams((name) => params[name])).toEqual({
      ...NO_QUEUE_FILTERS,
      kind: 'complaint',
      status: 'all',
      overdue: true,
    });
  });

  it('writes unset filters as null, so they leave the URL', () => {
    expect(queueFiltersToParams({ ...NO_QUEUE_FILTERS, officeId: OFFICE, assignedToMe: true })).toEqual({
      kind: null,
      channel: null,
      status: null,
      officeId: OFFICE,
      overdue: null,
      assignedToMe: 'true',
    });
  });

  it('builds the API query with the keyset cursor', () => {
    const params = queueHttpParams({ ...NO_QUEUE_FILTERS, status: 'forwarded', overdue: true }, 'cursor-1');
    expect(params.toString()).toBe('status=forwarded&overdue=true&after=cursor-1');
  });

  it('round-trips through the URL', () => {
    const filters = { ...NO_QUEUE_FILTERS, kind: 'report' as const, channel: 'web' as const, officeId: OFFICE };
    const params = queueFiltersToParams(filters);
    expect(queueFiltersFromParams((name) => params[name] as string | null)).toEqual(filters);
  });
});
