/**
 * CSL-JSON checked with a JSON Schema validator (ajv), written from the CSL 1.0.2 specification's
 * item types and variables (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types
 * and #appendix-iv-variables). Unknown variables are refused: a reference manager drops them silently.
 */
import { Ajv } from 'ajv';

const TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
];

const NAME_VARIABLES = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'executive-producer', 'guest', 'host', 'illustrator', 'interviewer',
  'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author',
  'script-writer', 'series-creator', 'translator',
];

const DATE_VARIABLES = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];

const NUMBER_VARIABLES = [
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue',
  'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part-number',
  'printing-number', 'section', 'supplement-number', 'version', 'volume',
];

const STRING_VARIABLES = [
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority',
  'call-number', 'citation-key', 'citation-label', 'collection-title', 'container-title',
  'container-title-short', 'dimensions', 'division', 'DOI', 'event', 'event-title', 'event-place', 'genre',
  'ISBN', 'ISSN', 'jurisdiction', 'keyword', 'language', 'license', 'medium', 'note', 'original-publisher',
  'original-publisher-place', 'original-title', 'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place',
  'references', 'reviewed-genre', 'reviewed-title', 'scale', 'source', 'status', 'title', 'title-short', 'URL',
  'volume-title', 'year-suffix',
];

const name = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    ['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'].map((k) => [k, { type: 'string' }]),
  ),
  anyOf: [{ required: ['family'] }, { required: ['literal'] }],
};

const datePart = { type: ['integer', 'string'] };
const date = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: datePart } },
    season: { type: ['integer', 'string'] },
    circa: { type: ['string', 'number', 'boolean'] },
    literal: { type: 'string' },
    raw: { type: 'string' },
  },
};

const cslItem = {
  type: 'object',
  required: ['id', 'type'],
  additionalProperties: false,
  properties: {
    id: { type: ['string', 'number'] },
    type: { enum: TYPES },
    categories: { type: 'array', items: { type: 'string' } },
    custom: { type: 'object' },
    ...Object.fromEntries(NAME_VARIABLES.map((v) => [v, { type: 'array', items: name }])),
    ...Object.fromEntries(DATE_VARIABLES.map((v) => [v, date])),
    ...Object.fromEntries(NUMBER_VARIABLES.map((v) => [v, { type: ['string', 'number'] }])),
    ...Object.fromEntries(STRING_VARIABLES.map((v) => [v, { type: 'string' }])),
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile({ type: 'array', items: cslItem });

/** The schema violations of a CSL-JSON document (empty when valid). */
export function validateCslJson(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
