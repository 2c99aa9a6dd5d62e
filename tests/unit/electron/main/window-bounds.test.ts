import { describe, expect, it } from 'vitest';
import { restorableBounds } from '../../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restorableBounds', () => {
  it('reopens the window where it was when that place is on a screen', () => {
    expect(restorableBounds({ x: 100, y: 80, width: 1200, height: 800 }, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
    });
    expect(
      restorableBounds({ x: 1600, y: 100, width: 1800, height: 1000 }, [laptop, external]),
    ).not.toBeNull();
  });

  it('opens centred when the window was on a screen that is no longer connected', () => {
    expect(restorableBounds({ x: 1600, y: 100, width: 1800, height: 1000 }, [laptop])).toBeNull();
    expect(restorableBounds({ x: -5000, y: -5000, width: 1200, height: 800 }, [laptop])).toBeNull();
  });

  it('opens at the default size when nothing was saved, and never smaller than the minimum', () => {
    expect(restorableBounds(null, [laptop])).toBeNull();
    expect(restorableBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toMatchObject({
      width: 960,
      height: 620,
    });
  });
});
