/**
 * The admin UI's customisations (Strapi's admin extension point, built by `strapi build`):
 * https://docs.strapi.io/cms/admin-panel-customization
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { turnOffGuidedTour } from './guided-tour';
import { dismissMediaLibraryBanner } from './media-library-banner';
import { registerCustomFields, showYearsAsTyped } from './custom-fields';
import { showLanguageVersions } from './language-versions';
import { mendPreviewPanel } from './preview-frame';
import { registerNewWorks } from './new-works';

export default {
  config: {
    // Release announcements are for Strapi developers, not for the owner editing the site.
    notifications: { releases: false },
    translations: {
      en: {
        // The media field's upload box reads "Drag & Drop here or" and nothing after it: Strapi
        // 5.54 dropped the "Browse files" button that ended the sentence, and the whole box now
        // opens the file chooser when clicked.
        'upload.input.label': 'Drag and drop files here, or click to choose them',
      },
    },
  },
  register(app: StrapiApp) {
    turnOffGuidedTour();
    dismissMediaLibraryBanner();
    registerCustomFields(app);
    registerNewWorks(app);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', showYearsAsTyped);
    showLanguageVersions(app);
    mendPreviewPanel(app);
  },
};
