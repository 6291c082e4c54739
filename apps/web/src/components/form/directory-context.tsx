import {
  type Accessor,
  createContext,
  createEffect,
  createSignal,
  type JSX,
  useContext,
} from "solid-js";
import { type Api, useClient } from "../../api/ApiProvider.jsx";
import { useSession } from "../../auth/SessionProvider.jsx";

/** One unit or person a picker offers: the id the command carries, the name it records. */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  /** A person's unit, shown beside the name so two people of one name can be told apart. */
  readonly unitName?: string;
}

export interface Directory {
  readonly units: ReadonlyArray<DirectoryEntry>;
  readonly people: ReadonlyArray<DirectoryEntry>;
}

/**
 * What a form's pickers read. `directory()` is undefined while the directory loads or when it
 * could not be loaded: the pickers then fall back to typed ids, so a form is never blocked.
 */
export interface DirectorySource {
  /** Asks for the directory; the first picker drawn in a session does, the rest reuse it. */
  readonly request: () => void;
  readonly directory: Accessor<Directory | undefined>;
  readonly loading: Accessor<boolean>;
}

export const DirectoryContext = createContext<DirectorySource>();

/** The nearest directory, if the page has one (component tests and galleries may not). */
export const useDirectory = (): DirectorySource | undefined => useContext(DirectoryContext);

/** The server's phone-book as the pickers list it (`directory.units` and `.people`). */
export const loadDirectory = async (client: Api): Promise<Directory> => {
  const [units, people] = await Promise.all([
    client.directory.units.query(),
    client.directory.people.query({}),
  ]);
  return {
    units: units.map((unit) => ({ id: unit.unitId, name: unit.unitName })),
    people: people.map((person) => ({
      id: person.userId,
      name: person.name,
      ...(person.unitName === undefined ? {} : { unitName: person.unitName }),
    })),
  };
};

/**
 * Loads the directory once per session, and only when a form first needs it (most pages never
 * do). Another user signing in on the same tab gets it afresh: what a user may see can differ.
 * Plain signals rather than a resource: a picker waiting for names must not suspend its page.
 */
export const DirectoryProvider = (props: { readonly children: JSX.Element }) => {
  const client = useClient();
  const session = useSession();
  const [wanted, setWanted] = createSignal(false);
  const [directory, setDirectory] = createSignal<Directory>();
  const [loading, setLoading] = createSignal(false);
  let loadedFor: string | undefined;
  createEffect(() => {
    const user = wanted() ? session.me()?.userId : undefined;
    if (user === loadedFor) return;
    loadedFor = user;
    setDirectory(undefined);
    if (user === undefined) return;
    setLoading(true);
    loadDirectory(client)
      .then(
        (loaded) => {
          if (loadedFor === user) setDirectory(loaded);
        },
        // Typed ids still work without it; the server checks them as before.
        (error: unknown) => console.warn("directory failed to load", error),
      )
      .finally(() => {
        if (loadedFor === user) setLoading(false);
      });
  });
  const source: DirectorySource = {
    request: () => setWanted(true),
    directory,
    loading,
  };
  return <DirectoryContext.Provider value={source}>{props.children}</DirectoryContext.Provider>;
};
