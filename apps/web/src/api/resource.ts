import type { Resource } from "solid-js";

/**
 * The last value a resource loaded, or undefined while it is loading or has failed. Reading
 * `latest` of a failed resource throws its error; a page shows the failure beside this instead.
 */
export const latestOf = <T>(resource: Resource<T>): T | undefined =>
  resource.error === undefined ? resource.latest : undefined;
