/**
 * Which proxy headers the CMS believes (`server.proxy`, config/server.ts). They decide the client
 * address the admin login limiter counts (`ctx.request.ip`) and whether the admin refresh cookie
 * is Secure (`ctx.request.secure`, from X-Forwarded-Proto).
 *
 * Strapi 5 reads `server.proxy.koa` into Koa's `app.proxy`, `server.proxy.ipHeader` into
 * `app.proxyIpHeader` and `server.proxy.maxIpsCount` into `app.maxIpsCount`
 * (@strapi/core dist/services/server/index.js); a bare boolean there is ignored.
 *
 * Koa keeps the last `maxIpsCount` entries of X-Forwarded-For and takes the first of those
 * (https://koajs.com/#request-ips): with one entry appended per trusted proxy, that is the address
 * the outermost trusted proxy saw, and whatever the visitor wrote further left is never read.
 * Koa's own default, 0, keeps every entry, so the visitor's first claim would win: the count is
 * never left at 0.
 */

export interface ProxySettings {
  koa: boolean;
  ipHeader?: string;
  maxIpsCount?: number;
}

export interface ProxyEnv {
  /** IS_PROXIED: the CMS is reachable only through the proxies counted below. */
  isProxied: boolean;
  /** PROXY_TRUSTED_HOPS: how many proxies each add one X-Forwarded-For entry (default 1: nginx). */
  trustedHops: string | undefined;
}

const EXAMPLE = 'e.g. IS_PROXIED=true PROXY_TRUSTED_HOPS=1 behind deploy/nginx.conf';

export function trustedProxy({ isProxied, trustedHops }: ProxyEnv): ProxySettings {
  const hops = trustedHops?.trim() ?? '';
  if (!isProxied) {
    // A hop count that is silently ignored would leave the operator believing in a trust they lack.
    if (hops !== '') throw new Error(`PROXY_TRUSTED_HOPS="${trustedHops}" has no effect without IS_PROXIED=true: ${EXAMPLE}`);
    return { koa: false };
  }
  const count = hops === '' ? '1' : hops;
  if (!/^[1-9]\d*$/.test(count)) {
    throw new Error(`PROXY_TRUSTED_HOPS="${trustedHops}" must be a whole number of proxies, at least 1: ${EXAMPLE}`);
  }
  return { koa: true, ipHeader: 'X-Forwarded-For', maxIpsCount: Number(count) };
}
