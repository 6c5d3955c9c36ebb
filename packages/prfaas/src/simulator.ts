import { createBandwidthProfile } from "./bandwidth-profile.js";
import { MAX_REQUEST_TOKENS, requireInRange, requireInteger, requirePositive, PrfaasError } from "./errors.js";
import { checkedCostModel } from "./checked-cost-model.js";
import { canSkipTicks, placeTickGrid } from "./control-tick-schedule.js";
import { EVENT_PRIORITY, EventQueue } from "./event-queue.js";
import { Link, type LinkTransfer } from "./link.js";
import { summarizeRun, type SimulationMetrics } from "./metrics.js";
import { createPolicy } from "./policies.js";
import type { PrefillCostModel } from "./prefill-profile.js";
import { PrefixCache } from "./prefix-cache.js";
import { ExtrapolationCounter } from "./profile-extrapolation.js";
import type { WorkloadRequest } from "./request.js";
import { PATH_LOCAL, PATH_OFFLOADED, RequestLog, type RequestTimes } from "./request-log.js";
import { RequestSummary } from "./request-summary.js";
import type { ClusterId, ClusterStateView, RequestView, RoutingPolicy } from "./routing-policy.js";
import type { SimulationConfig } from "./simulator-config.js";
import { checkSimulationOptions } from "./simulator-option-checks.js";
import { WaitingWindow } from "./waiting-window.js";

/** A request in flight; it is dropped when its last token is out. */
interface InFlight {
  id: number;
  request: WorkloadRequest;
  cluster: ClusterId;
  instance: number;
  prefixTokens: number;
  computeTokens: number;
  prefillSeconds: number;
  prefillStartUs: number;
  prefillDoneUs: number;
  kvArrivalUs: number;
  transfer: LinkTransfer | null;
  /** True once the link has delivered the last byte of this request's KV. */
  kvSent: boolean;
  /** True while the request counts in `waiting.link`: its prefix copy or its KV after prefill is still on the link. */
  onLink: boolean;
}

/** One FCFS prefill instance that runs one request at a time. */
interface PrefillInstance {
  queue: InFlight[];
  head: number;
  busy: InFlight | null;
  /** Predicted time at which all accepted work ends, in µs. */
  backlogEndUs: number;
}

/** One PD-D instance: BS_max slots and a FCFS wait queue. */
interface DecodeInstance {
  active: number;
  queue: InFlight[];
  head: number;
}

type Payload =
  | { kind: "arrival"; request: WorkloadRequest }
  | { kind: "prefillDone"; flight: InFlight }
  | { kind: "transferWakeup"; link: Link; version: number }
  | { kind: "kvArrival"; flight: InFlight }
  | { kind: "copyArrival"; flight: InFlight }
  | { kind: "decodeDone"; flight: InFlight; decodeInstance: number; decodeStartUs: number }
  | { kind: "controlTick" };

/**
 * The configuration a run resolved, without its cost-model functions, written with the results.
 * `thresholdTokens` appears only for the `prfaas` policy, the one that offloads by it.
 */
export type ResolvedSimulationConfig = Omit<SimulationConfig, "prfaasPrefill" | "pdPrefill" | "onProgress">;

/** Default timeline bound of `requestLog: "summary"`: 4096 buckets of two numbers each per timeline. */
export const SUMMARY_TIMELINE_MAX_BUCKETS = 4096;

/**
 * Default timeline bound of `requestLog: "full"`: 2^20 buckets, over 12 days of simulated time at
 * the default one-second bucket, so a trace with a distant arrival merges buckets instead of
 * allocating one per second.
 */
export const FULL_TIMELINE_MAX_BUCKETS = 2 ** 20;

/** A finished run with `requestLog: "full"`: its resolved configuration, its metrics and the per-request log. */
export interface SimulationResult {
  config: ResolvedSimulationConfig;
  metrics: SimulationMetrics;
  log: RequestLog;
  summary: null;
  /** Transfers on the cross-cluster link with their peak rate, for checks (only when `recordTransfers`). */
  transfers: { requestId: number; bytes: number; peakRateBytesPerSecond: number }[] | null;
}

/** A finished run with `requestLog: "summary"`: the fixed-size accumulators replace the log. */
export interface SummarySimulationResult extends Omit<SimulationResult, "log" | "summary"> {
  log: null;
  summary: RequestSummary;
}

/** Options of one run besides the configuration. */
export interface RunOptions {
  /** Keep every link transfer's size and peak rate in the result (default false). */
  recordTransfers?: boolean;
  /**
   * What finished requests leave behind. `full` (default) keeps every request in a
   * {@link RequestLog}, and its percentiles are exact numpy-style (type 7). `summary` folds each
   * request into a {@link RequestSummary} and drops it: counts are exact, means exact up to
   * floating-point rounding, and percentiles are sketch estimates within 1 % relative error of
   * the exact ones, so memory is bounded by the requests in flight.
   */
  requestLog?: "full" | "summary";
}

