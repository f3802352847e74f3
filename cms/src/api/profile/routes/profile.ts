import { factories } from '@strapi/strapi';
import { profilePopulate } from '../../../public-read/populate';

const publicRead = {
  name: 'global::public-read',
  config: {
    uid: 'api::profile.profile',
    populate: profilePopulate,
  },
};

export default factories.createCoreRouter('api::profile.profile', {
  config: { find: { middlewares: [publicRead] } },
});
