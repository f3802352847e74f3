import { mount } from '@vue/test-utils';
import type { Profile } from '@homepage/shared';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createSiteI18n } from '../../modules/i18n';
import { createSiteRouter } from '../../modules/router';
import EducationList from './EducationList.vue';

const global = { plugins: [createSiteI18n(createSiteRouter(createMemoryHistory()))] };

type Degree = Profile['education'][number];
const degree = (id: number, fields: Partial<Degree>): Degree => ({
  id,
  degree: 'Ph.D.',
  institutions: 'USTC',
  advisors: null,
  start: null,
  end: null,
  note: null,
  ...fields,
});

describe('components/home/EducationList', () => {
  const details = (education: Degree[]) =>
    mount(EducationList, { props: { education }, global })
      .findAll('.details')
      .map((line) => line.findAll('span').map((part) => part.text()));

  it('gives the years as the CV does: a span, "present" while ongoing, or the one year given', () => {
    expect(
      details([
        degree(1, { start: '2021', end: '2026' }),
        degree(2, { start: '2021' }),
        degree(3, { end: '2020' }),
        degree(4, { start: '2019', end: '2019' }),
      ]),
    ).toEqual([['2021–2026'], ['2021–present'], ['2020'], ['2019']]);
  });

  it('adds the advisors and the note after the years, and no line when there is none of them', () => {
    expect(details([degree(1, { start: '2021', advisors: 'Jane Doe', note: 'Joint program' }), degree(2, {})])).toEqual([
      ['2021–present', 'Advised by Jane Doe', 'Joint program'],
    ]);
  });
});
