import { join } from 'node:path';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { WindowStateRepository } from '../core/repositories/window-state-repository';
import { APP_ORIGIN } from './app-assets';
import { hardenedWebPreferences } from './security/web-preferences';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, restorableBounds } from './window-bounds';

export interface MainWindowOptions {
  /** Looked up when needed: the store may have been reopened after a restore. */
  windowState: () => WindowStateRepository;
  /** The Vite dev server in development; the `app:` scheme otherwise. */
  devServerUrl: string | null;
}

/**
 * The app's one window, hardened: isolated, sandboxed, no Node, no <webview>, spellcheck on.
 * It reopens where it was closed (when that place is still on a screen).
 */
export function createMainWindow({ windowState, devServerUrl }: MainWindowOptions): BrowserWindow {
  const saved = windowState().get();
  const bounds = restorableBounds(
    saved.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Newsroom',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#242424' : '#ffffff',
    webPreferences: hardenedWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberBounds(window, windowState);
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function rememberBounds(window: BrowserWindow, windowState: () => WindowStateRepository): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const maximized = window.isMaximized();
    // While maximised, keep the size it will return to.
    const bounds = maximized ? window.getNormalBounds() : window.getBounds();
    void windowState()
      .save({ bounds, maximized })
      .catch(() => undefined);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
