/** The owner-facing help text and list columns of each content type in the admin UI. */

interface AdminView {
  listColumns: string[];
  settings: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC'; pageSize?: number };
  descriptions: Record<string, string>;
  /** Fields the CMS computes when content is saved: hidden from the edit form. */
  computed?: string[];
}

export const ADMIN_VIEWS: Record<string, AdminView> = {
  'api::publication.publication': {
    listColumns: ['title', 'kind', 'venueShort', 'year', 'selected'],
    computed: ['citationCount', 'citationCountUpdatedAt'],
    settings: { mainField: 'title', defaultSortBy: 'date', defaultSortOrder: 'DESC', pageSize: 50 },
    descriptions: {
      title: 'The title as published. If it later changed, keep the first one here and put the new one in the note.',
      slug: 'The address of the paper on your site (/publications/<slug>). Generated from the title; keep it stable once shared.',
      kind: 'Technical reports get their own section on the home page.',
      authors: 'In the order of the paper. Tick "isOwner" on yourself to highlight your name.',
      venue: 'Full venue, e.g. "Proceedings of the 42nd International Conference on Machine Learning (ICML 2025)".',
      venueShort: 'Short label shown next to the title, e.g. "ICML 2025" or "arXiv 2025".',
      year: 'Year of the version cited (used for grouping and citations).',
      date: 'First public date (e.g. arXiv v1 submission); lists are sorted by it.',
      summary: 'One-paragraph TL;DR shown under the title on the home and publications pages.',
      abstract: 'The paper’s abstract, shown on the publication’s own page.',
      links: 'arXiv, PDF, code, project page, slides, video…',
      doi: 'Without "https://doi.org/", e.g. 10.48550/arXiv.2310.18313.',
      arxivId: 'e.g. 2501.17116 (no "arXiv:" prefix).',
      bibtex: 'Paste a BibTeX entry (Google Scholar, DBLP, PMLR, arXiv) and save: it fills every field above that is still empty, short venue, date and PDF link included, and ticks you among the authors. Pasted into a preprint, the published version’s entry updates its venue, kind, year and DOI and keeps its arXiv id; otherwise it never overwrites what you typed. A paper already on your site is refused, naming its entry. Citations of this work then use it as written.',
      selected: 'Selected works appear in the "Publications" section of the home page.',
      note: 'A short public remark: an award, "Oral", or a later title.',
      tags: 'Topics shared with your posts.',
      teaser: 'Optional figure shown with the paper.',
      internalNote: 'Private: never shown on the site or in the API. Reminders for yourself.',
    },
  },
  'api::blog-post.blog-post': {
    listColumns: ['title', 'date', 'series', 'featured'],
    // `language` follows the locale chosen in the admin's locale menu (i18n/post-language.ts).
    computed: ['bodyHtml', 'toc', 'wordCount', 'readingMinutes', 'hasMath', 'language'],
    settings: { mainField: 'title', defaultSortBy: 'date', defaultSortOrder: 'DESC', pageSize: 50 },
    descriptions: {
      title: 'The post’s title.',
      slug: 'The address of the post on your site (/blog/<slug>). Keep it stable once shared.',
      summary: 'One or two sentences shown in lists, feeds and link previews.',
      body: 'Markdown. Math with $…$ and $$…$$, code in fenced blocks with a language (```python).',
      date: 'Publication date shown to readers.',
      featured: 'Featured posts are listed on the home page (otherwise the latest are).',
      tags: 'Topics shared with your publications.',
      series: 'The series this post belongs to, if any.',
      seriesPosition: 'Position within the series (0 for a preface).',
      cover: 'Optional image for link previews and the post header.',
      originalUrl: 'Where the post was first published, if elsewhere.',
      translationUrl: 'A translation published elsewhere (e.g. the Chinese post on Zhihu). To publish a translation on this site, pick the language in the locale menu at the top and write it there.',
      relatedPublications: 'Papers this post discusses; linked both ways on the site.',
    },
  },
  'api::tag.tag': {
    listColumns: ['name', 'slug'],
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    descriptions: {
      name: 'As shown on the site, e.g. "Mixture of Experts".',
      slug: 'The address of the tag page (/tags/<slug>).',
      description: 'Optional: shown at the top of the tag page.',
    },
  },
  'api::series.series': {
    listColumns: ['title', 'slug'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
    descriptions: {
      title: 'The series’ name, e.g. "Megatron-LM Training Large Models Practical Guide".',
      slug: 'The address of the series page (/series/<slug>).',
      description: 'Shown at the top of the series page.',
    },
  },
  'api::profile.profile': {
    listColumns: ['name'],
    settings: { mainField: 'name' },
    descriptions: {
      name: 'Your name as it appears on papers.',
      nativeName: 'Your name in your native script, e.g. 王瑞哲.',
      position: 'One line under your name.',
      affiliations: 'Institutions, in order of importance.',
      advisors: 'Shown in the introduction.',
      collaborators: 'Close collaborators mentioned in the introduction.',
      bio: 'Markdown: the introduction at the top of the home page. For the Chinese site, choose Chinese (zh) in the locale menu above and translate the texts there; what you leave untranslated shows in English.',
      researchInterests: 'Short phrases, one per entry.',
      collaborationNote: 'An invitation to collaborate, shown after the introduction.',
      avatar: 'A square photo works best (at least 400 × 400).',
      links: 'Google Scholar, GitHub, e-mail (mailto:…), Zhihu, ORCID, CV…',
      education: 'Degrees and programs, newest first.',
    },
  },
};
