/**
 * A paper arrives once (cms/src/api/publication/refuse-duplicates.ts) and a second BibTeX for it
 * updates the first (cms/src/bibtex/merge-entry.ts), over the admin HTTP API the admin UI calls:
 * a paste of a paper the site has is a 400 naming it, saving nothing; editing a paper (which
 * matches itself) is never refused; the published version's BibTeX upgrades a preprint.
 */
import type { Publication } from '@homepage/shared';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { getPublicData, request } from '../support/http';
import { paper, pmlrIcmlBibtex, scholarArxivBibtex } from '../support/papers';
import { publicationFields, uniqueMarker } from '../support/published';

const UID = 'api::publication.publication';
const admin = createAdminApi();
const created: string[] = [];
afterAll(async () => {
  for (const documentId of created) await admin.remove(UID, documentId);
});

async function createDraft(fields: Record<string, unknown>): Promise<AdminDocument> {
  const draft = await admin.createDraft(UID, fields);
  created.push(draft.documentId);
  return draft;
}

interface ErrorBody {
  error: { name: string; message: string; details: { errors: { path: string[]; message: string }[] } };
}

/** POSTs a new publication, expecting the refusal; returns its error. */
async function refusedCreate(fields: Record<string, unknown>): Promise<ErrorBody['error']> {
  const response = await admin.raw('POST', UID, fields);
  if (response.status === 200 || response.status === 201) created.push((response.body as { data: AdminDocument }).data.documentId);
  expect(response.status).toBe(400);
  return (response.body as ErrorBody).error;
}

/** How many publications (drafts included) carry this arXiv id, in any version. */
async function countWithArxivId(arxivId: string): Promise<number> {
  const list = await admin.raw('GET', `${UID}?filters[arxivId][$startsWith]=${arxivId}&pageSize=100`);
  return (list.body as { results: unknown[] }).results.length;
}

const RECYCLING = 'Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training';
/** Google Scholar's BibTeX of the seeded paper, as the owner pasted it in the issue. */
const RECYCLING_BIBTEX = `@article{wang2025recycling,
  title={Recycling pretrained checkpoints: Orthogonal growth of mixture-of-experts for efficient large language model pre-training},
  author={Wang, Ruizhe and Ding, Yucheng and Liu, Xiao and Zhang, Yuan and Cheng, Peng},
  journal={arXiv preprint arXiv:2510.08008},
  year={2025}
}`;

