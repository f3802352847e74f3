/**
 * Writes tests/openapi/public-api.d.ts: the TypeScript types openapi-typescript makes of the
 * OpenAPI document, as any site using the API would (`npx openapi-typescript
 * https://cms.example.org/api/openapi.json -o public-api.d.ts`). Committed, so `pnpm typecheck`
 * compiles the README's queries (readme-queries.ts) against them; the document test fails when
 * this file is stale. Run: `pnpm --filter tests openapi:types` after `pnpm build:shared`.
 */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '@homepage/shared';
import { publicApiTypes } from './public-api-types';

const target = new URL('./public-api.d.ts', import.meta.url);
writeFileSync(target, await publicApiTypes(buildOpenApiDocument('http://localhost:1337')));
console.log(`wrote ${target.pathname}`);
