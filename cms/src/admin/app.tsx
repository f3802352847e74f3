/**
 * The admin UI's customisations (Strapi's admin extension point, built by `strapi build`):
 * https://docs.strapi.io/cms/admin-panel-customization
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { turnOffGuidedTour } from './guided-tour';
import { showLanguageVersions } from './language-versions';
import { mendPreviewPanel } from './preview-frame';

export default {
  config: {
    // Release announcements are for Strapi developers, not for the owner editing the site.
    notifications: { releases: false },
  },
  register(_app: StrapiApp) {
    turnOffGuidedTour();
  },
  bootstrap(app: StrapiApp) {
    showLanguageVersions(app);
    mendPreviewPanel(app);
  },
};
