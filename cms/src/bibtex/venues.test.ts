import { describe, expect, it } from 'vitest';
import { readBibtexEntry } from '.';

/** The short venue of an entry with this booktitle and year, as a paste gives it. */
const shortVenue = (venue: string, year: number | undefined) =>
  readBibtexEntry(`@inproceedings{k, title={T}, booktitle={${venue}}${year ? `, year={${year}}` : ''}}`).venueShort;

describe('bibtex/venues', () => {
  describe('shortVenue (through readBibtexEntry)', () => {
    // Venue strings as the exports write them: PMLR, OpenReview, DBLP, NeurIPS proceedings, ACL
    // Anthology, CVF open access, ACM DL, USENIX, IEEE Xplore and Google Scholar (lower case).
    it.each([
      ['Proceedings of the 42nd International Conference on Machine Learning', 2025, 'ICML 2025'],
      ['Proceedings of the 43rd International Conference on Machine Learning', 2026, 'ICML 2026'],
      ['Forty-second International Conference on Machine Learning', 2025, 'ICML 2025'],
      ['Forty-second International Conference on Machine Learning, {ICML} 2025, Vancouver, BC, Canada, July 13-19, 2025', 2025, 'ICML 2025'],
      ['International Conference on Machine Learning (ICML 2026)', 2025, 'ICML 2026'],
      ['International conference on machine learning', 2023, 'ICML 2023'],
      ['The Twelfth International Conference on Learning Representations', 2024, 'ICLR 2024'],
      ['The Thirteenth International Conference on Learning Representations, {ICLR} 2025, Singapore, April 24-28, 2025', 2025, 'ICLR 2025'],
      ['Advances in Neural Information Processing Systems', 2023, 'NeurIPS 2023'],
      ['Advances in neural information processing systems', 2017, 'NeurIPS 2017'],
      [
        'Advances in Neural Information Processing Systems 37: Annual Conference on Neural Information Processing Systems 2024, NeurIPS 2024, Vancouver, BC, Canada, December 10 - 15, 2024',
        2024,
        'NeurIPS 2024',
      ],
      ['Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)', 2024, 'ACL 2024'],
      ['Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing', 2023, 'EMNLP 2023'],
      ['Findings of the Association for Computational Linguistics: EMNLP 2024', 2024, 'Findings of EMNLP 2024'],
      ['Findings of the Association for Computational Linguistics: ACL 2023', 2023, 'Findings of ACL 2023'],
      [
        'Proceedings of the 2024 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies (Volume 1: Long Papers)',
        2024,
        'NAACL 2024',
      ],
      ['Transactions of the Association for Computational Linguistics', 2024, 'TACL 2024'],
      ['Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', 2024, 'CVPR 2024'],
      ['Proceedings of the IEEE/CVF international conference on computer vision', 2023, 'ICCV 2023'],
      ['Computer Vision -- {ECCV} 2024', 2024, 'ECCV 2024'],
      ['Proceedings of the AAAI Conference on Artificial Intelligence', 2024, 'AAAI 2024'],
      ['Proceedings of the Thirty-Third International Joint Conference on Artificial Intelligence, {IJCAI-24}', 2024, 'IJCAI 2024'],
      ['Proceedings of the 30th ACM SIGKDD Conference on Knowledge Discovery and Data Mining', 2024, 'KDD 2024'],
      ['Proceedings of the ACM Web Conference 2024', 2024, 'WWW 2024'],
      ['Proceedings of the 47th International ACM SIGIR Conference on Research and Development in Information Retrieval', 2024, 'SIGIR 2024'],
      ['18th USENIX Symposium on Operating Systems Design and Implementation (OSDI 24)', 2024, 'OSDI 2024'],
      ['Proceedings of the 29th Symposium on Operating Systems Principles', 2023, 'SOSP 2023'],
      ['21st USENIX Symposium on Networked Systems Design and Implementation (NSDI 24)', 2024, 'NSDI 2024'],
      ['Proceedings of the Nineteenth European Conference on Computer Systems', 2024, 'EuroSys 2024'],
      ['2023 USENIX Annual Technical Conference (USENIX ATC 23)', 2023, 'USENIX ATC 2023'],
      [
        'Proceedings of the 29th ACM International Conference on Architectural Support for Programming Languages and Operating Systems, Volume 2',
        2024,
        'ASPLOS 2024',
      ],
      ['Proceedings of the 50th Annual International Symposium on Computer Architecture', 2023, 'ISCA 2023'],
      ['Proceedings of the 56th Annual IEEE/ACM International Symposium on Microarchitecture', 2023, 'MICRO 2023'],
      ['2024 IEEE International Symposium on High-Performance Computer Architecture (HPCA)', 2024, 'HPCA 2024'],
      ['SC24: International Conference for High Performance Computing, Networking, Storage and Analysis', 2024, 'SC 2024'],
      ['Proceedings of the 29th ACM SIGPLAN Annual Symposium on Principles and Practice of Parallel Programming', 2024, 'PPoPP 2024'],
      ['Proceedings of Machine Learning and Systems', 2024, 'MLSys 2024'],
      ['Proceedings of the VLDB Endowment', 2024, 'VLDB 2024'],
      ['Proceedings of the ACM on Management of Data', 2024, 'SIGMOD 2024'],
      ['Journal of Machine Learning Research', 2020, 'JMLR 2020'],
      ['IEEE Transactions on Pattern Analysis and Machine Intelligence', 2024, 'TPAMI 2024'],
      ['Transactions on Machine Learning Research', 2024, 'TMLR 2024'],
      ['Nature', 2024, 'Nature 2024'],
      ['Science', 2023, 'Science 2023'],
      ["NeurIPS'24", undefined, 'NeurIPS 2024'],
    ])('reads %j (%s) as %j', (venue, year, short) => {
      expect(shortVenue(venue, year)).toBe(short);
    });

    it.each([
      ['ICML 2024 Workshop on Efficient Systems for Foundation Models II', 2024, 'ICML 2024 Workshop'],
      ['Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops', 2024, 'CVPR 2024 Workshop'],
    ])('says a workshop at a known venue is one: %j', (venue, year, short) => {
      expect(shortVenue(venue, year)).toBe(short);
    });

    it.each([
      ['Nature Communications', 2024, undefined],
      ['Pacific-Asia Conference on Knowledge Discovery and Data Mining', 2024, undefined],
      ['International Conference on Machine Learning and Applications (ICMLA)', 2023, 'ICMLA 2023'],
      ['Proceedings of FOOCONF 2025', 2025, 'FOOCONF 2025'],
      ['Some Regional Workshop', 2025, undefined],
    ])('does not take %j for a table venue (gives %j)', (venue, year, short) => {
      expect(shortVenue(venue, year)).toBe(short);
    });
  });

  describe('readBibtexEntry', () => {
    it('gives a pasted PMLR entry its short venue, date and PDF (the card the issue showed half empty)', () => {
      const work = readBibtexEntry(`@InProceedings{pmlr-v267-wang25ae,
  title = {Optimizing Large Language Model Training Using {FP}4 Quantization},
  author = {Wang, Ruizhe and Gong, Yeyun and Liu, Xiao},
  booktitle = {Proceedings of the 42nd International Conference on Machine Learning},
  pages = {62937--62957},
  year = {2025},
  volume = {267},
  series = {Proceedings of Machine Learning Research},
  month = {13--19 Jul},
  publisher = {PMLR},
  pdf = {https://raw.githubusercontent.com/mlresearch/v267/main/assets/wang25ae/wang25ae.pdf},
  url = {https://proceedings.mlr.press/v267/wang25ae.html}
}`);
      expect(work).toMatchObject({
        venueShort: 'ICML 2025',
        kind: 'conference-paper',
        date: '2025-07-13',
        pdf: 'https://raw.githubusercontent.com/mlresearch/v267/main/assets/wang25ae/wang25ae.pdf',
      });
    });
  });
});
