import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Keeps a long streaming run's heap near what it actually holds. Scoring a million responses keeps about
 * 50–60 MB alive (the R4 schema validator, the engine, one entry at a time: bench/README.md "Streaming
 * scoring"), but V8 lets garbage pile up in the old generation to a multiple of that before it collects,
 * which took the process past 300 MB. Every `every` entries this looks at the heap and, above `ceiling`,
 * runs a full collection — the same `gc` V8 exposes with --expose-gc, obtained the way Jest's leak
 * detector does (jest-leak-detector: `setFlagsFromString('--expose-gc')`, then `runInNewContext('gc')`).
 * When what is alive itself passes the ceiling (say a Bundle with many Patients), the ceiling moves up,
 * so collections never run back to back.
 */
export class HeapCeiling {
  private readonly collect: () => void;
  private count = 0;
  private ceiling: number;

  constructor(
    ceilingMegabytes = 96,
    private readonly every = 250,
  ) {
    this.ceiling = ceilingMegabytes * 1024 * 1024;
    setFlagsFromString("--expose-gc");
    this.collect = runInNewContext("gc") as () => void;
  }

  tick(): void {
    this.count += 1;
    if (this.count % this.every !== 0) return;
    if (getHeapStatistics().used_heap_size <= this.ceiling) return;
    this.collect();
    const alive = getHeapStatistics().used_heap_size;
    if (alive > this.ceiling * 0.75) this.ceiling = Math.ceil(alive * 1.5);
  }
}
