/**
 * Where this machine's Chromium is, for printing the CV to PDF at build time: CHROMIUM_PATH, or
 * the usual install locations. Null on a machine with only Node and npm: the build then goes on
 * without cv.pdf (and the CV page without its "Download PDF" link).
 */
import { existsSync } from 'node:fs';

const USUAL_PLACES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH !== undefined) return env.CHROMIUM_PATH !== '' && existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return USUAL_PLACES.find((place) => existsSync(place)) ?? null;
}
