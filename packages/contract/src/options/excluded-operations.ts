// --include-operation / --exclude-operation: which public operations a run leaves out.
import { publicOperations } from "../spec/public-operations.js";
import type { OperationId } from "../spec/wire-types.js";

/** The operations the run must start with: without them it cannot tell whom it works for or what there is. */
const REQUIRED_OPERATIONS: OperationId[] = ["getMe", "listIntegrations"];

/**
 * The public operations left out by --include-operation / --exclude-operation (each an
 * operationId or a tag, case-insensitive; an inclusion always keeps getMe and listIntegrations,
 * which the run starts with). Throws on a name that is neither, or when --exclude-operation
 * names an operation the run cannot start without.
 */
export function excludedOperations(include: string[] | undefined, exclude: string[] | undefined): OperationId[] {
  const publicOps = publicOperations();
  const matching = (name: string) => {
    const key = name.trim().toLowerCase();
    const found = publicOps
      .filter(([id, op]) => id.toLowerCase() === key || (op.tag ?? "").toLowerCase() === key)
      .map(([id]) => id);
    if (found.length === 0) throw new Error(`'${name}' is neither an operationId nor a tag of the spec`);
    return found;
  };
  // The operations a run starts with are always in: `--include-operation Credentials` means "and what it needs".
  const included = include?.length ? new Set([...include.flatMap(matching), ...REQUIRED_OPERATIONS]) : null;
  const excluded = new Set(exclude?.flatMap(matching) ?? []);
  const out = publicOps.map(([id]) => id).filter((id) => excluded.has(id) || (included !== null && !included.has(id)));
  const needed = REQUIRED_OPERATIONS.filter((id) => out.includes(id));
  if (needed.length)
    throw new Error(
      `the run cannot leave out ${needed.join(" and ")}: it starts with them (who the key is, what the catalog holds)`,
    );
  return out;
}
