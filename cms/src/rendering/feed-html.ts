/**
 * A post's stored HTML made fit for feed readers, which show it away from the site: every URL
 * absolute, resolved against the post's page as a visitor's browser would (so `#id` anchors lead
 * to `<site>/blog/<slug>#id`, not to the feed's address), and math once. KaTeX writes each formula
 * twice, MathML for assistive technology and HTML drawn by its stylesheet; readers have no such
 * stylesheet and showed both, so feeds keep the MathML (with its TeX annotation) only.
 * https://github.com/apostrophecms/sanitize-html#readme
 */
import { onFirstUse } from '../utils/on-first-use';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sanitizer = onFirstUse(() => require('sanitize-html') as typeof import('sanitize-html'));

const URL_ATTRIBUTES = ['href', 'src'];

function absolute(url: string, pageUrl: string): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url; // not a URL a browser would follow either; left as stored
  }
}

/** `html` is already sanitised (rendering/sanitize.ts): this pass only rewrites, it allows everything it is given. */
export function feedHtml(html: string, pageUrl: string): string {
  return sanitizer()(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    exclusiveFilter: (frame) => frame.tag === 'span' && (frame.attribs.class ?? '').split(/\s+/).includes('katex-html'),
    transformTags: {
      '*': (tagName, attribs) => {
        const rewritten = { ...attribs };
        for (const name of URL_ATTRIBUTES) if (rewritten[name] !== undefined) rewritten[name] = absolute(rewritten[name], pageUrl);
        return { tagName, attribs: rewritten };
      },
    },
  });
}
