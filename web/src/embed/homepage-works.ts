/**
 * `<homepage-works>`: the owner's latest works or posts on any page, from two pasted lines (the
 * README shows them). A plain custom element, no framework: it must stay under 3 kB gzip on a
 * stranger's page. Its light-DOM content (a link to the site) shows until the list arrives, and
 * stays when the CMS cannot be reached. Built into the site as /embed/v1.js (vite.embed.config.ts).
 * https://html.spec.whatwg.org/multipage/custom-elements.html
 */
import { EMBED_ELEMENT, type EmbedResponse } from '@homepage/shared';
import { siteConfig } from '../site-config';
import { embedMarkup } from './embed-markup';
import { EMBED_CSS } from './embed-styles';

// The build's CMS (VITE_CMS_URL), checked by vite.config.ts: the script runs on other sites,
// which cannot configure it.
const CMS_URL = siteConfig().cmsUrl;
/** Attributes that change what is asked for; `theme` is pure CSS (`:host([theme=dark])`). */
const QUERY_ATTRIBUTES = ['view', 'limit', 'tag', 'kind', 'lang'];

let sheet: CSSStyleSheet | undefined;

class HomepageWorks extends HTMLElement {
  static observedAttributes = QUERY_ATTRIBUTES;
  private readonly root = this.attachShadow({ mode: 'open' });
  private asked = '';

  constructor() {
    super();
    // A constructed stylesheet, not a <style>: host pages whose CSP forbids inline styles still apply it.
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(EMBED_CSS);
    this.root.adoptedStyleSheets = [sheet];
    this.root.innerHTML = '<slot></slot>';
  }

  connectedCallback(): void {
    void this.load();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.load();
  }

  /** `lang` of the element, else of the host page; Chinese for any `zh-…`, English otherwise. */
  private locale(): string {
    return /^zh\b/i.test(this.closest('[lang]')?.getAttribute('lang') ?? '') ? 'zh' : 'en';
  }

  private async load(): Promise<void> {
    const query = new URLSearchParams({ locale: this.locale() });
    for (const name of ['limit', 'tag', 'kind']) {
      const value = this.getAttribute(name);
      if (value) query.set(name, value);
    }
    const url = `${CMS_URL}/api/embed/${encodeURIComponent(this.getAttribute('view') || 'publications')}?${query}`;
    if (url === this.asked) return;
    this.asked = url;
    let markup = '<slot></slot>';
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (response.ok) markup = embedMarkup(((await response.json()) as EmbedResponse).data);
    } catch {
      // The CMS is unreachable: the fallback link stays.
    }
    if (url === this.asked) this.root.innerHTML = markup;
  }
}

if (!customElements.get(EMBED_ELEMENT)) customElements.define(EMBED_ELEMENT, HomepageWorks);
