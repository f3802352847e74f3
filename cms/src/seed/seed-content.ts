/** The shape of `cms/seed/homepage.json`, the owner's homepage as data this project owns. */
import type {
  ContactLinkKind,
  PostLanguage,
  PublicationKind,
  PublicationLinkKind,
} from '@homepage/shared';

export interface SeedContent {
  profile: {
    name: string;
    nativeName?: string;
    position?: string;
    affiliations: { name: string; shortName?: string; url?: string }[];
    advisors: { name: string; url?: string; note?: string }[];
    collaborators: { name: string; url?: string; note?: string }[];
    bio?: string;
    researchInterests: { label: string }[];
    collaborationNote?: string;
    links: { label: string; url: string; kind: ContactLinkKind }[];
    education: { degree: string; institutions: string; advisors?: string; start?: string; end?: string; note?: string }[];
  };
  tags: { name: string; slug: string; description?: string }[];
  series: { title: string; slug: string; description?: string }[];
  publications: {
    title: string;
    slug: string;
    kind: PublicationKind;
    authors: { name: string; isOwner: boolean; equalContribution: boolean; corresponding: boolean }[];
    venue?: string;
    venueShort?: string;
    year: number;
    date?: string;
    summary?: string;
    abstract?: string;
    links: { kind: PublicationLinkKind; url: string; label?: string }[];
    doi?: string;
    arxivId?: string;
    selected: boolean;
    note?: string;
    internalNote?: string;
    /** Tag slugs. */
    tags: string[];
  }[];
  blogPosts: {
    title: string;
    slug: string;
    summary?: string;
    body?: string;
    language: PostLanguage;
    date: string;
    featured: boolean;
    originalUrl?: string;
    translationUrl?: string;
    /** Tag slugs. */
    tags: string[];
    /** Series slug. */
    series?: string;
    seriesPosition?: number;
    /** Publication slugs. */
    relatedPublications?: string[];
  }[];
}
