/**
 * A koa2-ratelimit store kept in the CMS's database instead of process memory, so Strapi's admin
 * login limiter (5 attempts per 5 minutes per account, route and client address; see login-limit-key.ts) holds across restarts and
 * across several CMS instances behind a load balancer. Used through `admin.rateLimit.store`
 * (config/admin.ts); the table is created in bootstrap (ensureRateLimitTable).
 */
import type { Core } from '@strapi/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Stores } = require('koa2-ratelimit') as { Stores: { Store: new () => object } };

export const RATE_LIMIT_TABLE = 'homepage_rate_limits';

interface RateLimitOptions {
  interval: number;
}

declare const strapi: Core.Strapi;

export class DatabaseRateLimitStore extends Stores.Store {
  private get knex() {
    return strapi.db.connection;
  }

  async incr(key: string, options: RateLimitOptions, weight: number): Promise<{ counter: number; dateEnd: number }> {
    const now = Date.now();
    const knex = this.knex;
    await knex(RATE_LIMIT_TABLE).where('date_end', '<=', now).del();
    await knex(RATE_LIMIT_TABLE)
      .insert({ key, counter: weight, date_end: now + options.interval })
      .onConflict('key')
      .merge({ counter: knex.raw('?? + ?', [`${RATE_LIMIT_TABLE}.counter`, weight]) });
    const row = (await knex(RATE_LIMIT_TABLE).where({ key }).first()) as { counter: number | string; date_end: number | string };
    return { counter: Number(row.counter), dateEnd: Number(row.date_end) };
  }

  async decrement(key: string, _options: RateLimitOptions, weight: number): Promise<void> {
    await this.knex(RATE_LIMIT_TABLE).where({ key }).decrement('counter', weight);
  }

  async saveAbuse(): Promise<void> {}
}

export async function ensureRateLimitTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(RATE_LIMIT_TABLE)) return;
  await knex.schema.createTable(RATE_LIMIT_TABLE, (table) => {
    table.string('key', 512).primary();
    table.integer('counter').notNullable();
    table.bigInteger('date_end').notNullable().index();
  });
}
