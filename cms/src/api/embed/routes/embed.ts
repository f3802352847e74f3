/** What other sites' pages show with `<homepage-works>` and the site's /embed/<view> pages. */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [publicRoute('/embed/:view', 'embed.list')],
};
