import { factories } from '@strapi/strapi';
import { publicationPopulate } from '../../../public-read/populate';

const publicRead = { name: 'global::public-read', config: { uid: 'api::publication.publication', populate: publicationPopulate } };

export default factories.createCoreRouter('api::publication.publication', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
