/**
 * One found work on the "New works found" page: what it is (title, authors with the owner in
 * bold, venue, year), where it was found (a link per source), what it matches on the page, and
 * the decision. After Accept it links the draft in the Content Manager, where Publish is the
 * approval.
 */
import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Button, Flex, Link, LinkButton, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { CandidateView, Decision } from '../../work-review/candidate-view';
import { messageOf } from './use-work-review';

const SOURCE_NAMES: Record<string, string> = {
  openalex: 'OpenAlex',
  arxiv: 'arXiv',
  dblp: 'DBLP',
  semanticscholar: 'Semantic Scholar',
  crossref: 'Crossref',
  orcid: 'ORCID',
};

/** The publication's edit view in the Content Manager. */
export const draftPath = (documentId: string) => `/content-manager/collection-types/api::publication.publication/${documentId}`;

interface Props {
  candidate: CandidateView;
  decide: (documentId: string, action: 'accept' | 'dismiss') => Promise<Decision>;
}

export function CandidateCard({ candidate, decide }: Props) {
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<'accept' | 'dismiss' | null>(null);
  const [decision, setDecision] = React.useState<Decision | null>(null);

  const onDecide = async (action: 'accept' | 'dismiss') => {
    setBusy(action);
    try {
      setDecision(await decide(candidate.documentId, action));
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const status = decision?.candidate.state ?? candidate.state;
  const draft = decision?.publication ?? null;
  // "ICML 2026", not "ICML 2026 · 2026"; the full venue only when it says more than the short one.
  const venueLabel = candidate.venueShort ?? candidate.venue;
  const year = candidate.year && !venueLabel?.includes(String(candidate.year)) ? candidate.year : null;
  const where = [venueLabel, year].filter(Boolean).join(' · ');
  const fullVenue = candidate.venue && candidate.venueShort && !candidate.venueShort.includes(candidate.venue) ? candidate.venue : null;

  return (
    <Box tag="article" aria-label={candidate.title} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex gap={2} wrap="wrap">
          <Badge>{candidate.proposal === 'upgrade' ? 'Published version' : 'New paper'}</Badge>
          {candidate.kind && <Badge>{candidate.kind.replace(/-/g, ' ')}</Badge>}
        </Flex>
        <Typography tag="h2" variant="delta">
          {candidate.title}
        </Typography>
        <Typography variant="omega" textColor="neutral700">
          {candidate.authors.map((author, i) => (
            <React.Fragment key={`${author.name}-${i}`}>
              {i > 0 && ', '}
              {author.isOwner ? <strong title="You">{author.name} (you)</strong> : author.name}
            </React.Fragment>
          ))}
        </Typography>
        {where && (
          <Typography variant="omega" textColor="neutral600">
            {fullVenue ? `${fullVenue} — ${where}` : where}
          </Typography>
        )}
        {candidate.upgradeOf && (
          <Typography variant="omega">
            Published version of: <Link tag={RouterLink} to={draftPath(candidate.upgradeOf.documentId)}>{candidate.upgradeOf.title}</Link>
          </Typography>
        )}
        {candidate.duplicates.map((same) => (
          <Typography key={same.documentId} variant="omega" textColor="warning600">
            Already on your page ({same.matchedBy === 'arxivId' ? 'same arXiv id' : same.matchedBy === 'doi' ? 'same DOI' : 'same title and first author'}):{' '}
            <Link tag={RouterLink} to={draftPath(same.documentId)}>{same.title}</Link>
          </Typography>
        ))}
        {candidate.problem && (
          <Typography variant="omega" textColor="danger600">
            {candidate.problem}
          </Typography>
        )}
        {candidate.sources.length > 0 && (
          <Flex gap={3} wrap="wrap">
            <Typography variant="pi" textColor="neutral600">
              Found in:
            </Typography>
            {candidate.sources.map((source) => (
              <Link key={source.url} href={source.url} isExternal>
                {SOURCE_NAMES[source.source] ?? source.source}
              </Link>
            ))}
          </Flex>
        )}
        <Flex gap={2} paddingTop={2}>
          {status === 'new' ? (
            <>
              <Button onClick={() => onDecide('accept')} loading={busy === 'accept'} disabled={busy !== null || candidate.problem !== null}>
                Accept
              </Button>
              <Button variant="tertiary" onClick={() => onDecide('dismiss')} loading={busy === 'dismiss'} disabled={busy !== null}>
                Dismiss
              </Button>
            </>
          ) : status === 'dismissed' ? (
            <Typography variant="omega" textColor="neutral600">
              Dismissed: it will not be proposed again.
            </Typography>
          ) : (
            draft && (
              <Flex gap={3} wrap="wrap">
                <Typography variant="omega" textColor="success600">
                  {status === 'merged' ? 'The published version is in the paper’s draft.' : 'Saved as a draft publication.'} Publish it to show it on the site.
                </Typography>
                <LinkButton tag={RouterLink} to={draftPath(draft.documentId)}>
                  Open the draft
                </LinkButton>
              </Flex>
            )
          )}
        </Flex>
      </Flex>
    </Box>
  );
}
