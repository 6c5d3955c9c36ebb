/**
 * Returns random finite fp16 bit patterns from xorshift32, seeded with a non-zero `seed`: data
 * that no deflate pass can shrink. A pattern whose exponent is all ones (infinity or NaN) is
 * drawn again.
 */
export function incompressibleHalves(count: number, seed: number): Uint16Array {
  const words = new Uint16Array(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    do {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      words[i] = state >>> 16;
    } while ((words[i]! & 0x7c00) === 0x7c00);
  }
  return words;
}
