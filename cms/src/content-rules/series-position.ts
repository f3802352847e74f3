/**
 * A post in a series needs a position, and no two posts of one series share it (0 is allowed: the
 * owner's series start with a preface at 0). A position without a series is left alone, so taking
 * a post out of a series is one change. Checked on every save, against the other posts' drafts
 * (every post has one), so the admin UI shows the message before anything is saved. Other posts'
 * versions in every language count: the site lists a post in one language or another.
 */
import { errors } from '@strapi/utils';
import { defineWriteHook } from '../write-pipeline/hook';
import { relationAfterSave } from './relation-input';

const POST = 'api::blog-post.blog-post';
const SERIES = 'api::series.series';

interface SaveParams {
  data?: Record<string, unknown>;
  documentId?: string;
  locale?: string;
}

const invalid = (message: string) =>
  new errors.ValidationError(message, { errors: [{ path: ['seriesPosition'], message, name: 'ValidationError' }] });

export const validateSeriesPositions = defineWriteHook({
  name: 'series positions valid',
  types: [POST],
  actions: ['create', 'update'],
  run: async (strapi, context, next) => {
    const { data, documentId, locale } = context.params as SaveParams;
    if (!data || (!('series' in data) && !('seriesPosition' in data))) return next();

    const current =
      context.action === 'update' && documentId
        ? await strapi.documents(POST).findOne({ documentId, locale, populate: { series: { fields: ['title'] } } })
        : null;
    const currentSeries = (current?.series as { documentId?: string } | null | undefined)?.documentId ?? null;
    const seriesId = await relationAfterSave(strapi, SERIES, data.series, currentSeries);
    const rawPosition = 'seriesPosition' in data ? data.seriesPosition : current?.seriesPosition;
    if (!seriesId) return next();

    if (rawPosition === undefined || rawPosition === null || rawPosition === '') {
      throw invalid('seriesPosition is required for a post in a series: give its place, e.g. 1 (0 for a preface)');
    }
    const position = Number(rawPosition);
    if (!Number.isInteger(position) || position < 0) {
      throw invalid(`seriesPosition ${JSON.stringify(rawPosition)} must be a whole number from 0, e.g. 1`);
    }
    const taken = (await strapi.db.query(POST).findMany({
      where: {
        series: { documentId: seriesId },
        publishedAt: null,
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
      select: ['documentId', 'title', 'seriesPosition'],
    })) as { title: string; seriesPosition: number | null }[];
    const clash = taken.find((post) => post.seriesPosition === position);
    if (clash) {
      const series = (await strapi.db.query(SERIES).findOne({ where: { documentId: seriesId }, select: ['title'] })) as { title?: string } | null;
      const free = Math.max(-1, ...taken.map((post) => post.seriesPosition ?? -1)) + 1;
      throw invalid(
        `seriesPosition ${position} is already taken in the series "${series?.title ?? seriesId}" by the post "${clash.title}"; the next free position is ${free}`,
      );
    }
    return next();
  },
});
