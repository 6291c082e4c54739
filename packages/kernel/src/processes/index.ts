import * as Archive from "./archive/index.js";
import { describeProcess, type ProcessCatalog } from "./catalog.js";
import * as Incoming from "./incoming/index.js";
import { makeProcessModules } from "./modules.js";
import * as Outgoing from "./outgoing/index.js";
import * as Petition from "./petition/index.js";
import * as Proposal from "./proposal/index.js";
import * as Publication from "./publication/index.js";
import * as Supervision from "./supervision/index.js";

export {
  defaultKernelConfig,
  type KernelConfig,
  makeProcessModules,
  type ProcessModules,
} from "./modules.js";

/** Every process's catalog, in the order of spec/processes.md. */
export const catalogs: ReadonlyArray<ProcessCatalog> = [
  describeProcess({ name: "supervision", ...Supervision, terminal: ["Filed"] }),
  describeProcess({ name: "petition", ...Petition, terminal: ["Concluded"] }),
  describeProcess({ name: "proposal", ...Proposal, terminal: ["Returned", "Closed"] }),
  describeProcess({ name: "archive", ...Archive, terminal: ["Destroyed", "Excluded"] }),
  describeProcess({ name: "outgoing", ...Outgoing, terminal: ["Distributed"] }),
  describeProcess({ name: "incoming", ...Incoming, terminal: ["Filed"] }),
  describeProcess({ name: "publication", ...Publication, terminal: ["Published", "Cancelled"] }),
];

/** The seven processes on their default settings, by name. */
export const processModules = makeProcessModules();
