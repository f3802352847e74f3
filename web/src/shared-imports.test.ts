/**
 * The site's pages import values (paths, labels, small helpers) from @homepage/shared, never its
 * response schemas: a value taken from a module that also builds zod schemas brings the schema
 * library into the site's first script (rollup keeps a used module's top-level schema calls).
 * That happened twice, each time putting the home route over its 80 kB JavaScript budget in
 * `pnpm bench` (tests/bench/spa.ts); this finds it without a build.
 * @vitest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SITE_DIR = fileURLToPath(new URL('.', import.meta.url));
const SHARED_DIR = fileURLToPath(new URL('../../shared/src', import.meta.url));

function sourceFiles(dir: string, test: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Names imported as values (not `type`) from '@homepage/shared', with the file importing each. */
function valueImports(): Map<string, string> {
  const imports = new Map<string, string>();
  for (const file of sourceFiles(SITE_DIR, (name) => /\.(ts|vue)$/.test(name) && !name.endsWith('.test.ts'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@homepage\/shared'/g)) {
      if (match[1]) continue;
      for (const specifier of (match[2] ?? '').split(',')) {
        const name = specifier.trim().split(/\s+as\s+/)[0] ?? '';
        if (name && !name.startsWith('type ')) imports.set(name, path.relative(SITE_DIR, file));
      }
    }
  }
  return imports;
}

/** The shared module that declares each exported value, and whether that module imports zod. */
function sharedModules(): Map<string, { module: string; usesZod: boolean }> {
  const declared = new Map<string, { module: string; usesZod: boolean }>();
  for (const file of sourceFiles(SHARED_DIR, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const text = readFileSync(file, 'utf8');
    const usesZod = /from ['"]zod['"/]/.test(text);
    for (const match of text.matchAll(/export\s+(?:const|function|class|enum)\s+(\w+)/g)) {
      declared.set(match[1] as string, { module: path.basename(file), usesZod });
    }
  }
  return declared;
}

describe('what the site imports from @homepage/shared', () => {
  const imports = valueImports();
  const modules = sharedModules();

  it('finds what it checks: the site importing sitePaths, declared in a module without schemas, and a schema module', () => {
    expect(imports.has('sitePaths')).toBe(true);
    expect(modules.get('sitePaths')?.usesZod).toBe(false);
    expect(modules.get('sitePagesResponseSchema')?.usesZod).toBe(true);
  });

  it('takes no value from a module that builds schemas', () => {
    const fromSchemaModules = [...imports]
      .filter(([name]) => modules.get(name)?.usesZod)
      .map(([name, file]) => `${file} imports ${name} from shared/src/${modules.get(name)?.module}`);
    expect(fromSchemaModules).toEqual([]);
  });
});
