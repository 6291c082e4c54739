import { randomUUID } from "node:crypto";
import type { EventStorePort } from "@banli/event-store";

/**
 * Logins, failed logins, logouts, refused commands, delegations and administrator changes, recorded in the log like everything
 * else (stream `security-log`), so an auditor sees attempts as well as acts. A failed login
 * records the name typed, never the password.
 */
export type SecurityEvent =
  | { readonly _tag: "LoginSucceeded"; readonly userId: string; readonly address: string }
  | { readonly _tag: "LoginFailed"; readonly name: string; readonly address: string }
  | { readonly _tag: "LoggedOut"; readonly userId: string }
  | {
      readonly _tag: "CommandRefused";
      readonly userId: string;
      readonly caseId: string | undefined;
      readonly process: string;
      readonly command: string;
      readonly refusal: string;
    }
  | {
      readonly _tag: "DelegationChanged";
      readonly userId: string;
      readonly change: "granted" | "revoked";
      readonly grantId: string;
      readonly principal: string;
      readonly deputy: string;
    }
  | {
      /** Every administrator change: what was done, to what, never a password or its hash. */
      readonly _tag: "AdminChanged";
      readonly userId: string;
      readonly change: string;
      readonly target: string;
    };

export const securityStreamId = "security-log";

export const recordSecurityEvent = async (
  store: EventStorePort,
  event: SecurityEvent,
  at: string,
  actor: unknown,
): Promise<void> => {
  const { _tag, ...data } = event;
  const commandId = randomUUID();
  await store.append({
    streamId: securityStreamId,
    // Appends from concurrent requests must never conflict: order is the log's, not ours.
    expectedVersion: "any",
    events: [{ eventId: randomUUID(), type: `security.${_tag}`, schemaVersion: 1, data }],
    commandId,
    recordedAt: at,
    actor,
    correlationId: commandId,
    causationId: commandId,
  });
};
