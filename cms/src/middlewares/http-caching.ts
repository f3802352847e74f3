/**
 * `global::http-caching` (config/middlewares.ts): the response cache, ETags and 304s of the
 * public reads. Strapi loads every file here as a middleware; the code lives in src/public-read/.
 */
export { default } from '../public-read/cache/http-caching';
