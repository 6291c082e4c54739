import type { EventStorePort } from "@banli/event-store";
import type { RegisterConfig, WorkingDayCalendar } from "@banli/kernel";
import type { CaseProcess, Projector } from "@banli/projections";
import type { BlobStore } from "./attachments/blob-store.js";
import type { CredentialStore } from "./auth/credentials.js";
import type { SessionStore } from "./auth/sessions.js";
import type { LoginThrottle } from "./auth/throttle.js";
import type { LiveSettings } from "./settings/index.js";

/** Everything the API needs, given by the composition root (apps/server, `banli serve`). */
export interface ApiDeps {
  readonly version: string;
  readonly store: EventStorePort;
  readonly projector: Projector;
  readonly processes: ReadonlyArray<CaseProcess>;
  readonly credentials: CredentialStore;
  /** Attachment bytes, content-addressed. */
  readonly blobs: BlobStore;
  readonly sessions: SessionStore;
  readonly throttle: LoginThrottle;
  /** The administrator's settings; `calendar`, `registers`, `processes` read its current value. */
  readonly settings: LiveSettings;
  readonly calendar: WorkingDayCalendar;
  readonly registers: RegisterConfig;
  /** The server clock: every command's time comes from here, never from the client. */
  readonly now: () => Date;
  readonly newId: () => string;
}
