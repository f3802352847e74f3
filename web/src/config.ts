// The site's two settings, read and checked in one place. Shared with vite.config.ts so a bad
// value fails the build with the same message a developer would otherwise see in the browser.
// VITE_SITE_URL is not read from the environment as such: vite.config.ts sets it to the address
// derived from SITE_URL (shared/src/site-url.ts), the one the CMS uses too.
import { SITE_PORTS } from '@homepage/shared';

export interface SiteConfig {
  /** Where the CMS's public REST API lives, without a trailing slash. */
  cmsUrl: string;
  /** Where this site is served, for canonical URLs and structured data; no trailing slash. */
  siteUrl: string;
}

export const DEFAULT_CMS_URL = 'http://localhost:1337';
/** Vite's dev server; builds always get an address from vite.config.ts. */
export const DEFAULT_SITE_URL = `http://localhost:${SITE_PORTS.dev}`;

/** Returns `value` without trailing slashes, or throws naming the setting and a good example. */
export function checkHttpUrl(name: string, value: string, example: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(trimmed)) {
    throw new Error(`${name} "${value}" must include a scheme, e.g. "${example}"`);
  }
  try {
    new URL(trimmed);
  } catch {
    throw new Error(`${name} "${value}" is not a valid URL, e.g. "${example}"`);
  }
  return trimmed;
}

type Env = Partial<Record<'VITE_CMS_URL' | 'VITE_SITE_URL', string>>;

export function readSiteConfig(env: Env): SiteConfig {
  return {
    cmsUrl: checkHttpUrl('VITE_CMS_URL', env.VITE_CMS_URL || DEFAULT_CMS_URL, DEFAULT_CMS_URL),
    siteUrl: checkHttpUrl('VITE_SITE_URL', env.VITE_SITE_URL || DEFAULT_SITE_URL, 'https://example.org'),
  };
}
