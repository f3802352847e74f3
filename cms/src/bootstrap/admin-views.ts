/**
 * What the owner reads in the admin UI for each content type: a label in words and a help text
 * under every field, the list columns, and the edit form's order (fields in the order they are
 * filled in). Strapi's own label is the field's name (`venueShort`), which the owner never chose.
 */

/** One row of the edit form: fields and their widths, out of 12 columns. */
export type EditRow = [field: string, width: number][];

export interface AdminView {
  listColumns: string[];
  settings: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC'; pageSize?: number };
  /** In the edit form and as the list column's heading. */
  labels: Record<string, string>;
  descriptions: Record<string, string>;
  /** The edit form, row by row; editable fields left out follow at the end, as Strapi lays them out. */
  editLayout?: EditRow[];
  /** Fields the CMS computes when content is saved: hidden from the edit form. */
  computed?: string[];
}

/** Help texts this file used to ship, replaced where the owner has not changed them since. */
export const SUPERSEDED_DESCRIPTIONS: Record<string, Record<string, string>> = {
  'api::publication.publication': {
    authors: 'In the order of the paper. Tick "isOwner" on yourself to highlight your name.',
    bibtex:
      'Paste a BibTeX entry (Google Scholar, DBLP, arXiv) and save: it fills every field above that is still empty and ticks you among the authors; it never overwrites what you typed. Citations of this work then use it as written.',
    teaser: 'Optional figure shown with the paper.',
  },
  'api::blog-post.blog-post': {
    date: 'Publication date shown to readers.',
    cover: 'Optional image for link previews and the post header.',
  },
  'api::profile.profile': {
    avatar: 'A square photo works best (at least 400 × 400).',
  },
};

const DISCOVERY_NOTE = 'Used to find your new works (never shown on the site); leave empty to skip this source.';

const MEDIA_CLEANUP_NOTE = 'An image you remove or replace is deleted from the site a day after nothing uses it; until then you can pick it again from the Media Library.';

