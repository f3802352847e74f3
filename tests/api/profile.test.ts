/** cms/src/api/profile (single type) over HTTP. */
import { profileItemSchema, type Profile } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { getPublic, getPublicData } from '../support/http';
import { uniqueMarker } from '../support/drafts';

describe('profile', () => {
  describe('find', () => {
    it("serves the owner's profile, valid against profileItemSchema", async () => {
      const response = await getPublic('/api/profile');
      expect(response.status).toBe(200);
      const { data } = profileItemSchema.parse(response.body);
      expect(data.name).toBe('Ruizhe Wang');
      expect(data.nativeName).toBe('王瑞哲');
    });

    it('populates every component without being asked', async () => {
      const profile = await getPublicData<Profile>('/api/profile');
      expect(profile.affiliations.map((a) => a.shortName)).toEqual(['USTC', 'MSRA']);
      expect(profile.advisors.map((a) => a.name)).toEqual(['Prof. Zhengjun Zha', 'Prof. Baining Guo']);
      expect(profile.collaborators.length).toBeGreaterThan(0);
      expect(profile.researchInterests.length).toBeGreaterThan(0);
      expect(profile.links.map((l) => l.kind)).toContain('scholar');
      expect(profile.education.length).toBeGreaterThan(0);
    });
  });

  describe('drafts', () => {
    const admin = createAdminApi();
    afterAll(async () => {
      await admin.profile.discardDraft();
    });

    it('keeps serving the published profile, while an edit waits unpublished in the draft', async () => {
      const published = await getPublicData<Profile>('/api/profile');
      const position = `Draft position ${uniqueMarker('profile')}`;
      const draft = await admin.profile.updateDraft({ position });
      expect(draft.position).toBe(position);

      for (const queryString of ['', '?status=draft', '?status[0]=draft']) {
        const response = await getPublic(`/api/profile${queryString}`);
        expect(response.status).toBe(200);
        expect(response.text).not.toContain(position);
        expect(profileItemSchema.parse(response.body).data.position).toBe(published.position);
      }
    });
  });

  describe('response cache', () => {
    const admin = createAdminApi();
    let original: string | null = null;
    afterAll(async () => {
      await admin.profile.updateDraft({ collaborationNote: original });
      await admin.profile.publish();
    });

    it('serves a published edit on the very next request, after a cached answer', async () => {
      original = (await getPublicData<Profile>('/api/profile')).collaborationNote;
      const cached = await getPublic('/api/profile');
      expect(cached.headers.get('x-cache')).toBe('HIT');

      const note = `Open to collaboration ${uniqueMarker('profile')}`;
      await admin.profile.updateDraft({ collaborationNote: note });
      await admin.profile.publish();
      const next = await getPublic('/api/profile');
      expect(next.headers.get('x-cache')).toBe('MISS');
      expect(profileItemSchema.parse(next.body).data.collaborationNote).toBe(note);
    });
  });
});
