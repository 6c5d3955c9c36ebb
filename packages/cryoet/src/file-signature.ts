// Signatures of formats that are often passed by mistake where an MRC file is expected, so that
// the error can say what the file is. Magic numbers: PNG (ISO/IEC 15948), JPEG (JFIF SOI marker),
// TIFF (TIFF 6.0 byte-order header), HDF5 (HDF5 file format specification superblock), ZIP (APPNOTE).
const SIGNATURES: readonly { name: string; magic: readonly number[] }[] = [
  { name: "a PNG image", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "a JPEG image", magic: [0xff, 0xd8, 0xff] },
  { name: "a TIFF image", magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "an HDF5 file", magic: [0x89, 0x48, 0x44, 0x46] },
  { name: "a ZIP archive", magic: [0x50, 0x4b, 0x03, 0x04] },
];

/** Names the format of `bytes` ("a PNG image") when it starts with a known non-MRC signature. */
export function describeForeignFormat(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte))?.name;
}

/** Returns " It starts like a PNG image." for a known foreign format, otherwise "". */
export function foreignFormatHint(bytes: Uint8Array): string {
  const format = describeForeignFormat(bytes);
  return format === undefined ? "" : ` It starts like ${format}, not an MRC map.`;
}
