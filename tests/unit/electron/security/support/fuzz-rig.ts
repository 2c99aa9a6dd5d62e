import { createHash } from 'node:crypto';
import { readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { ChannelHandlers } from '../../../../../electron/core/ipc/channel-handlers';
import { createCoreHandlers } from '../../../../../electron/core/ipc/core-handlers';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { StoreSession } from '../../../../../electron/core/store/store-session';
import { ExportedFiles } from '../../../../../electron/main/exported-files';
import { createRouter, type RequestSender, type Router } from '../../../../../electron/main/ipc/router';
import { createPlatformHandlers, type Desktop } from '../../../../../electron/main/platform-handlers';
import { createSenderPolicy } from '../../../../../electron/main/security/sender-policy';
import {
  channelNames,
  channels,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../../../../../electron/shared/ipc/channels';
import { errorCodes } from '../../../../../electron/shared/result';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

export const APP_ORIGIN = 'app://newsroom';
/** What main's `describeSender` reports for a request from the app's own page. */
export const APP_SENDER: RequestSender = {
  frameUrl: `${APP_ORIGIN}/index.html`,
  isMainFrame: true,
  fromAppWindow: true,
};

/** A desktop that does nothing but remember what it was asked to do. */
export class RecordingDesktop implements Desktop {
  readonly openedExternally: string[] = [];
  readonly openedPaths: string[] = [];
  readonly clipboard: string[] = [];
  readyToQuitCalls = 0;
  chooseFileCalls = 0;
  chooseFolderCalls = 0;
  chooseSavePathCalls = 0;
  readonly shownInFolder: string[] = [];

  openExternal = async (url: string) => {
    this.openedExternally.push(url);
  };
  openPath = async (path: string) => {
    this.openedPaths.push(path);
    return '';
  };
  writeClipboard = async (text: string) => {
    this.clipboard.push(text);
  };
  rendererReadyToQuit = () => {
    this.readyToQuitCalls += 1;
  };
  // The person cancels: what is chosen in a real dialog is the person's choice, not the page's.
  chooseFile = async () => {
    this.chooseFileCalls += 1;
    return null;
  };
  chooseFolder = async () => {
    this.chooseFolderCalls += 1;
    return null;
  };
  chooseSavePath = async () => {
    this.chooseSavePathCalls += 1;
    return null;
  };
  showItemInFolder = (path: string) => {
    this.shownInFolder.push(path);
  };
}

/** The envelope every request must resolve to, and nothing else. */
export const envelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(errorCodes), message: z.string() }),
  }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

export type CallOutcome =
  | { kind: 'threw'; error: unknown }
  | { kind: 'rejected'; error: unknown }
  | { kind: 'resolved'; result: unknown };

/** Calls the router and records how it answered: a value, a rejection, or a synchronous throw. */
export async function callRouter(
  route: Router,
  channel: unknown,
  sender: RequestSender,
  input: unknown,
): Promise<CallOutcome> {
  let pending: Promise<unknown>;
  try {
    pending = route(channel, sender, input);
  } catch (error) {
    return { kind: 'threw', error };
  }
  try {
    return { kind: 'resolved', result: await pending };
  } catch (error) {
    return { kind: 'rejected', error };
  }
}

/**
 * Whether the channel's schema accepts `input`, asked independently of the router. A schema that
 * throws (zod recursing past the stack) has not accepted anything.
 */
export function schemaAccepts(channel: ChannelName, input: unknown): boolean {
  try {
    return channels[channel].input.safeParse(input).success;
  } catch {
    return false;
  }
}

/** Content hashes by file identity: a file rewritten in place or replaced changes inode, size or time. */
const hashCache = new Map<string, string>();

/**
 * Says who holds the data folder, not what is in it: a restore takes it and gives it back even
 * when it refuses the backup, and the store rewrites it when it opens again.
 */
const LOCK_FILE = 'newsroom.lock';

/** Every file and folder under `dir` (the lock file aside) with a hash of its bytes or its link. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const name = relative(dir, path);
      if (name === LOCK_FILE) return;
      if (entry.isDirectory()) tree[name] = 'folder';
      else if (entry.isSymbolicLink()) tree[name] = `link to ${await readlink(path)}`;
      else {
        const { ino, size, mtimeNs, ctimeNs } = await stat(path, { bigint: true });
        const identity = `${path}:${ino}:${size}:${mtimeNs}:${ctimeNs}`;
        let hash = hashCache.get(identity);
        if (!hash) {
          hash = createHash('sha256')
            .update(await readFile(path))
            .digest('hex');
          hashCache.set(identity, hash);
        }
        tree[name] = hash;
      }
    }),
  );
  return tree;
}

/** The properties of the built-in prototypes, to prove that no payload added one. */
export function prototypeSnapshot(): Record<string, string[]> {
  const prototypes = { Object, Array, Function, String, Number, Promise, RegExp } as const;
  return Object.fromEntries(
    Object.entries(prototypes).map(([name, constructor]) => [
      name,
      Reflect.ownKeys(constructor.prototype as object)
        .map(String)
        .sort(),
    ]),
  );
}

