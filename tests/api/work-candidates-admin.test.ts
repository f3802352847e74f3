/**
 * The owner's review of found works (cms/src/work-review/) over the admin routes the "New works
 * found" page calls: Accept makes a complete draft publication (or upgrades the preprint it is the
 * published version of), once however often it is clicked; Dismiss sticks; nothing of it is public,
 * and bad requests are 4xx JSON that change nothing.
 */
import type { Publication } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { getPublic, getPublicData } from '../support/http';
import { publicationFields, uniqueMarker } from '../support/published';
import { createReviewApi, foundConferencePaper } from '../support/work-candidates';

const PUBLICATION = 'api::publication.publication';
const admin = createAdminApi();
const review = createReviewApi();
const publications: string[] = [];
afterAll(async () => {
  await review.cleanUp();
  for (const documentId of publications) await admin.remove(PUBLICATION, documentId);
});

interface CandidateView {
  documentId: string;
  title: string;
  state: string;
  authors: { name: string; isOwner: boolean }[];
  upgradeOf: { documentId: string; title: string } | null;
  duplicates: { documentId: string; title: string; matchedBy: string }[];
  acceptedAs: { documentId: string; title: string } | null;
  sources: { source: string; url: string }[];
}
interface Decision {
  candidate: CandidateView;
  publication: { documentId: string; title: string } | null;
}

async function listed(state = 'new'): Promise<CandidateView[]> {
  const response = await review.list(`state=${state}`);
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  return (response.body as { data: CandidateView[] }).data;
}

async function accepted(documentId: string): Promise<Decision> {
  const response = await review.accept(documentId);
  expect(response.status, response.text.slice(0, 400)).toBe(200);
  const decision = (response.body as { data: Decision }).data;
  if (decision.publication && !publications.includes(decision.publication.documentId)) publications.push(decision.publication.documentId);
  return decision;
}

async function draftOf(documentId: string): Promise<AdminDocument> {
  const response = await admin.raw('GET', `${PUBLICATION}/${documentId}`);
  expect(response.status).toBe(200);
  return (response.body as { data: AdminDocument }).data;
}

async function countTitled(title: string): Promise<number> {
  const response = await admin.raw('GET', `${PUBLICATION}?filters[title][$eq]=${encodeURIComponent(title)}&pageSize=100`);
  return (response.body as { results: unknown[] }).results.length;
}

