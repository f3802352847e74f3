import { factories } from '@strapi/strapi';

const publicRead = { name: 'global::public-read', config: { uid: 'api::tag.tag', populate: {} } };

export default factories.createCoreRouter('api::tag.tag', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
