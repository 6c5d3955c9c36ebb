import type { LogNormalLengths } from "./length-distribution.js";

/** Arrivals of a synthetic workload. */
export type ArrivalProcess =
  /** Poisson arrivals: exponential gaps with mean 1 / rate. */
  | { kind: "poisson"; ratePerSecond: number }
  /**
   * Bursty arrivals: gamma-distributed gaps with mean 1 / rate and coefficient of variation
   * `cv` (> 1 is burstier than Poisson, 1 is Poisson). `cv` is at most 100, because above it a
   * finite workload's mean gap strays far from 1 / rate.
   */
  | { kind: "gamma"; ratePerSecond: number; cv: number };

/** Output lengths of a synthetic workload. */
export type OutputLengths = { kind: "constant"; tokens: number } | ({ kind: "log-normal" } & LogNormalLengths);

/** A seeded synthetic workload: log-normal input lengths truncated by resampling. */
export interface SyntheticWorkload {
  /** Input lengths: ln L ~ Normal(mu, sigma), resampled until inside [minTokens, maxTokens]. */
  inputLengths: LogNormalLengths;
  outputLengths: OutputLengths;
  arrivals: ArrivalProcess;
  /** Number of requests, at least 1. */
  requests: number;
}
