/**
 * The card renderer's npm packages, loaded from web/'s own node_modules at run time rather than
 * bundled into the prerenderer: resvg is a native addon, satori loads a WebAssembly layout engine,
 * and the fonts are files. The prerenderer may run from a copied build folder (tests build into a
 * temporary one), so the folder to resolve from is baked in by vite.config.ts (`__WEB_DIR__`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __WEB_DIR__: string | undefined;

const webDir = typeof __WEB_DIR__ === 'string' ? __WEB_DIR__ : fileURLToPath(new URL('../..', import.meta.url));

/** `require` as web/package.json would, for the packages named in its dependencies. */
export const requireFromWeb = createRequire(path.join(webDir, 'package.json'));