/** Wraps every handler so that the test knows which channels a request reached. */
function recordCalls(handlers: ChannelHandlers, calls: ChannelName[]): ChannelHandlers {
  const recorded: Record<string, (input: unknown) => unknown> = {};
  for (const name of channelNames) {
    const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
    recorded[name] = (input) => {
      calls.push(name);
      if (!handler) throw new Error(`No handler for ${name}`);
      return handler(input);
    };
  }
  return recorded as unknown as ChannelHandlers;
}

/**
 * Main's router, over a real store in a fresh folder with the first-run sample, with every
 * handler the app registers (core and platform, the desktop faked) and main's sender policy.
 */
export class FuzzRig {
  /** Channels whose handler ran, in order. */
  readonly handlerCalls: ChannelName[] = [];
  readonly loggedErrors: Array<{ message: string; error: unknown }> = [];
  readonly desktop = new RecordingDesktop();
  readonly route: Router;
  /** Channels of the contract that the app's handlers leave unserved. */
  readonly missingHandlers: ChannelName[];
  /** The same router without the call records, for the test's own reads of the store. */
  private readonly observe: Router;

  private constructor(
    readonly dataDir: string,
    private readonly session: StoreSession,
  ) {
    const handlers: ChannelHandlers = {
      ...createCoreHandlers(session, { version: '0.0.0-fuzz' }),
      ...createPlatformHandlers(session, this.desktop, {
        // Never reached: every dialog is cancelled, so nothing is printed.
        printer: {
          print: () => Promise.reject(new Error('The fuzzer prints nothing')),
          close: async () => undefined,
        },
        appVersion: '0.0.0-fuzz',
        sendProgress: () => undefined,
        exportedFiles: new ExportedFiles(),
      }),
    };
    const options = {
      isTrustedSender: createSenderPolicy([APP_ORIGIN]),
      logError: (message: string, error: unknown) => this.loggedErrors.push({ message, error }),
    };
    this.missingHandlers = channelNames.filter((name) => typeof handlers[name] !== 'function');
    this.route = createRouter({ ...options, handlers: recordCalls(handlers, this.handlerCalls) });
    this.observe = createRouter({ ...options, handlers });
  }

  static async open(): Promise<FuzzRig> {
    const dataDir = await makeTempDir('newsroom-ipc-fuzz-');
    // As tests/support/open-test-store.ts opens a store, with the first-run sample, in a session
    // as the app holds it (a restore closes the store and opens it again).
    const session = await StoreSession.open({
      dataDir,
      holder: 'the IPC fuzzer',
      locale: 'en-GB',
      timeZone: 'Europe/Paris',
      seedSampleOnFirstRun: true,
    });
    return new FuzzRig(dataDir, session);
  }

  /** The open store (a new one after each restore). */
  get store(): NewsroomStore {
    return this.session.store;
  }

  /** The data folder as it is on disk once every pending write has landed. */
  async diskState(): Promise<Record<string, string>> {
    await this.store.whenIdle();
    return hashTree(this.dataDir);
  }

  /** Reads through the router as the app's page does; throws on a failure envelope. */
  async read<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = (await this.observe(channel, APP_SENDER, input)) as Envelope;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }

  /**
   * What the renderer can read back, as JSON text: settings, the release list (each summary
   * carries its time of change), the directory and the lists.
   */
  async visibleState(): Promise<string> {
    const read = async (channel: ChannelName, input?: unknown) => {
      const result = (await this.observe(channel, APP_SENDER, input)) as Envelope;
      return result.ok ? result.value : result.error.code;
    };
    const state = {
      settings: await read('settings:get'),
      releases: await read('releases:query', { archived: false }),
      archived: await read('releases:query', { archived: true }),
      contacts: await read('contacts:query', { limit: 500 }),
      lists: await read('lists:list'),
    };
    try {
      return JSON.stringify(state);
    } catch (error) {
      return `the store holds data that cannot be serialised: ${String(error)}`;
    }
  }

  async close(): Promise<void> {
    await this.session.close();
    await removeTempDir(this.dataDir);
  }
}
