// Data reads from a permissive open of a header without a readable data block throw the file
// problem's own code, never INVALID_ARGUMENT, which callers such as the CLI treat as invalid usage.
import { describe, expect, it } from "vitest";

import { BytesSource, openMrc } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

describe("data reads of unreadable headers", () => {
  it.each([
    ["parity/mode-unknown.mrc", "UNKNOWN_MODE", "MODE 7 is unknown"],
    ["parity/not-mrc.png", "UNKNOWN_MODE", "is unknown"],
    ["parity/nsymbt-negative.mrc", "INVALID_EXTENDED_HEADER", "NSYMBT -80 is negative"],
    ["parity/nx-negative.mrc", "INVALID_DIMENSIONS", "NX -5, NY 4, NZ 3 include a negative dimension"],
  ])("%s throws %s", async (name, code, message) => {
    const reader = await openMrc(new BytesSource(fixtureBytes(name), name), { permissive: true });
    expect(() => reader.checkDataReadable()).toThrow(expect.objectContaining({ code, file: name }));
    for (const read of [() => reader.readData(), () => reader.readSlice("z", 0), () => reader.statistics()]) {
      await expect(read()).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
    }
  });
});
