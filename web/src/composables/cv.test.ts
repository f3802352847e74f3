import { describe, expect, it } from 'vitest';
import { profile as makeProfile } from '../../test/fixtures';
import { awardRows, educationRows, positionRows, serviceRows, talkRows } from './cv';

describe('cv', () => {
  describe('rows', () => {
    const profile = makeProfile({
      education: [{ id: 1, degree: 'Ph.D.', institutions: 'USTC and MSRA', advisors: 'Prof. A', start: '2021', end: null, note: null }],
      positions: [{ id: 2, title: 'Research Intern', organisation: 'MSRA', place: 'Beijing', start: '2021', end: null, note: null }],
      awards: [{ id: 3, title: 'Scholarship', issuer: 'USTC', date: '2024', note: null }],
      service: [{ id: 4, role: 'Reviewer', venue: 'ICML', years: '2025' }],
    });

    it('lays each section out as when, what, where', () => {
      expect(educationRows(profile, 'present', (who) => `Advised by ${who}`)[0]).toMatchObject({ when: '2021–present', title: 'Ph.D.', detail: 'USTC and MSRA', note: 'Advised by Prof. A' });
      expect(positionRows(profile, 'present')[0]).toMatchObject({ when: '2021–present', title: 'Research Intern', detail: 'MSRA, Beijing' });
      expect(awardRows(profile)[0]).toMatchObject({ when: '2024', title: 'Scholarship', detail: 'USTC' });
      expect(serviceRows(profile)[0]).toMatchObject({ when: '2025', title: 'Reviewer', detail: 'ICML' });
    });

    it('gives a talk its event, place and kind', () => {
      const [row] = talkRows(
        [{ name: 'FP4 training', type: 'talk', entity: 'Workshop', location: 'Beijing', startDate: '2026-05-20', roles: ['Speaker'], keywords: ['invited'] }],
        (kind) => `${kind}!`,
      );
      expect(row).toMatchObject({ when: '2026-05-20', title: 'FP4 training', detail: 'Workshop, Beijing', note: 'invited!' });
    });
  });
});
