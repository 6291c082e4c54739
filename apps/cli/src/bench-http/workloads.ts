/**
 * The four HTTP workloads, as requests on the wire. The Banli ones are exactly what
 * `@trpc/client`'s `httpBatchLink` sends (a batch of one: `?batch=1`, inputs keyed `"0"`), with
 * the session cookie and, on the mutation, the CSRF header.
 */
export interface Workload {
  readonly name: "hello" | "sameReply" | "trpcHealth" | "inboxList" | "rawAppend" | "command";
  readonly describe: string;
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Checks one sample reply before the load, so a broken setup fails instead of measuring 4xx. */
  readonly expect: (status: number, body: unknown) => boolean;
}

/**
 * What every browser (the web console) and Node's `fetch` (the TUI, the CLI) send with each
 * request, `@trpc/client`'s included; Chrome's value. Without it a server may not compress, so a
 * load without it would measure replies no real client gets.
 */
export const clientAcceptEncoding = { "accept-encoding": "gzip, deflate, br, zstd" } as const;

/** Who acts: 承办人 drafts outgoing documents; the office director reads his 待办. */
export const commandUser = "chengban";
export const readerUser = "zhuren";

/**
 * The command: 承办人 drafts a new 发文 — a start command that takes no register number, so every
 * request opens its own case stream and concurrent commands never contend for one stream.
 */
const draft = {
  process: "outgoing",
  command: {
    _tag: "DraftDocument",
    title: "关于开展2026年度科技成果转化项目申报工作的通知",
    kind: "通知",
    direction: "下行文",
    important: false,
    mainTo: ["各区科技局"],
    copyTo: [],
    body: "为加快推进科技成果转化，现就2026年度项目申报工作通知如下。",
    unitName: "成果转化处",
    attachments: [],
  },
};
export const commandBody = JSON.stringify({ "0": draft });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** The first envelope of a tRPC batch reply, if it is a success. */
const firstData = (body: unknown): unknown => {
  if (!Array.isArray(body) || !isObject(body[0]) || !isObject(body[0].result)) return undefined;
  return body[0].result.data;
};

export const helloWorkload = (url: string): Workload => ({
  name: "hello",
  describe: "plain Fastify GET /hello",
  url,
  method: "GET",
  path: "/hello",
  headers: { ...clientAcceptEncoding },
  expect: (status, body) => status === 200 && isObject(body) && body.hello === "world",
});

/** The inbox.list reply's exact bytes and headers from a plain route (`startReplayServer`). */
export const sameReplyWorkload = (url: string, bytes: number): Workload => ({
  name: "sameReply",
  describe: `plain Fastify GET /reply: the inbox.list reply's ${bytes} bytes and headers, replayed`,
  url,
  method: "GET",
  path: "/reply",
  headers: { ...clientAcceptEncoding },
  expect: (status, body) => status === 200 && Array.isArray(body),
});

/** The tRPC path alone: a public query with no input, no session and no data behind it. */
export const trpcHealthWorkload = (url: string): Workload => ({
  name: "trpcHealth",
  describe: "Banli health query (HTTP → tRPC → trivial procedure), no session",
  url,
  method: "GET",
  path: `/trpc/health?batch=1&input=${encodeURIComponent("{}")}`,
  headers: { ...clientAcceptEncoding },
  expect: (status, body) => {
    const data = firstData(body);
    return status === 200 && isObject(data) && data.status === "ok";
  },
});

export const inboxListWorkload = (url: string, cookie: string): Workload => ({
  name: "inboxList",
  describe: `Banli inbox.list {box:"todo"} as ${readerUser} (HTTP → tRPC → session → read model)`,
  url,
  method: "GET",
  path: `/trpc/inbox.list?batch=1&input=${encodeURIComponent(JSON.stringify({ "0": { box: "todo" } }))}`,
  headers: { ...clientAcceptEncoding, cookie },
  expect: (status, body) => {
    const data = firstData(body);
    return status === 200 && isObject(data) && Array.isArray(data.rows);
  },
});

export const rawAppendWorkload = (url: string): Workload => ({
  name: "rawAppend",
  describe: "plain Fastify POST /append: raw SQLite append, one FULL transaction per request",
  url,
  method: "POST",
  path: "/append",
  headers: { ...clientAcceptEncoding, "content-type": "application/json" },
  body: commandBody,
  expect: (status, body) => status === 200 && isObject(body) && typeof body.position === "number",
});

export const commandWorkload = (url: string, cookie: string): Workload => ({
  name: "command",
  describe: `Banli cases.open (outgoing DraftDocument) as ${commandUser}: HTTP → tRPC → session → decide → durable append → inline projections → reply`,
  url,
  method: "POST",
  path: "/trpc/cases.open?batch=1",
  headers: {
    ...clientAcceptEncoding,
    cookie,
    "content-type": "application/json",
    "x-banli-csrf": "1",
  },
  body: commandBody,
  expect: (status, body) => {
    const data = firstData(body);
    return status === 200 && isObject(data) && typeof data.caseId === "string";
  },
});

/** One request of a workload through fetch, checked with its `expect`. */
export const probe = async (workload: Workload): Promise<void> => {
  const res = await fetch(`${workload.url}${workload.path}`, {
    method: workload.method,
    headers: workload.headers,
    ...(workload.body === undefined ? {} : { body: workload.body }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  if (!workload.expect(res.status, body)) {
    throw new Error(`${workload.name}: unexpected reply ${res.status} ${text.slice(0, 300)}`);
  }
};
