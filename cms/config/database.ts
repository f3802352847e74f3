import path from 'path';
import type { Core } from '@strapi/strapi';

type Client = 'sqlite' | 'postgres';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite') as string;
  if (client !== 'sqlite' && client !== 'postgres') {
    throw new Error(`DATABASE_CLIENT "${client}" is not supported: use "sqlite" (default) or "postgres"`);
  }

  const connections: Record<Client, Core.Config.Database['connection']> = {
    postgres: {
      client: 'postgres',
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', 'localhost'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'homepage'),
        user: env('DATABASE_USERNAME', 'homepage'),
        password: env('DATABASE_PASSWORD', ''),
        ssl: env.bool('DATABASE_SSL', false) && {
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
        // No statement may hold a connection (and a visitor's request) longer than this: the
        // query guard keeps public queries small, and this is the backstop behind it.
        statement_timeout: env.int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      client: 'sqlite',
      connection: {
        // Relative paths are taken from the cms/ folder; an empty value means the default
        // (Strapi's scaffold writes DATABASE_FILENAME= into .env, which otherwise breaks boot).
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME') || '.tmp/data.db'),
      },
      useNullAsDefault: true,
      // WAL lets readers proceed while the owner saves, and survives crashes without corruption.
      pool: {
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) => {
          const database = connection as { pragma: (statement: string) => unknown };
          database.pragma('journal_mode = WAL');
          database.pragma('busy_timeout = 5000');
          done(undefined, connection);
        },
      },
    },
  };

  return {
    connection: {
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
