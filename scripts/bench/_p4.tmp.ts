import { modelOfFile } from "@clone/codegen";
for (let i = 0; i < 40; i++) modelOfFile(`test/corpus/external/schemastore-package-json.json`);
