import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Release } from '@shared/schemas/release';
import {
  AUTOSAVE_DELAY_MS,
  RETRY_FIRST_MS,
  RETRY_MAX_MS,
  startAutosave,
} from '../../../../../renderer/src/features/releases/editor/autosave';
import { createDraftStore } from '../../../../../renderer/src/features/releases/editor/draft-store';
import { generateRelease } from '../../../../support/generate';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save that fails while `failing` is true (a full disk), recording what reached "disk". */
function flakyDisk() {
  const disk = { failing: true, saved: [] as string[], attempts: 0 };
  const save = (release: Release) => {
    disk.attempts += 1;
    if (disk.failing) return Promise.reject(new Error('ENOSPC'));
    disk.saved.push(release.headline);
    return Promise.resolve(release);
  };
  return { disk, save };
}

describe('startAutosave', () => {
  it('keeps a failed change, says so until it is on disk, and retries by itself, less and less often', async () => {
    const store = createDraftStore(generateRelease(1));
    const { disk, save } = flakyDisk();
    const autosave = startAutosave(store, save);
    store.getState().set('headline', 'Typed while the disk was full');

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(disk.attempts).toBe(1);
    expect(store.getState().status).toBe('failed');

    // Retries at 2 s, then 4 s later, then 8 s later: still failing, still saying so.
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(disk.attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 2 - 1);
    expect(disk.attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.attempts).toBe(3);
    expect(store.getState().status).toBe('failed');
    expect(store.getState().release.headline).toBe('Typed while the disk was full');

    disk.failing = false;
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 4);
    expect(disk.saved).toEqual(['Typed while the disk was full']);
    expect(store.getState().status).toBe('saved');
    // Nothing more to save: no further tries.
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 2);
    expect(disk.attempts).toBe(4);
    autosave.stop();
  });

  it('never waits longer than the maximum between tries', async () => {
    const store = createDraftStore(generateRelease(2));
    const { disk, save } = flakyDisk();
    const autosave = startAutosave(store, save);
    store.getState().set('headline', 'Still failing');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 2_000 + 4_000 + 8_000 + 16_000 + 30_000);
    expect(disk.attempts).toBe(6);
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS);
    expect(disk.attempts).toBe(7);
    autosave.stop();
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 3);
    expect(disk.attempts).toBe(7);
  });

  it('a flush while failing tries at once', async () => {
    const store = createDraftStore(generateRelease(3));
    const { disk, save } = flakyDisk();
    const autosave = startAutosave(store, save);
    store.getState().set('headline', 'Flush me');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    disk.failing = false;
    await autosave.flush();
    expect(disk.saved).toEqual(['Flush me']);
    expect(store.getState().status).toBe('saved');
    autosave.stop();
  });
});
