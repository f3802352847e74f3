/**
 * When a prerendered page starts its app: on the visitor's first sign of intent, not on load.
 *
 * A prerendered page is complete without JavaScript (its links are real `<a href>`s to other
 * prerendered pages), while hydrating it costs a slow phone about a second of main thread. So the
 * page's inline loader (`startOnIntent`, put in place of the entry script by server/page-html.ts)
 * imports the app only once the visitor touches, moves the pointer, scrolls, types or focuses, or
 * comes back to the tab. Until the app has mounted it records what the app would have handled:
 * clicks on buttons (held back, so a form button does not submit twice) and edits of form fields,
 * which Vue's `v-model` would overwrite when it hydrates them. `replayEarlyEvents` (main.ts)
 * plays them back once the app is live. Pages without prerendered state (the 404 page, which
 * renders from scratch) start at once, and so does an English page whose visitor wants another
 * language (App.vue takes them to its twin once mounted: composables/language-choice.ts); the
 * bare shell (draft previews) keeps Vite's entry script.
 */
import { DEFAULT_LOCALE, SITE_LOCALES } from '@homepage/shared';
import { LOCALE_STORAGE_KEY } from '../i18n/preference';
import { STATE_SELECTOR } from './prerendered-state';

/** What the loader leaves on `window` for the app. */
export interface EarlyEvents {
  /** Recorded in order: a button click, or a field's `input`/`change` with its value then. */
  queue: [type: string, target: EventTarget | null, value?: string][];
  /** Stops recording: from then on the app handles events itself. */
  stop(): void;
}

declare global {
  interface Window {
    __earlyEvents?: EarlyEvents;
  }
}

/** Events that say a visitor is about to use the page (capture phase, on window). */
const INTENT = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];
/** Events the loader records for the app while it loads. */
const RECORDED = ['click', 'input', 'change'];

/**
 * The inline loader (a module script, so it runs once the document is parsed and the state block
 * can be seen). It is the same on every page of a build, so one CSP hash allows it (server/csp.ts);
 * the entry stays a literal `import("/assets/…")` for tools that look for it (tests/bench/spa.ts).
 */
export function startOnIntent(entry: string): string {
  // Kept short, as it is in every page: q the queue, o the intent listeners' options, s "started",
  // go starts the app once, v the tab-visible check, k the recorder of button clicks and edits,
  // a "wants another language than this English page's" (i18n/preference.ts in brief: when in
  // doubt it starts early, which costs that visitor no more than before).
  const code = `const w=window,d=document,q=[],o={capture:!0,passive:!0},I=${JSON.stringify(INTENT)},R=${JSON.stringify(RECORDED)},D=${JSON.stringify(DEFAULT_LOCALE)},L=${JSON.stringify(SITE_LOCALES)},p=location.pathname;
let s=0,c=null;try{c=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch(e){}
const want=L.includes(c)?c:[...navigator.languages].map(t=>t.toLowerCase().split("-")[0]).find(t=>L.includes(t)),
a=!!want&&want!==D&&!L.some(l=>l!==D&&(p==="/"+l||p.startsWith("/"+l+"/")));
const go=()=>{if(s)return;s=1;I.forEach(t=>w.removeEventListener(t,go,o));d.removeEventListener("visibilitychange",v);import(${JSON.stringify(entry)})},
v=()=>{d.hidden||go()},
k=e=>{const t=e.target;if(e.type!=="click")q.push([e.type,t,t.value]);else{const b=t.closest&&t.closest("button");if(b){e.preventDefault();q.push(["click",b])}}};
R.forEach(t=>d.addEventListener(t,k,!0));
w.__earlyEvents={queue:q,stop(){R.forEach(t=>d.removeEventListener(t,k,!0))}};
if(!a&&d.querySelector(${JSON.stringify(STATE_SELECTOR)})){I.forEach(t=>w.addEventListener(t,go,o));d.addEventListener("visibilitychange",v)}else go()`;
  return `<script type="module">${code}</script>`;
}

const isField = (target: EventTarget | null): target is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/**
 * Plays back, on the mounted app, what the visitor did while it loaded: each edited field gets its
 * last value again (hydrating `v-model` reset it) with the events a browser fires for an edit, then
 * each held-back button click is made again, in order.
 */
export function replayEarlyEvents(early: EarlyEvents | undefined = window.__earlyEvents): void {
  if (!early) return;
  early.stop();
  const fields = new Map<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, string>();
  const clicks: HTMLElement[] = [];
  for (const [type, target, value] of early.queue) {
    if (type === 'click' && target instanceof HTMLElement) clicks.push(target);
    else if (isField(target) && value !== undefined) fields.set(target, value);
  }
  early.queue.length = 0;
  for (const [field, value] of fields) {
    if (!field.isConnected || field.value === value) continue;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  for (const button of clicks) if (button.isConnected) button.click();
}
