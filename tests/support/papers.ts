/**
 * Papers as the owner pastes them: the same work as a Google Scholar arXiv entry and as its PMLR
 * (ICML) entry, made unique per run with a marker in the title and a fresh arXiv id, since every
 * test file shares one database and the CMS refuses a second copy of a paper.
 */
import { randomInt } from 'node:crypto';

/** A new-style arXiv id of February 2026 that no other test uses (5-digit numbers, as arXiv's since 2015). */
export const uniqueArxivId = (): string => `2602.${String(randomInt(10_000, 100_000))}`;

export interface Paper {
  title: string;
  arxivId: string;
  /** A citation key without the marker's dashes. */
  key: string;
}

export function paper(marker: string, title = `Efficient MoE Training with Elastic Experts ${marker}`): Paper {
  return { title, arxivId: uniqueArxivId(), key: marker.replace(/[^a-z0-9]/gi, '') };
}

/** Google Scholar's "Cite → BibTeX" for the arXiv version. */
export const scholarArxivBibtex = ({ title, arxivId, key }: Paper) => `@article{wang2026${key},
  title={${title}},
  author={Wang, Ruizhe and Qu, Lei and Cheng, Peng},
  journal={arXiv preprint arXiv:${arxivId}},
  year={2026}
}`;

/** PMLR's BibTeX for the ICML 2026 version (the "43rd" edition), which names no arXiv id. */
export const pmlrIcmlBibtex = ({ title, key }: Paper, doi?: string) => `@InProceedings{pmlr-v300-wang26${key},
  title = {${title}},
  author = {Wang, Ruizhe and Qu, Lei and Cheng, Peng},
  booktitle = {Proceedings of the 43rd International Conference on Machine Learning},
  pages = {1001--1015},
  year = {2026},
  editor = {Smith, Alice and Jones, Bob},
  volume = {300},
  series = {Proceedings of Machine Learning Research},
  month = {12--18 Jul},
  publisher = {PMLR},${doi ? `\n  doi = {${doi}},` : ''}
  pdf = {https://proceedings.mlr.press/v300/wang26${key}/wang26${key}.pdf},
  url = {https://proceedings.mlr.press/v300/wang26${key}.html}
}`;

/** The PMLR entry with the arXiv id an owner adds to it, and no PDF of its own (as in the issue). */
export const pmlrIcmlWithArxivBibtex = (work: Paper) =>
  pmlrIcmlBibtex(work)
    .replace(/\n {2}pdf = .*,/, '')
    .replace('  publisher = {PMLR},', `  publisher = {PMLR},\n  eprint = {${work.arxivId}},\n  archivePrefix = {arXiv},`);
