// Reads the start tags of rendered post HTML, so assertions look at real attributes and not at
// escaped text such as `&lt;img onerror=alert(1)&gt;`, which a post may legitimately show.

export interface HtmlTag {
  name: string;
  attributes: Map<string, string>;
}

const START_TAG = /<([a-zA-Z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export function startTags(html: string): HtmlTag[] {
  return [...html.matchAll(START_TAG)].map(([, name = '', rest = '']) => ({
    name: name.toLowerCase(),
    attributes: new Map(
      [...rest.matchAll(ATTRIBUTE)].map(([, attribute = '', double, single, bare]) => [
        attribute.toLowerCase(),
        decodeEntities(double ?? single ?? bare ?? ''),
      ]),
    ),
  }));
}

/**
 * Counts of every tag, attribute, class and style property, e.g. `span.mord`, `span{height}`:
 * equal counts before and after sanitising mean the sanitiser dropped nothing.
 */
export function markupFeatures(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  for (const { name, attributes } of startTags(html)) {
    add(name);
    for (const [attribute, value] of attributes) {
      add(`${name}[${attribute}]`);
      if (attribute === 'class') value.split(/\s+/).filter(Boolean).forEach((cls) => add(`${name}.${cls}`));
      if (attribute === 'style') {
        for (const declaration of value.split(';')) {
          const property = declaration.split(':')[0]?.trim();
          if (property) add(`${name}{${property}}`);
        }
      }
    }
  }
  return counts;
}

/**
 * URL attributes whose scheme runs script or smuggles content past the allow-list. Control
 * characters and spaces are dropped first, as browsers ignore them in a scheme (`java\tscript:`).
 */
export function dangerousUrls(html: string): string[] {
  return startTags(html).flatMap(({ attributes }) =>
    ['href', 'src', 'xlink:href', 'action', 'formaction']
      .map((attribute) => attributes.get(attribute))
      .filter((url): url is string => url !== undefined && /^(javascript|vbscript|data):/i.test(url.replace(/[\s\p{Cc}]/gu, ''))),
  );
}

/** `onerror`, `onload` … on any tag. */
export function eventHandlerAttributes(html: string): string[] {
  return startTags(html).flatMap(({ attributes }) => [...attributes.keys()].filter((name) => name.startsWith('on')));
}
