/**
 * A one-line progress count on stderr, redrawn at most a few times a second, and only when stderr is a
 * terminal: piped or logged output stays clean, one line per result.
 */
export class ProgressMeter {
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {}

  tick(count: number): void {
    if (this.stream.isTTY !== true || count % 1000 !== 0) return;
    const time = this.now();
    if (time - this.lastDrawn < 250) return;
    this.lastDrawn = time;
    this.drawn = true;
    this.stream.write(`\r${count.toLocaleString("en-US")} ${this.label}`);
  }

  done(count: number): void {
    if (this.stream.isTTY !== true || !this.drawn) return;
    this.stream.write(`\r${count.toLocaleString("en-US")} ${this.label}\n`);
  }
}
