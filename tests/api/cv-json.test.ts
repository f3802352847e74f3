/**
 * GET /api/cv.json: the owner's CV as JSON Resume, as a CV builder or another site reads it.
 * Checked with two validators that share no code with the CMS: the JSON Resume project's own
 * package (@jsonresume/schema, which validates with `jsonschema`) and ajv with that package's
 * schema.json (draft-07, formats checked).
 */
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { getPublic, request } from '../support/http';
import { uniqueMarker } from '../support/published';

interface ResumeSchemaPackage {
  validate(resume: unknown, callback: (errors: unknown, valid: boolean) => void): void;
  schema: object;
}
const resumeSchema = createRequire(import.meta.url)('@jsonresume/schema') as ResumeSchemaPackage;

interface Resume {
  basics: { name: string; label?: string; url?: string; profiles: { network: string; url: string }[] };
  work: { name: string; position: string; location?: string; startDate?: string; endDate?: string }[];
  education: { institution: string; studyType: string }[];
  publications: { name: string; publisher?: string; releaseDate?: string; url?: string }[];
  projects: { name: string; type: string; entity: string; startDate: string; keywords: string[] }[];
  awards: { title: string; awarder?: string; date?: string }[];
  volunteer: { organization: string; position: string; startDate?: string; endDate?: string }[];
  interests: { name: string }[];
  meta: { version: string; canonical: string };
}

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const ajvValidate = ajv.compile(resumeSchema.schema);

/** Both validators' verdicts, with their messages when they refuse. */
function validateTwice(resume: unknown): { jsonResumePackage: string; ajv: string } {
  let packageVerdict = 'not called';
  resumeSchema.validate(resume, (errors, valid) => {
    packageVerdict = valid ? 'valid' : JSON.stringify(errors).slice(0, 500);
  });
  const ajvVerdict = ajvValidate(resume) ? 'valid' : ajv.errorsText(ajvValidate.errors);
  return { jsonResumePackage: packageVerdict, ajv: ajvVerdict };
}

async function getCv(query = ''): Promise<Resume> {
  const response = await getPublic(`/api/cv.json${query}`);
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  return response.body as Resume;
}

const marker = uniqueMarker('cv');
const admin = createAdminApi();
const talkTitle = `Talk ${marker} on FP4 training`;
let talkId = '';

beforeAll(async () => {
  talkId = (await admin.createDraft('api::talk.talk', { title: talkTitle, event: `Workshop ${marker}`, place: 'Beijing', date: '2026-05-20', kind: 'invited' })).documentId;
});

afterAll(async () => {
  if (!talkId) return;
  await admin.remove('api::talk.talk', talkId, 'zh').catch(() => undefined); // absent when a test failed before translating
  await admin.remove('api::talk.talk', talkId, 'en');
});

