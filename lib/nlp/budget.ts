/**
 * A time budget for one analysis (`analyze(text, { budgetMs })`). The stages ask `spent()` between units of work (a
 * window of a sentence tagged, a cue examined) and, once it says so, record where they stopped (`stopAt`) and add
 * nothing after that offset; analyze() then marks the analysis `partial: true`. Nothing is cut short in the middle of
 * a unit, so what is returned is consistent (every span lies in the text), only incomplete. The budget is a soft
 * deadline: the linear stages after the tagger (linking, the claim patterns other than cue verbs) still finish their
 * work on the text before the stopping point.
 *
 * The clock can be injected so that tests are deterministic: a clock that advances one "millisecond" per call turns
 * the budget into a count of checks, and no test depends on wall time.
 */
export type Clock = () => number;

const wallClock: Clock = () => performance.now();

export class Budget {
  private readonly deadline: number;
  private readonly clock: Clock;
  private over = false;
  /** How many times a stage asked; for tests and benchmarks (work done before the budget ran out). */
  checks = 0;
  /**
   * Text offset where the stage that found the budget spent stopped (Infinity while none has): later stages keep to
   * the text before it, so a partial analysis is the analysis of a beginning of the text, not a scatter.
   */
  stoppedAt = Infinity;

  /** `ms` undefined (or not finite): no budget, `spent()` is always false and the clock is never read. */
  constructor(ms?: number, clock: Clock = wallClock) {
    this.clock = clock;
    this.deadline = ms !== undefined && Number.isFinite(ms) ? clock() + Math.max(0, ms) : Infinity;
  }

  /** True once the budget has run out, and from then on (a stage that stopped stays stopped). */
  spent(): boolean {
    this.checks++;
    if (this.over) return true;
    if (this.deadline === Infinity) return false;
    this.over = this.clock() > this.deadline;
    return this.over;
  }

  /** Records that a stage stopped at text offset `pos` (the earliest such offset is kept). */
  stopAt(pos: number): void {
    this.stoppedAt = Math.min(this.stoppedAt, pos);
  }

  /** Whether any stage found the budget spent: the analysis is partial. */
  get exhausted(): boolean {
    return this.over;
  }
}

