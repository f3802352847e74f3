import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasThaiMojibake } from '@homepage/shared';
import type { SeedContent } from './seed-content';

/**
 * Reads `cms/seed/homepage.json` and refuses it if any text still carries the Thai-decoding
 * damage of the source page: damaged characters must never reach the database.
 */
export function loadSeedContent(appRoot: string): SeedContent {
  const file = path.join(appRoot, 'seed', 'homepage.json');
  const text = readFileSync(file, 'utf8');
  if (hasThaiMojibake(text)) {
    const line = text.split('\n').findIndex((l) => hasThaiMojibake(l)) + 1;
    throw new Error(`${file}:${line} holds mis-decoded text (Thai characters); restore the intended characters first`);
  }
  return JSON.parse(text) as SeedContent;
}
