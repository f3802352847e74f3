/**
 * "New works found (N)": every work discovery found that the owner has not decided on yet, each
 * with Accept and Dismiss (candidate-card.tsx). Accept makes a draft; publishing it is the
 * approval, so a new paper reaches the site in two clicks.
 */
import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { CandidateCard } from './candidate-card';
import { LookForWorks } from './look-for-works';
import { useWorkReview } from './use-work-review';

export const newWorksTitle = (count: number) => `New works found (${count})`;

export default function NewWorksPage() {
  const { state, decide, reload } = useWorkReview();
  if (state.status === 'loading') return <Page.Loading />;
  if (state.status === 'error') return <Page.Error content={state.message} />;
  const { candidates } = state;

  return (
    <Page.Main>
      <Page.Title>{newWorksTitle(candidates.length)}</Page.Title>
      <Layouts.Header
        title={newWorksTitle(candidates.length)}
        subtitle="Papers of yours that OpenAlex, arXiv, DBLP, Semantic Scholar, Crossref or ORCID list and your page does not yet. Accept saves one as a draft publication; publish the draft to show it."
      />
      <Layouts.Content>
        <Box paddingBottom={4}>
          <LookForWorks onFound={reload} />
        </Box>
        {candidates.length === 0 ? (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Typography>Nothing new: every work found is on your page or was dismissed.</Typography>
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {candidates.map((candidate) => (
              <CandidateCard key={candidate.documentId} candidate={candidate} decide={decide} />
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
