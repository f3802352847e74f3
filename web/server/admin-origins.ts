/**
 * Where the owner opens the CMS's admin: the only origins allowed to frame a draft preview (its
 * `frame-ancestors`, ./csp.ts), so the admin's preview panel can show it. A browser treats
 * `http://localhost:1337` and `http://127.0.0.1:1337` as two origins, so an admin opened under the
 * name the site was not told about got a refused frame.
 */

/**
 * The names of this machine an admin is opened under. Not `[::1]`: a Content-Security-Policy
 * source cannot name an IPv6 address (CSP3 host-source), browsers drop it.
 */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1'];

/**
 * ADMIN_ORIGINS (comma-separated, e.g. `https://example.org,https://cms.example.org`) when set;
 * else the CMS's own origin and, when the CMS is on this machine, the same port under each
 * loopback name. Throws naming an entry that is not an origin.
 */
export function adminOrigins(setting: string | undefined, cmsUrl: string): string[] {
  if (setting?.trim()) return [...new Set(setting.split(',').map((entry) => entry.trim()).filter(Boolean).map(checkOrigin))];
  const cms = new URL(cmsUrl);
  if (!LOOPBACK_HOSTS.includes(cms.hostname)) return [cms.origin];
  return LOOPBACK_HOSTS.map((host) => `${cms.protocol}//${host}${cms.port ? `:${cms.port}` : ''}`);
}

function checkOrigin(entry: string): string {
  let url: URL | undefined;
  try {
    url = new URL(entry);
  } catch {
    url = undefined;
  }
  const bare = url && /^https?:$/.test(url.protocol) && url.origin === entry.replace(/\/$/, '') && !url.hostname.startsWith('[');
  if (!url || !bare) {
    throw new Error(`ADMIN_ORIGINS entry "${entry}" must be an origin (scheme, host name, optional port; no IPv6 address), e.g. "https://cms.example.org"`);
  }
  return url.origin;
}