describe('cv.json', () => {
  describe('the seeded CV', () => {
    it('validates against the JSON Resume schema with two validators, and says so in meta', async () => {
      const response = await getPublic('/api/cv.json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(validateTwice(response.body)).toEqual({ jsonResumePackage: 'valid', ajv: 'valid' });
      expect((response.body as Resume).meta.version).toBe('v1.0.0');
    });

    it('holds the owner, their education, research interests and published works', async () => {
      const cv = await getCv();
      expect(cv.basics.name).toBe('Ruizhe Wang');
      expect(cv.basics.label).toMatch(/Ph\.D\. student/);
      expect(cv.basics.profiles.map((profile) => profile.network)).toEqual(expect.arrayContaining(['Google Scholar', 'GitHub']));
      expect(cv.education[0]).toMatchObject({ studyType: 'Ph.D., joint program', institution: expect.stringContaining('USTC') });
      expect(cv.interests.map((interest) => interest.name)).toContain('AI Infrastructure');
      const fp4 = cv.publications.find((publication) => publication.name === 'Optimizing Large Language Model Training Using FP4 Quantization');
      expect(fp4).toMatchObject({ publisher: 'ICML 2025', releaseDate: expect.stringMatching(/^2025/) });
      expect(fp4?.url).toMatch(/^https?:\/\/[^/]+\/publications\/[a-z0-9-]+$/);
      // The seed page states no job, award or service: none is invented.
      expect([cv.work, cv.awards, cv.volunteer]).toEqual([[], [], []]);
    });

    it('lets any origin read it, as the rest of the public API', async () => {
      const response = await request('GET', `${inject('cmsUrl')}/api/cv.json`, { headers: { origin: 'https://lab.example.org' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/lab\.example\.org)$/);
    });
  });

  describe('talks', () => {
    it('leaves a draft talk out, shows it on the very next request once published, as a valid `talk` project', async () => {
      const cached = await getPublic('/api/cv.json');
      await getPublic('/api/cv.json');
      expect((await getPublic('/api/cv.json')).headers.get('x-cache'), 'cv.json is not cached, so this proves nothing about invalidation').toBe('HIT');
      expect(cached.text).not.toContain(marker);
      expect((await getPublic('/api/cv.json?status=draft')).status).toBe(400);

      await admin.publish('api::talk.talk', talkId);
      const published = await getPublic('/api/cv.json');
      const resume = published.body as Resume;
      expect(resume.projects).toContainEqual(
        expect.objectContaining({ name: talkTitle, type: 'talk', entity: `Workshop ${marker}`, startDate: '2026-05-20', keywords: ['invited'] }),
      );
      expect(validateTwice(resume)).toEqual({ jsonResumePackage: 'valid', ajv: 'valid' });

      await admin.unpublish('api::talk.talk', talkId);
      expect((await getPublic('/api/cv.json')).text).not.toContain(marker);
    });

    it('shows a talk in Chinese with ?locale=zh when it is translated, in English otherwise', async () => {
      await admin.publish('api::talk.talk', talkId);
      const zhTitle = `报告 ${marker}：FP4 训练`;
      await admin.updateDraft('api::talk.talk', talkId, { title: zhTitle, event: `研讨会 ${marker}`, date: '2026-05-20', kind: 'invited' }, 'zh');
      expect((await getCv('?locale=zh')).projects.map((talk) => talk.name)).toContain(talkTitle);

      await admin.publish('api::talk.talk', talkId, 'zh');
      const zh = await getCv('?locale=zh');
      expect(zh.projects.map((talk) => talk.name)).toContain(zhTitle);
      expect(zh.meta.canonical).toMatch(/\/api\/cv\.json\?locale=zh$/);
      expect(zh.publications.every((publication) => publication.url?.includes('/zh/publications/'))).toBe(true);
      expect(validateTwice(zh)).toEqual({ jsonResumePackage: 'valid', ajv: 'valid' });
      expect((await getCv('?locale=en')).projects.map((talk) => talk.name)).toContain(talkTitle);
    });
  });

  describe('profile fields', () => {
    afterAll(async () => {
      await admin.profile.updateDraft({ positions: [], awards: [], service: [] });
      await admin.profile.publish();
    });

    it('shows positions, awards and service once the profile is published, with JSON Resume dates', async () => {
      await getPublic('/api/cv.json');
      const organisation = `Lab ${marker}`;
      await admin.profile.updateDraft({
        positions: [{ title: 'Research Intern', organisation, place: 'Beijing, China', start: 'Sep 2021', end: '' }],
        awards: [{ title: `Scholarship ${marker}`, issuer: 'USTC', date: '2024' }],
        service: [{ role: 'Reviewer', venue: `Venue ${marker}`, years: '2024–2026' }],
      });
      expect((await getPublic('/api/cv.json')).text, 'a draft of the profile leaked').not.toContain(organisation);

      await admin.profile.publish();
      const cv = await getCv();
      expect(cv.work).toEqual([{ name: organisation, position: 'Research Intern', location: 'Beijing, China', startDate: '2021-09' }]);
      expect(cv.awards).toEqual([{ title: `Scholarship ${marker}`, awarder: 'USTC', date: '2024' }]);
      expect(cv.volunteer).toEqual([{ organization: `Venue ${marker}`, position: 'Reviewer', startDate: '2024', endDate: '2026' }]);
      expect(validateTwice(cv)).toEqual({ jsonResumePackage: 'valid', ajv: 'valid' });

      const profile = (await getPublic('/api/profile')).body as { data: { positions: unknown[]; awards: unknown[]; service: unknown[] } };
      expect([profile.data.positions.length, profile.data.awards.length, profile.data.service.length]).toEqual([1, 1, 1]);
    });

    it('refuses to publish a position without an organisation (a 400), and keeps the published CV', async () => {
      const before = await getCv();
      await admin.profile.updateDraft({ positions: [{ title: `Intern ${marker}` }] });
      const response = await request('POST', `${inject('cmsUrl')}/content-manager/single-types/api::profile.profile/actions/publish`, {
        token: inject('adminToken'),
        json: {},
      });
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/organisation/);
      expect(await getCv()).toEqual(before);
      await admin.profile.discardDraft();
    });
  });

  describe('bad requests', () => {
    it.each([
      ['?locale=fr', /locale "fr" is not one of en, zh/],
      ['?locale=', /locale/],
      ['?page=2', /Unknown query parameter "page"/],
    ])('answers %s with a JSON 400 that says why', async (query, message) => {
      const response = await getPublic(`/api/cv.json${query}`);
      expect(response.status).toBe(400);
      expect((response.body as { error: { message: string } }).error.message).toMatch(message);
    });
  });

  describe('OpenAPI', () => {
    it('documents /api/cv.json, and the answer matches the documented schema', async () => {
      const document = (await getPublic('/api/openapi.json')).body as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
      expect(Object.keys(document.paths)).toContain('/api/cv.json');
      const validator = new Ajv2020({ strict: false });
      validator.addSchema({ ...document, $id: 'openapi' } as object);
      const check = validator.getSchema('openapi#/components/schemas/JsonResume');
      expect(check?.(await getCv('?locale=zh')), validator.errorsText(check?.errors)).toBe(true);
    });
  });
});