/**
 * Runs the discrete-event simulation of `config` over `requests` (consumed lazily in arrival
 * order) and returns its metrics. Events run in the order of one key: time in integer µs, then
 * the class priority of {@link EVENT_PRIORITY}, then insertion order. The working state is bounded
 * by the requests in flight. Each finished request leaves its row in the {@link RequestLog}
 * (`requestLog: "full"`), or with `summary` is folded into a {@link RequestSummary} and dropped.
 *
 * @throws PrfaasError `INVALID_OPTION` for an invalid configuration or a request out of order, and
 * `UNKNOWN_ID` for an unknown policy id.
 */
export function simulate(config: SimulationConfig, requests: Iterable<WorkloadRequest>, options: RunOptions & { requestLog: "summary" }): SummarySimulationResult;
export function simulate(config: SimulationConfig, requests: Iterable<WorkloadRequest>, options?: RunOptions & { requestLog?: "full" }): SimulationResult;
export function simulate(config: SimulationConfig, requests: Iterable<WorkloadRequest>, options?: RunOptions): SimulationResult | SummarySimulationResult;
export function simulate(config: SimulationConfig, requests: Iterable<WorkloadRequest>, options: RunOptions = {}): SimulationResult | SummarySimulationResult {
  return runSimulation(config, requests, options).result;
}

/** The schedule of a run's control ticks, for tests that compare the two schedules. */
export interface TickScheduling {
  /**
   * Run a tick every period, as if no tick could ever be skipped (default false: skip the ticks
   * of a quiet span, which gives the same results).
   */
  everyPeriod?: boolean;
}

/** A run's result and the work it took: events taken off the queue and control ticks run. */
export interface SimulationRun {
  result: SimulationResult | SummarySimulationResult;
  eventsProcessed: number;
  controlTicks: number;
}

/**
 * Runs {@link simulate} and also counts the events and control ticks it processed. Internal: the
 * package entry point does not export it.
 */
export function runSimulation(config: SimulationConfig, requests: Iterable<WorkloadRequest>, options: RunOptions = {}, ticks: TickScheduling = {}): SimulationRun {
  const resolved = resolveConfig(config);
  const simulation = new Simulation(config, resolved, options, ticks.everyPeriod === true);
  const result = simulation.run(requests);
  return { result, eventsProcessed: simulation.eventsProcessed, controlTicks: simulation.controlTicks };
}

function resolveConfig(config: SimulationConfig): ResolvedSimulationConfig {
  // The resolved configuration records the seed, so a run can be repeated only from a whole number.
  if (!Number.isSafeInteger(config.seed)) {
    throw new PrfaasError("INVALID_OPTION", `Invalid seed ${String(config.seed)}: expected a whole number, such as 1.`, {
      field: "seed",
      value: config.seed,
    });
  }
  requireInteger("prfaasInstances", config.prfaasInstances);
  requireInteger("pdPrefillInstances", config.pdPrefillInstances);
  requireInteger("pdDecodeInstances", config.pdDecodeInstances, 1);
  requireInteger("decode.bsMax", config.decode.bsMax, 1);
  requirePositive("decode.stepTimeS", config.decode.stepTimeS);
  checkSimulationOptions(config);
  if (config.prfaasInstances > 0 && config.prfaasPrefill === null) {
    throw new PrfaasError("INVALID_OPTION", "prfaasInstances > 0 needs a prfaasPrefill cost model.", { field: "prfaasPrefill" });
  }
  const { prfaasPrefill: _prfaas, pdPrefill: _pd, onProgress: _progress, thresholdTokens, ...rest } = config;
  return {
    ...rest,
    // Only prfaas offloads by the threshold, so the other policies leave out a value they ignore.
    ...(config.policy === "prfaas" && thresholdTokens !== undefined ? { thresholdTokens } : {}),
    link: {
      efficiency: 1,
      latencyMs: 0,
      intraClusterGbps: 400,
      layerwisePipelining: true,
      bandwidthProfile: { kind: "constant" },
      ...definedFields(config.link),
    },
    cache: { blockTokens: 512, capacityBytes: Number.POSITIVE_INFINITY, stateSnapshots: "request-end", ...definedFields(config.cache) },
    placement: config.placement ?? "bandwidth-scarce",
    tpotDenominator: config.tpotDenominator ?? "n-1",
    timelineBucketSeconds: config.timelineBucketSeconds ?? 1,
    slo: config.slo ?? {},
  };
}

/**
 * Returns a copy of `fields` without the keys whose value is `undefined`, so that an optional
 * setting given as `undefined` keeps its default instead of replacing it in a spread.
 */
