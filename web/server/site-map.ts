/**
 * The site's sitemap.xml and robots.txt, written by the prerenderer under the site's own origin
 * from the pages it rendered (their canonical URL and language versions).
 * https://www.sitemaps.org/protocol.html
 */
export interface SitePage {
  path: string;
  lastmod?: string;
  /** The same page in other languages (hreflang → absolute URL), for `xhtml:link` alternates. */
  alternates?: { hreflang: string; href: string }[];
}

/** Language versions in a sitemap: https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap */
export function sitemapXml(siteUrl: string, pages: SitePage[]): string {
  const urls = pages.map(({ path, lastmod, alternates = [] }) => {
    const links = alternates.map(({ hreflang, href }) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`);
    return `  <url><loc>${escapeXml(siteUrl + path)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}${links.join('')}</url>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

/**
 * What a rendered page says about its languages: its canonical URL and its hreflang alternates on
 * this site (a translation elsewhere, such as a post's on Zhihu, is not one of the site's pages).
 */
export function languageLinksOf(html: string, siteUrl: string): { canonical: string | null; alternates: { hreflang: string; href: string }[] } {
  const head = html.slice(0, html.indexOf('</head>'));
  let canonical: string | null = null;
  const alternates: { hreflang: string; href: string }[] = [];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const rel = attribute('rel');
    const href = attribute('href');
    if (!href) continue;
    const url = unescapeXml(href);
    const hreflang = attribute('hreflang');
    if (rel === 'canonical') canonical = url;
    else if (rel === 'alternate' && hreflang && url.startsWith(`${siteUrl}/`)) alternates.push({ hreflang, href: url });
  }
  return { canonical, alternates };
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
