/** The document keyword a protocol's operations are published under (model/types.ts `Operations`). */
export const OPERATIONS_KEYWORD = "x-clone-operations";
