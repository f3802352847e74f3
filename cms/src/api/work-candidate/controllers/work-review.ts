/**
 * The admin's review of found works (routes: work-review/admin-routes.ts; what each decision
 * does: work-review/review-candidates.ts). Admin routes only: the public API has none for
 * work candidates.
 */
import { errors } from '@strapi/utils';
import type { HttpContext } from '../../../utils/http-context';
import { sendApiError } from '../../../utils/api-error';
import { acceptCandidate, dismissCandidate, listCandidates, ReviewConflict } from '../../../work-review/review-candidates';
import { CANDIDATE_STATUSES, type CandidateStatus, type Decision } from '../../../work-review/candidate-view';

const STATUS_EXAMPLE = `e.g. ?state=new (one of ${CANDIDATE_STATUSES.join(', ')})`;

function statusOf(query: Record<string, unknown>): CandidateStatus {
  const unknown = Object.keys(query).find((key) => key !== 'state');
  if (unknown) throw new errors.ValidationError(`Unknown parameter "${unknown.slice(0, 40)}": the list takes only state, ${STATUS_EXAMPLE}`);
  if (query.state === undefined) return 'new';
  if (!CANDIDATE_STATUSES.includes(query.state as CandidateStatus)) {
    throw new errors.ValidationError(`state "${String(query.state).slice(0, 40)}" is not a candidate status, ${STATUS_EXAMPLE}`);
  }
  return query.state as CandidateStatus;
}

/** Accept and Dismiss take no body: the candidate's stored record is what is accepted. */
function refuseBody(ctx: HttpContext): void {
  const body = (ctx.request as { body?: unknown }).body;
  const empty = body === undefined || body === null || (typeof body === 'object' && !Array.isArray(body) && !Object.keys(body).length);
  if (!empty) throw new errors.ValidationError(`${ctx.path.split('/').pop()} takes no body (send none, or {}): the candidate's stored record is what is used`);
}

async function answer(ctx: HttpContext, decide: () => Promise<Decision>): Promise<void> {
  refuseBody(ctx);
  ctx.set('Cache-Control', 'no-store');
  try {
    ctx.body = { data: await decide() };
  } catch (error) {
    if (!(error instanceof ReviewConflict)) throw error;
    sendApiError(ctx, 409, error.name, error.message);
  }
}

export default {
  async list(ctx: HttpContext) {
    const data = await listCandidates(strapi, statusOf(ctx.query as Record<string, unknown>));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data, meta: { total: data.length } };
  },
  accept: (ctx: HttpContext) => answer(ctx, () => acceptCandidate(strapi, String(ctx.params.documentId))),
  dismiss: (ctx: HttpContext) => answer(ctx, () => dismissCandidate(strapi, String(ctx.params.documentId))),
};
