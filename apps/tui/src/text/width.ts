import stringWidth from "string-width";

/**
 * Terminal columns, not string length: a CJK character takes two columns, so padding by
 * `.length` would push every Chinese row out of line. string-width is the measure Ink itself
 * lays out with, so our padding and Ink's layout agree.
 */
export const displayWidth = (text: string): number => stringWidth(text);

/** Cuts to at most `width` columns, marking the cut with an ellipsis; never splits a wide char. */
export const truncate = (text: string, width: number): string => {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  for (const char of text) {
    if (displayWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
};

/** Pads (after truncating) to exactly `width` columns. */
export const padToWidth = (
  text: string,
  width: number,
  align: "left" | "right" = "left",
): string => {
  const cut = truncate(text, width);
  const pad = " ".repeat(Math.max(0, width - displayWidth(cut)));
  return align === "left" ? cut + pad : pad + cut;
};
