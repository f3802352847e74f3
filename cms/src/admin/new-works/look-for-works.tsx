/**
 * "Look for new works now": one discovery run on the owner's click (POST /work-discovery/run,
 * src/work-discovery/run-route.ts), so the owner need not wait for DISCOVERY_CRON nor open a
 * terminal for `pnpm discover`. Shows each source's progress line (found, skipped for want of an
 * identifier, or failed) and then the refreshed list.
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { DiscoverySummary } from '../../work-discovery/run-summary';
import { messageOf } from './use-work-review';

export const RUN_API = '/work-discovery/run';

/** "1 new work proposed" / "Nothing new" (the source lines say why). */
export function runOutcome(summary: Pick<DiscoverySummary, 'proposed'>): string {
  const count = summary.proposed.length;
  if (count === 0) return 'Nothing new found.';
  return `${count} new ${count === 1 ? 'work' : 'works'} found.`;
}

export function LookForWorks({ onFound }: { onFound: () => Promise<void> }) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [running, setRunning] = React.useState(false);
  const [summary, setSummary] = React.useState<DiscoverySummary | null>(null);

  const run = async () => {
    setRunning(true);
    try {
      const { data } = await post<{ data: DiscoverySummary }>(RUN_API, {});
      setSummary(data.data);
      await onFound();
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box>
        <Button onClick={run} loading={running} variant="secondary">
          {running ? 'Looking for new works…' : 'Look for new works now'}
        </Button>
      </Box>
      {summary && (
        <Box tag="section" aria-label="Last search" background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography tag="p" fontWeight="bold">
            {runOutcome(summary)}
          </Typography>
          <Box tag="ul" paddingTop={2}>
            {summary.sources.map((source) => (
              <Typography key={source.source} tag="li" textColor={source.status === 'failed' ? 'danger600' : 'neutral800'}>
                {source.line}
              </Typography>
            ))}
          </Box>
        </Box>
      )}
    </Flex>
  );
}
