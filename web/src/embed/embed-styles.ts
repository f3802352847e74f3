/**
 * The embed's look, inside its shadow root: nothing from the host page reaches in except inherited
 * text properties (the host's font, unless `--homepage-works-font` says otherwise), and nothing
 * here reaches out. Themed by the custom properties below and `::part(list|item|link|meta|more)`;
 * colours keep 4.5:1 contrast in both themes (WCAG 2 AA).
 */
const DARK = '--_fg:#e6edf3;--_bg:#0d1117;--_link:#8ab4f8;--_muted:#9da7b3';

export const EMBED_CSS = [
  ':host{display:block;--_fg:#1f2328;--_bg:#fff;--_link:#0b57d0;--_muted:#59636e;',
  'font-family:var(--homepage-works-font,inherit);color:var(--homepage-works-color,var(--_fg));',
  'background:var(--homepage-works-background,var(--_bg));padding:var(--homepage-works-padding,0);line-height:1.45}',
  ':host([hidden]){display:none}',
  `:host([theme=dark]){${DARK}}`,
  `@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}`,
  'ul{list-style:none;margin:0;padding:0}li{margin:0 0 .7em}',
  'a{color:var(--homepage-works-link,var(--_link))}',
  '[part=meta]{display:block;color:var(--homepage-works-muted,var(--_muted));font-size:.875em}',
].join('');
