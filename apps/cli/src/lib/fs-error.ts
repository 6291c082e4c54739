/** The short reason of a file-system error (`ENOENT`, `EACCES` …): enough for one line. */
export const reasonOf = (error: unknown): string =>
  error instanceof Error && "code" in error && typeof error.code === "string"
    ? error.code
    : String(error);
