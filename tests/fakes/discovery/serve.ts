/**
 * `pnpm fake-sources [--port 4599] [--fail <source>=<500|malformed|429|hang>]…`: the fake sources
 * on a port, for trying discovery by hand without the internet. Prints the environment that points
 * the CMS (or `pnpm discover`) at them and the profile identifiers to type in the admin.
 */
import { FAILURES, FAKE_SOURCES, FIXTURE_IDENTIFIERS, startFakeSources, type FakeSource, type Failure } from './server';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4599;
const failures: Partial<Record<FakeSource, Failure>> = {};
args.forEach((arg, i) => {
  if (arg !== '--fail') return;
  const [source, failure] = (args[i + 1] ?? '').split('=') as [FakeSource, Failure];
  if (!FAKE_SOURCES.includes(source) || !FAILURES.includes(failure)) {
    console.error(`fake-sources: --fail takes <source>=<failure>, e.g. "dblp=500"; sources: ${FAKE_SOURCES.join(', ')}; failures: ${FAILURES.join(', ')}`);
    process.exit(2);
  }
  failures[source] = failure;
});
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`fake-sources: --port "${args[portArg + 1]}" is not a port, e.g. "--port 4599"`);
  process.exit(2);
}

const fake = await startFakeSources(port);
Object.assign(fake.failures, failures);
console.log(`fake-sources: OpenAlex, arXiv, DBLP, Semantic Scholar, Crossref and ORCID fixtures at ${fake.url}`);
console.log('Point the CMS (pnpm start / pnpm dev) or pnpm discover at them with:\n');
console.log(`  ${Object.entries({ ...fake.env, ARXIV_MIN_INTERVAL_MS: '0' })
  .map(([name, value]) => `${name}=${value}`)
  .join(' \\\n  ')}\n`);
console.log('and type these in the admin (Content Manager → Profile), then save:');
for (const [field, value] of Object.entries(FIXTURE_IDENTIFIERS)) console.log(`  ${field}: ${value}`);
console.log('\nCtrl-C stops it.');
process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
