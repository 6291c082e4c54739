import { describe, expect, it, vi } from "vitest";
import { sessionContract } from "../testing/auth-contracts.js";
import { memorySessions, type SessionStore } from "./sessions.js";
import { withSessionCache } from "./sessions-cache.js";

sessionContract("cached memory", () => withSessionCache(memorySessions()));

/** A store whose lookups are counted, and a monotonic clock the test moves. */
const setup = () => {
  const store = memorySessions();
  const touch = vi.spyOn(store, "touch");
  let monotonic = 0;
  const cached = withSessionCache(store, 1_000, 3, () => monotonic);
  return {
    store,
    touch,
    cached,
    advance: (ms: number) => {
      monotonic += ms;
    },
  };
};

describe("the session cache", () => {
  it("answers a repeated lookup from memory within the TTL, then asks the store again", async () => {
    const { cached, touch, advance } = setup();
    const s = await cached.create("zhuren", 0);
    expect((await cached.touch(s.id, 0))?.userId).toBe("zhuren");
    expect((await cached.touch(s.id, 500))?.userId).toBe("zhuren");
    expect(touch).toHaveBeenCalledTimes(1);
    advance(1_000);
    expect((await cached.touch(s.id, 500))?.userId).toBe("zhuren");
    expect(touch).toHaveBeenCalledTimes(2);
  });

  it("asks the store once the server clock passes the TTL, so timeouts are seen", async () => {
    const { cached, touch } = setup();
    const s = await cached.create("zhuren", 0);
    await cached.touch(s.id, 0);
    await cached.touch(s.id, 1_000);
    expect(touch).toHaveBeenCalledTimes(2);
    // A clock moved back (another test's clock, a correction) is not trusted either.
    await cached.touch(s.id, 0);
    expect(touch).toHaveBeenCalledTimes(3);
  });

  it("ends a session at once when it is destroyed through it", async () => {
    const { cached } = setup();
    const s = await cached.create("zhuren", 0);
    await cached.touch(s.id, 0);
    await cached.destroy(s.id);
    expect(await cached.touch(s.id, 1)).toBeUndefined();
  });

  it("ends all of a user's sessions at once on destroyUser, and no one else's", async () => {
    const { cached } = setup();
    const a = await cached.create("zhuren", 0);
    const b = await cached.create("shenhe", 0);
    await cached.touch(a.id, 0);
    await cached.touch(b.id, 0);
    await cached.destroyUser("zhuren");
    expect(await cached.touch(a.id, 1)).toBeUndefined();
    expect((await cached.touch(b.id, 1))?.userId).toBe("shenhe");
  });

  it("sees an ending made by another process once the TTL is over, and not before", async () => {
    const { store, cached, advance } = setup();
    const s = await cached.create("zhuren", 0);
    await cached.touch(s.id, 0);
    // Another server on the same database ends it behind this cache's back.
    await store.destroy(s.id);
    expect(await cached.touch(s.id, 999)).toBeDefined();
    advance(1_000);
    expect(await cached.touch(s.id, 999)).toBeUndefined();
  });

  it("does not keep a lookup that was in flight while the session ended", async () => {
    const inner = memorySessions();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: SessionStore = {
      ...inner,
      touch: async (id, now) => {
        const found = await inner.touch(id, now);
        await gate;
        return found;
      },
    };
    const cached = withSessionCache(slow, 1_000, 10, () => 0);
    const s = await cached.create("zhuren", 0);
    const inFlight = cached.touch(s.id, 0);
    await cached.destroy(s.id);
    release();
    // The lookup read the session before the logout; it may answer so, but must not keep it.
    expect(await inFlight).toBeDefined();
    expect(await cached.touch(s.id, 1)).toBeUndefined();
  });

  it("holds at most its bound of sessions, dropping the oldest first", async () => {
    const { cached, touch } = setup();
    const ids: Array<string> = [];
    for (let i = 0; i < 4; i += 1) ids.push((await cached.create(`u${i}`, 0)).id);
    for (const id of ids) await cached.touch(id, 0);
    expect(touch).toHaveBeenCalledTimes(4);
    // The bound is 3: the first was dropped and is asked for again; the last is still held.
    await cached.touch(ids[0] ?? "", 0);
    await cached.touch(ids[3] ?? "", 0);
    expect(touch).toHaveBeenCalledTimes(5);
  });
});
