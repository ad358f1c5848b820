/**
 * Runs `analyzeFile` over many inputs on worker threads, handing results back in input order.
 * The workers load the same bundled module as the main thread (see `workerEntry`).
 */
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import { analyzeFile, type OutputRecord } from './analyze-file';

/** The flag a worker is started with, so the bundle knows to serve jobs instead of running main(). */
export const WORKER_ROLE = 'threatlight-analyze-worker';
/** One page taking longer than this is a runaway; its worker is replaced. */
const JOB_TIMEOUT_MS = 120_000;

interface Job {
  index: number;
  input: Input;
  url: string | null;
}

/**
 * Analyses `inputs` with `jobs` workers loaded from `moduleUrl`; `emit` receives each record in
 * input order as soon as it and all before it are done. A worker that dies takes only its current
 * input with it: that input gets an error record and a fresh worker carries on.
 */
export async function runPool(
  inputs: readonly Input[],
  url: string | null,
  jobs: number,
  moduleUrl: URL,
  emit: (record: OutputRecord, index: number) => void,
): Promise<void> {
  const done = new Map<number, OutputRecord>();
  let nextToEmit = 0;
  let nextJob = 0;
  const settle = (index: number, record: OutputRecord): void => {
    done.set(index, record);
    for (let r = done.get(nextToEmit); r !== undefined; r = done.get(nextToEmit)) {
      done.delete(nextToEmit);
      emit(r, nextToEmit);
      nextToEmit++;
    }
  };

  await new Promise<void>((resolve) => {
    let live = 0;
    const start = (): void => {
      const worker = new Worker(moduleUrl, { workerData: { role: WORKER_ROLE } });
      live++;
      let current: Job | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fail = (why: string): void => {
        if (current) settle(current.index, { source: { path: current.input.path, url }, error: why });
        current = null;
      };
      const feed = (): void => {
        clearTimeout(timer);
        if (nextJob >= inputs.length) {
          current = null;
          void worker.terminate();
          return;
        }
        const index = nextJob++;
        const input = inputs[index];
        if (!input) return;
        current = { index, input, url };
        worker.postMessage(current);
        timer = setTimeout(() => {
          fail(`analysis timed out after ${JOB_TIMEOUT_MS / 1000} s`);
          void worker.terminate();
        }, JOB_TIMEOUT_MS);
      };
      worker.on('message', (msg: { index: number; record: OutputRecord }) => {
        settle(msg.index, msg.record);
        feed();
      });
      worker.on('error', (err) => fail(`analysis crashed: ${err.message}`));
      worker.on('exit', (code) => {
        clearTimeout(timer);
        fail(`analysis crashed (worker exit code ${code})`);
        live--;
        // A crashed worker is replaced while work remains; otherwise the pool winds down.
        if (nextJob < inputs.length) start();
        else if (live === 0) resolve();
      });
      feed();
    };
    const n = Math.max(1, Math.min(jobs, inputs.length));
    for (let i = 0; i < n; i++) start();
  });
}

/** The worker side: analyse each job posted by the pool and post the record back. */
export async function workerEntry(): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  parentPort?.on('message', (job: Job) => {
    parentPort.postMessage({ index: job.index, record: analyzeFile(job.input, job.url) });
  });
}

/** Analyses inputs in this thread, in order (small batches, or when workers are unavailable). */
export function runInline(inputs: readonly Input[], url: string | null, emit: (record: OutputRecord, index: number) => void): void {
  inputs.forEach((input, i) => emit(analyzeFile(input, url), i));
}
