import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { HttpContext as Context } from '../../../utils/http-context';
import { createPublishedContent } from '../../../public-read/published-content';
import { rejectUnknown } from '../../../public-read/query/query-params';
import { requestedLocale } from '../../../i18n/published-versions';
import { cmsPublicUrl } from '../../../site-addresses/cms-public-url';
import { buildJsonResume } from '../services/json-resume';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);

  return {
    async jsonResume(ctx: Context) {
      rejectUnknown(ctx.query, ['locale']);
      const locale = requestedLocale(ctx.query.locale);
      const [profile, publications, talks] = await Promise.all([content.profile(locale), content.publications(), content.talks(1000, locale)]);
      if (!profile) throw new errors.NotFoundError('No published profile yet: the CV is built from it');
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = buildJsonResume({ profile, publications, talks, locale, siteUrl: strapi.config.get<string>('site.url'), cmsUrl: cmsPublicUrl(strapi) });
    },
  };
};
