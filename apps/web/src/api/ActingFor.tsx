import { type Principal, principalsOf } from "@banli/client";
import {
  type Accessor,
  createContext,
  createMemo,
  createResource,
  createSignal,
  type JSX,
  useContext,
} from "solid-js";
import { useSession } from "../auth/SessionProvider.jsx";
import { type Api, useClient } from "./ApiProvider.jsx";
import { refusalTag } from "./errors.js";

/** A grant as `delegations.list` answers it. */
export type DelegationGrant = Awaited<ReturnType<Api["delegations"]["list"]["query"]>>[number];

/** What a call sends to act in the chosen principal's name: `{ onBehalfOf }`, or nothing. */
export type OnBehalfOf = { readonly onBehalfOf?: string };

export interface ActingFor {
  /** Whom the console acts for now; undefined: the signed-in user themself. */
  readonly principal: Accessor<Principal | undefined>;
  /** Everyone whose delegation to this user holds today (the choices of the selector). */
  readonly principals: Accessor<ReadonlyArray<Principal>>;
  /**
   * The input to spread into `cases.get/act`, `inbox.*`; undefined until a remembered choice is
   * checked against the server's grants, so no page asks in the wrong name first.
   */
  readonly onBehalfOf: Accessor<OnBehalfOf | undefined>;
  readonly choose: (userId: string | undefined) => void;
  /** Reads the grants again (after granting or revoking). */
  readonly refresh: () => void;
  /**
   * A call failed: if it was refused while acting for someone, the grant may have been revoked
   * or ended meanwhile, so the grants are read again (and a lapsed choice falls away).
   */
  readonly noticeError: (error: unknown) => void;
}

/** Per tab: a deputy may work for the leader in one tab and for themself in another. */
const storageKey = "banli.actingFor";

interface Remembered {
  readonly user: string;
  readonly principal: string;
}

const remembered = (): Remembered | undefined => {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? "null");
    if (
      typeof value === "object" &&
      value !== null &&
      "user" in value &&
      typeof value.user === "string" &&
      "principal" in value &&
      typeof value.principal === "string"
    )
      return { user: value.user, principal: value.principal };
  } catch {}
  return undefined;
};

const remember = (value: Remembered | undefined) => {
  try {
    if (value === undefined) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, JSON.stringify(value));
  } catch {
    // Storage may be unavailable (private mode): the choice then lasts until the page reloads.
  }
};

const nobody: ActingFor = {
  principal: () => undefined,
  principals: () => [],
  onBehalfOf: () => ({}),
  choose: () => {},
  refresh: () => {},
  noticeError: () => {},
};

const ActingForContext = createContext<ActingFor>();

/**
 * 代理: the principal a deputy chose to act for, checked against the grants the server lists.
 * The server checks every call again (`principalFor`); this only decides what the console asks.
 */
export const ActingForProvider = (props: { readonly children: JSX.Element }) => {
  const client = useClient();
  const session = useSession();
  const [chosen, setChosen] = createSignal<Remembered | undefined>(remembered());
  const [grants, { refetch }] = createResource(
    () => session.me()?.userId,
    // A user the server lists no grants for (or a failed call) simply acts for themself.
    () => client.delegations.list.query().catch((): ReadonlyArray<DelegationGrant> => []),
  );
  const me = () => session.me()?.userId;
  const principals = createMemo(() => {
    const user = me();
    const list = grants.latest;
    return user === undefined || list === undefined ? [] : principalsOf(list, user);
  });
  const wanted = () => {
    const choice = chosen();
    return choice !== undefined && choice.user === me() ? choice.principal : undefined;
  };
  const principal = createMemo(() => principals().find((p) => p.userId === wanted()));
  const onBehalfOf = createMemo((): OnBehalfOf | undefined => {
    // Nothing remembered: ask in one's own name at once (the usual case: no extra wait).
    if (wanted() === undefined) return {};
    if (grants.latest === undefined) return undefined;
    const current = principal();
    return current === undefined ? {} : { onBehalfOf: current.userId };
  });
  const choose = (userId: string | undefined) => {
    const user = me();
    const next =
      user === undefined || userId === undefined ? undefined : { user, principal: userId };
    setChosen(next);
    remember(next);
  };
  const value: ActingFor = {
    principal,
    principals,
    onBehalfOf,
    choose,
    refresh: () => void refetch(),
    noticeError: (error) => {
      if (principal() !== undefined && refusalTag(error) === "NotAuthorised") void refetch();
    },
  };
  return <ActingForContext.Provider value={value}>{props.children}</ActingForContext.Provider>;
};

/** The acting-for choice; outside a provider (a test of one page), the user acts for themself. */
export const useActingFor = (): ActingFor => useContext(ActingForContext) ?? nobody;