export const ADMIN_VIEWS: Record<string, AdminView> = {
  'api::publication.publication': {
    listColumns: ['title', 'kind', 'venueShort', 'year', 'selected'],
    computed: ['citationCount', 'citationCountUpdatedAt'],
    settings: { mainField: 'title', defaultSortBy: 'date', defaultSortOrder: 'DESC', pageSize: 50 },
    // A new publication starts by pasting its BibTeX, which fills the fields below it.
    editLayout: [
      [['bibtex', 12]],
      [['title', 8], ['kind', 4]],
      [['authors', 12]],
      [['venue', 8], ['venueShort', 4]],
      [['year', 4], ['date', 4], ['selected', 4]],
      [['summary', 6], ['abstract', 6]],
      [['links', 12]],
      [['doi', 6], ['arxivId', 6]],
      [['slug', 6], ['note', 6]],
      [['tags', 6], ['teaser', 6]],
      [['internalNote', 12]],
    ],
    labels: {
      bibtex: 'BibTeX',
      title: 'Title',
      slug: 'Address on the site (slug)',
      kind: 'Kind of work',
      authors: 'Authors',
      venue: 'Venue',
      venueShort: 'Short venue',
      year: 'Year',
      date: 'First public date',
      summary: 'Summary (TL;DR)',
      abstract: 'Abstract',
      links: 'Links',
      doi: 'DOI',
      arxivId: 'arXiv id',
      selected: 'Selected work',
      note: 'Public note',
      tags: 'Tags',
      teaser: 'Teaser figure',
      internalNote: 'Private note',
    },
    descriptions: {
      title: 'The title as published. If it later changed, keep the first one here and put the new one in the note.',
      slug: 'The address of the paper on your site (/publications/<slug>). Generated from the title; keep it stable once shared.',
      kind: 'Technical reports get their own section on the home page.',
      authors: 'In the order of the paper. Tick "The owner (you)" on yourself to highlight your name.',
      venue: 'Full venue, e.g. "Proceedings of the 42nd International Conference on Machine Learning (ICML 2025)".',
      venueShort: 'Short label shown next to the title, e.g. "ICML 2025" or "arXiv 2025".',
      year: 'Year of the version cited (used for grouping and citations).',
      date: 'First public date (e.g. arXiv v1 submission); lists are sorted by it.',
      summary: 'One-paragraph TL;DR shown under the title on the home and publications pages.',
      abstract: 'The paper’s abstract, shown on the publication’s own page.',
      links: 'arXiv, PDF, code, project page, slides, video…',
      doi: 'Without "https://doi.org/", e.g. 10.48550/arXiv.2310.18313.',
      arxivId: 'e.g. 2501.17116 (no "arXiv:" prefix).',
      bibtex: 'Paste a BibTeX entry (Google Scholar, DBLP, PMLR, arXiv) and save: it fills every field below that is still empty, short venue, date and PDF link included, and ticks you among the authors. Pasted into a preprint, the published version’s entry updates its venue, kind, year and DOI and keeps its arXiv id; otherwise it never overwrites what you typed. A paper already on your site is refused, naming its entry. Citations of this work then use it as written.',
      selected: 'Selected works appear in the "Publications" section of the home page.',
      note: 'A short public remark: an award, "Oral", or a later title.',
      tags: 'Topics shared with your posts.',
      teaser: `Optional figure shown with the paper. ${MEDIA_CLEANUP_NOTE}`,
      internalNote: 'Private: never shown on the site or in the API. Reminders for yourself.',
    },
  },
  'api::blog-post.blog-post': {
    listColumns: ['title', 'date', 'series', 'featured'],
    // `language` follows the locale chosen in the admin's locale menu (i18n/post-language.ts).
    computed: ['bodyHtml', 'toc', 'wordCount', 'readingMinutes', 'hasMath', 'language'],
    settings: { mainField: 'title', defaultSortBy: 'date', defaultSortOrder: 'DESC', pageSize: 50 },
    editLayout: [
      [['title', 8], ['date', 4]],
      [['slug', 8], ['featured', 4]],
      [['body', 12]],
      [['summary', 12]],
      [['tags', 6], ['relatedPublications', 6]],
      [['series', 8], ['seriesPosition', 4]],
      [['cover', 6]],
      [['originalUrl', 6], ['translationUrl', 6]],
    ],
    labels: {
      title: 'Title',
      slug: 'Address on the site (slug)',
      date: 'Date',
      body: 'Body (Markdown)',
      summary: 'Summary',
      featured: 'Featured on the home page',
      tags: 'Tags',
      series: 'Series',
      seriesPosition: 'Position in the series',
      cover: 'Cover image',
      originalUrl: 'First published at',
      translationUrl: 'Translation elsewhere',
      relatedPublications: 'Related papers',
    },
    descriptions: {
      title: 'The post’s title.',
      slug: 'The address of the post on your site (/blog/<slug>). Keep it stable once shared.',
      summary: 'One or two sentences shown in lists, feeds and link previews.',
      body: 'Markdown. Math with $…$ and $$…$$, code in fenced blocks with a language (```python).',
      date: 'Publication date shown to readers; a new post starts at today.',
      featured: 'Featured posts are listed on the home page (otherwise the latest are).',
      tags: 'Topics shared with your publications.',
      series: 'The series this post belongs to, if any.',
      seriesPosition: 'Position within the series (0 for a preface).',
      cover: `Optional image for link previews and the post header. ${MEDIA_CLEANUP_NOTE}`,
      originalUrl: 'Where the post was first published, if elsewhere.',
      translationUrl: 'A translation published elsewhere (e.g. the Chinese post on Zhihu). To publish a translation on this site, pick the language in the locale menu at the top and write it there.',
      relatedPublications: 'Papers this post discusses; linked both ways on the site.',
    },
  },
  'api::tag.tag': {
    listColumns: ['name', 'slug'],
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    labels: { name: 'Name', slug: 'Address on the site (slug)', description: 'Description' },
    descriptions: {
      name: 'As shown on the site, e.g. "Mixture of Experts".',
      slug: 'The address of the tag page (/tags/<slug>).',
      description: 'Optional: shown at the top of the tag page.',
    },
  },
  'api::person.person': {
    listColumns: ['name', 'slug', 'homepageUrl'],
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    labels: {
      name: 'Name',
      slug: 'Address on the site (slug)',
      homepageUrl: 'Homepage',
      affiliation: 'Affiliation',
      aliases: 'Other spellings',
      mergedInto: 'Same person as',
    },
    descriptions: {
      name: 'As shown on their page. Made for you when a publication names a new co-author.',
      slug: 'The address of their page (/people/<slug>).',
      homepageUrl: 'Optional: their own page, linked from theirs here (https://…).',
      affiliation: 'Optional: shown under their name.',
      aliases: 'Other ways papers write the name, one per line: new papers spelled so are linked to this person.',
      mergedInto: 'When this is another spelling of someone listed already, pick them and save: their page takes over these works, and this one leaves the site.',
    },
  },
  'api::series.series': {
    listColumns: ['title', 'slug'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
    labels: { title: 'Title', slug: 'Address on the site (slug)', description: 'Description' },
    descriptions: {
      title: 'The series’ name, e.g. "Megatron-LM Training Large Models Practical Guide".',
      slug: 'The address of the series page (/series/<slug>).',
      description: 'Shown at the top of the series page.',
    },
  },
  'api::news-item.news-item': {
    listColumns: ['date', 'headline', 'publication', 'post'],
    computed: ['bodyHtml', 'headline'],
    settings: { mainField: 'headline', defaultSortBy: 'date', defaultSortOrder: 'DESC', pageSize: 50 },
    editLayout: [[['date', 4]], [['body', 12]], [['publication', 6], ['post', 6]]],
    labels: { date: 'Date', body: 'News (Markdown)', headline: 'News', publication: 'About a paper', post: 'About a post' },
    descriptions: {
      date: 'Shown with the item; the newest come first. A new item starts at today.',
      body: 'One or two sentences in Markdown, e.g. "Our paper on FP4 training was accepted at **ICML 2025**." The latest few show on the home page, all of them on /news and in the news feed. For the Chinese site, pick Chinese (zh) in the locale menu above and write it there.',
      publication: 'Optional: the paper this news is about; the item links to it.',
      post: 'Optional: the post this news is about; the item links to it.',
    },
  },
  'api::talk.talk': {
    listColumns: ['title', 'event', 'date', 'kind'],
    settings: { mainField: 'title', defaultSortBy: 'date', defaultSortOrder: 'DESC', pageSize: 50 },
    editLayout: [
      [['title', 8], ['kind', 4]],
      [['event', 8], ['date', 4]],
      [['place', 6], ['eventUrl', 6]],
      [['abstract', 12]],
      [['slides', 6], ['slidesUrl', 6]],
      [['videoUrl', 6], ['publication', 6]],
    ],
    labels: {
      title: 'Title',
      event: 'Event',
      place: 'Place',
      date: 'Date',
      kind: 'Kind of talk',
      abstract: 'Abstract',
      slides: 'Slides (PDF)',
      slidesUrl: 'Slides elsewhere',
      videoUrl: 'Video',
      eventUrl: 'Event page',
      publication: 'Related paper',
    },
    descriptions: {
      title: 'The talk’s title.',
      event: 'The conference, workshop, seminar or course, e.g. "ICML 2025" or "Tsinghua AI Seminar".',
      place: 'City and country, e.g. "Vancouver, Canada"; "Online" for a virtual talk.',
      date: 'The day of the talk; /talks groups talks by its year.',
      kind: 'Invited talk, contributed talk, poster or lecture.',
      abstract: 'Optional: a few sentences shown under the talk.',
      slides: `Upload the slides as a PDF; they are linked from the talk. ${MEDIA_CLEANUP_NOTE}`,
      slidesUrl: 'Or a link to slides hosted elsewhere (https://…).',
      videoUrl: 'A recording, e.g. on YouTube or Bilibili (https://…).',
      eventUrl: 'The event’s own page (https://…).',
      publication: 'Optional: the paper the talk presents; the talk links to it.',
    },
  },
  'api::profile.profile': {
    listColumns: ['name'],
    settings: { mainField: 'name' },
    editLayout: [
      [['name', 6], ['nativeName', 6]],
      [['position', 6], ['avatar', 6]],
      [['bio', 12]],
      [['researchInterests', 12]],
      [['collaborationNote', 12]],
      [['affiliations', 12]],
      [['education', 12]],
      [['positions', 12]],
      [['awards', 12]],
      [['service', 12]],
      [['advisors', 12]],
      [['collaborators', 12]],
      [['links', 12]],
    ],
    labels: {
      name: 'Name',
      nativeName: 'Name in your native script',
      position: 'Position',
      affiliations: 'Affiliations',
      advisors: 'Advisors',
      collaborators: 'Collaborators',
      bio: 'Introduction (Markdown)',
      researchInterests: 'Research interests',
      collaborationNote: 'Invitation to collaborate',
      avatar: 'Photo',
      links: 'Links',
      education: 'Education',
      positions: 'Positions',
      awards: 'Awards and honours',
      service: 'Service',
      orcid: 'ORCID iD',
      openalexId: 'OpenAlex author id',
      dblpPid: 'DBLP pid',
      semanticScholarId: 'Semantic Scholar author id',
      arxivQuery: 'arXiv author query',
    },
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
      avatar: `A square photo works best (at least 400 × 400). ${MEDIA_CLEANUP_NOTE}`,
      links: 'Google Scholar, GitHub, e-mail (mailto:…), Zhihu, ORCID, CV…',
      education: 'Degrees and programs, newest first.',
      positions: 'Jobs, research posts and internships, newest first (the CV and its JSON Resume).',
      awards: 'Awards, honours, scholarships and grants, newest first (the CV).',
      service: 'Reviewing and organising, e.g. "Reviewer" for "ICML" in "2025–2026" (the CV).',
      orcid: `${DISCOVERY_NOTE} e.g. 0000-0002-1825-0097: asks ORCID and Crossref (and OpenAlex when its id is empty).`,
      openalexId: `${DISCOVERY_NOTE} e.g. A5023888391 (openalex.org/authors/…). OpenAlex needs an API key on the server (OPENALEX_API_KEY) since 2026-02; without it OpenAlex may refuse, and the server log and "pnpm discover" say so.`,
      dblpPid: `${DISCOVERY_NOTE} e.g. 123/4567, from your DBLP page's address (dblp.org/pid/123/4567).`,
      semanticScholarId: `${DISCOVERY_NOTE} e.g. 2109456789, from semanticscholar.org/author/…/2109456789.`,
      arxivQuery: `${DISCOVERY_NOTE} Your name as arXiv writes it, e.g. Wang_Ruizhe (or a full query, au:Wang_R AND cat:cs.LG). Works found only by name need one of your coauthors to be proposed.`,
    },
  },
};
