import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';
import { DatabaseRateLimitStore } from '../src/security/database-rate-limit-store';
import { loginLimitKey } from '../src/security/login-limit-key';
import { createPreviewHandler } from '../src/preview/preview-handler';
import { previewSettings } from '../src/preview/preview-settings';
import site from './site';

/**
 * The login limiter's settings go straight to koa2-ratelimit, after Strapi's own (5 per 5 minutes).
 * Strapi's type knows neither a Store object nor `keyGenerator`, hence a value of its own here.
 */
const loginRateLimit = (enabled: boolean) => ({
  enabled,
  // Its counts live in the database, shared by every instance (src/security/).
  store: new DatabaseRateLimitStore() as unknown as string,
  // Keyed on the account passport-local actually checks, not only the body's email (src/security/).
  keyGenerator: loginLimitKey,
});

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requiredEnv('ADMIN_JWT_SECRET', env('ADMIN_JWT_SECRET')),
    // The admin UI renews its access token from the refresh cookie; scripts and test suites that
    // log in once and run longer than Strapi's 30 minutes may ask for a longer one.
    sessions: { accessTokenLifespan: env.int('ADMIN_ACCESS_TOKEN_LIFESPAN', 30 * 60) },
  },
  apiToken: {
    salt: requiredEnv('API_TOKEN_SALT', env('API_TOKEN_SALT')),
  },
  transfer: {
    token: {
      salt: requiredEnv('TRANSFER_TOKEN_SALT', env('TRANSFER_TOKEN_SALT')),
    },
  },
  secrets: {
    encryptionKey: requiredEnv('ENCRYPTION_KEY', env('ENCRYPTION_KEY')),
  },
  rateLimit: loginRateLimit(env.bool('ADMIN_RATE_LIMIT', true)),
  // Drafts open in the SPA through short-lived signed links (src/preview/); the site may frame them.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [new URL(site({ env }).url).origin],
      handler: createPreviewHandler(previewSettings({ PREVIEW_SECRET: env('PREVIEW_SECRET'), PREVIEW_LINK_MINUTES: env('PREVIEW_LINK_MINUTES') })),
    },
  },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});

export default config;
