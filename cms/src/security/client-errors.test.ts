import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';
import { foreignClientError } from './client-errors';

/** What Koa's `ctx.throw(status, message)` throws (its own copy of http-errors). */
const createHttpError = (status: number, message: string) =>
  Object.assign(new Error(message), { status, statusCode: status, expose: status < 500, name: status === 400 ? 'BadRequestError' : 'HttpError' });

describe('foreignClientError', () => {
  it("takes Koa's 4xx errors (ctx.throw) as the client's", () => {
    expect(foreignClientError(createHttpError(400, 'failed to decode'))).toEqual({ status: 400, name: 'BadRequestError', message: 'failed to decode' });
    expect(foreignClientError(createHttpError(416, 'Range Not Satisfiable'))).toMatchObject({ status: 416 });
  });

  it('leaves server errors, plain errors and Strapi’s own errors to strapi::errors', () => {
    expect(foreignClientError(createHttpError(500, 'boom'))).toBeUndefined();
    expect(foreignClientError(Object.assign(new Error('hidden'), { status: 400, expose: false }))).toBeUndefined();
    expect(foreignClientError(new Error('plain'))).toBeUndefined();
    expect(foreignClientError(new errors.ValidationError('bad'))).toBeUndefined();
    expect(foreignClientError('text')).toBeUndefined();
  });
});
