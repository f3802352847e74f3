/**
 * A draft for whoever holds a valid signed link (the owner, from the admin's preview button);
 * the link is the credential, so the route skips users-permissions. See src/preview/.
 */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [publicRoute('/preview/:type/:documentId', 'preview.draft')],
};