describe('publication', () => {
  describe('refuseDuplicatePublications', () => {
    it('refuses a paste of a paper the site has, naming it, what matched and where it is; nothing is saved', async () => {
      const [seeded] = await getPublicData<Publication[]>('/api/publications?filters[slug][$eq]=recycling-pretrained-checkpoints');
      expect(seeded.title).toBe(RECYCLING);

      const error = await refusedCreate({ bibtex: RECYCLING_BIBTEX });
      expect(error.name).toBe('ValidationError');
      expect(error.message).toContain(`"${RECYCLING}" has the same arXiv id 2510.08008`);
      expect(error.message).toContain(`/admin/content-manager/collection-types/${UID}/${seeded.documentId}`);
      expect(error.message).toContain(`paste this BibTeX into "${RECYCLING}" instead`);
      // The admin shows it under the BibTeX field, as well as in its notification.
      expect(error.details.errors).toEqual([{ path: ['bibtex'], message: error.message, name: 'ValidationError' }]);
      expect(await countWithArxivId('2510.08008')).toBe(1);
    });

    it.each([
      ['another arXiv version', (id: string) => ({ arxivId: `${id}v2` }), 'arXiv id'],
      ['its arXiv DOI', (id: string) => ({ doi: `10.48550/arXiv.${id}` }), 'arXiv id'],
      ['the same title by the same first author a year later, typed', () => ({}), 'title and first author'],
    ])('refuses the same work given by %s', async (_case, identify, matched) => {
      const work = paper(uniqueMarker('twin'));
      const first = await createDraft({ bibtex: scholarArxivBibtex(work) });
      const typed = publicationFields(uniqueMarker('twin'), {
        title: work.title.toUpperCase(),
        year: 2027,
        authors: [{ name: 'R. Wang', isOwner: true, equalContribution: false, corresponding: false }],
        ...identify(work.arxivId),
      });
      const error = await refusedCreate(typed);
      expect(error.message).toContain(`"${work.title}" has the same ${matched}`);
      expect(error.message).toContain(`${first.documentId}`);
      expect(error.message).toContain(`edit "${work.title}" instead`);
    });

    it('answers fields of the wrong type with a 400, not a 500, before judging them', async () => {
      const response = await admin.raw('POST', UID, { title: 42, doi: 7, arxivId: ['2510.08008'], year: 'soon', authors: 'R. Wang' });
      expect(response.status).toBe(400);
      expect((response.body as ErrorBody).error.name).toBe('ValidationError');
    });

    it.each([
      ['another first author', { authors: [{ name: 'Peng Cheng', isOwner: false, equalContribution: false, corresponding: false }] }],
      ['a year two apart', { year: 2028 }],
    ])('accepts the same title by %s', async (_case, differs) => {
      const work = paper(uniqueMarker('near'));
      await createDraft({ bibtex: scholarArxivBibtex(work) });
      await createDraft(publicationFields(uniqueMarker('near'), { title: work.title, ...differs }));
    });

    it('never refuses saving a paper, which matches itself: its fields as the admin sends them, a re-paste, a new arXiv version', async () => {
      const work = paper(uniqueMarker('self'));
      const draft = await createDraft({ bibtex: scholarArxivBibtex(work) });
      const form = { title: draft.title, year: draft.year, arxivId: draft.arxivId, doi: draft.doi, authors: draft.authors, links: draft.links };
      await admin.updateDraft(UID, draft.documentId, { ...form, summary: 'Edited by hand.' });
      await admin.updateDraft(UID, draft.documentId, { bibtex: `${scholarArxivBibtex(work)}\n` });
      await admin.updateDraft(UID, draft.documentId, { arxivId: `${work.arxivId}v2` });
      await admin.publish(UID, draft.documentId);
      expect(await countWithArxivId(work.arxivId)).toBe(1);
    });

    it('merges: the published version pasted into the preprint upgrades it, keeping its arXiv id; the site lists it once', async () => {
      const work = paper(uniqueMarker('merge'));
      const preprint = await createDraft({ bibtex: scholarArxivBibtex(work) });
      expect(preprint).toMatchObject({ kind: 'preprint', venueShort: 'arXiv 2026', date: '2026-02-01', arxivId: work.arxivId });
      await admin.publish(UID, preprint.documentId);

      const doi = `10.5555/icml.2026.${work.key}`;
      const error = await refusedCreate({ bibtex: pmlrIcmlBibtex(work, doi) });
      expect(error.message).toContain(`"${work.title}" has the same title and first author`);

      const merged = await admin.updateDraft(UID, preprint.documentId, { bibtex: pmlrIcmlBibtex(work, doi) });
      expect(merged).toMatchObject({
        title: work.title,
        kind: 'conference-paper',
        venue: 'Proceedings of the 43rd International Conference on Machine Learning',
        venueShort: 'ICML 2026',
        year: 2026,
        date: '2026-02-01',
        doi,
        arxivId: work.arxivId,
      });
      await admin.publish(UID, preprint.documentId);
      const listed = await getPublicData<Publication[]>(`/api/publications?filters[title][$eq]=${encodeURIComponent(work.title)}`);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ venueShort: 'ICML 2026', doi, arxivId: work.arxivId });
      expect(listed[0].links.map((link) => [link.kind, link.url])).toEqual([
        ['arxiv', `https://arxiv.org/abs/${work.arxivId}`],
        ['pdf', `https://arxiv.org/pdf/${work.arxivId}`],
        ['other', `https://proceedings.mlr.press/v300/wang26${work.key}.html`],
      ]);

      // Now that it has the publisher's DOI, the same entry again is refused by it.
      const again = await refusedCreate({ bibtex: pmlrIcmlBibtex(work, doi) });
      expect(again.message).toContain(`"${work.title}" has the same DOI ${doi}`);
    });
  });

  describe('fillPublicationsFromBibtex', () => {
    it('fills the whole card from a pasted PMLR entry: short venue, date, PDF link, and a slug with its acronyms whole', async () => {
      const marker = uniqueMarker('card');
      const work = paper(marker);
      const draft = await createDraft({ bibtex: pmlrIcmlBibtex(work) });
      expect(draft).toMatchObject({
        title: work.title,
        slug: `efficient-moe-training-with-elastic-experts-${marker}`,
        kind: 'conference-paper',
        venueShort: 'ICML 2026',
        date: '2026-07-12',
      });
      expect(draft.links).toMatchObject([
        { kind: 'other', url: `https://proceedings.mlr.press/v300/wang26${work.key}.html` },
        { kind: 'pdf', url: `https://proceedings.mlr.press/v300/wang26${work.key}/wang26${work.key}.pdf` },
      ]);
    });
  });
});

describe('content-manager uid service (extensions/content-manager)', () => {
  it.each([
    ['api::publication.publication', 'slug', { title: 'FP8-LM: Efficient MoE Training' }, 'fp8-lm-efficient-moe-training'],
    ['api::tag.tag', 'slug', { name: "MoE Routing Don't Care" }, 'moe-routing-dont-care'],
    ['api::blog-post.blog-post', 'slug', { title: 'DeepSpeed ZeRO++ in Practice' }, 'deepspeed-zero-in-practice'],
  ])('makes the slug the admin fills in while the owner types (%s)', async (contentTypeUID, field, data, slug) => {
    const response = await request('POST', `${inject('cmsUrl')}/content-manager/uid/generate`, {
      token: inject('adminToken'),
      json: { contentTypeUID, field, data },
    });
    expect(response.status).toBe(200);
    expect((response.body as { data: string }).data).toBe(slug);
  });

  it('cuts a long title at a word within the slug field (a 120-character title saves without a hand-made slug)', async () => {
    const response = await request('POST', `${inject('cmsUrl')}/content-manager/uid/generate`, {
      token: inject('adminToken'),
      json: { contentTypeUID: UID, field: 'slug', data: { title: `${RECYCLING} Again` } },
    });
    expect((response.body as { data: string }).data).toBe('recycling-pretrained-checkpoints-orthogonal-growth-of-mixture-of-experts-for-efficient-large');
  });
});
