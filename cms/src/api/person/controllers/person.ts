/**
 * Persons are public only with their published joint works (public-read/published-people.ts):
 * the list is narrowed to them and any other documentId is a 404, before Strapi's own controller
 * validates, sanitises and answers as for every other type.
 */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publishedCoAuthors } from '../../../public-read/published-people';

/** Matches no document: Strapi refuses an empty `$in`. */
const NOBODY = ['-'];

export default factories.createCoreController('api::person.person', ({ strapi }) => ({
  async find(ctx) {
    const visible = [...(await publishedCoAuthors(strapi)).keys()];
    const own = ctx.query.filters;
    const onlyVisible = { documentId: { $in: visible.length > 0 ? visible : NOBODY } };
    ctx.query.filters = own === undefined ? onlyVisible : { $and: [own, onlyVisible] };
    return super.find(ctx);
  },
  async findOne(ctx) {
    if (!(await publishedCoAuthors(strapi)).has(ctx.params.id)) throw new errors.NotFoundError('Not Found');
    return super.findOne(ctx);
  },
}));
