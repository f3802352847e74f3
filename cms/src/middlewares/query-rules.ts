/**
 * `global::query-rules` (config/middlewares.ts): one answer to empty and overlong parameters on
 * every /api route. Strapi loads every file here as a middleware; the code lives in src/public-read/.
 */
export { default } from '../public-read/query/query-rules';
