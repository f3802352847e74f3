/**
 * The /embed/<view> pages (and /zh/embed/<view>): each embed view as a small static page that
 * other sites frame when they cannot or will not run the embed script, or that oEmbed consumers
 * (WordPress) put in an iframe. The list is in a declarative shadow root, so it shows without
 * script and looks like `<homepage-works>`; the one inline script applies `?theme=` and tells the
 * framing page the height it needs (EMBED_RESIZE_MESSAGE; the README shows the listener).
 * Rendered on every prerender run: six small requests to the CMS.
 */
import path from 'node:path';
import { EMBED_ELEMENT, EMBED_LABELS, EMBED_RESIZE_MESSAGE, EMBED_VIEWS, embedResponseSchema, isEmbedView, pathInLocale, pathWithoutLocale, SITE_LOCALES, sitePaths } from '@homepage/shared';
import { embedMarkup } from '../src/embed/embed-markup';
import { EMBED_CSS } from '../src/embed/embed-styles';
import { writeSiteFile } from './files';

/** True for `/embed/<view>` in any language: the only pages other origins may frame. */
export function isEmbedPage(pathname: string): boolean {
  const match = /^\/embed\/([a-z-]+)\/?$/.exec(pathWithoutLocale(pathname));
  return match !== null && isEmbedView(match[1]);
}

const RESIZE_SCRIPT = [
  `const e=document.querySelector('${EMBED_ELEMENT}'),t=new URLSearchParams(location.search).get('theme');`,
  "if(t==='light'||t==='dark')e.setAttribute('theme',t);",
  `new ResizeObserver(()=>parent.postMessage({type:'${EMBED_RESIZE_MESSAGE}',height:Math.ceil(document.body.getBoundingClientRect().height),path:location.pathname},'*')).observe(document.body);`,
].join('');

export function embedPageHtml(data: Parameters<typeof embedMarkup>[0]): string {
  return [
    `<!DOCTYPE html><html lang="${data.locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">',
    // Links open outside the frame: the framing page stays where it is.
    `<base target="_blank"><title>${EMBED_LABELS[data.locale][data.view].title}</title>`,
    `<style>html{color-scheme:light dark}body{margin:0;font-family:system-ui,sans-serif}${EMBED_ELEMENT}{--homepage-works-padding:12px 16px}</style>`,
    `</head><body><${EMBED_ELEMENT}><template shadowrootmode="open"><style>${EMBED_CSS}</style>${embedMarkup(data)}</template></${EMBED_ELEMENT}>`,
    `<script>${RESIZE_SCRIPT}</script></body></html>`,
  ].join('');
}

/** Fetches each view in each language and writes its page; returns the failures, with why. */
export async function writeEmbedPages(outDir: string, cmsUrl: string): Promise<{ written: number; failed: string[] }> {
  let written = 0;
  const failed: string[] = [];
  for (const locale of SITE_LOCALES) {
    for (const view of EMBED_VIEWS) {
      const pagePath = pathInLocale(sitePaths.embedView(view), locale);
      try {
        const response = await fetch(`${cmsUrl}/api/embed/${view}?locale=${locale}`, { signal: AbortSignal.timeout(15_000) });
        if (!response.ok) throw new Error(`the CMS answered ${response.status}`);
        const { data } = embedResponseSchema.parse(await response.json());
        if (writeSiteFile(path.join(outDir, pagePath, 'index.html'), embedPageHtml(data))) written++;
      } catch (error) {
        failed.push(`${pagePath}: ${(error as Error).message}`);
      }
    }
  }
  return { written, failed };
}
