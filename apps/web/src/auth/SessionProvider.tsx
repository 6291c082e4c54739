import {
  type Accessor,
  createContext,
  createResource,
  createSignal,
  type JSX,
  useContext,
} from "solid-js";
import { type Api, useClient } from "../api/ApiProvider.jsx";
import { refusalTag } from "../api/errors.js";

/** Who is signed in, as `auth.me` answers: user id, name, roles and their labels, unit. */
export type Me = Awaited<ReturnType<Api["auth"]["me"]["query"]>>;

export type SessionStatus = "loading" | "signedIn" | "signedOut";

export interface Session {
  readonly status: Accessor<SessionStatus>;
  /** The signed-in user; undefined while loading or signed out. */
  readonly me: Accessor<Me | undefined>;
  /** Signs in; rejects with the server's refusal (e.g. `LoginFailed`) and changes nothing. */
  readonly login: (username: string, password: string) => Promise<Me>;
  readonly logout: () => Promise<void>;
  /**
   * A call failed: if the server says the session is gone (idle timeout, logout elsewhere), the
   * console shows the login page instead of a broken screen. Returns whether it was that.
   */
  readonly noticeError: (error: unknown) => boolean;
}

const SessionContext = createContext<Session>();

/** Asks the server who this browser is once, then follows logins and logouts. */
export const SessionProvider = (props: { readonly children: JSX.Element }) => {
  const client = useClient();
  // `undefined` = not asked yet; `null` = the server said nobody is signed in.
  const [known, setKnown] = createSignal<Me | null | undefined>(undefined);
  const [asked] = createResource(async () => {
    try {
      const me = await client.auth.me.query();
      if (known() === undefined) setKnown(me);
    } catch (error) {
      // Unauthenticated is the ordinary answer before login; any other failure also leaves
      // the user at the login page, which says so when they try.
      if (known() === undefined) setKnown(null);
      if (refusalTag(error) !== "Unauthenticated") console.warn("auth.me failed", error);
    }
    return true;
  });
  const status = (): SessionStatus => {
    const value = known();
    if (value === undefined) return asked.loading ? "loading" : "signedOut";
    return value === null ? "signedOut" : "signedIn";
  };
  const session: Session = {
    status,
    me: () => known() ?? undefined,
    login: async (username, password) => {
      await client.auth.login.mutate({ username, password });
      const me = await client.auth.me.query();
      setKnown(me);
      return me;
    },
    logout: async () => {
      try {
        await client.auth.logout.mutate();
      } finally {
        setKnown(null);
      }
    },
    noticeError: (error) => {
      if (refusalTag(error) !== "Unauthenticated") return false;
      setKnown(null);
      return true;
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
};

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error("useSession outside <SessionProvider>");
  return session;
};
