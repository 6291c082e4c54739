import { withOptionalField } from "@banli/client";
import type { AvailableAction } from "@banli/kernel";

const allocatedNote =
  "留空则由登记簿自动分配编号 / Leave it empty and the register allocates the number";

/**
 * The start form of a process whose register number the server allocates (`processes.list`
 * says which command): the same schema with `number` optional, so the user may leave it to the
 * register (or type a number from a paper register, which the kernel still checks).
 */
export const withAllocatedNumber = (schema: AvailableAction["schema"]): AvailableAction["schema"] =>
  withOptionalField(schema, "number", allocatedNote) as AvailableAction["schema"];
