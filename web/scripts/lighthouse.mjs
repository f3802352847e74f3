// `pnpm lighthouse`: Lighthouse (https://github.com/GoogleChrome/lighthouse, pinned) in Debian's
// Chromium on the running site's home, publication list, one publication and one post, with the
// mobile and desktop profiles, three runs each; prints the median of the four category scores,
// of Largest Contentful Paint and of Total Blocking Time, and writes every run to
// lighthouse-results/latest.json.
// Run the site first (`pnpm start`); LIGHTHOUSE_SITE_URL points elsewhere (default :4173).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const site = (process.env.LIGHTHOUSE_SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The four pages: the fixed ones and the first publication and post the site links to. */
async function pages() {
  const sitemap = await fetch(`${site}/sitemap.xml`).then((response) => {
    if (!response.ok) throw new Error(`GET ${site}/sitemap.xml answered ${response.status}`);
    return response.text();
  });
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const first = (prefix) => paths.find((path) => path.startsWith(prefix));
  return ['/', '/publications', first('/publications/'), first('/blog/')].filter(Boolean);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

let list;
try {
  list = await pages();
} catch (error) {
  console.error(`lighthouse: the site at ${site} does not answer (${error.message}); start it with "pnpm start" first`);
  process.exit(1);
}

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
const results = [];
try {
  for (const formFactor of ['mobile', 'desktop']) {
    for (const path of list) {
      const samples = [];
      let retries = 0;
      for (let run = 0; run < runs; run++) {
        const { lhr } = await lighthouse(
          `${site}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (lhr.runtimeError) {
          // A run Lighthouse could not finish (e.g. NO_FCP on a starved machine) says nothing of the page.
          console.warn(`lighthouse: ${formFactor} ${path} run ${run + 1}: ${lhr.runtimeError.code}, run again`);
          run--;
          if (++retries > runs) throw new Error(`${formFactor} ${path}: ${lhr.runtimeError.message}`);
          continue;
        }
        samples.push({
          ...Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
          failed: categories.flatMap((category) =>
            (lhr.categories[category]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${category}:${ref.id}`),
          ),
        });
      }
      const row = {
        formFactor,
        path,
        ...Object.fromEntries([...categories, 'lcpMs', 'tbtMs'].map((key) => [key, median(samples.map((sample) => sample[key]))])),
        notPerfect: [...new Set(samples.flatMap((sample) => sample.failed))],
        samples,
      };
      results.push(row);
      console.log(
        `${formFactor.padEnd(7)} ${path.padEnd(40)} perf ${String(row.performance).padStart(3)}  a11y ${String(row.accessibility).padStart(3)}  ` +
          `bp ${String(row['best-practices']).padStart(3)}  seo ${String(row.seo).padStart(3)}  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms` +
          (row.notPerfect.length ? `   (below 1: ${row.notPerfect.join(', ')})` : ''),
      );
    }
  }
} finally {
  await chrome.kill();
}

const out = fileURLToPath(new URL('../../lighthouse-results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}latest.json`, JSON.stringify({ site, runs, at: new Date().toISOString(), results }, null, 2));
console.log(`\nmedians of ${runs} runs each; every run in lighthouse-results/latest.json`);
