import { describe, expect, it } from "vitest";
import { makeAnnouncer } from "./announcer.js";

const deferred = () => {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe("announcer", () => {
  it("sends at once when idle, then only the highest position that arrived meanwhile", async () => {
    const sent: number[] = [];
    const pending: Array<ReturnType<typeof deferred>> = [];
    const announce = makeAnnouncer((position) => {
      sent.push(position);
      const next = deferred();
      pending.push(next);
      return next.promise;
    });
    announce(1);
    announce(3);
    announce(2);
    expect(sent).toEqual([1]);
    pending[0]?.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([1, 3]);
    pending[1]?.resolve();
    await new Promise((r) => setTimeout(r, 0));
    announce(4);
    expect(sent).toEqual([1, 3, 4]);
  });

  it("keeps announcing after a failed notification (subscribers' polling covers the lost one)", async () => {
    const sent: number[] = [];
    let fail = true;
    const announce = makeAnnouncer(async (position) => {
      sent.push(position);
      if (fail) throw new Error("connection lost");
    });
    announce(1);
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    announce(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([1, 2]);
  });
});
