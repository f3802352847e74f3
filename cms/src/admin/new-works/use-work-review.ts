/**
 * The new works discovery found, and the owner's two decisions on them, over the review's admin
 * routes (src/work-review/admin-routes.ts) with the admin's own fetch client (it sends the
 * owner's session). One hook for the page and the home widget.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CandidateView, Decision } from '../../work-review/candidate-view';

export const REVIEW_API = '/work-candidates';
/** Where the menu link and the home widget lead. */
export const NEW_WORKS_PAGE = 'new-works';

export type ReviewState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; candidates: CandidateView[] };

/** The server's own message when it gave one ("… was dismissed; a dismissed work stays dismissed"). */
export function messageOf(error: unknown): string {
  const answer = (error as { response?: { data?: { error?: { message?: string } } } } | null)?.response?.data?.error?.message;
  return answer ?? (error instanceof Error ? error.message : 'The CMS did not answer');
}

export function useWorkReview() {
  const { get, post } = useFetchClient();
  const [state, setState] = React.useState<ReviewState>({ status: 'loading' });

  const reload = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: CandidateView[] }>(REVIEW_API);
      setState({ status: 'ready', candidates: data.data });
    } catch (error) {
      setState({ status: 'error', message: messageOf(error) });
    }
  }, [get]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  const decide = React.useCallback(
    async (documentId: string, action: 'accept' | 'dismiss'): Promise<Decision> => {
      const { data } = await post<{ data: Decision }>(`${REVIEW_API}/${encodeURIComponent(documentId)}/${action}`, {});
      return data.data;
    },
    [post],
  );

  return { state, reload, decide };
}
