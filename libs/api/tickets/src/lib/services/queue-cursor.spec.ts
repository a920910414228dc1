import { decodeCursor, encodeCursor } from './queue-cursor';

describe('queue cursor', () => {
  it('round-trips', () => {
    const cursor = { slaSort: '2026-11-26 10:00:00+00', id: '7f2c1a52-8d7e-4a9b-9a55-0b7a8c1d2e3f' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ ...cursor, slaSort: 'infinity' })).slaSort).toBe('infinity');
  });

  it('rejects anything else with a 400', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow('after is not a cursor');
    expect(() => decodeCursor(Buffer.from('["x","y"]').toString('base64url'))).toThrow('after is not a cursor');
    expect(() => decodeCursor(Buffer.from("[\"2026-01-01\",\"1'; drop table ticket;--\"]").toString('base64url'))).toThrow();
  });
});
