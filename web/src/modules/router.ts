// https://router.vuejs.org/guide/ — pages other than home load on demand.
import { createRouter, type RouteLocationNormalizedLoaded, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { DEFAULT_LOCALE, pathInLocale, PREVIEW_TYPES, SITE_LOCALES, sitePaths, type SiteLocale } from '@homepage/shared';
import HomePage from '../pages/HomePage.vue';

/**
 * The site's pages, once, at the addresses the CMS links to (`sitePaths`); each language gets them
 * at its own prefix (`pathInLocale`).
 */
const pages: RouteRecordRaw[] = [
  { path: sitePaths.home, name: 'home', component: HomePage },
  { path: sitePaths.publications, name: 'publications', component: () => import('../pages/PublicationsPage.vue') },
  {
    path: sitePaths.publication(':slug'),
    name: 'publication',
    component: () => import('../pages/PublicationPage.vue'),
    props: true,
  },
  { path: sitePaths.blog, name: 'blog', component: () => import('../pages/BlogPage.vue') },
  { path: sitePaths.post(':slug'), name: 'post', component: () => import('../pages/PostPage.vue'), props: true },
  { path: sitePaths.news, name: 'news', component: () => import('../pages/NewsPage.vue') },
  { path: sitePaths.talks, name: 'talks', component: () => import('../pages/TalksPage.vue') },
  { path: sitePaths.series(':slug'), name: 'series', component: () => import('../pages/SeriesPage.vue'), props: true },
  { path: sitePaths.tag(':slug'), name: 'tag', component: () => import('../pages/TagPage.vue'), props: true },
  { path: sitePaths.cv, name: 'cv', component: () => import('../pages/CvPage.vue') },
  { path: sitePaths.people, name: 'people', component: () => import('../pages/PeoplePage.vue') },
  { path: sitePaths.person(':slug'), name: 'person', component: () => import('../pages/PersonPage.vue'), props: true },
  { path: sitePaths.embed, name: 'embed', component: () => import('../pages/EmbedPage.vue') },
  { path: '/:path(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue'), meta: { notFound: true } },
];

/** `pages` at a language's prefix; names get the language too (`zh:post`), as they must be unique. */
function pagesIn(locale: SiteLocale): RouteRecordRaw[] {
  if (locale === DEFAULT_LOCALE) return pages;
  return pages.map((page) => ({
    ...page,
    path: pathInLocale(page.path, locale),
    name: `${locale}:${String(page.name)}`,
  })) as RouteRecordRaw[];
}

export const routes: RouteRecordRaw[] = [
  ...SITE_LOCALES.flatMap(pagesIn),
  // A draft, through a signed link from the admin (composables/preview.ts); never prerendered.
  {
    path: sitePaths.preview(`:type(${PREVIEW_TYPES.join('|')})`, ':documentId'),
    name: 'preview',
    component: () => import('../pages/PreviewPage.vue'),
    props: true,
  },
];

/** The catch-all route of any language: an unknown path, answered with the 404 page. */
export function isNotFoundRoute(route: Pick<RouteLocationNormalizedLoaded, 'meta'>): boolean {
  return route.meta.notFound === true;
}

export function createSiteRouter(history: RouterHistory) {
  return createRouter({
    history,
    routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition;
      if (to.hash) return { el: decodeURIComponent(to.hash), top: 16 };
      // Filters live in the query string; changing them keeps the reader's place.
      if (to.path === from.path) return false;
      return { top: 0 };
    },
  });
}
