/** citation-js with its BibTeX plugin, loaded with the first BibTeX read (a save, a citation export). */
import { onFirstUse } from '../utils/on-first-use';

export const citationJs = onFirstUse(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require('@citation-js/core') as typeof import('@citation-js/core');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@citation-js/plugin-bibtex'); // registers the BibTeX input formats on core's plugins
  return core;
});
