import type { PostLanguage, PublicationLinkKind } from '@homepage/shared';

/** What a not-found page says is missing (messages `thing.*`). */
export type Thing = 'page' | 'post' | 'publication' | 'series' | 'topic' | 'person';

/** The order links appear in, most asked-for first. */
export const LINK_ORDER: readonly PublicationLinkKind[] = [
  'pdf',
  'arxiv',
  'code',
  'project',
  'slides',
  'video',
  'poster',
  'blog',
  'doi',
  'other',
];

/** Each language by its own name, the same in every interface language. */
export const LANGUAGE_LABELS: Record<PostLanguage, string> = { en: 'English', zh: '中文' };
