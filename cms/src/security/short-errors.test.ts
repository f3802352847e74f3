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

  it('keeps every field error of oversized details, without the values they quote', () => {
    const value = 'x'.repeat(50_000);
    const huge = {
      errors: [
        { path: ['body'], name: 'ValidationError', message: `body must be at most 10000 characters, got ${value}`, value },
        { path: ['title'], name: 'ValidationError', message: 'title must be defined', value: null },
      ],
    };
    const { details } = shortenedErrorBody(errorBody('2 errors occurred', huge)).error as { details: { errors: { path: string[]; message: string }[] } };
    expect(details.errors.map((entry) => entry.path)).toEqual([['body'], ['title']]);
    expect(details.errors[1].message).toBe('title must be defined');
    expect(details.errors[0].message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS + 60);
    expect(JSON.stringify(details)).not.toContain('x'.repeat(MAX_ERROR_MESSAGE_CHARS + 1));
    const small = { errors: [{ path: ['email'], message: 'email must be a string' }] };
    expect(shortenedErrorBody(errorBody('Invalid', small)).error.details).toBe(small);
  });

  it('answers details that cannot be written as JSON with none, instead of failing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(shortenedErrorBody(errorBody('Invalid', circular)).error.details).toEqual({});
  });

  it('returns ordinary errors and other bodies unchanged', () => {
    const ordinary = errorBody('Invalid credentials');
    expect(shortenedErrorBody(ordinary)).toBe(ordinary);
    const page = { data: [{ id: 1 }], meta: {} };
    expect(shortenedErrorBody(page)).toBe(page);
    expect(shortenedErrorBody('text')).toBe('text');
  });
});
