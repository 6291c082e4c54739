/**
 * Which lines of a long form fit the terminal: a window of `size` lines that keeps the focused
 * one in view, centred where it can be. Ink redraws a frame taller than the terminal by clearing
 * the screen, and its top (the focused field, the title) scrolls out of sight: a form of many
 * entries is drawn in part instead.
 */
export const windowAround = (
  count: number,
  focus: number,
  size: number | undefined,
): { readonly start: number; readonly end: number } => {
  if (size === undefined || size <= 0 || count <= size) return { start: 0, end: count };
  const start = Math.min(Math.max(0, focus - Math.floor(size / 2)), count - size);
  return { start, end: start + size };
};
