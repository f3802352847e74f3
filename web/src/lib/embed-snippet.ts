/**
 * The HTML the embed page offers to copy: the two lines that load `<homepage-works>` (its
 * light-DOM link is what shows without the script or the CMS), and the iframe of /embed/<view>
 * for pages that take no script.
 */
import { EMBED_ELEMENT, escapeHtml, pathInLocale, sitePaths, type EmbedView, type SiteLocale } from '@homepage/shared';

export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedChoice {
  view: EmbedView;
  locale: SiteLocale;
  theme: EmbedTheme;
  /** The fallback link's text, in the chosen language. */
  linkText: string;
}

/** The site's page the fallback link points at. */
export function embedListUrl(siteUrl: string, { view, locale }: EmbedChoice): string {
  return `${siteUrl}${pathInLocale(view === 'posts' ? sitePaths.blog : sitePaths.publications, locale)}`;
}

export function scriptSnippet(siteUrl: string, choice: EmbedChoice): string {
  const attributes = [
    ...(choice.view === 'publications' ? [] : [`view="${choice.view}"`]),
    `lang="${choice.locale}"`,
    ...(choice.theme === 'auto' ? [] : [`theme="${choice.theme}"`]),
  ].join(' ');
  return [
    `<script src="${siteUrl}${sitePaths.embedScript}" async></script>`,
    `<${EMBED_ELEMENT} ${attributes}><a href="${embedListUrl(siteUrl, choice)}">${escapeHtml(choice.linkText)}</a></${EMBED_ELEMENT}>`,
  ].join('\n');
}

export function iframeSnippet(siteUrl: string, choice: EmbedChoice): string {
  const theme = choice.theme === 'auto' ? '' : `?theme=${choice.theme}`;
  const src = `${siteUrl}${pathInLocale(sitePaths.embedView(choice.view), choice.locale)}${theme}`;
  return `<iframe src="${src}" title="${escapeHtml(choice.linkText)}" width="600" height="340" style="border:0;max-width:100%"></iframe>`;
}
