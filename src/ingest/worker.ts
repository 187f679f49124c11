/**
 * An analysis worker: analyses captures and prepares them for the store (fingerprint, search
 * forms, story events), so the main thread only writes. Messages: AnalyseTask in, AnalyseResult out.
 */
import { parentPort, workerData } from "node:worker_threads";
import { analyzeOne, type AnalyseTask } from "./analyse.js";
import { dataStore, type Context } from "../pipeline/stage.js";

const wd = workerData as { now: string; limits?: Context["limits"] };
const ctx: Context = { now: new Date(wd.now), data: dataStore(), limits: wd.limits ?? {} };

parentPort!.on("message", (task: AnalyseTask) => {
  parentPort!.postMessage(analyzeOne(task, ctx));
});
