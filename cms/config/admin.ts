import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';
import { DatabaseRateLimitStore } from '../src/security/database-rate-limit-store';
import { createPreviewHandler } from '../src/preview/preview-handler';
import { previewSettings } from '../src/preview/preview-settings';
import site from './site';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requiredEnv('ADMIN_JWT_SECRET', env('ADMIN_JWT_SECRET')),
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
  // The login limiter's counts live in the database, shared by every instance (src/security/).
  rateLimit: {
    enabled: env.bool('ADMIN_RATE_LIMIT', true),
    // Strapi's type says string, but the value goes straight to koa2-ratelimit, which takes a Store.
    store: new DatabaseRateLimitStore() as unknown as string,
  },
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
