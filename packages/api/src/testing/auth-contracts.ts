import { describe, expect, it } from "vitest";
import { defaultSessionPolicy, type SessionStore } from "../auth/sessions.js";
import { defaultThrottlePolicy, type LoginThrottle } from "../auth/throttle.js";

const minute = 60_000;
const { idleMs, absoluteMs } = defaultSessionPolicy;
const { windowMs, lockMs } = defaultThrottlePolicy;

/** Session timeouts and ending, the same for every store. */
export const sessionContract = (name: string, make: () => Promise<SessionStore> | SessionStore) =>
  describe(`${name} sessions`, () => {
    it("end after the idle timeout, counted from the last use", async () => {
      const sessions = await make();
      const s = await sessions.create("zhuren", 0);
      expect((await sessions.touch(s.id, idleMs - minute))?.userId).toBe("zhuren");
      // Used a minute before the idle limit: alive again for another idle period.
      expect(await sessions.touch(s.id, 2 * idleMs - 2 * minute)).toBeDefined();
      expect(await sessions.touch(s.id, 3 * idleMs)).toBeUndefined();
      // Once dead, it stays dead.
      expect(await sessions.touch(s.id, 3 * idleMs + 1)).toBeUndefined();
      await sessions.close();
    });

    it("end after the absolute timeout however often they are used", async () => {
      const sessions = await make();
      const s = await sessions.create("zhuren", 0);
      for (let t = 0; t <= absoluteMs; t += idleMs / 2) {
        expect(await sessions.touch(s.id, t)).toBeDefined();
      }
      expect(await sessions.touch(s.id, absoluteMs + minute)).toBeUndefined();
      await sessions.close();
    });

    it("are unguessable, distinct, and ended one by one or all of a user's at once", async () => {
      const sessions = await make();
      const a = await sessions.create("zhuren", 0);
      const b = await sessions.create("zhuren", 0);
      const c = await sessions.create("shenhe", 0);
      expect(a.id).not.toBe(b.id);
      expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      await sessions.destroy(a.id);
      expect(await sessions.touch(a.id, 1)).toBeUndefined();
      expect(await sessions.touch(b.id, 1)).toBeDefined();
      await sessions.destroyUser("zhuren");
      expect(await sessions.touch(b.id, 2)).toBeUndefined();
      expect(await sessions.touch(c.id, 2)).toBeDefined();
      await sessions.close();
    });
  });

/** The login throttle's behaviour, the same for every store. */
export const throttleContract = (name: string, make: () => Promise<LoginThrottle>) =>
  describe(`${name} login throttle`, () => {
    it("locks a name after five failures within the window, for the lock time", async () => {
      const t = await make();
      for (let i = 0; i < 4; i++) await t.failed("Zhuren", `10.0.0.${i}`, i);
      expect(await t.allowed("zhuren", "10.9.9.9", 10)).toBe(true);
      await t.failed(" zhuren ", "10.0.0.9", 20);
      // Case and spaces do not make another name.
      expect(await t.allowed("ZHUREN", "10.9.9.9", 30)).toBe(false);
      expect(await t.allowed("shenhe", "10.9.9.9", 30)).toBe(true);
      expect(await t.allowed("zhuren", "10.9.9.9", 20 + lockMs + 1)).toBe(true);
      await t.close();
    });

    it("forgets failures older than the window, and a success clears the name", async () => {
      const t = await make();
      for (let i = 0; i < 4; i++) await t.failed("fenguan", "10.1.0.1", i);
      await t.failed("fenguan", "10.1.0.1", windowMs + 100);
      expect(await t.allowed("fenguan", "10.2.0.2", windowMs + 200)).toBe(true);
      for (let i = 0; i < 3; i++) await t.failed("juzhang", "10.1.0.2", i);
      await t.succeeded("juzhang");
      for (let i = 0; i < 4; i++) await t.failed("juzhang", "10.1.0.3", 10 + i);
      expect(await t.allowed("juzhang", "10.2.0.2", 20)).toBe(true);
      await t.close();
    });

    it("locks an address after twenty failures, whatever names it tries", async () => {
      const t = await make();
      for (let i = 0; i < 20; i++) await t.failed(`guess${i}`, "10.6.6.6", i);
      expect(await t.allowed("anyone", "10.6.6.6", 30)).toBe(false);
      expect(await t.allowed("anyone", "10.6.6.7", 30)).toBe(true);
      await t.close();
    });
  });
