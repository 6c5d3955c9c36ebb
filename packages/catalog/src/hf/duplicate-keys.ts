/** A key that one JSON object gives twice with different values. */
export interface DuplicateKey {
  /** Dotted path of the key, such as `num_hidden_layers` or `text_config.head_dim`. */
  path: string;
  /** The two values as written in the file. */
  first: string;
  last: string;
}

/**
 * Finds the first key that an object of `text` gives twice with different values, or returns
 * undefined. `text` must be valid JSON, because the scanner does not report syntax errors.
 * `JSON.parse` and Python's `json` module both keep the last value without a warning, so an
 * edit made to the first one is silently lost. Repeats with equal values are not reported, and
 * neither are keys nested more than {@link MAXIMUM_CHECKED_DEPTH} levels deep.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const scanner = new Scanner(text);
  return scanner.value("");
}

/**
 * Nesting depth from which objects and arrays are skipped unchecked, by counting brackets, so that
 * a hostile file of deeply nested arrays, which `JSON.parse` accepts, cannot overflow the stack.
 * Config files nest two or three levels.
 */
const MAXIMUM_CHECKED_DEPTH = 64;

class Scanner {
  private position = 0;

  constructor(private readonly text: string) {}

  /** Skips one value starting at the current position and returns the first conflict inside it. */
  value(path: string, depth = 0): DuplicateKey | undefined {
    this.skipWhitespace();
    const char = this.text[this.position];
    if ((char === "{" || char === "[") && depth >= MAXIMUM_CHECKED_DEPTH) {
      this.skipContainer();
      return undefined;
    }
    if (char === "{") return this.object(path, depth);
    if (char === "[") return this.array(path, depth);
    if (char === '"') {
      this.string();
      return undefined;
    }
    // A number, true, false or null runs to the next delimiter.
    while (this.position < this.text.length && !/[\s,\]}]/.test(this.text[this.position]!)) this.position += 1;
    return undefined;
  }

  private object(path: string, depth: number): DuplicateKey | undefined {
    const seen = new Map<string, string>();
    let conflict: DuplicateKey | undefined;
    this.position += 1;
    this.skipWhitespace();
    while (this.text[this.position] !== "}") {
      const key = JSON.parse(this.string()) as string;
      this.skipWhitespace();
      this.position += 1; // the colon
      this.skipWhitespace();
      const start = this.position;
      const keyPath = path === "" ? key : `${path}.${key}`;
      const inner = this.value(keyPath, depth + 1);
      conflict ??= inner;
      const raw = this.text.slice(start, this.position);
      const previous = seen.get(key);
      if (conflict === undefined && previous !== undefined && !sameJson(previous, raw)) {
        conflict = { path: keyPath, first: previous, last: raw };
      }
      seen.set(key, raw);
      this.skipWhitespace();
      if (this.text[this.position] === ",") this.position += 1;
      this.skipWhitespace();
    }
    this.position += 1;
    return conflict;
  }

  private array(path: string, depth: number): DuplicateKey | undefined {
    let conflict: DuplicateKey | undefined;
    let index = 0;
    this.position += 1;
    this.skipWhitespace();
    while (this.text[this.position] !== "]") {
      const inner = this.value(`${path}[${index}]`, depth + 1);
      conflict ??= inner;
      index += 1;
      this.skipWhitespace();
      if (this.text[this.position] === ",") this.position += 1;
      this.skipWhitespace();
    }
    this.position += 1;
    return conflict;
  }

  /** Skips an object or array by counting brackets outside strings, without recursion. */
  private skipContainer(): void {
    let open = 0;
    do {
      const char = this.text[this.position];
      if (char === '"') {
        this.string();
        continue;
      }
      if (char === "{" || char === "[") open += 1;
      if (char === "}" || char === "]") open -= 1;
      this.position += 1;
    } while (open > 0);
  }

  /** Skips a string literal and returns it with its quotes. */
  private string(): string {
    const start = this.position;
    this.position += 1;
    while (this.text[this.position] !== '"') this.position += this.text[this.position] === "\\" ? 2 : 1;
    this.position += 1;
    return this.text.slice(start, this.position);
  }

  private skipWhitespace(): void {
    while (/\s/.test(this.text[this.position] ?? "")) this.position += 1;
  }
}

/** Compares two JSON texts by value, so that `1.0` and `1`, or the same value spaced differently, count as equal. */
function sameJson(first: string, second: string): boolean {
  return JSON.stringify(JSON.parse(first)) === JSON.stringify(JSON.parse(second));
}
