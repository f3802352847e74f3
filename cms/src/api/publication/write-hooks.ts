/**
 * What a save of a publication does on its own (the rules it shares with other types, and the
 * order of everything: write-pipeline/index.ts).
 */
import { defineWriteHook, savedData } from '../../write-pipeline/hook';
import { dropCitationCounts } from '../../citation-counts/keep-counts-computed';
import { fillFromSavedBibtex } from './fill-from-bibtex';
import { refuseDuplicateOnSave } from './refuse-duplicates';

const PUBLICATION = 'api::publication.publication';

export const fillPublicationsFromBibtex = defineWriteHook({
  name: 'fill from BibTeX',
  types: [PUBLICATION],
  actions: ['create', 'update'],
  run: fillFromSavedBibtex,
});

export const refuseDuplicatePublications = defineWriteHook({
  name: 'refuse duplicate papers',
  types: [PUBLICATION],
  actions: ['create', 'update'],
  run: refuseDuplicateOnSave,
});

export const keepCitationCountsComputed = defineWriteHook({
  name: 'citation counts stay computed',
  types: [PUBLICATION],
  actions: ['create', 'update'],
  run: async (_strapi, context, next) => {
    dropCitationCounts(savedData(context));
    return next();
  },
});
