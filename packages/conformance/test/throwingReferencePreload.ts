// Loaded by `node --import` before the CLI (throwingReference.ts, THROWING_REFERENCE): every DocumentAjv
// of the process throws SET_IN_NO_RECORD on an object holding THROWING_KEY.
import { DocumentAjv } from "../src/runners/documentAjv.ts";
import { SET_IN_NO_RECORD, THROWING_KEY, throwingWhereKeyed } from "./throwingReference.ts";

const validator = DocumentAjv.prototype.validator;
DocumentAjv.prototype.validator = function (this: DocumentAjv, name: string, fragment: string) {
  return throwingWhereKeyed(validator.call(this, name, fragment), THROWING_KEY, SET_IN_NO_RECORD);
};
