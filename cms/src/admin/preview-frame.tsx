/**
 * Strapi's preview panel frames the link the CMS's preview handler gives (src/preview/): the
 * site's signed page of the draft. Two snags, mended from the panel's header (its `preview.actions`
 * injection zone, right after Strapi's "Copy preview link" button):
 * - A site that refuses to be framed at the address the admin is opened at (its
 *   `frame-ancestors`, ADMIN_ORIGINS in the README) left a broken frame and no word. The site's
 *   app says "previewReady" to its parent once it runs (Strapi's documented preview event,
 *   web/src/modules/framed-by-admin.ts); when that does not come, the panel says so and links the
 *   page for a new tab. The published tab's public pages are never framed, so it always does.
 * - "Copy preview link" copied the admin's own address, which opens nothing for anyone without
 *   an admin account. It now copies the framed link: the signed site address of the draft.
 * https://docs.strapi.io/cms/features/preview
 */
import * as React from 'react';
import { createPortal } from 'react-dom';
import styled from 'styled-components';
import { useClipboard, useNotification, type StrapiApp } from '@strapi/strapi/admin';

/** Strapi's public preview event (PUBLIC_EVENTS.PREVIEW_READY in @strapi/content-manager). */
const PREVIEW_READY = 'previewReady';
/** After the frame's load event, the site's app has this long to say it is ready. */
const READY_AFTER_LOAD_MS = 6000;
/** In case no load event comes at all (a server that never answers). */
const READY_AT_LATEST_MS = 20_000;

/** The preview iframe Strapi renders (pages/Preview in @strapi/content-manager); a new one per link. */
function findFrame(): HTMLIFrameElement | null {
  return document.querySelector<HTMLIFrameElement>('iframe[data-testid="preview-iframe"]');
}

function useFrame(): HTMLIFrameElement | null {
  const [frame, setFrame] = React.useState<HTMLIFrameElement | null>(findFrame);
  React.useEffect(() => {
    const observer = new MutationObserver(() => setFrame(findFrame()));
    observer.observe(document.body, { childList: true, subtree: true });
    setFrame(findFrame());
    return () => observer.disconnect();
  }, []);
  return frame;
}

/** 'waiting' until the framed page says it is ready ('shown') or fails to in time ('refused'). */
function useFramedState(frame: HTMLIFrameElement | null): 'waiting' | 'shown' | 'refused' {
  const [state, setState] = React.useState<'waiting' | 'shown' | 'refused'>('waiting');
  const src = frame?.src;
  React.useEffect(() => {
    setState('waiting');
    if (!frame || !src) return;
    const origin = new URL(src).origin;
    const timers: number[] = [];
    const giveUpAfter = (ms: number) => timers.push(window.setTimeout(() => setState((now) => (now === 'waiting' ? 'refused' : now)), ms));
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && (event.data as { type?: unknown } | null)?.type === PREVIEW_READY) setState('shown');
    };
    const onLoad = () => giveUpAfter(READY_AFTER_LOAD_MS);
    window.addEventListener('message', onMessage);
    frame.addEventListener('load', onLoad);
    giveUpAfter(READY_AT_LATEST_MS);
    return () => {
      window.removeEventListener('message', onMessage);
      frame.removeEventListener('load', onLoad);
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [frame, src]);
  return state;
}

/**
 * Makes Strapi's "Copy preview link" button (the element just before this zone) copy `link`. Its
 * click is taken on the button itself, before it bubbles to React's root listener and Strapi's
 * handler, so Strapi's look, label and tooltip stay.
 */
function useCopyLink(marker: React.RefObject<HTMLElement | null>, link: string | undefined): void {
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  React.useEffect(() => {
    const button = marker.current?.previousElementSibling;
    if (!(button instanceof HTMLButtonElement) || !link) return;
    const onClick = (event: MouseEvent) => {
      event.stopPropagation();
      event.preventDefault();
      void copy(link).then((copied) =>
        toggleNotification(
          copied
            ? { type: 'success', message: 'Copied the preview link: it opens this draft on the site, without an admin account, until it expires.' }
            : { type: 'warning', message: `Could not copy the link; here it is: ${link}` },
        ),
      );
    };
    button.addEventListener('click', onClick);
    return () => button.removeEventListener('click', onClick);
  }, [marker, link, copy, toggleNotification]);
}

/**
 * Above the frame, not over it: a frame that is hidden or covered may be kept from running, and a
 * slow one that says it is ready after all takes the message away again.
 */
const Refused = styled.div`
  order: -1;
  flex-shrink: 0;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: center;
  gap: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[3]}`};
  padding: ${({ theme }) => `${theme.spaces[3]} ${theme.spaces[4]}`};
  background: ${({ theme }) => theme.colors.warning100};
  border-bottom: 1px solid ${({ theme }) => theme.colors.warning200};
  color: ${({ theme }) => theme.colors.neutral800};
  font-size: ${({ theme }) => theme.fontSizes[2]};
  a {
    color: ${({ theme }) => theme.colors.primary600};
    font-weight: 600;
  }
`;

const PreviewFrameHelp = (): React.ReactNode => {
  const marker = React.useRef<HTMLSpanElement>(null);
  const frame = useFrame();
  const refused = useFramedState(frame) === 'refused';
  useCopyLink(marker, frame?.src);
  const container = frame?.parentElement;
  return (
    <>
      <span ref={marker} hidden />
      {frame && container && refused
        ? createPortal(
            <Refused role="alert">
              <span>The site did not let the admin show this page here.</span>
              <a href={frame.src} target="_blank" rel="noopener noreferrer">
                Open the preview in a new tab
              </a>
            </Refused>,
            container,
          )
        : null}
    </>
  );
};

export function mendPreviewPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  app.getPlugin('content-manager').injectComponent('preview', 'actions', { name: 'preview-frame-help', Component: PreviewFrameHelp });
}
