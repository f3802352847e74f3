import { factories } from '@strapi/strapi';

const publicRead = { name: 'global::public-read', config: { uid: 'api::series.series', populate: {} } };

export default factories.createCoreRouter('api::series.series', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
