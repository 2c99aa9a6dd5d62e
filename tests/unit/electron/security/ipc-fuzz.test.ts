/*
 * Security suite, IPC (issue 8, point 5): every channel of the contract, taken from `channels` so
 * that a new channel is fuzzed without anyone touching this file, is fed random and hostile
 * payloads through main's own router, over a real store holding the first-run sample, with every
 * handler the app registers (the desktop faked and recorded).
 *
 * For every call: it resolves (no rejection, no synchronous throw) to a Result envelope; input the
 * channel's schema refuses gets INVALID_INPUT and reaches no handler; input the schema accepts
 * never ends in INTERNAL, and a success carries a value of the channel's output type that
 * Electron can clone back to the renderer. After every failed call the data folder is
 * byte-for-byte the same (every file hashed), and what the renderer can read is the same. No
 * payload adds anything to a built-in prototype; the desktop is asked to open https: and mailto:
 * only; an untrusted sender reaches no handler on any channel.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RequestSender } from '../../../../electron/main/ipc/router';
import { channelNames, type ChannelName } from '../../../../electron/shared/ipc/channels';
import { channelExamples, type ChannelExamples } from './support/channel-examples';
import { expectContract as checkContract, DiskWatch } from './support/contract-check';
import { APP_SENDER, callRouter, FuzzRig, prototypeSnapshot, schemaAccepts } from './support/fuzz-rig';
import {
  heavyPayloads,
  hostileStrings,
  hostileValue,
  nestedArray,
  nestedObject,
  nestedRichText,
  pollutionPayloads,
  POLLUTION_MARKERS,
  type HeavyPayload,
} from './support/hostile-values';
import { mutate, mutations, nearMissIds } from './support/mutate';
import { dangerousUrls, isSafeToOpen } from './support/urls';

/** Runs per channel of each property; with 60-odd channels, several thousand requests in all. */
const RUNS_PER_CHANNEL = 40;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
/** Each property of each channel draws its own values, reproducibly. */
const fuzzOptions = (numRuns: number, channel?: ChannelName) => ({
  numRuns,
  seed: SEED + (channel ? channelNames.indexOf(channel) : 0),
  endOnFailure: true,
});

let rig: FuzzRig;
let disk: DiskWatch;
let examples: ChannelExamples;
let nearMisses: string[];
let prototypesBefore: Record<string, string[]>;

beforeAll(async () => {
  prototypesBefore = prototypeSnapshot();
  rig = await FuzzRig.open();
  disk = new DiskWatch(rig);
  const [summary] = await rig.read('releases:query', {});
  const release = await rig.read('releases:get', { id: summary!.id });
  const contact = (await rig.read('contacts:query', { limit: 5 })).items[0]!;
  const list = await rig.read('lists:create', { name: 'Fuzz list' });
  await rig.read('lists:addContacts', { listId: list.id, contactIds: [contact.id] });
  examples = channelExamples({ release, contact, listId: list.id });
  nearMisses = nearMissIds([release.id, contact.id, list.id]);
}, 60_000);

afterAll(async () => {
  await rig.close();
  console.log(`IPC fuzz: ${requestsSent} requests to ${channelNames.length} channels (seed ${SEED})`);
});

/** Every request the router was sent, for the summary. */
let requestsSent = 0;
const send: typeof callRouter = (...args) => {
  requestsSent += 1;
  return callRouter(...args);
};

// Whatever a test sent, nothing may have leaked into the process or out to the desktop.
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(prototypesBefore);
  const plain: Record<string, unknown> = {};
  for (const marker of POLLUTION_MARKERS) expect(plain[marker]).toBeUndefined();
  expect(rig.desktop.openedExternally.filter((url) => !isSafeToOpen(url))).toEqual([]);
  expect(rig.desktop.openedPaths.filter((path) => path !== rig.dataDir)).toEqual([]);
  expect(rig.desktop.shownInFolder).toEqual([]);
});

/** Sends one request from the app's page and checks all the contract promises about its answer. */
const expectContract = (channel: ChannelName, input: unknown) =>
  checkContract(rig, disk, send, channel, input);

describe('the IPC contract', () => {
  it('has a handler for every channel, and the fuzzer a valid example of each', () => {
    // Without an example a channel is still fuzzed, but only with whole hostile payloads.
    const withoutExample = channelNames.filter((channel) => !Object.hasOwn(examples, channel));
    if (withoutExample.length > 0) {
      console.warn(`No example in channel-examples.ts for: ${withoutExample.join(', ')}`);
    }
    for (const channel of channelNames) {
      if (!Object.hasOwn(examples, channel)) continue;
      const example: unknown = examples[channel];
      expect(schemaAccepts(channel, example), `the example of ${channel} is invalid`).toBe(true);
    }
    expect(rig.missingHandlers).toEqual([]);
    expect(rig.handlerCalls).toEqual([]);
  });
});

