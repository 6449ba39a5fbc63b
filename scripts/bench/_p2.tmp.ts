import { modelOfFile } from "@clone/codegen";
for (let i = 0; i < 8; i++) modelOfFile(`test/corpus/external/dap.json`);
