import type { Key } from "ink";

/**
 * What a key does to a one-line text field with the cursor at its end: typed or pasted
 * characters are added, Backspace takes the last one off. `undefined` when the key is not an
 * edit (Enter, Tab, arrows, Esc), so the screen can give it its own meaning.
 */
export const editText = (value: string, input: string, key: Key): string | undefined => {
  if (key.backspace || key.delete) return [...value].slice(0, -1).join("");
  const navigation =
    key.return ||
    key.tab ||
    key.escape ||
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow;
  if (navigation || key.ctrl || input === "") return undefined;
  // Control characters (a pasted newline) are not text of a one-line field.
  const text = input.replace(/\p{Cc}/gu, "");
  return text === "" ? undefined : value + text;
};
