/**
 * The client's HTTP transport: axios, the site's HTTP library, imported on first use. A
 * prerendered page hydrates from the data inlined in it and asks the CMS nothing until the visitor
 * navigates or filters, so a page starts without axios (about 14 kB gzip of the home route's
 * 80 kB budget) and loads it with the first request.
 * https://axios-http.com/docs/req_config
 */
import type { CmsTransport } from './client';

export const axiosTransport: CmsTransport = async (url, { headers, signal }) => {
  const { default: axios } = await import('axios');
  try {
    const response = await axios.get<unknown>(url, {
      headers,
      signal,
      // The client reads every status and parses the body itself (one error type for all failures).
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
    });
    return { status: response.status, text: typeof response.data === 'string' ? response.data : '' };
  } catch (error) {
    // axios reports an aborted signal as its own CanceledError: pass on the signal's reason (a TimeoutError).
    if (signal.aborted) throw signal.reason;
    throw error;
  }
};