describe('work review', () => {
  describe('list', () => {
    it('lists new candidates with their authors (owner marked), source links and what they match on the page', async () => {
      const marker = uniqueMarker('listed');
      const preprint = await admin.createDraft(PUBLICATION, publicationFields(marker, { kind: 'preprint', arxivId: '2602.11111' }));
      publications.push(preprint.documentId);
      const work = foundConferencePaper(marker);
      const candidate = await review.createCandidate({
        record: work,
        proposal: 'upgrade',
        upgradeOf: preprint.documentId,
        sources: [
          { source: 'openalex', id: 'W42', url: 'https://openalex.org/W42' },
          { source: 'dblp', id: 'conf/icml/Hu26', url: 'https://dblp.org/rec/conf/icml/Hu26' },
          { source: 'nowhere', id: 'x', url: 'javascript:alert(1)' },
        ],
      });
      const twin = await review.createCandidate({ record: { ...foundConferencePaper(uniqueMarker('twin')), doi: null, arxivId: '2602.11111' } });

      const list = await listed();
      const shown = list.find((c) => c.documentId === candidate)!;
      expect(shown).toMatchObject({ title: work.title, state: 'new', upgradeOf: { documentId: preprint.documentId, title: `Paper ${marker}` } });
      expect(shown.authors.filter((a) => a.isOwner).map((a) => a.name)).toEqual(['Ruizhe Wang']);
      expect(shown.sources.map((s) => s.url)).toEqual(['https://openalex.org/W42', 'https://dblp.org/rec/conf/icml/Hu26']);
      expect(list.find((c) => c.documentId === twin)!.duplicates).toEqual([
        { documentId: preprint.documentId, title: `Paper ${marker}`, matchedBy: 'arxivId' },
      ]);
    });
  });

  describe('accept', () => {
    it('makes a draft publication with every field a BibTeX paste fills, and keeps it off the public API', async () => {
      const marker = uniqueMarker('accept');
      const work = foundConferencePaper(marker);
      const candidate = await review.createCandidate({ record: work });

      const decision = await accepted(candidate);
      expect(decision.candidate).toMatchObject({ state: 'accepted', acceptedAs: { documentId: decision.publication!.documentId } });
      const draft = await draftOf(decision.publication!.documentId);
      expect(draft).toMatchObject({
        publishedAt: null,
        title: work.title,
        kind: 'conference-paper',
        venue: 'International Conference on Machine Learning',
        venueShort: 'ICML 2026',
        year: 2026,
        // The first public date, as a paste gives it: the arXiv preprint (2603.…) came before the July conference.
        date: '2026-03-01',
        doi: work.doi,
        arxivId: work.arxivId,
        abstract: work.abstract,
        slug: `sparse-mixture-training-${marker}`,
      });
      expect((draft.authors as { name: string; isOwner: boolean }[]).map((a) => [a.name, a.isOwner])).toEqual([
        ['Qingguo Hu', false],
        ['Ruizhe Wang', true],
        ['Anna Müller', false],
      ]);
      expect((draft.links as { kind: string; url: string }[]).map((l) => [l.kind, l.url])).toEqual([
        ['other', work.url],
        ['arxiv', `https://arxiv.org/abs/${work.arxivId}`],
        ['pdf', `https://arxiv.org/pdf/${work.arxivId}`],
        ['doi', `https://doi.org/${work.doi}`],
      ]);
      expect(draft.bibtex).toMatch(/^@inproceedings\{huh?2026sparse,/);
      expect(draft.bibtex).toContain(`booktitle = {International Conference on Machine Learning}`);
      expect(draft.bibtex).toContain(`doi = {${work.doi}}`);

      expect(await getPublicData<Publication[]>(`/api/publications?filters[documentId][$eq]=${draft.documentId}`)).toEqual([]);
      expect((await getPublic(`/api/publications/${draft.slug as string}`)).status).toBe(404);
      expect((await listed()).map((c) => c.documentId)).not.toContain(candidate);
      expect((await listed('accepted')).find((c) => c.documentId === candidate)?.acceptedAs?.documentId).toBe(draft.documentId);
    });

    it('makes one draft however often Accept is clicked, at once or later', async () => {
      const work = foundConferencePaper(uniqueMarker('twice'));
      const candidate = await review.createCandidate({ record: work });
      // A double click, and a second tab: four at once.
      const clicks = await Promise.all([1, 2, 3, 4].map(() => review.accept(candidate)));
      const later = await accepted(candidate);
      expect(clicks.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const ids = new Set(clicks.map((r) => (r.body as { data: Decision }).data.publication?.documentId));
      expect([...ids]).toEqual([later.publication!.documentId]);
      expect(await countTitled(work.title)).toBe(1);
    });

    it('upgrades the preprint it is the published version of, as a draft change: DOI, venue, short venue, kind; arXiv id kept', async () => {
      const marker = uniqueMarker('upgrade');
      const arxivId = '2601.22222';
      const preprint = await admin.createDraft(
        PUBLICATION,
        publicationFields(marker, { kind: 'preprint', venue: 'arXiv preprint', venueShort: 'arXiv 2026', arxivId, date: '2026-01-01' }),
      );
      publications.push(preprint.documentId);
      await admin.publish(PUBLICATION, preprint.documentId);
      const work = foundConferencePaper(marker, { title: `Paper ${marker}`, arxivId, authors: [{ name: 'Ruizhe Wang', isOwner: true }] });
      const candidate = await review.createCandidate({ record: work, proposal: 'upgrade', upgradeOf: preprint.documentId });

      const decision = await accepted(candidate);
      expect(decision).toMatchObject({ candidate: { state: 'merged' }, publication: { documentId: preprint.documentId } });
      expect(await draftOf(preprint.documentId)).toMatchObject({
        status: 'modified',
        doi: work.doi,
        venue: 'International Conference on Machine Learning',
        venueShort: 'ICML 2026',
        kind: 'conference-paper',
        arxivId,
        date: '2026-01-01',
      });
      expect(await countTitled(`Paper ${marker}`)).toBe(1);
      // Until the owner publishes, visitors see the preprint.
      const [before] = await getPublicData<Publication[]>(`/api/publications?filters[documentId][$eq]=${preprint.documentId}`);
      expect(before).toMatchObject({ kind: 'preprint', doi: null });
      await admin.publish(PUBLICATION, preprint.documentId);
      const [after] = await getPublicData<Publication[]>(`/api/publications?filters[documentId][$eq]=${preprint.documentId}`);
      expect(after).toMatchObject({ kind: 'conference-paper', doi: work.doi, arxivId, venueShort: 'ICML 2026' });
    });

    it('refuses a work whose record cannot become a publication with a 409, creating nothing', async () => {
      const marker = uniqueMarker('broken');
      const candidate = await review.createCandidate({ record: { title: `Broken ${marker}`, authors: [] } });
      const response = await review.accept(candidate);
      expect(response.status).toBe(409);
      expect((response.body as { error: { message: string } }).error.message).toContain('names no authors');
      expect(await countTitled(`Broken ${marker}`)).toBe(0);
      expect((await listed()).find((c) => c.documentId === candidate)).toMatchObject({ state: 'new' });
    });

    it('leaves the candidate new when the write pipeline refuses the draft (the paper was entered by hand meanwhile)', async () => {
      const marker = uniqueMarker('meanwhile');
      const work = foundConferencePaper(marker);
      const typed = await admin.createDraft(PUBLICATION, publicationFields(marker, { doi: work.doi }));
      publications.push(typed.documentId);
      const candidate = await review.createCandidate({ record: work });
      const response = await review.accept(candidate);
      expect(response.status).toBe(400);
      expect((response.body as { error: { message: string } }).error.message).toContain(`Paper ${marker}`);
      expect(await countTitled(work.title)).toBe(0);
      expect((await listed()).find((c) => c.documentId === candidate)).toMatchObject({ state: 'new', acceptedAs: null });
    });
  });

  describe('dismiss', () => {
    it('dismisses for good: gone from the new list, Accept refused, a second Dismiss harmless', async () => {
      const work = foundConferencePaper(uniqueMarker('dismiss'));
      const candidate = await review.createCandidate({ record: work });
      const dismissed = await review.dismiss(candidate);
      expect(dismissed.status).toBe(200);
      expect((dismissed.body as { data: Decision }).data).toMatchObject({ candidate: { state: 'dismissed' }, publication: null });
      expect((await listed()).map((c) => c.documentId)).not.toContain(candidate);
      expect((await listed('dismissed')).map((c) => c.documentId)).toContain(candidate);

      const accept = await review.accept(candidate);
      expect(accept.status).toBe(409);
      expect((accept.body as { error: { message: string } }).error.message).toContain('stays dismissed');
      expect(await countTitled(work.title)).toBe(0);
      expect((await review.dismiss(candidate)).status).toBe(200);
    });

    it('refuses to dismiss an accepted work (its draft is deleted in the Content Manager instead)', async () => {
      const candidate = await review.createCandidate({ record: foundConferencePaper(uniqueMarker('late')) });
      await accepted(candidate);
      expect((await review.dismiss(candidate)).status).toBe(409);
    });
  });

  describe('refusals', () => {
    it('answers anonymous and forged-token requests 401, changing nothing', async () => {
      const candidate = await review.createCandidate({ record: foundConferencePaper(uniqueMarker('anon')) });
      for (const token of [null, 'forged.token.value']) {
        expect((await review.list('', { token })).status).toBe(401);
        expect((await review.accept(candidate, { token })).status).toBe(401);
        expect((await review.dismiss(candidate, { token })).status).toBe(401);
      }
      expect((await listed()).find((c) => c.documentId === candidate)).toMatchObject({ state: 'new' });
    });

    it('answers an unknown or stale candidate 404 JSON', async () => {
      for (const id of ['abcdefghijklmnopqrstuvwx', 'no-such-candidate']) {
        for (const response of [await review.accept(id), await review.dismiss(id)]) {
          expect(response.status).toBe(404);
          expect((response.body as { error: { name: string } }).error.name).toBe('NotFoundError');
        }
      }
    });

    it('answers a bad body or query 400 JSON, changing nothing', async () => {
      const candidate = await review.createCandidate({ record: foundConferencePaper(uniqueMarker('bad')) });
      for (const response of [
        await review.accept(candidate, { json: { state: 'accepted' } }),
        await review.dismiss(candidate, { json: ['x'] }),
        await review.list('state=bogus'),
        await review.list('populate=*'),
      ]) {
        expect(response.status, response.text.slice(0, 200)).toBe(400);
        expect((response.body as { error: { status: number } }).error.status).toBe(400);
      }
      expect((await listed()).find((c) => c.documentId === candidate)).toMatchObject({ state: 'new' });
    });

    it('leaves the public cache alone: a dismissal changes nothing visitors read', async () => {
      const candidate = await review.createCandidate({ record: foundConferencePaper(uniqueMarker('quiet')) });
      await getPublic('/api/publications');
      expect((await getPublic('/api/publications')).headers.get('x-cache'), 'the list is not cached, so this test proves nothing').toBe('HIT');
      expect((await review.dismiss(candidate)).status).toBe(200);
      expect((await getPublic('/api/publications')).headers.get('x-cache')).toBe('HIT');
    });

    it('has no public route: candidates are never in the public API', async () => {
      await review.createCandidate({ record: foundConferencePaper(uniqueMarker('private')) });
      for (const path of ['/api/work-candidates', '/api/work-candidates?status=new', '/api/work-candidate']) {
        const response = await getPublic(path);
        expect([403, 404]).toContain(response.status);
        expect(response.text).not.toContain('Sparse Mixture Training');
      }
    });
  });
});
