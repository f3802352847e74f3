/**
 * Which pages exist comes from the CMS's own sitemap (/api/sitemap.xml lists every published
 * page); the site republishes it at its root under its own origin, next to a robots.txt.
 * https://www.sitemaps.org/protocol.html
 */
export interface SitePage {
  path: string;
  lastmod?: string;
}

/** The CMS lists pages under its SITE_URL, which need not be this build's: keep paths only. */
export function parseSitemap(xml: string): SitePage[] {
  const pages: SitePage[] = [];
  for (const match of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(match[1] ?? '')?.[1];
    if (!loc) continue;
    const lastmod = /<lastmod>([^<]+)<\/lastmod>/.exec(match[1] ?? '')?.[1];
    const path = new URL(unescapeXml(loc.trim())).pathname;
    pages.push({ path, ...(lastmod ? { lastmod: lastmod.trim() } : {}) });
  }
  return pages;
}

export function sitemapXml(siteUrl: string, pages: SitePage[]): string {
  const urls = pages.map(
    ({ path, lastmod }) => `  <url><loc>${escapeXml(siteUrl + path)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
