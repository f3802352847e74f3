/**
 * The yardstick for the cold-start figures: a stock Strapi app of the same version, written into a
 * temp folder by this run, with Strapi's default plugins and middlewares, users-permissions, and
 * no content type, component or code of ours. It runs on the CMS's own installed packages
 * (node_modules linked) with SQLite set up as ours, so the two boots differ in what our app adds
 * and in the finish line: a stock app has no content to ask for, so it is timed from spawn of
 * `node server.js` to its `/_health` answer (204), ours to the first 200 of `/api/publications`,
 * which adds that first request (tens of ms). Booted on a database it has booted on before
 * ("populated": schema in place) and on a new one ("empty": schema created).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './cms';

/** Where the stock app is and how to start it. */
export interface StockApp {
  dir: string;
  entry: string;
  /** Answers 204 once Strapi listens (a stock app has no content route to ask). */
  readyPath: string;
}

/** A scaffold's dependencies, at the CMS's versions: Strapi finds its plugins (users-permissions) here. */
function packageJson(): string {
  const cms = JSON.parse(readFileSync(path.join(CMS_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const names = ['@strapi/strapi', '@strapi/plugin-users-permissions', 'better-sqlite3'];
  return JSON.stringify({ name: 'stock-strapi', private: true, version: '0.0.0', dependencies: Object.fromEntries(names.map((name) => [name, cms.dependencies[name]])) });
}

const FILES: Record<string, string> = {
  // SQLite as ours runs it (cms/config/database.ts): WAL and the same busy timeout.
  'config/database.js':
    `module.exports = ({ env }) => ({ connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true,` +
    ` pool: { afterCreate: (db, done) => { db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000'); done(undefined, db); } } } });\n`,
  'config/server.js': `module.exports = ({ env }) => ({ host: env('HOST'), port: env.int('PORT'), app: { keys: env.array('APP_KEYS') } });\n`,
  // No admin panel is built for it, so it serves none; ours registers its built panel's static files (a few ms).
  'config/admin.js':
    `module.exports = ({ env }) => ({ serveAdminPanel: false, auth: { secret: env('ADMIN_JWT_SECRET') }, apiToken: { salt: env('API_TOKEN_SALT') },` +
    ` transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } }, secrets: { encryptionKey: env('ENCRYPTION_KEY') } });\n`,
  // Strapi's scaffold's list (create-strapi-app 5.x).
  'config/middlewares.js':
    `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];\n`,
  'config/plugins.js': 'module.exports = {};\n',
  'src/index.js': 'module.exports = { register() {}, bootstrap() {} };\n',
  // As cms/server.js starts ours: Strapi without its CLI.
  'server.js': `require('@strapi/strapi').createStrapi({ appDir: __dirname, distDir: __dirname }).start();\n`,
};

export function writeStockApp(parentDir: string): StockApp {
  const dir = path.join(parentDir, 'stock-strapi');
  for (const [file, text] of Object.entries({ ...FILES, 'package.json': packageJson() })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  // The upload plugin refuses to start without its folder.
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  symlinkSync(path.join(CMS_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, entry: path.join(dir, 'server.js'), readyPath: '/_health' };
}
