/** How other sites and crawlers find their way: the OpenAPI document, the sitemap and the page list. */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [
    publicRoute('/openapi.json', 'discovery.openapi'),
    publicRoute('/sitemap.xml', 'discovery.sitemap'),
    publicRoute('/site-pages', 'discovery.sitePages'),
  ],
};
