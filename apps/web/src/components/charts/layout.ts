/** The fixed geometry of the console's charts (SVG user units; the drawing scales to its box). */
export const chartWidth = 560;
export const labelWidth = 150;
export const valueWidth = 64;
export const rowHeight = 28;
export const barThickness = 16;
export const axisHeight = 24;
export const barSpan = chartWidth - labelWidth - valueWidth;

/** A label cut to fit its column in the drawing; the table beside it keeps the whole text. */
export const fitLabel = (text: string, max = 10): string =>
  [...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`;
