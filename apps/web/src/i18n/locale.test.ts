import { describe, expect, it } from "vitest";
import { localeStorageKey, pickLabel, readStoredLocale, storeLocale } from "./locale.js";

describe("pickLabel", () => {
  it("picks the label's Chinese or English text", () => {
    const label = { zh: "办结", en: "Concluded" };
    expect(pickLabel(label, "zh-CN")).toBe("办结");
    expect(pickLabel(label, "en")).toBe("Concluded");
  });
});

describe("the remembered language", () => {
  it("is Chinese unless English was chosen", () => {
    expect(readStoredLocale(undefined)).toBe("zh-CN");
    expect(readStoredLocale({ getItem: () => null })).toBe("zh-CN");
    expect(readStoredLocale({ getItem: (key) => (key === localeStorageKey ? "en" : null) })).toBe(
      "en",
    );
  });

  it("falls back to Chinese when the storage refuses", () => {
    const refusing = {
      getItem: (): string | null => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(readStoredLocale(refusing)).toBe("zh-CN");
    expect(() => storeLocale(refusing, "en")).not.toThrow();
  });
});
