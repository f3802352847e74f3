/**
 * The resource state a prerendered page carries, as a JSON data block rather than an inline
 * script: the browser never executes it, so the Content-Security-Policy needs no 'unsafe-inline'.
 * https://html.spec.whatwg.org/multipage/scripting.html#data-block
 */
import { PAGE_ELEMENT_IDS } from '@homepage/shared';
import type { SerializedResources } from '../stores/resource';

export const STATE_ELEMENT_ID = PAGE_ELEMENT_IDS.state;
/** The state block, as a selector (the page's inline loader looks for it too: start-on-intent.ts). */
export const STATE_SELECTOR = `script#${STATE_ELEMENT_ID}[type="application/json"]`;

export interface PrerenderedState {
  /** The path the page was rendered for; another path (the 404 page's) must not hydrate it. */
  path: string;
  resources: SerializedResources;
}

/** The `<script type="application/json">` element; `<` is escaped so no content can close it. */
export function stateScript(state: PrerenderedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${STATE_ELEMENT_ID}">${json}</script>`;
}

/** The state left for `pathname`, or undefined when the page was not prerendered for it. */
export function readPrerenderedState(doc: Document, pathname: string): SerializedResources | undefined {
  // Not getElementById: a post's heading can carry the same id (ids come from heading text), and
  // it comes first in the document.
  const text = doc.querySelector(STATE_SELECTOR)?.textContent;
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as PrerenderedState;
    return samePath(state.path, pathname) ? state.resources : undefined;
  } catch {
    return undefined;
  }
}

function samePath(a: string, b: string): boolean {
  const normal = (path: string) => decodeURI(path).replace(/\/+$/, '') || '/';
  return normal(a) === normal(b);
}
