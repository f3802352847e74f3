/**
 * `global::read-only-methods` (config/middlewares.ts): GET, HEAD and OPTIONS on the public read
 * routes, a JSON 405 for anything else. Strapi loads every file here as a middleware; the code
 * lives in src/public-read/.
 */
export { default } from '../public-read/read-only-methods';
