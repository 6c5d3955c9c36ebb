// SHREC 2021 classes. Source: Gubins et al. 2021, "SHREC 2021: Classification in cryo-electron
// tomograms" (doi:10.2312/3dor.20211307); the class-mask value is the 1-based position in this list.

/** The 15 SHREC 2021 classes in class-mask order (value 1 is 4V94, 15 is fiducial; 0 is background). */
export const SHREC_CLASSES = ["4V94", "4CR2", "1QVR", "1BXN", "3CF3", "1U6G", "3D2F", "2CG9", "3H84", "3GL1", "3QM1", "1S3X", "5MRC", "vesicle", "fiducial"] as const;

/** A SHREC 2021 class name. */
export type ShrecClass = (typeof SHREC_CLASSES)[number];

/** Classes the official evaluation leaves out of scoring: 4V94 and vesicles. */
export const SHREC_EXCLUDED_CLASSES: readonly ShrecClass[] = ["4V94", "vesicle"];

/** Size groups of the scored proteins, as the SHREC 2021 paper reports results. */
export const SHREC_SIZE_GROUPS = {
  small: ["1S3X", "3QM1", "3GL1", "3H84", "2CG9"],
  medium: ["3D2F", "1U6G", "3CF3", "1BXN", "1QVR"],
  large: ["4CR2", "5MRC"],
} as const satisfies Record<string, readonly ShrecClass[]>;

/**
 * Normalises a class name: `fiducial` and `vesicle` match case-insensitively and become lower
 * case, every other name is upper-cased. Returns undefined for a name outside the 15 classes.
 */
export function normaliseClassName(name: string): ShrecClass | undefined {
  const lower = name.toLowerCase();
  const normalised = lower === "fiducial" || lower === "vesicle" ? lower : name.toUpperCase();
  return (SHREC_CLASSES as readonly string[]).includes(normalised) ? (normalised as ShrecClass) : undefined;
}
