// Gives a fresh clone its own secrets: Strapi refuses to boot without APP_KEYS and friends, and a
// shared default would be a default password. Secrets already in the environment win (CI,
// containers, tests); otherwise missing ones are generated once into cms/.env and kept there.
// With NODE_ENV=production nothing is generated: a production server must be given its own secrets,
// and the CMS refuses to boot without them (src/utils/required-env.ts names the missing one).
// ENV_PATH points at another file, as it does for Strapi itself.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const envFile = process.env.ENV_PATH || fileURLToPath(new URL('../.env', import.meta.url));
const secret = () => randomBytes(24).toString('base64');
const wanted = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  // Signs the admin's draft preview links (src/preview/).
  PREVIEW_SECRET: secret,
};

const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
const definedInFile = new Set(
  existing
    .split('\n')
    .map((line) => /^\s*([A-Z0-9_]+)\s*=\s*\S/.exec(line)?.[1])
    .filter(Boolean),
);
const missing = Object.keys(wanted).filter((key) => !process.env[key] && !definedInFile.has(key));

if (missing.length > 0 && process.env.NODE_ENV === 'production') {
  console.log(`cms: NODE_ENV=production, not generating ${missing.join(', ')}: set them in the environment or ${envFile}`);
} else if (missing.length > 0) {
  const lines = missing.map((key) => `${key}=${wanted[key]()}`);
  const header = existing ? '' : '# Generated on first run by scripts/ensure-env.mjs. Never commit this file.\n';
  writeFileSync(envFile, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${header}${lines.join('\n')}\n`, {
    mode: 0o600,
  });
  console.log(`cms: generated ${missing.join(', ')} into ${envFile}`);
}
