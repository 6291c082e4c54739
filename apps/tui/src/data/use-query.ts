import { type DependencyList, useEffect, useState } from "react";

export type Query<T> =
  | { readonly state: "loading" }
  | { readonly state: "ready"; readonly value: T }
  | { readonly state: "failed"; readonly error: string };

/**
 * Runs an async read whenever its dependencies change and drops answers that arrive after a
 * newer request (a slow reply must never overwrite a fresher screen).
 */
export const useQuery = <T>(run: () => Promise<T>, deps: DependencyList): Query<T> => {
  const [query, setQuery] = useState<Query<T>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    run().then(
      (value) => current && setQuery({ state: "ready", value }),
      (error: unknown) => current && setQuery({ state: "failed", error: String(error) }),
    );
    return () => {
      current = false;
    };
    // The caller lists what `run` reads, as with useEffect itself.
  }, deps);
  return query;
};
