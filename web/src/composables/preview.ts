/**
 * Draft previews: the page a signed link from the admin opens (`/preview/:type/:documentId?expires&signature`)
 * loads the draft once, then shows it with the public page's own component. That component and
 * everything below it get a client that answers the draft's slug with the draft, and a resource
 * store of their own, so the draft never reaches the site's shared state or another page.
 */
import { provide, ref, shallowRef, type Ref } from 'vue';
import type { PreviewLinkQuery, PreviewType } from '@homepage/shared';
import type { CmsClient, PreviewDraft } from '../api/client';
import { isCmsError } from '../api/errors';
import { createResourceStore, resourceStoreKey } from '../stores/resource';
import { provideCmsToChildren, useCms } from './cms';

export type PreviewStatus = 'loading' | 'ready' | 'refused' | 'not-found' | 'error';

export interface PreviewState {
  status: Ref<PreviewStatus>;
  draft: Ref<PreviewDraft | null>;
  /** The CMS's reason when it refused or failed. */
  message: Ref<string>;
}

/** A client like `cms`, except that the draft's slug is answered with the draft. */
export function clientShowingDraft(cms: CmsClient, draft: () => PreviewDraft | null): CmsClient {
  const theDraft = <T extends PreviewDraft['type']>(type: T, slug: string) => {
    const current = draft();
    return current?.type === type && current.data.slug === slug ? current : null;
  };
  return {
    ...cms,
    publications: {
      ...cms.publications,
      getBySlug: (slug) => {
        const current = theDraft('publication', slug);
        return current?.type === 'publication' ? Promise.resolve(current.data) : cms.publications.getBySlug(slug);
      },
    },
    posts: {
      ...cms.posts,
      getBySlug: (slug, locale) => {
        const current = theDraft('blog-post', slug);
        return current?.type === 'blog-post' ? Promise.resolve(current.data) : cms.posts.getBySlug(slug, locale);
      },
    },
  };
}

/** Loads the draft a link names and sets up its children to show it. Browser only: never prerendered. */
export function usePreview(type: PreviewType, documentId: string, link: Partial<PreviewLinkQuery>): PreviewState {
  const cms = useCms();
  const state: PreviewState = { status: ref('loading'), draft: shallowRef(null), message: ref('') };
  provideCmsToChildren(clientShowingDraft(cms, () => state.draft.value));
  provide(resourceStoreKey, createResourceStore());

  if (!import.meta.env.SSR) {
    cms.preview
      .get(type, documentId, link)
      .then((draft) => {
        state.draft.value = draft;
        state.status.value = 'ready';
      })
      .catch((error: unknown) => {
        state.message.value = error instanceof Error ? error.message : String(error);
        const status = isCmsError(error) ? error.status : null;
        state.status.value = status === 401 || status === 403 ? 'refused' : status === 404 ? 'not-found' : 'error';
      });
  }
  return state;
}
