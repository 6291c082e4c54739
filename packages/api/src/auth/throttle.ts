/**
 * Login throttling. Failures are counted per user name and per client address; past the limit
 * the pair is refused for a while with the same answer as a wrong password, so the reply never
 * tells whether a name exists, and a guesser cannot tell a lock from a miss.
 */
export interface ThrottlePolicy {
  /** Failures allowed within the window before a lock (default 5 per name, 20 per address). */
  readonly maxPerName: number;
  readonly maxPerAddress: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  maxPerName: 5,
  maxPerAddress: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

interface Counter {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

export interface LoginThrottle {
  readonly allowed: (name: string, address: string, now: number) => Promise<boolean>;
  readonly failed: (name: string, address: string, now: number) => Promise<void>;
  readonly succeeded: (name: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

// Names are compared case-folded, so 「Admin」 and 「admin」 share one counter.
export const nameKey = (name: string) => `name:${name.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

export const makeLoginThrottle = (
  policy: ThrottlePolicy = defaultThrottlePolicy,
): LoginThrottle => {
  const byName = new Map<string, Counter>();
  const byAddress = new Map<string, Counter>();
  const locked = (map: Map<string, Counter>, key: string, now: number) =>
    (map.get(key)?.lockedUntil ?? 0) > now;
  const count = (map: Map<string, Counter>, key: string, max: number, now: number) => {
    const current = map.get(key);
    const counter =
      current === undefined || now - current.firstAt > policy.windowMs
        ? { failures: 0, firstAt: now, lockedUntil: 0 }
        : current;
    counter.failures += 1;
    if (counter.failures >= max) counter.lockedUntil = now + policy.lockMs;
    map.set(key, counter);
  };
  return {
    allowed: async (name, address, now) =>
      !locked(byName, nameKey(name), now) && !locked(byAddress, addressKey(address), now),
    failed: async (name, address, now) => {
      count(byName, nameKey(name), policy.maxPerName, now);
      count(byAddress, addressKey(address), policy.maxPerAddress, now);
    },
    succeeded: async (name) => {
      byName.delete(nameKey(name));
    },
    close: async () => undefined,
  };
};
