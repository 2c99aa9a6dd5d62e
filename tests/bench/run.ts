/*
 * `npm run bench`: measures the store (and, as features land, search, PDF and import) and prints
 * the figures as a table, or as one JSON document with `--json`. `--quick` runs reduced sizes for CI.
 * Timings are medians and 95th percentiles of repeated runs: single runs are noise on these machines.
 */
import { benchStore } from './store-bench';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const json = args.has('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

const results: Record<string, unknown> = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, quick },
};

log(`Store: ${quick ? 'quick' : 'full'} size`);
const store = await benchStore(
  quick ? { contacts: 2_000, releases: 200 } : { contacts: 20_000, releases: 2_000 },
);
results.store = store;
if (!json) {
  console.table({
    [`load (${store.contacts} contacts, ${store.releases} releases)`]: store.loadMs,
    'save one edited contact': store.saveContactMs,
    'save one edited release': store.saveReleaseMs,
  });
  log(`Longest event-loop block during the saves: ${store.eventLoopMaxBlockedMs} ms`);
}

if (json) console.log(JSON.stringify(results, null, 2));
