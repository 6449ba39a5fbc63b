// One bench isolate (see isolate.ts): loads the module it is given (TypeScript, through tsx) and
// runs its exported functions on request, timing each call here, inside the isolate, so the message
// passing and the copying of arguments and results are never part of a figure.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const tools = await import(workerData.module);

parentPort.on("message", async ({ id, name, args }) => {
  try {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const value = await tools[name](...args);
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    parentPort.postMessage({
      id,
      wall,
      cpu: (cpu.user + cpu.system) / 1000,
      value,
    });
  } catch (error) {
    parentPort.postMessage({
      id,
      error:
        error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
