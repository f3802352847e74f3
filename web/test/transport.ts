// A CMS answered from memory, for the client (src/api/client.ts) in component and page tests.
import type { CmsTransport } from '../src/api/client';

export const TEST_CMS_URL = 'http://cms.test';

/** What the fake CMS answers: a status and a body (JSON unless a string), or an Error to reject with. */
export type FakeAnswer = { status: number; data: unknown } | Error;

/**
 * A transport answering from a function of the request's path and query (decoded, without the
 * CMS's origin), recording every one asked.
 */
export function fakeTransport(answer: (path: string) => FakeAnswer | Promise<FakeAnswer>): { transport: CmsTransport; paths: string[] } {
  const paths: string[] = [];
  const transport: CmsTransport = async (url) => {
    const path = decodeURIComponent(url.replace(TEST_CMS_URL, ''));
    paths.push(path);
    const result = await answer(path);
    if (result instanceof Error) throw result;
    const body = typeof result.data === 'string' ? result.data : JSON.stringify(result.data);
    return { status: result.status, text: body };
  };
  return { transport, paths };
}
