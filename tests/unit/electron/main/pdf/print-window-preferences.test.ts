import { describe, expect, it } from 'vitest';
import { ExportedFiles } from '../../../../../electron/main/exported-files';
import {
  PRINT_PARTITION,
  printWindowWebPreferences,
} from '../../../../../electron/main/pdf/print-window-preferences';

describe('printWindowWebPreferences', () => {
  it('isolates the print windows like the app window, in a session of their own and without a preload', () => {
    const preferences = printWindowWebPreferences(true);
    expect(preferences).toMatchObject({
      partition: PRINT_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(preferences).not.toHaveProperty('preload');
    // In memory only: a "persist:" partition would keep the print pages' cache on disk.
    expect(PRINT_PARTITION).not.toMatch(/^persist:/);
  });

  it('gives JavaScript to the window that lays releases out, and none to the one that prints them', () => {
    expect(printWindowWebPreferences(true).javascript).toBe(true);
    expect(printWindowWebPreferences(false).javascript).toBe(false);
  });
});

describe('ExportedFiles', () => {
  it('knows the files exported in this session, however their path is spelled, and no other', () => {
    const files = new ExportedFiles();
    files.remember('/home/press/Documents/release.pdf');
    expect(files.has('/home/press/Documents/release.pdf')).toBe(true);
    expect(files.has('/home/press/Documents/../Documents/release.pdf')).toBe(true);
    expect(files.has('/home/press/.ssh/id_rsa')).toBe(false);
    expect(files.has('/home/press/Documents')).toBe(false);
  });
});
