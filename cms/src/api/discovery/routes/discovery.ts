/** How other sites and crawlers find their way: the OpenAPI document and the sitemap. */
import { publicRoute } from '../../../public-content/public-route';

export default {
  routes: [publicRoute('/openapi.json', 'discovery.openapi'), publicRoute('/sitemap.xml', 'discovery.sitemap')],
};
