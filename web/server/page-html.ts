/**
 * One prerendered page: the client build's index.html (the shell) with the app's markup in
 * `#app`, the head tags unhead collected, the stylesheets and chunks of the components rendered,
 * and the state to hydrate from. https://vite.dev/guide/ssr#generating-preload-directives
 */
import { transformHtmlTemplate } from '@unhead/vue/server';
import type { RenderedRoute } from '../src/entry-server';
import { stateScript } from '../src/modules/prerendered-state';
import { startOnIntent } from '../src/modules/start-on-intent';

/** Client build's ssr-manifest.json: source module → the files it was bundled into. */
export type SsrManifest = Record<string, string[]>;

const OUTLET = /<!--app-outlet-->[\s\S]*?<!--\/app-outlet-->/;

export function isShell(html: string): boolean {
  return OUTLET.test(html);
}

/** `<link>`s for the rendered components' stylesheets (render-blocking, so no flash) and chunks. */
export function assetLinks(modules: Iterable<string>, manifest: SsrManifest, extraStyles: string[] = []): string {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const id of modules) {
    for (const file of manifest[id] ?? []) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (file.endsWith('.css')) links.push(`<link rel="stylesheet" href="${file}">`);
      else if (file.endsWith('.js')) links.push(`<link rel="modulepreload" crossorigin href="${file}">`);
    }
  }
  for (const file of extraStyles) if (!seen.has(file)) links.push(`<link rel="stylesheet" href="${file}">`);
  return links.join('');
}

export interface PageParts {
  shell: string;
  route: RenderedRoute;
  /** The path the page is served at; undefined for the 404 page, which must never hydrate. */
  path?: string;
  links: string;
  /** HTML whose asset links need not be repeated (the shell before its stylesheets were inlined). */
  known?: string;
}

export async function pageHtml({ shell, route, path, links, known = shell }: PageParts): Promise<string> {
  if (!isShell(shell)) throw new Error('The shell (index.html of the client build) has no <!--app-outlet--> marker');
  const state = path === undefined ? '' : stateScript({ path, resources: route.state });
  // A function replacement, so `$` in content is not read as a replacement pattern.
  const withApp = shell.replace(OUTLET, () => route.appHtml);
  const end = withApp.lastIndexOf('</body>');
  const body = `${withApp.slice(0, end)}${state}${withApp.slice(end)}`;
  const withHead = await transformHtmlTemplate(route.head, body);
  // The entry's own chunks and stylesheets are in the shell already.
  const fresh = links.match(/<link[^>]*>/g)?.filter((link) => !known.includes(/href="([^"]+)"/.exec(link)?.[1] ?? '\0')) ?? [];
  const headEnd = withHead.indexOf('</head>');
  return startOnFirstIntent(`${withHead.slice(0, headEnd)}${fresh.join('')}${withHead.slice(headEnd)}`);
}

/**
 * A prerendered page is readable before any script runs, so its app starts only when the visitor
 * shows intent (src/modules/start-on-intent.ts): on a slow phone the load then costs the HTML
 * alone, neither the scripts that preload and entry tags would fetch at once nor a second of
 * hydration. The loader is the same on every page of a build, so one CSP hash allows it
 * (server/csp.ts).
 */
export function startOnFirstIntent(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry?.[1]) return html;
  const loader = startOnIntent(entry[1]);
  return html.replace(entry[0], () => loader).replace(/<link rel="modulepreload"[^>]*>/g, '');
}
