import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  envelopeParts,
  envelopeTemplate,
  eventLine,
  type UnhashedEvent,
} from "./canonical.js";
import { GENESIS_HASH } from "./envelope.js";
import { chainHash, hashEvent } from "./hash-chain.js";

const event: UnhashedEvent = {
  position: 42,
  eventId: "e-1",
  streamId: "petition-2025-0001",
  version: 3,
  type: "petition.Registered",
  schemaVersion: 2,
  data: { zeta: 1, alpha: { b: [1, "二", null], a: false }, text: 'quote " and \\ and \n' },
  recordedAt: "2025-03-01T09:30:00+08:00",
  actor: { userId: "u-1", name: "王", roles: ["office-clerk"] },
  onBehalfOf: { userId: "u-2", name: "李", position: 0, prevHash: "" },
  commandId: "c-1",
  correlationId: "c-0",
  causationId: "c-0",
  prevHash: GENESIS_HASH,
};

describe("canonical JSON", () => {
  it("sorts keys at every depth and drops undefined properties", () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [true, { z: 1, y: 2 }] } })).toBe(
      '{"a":{"c":[true,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("refuses what JSON cannot round-trip", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson([undefined])).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });

  it("builds the envelope by hand exactly as canonicalJson would", () => {
    const [head, tail] = envelopeParts(event);
    expect(head + tail).toBe(canonicalJson(event));
    const { onBehalfOf: _, ...withoutDelegation } = event;
    const [h2, t2] = envelopeParts(withoutDelegation);
    expect(h2 + t2).toBe(canonicalJson(withoutDelegation));
    const hashed = { ...event, hash: hashEvent(event) };
    expect(eventLine(hashed)).toBe(canonicalJson(hashed));
  });

  it("hashes the previous hash followed by the canonical bytes", () => {
    expect(hashEvent(event)).toBe(chainHash(GENESIS_HASH, canonicalJson(event)));
  });

  it("leaves holes for position, prevHash and version that fill back to the same bytes", () => {
    const { position, prevHash, version, ...rest } = event;
    const [pre, post] = envelopeTemplate(rest);
    expect(`${pre}${position},"prevHash":"${prevHash}",${post}${version}}`).toBe(
      canonicalJson(event),
    );
  });
});