describe('every channel, fed hostile payloads', () => {
  it.each(channelNames)('%s: whole hostile payloads', async (channel) => {
    await disk.start();
    const payload = fc.oneof(
      { weight: 4, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.constantFrom(...pollutionPayloads) },
      { weight: 1, arbitrary: fc.constantFrom(...hostileStrings).map((text) => ({ id: text, url: text })) },
    );
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        await expectContract(channel, input);
      }),
      fuzzOptions(RUNS_PER_CHANNEL, channel),
    );
    await disk.expectUnchanged();
  });

  it.each(channelNames)('%s: valid requests with wrong types, missing and extra keys', async (channel) => {
    await disk.start();
    if (!Object.hasOwn(examples, channel)) return;
    const example: unknown = examples[channel];
    await fc.assert(
      fc.asyncProperty(mutations(nearMisses), async (changes) => {
        await expectContract(channel, mutate(example, changes));
      }),
      fuzzOptions(RUNS_PER_CHANNEL, channel),
    );
    await disk.expectUnchanged();
  });
});

describe('every channel, fed huge payloads', () => {
  let heavy: HeavyPayload[];
  beforeAll(() => {
    heavy = heavyPayloads();
  });

  it.each(channelNames)(
    '%s: MB strings, 1,000,000-item arrays and 50,000 keys, anywhere',
    async (channel) => {
      await disk.start();
      for (const { value } of heavy) {
        await expectContract(channel, value);
        for (const input of placements(examples[channel], value)) await expectContract(channel, input);
      }
      await disk.expectUnchanged();
    },
  );
});

describe('every channel, fed payloads built to break the validator itself', () => {
  // zod measures the `length` of whatever it is given, and recurses into nested values: both can
  // throw from inside the schema check, before any handler, where only the router can catch it.
  const lengthThatThrows = JSON.parse('{"length":{"toString":{},"valueOf":{}}}') as unknown;
  const deep = [nestedObject(1_000), nestedArray(1_000), nestedRichText(1_000), nestedObject(10_000)];
  const deeper = [nestedArray(10_000), nestedRichText(10_000)];

  it.each(channelNames)('%s: a `length` that is no number, in place of each string', async (channel) => {
    await disk.start();
    await expectContract(channel, lengthThatThrows);
    for (const input of placements(examples[channel], 'a string', lengthThatThrows)) {
      await expectContract(channel, input);
    }
    await disk.expectUnchanged();
  });

  // Electron's structured clone refuses values somewhere below 10,000 levels, the harness's JSON
  // does not; 1,000 levels is carried by both. Either way, an envelope, and no crash.
  it.each(channelNames)('%s: nesting 1,000 and 10,000 levels deep, anywhere', async (channel) => {
    await disk.start();
    for (const value of [...deep, ...deeper]) {
      await expectContract(channel, value);
      for (const input of placements(examples[channel], value)) await expectContract(channel, input);
    }
    await disk.expectUnchanged();
  });
});

describe('release bodies the store could not write or Electron send back', () => {
  // The rich-text schema recurses without a depth limit and types `attrs` as unknown: such a body
  // passes, or overflows zod depending on how deep the stack already is; once in the store, the
  // file cannot be written and every answer holding it cannot be cloned back to the renderer.
  const bodies = [
    { label: 'blocks nested 1,000 deep', body: nestedRichText(1_000) },
    {
      label: 'attributes nested 10,000 deep',
      body: { type: 'doc', content: [{ type: 'paragraph', attrs: { deep: nestedObject(10_000) } }] },
    },
    {
      label: 'a 30 MB attribute',
      body: { type: 'doc', content: [{ type: 'paragraph', attrs: { huge: 'x'.repeat(30 * 1024 * 1024) } }] },
    },
  ];

  it.each(bodies)('refuses $label as INVALID_INPUT and changes nothing', async ({ body }) => {
    const own = await FuzzRig.open();
    try {
      const [summary] = await own.read('releases:query', {});
      const release = await own.read('releases:get', { id: summary!.id });
      const diskBefore = await own.diskState();
      const visibleBefore = await own.visibleState();
      const outcome = await send(own.route, 'releases:save', APP_SENDER, { ...release, body });
      expect(outcome).toMatchObject({
        kind: 'resolved',
        result: { ok: false, error: { code: 'INVALID_INPUT' } },
      });
      expect(await own.diskState()).toEqual(diskBefore);
      expect(await own.visibleState()).toBe(visibleBefore);
      expect(await own.read('releases:get', { id: release.id })).toEqual(release);
    } finally {
      await own.close();
    }
  });
});

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * `value` put in place of each field of `example` (two levels down) that holds the same kind of
 * value as `like`, one at a time: a 5 MB string where a string goes, a million items where a list
 * goes, so that each reaches the check that should stop it rather than the first type check.
 */
