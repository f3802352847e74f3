// The package is "type": "module"; Node needs this marker to read dist/cjs as CommonJS (Strapi requires it).
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
