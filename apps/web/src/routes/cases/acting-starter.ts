import type { Actor } from "@banli/kernel";
import { createResource } from "solid-js";
import { useActingFor } from "../../api/ActingFor.jsx";
import { useClient } from "../../api/ApiProvider.jsx";
import { useSession } from "../../auth/SessionProvider.jsx";

export interface Starter {
  /** Whose start commands to offer; undefined while that is being found out or if nobody. */
  readonly actor: () => Actor | undefined;
  readonly loading: () => boolean;
  /** The principal's roles could not be read: there is nothing to offer until they are. */
  readonly error: () => unknown;
}

/**
 * Who starts a case: the signed-in user, or — 代理 — the principal they act for. The kernel
 * checks the principal's roles on a command sent in their name, so the processes offered must be
 * the principal's; their roles come from the directory (a grant records only name and unit, so
 * only the people of that unit are read).
 */
export const createStarter = (): Starter => {
  const client = useClient();
  const session = useSession();
  const acting = useActingFor();
  const [principalActor] = createResource(
    () => acting.principal(),
    async (principal): Promise<Actor | null> => {
      const people = await client.directory.people.query({ unitId: principal.unitId });
      const found = people.find((person) => person.userId === principal.userId);
      // Gone from the directory: the server would refuse to act for them, so offer nothing.
      return found === undefined
        ? null
        : { userId: found.userId, name: found.name, unitId: found.unitId, roles: found.roles };
    },
  );
  const principalLoaded = () =>
    principalActor.state === "ready" || principalActor.state === "errored";
  return {
    actor: () => {
      // Undefined until a remembered act-for choice is checked against the grants.
      if (acting.onBehalfOf() === undefined) return undefined;
      const principal = acting.principal();
      if (principal === undefined) return session.me();
      if (!principalLoaded()) return undefined;
      const loaded = principalActor.state === "ready" ? principalActor() : null;
      return loaded?.userId === principal.userId ? loaded : undefined;
    },
    loading: () =>
      acting.onBehalfOf() === undefined || (acting.principal() !== undefined && !principalLoaded()),
    error: () => (acting.principal() === undefined ? undefined : principalActor.error),
  };
};
