/**
 * Where the visitors' site (the SPA) lives: feeds, the sitemap and citations link there, not to
 * the CMS. Read as `strapi.config.get('site.url')`. Derived from SITE_URL by the same function as
 * the site's build (shared/src/site-url.ts), so both name one address: unset, a production CMS
 * links to the site `pnpm start` serves (:4173, or SITE_PORT), a development one to Vite's (:5173).
 */
import { publicSiteUrl } from '@homepage/shared';

export default ({ env }: { env: (key: string, fallback?: string) => string | undefined }) => {
  const url = publicSiteUrl(
    { SITE_URL: env('SITE_URL'), VITE_SITE_URL: env('VITE_SITE_URL'), SITE_PORT: env('SITE_PORT') },
    env('NODE_ENV') === 'production' ? 'start' : 'dev',
  );
  return { url, feedItemLimit: 20 };
};
