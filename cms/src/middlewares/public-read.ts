/**
 * `global::public-read`, the route middleware of every public read (src/api/<name>/routes/):
 * Strapi loads every file here as a middleware; the code lives in src/public-read/.
 */
export { default } from '../public-read/route-middleware';
