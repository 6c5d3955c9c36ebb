import type { IncomingMessage, ServerResponse } from "node:http";

/** Path of the Chromium binary the browser tests drive: CHROMIUM_PATH, else /usr/bin/chromium. */
export declare const CHROMIUM_PATH: string;

/**
 * Returns whether Chromium is installed. Without it, CI=true makes the package's browser tests
 * fail (this throws), and otherwise they are skipped with a message naming the package.
 */
export declare function chromiumAvailable(packageName: string): boolean;

/** Options of {@link startBundledPage}. */
export interface BundledPageOptions {
  /** Module source of the page; it writes its result into `document.body` as JSON. */
  entry: string;
  /** Directory the entry's imports resolve from, usually the test file's own. */
  resolveDir: string;
  /** Serves a request before the page does; returns true when it has written the response. */
  route?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/** A bundled page served on 127.0.0.1, with headless Chromium ready to load it. */
export interface BundledPage {
  readonly url: string;
  /** Loads the page in a new tab and returns the JSON it wrote, with every console error. */
  run<T = Record<string, unknown>>(options?: { timeoutMs?: number }): Promise<{ result: T; consoleErrors: string[] }>;
  /** Closes Chromium and the server and removes the browser profile. */
  close(): Promise<void>;
}

/**
 * Bundles `entry` with esbuild, serves it as a page on 127.0.0.1 and launches headless Chromium.
 */
export declare function startBundledPage(options: BundledPageOptions): Promise<BundledPage>;
