import { render } from "@solidjs/testing-library";
import type { JSX } from "solid-js";
import { App } from "./App.jsx";
import type { Api } from "./api/ApiProvider.jsx";
import type { CaseChanged } from "./api/types.js";
import { createI18n, I18nProvider } from "./i18n/I18nProvider.jsx";
import type { Locale } from "./i18n/locale.js";

type Rendered = ReturnType<typeof render> & { readonly setLocale: (locale: Locale) => void };

/** Renders inside the console's language context (Chinese unless asked otherwise). */
export const renderWithI18n = (ui: () => JSX.Element, locale: Locale = "zh-CN"): Rendered => {
  let setLocale: (locale: Locale) => void = () => {};
  const result = render(() => {
    const i18n = createI18n(undefined);
    i18n.setLocale(locale);
    setLocale = i18n.setLocale;
    return <I18nProvider i18n={i18n}>{ui()}</I18nProvider>;
  });
  return { ...result, setLocale: (next: Locale) => setLocale(next) };
};

/** A procedure of the fake server: its input in, its answer (or a thrown refusal) out. */
export type Handler = (input: unknown) => unknown;

/** A refusal as tRPC's client hands it over (`data.refusal`), for a fake server to throw. */
export const refusal = (tag: string, messageZh: string, message = messageZh) =>
  Object.assign(new Error(message), { data: { refusal: { tag, message, messageZh } } });

export interface FakeServer {
  readonly client: Api;
  readonly calls: Array<{ readonly path: string; readonly input: unknown }>;
  /** Pushes a notice to every `events.live` subscriber, as the server does after a change. */
  readonly push: (notice: CaseChanged) => void;
}

/**
 * A stand-in for the typed tRPC client: `client.a.b.query(input)` / `.mutate(input)` call
 * `handlers["a.b"]` and are recorded; a procedure the test did not give answers `NotFound`, so a
 * page asking for something unexpected shows it. `events.live` subscribers get `push`ed notices.
 */
export const fakeServer = (handlers: Readonly<Record<string, Handler>>): FakeServer => {
  const calls: Array<{ readonly path: string; readonly input: unknown }> = [];
  const listeners = new Set<(notice: CaseChanged) => void>();
  const call = async (path: string, input: unknown) => {
    calls.push({ path, input });
    const handler = handlers[path];
    if (handler === undefined) throw refusal("NotFound", `没有 ${path}`, `No ${path}`);
    return handler(input);
  };
  const proxy = (path: ReadonlyArray<string>): unknown =>
    new Proxy(() => {}, {
      get: (_target, key) => {
        if (typeof key !== "string") return undefined;
        if (key === "query" || key === "mutate") {
          // A procedure may itself be named `query` (`search.query.query(…)`): the verb is
          // callable and can still be walked through.
          const verb = (input: unknown) => call(path.join("."), input);
          const further = proxy([...path, key]) as Record<string | symbol, unknown>;
          return new Proxy(verb, { get: (_verb, next) => further[next] });
        }
        if (key === "subscribe")
          return (input: unknown, options: { onData: (notice: CaseChanged) => void }) => {
            calls.push({ path: path.join("."), input });
            listeners.add(options.onData);
            return { unsubscribe: () => listeners.delete(options.onData) };
          };
        return proxy([...path, key]);
      },
    });
  return {
    client: proxy([]) as Api,
    calls,
    push: (notice) => {
      for (const listener of listeners) listener(notice);
    },
  };
};

/** The signed-in office clerk of the demo bureau, as `auth.me` answers. */
export const clerk = {
  userId: "bangongshi",
  name: "王经办",
  unitId: "bangongshi",
  unitName: "局办公室",
  roles: ["office-clerk"],
  roleLabels: [{ zh: "局办公室（经办人）", en: "Office clerk" }],
};

/** The whole console at `path`, talking to a fake server (signed in as `me` unless null). */
export const renderConsole = (
  path: string,
  handlers: Readonly<Record<string, Handler>>,
  me: unknown = clerk,
  locale: Locale = "zh-CN",
): ReturnType<typeof render> & FakeServer => {
  window.history.pushState({}, "", path);
  const server = fakeServer({
    "auth.me": () => {
      if (me === null) throw refusal("Unauthenticated", "请先登录", "Please sign in");
      return me;
    },
    ...handlers,
  });
  const rendered = render(() => {
    const i18n = createI18n(undefined);
    i18n.setLocale(locale);
    return <App client={server.client} i18n={i18n} />;
  });
  return { ...rendered, ...server };
};
