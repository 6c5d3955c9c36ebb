import { KvCacheRangeError } from "../errors.js";
import { fromFp16Bits } from "../half.js";

/** The offsets of an integer chunk's stored scales and minimums in its payload, and their type. */
export interface GroupParameterSections {
  payload: Uint8Array;
  scaleOffset: number;
  minOffset: number;
  groupCount: number;
  fp16Parameters: boolean;
}

/**
 * Checks the stored scale and minimum of every group before decoding, as FP8 planes check their
 * scales: a scale must be finite and at least 0 (a scale of 0 decodes every code to the
 * minimum), and a minimum must be finite. An encoder never stores anything else, so any other
 * value comes from a corrupted or hand-made payload. Throws `INVALID_SCALE` naming the group.
 */
export function checkGroupParameters(sections: GroupParameterSections): void {
  const { payload, scaleOffset, minOffset, groupCount, fp16Parameters } = sections;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const read = (offset: number, index: number) => (fp16Parameters ? fromFp16Bits(view.getUint16(offset + index * 2, true)) : view.getFloat32(offset + index * 4, true));
  for (let index = 0; index < groupCount; index++) {
    const scale = read(scaleOffset, index);
    if (!(scale >= 0) || scale === Infinity) {
      throw new KvCacheRangeError("INVALID_SCALE", `Invalid stored scale ${scale} of group ${index}: an integer group's scale must be finite and at least 0.`, {
        field: "scales",
        value: scale,
      });
    }
    const minimum = read(minOffset, index);
    if (!Number.isFinite(minimum)) {
      throw new KvCacheRangeError("INVALID_SCALE", `Invalid stored minimum ${minimum} of group ${index}: an integer group's minimum must be finite.`, {
        field: "minimums",
        value: minimum,
      });
    }
  }
}
