// Where the visitors' site is public, derived in one place from one setting (SITE_URL), so the
// CMS (feeds, sitemap, citations, preview links), the build (canonical URLs, Open Graph, JSON-LD)
// and the site's server (sitemap.xml, robots.txt) never name different addresses.
// No I/O: callers pass their environment (process.env, Strapi's env, Vite's loadEnv).

/** The ports the site is served on when SITE_URL is not set: Vite (`pnpm dev`) and web/server/serve.ts (`pnpm start`). */
export const SITE_PORTS = { dev: 5173, start: 4173 } as const;

/** How the site is being run: `dev` (Vite's dev server) or `start` (a production build, served by web/server/serve.ts). */
export type SiteRun = keyof typeof SITE_PORTS;

/** The settings the site's address is derived from. */
export interface SiteUrlSettings {
  /** The site's public address, e.g. `https://example.org`: the one setting. */
  SITE_URL?: string | undefined;
  /** Older name of SITE_URL, still read when SITE_URL is unset. */
  VITE_SITE_URL?: string | undefined;
  /** The port `pnpm start` serves the site on (default 4173); names the local address when SITE_URL is unset. */
  SITE_PORT?: string | undefined;
}

/**
 * The site's public address without a trailing slash: SITE_URL (or its alias VITE_SITE_URL), else
 * the local address the given run serves the site on (`http://localhost:4173` for `start`, or
 * SITE_PORT; `http://localhost:5173` for `dev`). Throws naming the setting and a good value.
 */
export function publicSiteUrl(settings: SiteUrlSettings, run: SiteRun): string {
  const [name, given] = settings.SITE_URL?.trim()
    ? ['SITE_URL', settings.SITE_URL]
    : settings.VITE_SITE_URL?.trim()
      ? ['VITE_SITE_URL', settings.VITE_SITE_URL]
      : [undefined, undefined];
  if (name && given) return checkSiteUrl(name, given);
  const port = run === 'start' && settings.SITE_PORT?.trim() ? settings.SITE_PORT.trim() : String(SITE_PORTS[run]);
  if (!/^\d{1,5}$/.test(port)) throw new Error(`SITE_PORT "${settings.SITE_PORT}" must be a port number, e.g. "4173"`);
  return `http://localhost:${port}`;
}

/** `value` without trailing slashes if it is an absolute http(s) URL with nothing after the path; throws naming `name` otherwise. */
export function checkSiteUrl(name: string, value: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(trimmed)) {
    throw new Error(`${name} "${value}" must be an absolute URL with a scheme, e.g. "https://example.org"`);
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`${name} "${value}" is not a valid URL, e.g. "https://example.org"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${name} "${value}" must be a plain address without query, fragment or credentials, e.g. "https://example.org"`);
  }
  return trimmed;
}
