/**
 * Where the visitors' site (the SPA) lives: feeds, the sitemap and citations link there, not to
 * the CMS. Read as `strapi.config.get('site.url')`.
 */
export default ({ env }: { env: (key: string, fallback?: string) => string }) => {
  const url = env('SITE_URL', 'http://localhost:5173').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(url)) {
    throw new Error(`SITE_URL "${url}" must be an absolute URL with a scheme, e.g. "https://example.org"`);
  }
  return { url, feedItemLimit: 20 };
};
