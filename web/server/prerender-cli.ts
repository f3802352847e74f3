/**
 * `node build/server/prerender.js` (the last step of `pnpm --filter web build`): compresses the
 * client build's assets and prerenders every page from the CMS at VITE_CMS_URL.
 * A CMS that does not answer leaves a working SPA and a loud warning, unless PRERENDER_STRICT=1
 * (static hosting, where a site without its pages must not be deployed).
 */
import { siteConfig } from '../src/site-config';
import { precompressAssets } from './files';
import { prerenderSite } from './prerender';
import { siteDir } from './site-dir';

const outDir = siteDir();
const strict = process.env.PRERENDER_STRICT === '1';
const { cmsUrl, siteUrl } = siteConfig();

console.log(`prerender: compressed ${precompressAssets(outDir)} assets in ${outDir}`);
try {
  const result = await prerenderSite({ outDir, cmsUrl, siteUrl, log: (line) => console.log(`prerender: ${line}`) });
  if (result.failed.length > 0 && strict) process.exitCode = 1;
} catch (error) {
  const banner = '!'.repeat(78);
  console.warn(
    `${banner}\nprerender: SKIPPED: ${(error as Error).message}\n` +
      `prerender: the CMS at ${cmsUrl} (VITE_CMS_URL) must answer for pages to be prerendered.\n` +
      `prerender: ${outDir} is a plain SPA for now; "pnpm start" prerenders once its CMS is up.\n${banner}`,
  );
  if (strict) process.exitCode = 1;
}
