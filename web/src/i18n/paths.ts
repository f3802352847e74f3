/**
 * The site's URLs in each language: one route table serves both (modules/router.ts). The helpers
 * live in @homepage/shared, where the CMS's embed answers use them too.
 */
export { localeOfPath, normalPath, pathInLocale, pathWithoutLocale } from '@homepage/shared';
