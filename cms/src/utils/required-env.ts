/**
 * Values published as examples (Strapi's scaffolded .env.example and its docs): a server running
 * on one of them signs admin sessions and API tokens with a secret anyone can look up.
 */
const SAMPLE_SECRETS = new Set(['tobemodified', 'tobemodified1', 'tobemodified2', 'changeme', 'secret']);

const hint = (name: string) => `e.g. ${name}=$(openssl rand -base64 24)`;

/**
 * Reads a setting Strapi cannot boot without, failing with a message that says how to fix it.
 * In production (NODE_ENV=production) a sample value is refused as well: development gets its
 * secrets generated into cms/.env (scripts/ensure-env.mjs), production must be given its own.
 * Comma-separated lists (APP_KEYS) are checked key by key.
 */
export function requiredEnv(name: string, value: string | undefined): string {
  if (!value || !value.trim()) {
    throw new Error(
      `${name} is not set: run the CMS through "pnpm start" / "pnpm dev" (which generate cms/.env on first run) ` +
        `or set it in the environment, ${hint(name)}`,
    );
  }
  if (process.env.NODE_ENV === 'production') {
    const parts = value.split(',').map((part) => part.trim());
    if (parts.some((part) => part === '')) {
      throw new Error(`${name} has an empty entry in its comma-separated list: production needs every key set, ${hint(name)}`);
    }
    const sample = parts.find((part) => SAMPLE_SECRETS.has(part.toLowerCase()));
    if (sample !== undefined) {
      throw new Error(`${name} is the sample value "${sample}": production needs a secret of its own, ${hint(name)}`);
    }
  }
  return value;
}
