// @modelsys/cryoet: MRC2014 volume I/O for Node and browsers, validation, particle lists and
// SHREC 2021 scoring. Node-only parts (file handles, atomic writes) are in @modelsys/cryoet/node.
export { gridPosition, nstartOf, toXFastest, type ShapedData } from "./axes.js";
export { BlobSource, BytesSource, HttpRangeSource, readRanges, visitRanges, type ByteRange, type ByteSource } from "./byte-source.js";
export { formatStamp } from "./byte-order.js";
export { bunzip2, decompress, detectCompression, gzip, type Compression, type DecompressOptions } from "./compression.js";
export { isMrcError, isShrecError, MrcError, ShrecError, type MrcErrorCode, type MrcErrorOptions, type ShrecErrorCode, type ShrecErrorOptions } from "./errors.js";
export { decodeFeiExtendedHeader, type FeiBlock, type FeiExtendedHeader } from "./extended-header.js";
export { FEI_FIELDS, type FeiField, type FeiFieldType } from "./fei-fields.js";
export { decodeSerialEmExtendedHeader, serialEmFloat, type SerialEmExtendedHeader, type SerialEmSection } from "./serialem-extended-header.js";
export { describeForeignFormat } from "./file-signature.js";
export { FLOAT16_MAX, float16BitsToNumber, numberToFloat16Bits } from "./float16.js";
export { decodeHeader, defaultHeader, encodeHeader, HEADER_BYTES, IMOD_FLAGS, IMOD_STAMP, type MrcHeader, type Vec3 } from "./header.js";
export { addLabel, creationLabel, getLabels } from "./labels.js";
export {
  DEFAULT_MAX_DATA_BYTES,
  decideMode0Sign,
  interpretHeader,
  KNOWN_EXTTYPS,
  kindOf,
  voxelSizeOf,
  type Mode0Rule,
  type Mode0Sign,
  type MrcKind,
  type MrcLayout,
  type ReadOptions,
} from "./layout.js";
export { MrcReader, openMrc, type Box, type OpenMrcOptions, type Region, type SliceAxis, type StatisticsOptions } from "./lazy-reader.js";
export { EXTENDED_HEADER_CHUNK_BYTES, type StreamedExtendedHeader } from "./streamed-extended-header.js";
export { dataBlockBytes, isKnownMode, KNOWN_MODES, modeInfo, MRC2014_MODES, type ModeInfo, type MrcMode } from "./modes.js";
export { formatWarning, ProblemLog, type MrcProblem, type MrcProblemCode, type MrcWarning, type MrcWarningCode } from "./problems.js";
export { readMrc, readMrcBlob, readMrcHeader, type MrcFile, type ReadMrcOptions } from "./reader.js";
export { computeStatistics, StatisticsAccumulator, type VoxelStatistics } from "./statistics.js";
export { validateMrc, type ValidateOptions, type ValidationReport } from "./validate.js";
export { validateMrcSource, type SourceValidationReport, type ValidateSourceOptions } from "./validate-source.js";
export { decodeVoxels, encodeVoxels, packFourBit, unpackFourBit, type DecodeVoxelsOptions, type MrcData, type MrcDataInput } from "./voxels.js";
export { applyStatistics, buildHeader, encodeMrc, modeForArray, type EncodedMrc, type MrcHeaderInput, type MrcWriteInput } from "./writer.js";
export { formatParticleList, parseParticleList, type ParseParticlesOptions, type Particle } from "./particles.js";
export { normaliseClassName, SHREC_CLASSES, SHREC_EXCLUDED_CLASSES, SHREC_SIZE_GROUPS, type ShrecClass } from "./shrec-classes.js";
export {
  dilateOccupancy,
  evaluateShrec,
  roundHalfEven,
  type ClassMetrics,
  type DilationFootprint,
  type OccupancyMask,
  type ShrecEvaluation,
  type ShrecEvaluationOptions,
} from "./shrec-evaluation.js";
export { parseStarParticles, type StarParticle, type StarParticles, type TomogramGeometry } from "./star.js";
export { convertData, modeValueRange, type ConvertOptions, type ModeValueRange } from "./convert.js";
export { imageToPng, percentile, projectVolume, sliceToImage, type Image2D, type PngOptions, type Projection } from "./png.js";
export { projectMrc, type ProjectMrcOptions } from "./lazy-projection.js";
export { writeOmeZarr, type AsyncZarrStore, type OmeZarrBox, type OmeZarrOptions, type SyncZarrStore, type ZarrStore } from "./zarr.js";
