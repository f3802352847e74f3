// https://router.vuejs.org/guide/ — pages other than home load on demand.
import { createRouter, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import HomePage from '../pages/HomePage.vue';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/publications', name: 'publications', component: () => import('../pages/PublicationsPage.vue') },
  {
    path: '/publications/:slug',
    name: 'publication',
    component: () => import('../pages/PublicationPage.vue'),
    props: true,
  },
  { path: '/blog', name: 'blog', component: () => import('../pages/BlogPage.vue') },
  { path: '/blog/:slug', name: 'post', component: () => import('../pages/PostPage.vue'), props: true },
  { path: '/series/:slug', name: 'series', component: () => import('../pages/SeriesPage.vue'), props: true },
  { path: '/tags/:slug', name: 'tag', component: () => import('../pages/TagPage.vue'), props: true },
  // A draft, through a signed link from the admin (composables/preview.ts); never prerendered.
  { path: '/preview/:type(publication|blog-post)/:documentId', name: 'preview', component: () => import('../pages/PreviewPage.vue'), props: true },
  { path: '/:path(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
];

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
