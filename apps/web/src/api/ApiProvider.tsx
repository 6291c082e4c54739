import { type BanliClient, createBanliClient } from "@banli/client";
import { createContext, type JSX, useContext } from "solid-js";

/** The console's one way to the server: the typed tRPC client of @banli/client. */
export type Api = BanliClient;

const ApiContext = createContext<Api>();

/**
 * The client for the page's own origin: the console is served by `banli serve`, so `/trpc` is
 * on the same host and the browser sends the session cookie itself.
 */
export const createBrowserClient = (): Api =>
  createBanliClient({ url: typeof location === "undefined" ? "" : location.origin });

/** Puts a client in reach of every page; tests pass a fake one. */
export const ApiProvider = (props: { readonly client?: Api; readonly children: JSX.Element }) => {
  const client = props.client ?? createBrowserClient();
  return <ApiContext.Provider value={client}>{props.children}</ApiContext.Provider>;
};

/** The client given to the nearest `<ApiProvider>`. */
export const useClient = (): Api => {
  const client = useContext(ApiContext);
  if (client === undefined) throw new Error("useClient outside <ApiProvider>");
  return client;
};
