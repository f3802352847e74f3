import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';
import { trustedProxy } from '../src/security/trusted-proxy';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public URL of the CMS when it runs behind a proxy (https://docs.strapi.io/cms/configurations/server).
  url: env('PUBLIC_URL', ''),
  // Behind deploy/nginx.conf: the client address and scheme come from X-Forwarded-* (src/security/).
  proxy: trustedProxy({ isProxied: env.bool('IS_PROXIED', false), trustedHops: env('PROXY_TRUSTED_HOPS') }),
  // Where static files and the local upload provider's uploads/ folder live (relative to cms/);
  // one CMS per folder, so a second instance or a test never shares another's uploads.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: requiredEnv('APP_KEYS', env('APP_KEYS')).split(',').map((key) => key.trim()),
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
  // The update notifier calls the npm registry at boot; this machine (and CI) has no internet.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) },
  },
});

export default config;
