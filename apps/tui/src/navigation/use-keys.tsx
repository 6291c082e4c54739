import { type Key, useInput } from "ink";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

type Handler = (input: string, key: Key) => void;

type Keystroke = readonly [string, Key];

/**
 * A terminal may hand over several keys in one read (tmux send-keys, a fast typist, a paste):
 * Ink then reports one input such as ":open 3\r", which is neither `:` nor text nor Enter.
 * Split it back into the keys that were typed, one character each.
 */
export const splitKeystrokes = (input: string, key: Key): ReadonlyArray<Keystroke> => {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta) return [[input, key]];
  // Tab and Backspace arrive as control characters in such a run, and mean what their keys do.
  const named: Readonly<Record<string, Partial<Key>>> = {
    "\r": { return: true },
    "\t": { tab: true },
    "\u007F": { backspace: true },
    "\b": { backspace: true },
  };
  return chars.map(
    (char): Keystroke => [
      char,
      { ...key, return: false, tab: false, backspace: false, ...named[char] },
    ],
  );
};

interface KeyBus {
  readonly entries: Map<symbol, { readonly handler: Handler; readonly isActive: boolean }>;
  /** Keys not yet delivered, in the order typed. */
  readonly queue: Array<Keystroke>;
  draining: boolean;
}

const KeyBusContext = createContext<KeyBus | undefined>(undefined);

/**
 * One stdin subscription for the whole console, made when it starts, that hands keys to the
 * screens one at a time and in order:
 * - Ink subscribes each `useInput` in a passive effect, so a screen or field that has just
 *   appeared missed keys typed in that instant (the e2e test lost `:open …` that way); here a
 *   screen's handler is registered while it renders.
 * - React applies a key's state changes later (Ink's updates are scheduled, not synchronous),
 *   so a key must wait until the previous one's changes are committed, or Enter submits a form
 *   without the last character typed. After each key this provider re-renders itself; its
 *   layout effect runs once that commit (which carries the handlers' updates) is done, and only
 *   then is the next key delivered.
 */
export const KeyBusProvider = ({ children }: { children: ReactNode }) => {
  const [bus] = useState<KeyBus>(() => ({ entries: new Map(), queue: [], draining: false }));
  const [delivered, setDelivered] = useState(0);
  const deliverNext = useCallback(() => {
    const next = bus.queue.shift();
    bus.draining = next !== undefined;
    if (next === undefined) return;
    const [input, key] = next;
    try {
      for (const entry of [...bus.entries.values()]) if (entry.isActive) entry.handler(input, key);
    } finally {
      // Even after a failing handler the keys behind it still arrive.
      setDelivered((n) => n + 1);
    }
  }, [bus]);
  useLayoutEffect(() => {
    // A new task, not a nested update: a long paste must not hit React's update-depth limit.
    if (delivered > 0) setTimeout(deliverNext, 0);
  }, [delivered, deliverNext]);
  const dispatch = useCallback(
    (input: string, key: Key) => {
      bus.queue.push(...splitKeystrokes(input, key));
      if (!bus.draining) deliverNext();
    },
    [bus, deliverNext],
  );
  useInput(dispatch);
  return <KeyBusContext.Provider value={bus}>{children}</KeyBusContext.Provider>;
};

/** A screen's key handler, judged by the latest render and active only while `isActive`. */
export const useKeys = (handler: Handler, options: { readonly isActive: boolean }): void => {
  const bus = useContext(KeyBusContext);
  if (bus === undefined) throw new Error("useKeys needs a <KeyBusProvider>");
  const id = useRef(Symbol("keys")).current;
  bus.entries.set(id, { handler, isActive: options.isActive });
  // A layout effect's cleanup runs in the commit that unmounts, so a gone screen hears nothing.
  useLayoutEffect(() => () => void bus.entries.delete(id), [bus, id]);
};
