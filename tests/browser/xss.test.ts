/**
 * Rendered content is inert in the real browser: a post made of known Markdown XSS payloads,
 * published through the admin API and prerendered, runs none of them, whether the page is loaded
 * prerendered (and hydrated) or reached by navigating inside the SPA. Every payload would set a
 * window flag or open a dialog if it ran. The site's Content-Security-Policy is checked to block
 * an inline script on its own, as the second line of defence.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../support/browser';
import { createPublished, postFields, uniqueMarker } from '../support/published';

const run = (n: number) => `window.__xss=${n};alert(${n})`;

const XSS_CORPUS = [
  '## site-state',
  '',
  '## app',
  '',
  `<script>${run(1)}</script>`,
  '',
  `<img src=x onerror="${run(2)}">`,
  '',
  `<svg onload="${run(3)}"><circle r="1"/></svg>`,
  '',
  `<details open ontoggle="${run(4)}">x</details>`,
  '',
  `[lower](javascript:${run(5)}) [mixed](JaVaScRiPt:${run(6)}) [spaced](%20javascript:${run(7)})`,
  '',
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==) [DATA](DaTa:text/html,<script>${run(9)}</script>)`,
  '',
  `<a href="jav&#x09;ascript:${run(10)}">entity</a> <a href="&#106;avascript:${run(11)}">decimal</a>`,
  '',
  `<math><mtext><table><mglyph><style><img src=x onerror="${run(12)}"></style></mglyph></table></mtext></math>`,
  '',
  `<svg><style><img src=x onerror="${run(13)}"></style></svg>`,
  '',
  `<noscript><p title="</noscript><img src=x onerror=${run(14)}>"></noscript>`,
  '',
  `<form id="site-state"><input name="textContent" value="x"></form> <img name="cookie"> <a id="__vue_app__"></a>`,
  '',
  `$\\href{javascript:${run(15)}}{href}$ $\\url{javascript:${run(16)}}$`,
  '',
  '$\\htmlData{onclick=alert(17)}{data}$ $\\htmlId{site-state}{id}$ $\\htmlStyle{background:url(javascript:alert(18))}{style}$',
  '',
  `$\\includegraphics[height=1em]{javascript:${run(19)}}$`,
  '',
  `\`\`\`js" onmouseover="${run(20)}" x="`,
  'let hostile = "fence language";',
  '```',
  '',
  `<iframe src="javascript:${run(21)}"></iframe> <object data="javascript:${run(22)}"></object> <embed src="javascript:${run(23)}">`,
  '',
  `<a href="#" onclick="${run(24)}">click</a> <button onfocus="${run(25)}" autofocus>focus</button>`,
  '',
  `<base href="javascript:${run(26)}//"> <meta http-equiv="refresh" content="0;url=javascript:${run(27)}">`,
].join('\n');

const site = useSite();
let slug = '';

beforeAll(async () => {
  slug = uniqueMarker('xss');
  await createPublished('api::blog-post.blog-post', postFields(slug, { title: `Hostile post ${slug}`, body: XSS_CORPUS }));
  await site.prerender();
});

/** Dialogs opened and the flag, after hovering, focusing and clicking what the post shows. */
async function attack(page: Page, dialogs: string[]): Promise<unknown> {
  const prose = page.locator('.prose');
  await prose.waitFor();
  // Handles, not locators: a click may re-render part of the page, and a gone element is skipped.
  for (const element of await prose.locator('a, button, details, code, pre, span').elementHandles()) {
    await element.hover({ timeout: 300 }).catch(() => undefined);
    // A link to another http(s) document would leave the page (what runs there is not this page's
    // doing); javascript:, data: and in-page links are clicked.
    const leaves = await element
      .evaluate((node) => {
        if (!(node instanceof HTMLAnchorElement) || !node.href) return false;
        const target = new URL(node.href);
        return /^https?:$/.test(target.protocol) && target.pathname !== window.location.pathname;
      })
      .catch(() => true);
    if (leaves) continue;
    await element.click({ timeout: 300, noWaitAfter: true }).catch(() => undefined);
  }
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}

describe('a post made of XSS payloads', () => {
  // Hovering and clicking every element of the post takes a while on a busy machine.
  it('runs none of them on its prerendered page, which still hydrates', { timeout: 90_000 }, async () => {
    const { page, close } = await site.open(`/blog/${slug}`, { isolated: true });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      expect(await attack(page, dialogs)).toBeUndefined();
      expect(page.url()).toContain(`/blog/${slug}`);
      // The post's `site-state` heading and form did not stand in for the page's state.
      const hydrated = await page.evaluate(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown } | null)?.__vue_app__));
      expect(hydrated).toBe(true);
    } finally {
      await close();
    }
  });

  it('runs none of them when reached inside the SPA', { timeout: 90_000 }, async () => {
    const { page, close } = await site.open(`/tags/no-such-tag-${slug}`, { isolated: true });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await page.evaluate((path) => {
        window.history.pushState({}, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, `/blog/${slug}`);
      expect(await attack(page, dialogs)).toBeUndefined();
    } finally {
      await close();
    }
  });
});

describe('the Content-Security-Policy', () => {
  it('stops an inline script that got into the page', async () => {
    const { page, close } = await site.open('/', { isolated: true });
    try {
      const outcome = await page.evaluate(
        () =>
          new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
            let violated: string | null = null;
            document.addEventListener('securitypolicyviolation', (event) => {
              violated = event.violatedDirective;
            });
            const script = document.createElement('script');
            script.textContent = 'window.__inlineRan = true;';
            document.body.append(script);
            setTimeout(() => resolve({ ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violated }), 200);
          }),
      );
      expect(outcome).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) });
    } finally {
      await close();
    }
  });
});
