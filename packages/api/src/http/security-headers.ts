import type { IncomingMessage, ServerResponse } from "node:http";
import helmet, { type HelmetOptions } from "helmet";

/**
 * The security headers Helmet sets, computed once. `@fastify/helmet` rebuilds Helmet's whole
 * middleware chain — parsing every CSP directive again — on each request, which measured as much
 * CPU as a plain route's entire reply. The headers of a static configuration never change, so
 * Helmet itself is run once against a recording response and its headers are replayed.
 * (A configuration with per-request parts, such as CSP nonces, must not use this.)
 */
export const helmetHeaders = (
  options: Readonly<HelmetOptions>,
): Readonly<Record<string, string>> => {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | ReadonlyArray<string>) => {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : String(value));
    },
    removeHeader: (name: string) => {
      headers.delete(name.toLowerCase());
    },
  };
  let failure: unknown;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error;
    },
  );
  if (failure !== undefined) throw failure;
  return Object.fromEntries(headers);
};

/** The console's pages and files: Helmet's defaults, with the console's own CSP. */
export const documentSecurityHeaders = helmetHeaders({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
});

/**
 * The API's JSON replies (`/trpc`): only the headers that mean something for data a script
 * fetches, after OWASP's REST Security Cheat Sheet. Helmet's other defaults (opener policy,
 * origin-agent cluster, referrer policy, DNS prefetch, download options, XSS auditor, Flash
 * policies) govern documents and what they load, and a JSON reply is never one; every header
 * costs each reply's writer and reader, and the inbox reply is read a lot.
 * - `nosniff`: the JSON is never sniffed into HTML or script;
 * - CSP `default-src 'self'` with `frame-ancestors 'self'`: should a reply be opened as a page,
 *   it loads nothing foreign and cannot be framed by another site (X-Frame-Options's job, which
 *   CSP supersedes);
 * - CORP `same-origin`: another site cannot pull a user's replies in through `no-cors` loads;
 * - HSTS as Helmet sets it, so an API-only client pins HTTPS too;
 * - `cache-control: no-store`: the replies are one signed-in user's data, which no browser or
 *   proxy cache may keep (tRPC sets no caching header, so none was sent before).
 */
export const apiSecurityHeaders = helmetHeaders({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'self'"], frameAncestors: ["'self'"] },
  },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

export const apiReplyHeaders: Readonly<Record<string, string>> = {
  ...apiSecurityHeaders,
  "cache-control": "no-store",
};
