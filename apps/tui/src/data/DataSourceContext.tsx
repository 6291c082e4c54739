import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import type { DataSource } from "./data-source.js";

const DataSourceContext = createContext<DataSource | undefined>(undefined);

export const DataSourceProvider = ({
  source,
  children,
}: {
  source: DataSource;
  children: ReactNode;
}) => <DataSourceContext.Provider value={source}>{children}</DataSourceContext.Provider>;

export const useDataSource = (): DataSource => {
  const source = useContext(DataSourceContext);
  // A screen without a data source is a wiring bug, not a state to render.
  if (source === undefined) throw new Error("useDataSource needs a <DataSourceProvider>");
  return source;
};

/** Bumps on every change the data source reports, so screens refetch (live updates). */
export const useDataVersion = (): number => {
  const source = useDataSource();
  const [version, setVersion] = useState(0);
  useEffect(() => source.subscribe(() => setVersion((v) => v + 1)), [source]);
  return version;
};