function placements(example: unknown, like: unknown, value: unknown = like): unknown[] {
  if (kindOf(example) !== 'object') return [];
  const results: unknown[] = [];
  for (const [key, field] of Object.entries(example as Record<string, unknown>)) {
    if (kindOf(field) === kindOf(like)) results.push({ ...(example as object), [key]: value });
    if (kindOf(field) !== 'object') continue;
    for (const [inner, innerField] of Object.entries(field as Record<string, unknown>)) {
      if (kindOf(innerField) !== kindOf(like)) continue;
      results.push({ ...(example as object), [key]: { ...(field as object), [inner]: value } });
    }
  }
  return results;
}

describe('shell:openExternal', () => {
  it('hands the desktop https: and mailto: URLs only, whatever the page sends', async () => {
    await disk.start();
    const url = fc.oneof(
      { weight: 4, arbitrary: dangerousUrls },
      { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    );
    await fc.assert(
      fc.asyncProperty(url, async (candidate) => {
        const opened = rig.desktop.openedExternally.length;
        const envelope = await expectContract('shell:openExternal', { url: candidate });
        const handedOver = rig.desktop.openedExternally.slice(opened);
        if (envelope.ok) {
          expect(handedOver).toHaveLength(1);
          expect(isSafeToOpen(handedOver[0]!), `opened ${handedOver[0]} for ${candidate}`).toBe(true);
        } else {
          expect(handedOver).toEqual([]);
          expect(['UNSAFE_URL', 'INVALID_INPUT']).toContain(envelope.error.code);
        }
      }),
      fuzzOptions(600),
    );
    await disk.expectUnchanged();
  });
});

describe('requests from anything but the app’s own page', () => {
  const untrustedSender: fc.Arbitrary<RequestSender> = fc.oneof(
    // The app's URL, but a subframe or another window.
    fc
      .record({ isMainFrame: fc.boolean(), fromAppWindow: fc.boolean() })
      .filter(({ isMainFrame, fromAppWindow }) => !(isMainFrame && fromAppWindow))
      .map((where) => ({ ...where, frameUrl: APP_SENDER.frameUrl })),
    // The app's window and main frame, showing something else.
    fc
      .oneof(
        fc.constantFrom(
          null,
          '',
          'https://evil.example/',
          'file:///etc/passwd',
          'app://newsroom.evil/index.html',
          'app://evil/index.html',
          'app://newsroom@evil.example/',
          'app://newsroom:8080/index.html',
          'http://newsroom/index.html',
          'about:blank',
          'data:text/html,<script>1</script>',
          'devtools://devtools/bundled/inspector.html',
          'chrome-extension://abc/index.html',
          'app:newsroom/index.html',
          'javascript:alert(1)',
        ),
        fc.webUrl(),
      )
      .map((frameUrl) => ({ frameUrl, isMainFrame: true, fromAppWindow: true })),
  );

  it.each(channelNames)('%s: refused as UNTRUSTED_SENDER before any handler runs', async (channel) => {
    await disk.start();
    const example: unknown = examples[channel];
    const input = fc.oneof(fc.constant(example), hostileValue);
    await fc.assert(
      fc.asyncProperty(untrustedSender, input, async (sender, payload) => {
        const calls = rig.handlerCalls.length;
        const desktopCalls = rig.desktop.openedExternally.length + rig.desktop.clipboard.length;
        const outcome = await send(rig.route, channel, sender, payload);
        expect(outcome).toMatchObject({
          kind: 'resolved',
          result: { ok: false, error: { code: 'UNTRUSTED_SENDER' } },
        });
        expect(rig.handlerCalls.length).toBe(calls);
        expect(rig.desktop.openedExternally.length + rig.desktop.clipboard.length).toBe(desktopCalls);
      }),
      fuzzOptions(12, channel),
    );
    await disk.expectUnchanged();
  });

  it('refuses channels outside the contract, whatever their name', async () => {
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'hasOwnProperty',
        'toString',
        'settings:update ',
        'SETTINGS:UPDATE',
        'settings:update\0',
        'fs:readFile',
        'shell:openPath',
      ),
    );
    await fc.assert(
      fc.asyncProperty(name, async (channel) => {
        fc.pre(!channelNames.includes(channel as ChannelName));
        const calls = rig.handlerCalls.length;
        const outcome = await send(rig.route, channel, APP_SENDER, examples['settings:update']);
        expect(outcome).toMatchObject({
          kind: 'resolved',
          result: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } },
        });
        expect(rig.handlerCalls.length).toBe(calls);
      }),
      fuzzOptions(200),
    );
  });
});
