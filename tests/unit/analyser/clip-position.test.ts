import { describe, expect, it } from 'vitest';
import { clipButtonPosition } from '../../../entrypoints/analyser/clip-position';

describe('clipButtonPosition', () => {
  const [w, h] = [1280, 720];

  it('puts the button just above the top right of a selection in view', () => {
    expect(clipButtonPosition({ top: 300, right: 600 }, w, h)).toEqual({ x: 600, y: 266 });
  });

  it('keeps the button on screen when the selection starts above the viewport', () => {
    expect(clipButtonPosition({ top: -900, right: 600 }, w, h)).toEqual({ x: 600, y: 4 });
  });

  it('keeps the button on screen when the selection starts below the viewport', () => {
    expect(clipButtonPosition({ top: 2000, right: 600 }, w, h)).toEqual({ x: 600, y: 720 - 34 - 4 });
  });

  it('keeps the button inside the viewport sideways', () => {
    expect(clipButtonPosition({ top: 300, right: 1270 }, w, h).x).toBe(1280 - 120);
    expect(clipButtonPosition({ top: 300, right: -50 }, w, h).x).toBe(4);
  });

  it('stays at the top left corner of a viewport too small for it', () => {
    expect(clipButtonPosition({ top: 300, right: 600 }, 60, 20)).toEqual({ x: 4, y: 4 });
  });
});
