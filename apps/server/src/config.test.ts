import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config.js";

describe("readConfig", () => {
  it("defaults to a SQLite file on loopback port 8080", () => {
    expect(readConfig([], {})).toMatchObject({
      db: "data/banli.db",
      pgUrl: undefined,
      port: 8080,
      host: "127.0.0.1",
      demo: false,
    });
  });

  it("reads the environment, and flags win over it", () => {
    const env = {
      BANLI_DB: "/srv/b.db",
      BANLI_PORT: "9000",
      BANLI_HOST: "0.0.0.0",
      BANLI_PG_URL: "postgres://x/y",
    };
    expect(readConfig([], env)).toMatchObject({
      db: "/srv/b.db",
      port: 9000,
      host: "0.0.0.0",
      pgUrl: "postgres://x/y",
    });
    expect(readConfig(["--port", "9100", "--db", "a.db", "--demo"], env)).toMatchObject({
      db: "a.db",
      port: 9100,
      demo: true,
    });
  });

  it("refuses a bad port or an unknown flag with a usage line", () => {
    expect(() => readConfig(["--port", "http"], {})).toThrow(ConfigError);
    expect(() => readConfig(["--nope"], {})).toThrow(/banli-server \[--db/);
  });
});
