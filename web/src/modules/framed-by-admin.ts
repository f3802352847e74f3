// https://docs.strapi.io/cms/features/preview: the CMS's admin shows the site in its preview panel,
// an iframe. Strapi's documented "previewReady" event tells it the page was allowed to run there;
// when it never comes, the panel offers the page in a new tab instead of a broken frame
// (cms/src/admin/preview-frame.tsx). It carries nothing, so any parent may hear it.

/** Says "previewReady" to the window this page is framed in, if any. */
export function tellFramingAdmin(win: Window = window): void {
  if (win.parent !== win) win.parent.postMessage({ type: 'previewReady' }, '*');
}
