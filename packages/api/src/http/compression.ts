import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * Compression of the replies the query cache keeps. Each entry is compressed at most once per
 * coding and the result is kept with it, so a hit costs no compression at all — unlike a
 * compress-every-reply plugin (`@fastify/compress`), which would spend on each hit far more CPU
 * than the hit itself. Browsers and Node's `fetch` (the console, the TUI, the CLI) all send
 * `Accept-Encoding`, so a list reply crosses the network at a third of its size.
 *
 * Compression next to secrets invites BREACH (guessing a secret from the compressed length of
 * replies to requests an attacker's page makes the victim's browser send). The compressed replies
 * hold no credential (the session is an HttpOnly cookie, the CSRF header a constant), and the
 * session cookie is `SameSite=Strict`, so another site's page cannot get a signed-in reply made.
 */
export type ContentCoding = "br" | "gzip";

/** Below this a reply goes out as it is: the saving would not pay for the coding's framing. */
export const minCompressibleBytes = 1_024;

/** The q-value of one `Accept-Encoding` member (RFC 9110 §12.4.2); 1 when absent or unreadable. */
const qualityOf = (params: ReadonlyArray<string>): number => {
  for (const param of params) {
    const [name, value] = param.split("=", 2).map((part) => part.trim().toLowerCase());
    if (name === "q") {
      const q = Number(value);
      return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 1;
    }
  }
  return 1;
};

/**
 * The coding to answer `Accept-Encoding` with (RFC 9110 §12.5.3): the acceptable one of highest
 * q-value, Brotli on a tie (smaller); `*` stands for any coding not named; `q=0` refuses one.
 * `undefined` means the identity coding: the header is absent, or names nothing this server has.
 */
export const preferredCoding = (header: string | undefined): ContentCoding | undefined => {
  if (header === undefined || header === "") return undefined;
  let br: number | undefined;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const member of header.split(",")) {
    const [rawName = "", ...params] = member.split(";");
    const name = rawName.trim().toLowerCase();
    const q = qualityOf(params);
    if (name === "br") br = q;
    else if (name === "gzip" || name === "x-gzip") gzip = q;
    else if (name === "*") any = q;
  }
  const brQ = br ?? any ?? 0;
  const gzipQ = gzip ?? any ?? 0;
  if (brQ > 0 && brQ >= gzipQ) return "br";
  if (gzipQ > 0) return "gzip";
  return undefined;
};

/**
 * `preferredCoding` remembered for the last header seen: a client sends the same header on every
 * request, so a hit skips parsing it.
 */
export const makeCodingChooser = (): ((
  header: string | undefined,
) => ContentCoding | undefined) => {
  let lastHeader: string | undefined;
  let lastCoding: ContentCoding | undefined;
  return (header) => {
    if (header !== lastHeader) {
      lastCoding = preferredCoding(header);
      lastHeader = header;
    }
    return lastCoding;
  };
};

/**
 * `body` in `coding`, or `undefined` when it is too small to be worth it or would not shrink.
 * Brotli at quality 5 measured ~70 µs for a 3 KB inbox page with nearly quality 11's size
 * (which took ~2 ms); gzip at its default level ~40 µs.
 */
export const compress = (coding: ContentCoding, body: Buffer): Buffer | undefined => {
  if (body.length < minCompressibleBytes) return undefined;
  const encoded =
    coding === "br"
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipSync(body);
  return encoded.length < body.length ? encoded : undefined;
};
