import type { BanliClient } from "@banli/client";

/** A typed client on some server — remote over HTTP, or composed in this process. */
export interface Connection {
  readonly client: BanliClient;
  /** Where the data is, for the login screen: a URL or a file. */
  readonly where: string;
  /** Ends the session's transport (and, for a local file, closes the store). */
  readonly close: () => Promise<void>;
}
