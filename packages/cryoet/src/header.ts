// The 1024-byte MRC2014 main header. Offsets: MRC2014 (Cheng et al. 2015) and IMOD's
// mrc_format.txt for the fields IMOD keeps inside EXTRA.
import { copyBytes } from "./copy-bytes.js";

/** Size of the main header in bytes. */
export const HEADER_BYTES = 1024;
/** The int32 IMOD stores at byte 152 ("IMOD" in little-endian order, IMOD_MRC_STAMP in b3dutil.h). */
export const IMOD_STAMP = 1146047817;
/** `imodFlags` bits from IMOD's b3dutil.h (MRC_FLAGS_*). */
export const IMOD_FLAGS = {
  signedBytes: 1,
  pixelSizeFromExtendedHeader: 2,
  invertedOrigin: 4,
  negativeRmsUndetermined: 8,
  fourBitPacked: 16,
  ctfCorrected: 32,
} as const;

/** A vector along cell axes X, Y and Z. */
export type Vec3 = [number, number, number];

/**
 * Every field of an MRC2014 main header, decoded in the file's byte order. Names follow the
 * format's words (NX … NLABL) in camel case. `extra` contains bytes 96-195 unchanged, and the IMOD
 * fields inside it are also decoded (`imodStamp`, `imodFlags`, …); when encoding, the decoded
 * IMOD fields are written over `extra`.
 */
export interface MrcHeader {
  nx: number;
  ny: number;
  nz: number;
  mode: number;
  nxstart: number;
  nystart: number;
  nzstart: number;
  mx: number;
  my: number;
  mz: number;
  /** Cell lengths in Å along X, Y, Z. */
  cella: Vec3;
  /** Cell angles α, β, γ in degrees. */
  cellb: Vec3;
  mapc: number;
  mapr: number;
  maps: number;
  dmin: number;
  dmax: number;
  dmean: number;
  ispg: number;
  /** Extended header length in bytes. */
  nsymbt: number;
  /** Bytes 96-195 (EXTRA), 100 bytes. */
  extra: Uint8Array;
  /** Extended header type, 4 Latin-1 characters (NUL bytes kept). */
  exttyp: string;
  nversion: number;
  creatid: number;
  nint: number;
  nreal: number;
  imodStamp: number;
  imodFlags: number;
  /** Tilt angles IMOD stores at bytes 172-195 (6 × float32). */
  tiltangles: number[];
  /** ORIGIN in Å (real-space maps) or voxels (transforms). */
  origin: Vec3;
  /** Map identifier, 4 Latin-1 characters; `"MAP "` in a valid file. */
  map: string;
  /** Machine stamp bytes 212-215. */
  machst: [number, number, number, number];
  rms: number;
  nlabl: number;
  /** The ten 80-byte labels, decoded as Latin-1 with trailing NULs and whitespace trimmed. */
  labels: string[];
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Decodes a label: Latin-1, trailing NULs and ASCII whitespace trimmed. */
export function decodeLabel(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\0\t\n\v\f\r ]+$/, "");
}

/** Decodes the first 1024 bytes of `bytes` as a main header in the given byte order. */
export function decodeHeader(bytes: Uint8Array, littleEndian: boolean): MrcHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const i32 = (offset: number) => view.getInt32(offset, littleEndian);
  const f32 = (offset: number) => view.getFloat32(offset, littleEndian);
  const i16 = (offset: number) => view.getInt16(offset, littleEndian);
  const labels: string[] = [];
  for (let index = 0; index < 10; index++) {
    labels.push(decodeLabel(bytes.subarray(224 + index * 80, 304 + index * 80)));
  }
  return {
    nx: i32(0),
    ny: i32(4),
    nz: i32(8),
    mode: i32(12),
    nxstart: i32(16),
    nystart: i32(20),
    nzstart: i32(24),
    mx: i32(28),
    my: i32(32),
    mz: i32(36),
    cella: [f32(40), f32(44), f32(48)],
    cellb: [f32(52), f32(56), f32(60)],
    mapc: i32(64),
    mapr: i32(68),
    maps: i32(72),
    dmin: f32(76),
    dmax: f32(80),
    dmean: f32(84),
    ispg: i32(88),
    nsymbt: i32(92),
    extra: copyBytes(bytes, 96, 196),
    exttyp: latin1(bytes.subarray(104, 108)),
    nversion: i32(108),
    creatid: i16(96),
    nint: i16(128),
    nreal: i16(130),
    imodStamp: i32(152),
    imodFlags: i32(156),
    tiltangles: [172, 176, 180, 184, 188, 192].map(f32),
    origin: [f32(196), f32(200), f32(204)],
    map: latin1(bytes.subarray(208, 212)),
    machst: [bytes[212]!, bytes[213]!, bytes[214]!, bytes[215]!],
    rms: f32(216),
    nlabl: i32(220),
    labels,
  };
}

