/** A small seeded PRNG (mulberry32) and helpers over it, and the generator's assertions. */

export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.#state ^ (this.#state >>> 15), 1 | this.#state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return must(items[this.int(0, items.length - 1)], "pick from an empty list");
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((acc, [, w]) => acc + w, 0);
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return must(entries[entries.length - 1], "weighted pick from an empty list")[0];
  }

  /** `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const [item] = copy.splice(this.int(0, copy.length - 1), 1);
      out.push(item as T);
    }
    return out;
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`generate-samples: ${what}`);
  return value;
}

export function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`generate-samples: ${what}`);
}
