// Rebuilds SVG markup from an example as new elements that can only draw. Markup from a shared
// playground link must not run script in the page, so only listed drawing elements and attributes
// are copied. Nothing that can run script, load a resource or style the rest of the page is copied:
// no <script>, <style>, <foreignObject>, <a>, <image> or animation elements, no event handler or
// style attributes, and references only to ids inside the same picture.

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

/** Elements that are copied: structure, shapes, text, gradients, patterns, clipping and markers. */
const ELEMENTS = new Set(
  ("svg g defs symbol use title desc rect circle ellipse line polyline polygon path text tspan textPath " +
    "linearGradient radialGradient stop pattern clipPath mask marker").split(" "),
);

/** Attributes without a namespace that are copied: geometry, presentation attributes and ids. */
const ATTRIBUTES = new Set(
  (
    "id x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength viewBox preserveAspectRatio " +
    "transform dx dy rotate textLength lengthAdjust offset gradientUnits gradientTransform spreadMethod " +
    "patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits markerWidth " +
    "markerHeight markerUnits refX refY orient startOffset method spacing side fill fill-opacity fill-rule " +
    "stroke stroke-width stroke-opacity stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin " +
    "stroke-miterlimit opacity color font-family font-size font-weight font-style font-variant text-anchor " +
    "dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing text-decoration visibility " +
    "display clip-path clip-rule mask marker-start marker-mid marker-end stop-color stop-opacity shape-rendering " +
    "text-rendering vector-effect paint-order writing-mode"
  ).split(" "),
);

const TRANSFORM_ATTRIBUTES = new Set(["transform", "gradientTransform", "patternTransform"]);
const TRANSFORM_FUNCTIONS = new Set(["matrix", "translate", "scale", "rotate", "skewx", "skewy"]);
/** CSS functions allowed in other values. None of them loads a resource. */
const VALUE_FUNCTIONS = new Set(["url", "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "var", "calc", "min", "max", "clamp"]);

const LOCAL_URL = /url\(\s*(['"]?)#([\w.:-]+)\1\s*\)/gi;

/** The rebuilt picture and the names of what was left out. */
export interface SanitizedSvg {
  /** The new <svg> element, or undefined when the markup has no <svg> element. */
  svg: SVGSVGElement | undefined;
  /** Elements (as `<name>`) and attributes that were not copied, each once, in order of appearance. */
  removed: string[];
}

/**
 * Returns `value` with its `url(#id)` references renamed by `renameId`. Returns undefined when the
 * value could load a resource or hide what it does. Such values contain a `url()` that is not
 * `#id`, a CSS function outside the allowed ones, a backslash escape, a comment or an at-sign.
 */
export function cleanAttributeValue(name: string, value: string, renameId: (id: string) => string): string | undefined {
  if (/[\\@]|\/\*/.test(value)) return undefined;

  const localUrls = value.match(LOCAL_URL)?.length ?? 0;
  if ((value.match(/url\s*\(/gi)?.length ?? 0) !== localUrls) return undefined;

  const allowed = TRANSFORM_ATTRIBUTES.has(name) ? TRANSFORM_FUNCTIONS : VALUE_FUNCTIONS;
  for (const match of value.matchAll(/([a-z-]+)\s*\(/gi)) {
    if (!allowed.has(match[1]!.toLowerCase())) return undefined;
  }
  return value.replace(LOCAL_URL, (_match, _quote, id: string) => `url(#${renameId(id)})`);
}

/** Returns `href` renamed by `renameId` when it points to an id (`#id`), else undefined. */
export function cleanReference(href: string, renameId: (id: string) => string): string | undefined {
  const match = /^\s*#([\w.:-]+)\s*$/.exec(href);
  return match === null ? undefined : `#${renameId(match[1]!)}`;
}

let pictureCount = 0;

/**
 * Parses `markup` in an inert document, the way `innerHTML` would parse it, and rebuilds its first
 * <svg> element in `target`. Ids get a prefix unique to this call, and references are renamed with
 * them, so the picture cannot reach or replace elements of the page by id.
 */
export function sanitizeSvg(markup: string, target: Document): SanitizedSvg {
  const source = new DOMParser().parseFromString(markup, "text/html").querySelector("svg");
  const removed = new Set<string>();
  if (source === null || source.namespaceURI !== SVG_NAMESPACE) return { svg: undefined, removed: [] };

  pictureCount += 1;
  const prefix = `svg-output-${pictureCount}-`;
  const svg = copyElement(source, target, (id) => `${prefix}${id}`, removed) as SVGSVGElement;
  return { svg, removed: [...removed] };
}

function copyElement(source: Element, target: Document, renameId: (id: string) => string, removed: Set<string>): Element {
  const copy = target.createElementNS(SVG_NAMESPACE, source.localName);
  for (const attribute of Array.from(source.attributes)) {
    const value = copiedAttributeValue(attribute, renameId);
    if (value !== undefined) copy.setAttribute(attribute.localName, value);
    else if (attribute.namespaceURI !== "http://www.w3.org/2000/xmlns/") removed.add(attribute.name);
  }

  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      copy.append(target.createTextNode(child.textContent ?? ""));
    } else if (child instanceof Element) {
      if (child.namespaceURI === SVG_NAMESPACE && ELEMENTS.has(child.localName)) copy.append(copyElement(child, target, renameId, removed));
      else removed.add(`<${child.localName}>`);
    }
  }
  return copy;
}

function copiedAttributeValue(attribute: Attr, renameId: (id: string) => string): string | undefined {
  const { localName, namespaceURI, value } = attribute;
  if (localName === "href" && (namespaceURI === null || namespaceURI === XLINK_NAMESPACE)) return cleanReference(value, renameId);
  if (namespaceURI !== null || !ATTRIBUTES.has(localName)) return undefined;
  if (localName === "id") return /^[\w.:-]+$/.test(value) ? renameId(value) : undefined;
  return cleanAttributeValue(localName, value, renameId);
}
