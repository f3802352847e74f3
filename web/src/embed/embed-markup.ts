/**
 * The markup of one embed, as a string: the `<homepage-works>` element puts it in its shadow root,
 * and the prerenderer writes it into the /embed/<view> pages inside a declarative shadow root, so
 * the script and the no-script path show the same thing.
 */
import { EMBED_LABELS, escapeHtml, type EmbedResponse } from '@homepage/shared';

type EmbedData = EmbedResponse['data'];

function meta(item: EmbedData['items'][number]): string {
  // A short venue often names its year already ("ICML 2025").
  const year = item.year !== null && !item.venue?.includes(String(item.year)) ? item.year : null;
  const text = item.year === null ? (item.date ?? '') : [item.venue, year].filter(Boolean).join(' ');
  return text ? `<span part="meta">${escapeHtml(text)}</span>` : '';
}

export function embedMarkup(data: EmbedData): string {
  const items = data.items
    .map((item) => `<li part="item"><a part="link" href="${escapeHtml(item.url)}" lang="${item.lang}">${escapeHtml(item.title)}</a>${meta(item)}</li>`)
    .join('');
  return `<div lang="${data.locale}"><ul part="list">${items}</ul><a part="more" href="${escapeHtml(data.more)}">${EMBED_LABELS[data.locale][data.view].more} →</a></div>`;
}
