/** The CV as JSON Resume (https://jsonresume.org/schema), for CV builders and other sites. */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [publicRoute('/cv.json', 'cv.jsonResume')],
};
