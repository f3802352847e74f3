import { describe, expect, it } from 'vitest';
import { MAX_ERROR_MESSAGE_CHARS, shortenedErrorBody } from './short-errors';

const errorBody = (message: string, details: unknown = {}) => ({ data: null, error: { status: 400, name: 'ValidationError', message, details } });

describe('shortenedErrorBody', () => {
  it('cuts a message that quotes a huge value, keeping its start, status and name', () => {
    const message = `this must be a \`object\` type, but the final value was: \`${'[\n'.repeat(100_000)}\``;
    const short = shortenedErrorBody(errorBody(message));
    expect(short.error.message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS + 60);
    expect(short.error.message).toMatch(/^this must be a `object` type/);
    expect(short.error.message).toMatch(/cut\)$/);
    expect(short.error).toMatchObject({ status: 400, name: 'ValidationError' });
  });

  it('leaves out details that are larger than the limit, and keeps small ones', () => {
    const huge = { errors: [{ path: ['email'], message: 'email must be a string', value: 'x'.repeat(50_000) }] };
    expect(shortenedErrorBody(errorBody('Invalid', huge)).error.details).toEqual({});
    const small = { errors: [{ path: ['email'], message: 'email must be a string' }] };
    expect(shortenedErrorBody(errorBody('Invalid', small)).error.details).toBe(small);
  });

  it('returns ordinary errors and other bodies unchanged', () => {
    const ordinary = errorBody('Invalid credentials');
    expect(shortenedErrorBody(ordinary)).toBe(ordinary);
    const page = { data: [{ id: 1 }], meta: {} };
    expect(shortenedErrorBody(page)).toBe(page);
    expect(shortenedErrorBody('text')).toBe('text');
  });
});
