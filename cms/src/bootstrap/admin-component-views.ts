/**
 * Labels in words and help texts for the fields inside components (an author, a link, an
 * education entry…), which Strapi configures apart from the content types that use them.
 */

export interface ComponentView {
  labels: Record<string, string>;
  descriptions: Record<string, string>;
}

export const COMPONENT_VIEWS: Record<string, ComponentView> = {
  'publication.author': {
    labels: { name: 'Name', isOwner: 'The owner (you)', equalContribution: 'Equal contribution', corresponding: 'Corresponding author', person: 'Co-author page' },
    descriptions: {
      name: 'As printed on the paper, e.g. "Ruizhe Wang".',
      isOwner: 'Tick on yourself: your name is highlighted in the author list.',
      equalContribution: 'Marked with * (equal contribution).',
      corresponding: 'Marked with † (corresponding author).',
      person: 'Filled in on save from the name (the co-author’s page); pick another person only when the name was linked to the wrong one.',
    },
  },
  'publication.link': {
    labels: { kind: 'Kind of link', url: 'Web address', label: 'Label' },
    descriptions: {
      kind: 'Names the link when the label is empty; a PDF link is also what Google Scholar reads.',
      url: 'Starting with https://',
      label: 'Optional: replaces the name the kind gives, e.g. "Poster (ICML)".',
    },
  },
  'profile.affiliation': {
    labels: { name: 'Institution', shortName: 'Short name', url: 'Web address' },
    descriptions: {
      name: 'Full name, e.g. "University of Science and Technology of China".',
      shortName: 'Optional: an abbreviation, e.g. "USTC" (in the public API, for other sites).',
      url: 'Optional: the institution’s page, starting with https:// (given to search engines).',
    },
  },
  'profile.person': {
    labels: { name: 'Name', url: 'Web page', note: 'Note' },
    descriptions: {
      name: 'As you would introduce them, e.g. "Prof. Baining Guo".',
      url: 'Optional: their home page, starting with https:// (in the public API, for other sites).',
      note: 'Optional: a few words shown in brackets after the name.',
    },
  },
  'profile.research-interest': {
    labels: { label: 'Interest' },
    descriptions: { label: 'A short phrase, e.g. "Efficient training of large language models".' },
  },
  'profile.contact-link': {
    labels: { label: 'Label', url: 'Address', kind: 'Kind of link' },
    descriptions: {
      label: 'As shown on the site, e.g. "Google Scholar".',
      url: 'A web address (https://…) or an e-mail as mailto:you@example.org',
      kind: 'An e-mail link opens the visitor’s mail program; the others are listed for search engines as your profiles elsewhere.',
    },
  },
  'profile.education': {
    labels: { degree: 'Degree', institutions: 'Institutions', advisors: 'Advisors', start: 'Start', end: 'End', note: 'Note' },
    descriptions: {
      degree: 'e.g. "Ph.D. in Computer Science".',
      institutions: 'One line, e.g. "USTC and Microsoft Research Asia (joint program)".',
      advisors: 'Optional: names, separated by commas.',
      start: 'As you want it shown, e.g. "2021" or "Sep 2021".',
      end: 'Leave empty while ongoing (shown as "present").',
      note: 'Optional: an honour or a remark.',
    },
  },
  'profile.position': {
    labels: { title: 'Title', organisation: 'Organisation', place: 'Place', start: 'Start', end: 'End', note: 'Note' },
    descriptions: {
      title: 'e.g. "Research Intern".',
      organisation: 'e.g. "Microsoft Research Asia".',
      place: 'Optional: city and country, e.g. "Beijing, China".',
      start: 'As you want it shown, e.g. "2021" or "2021-09".',
      end: 'Leave empty while ongoing (shown as "present").',
      note: 'Optional: a team, a project or a remark.',
    },
  },
  'profile.award': {
    labels: { title: 'Award', issuer: 'Given by', date: 'Date or year', note: 'Note' },
    descriptions: {
      title: 'e.g. "Outstanding Student Scholarship".',
      issuer: 'Optional: who gave it, e.g. "USTC".',
      date: 'e.g. "2024" or "2024-06".',
      note: 'Optional: a remark.',
    },
  },
  'profile.service': {
    labels: { role: 'Role', venue: 'Venue', years: 'Year(s)' },
    descriptions: {
      role: 'e.g. "Reviewer" or "Program committee".',
      venue: 'e.g. "ICML" or "NeurIPS".',
      years: 'e.g. "2025" or "2024–2026".',
    },
  },
};
