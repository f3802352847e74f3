/**
 * oEmbed (https://oembed.com): WordPress and other consumers turn a pasted link to the site into
 * an embedded list. At `/oembed`, not under /api: the name the issue and the discovery links give,
 * and the CMS answers it because the site itself may be static files on a CDN.
 */
import { publicRoute } from '../../../public-content/public-route';

const route = publicRoute('/oembed', 'oembed.answer');

export default {
  routes: [{ ...route, config: { ...route.config, prefix: '' } }],
};
