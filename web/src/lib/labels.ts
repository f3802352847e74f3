import type { PostLanguage, PublicationLinkKind } from '@homepage/shared';

export const LINK_LABELS: Record<PublicationLinkKind, string> = {
  pdf: 'PDF',
  arxiv: 'arXiv',
  code: 'Code',
  project: 'Project',
  slides: 'Slides',
  video: 'Video',
  poster: 'Poster',
  blog: 'Blog post',
  doi: 'DOI',
  other: 'Link',
};

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

export const LANGUAGE_LABELS: Record<PostLanguage, string> = { en: 'English', zh: '中文' };
