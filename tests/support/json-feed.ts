/**
 * JSON Feed 1.1 checked with a JSON Schema validator (ajv), written from the spec's required
 * fields: https://www.jsonfeed.org/version/1.1/
 */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const author = { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } } };

const jsonFeed11Schema = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    language: { type: 'string' },
    authors: { type: 'array', items: author },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        properties: {
          id: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          summary: { type: 'string' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: { type: 'array', items: author },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(jsonFeed11Schema);

/** The schema violations of a JSON Feed 1.1 document (empty when valid). */
export function validateJsonFeed11(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
