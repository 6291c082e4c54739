import {
  type Accessor,
  createContext,
  createEffect,
  createMemo,
  createSignal,
  type JSX,
  onCleanup,
  useContext,
} from "solid-js";
import { useSession } from "../auth/SessionProvider.jsx";
import { useActingFor } from "./ActingFor.jsx";
import { useClient } from "./ApiProvider.jsx";
import type { CaseChanged } from "./types.js";

export interface Live {
  /** The last change to a case this user may see (pages re-read what they show on it). */
  readonly lastChange: Accessor<CaseChanged | undefined>;
  /** Counts changes: a page that shows lists tracks it to re-read them. */
  readonly changes: Accessor<number>;
}

const LiveContext = createContext<Live>();

/**
 * One `events.live` subscription (SSE) per tab while someone is signed in. The notices carry only
 * ids and versions; pages read the data again through the checked procedures. While the user acts
 * for a principal (代理) the notices are the principal's, as the pages show the principal's cases.
 */
export const LiveProvider = (props: { readonly children: JSX.Element }) => {
  const client = useClient();
  const session = useSession();
  const [lastChange, setLastChange] = createSignal<CaseChanged>();
  const [changes, setChanges] = createSignal(0);
  const acting = useActingFor();
  // The principal's id ("" for oneself), undefined until a remembered choice is checked: a plain
  // value, so re-reading the grants does not reopen the stream unless whom one acts for changed.
  const actingFor = createMemo(() => {
    const who = acting.onBehalfOf();
    return who === undefined ? undefined : (who.onBehalfOf ?? "");
  });
  createEffect(() => {
    const me = session.me();
    const principal = actingFor();
    if (me === undefined || principal === undefined) return;
    const input = principal === "" ? undefined : { onBehalfOf: principal };
    const subscription = client.events.live.subscribe(input, {
      onData: (notice) => {
        setLastChange(notice);
        setChanges((n) => n + 1);
      },
      // The link reconnects by itself; a failure here only means no live refresh for now. A
      // refusal in the principal's name means the grant ended: the grants are read again.
      onError: (error) => {
        acting.noticeError(error);
        console.warn("live updates stopped", error);
      },
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return (
    <LiveContext.Provider value={{ lastChange, changes }}>{props.children}</LiveContext.Provider>
  );
};

/** Live changes; outside a `<LiveProvider>` (a test of one page), nothing ever changes. */
export const useLive = (): Live =>
  useContext(LiveContext) ?? { lastChange: () => undefined, changes: () => 0 };
