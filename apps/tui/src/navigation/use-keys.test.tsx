import { Text } from "ink";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { noKey } from "../test/no-key.js";
import { keys, renderWithProviders } from "../test/render-with-providers.js";
import { editText } from "../text/edit-text.js";
import { splitKeystrokes, useKeys } from "./use-keys.js";

const Field = () => {
  const [text, setText] = useState("");
  const [sent, setSent] = useState("");
  useKeys(
    (input, key) => {
      if (key.return) setSent(text);
      else setText((t) => editText(t, input, key) ?? t);
    },
    { isActive: true },
  );
  return <Text>{`text=${text} sent=${sent}`}</Text>;
};

describe("the key bus", () => {
  it("splits keys that arrived in one read back into the keys typed", () => {
    expect(splitKeystrokes(":号\r", noKey).map(([text, k]) => [text, k.return])).toEqual([
      [":", false],
      ["号", false],
      ["\r", true],
    ]);
  });

  it("gives Tab and Backspace in such a run their keys' meaning", () => {
    const split = splitKeystrokes("\t\ta\u007F", noKey);
    expect(split.map(([text, k]) => [text, k.tab, k.backspace])).toEqual([
      ["\t", true, false],
      ["\t", true, false],
      ["a", false, false],
      ["\u007F", false, true],
    ]);
  });

  it("delivers text then Enter to a handler that sees the typed text", async () => {
    const screen = renderWithProviders(<Field />);
    await screen.press(`信〔2026〕3号${keys.enter}`);
    await screen.waitFor("sent=信〔2026〕3号");
  });
});
