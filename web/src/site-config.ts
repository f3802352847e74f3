import { readSiteConfig, type SiteConfig } from './config';

let checked: SiteConfig | undefined;

/** The build's settings, checked on first use (so a bad value surfaces where it can be shown). */
export function siteConfig(): SiteConfig {
  checked ??= readSiteConfig(import.meta.env);
  return checked;
}
