import { factories } from '@strapi/strapi';
import { newsItemPopulate } from '../../../public-read/populate';

const publicRead = { name: 'global::public-read', config: { uid: 'api::news-item.news-item', populate: newsItemPopulate } };

export default factories.createCoreRouter('api::news-item.news-item', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
