/** The admin home page's "New works found (N)" card: the count, the first titles, and the way to the review page. */
import { Link as RouterLink } from 'react-router-dom';
import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { newWorksTitle } from './new-works-page';
import { NEW_WORKS_PAGE, useWorkReview } from './use-work-review';

const SHOWN = 3;

export default function NewWorksWidget() {
  const { state } = useWorkReview();
  if (state.status === 'loading') return <Typography textColor="neutral600">Looking for new works…</Typography>;
  if (state.status === 'error') return <Typography textColor="danger600">{state.message}</Typography>;
  const { candidates } = state;
  return (
    <Flex direction="column" alignItems="flex-start" gap={3}>
      <Typography variant="delta" tag="p">
        {newWorksTitle(candidates.length)}
      </Typography>
      {candidates.slice(0, SHOWN).map((candidate) => (
        <Typography key={candidate.documentId} variant="omega" ellipsis>
          {candidate.title}
        </Typography>
      ))}
      {candidates.length > 0 && (
        <LinkButton tag={RouterLink} to={`/${NEW_WORKS_PAGE}`} variant="secondary">
          Review new works
        </LinkButton>
      )}
    </Flex>
  );
}
