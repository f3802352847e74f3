/**
 * "New works found": the owner's review of the works discovery found (src/work-review/), as a
 * page of its own in the main menu and a card on the admin's home page. The Content Manager
 * keeps the raw "Work found" entries for inspection; this page is where decisions are taken.
 * https://docs.strapi.io/cms/admin-panel-customization/menu-and-settings, .../homepage
 */
import { Sparkle } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { NEW_WORKS_PAGE } from './use-work-review';

export function registerNewWorks(app: StrapiApp): void {
  app.addMenuLink({
    to: NEW_WORKS_PAGE,
    icon: Sparkle,
    intlLabel: { id: 'new-works.menu', defaultMessage: 'New works found' },
    permissions: [],
    Component: () => import('./new-works-page'),
  });
  app.widgets.register({
    id: 'new-works',
    icon: Sparkle,
    title: { id: 'new-works.widget', defaultMessage: 'New works found' },
    link: { label: { id: 'new-works.widget.link', defaultMessage: 'Review' }, href: `/${NEW_WORKS_PAGE}` },
    component: async () => (await import('./new-works-widget')).default,
  });
}