function definedFields<T extends object>(fields: T): T;
function definedFields<T extends object>(fields: T | undefined): Partial<T>;
function definedFields<T extends object>(fields: T | undefined): Partial<T> {
  if (fields === undefined) return {};
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

class Simulation {
  private readonly events = new EventQueue<Payload>();
  private readonly policy: RoutingPolicy;
  private readonly prefill: Record<ClusterId, PrefillInstance[]>;
  private readonly decode: DecodeInstance[];
  private readonly caches: Record<ClusterId, PrefixCache>;
  private readonly kvLink: Link;
  private readonly reverseLink: Link;
  private readonly transferOwners = new Map<LinkTransfer, { flight: InFlight; purpose: "kv" | "copy" }>();
  private readonly linkVersions = new Map<Link, number>();
  private readonly log: RequestLog | null;
  private readonly summary: RequestSummary | null;
  private finished = 0;
  private readonly timelineMaxBuckets: number;
  private readonly costs: Record<ClusterId, PrefillCostModel>;
  private readonly extrapolation: Record<ClusterId, ExtrapolationCounter>;
  private readonly latencyUs: number;
  private readonly intraBytesPerSecond: number;
  private readonly pipelining: boolean;
  private readonly transfers: SimulationResult["transfers"];

  private nowUs = 0;
  private arrived = 0;
  private promptTokens = 0;
  /** Prompt tokens reused from a prefix cache, including prefixes copied from the other cluster. */
  private reusedPromptTokens = 0;
  private inFlight = 0;
  private nextDecode = 0;
  private lastArrivalUs = 0;
  private firstArrivalUs = 0;
  private lastFinishUs = 0;
  private arrivalsDone = false;
  private iterator: Iterator<WorkloadRequest> | null = null;
  /**
   * Requests waiting in prefill and decode queues (not in service) or on the cross-cluster link,
   * and their time integrals. A request waits on the link while its prefix copy is in transit, and
   * while its KV is still in transit after its prefill finished. An overloaded link queues
   * requests there, which the stability test must see.
   */
  private waiting = { prfaas: 0, pd: 0, decode: 0, link: 0 };
  private waitingArea = { prfaas: 0, pd: 0, decode: 0, link: 0 };
  /** The waiting total over the arrival window, for the stability test. */
  private readonly waitingWindow = new WaitingWindow();
  private lastWaitingUs = 0;
  private lastTickBytes = 0;
  /**
   * Time of the last control tick when the following ticks are skipped, else null. Ticks are
   * skipped while nothing they read or write can change: see {@link canRestTicks}.
   */
  private ticksRestingSinceUs: number | null = null;
  /** Events taken off the queue, and control ticks run, for tests of the run's cost. */
  eventsProcessed = 0;
  controlTicks = 0;
  private readonly thresholdTimeline: { timeUs: number; thresholdTokens: number }[] = [];

  constructor(
    private readonly config: SimulationConfig,
    private readonly resolved: ResolvedSimulationConfig,
    options: RunOptions,
    private readonly tickEveryPeriod = false,
  ) {
    const link = resolved.link;
    this.policy = createPolicy(config.policy, {
      thresholdTokens: config.thresholdTokens ?? Number.POSITIVE_INFINITY,
      placement: resolved.placement!,
      controlLoop: config.controlLoop ?? {},
      pullRatio: config.pullRatio ?? 2,
    });
    const makePrefill = (count: number) =>
      Array.from({ length: count }, (): PrefillInstance => ({ queue: [], head: 0, busy: null, backlogEndUs: 0 }));
    this.prefill = { prfaas: makePrefill(config.prfaasInstances), pd: makePrefill(config.pdPrefillInstances) };
    this.decode = Array.from({ length: config.pdDecodeInstances }, () => ({ active: 0, queue: [], head: 0 }));
    const pdCost = checkedCostModel(config.pdPrefill, "pdPrefill");
    const prfaasModel = config.prfaasPrefill ?? null;
    this.costs = { prfaas: prfaasModel === null ? pdCost : checkedCostModel(prfaasModel, "prfaasPrefill"), pd: pdCost };
    this.extrapolation = { prfaas: new ExtrapolationCounter(this.costs.prfaas), pd: new ExtrapolationCounter(this.costs.pd) };
    const cache = resolved.cache!;
    const reference = this.costs.prfaas;
    const cacheOptions = {
      blockTokens: cache.blockTokens!,
      blockBytes: reference.bytesPerToken * cache.blockTokens!,
      snapshotBytes: reference.stateBytes,
      capacityBytes: cache.capacityBytes!,
      stateSnapshots: cache.stateSnapshots!,
    };
    this.caches = { prfaas: new PrefixCache(cacheOptions), pd: new PrefixCache(cacheOptions) };
    // Buckets narrower than the clock's 1 µs resolution would hold no events, only cost.
    requireInRange("timelineBucketSeconds", resolved.timelineBucketSeconds!, 1e-6, Number.MAX_VALUE, "a bucket width of at least 0.000001 s (1 µs)");
    const mode = options.requestLog ?? "full";
    if (mode !== "full" && mode !== "summary") {
      throw new PrfaasError("INVALID_OPTION", `Invalid requestLog ${String(mode)}: expected "full" or "summary".`, { field: "requestLog", value: mode });
    }
    this.log = mode === "full" ? new RequestLog() : null;
    this.summary = mode === "summary" ? new RequestSummary(resolved.slo!, resolved.tpotDenominator!) : null;
    this.timelineMaxBuckets = config.timelineMaxBuckets ?? (mode === "summary" ? SUMMARY_TIMELINE_MAX_BUCKETS : FULL_TIMELINE_MAX_BUCKETS);
    if (this.timelineMaxBuckets !== Number.POSITIVE_INFINITY) requireInteger("timelineMaxBuckets", this.timelineMaxBuckets, 2);
    const profile = createBandwidthProfile(link.bandwidthProfile!, config.seed);
    const gbps = requirePositive("link.gbps", link.gbps) * requirePositive("link.efficiency", link.efficiency!);
    this.kvLink = new Link(gbps, profile, resolved.timelineBucketSeconds!, this.timelineMaxBuckets);
    this.reverseLink = new Link(gbps, profile, resolved.timelineBucketSeconds!, this.timelineMaxBuckets);
    this.latencyUs = requireInRange("link.latencyMs", link.latencyMs!, 0, Number.MAX_VALUE, "a finite delay of at least 0 ms") * 1000;
    this.intraBytesPerSecond = (requirePositive("link.intraClusterGbps", link.intraClusterGbps!) * 1e9) / 8;
    this.pipelining = link.layerwisePipelining!;
    this.transfers = options.recordTransfers === true ? [] : null;
    if (config.policy === "naive-heterogeneous" && config.prfaasInstances === 0) {
      throw new PrfaasError("INVALID_OPTION", "Policy naive-heterogeneous needs PrfaaS instances; set prfaasInstances ≥ 1.", {
        field: "prfaasInstances",
        value: 0,
      });
    }
    if (config.policy !== "naive-heterogeneous" && config.pdPrefillInstances === 0) {
      throw new PrfaasError("INVALID_OPTION", `Policy ${config.policy} needs PD-P instances; set pdPrefillInstances ≥ 1.`, {
        field: "pdPrefillInstances",
        value: 0,
      });
    }
  }

  run(requests: Iterable<WorkloadRequest>): SimulationResult | SummarySimulationResult {
    this.iterator = requests[Symbol.iterator]();
    this.scheduleNextArrival();
    const loop = this.policy.controlLoop;
    if (loop !== null) this.schedule(loop.periodMs * 1000, EVENT_PRIORITY.controlTick, { kind: "controlTick" });
    if (this.policy.thresholdTokens !== null) this.thresholdTimeline.push({ timeUs: 0, thresholdTokens: this.policy.thresholdTokens });

    for (let event = this.events.pop(); event !== undefined; event = this.events.pop()) {
      this.eventsProcessed++;
      const payload = event.payload;
      // A tick after the last request has finished changes nothing, and the run ends before it.
      if (payload.kind === "controlTick" && this.inFlight === 0 && this.arrivalsDone) continue;
      if (this.ticksRestingSinceUs !== null) this.resumeTicks(event.timeUs, event.priority);
      this.advanceTo(event.timeUs);
      switch (payload.kind) {
        case "arrival":
          this.onArrival(payload.request);
          break;
        case "prefillDone":
          this.onPrefillDone(payload.flight);
          break;
        case "transferWakeup":
          if (this.linkVersions.get(payload.link) === payload.version) this.pumpLink(payload.link);
          break;
        case "kvArrival":
          this.onKvArrival(payload.flight);
          break;
        case "copyArrival":
          this.enqueuePrefill(payload.flight);
          break;
        case "decodeDone":
          this.onDecodeDone(payload.flight, payload.decodeInstance, payload.decodeStartUs);
          break;
        case "controlTick":
          this.onControlTick();
          break;
      }
    }
    this.advanceTo(this.nowUs);
    if (this.waitingTotal() !== 0) throw new Error(`${this.waitingTotal()} requests still count as waiting after the last event.`);
    // Carry the link timelines to the end of the run, so idle time after the last transfer counts.
    this.finishTransfers(this.kvLink.advance(this.lastFinishUs));
    this.finishTransfers(this.reverseLink.advance(this.lastFinishUs));
    const base = {
      config: this.resolved,
      metrics: summarizeRun({
        requests: this.log ?? this.summary!,
        config: this.resolved,
        arrived: this.arrived,
        firstArrivalUs: this.firstArrivalUs,
        lastArrivalUs: this.lastArrivalUs,
        endUs: this.lastFinishUs,
        decodeStepSeconds: this.config.decode.stepTimeS,
        caches: this.caches,
        promptTokens: this.promptTokens,
        reusedPromptTokens: this.reusedPromptTokens,
        linkTimeline: this.kvLink.timeline,
        linkSentBytes: this.kvLink.sentBytesTotal,
        reverseLinkSentBytes: this.reverseLink.sentBytesTotal,
        linkCapacityBytes: this.kvLink.capacityBytesBetween(this.firstArrivalUs, this.lastFinishUs),
        maxLinkUtilisation: Math.max(this.kvLink.maxUtilisation, this.reverseLink.maxUtilisation),
        waitingArea: this.waitingArea,
        waiting: this.waitingWindow.halves(),
        thresholdTimeline: this.thresholdTimeline,
        controlLoopBounds: this.policy.controlLoop?.thresholdBounds ?? null,
        profileExtrapolation: { prfaas: this.config.prfaasPrefill === null ? null : this.extrapolation.prfaas.result(), pd: this.extrapolation.pd.result() },
      }),
      transfers: this.transfers,
    };
    return this.log !== null ? { ...base, log: this.log, summary: null } : { ...base, log: null, summary: this.summary! };
  }

  /**
   * Pushes an event, after checking that its time is a number of µs below 2^53. A later time
   * is not distinct from its neighbours in a double, and an infinite one would never come while
   * the control loop keeps ticking toward it.
   */
  private schedule(timeUs: number, priority: number, payload: Payload): void {
    // A tick past the limit would come after every other event, when no request is left.
    if (payload.kind === "controlTick" && timeUs > Number.MAX_SAFE_INTEGER) return;
    if (!(timeUs <= Number.MAX_SAFE_INTEGER)) {
      throw new PrfaasError(
        "INVALID_OPTION",
        `Invalid configuration or workload: a ${payload.kind} event falls at ${String(timeUs)} µs, past the simulator's limit of 2^53 µs (about 285 years). Check the decode step time, the link latency and rate, and the longest prompts.`,
        { field: payload.kind, value: timeUs },
      );
    }
    this.events.push(timeUs, priority, payload);
  }

  /** Moves the clock, integrating the waiting counts over time. */
  private advanceTo(timeUs: number): void {
    if (timeUs < this.nowUs) throw new Error(`Event time ${timeUs} µs is before the clock ${this.nowUs} µs.`);
    const seconds = (timeUs - this.lastWaitingUs) / 1e6;
    if (seconds > 0) {
      this.waitingArea.prfaas += this.waiting.prfaas * seconds;
      this.waitingArea.pd += this.waiting.pd * seconds;
      this.waitingArea.decode += this.waiting.decode * seconds;
      this.waitingArea.link += this.waiting.link * seconds;
      this.waitingWindow.advance(timeUs, this.waitingTotal());
    }
    this.lastWaitingUs = timeUs;
    this.nowUs = timeUs;
  }

  private waitingTotal(): number {
    return this.waiting.prfaas + this.waiting.pd + this.waiting.decode + this.waiting.link;
  }

  private scheduleNextArrival(): void {
    const next = this.iterator!.next();
    if (next.done === true) {
      this.arrivalsDone = true;
      // The arrival window ends at the last arrival, which has just been queued.
      this.waitingWindow.close(this.lastArrivalUs, this.waitingTotal());
      return;
    }
    const request = next.value;
    checkArrival(request.arrivalUs, this.arrived, this.arrived === 0 ? null : this.lastArrivalUs);
    if (this.arrived === 0) {
      this.firstArrivalUs = request.arrivalUs;
      this.waitingWindow.start(request.arrivalUs);
    }
    this.lastArrivalUs = request.arrivalUs;
    this.schedule(request.arrivalUs, EVENT_PRIORITY.arrival, { kind: "arrival", request });
  }

  private onArrival(request: WorkloadRequest): void {
    checkTokens(request, this.arrived);
    const id = this.arrived++;
    this.inFlight++;
    const view: RequestView = { ...request, id };
    const decision = this.policy.route(view, this.stateView());
    const prefixTokens = Math.min(decision.prefixTokens, request.inputTokens - 1);
    this.promptTokens += request.inputTokens;
    this.reusedPromptTokens += prefixTokens;
    const flight: InFlight = {
      id,
      request,
      cluster: decision.cluster,
      instance: decision.instance,
      prefixTokens,
      computeTokens: request.inputTokens - prefixTokens,
      prefillSeconds: 0,
      prefillStartUs: 0,
      prefillDoneUs: 0,
      kvArrivalUs: 0,
      transfer: null,
      kvSent: false,
      onLink: false,
    };
    // Count the hit in the cache that serves it, refreshing its LRU order.
    this.caches[decision.cluster].lookup(request.hashIds, request.inputTokens);
    if (decision.copyTokens > 0) {
      // A copy of cached prefix KV from the other cluster must land before the prefill starts.
      const link = decision.cluster === "pd" ? this.kvLink : this.reverseLink;
      const bytes = decision.copyTokens * this.costs.prfaas.bytesPerToken + this.costs.prfaas.stateBytes;
      this.enterLinkWait(flight);
      this.startTransfer(link, flight, bytes, null, "copy");
    } else {
      this.enqueuePrefill(flight);
    }
    this.scheduleNextArrival();
  }

  private stateView(): ClusterStateView {
    const cost = this.costs.prfaas;
    return {
      nowUs: this.nowUs,
      prefillInstances: { prfaas: this.prefill.prfaas.length, pd: this.prefill.pd.length },
      prefixTokens: (cluster, request) => this.caches[cluster].peek(request.hashIds, request.inputTokens),
      predictedFreeUs: (cluster, index) => Math.max(this.nowUs, this.prefill[cluster][index]!.backlogEndUs),
      prefillSeconds: (cluster, tokens) => this.costs[cluster].prefillSeconds(Math.max(1, tokens)),
      kvBytes: (tokens) => cost.kvBytes(tokens),
      stateBytes: cost.stateBytes,
      bytesPerToken: cost.bytesPerToken,
      linkBytesPerSecond: this.kvLink.capacityAt(this.nowUs),
      linkTransfers: this.kvLink.transfers.length,
    };
  }

  private enqueuePrefill(flight: InFlight): void {
    const instance = this.prefill[flight.cluster][flight.instance];
    if (instance === undefined) {
      throw new PrfaasError("INVALID_OPTION", `Policy ${this.policy.id} chose ${flight.cluster} instance ${flight.instance}, which does not exist.`, {
        field: "instance",
        value: flight.instance,
      });
    }
    flight.prefillSeconds = this.costs[flight.cluster].prefillSeconds(flight.computeTokens);
    this.extrapolation[flight.cluster].record(flight.computeTokens);
    instance.backlogEndUs = Math.max(instance.backlogEndUs, this.nowUs) + flight.prefillSeconds * 1e6;
    if (instance.busy === null) {
      this.startPrefill(instance, flight);
    } else {
      instance.queue.push(flight);
      this.waiting[flight.cluster]++;
    }
  }

  private startPrefill(instance: PrefillInstance, flight: InFlight): void {
    instance.busy = flight;
    flight.prefillStartUs = this.nowUs;
    this.schedule(this.nowUs + flight.prefillSeconds * 1e6, EVENT_PRIORITY.prefillDone, { kind: "prefillDone", flight });
    if (flight.cluster === "prfaas" && this.pipelining) {
      this.startTransfer(this.kvLink, flight, this.kvTransferBytes(flight), flight.prefillSeconds, "kv");
    }
  }

  /**
   * Bytes an offloaded request sends to the PD cluster: S_kv(l_total) − s_tok × l_dest, where
   * l_dest is the prefix the PD cluster already caches. That is S_state + s_tok × (l_total − l_dest)
   * on a linear S_kv, and without a hit it is the profile's S_kv(l_total), the size behind Φ_kv and
   * the analytical model's network cap. This is the one place the size of a cross-cluster KV
   * transfer is computed.
   */
  private kvTransferBytes(flight: InFlight): number {
    const cost = this.costs.prfaas;
    const inputTokens = flight.request.inputTokens;
    const destinationPrefix = this.caches.pd.peek(flight.request.hashIds, inputTokens);
    this.extrapolation.prfaas.record(inputTokens);
    return Math.max(cost.stateBytes, cost.kvBytes(inputTokens) - cost.bytesPerToken * destinationPrefix);
  }

  private onPrefillDone(flight: InFlight): void {
    flight.prefillDoneUs = this.nowUs;
    this.caches[flight.cluster].insert(flight.request.hashIds, flight.request.inputTokens);
    const instance = this.prefill[flight.cluster][flight.instance]!;
    instance.busy = null;
    if (instance.head < instance.queue.length) {
      const next = instance.queue[instance.head]!;
      instance.queue[instance.head++] = undefined as unknown as InFlight;
      if (instance.head > 1024 && instance.head * 2 > instance.queue.length) {
        instance.queue.splice(0, instance.head);
        instance.head = 0;
      }
      this.waiting[flight.cluster]--;
      this.startPrefill(instance, next);
    }

    if (flight.cluster === "pd") {
      const seconds = this.costs.pd.kvBytes(flight.request.inputTokens) / this.intraBytesPerSecond;
      this.extrapolation.pd.record(flight.request.inputTokens);
      this.schedule(this.nowUs + seconds * 1e6, EVENT_PRIORITY.kvArrival, { kind: "kvArrival", flight });
    } else if (flight.transfer !== null) {
      // A pipelined transfer can end in the same microsecond as the prefill, just before it.
      if (!flight.kvSent) this.enterLinkWait(flight);
      const finished = this.kvLink.prefillDone(this.nowUs, flight.transfer);
      this.finishTransfers(finished);
      this.scheduleLinkWakeup(this.kvLink);
    } else {
      this.enterLinkWait(flight);
      this.startTransfer(this.kvLink, flight, this.kvTransferBytes(flight), null, "kv");
    }
  }

  private enterLinkWait(flight: InFlight): void {
    flight.onLink = true;
    this.waiting.link++;
  }

  private leaveLinkWait(flight: InFlight): void {
    if (!flight.onLink) return;
    flight.onLink = false;
    this.waiting.link--;
  }

  private startTransfer(link: Link, flight: InFlight, bytes: number, pipelinedSeconds: number | null, purpose: "kv" | "copy"): void {
    this.finishTransfers(link.advance(this.nowUs));
    const transfer = link.start(this.nowUs, flight.id, bytes, pipelinedSeconds);
    if (purpose === "kv") flight.transfer = transfer;
    this.transferOwners.set(transfer, { flight, purpose });
    this.scheduleLinkWakeup(link);
  }

  private pumpLink(link: Link): void {
    this.finishTransfers(link.advance(this.nowUs));
    this.scheduleLinkWakeup(link);
  }

  private scheduleLinkWakeup(link: Link): void {
    const version = (this.linkVersions.get(link) ?? 0) + 1;
    this.linkVersions.set(link, version);
    const next = link.nextEventUs(this.nowUs);
    if (Number.isFinite(next)) this.schedule(Math.max(next, this.nowUs), EVENT_PRIORITY.transferWakeup, { kind: "transferWakeup", link, version });
  }

  private finishTransfers(finished: readonly LinkTransfer[]): void {
    for (const transfer of finished) {
      const owner = this.transferOwners.get(transfer)!;
      this.transferOwners.delete(transfer);
      this.transfers?.push({ requestId: transfer.requestId, bytes: transfer.bytes, peakRateBytesPerSecond: transfer.peakRateBytesPerSecond });
      this.leaveLinkWait(owner.flight);
      if (owner.purpose === "kv") owner.flight.kvSent = true;
      if (owner.purpose === "copy" && this.latencyUs === 0) {
        this.enqueuePrefill(owner.flight);
      } else if (owner.purpose === "copy") {
        // A prefix copy crosses the same link as the KV, so it lands one propagation delay later.
        this.schedule(this.nowUs + this.latencyUs, EVENT_PRIORITY.kvArrival, { kind: "copyArrival", flight: owner.flight });
      } else {
        this.schedule(this.nowUs + this.latencyUs, EVENT_PRIORITY.kvArrival, { kind: "kvArrival", flight: owner.flight });
      }
    }
  }

  private onKvArrival(flight: InFlight): void {
    flight.kvArrivalUs = this.nowUs;
    let index: number;
    if (this.policy.decodeChoice === "round-robin") {
      index = this.nextDecode++ % this.decode.length;
    } else {
      index = 0;
      let load = Number.POSITIVE_INFINITY;
      this.decode.forEach((instance, candidate) => {
        const candidateLoad = instance.active + instance.queue.length - instance.head;
        if (candidateLoad < load) {
          load = candidateLoad;
          index = candidate;
        }
      });
    }
    const instance = this.decode[index]!;
    if (instance.active < this.config.decode.bsMax) {
      this.startDecode(instance, index, flight);
    } else {
      instance.queue.push(flight);
      this.waiting.decode++;
    }
  }

  private startDecode(instance: DecodeInstance, index: number, flight: InFlight): void {
    instance.active++;
    const steps = Math.max(1, flight.request.outputTokens);
    this.schedule(this.nowUs + steps * this.config.decode.stepTimeS * 1e6, EVENT_PRIORITY.decodeDone, {
      kind: "decodeDone",
      flight,
      decodeInstance: index,
      decodeStartUs: this.nowUs,
    });
  }

  private onDecodeDone(flight: InFlight, index: number, decodeStartUs: number): void {
    const step = this.config.decode.stepTimeS * 1e6;
    const request = flight.request;
    const times: RequestTimes = {
      arrivalUs: request.arrivalUs,
      prefillStartUs: flight.prefillStartUs,
      prefillDoneUs: flight.prefillDoneUs,
      kvArrivalUs: flight.kvArrivalUs,
      decodeStartUs,
      // The first decode step emits the first output token.
      firstTokenUs: decodeStartUs + step,
      finishUs: this.nowUs,
    };
    const path = flight.cluster === "prfaas" ? PATH_OFFLOADED : PATH_LOCAL;
    if (this.log !== null) this.log.push(flight.id, times, request.inputTokens, flight.computeTokens, request.outputTokens, path);
    else this.summary!.push(times, request.outputTokens, path);
    this.finished++;
    this.inFlight--;
    this.lastFinishUs = this.nowUs;
    const progressEvery = this.config.progressEvery ?? 10_000;
    if (this.config.onProgress !== undefined && this.finished % progressEvery === 0) this.config.onProgress(this.finished);

    const instance = this.decode[index]!;
    instance.active--;
    if (instance.head < instance.queue.length) {
      const next = instance.queue[instance.head]!;
      instance.queue[instance.head++] = undefined as unknown as InFlight;
      if (instance.head > 1024 && instance.head * 2 > instance.queue.length) {
        instance.queue.splice(0, instance.head);
        instance.head = 0;
      }
      this.waiting.decode--;
      this.startDecode(instance, index, next);
    }
  }

  private onControlTick(): void {
    this.controlTicks++;
    const loop = this.policy.controlLoop!;
    this.finishTransfers(this.kvLink.advance(this.nowUs));
    this.scheduleLinkWakeup(this.kvLink);
    const periodSeconds = loop.periodMs / 1000;
    const sent = this.kvLink.sentBytesTotal;
    const utilisation = (sent - this.lastTickBytes) / (this.kvLink.capacityAt(this.nowUs) * periodSeconds);
    this.lastTickBytes = sent;
    const before = this.policy.thresholdTokens;
    this.policy.apply(
      loop.update({
        nowUs: this.nowUs,
        egressUtilisation: utilisation,
        waitingPerInstance: {
          prfaas: this.prefill.prfaas.length === 0 ? 0 : this.waiting.prfaas / this.prefill.prfaas.length,
          pd: this.prefill.pd.length === 0 ? 0 : this.waiting.pd / this.prefill.pd.length,
        },
      }),
    );
    const after = this.policy.thresholdTokens;
    if (after !== null && after !== before) this.thresholdTimeline.push({ timeUs: this.nowUs, thresholdTokens: after });
    // Keep ticking while requests remain, so the loop never keeps the run alive on its own.
    if (this.inFlight === 0 && this.events.size === 0) return;
    if (this.canRestTicks(utilisation)) this.ticksRestingSinceUs = this.nowUs;
    else this.schedule(this.nowUs + loop.periodMs * 1000, EVENT_PRIORITY.controlTick, { kind: "controlTick" });
  }

  /**
   * Returns true when the ticks after this one would change nothing until the next event, so they
   * can be skipped. That holds when the loop has settled on inputs that stay the same. The link
   * sent nothing in the last period and carries no transfer, so the next utilisation is 0 again.
   * No request waits, so the queue inputs stay 0 and the waiting-time integrals gain nothing. A
   * skipped tick would still have extended the idle link's timeline, which {@link resumeTicks} does.
   * NOTE: the smoothed utilisation must first decay to exactly 0 or a fixed point, so after each
   * transfer the ticks run on for about 1,074 periods at smoothing 0.5, and longer at lower smoothing.
   */
  private canRestTicks(utilisation: number): boolean {
    const loop = this.policy.controlLoop!;
    return (
      !this.tickEveryPeriod &&
      loop.settled === true &&
      utilisation === 0 &&
      this.kvLink.transfers.length === 0 &&
      this.waitingTotal() === 0 &&
      canSkipTicks(loop.periodMs * 1000, this.nowUs)
    );
  }

  /**
   * Puts the control ticks back on their grid before the event at `eventUs` with class priority
   * `priority` runs. The idle link's timeline moves to the last skipped tick, as that tick would
   * have moved it, and the first tick after the event is scheduled.
   */
  private resumeTicks(eventUs: number, priority: number): void {
    const placement = placeTickGrid(this.ticksRestingSinceUs!, this.policy.controlLoop!.periodMs * 1000, eventUs, priority);
    this.ticksRestingSinceUs = null;
    if (placement.lastSkippedUs !== null) this.kvLink.advance(placement.lastSkippedUs);
    this.schedule(placement.nextUs, EVENT_PRIORITY.controlTick, { kind: "controlTick" });
  }
}

/** Throws `INVALID_OPTION` unless request `index` has 1 to 2^31 − 1 input tokens and 0 to 2^31 − 1 output tokens. */
function checkTokens(request: WorkloadRequest, index: number): void {
  for (const [field, value, minimum] of [
    ["inputTokens", request.inputTokens, 1],
    ["outputTokens", request.outputTokens, 0],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < minimum || value > MAX_REQUEST_TOKENS) {
      throw new PrfaasError(
        "INVALID_OPTION",
        `Request ${index} has ${field} ${String(value)}: expected a whole number from ${minimum} to ${MAX_REQUEST_TOKENS.toLocaleString("en-US")}.`,
        { field, value },
      );
    }
  }
}

/**
 * Throws `INVALID_OPTION` unless `arrivalUs` is a whole number of µs from 0 to 2^53 − 1 and not
 * before `previousUs`, the arrival of request `index − 1` (null for the first request).
 */
function checkArrival(arrivalUs: number, index: number, previousUs: number | null): void {
  if (!Number.isSafeInteger(arrivalUs) || arrivalUs < 0) {
    throw new PrfaasError(
      "INVALID_OPTION",
      `Request ${index} has arrival time ${String(arrivalUs)} µs: expected a whole number of microseconds from 0 to ${Number.MAX_SAFE_INTEGER}, counted from the start of the workload.`,
      { field: "arrivalUs", value: arrivalUs },
    );
  }
  if (previousUs !== null && arrivalUs < previousUs) {
    throw new PrfaasError(
      "INVALID_OPTION",
      `Request ${index} arrives at ${arrivalUs} µs, before request ${index - 1} at ${previousUs} µs: sort requests by arrival time.`,
      { field: "arrivalUs", value: arrivalUs },
    );
  }
}
