import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactShardOf, storeLayout } from '../../../../../electron/core/store/layout';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { WRITE_RETRY_FIRST_MS } from '../../../../../electron/core/store/json-document';
import { AppFailure } from '../../../../../electron/shared/result';
import { injectEnospc, type InjectedDiskFull } from '../../../../support/inject-enospc';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

let dataDir: string;
let store: NewsroomStore;
let disk: InjectedDiskFull;

beforeEach(async () => {
  dataDir = await makeTempDir();
  store = await openTestStore(dataDir);
  disk = await injectEnospc();
});
afterEach(async () => {
  disk.restore();
  await store.close();
  await removeTempDir(dataDir);
});

describe('a write the disk refuses', () => {
  it('fails with WRITE_FAILED, says which file waits, and is written by itself once there is room', async () => {
    const contact = await store.contacts.create({ givenName: 'Ada', familyName: 'Disk', notes: 'first' });
    const shard = storeLayout(dataDir).contactShard(contactShardOf(contact.id));
    const changes: string[] = [];
    store.events.subscribe(({ scope }) => changes.push(scope));

    disk.setFull(true);
    const refused = await store.contacts.update({ ...store.contacts.get(contact.id), notes: 'kept' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppFailure);
    expect((refused as AppFailure).code).toBe('WRITE_FAILED');
    expect(store.saveProblem).toEqual({ code: 'ENOSPC', files: [shard] });
    expect(changes).toContain('status');
    expect(await readFile(shard, 'utf8')).toContain('"first"');

    // Still full at the first retry: nothing changes on disk, the problem stays.
    await new Promise((resolve) => setTimeout(resolve, WRITE_RETRY_FIRST_MS + 200));
    expect(store.saveProblem?.code).toBe('ENOSPC');

    disk.setFull(false);
    // The second retry comes 2 s after the first.
    await expect
      .poll(async () => (await readFile(shard, 'utf8')).includes('"kept"'), { timeout: 5_000, interval: 100 })
      .toBe(true);
    expect(store.saveProblem).toBeNull();
  });
});
