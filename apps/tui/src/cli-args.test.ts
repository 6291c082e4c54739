import { describe, expect, it } from "vitest";
import { ArgsError, parseTuiArgs } from "./cli-args.js";

describe("banli-tui arguments", () => {
  it("signs in to the local server by default, in Chinese", () => {
    expect(parseTuiArgs([], {})).toEqual({
      target: { kind: "server", url: "http://127.0.0.1:8080" },
      locale: "zh-CN",
      username: undefined,
      help: false,
    });
    expect(parseTuiArgs([], { BANLI_PORT: "9000" }).target).toEqual({
      kind: "server",
      url: "http://127.0.0.1:9000",
    });
  });

  it("opens a local file with --db, or a throwaway demo with --demo alone", () => {
    expect(parseTuiArgs(["--db", "x.sqlite"], {}).target).toEqual({
      kind: "file",
      db: "x.sqlite",
      demo: false,
    });
    expect(parseTuiArgs(["--demo"], {}).target).toEqual({
      kind: "file",
      db: undefined,
      demo: true,
    });
  });

  it("speaks English with --lang en or --en, and fills in --user", () => {
    expect(parseTuiArgs(["--lang", "en", "--user", "zhuren"], {})).toMatchObject({
      locale: "en",
      username: "zhuren",
    });
    expect(parseTuiArgs(["--en"], {}).locale).toBe("en");
  });

  it("refuses unknown options, a third language, and a server together with a file", () => {
    expect(() => parseTuiArgs(["--frob"], {})).toThrow(ArgsError);
    expect(() => parseTuiArgs(["--lang", "fr"], {})).toThrow("--lang is zh or en");
    expect(() => parseTuiArgs(["--server", "http://x", "--db", "y"], {})).toThrow("not both");
  });
});
