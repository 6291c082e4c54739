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
