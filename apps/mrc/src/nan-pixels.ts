/**
 * Returns a warning that counts the NaN pixels of an image, which the PNG draws black, or null
 * when there are none. A projection pixel is NaN when its line through the volume contains a NaN
 * voxel, whatever the other voxels on that line hold.
 */
export function nanPixelWarning(values: ArrayLike<number>, projected: boolean): string | null {
  let count = 0;
  for (let index = 0; index < values.length; index++) if (Number.isNaN(values[index])) count++;
  if (count === 0) return null;
  const cause = projected ? "their lines through the volume contain NaN voxels" : "the data contain NaN there";
  return `${count} of ${values.length} pixels are NaN, because ${cause}, and are drawn black. Replace the NaN values first to see the data there.`;
}
