import type { WindowBounds } from '../core/store/documents';

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };
export const MIN_WINDOW_SIZE = { width: 960, height: 620 };

/**
 * The bounds to reopen the window with: the saved ones when enough of the window (its title bar,
 * at least) is still on a connected display, otherwise null so that the window opens centred.
 * This guards against a window lost off-screen after a monitor was unplugged.
 */
export function restorableBounds(
  saved: WindowBounds | null,
  displays: readonly DisplayArea[],
): WindowBounds | null {
  if (!saved) return null;
  const width = Math.max(saved.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(saved.height, MIN_WINDOW_SIZE.height);
  const titleBar = { x: saved.x, y: saved.y, width, height: 40 };
  const visible = displays.some(
    (area) => overlap(titleBar, area) >= Math.min(200, width) * titleBar.height * 0.5,
  );
  return visible ? { x: saved.x, y: saved.y, width, height } : null;
}

function overlap(a: DisplayArea, b: DisplayArea): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}