function writeLatin1(target: Uint8Array, offset: number, text: string, length: number, pad: number): void {
  for (let index = 0; index < length; index++) {
    target[offset + index] = index < text.length ? text.charCodeAt(index) & 0xff : pad;
  }
}

/**
 * Encodes `header` as 1024 bytes in the given byte order. EXTRA is written from `header.extra`,
 * then EXTTYP, NVERSION and the IMOD fields over it. Labels are padded with spaces, and unused
 * labels are all NUL bytes.
 */
export function encodeHeader(header: MrcHeader, littleEndian: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  const i32 = (offset: number, value: number) => view.setInt32(offset, value, littleEndian);
  const f32 = (offset: number, value: number) => view.setFloat32(offset, value, littleEndian);
  const i16 = (offset: number, value: number) => view.setInt16(offset, value, littleEndian);

  [header.nx, header.ny, header.nz, header.mode].forEach((value, index) => i32(index * 4, value));
  [header.nxstart, header.nystart, header.nzstart, header.mx, header.my, header.mz].forEach((value, index) => i32(16 + index * 4, value));
  [...header.cella, ...header.cellb].forEach((value, index) => f32(40 + index * 4, value));
  [header.mapc, header.mapr, header.maps].forEach((value, index) => i32(64 + index * 4, value));
  [header.dmin, header.dmax, header.dmean].forEach((value, index) => f32(76 + index * 4, value));
  i32(88, header.ispg);
  i32(92, header.nsymbt);
  bytes.set(header.extra.subarray(0, 100), 96);
  i16(96, header.creatid);
  writeLatin1(bytes, 104, header.exttyp, 4, 0);
  i32(108, header.nversion);
  i16(128, header.nint);
  i16(130, header.nreal);
  i32(152, header.imodStamp);
  i32(156, header.imodFlags);
  header.tiltangles.slice(0, 6).forEach((value, index) => f32(172 + index * 4, value));
  header.origin.forEach((value, index) => f32(196 + index * 4, value));
  writeLatin1(bytes, 208, header.map, 4, 0);
  bytes.set(header.machst, 212);
  f32(216, header.rms);
  i32(220, header.nlabl);
  header.labels.slice(0, 10).forEach((label, index) => {
    if (label !== "") writeLatin1(bytes, 224 + index * 80, label, 80, 0x20);
  });
  return bytes;
}

/**
 * Returns a default header for new data: `"MAP "`, NVERSION 20141, axes 1, 2, 3, cell angles 90°,
 * undetermined statistics (DMIN 0, DMAX -1, DMEAN -2, RMS -1) and a little-endian stamp.
 */
export function defaultHeader(): MrcHeader {
  return {
    nx: 0,
    ny: 0,
    nz: 0,
    mode: 2,
    nxstart: 0,
    nystart: 0,
    nzstart: 0,
    mx: 0,
    my: 0,
    mz: 0,
    cella: [0, 0, 0],
    cellb: [90, 90, 90],
    mapc: 1,
    mapr: 2,
    maps: 3,
    dmin: 0,
    dmax: -1,
    dmean: -2,
    ispg: 1,
    nsymbt: 0,
    extra: new Uint8Array(100),
    exttyp: "\0\0\0\0",
    nversion: 20141,
    creatid: 0,
    nint: 0,
    nreal: 0,
    imodStamp: 0,
    imodFlags: 0,
    tiltangles: [0, 0, 0, 0, 0, 0],
    origin: [0, 0, 0],
    map: "MAP ",
    machst: [0x44, 0x44, 0, 0],
    rms: -1,
    nlabl: 0,
    labels: ["", "", "", "", "", "", "", "", "", ""],
  };
}

/** Returns a deep copy of `header`. */
export function cloneHeader(header: MrcHeader): MrcHeader {
  return {
    ...header,
    cella: [...header.cella],
    cellb: [...header.cellb],
    extra: copyBytes(header.extra),
    tiltangles: [...header.tiltangles],
    origin: [...header.origin],
    machst: [...header.machst],
    labels: [...header.labels],
  };
}
