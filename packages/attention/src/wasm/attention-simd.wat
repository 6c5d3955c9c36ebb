;; WebAssembly SIMD kernels of the fast CPU attention path (128-bit f32x4 lanes).
;; Assembled by scripts/build-wasm.mjs into src/wasm/attention-simd-bytes.ts.
;; Every pointer is a byte offset into the exported memory. Head widths must be multiples of 8
;; floats, because the inner loops step over two f32x4 vectors.
;;
;; `attend` runs the online softmax (arXiv:1805.02867) over one contiguous run of keys for a
;; block of query vectors that share a KV head. It walks the keys in tiles of 64 and, per tile,
;; computes the scores of every query vector, updates each query's running maximum and sum, and
;; adds the tile's weighted values to the unnormalised output. Four query vectors share each
;; key and value load, so a key row is read from memory once per block, not once per query head.
(module
  (memory (export "memory") 1)

  ;; Set to 1 when a tile holds a score of −∞, which finite inputs give when a float32 dot
  ;; product overflows. The caller resets it before a call and checks those rows afterwards.
  (global $negative_infinite_score (export "negative_infinite_score") (mut i32) (i32.const 0))

  ;; exp(x) for every lane, for x ≤ 0 (softmax arguments s − m): x = n·ln2 + r with |r| ≤ ln2/2,
  ;; a degree-7 Taylor polynomial for exp(r) (truncation error below 1e-8) and 2^n from the
  ;; exponent bits. Lanes below ln(2^−126) ≈ −87.34, including −∞, give 0. NaN stays NaN.
  (func $exp (param $x v128) (result v128)
    (local $n v128) (local $r v128) (local $p v128) (local $underflow v128)
    (local.set $underflow (f32x4.lt (local.get $x) (v128.const f32x4 -87.33654 -87.33654 -87.33654 -87.33654)))
    (local.set $x (f32x4.max (local.get $x) (v128.const f32x4 -87.33654 -87.33654 -87.33654 -87.33654)))
    (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) (v128.const f32x4 1.44269504 1.44269504 1.44269504 1.44269504))))
    ;; Cody-Waite reduction: ln2 = 0.693359375 − 2.12194440e-4, the first part exact in few bits.
    (local.set $r (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) (v128.const f32x4 0.693359375 0.693359375 0.693359375 0.693359375))))
    (local.set $r (f32x4.sub (local.get $r) (f32x4.mul (local.get $n) (v128.const f32x4 -2.12194440e-4 -2.12194440e-4 -2.12194440e-4 -2.12194440e-4))))
    (local.set $p (v128.const f32x4 1.98412698e-4 1.98412698e-4 1.98412698e-4 1.98412698e-4))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 1.38888889e-3 1.38888889e-3 1.38888889e-3 1.38888889e-3)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 8.33333333e-3 8.33333333e-3 8.33333333e-3 8.33333333e-3)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 4.16666667e-2 4.16666667e-2 4.16666667e-2 4.16666667e-2)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 0.166666667 0.166666667 0.166666667 0.166666667)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 0.5 0.5 0.5 0.5)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 1 1 1 1)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 1 1 1 1)))
    (v128.andnot
      (f32x4.mul (local.get $p)
        (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $n)) (v128.const i32x4 127 127 127 127)) (i32.const 23)))
      (local.get $underflow)))

  ;; Replaces x[i] by exp(x[i]) for i < count (a multiple of 4), for tests of $exp.
  (func (export "exp_in_place") (param $x i32) (param $count i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (v128.store (local.get $x) (call $exp (v128.load (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (br $next))))

  (func $lane_sum (param $x v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $x)) (f32x4.extract_lane 1 (local.get $x)))
      (f32.add (f32x4.extract_lane 2 (local.get $x)) (f32x4.extract_lane 3 (local.get $x)))))

  ;; Returns [Σ lanes of a, Σ lanes of b, Σ lanes of c, Σ lanes of d] with four shuffles.
  (func $lane_sums (param $a v128) (param $b v128) (param $c v128) (param $d v128) (result v128)
    (local $ab v128) (local $cd v128)
    ;; ab = [a0 + a2, b0 + b2, a1 + a3, b1 + b3], cd likewise for c and d.
    (local.set $ab (f32x4.add
      (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a) (local.get $b))
      (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a) (local.get $b))))
    (local.set $cd (f32x4.add
      (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $c) (local.get $d))
      (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $c) (local.get $d))))
    (f32x4.add
      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ab) (local.get $cd))
      (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ab) (local.get $cd))))

  ;; Stores lane g of x at out + 256·g, the rows of four query vectors in the tile scores.
  (func $store_columns (param $out i32) (param $x v128)
    (f32.store offset=0 (local.get $out) (f32x4.extract_lane 0 (local.get $x)))
    (f32.store offset=256 (local.get $out) (f32x4.extract_lane 1 (local.get $x)))
    (f32.store offset=512 (local.get $out) (f32x4.extract_lane 2 (local.get $x)))
    (f32.store offset=768 (local.get $out) (f32x4.extract_lane 3 (local.get $x))))

  ;; s[g·64 + j] = scale · Σ_c q[g·dim + c]·k[j·kstride + c] for g < count, j < n.
  (func $tile_scores
    (param $q i32) (param $count i32) (param $k i32) (param $kstride i32) (param $n i32) (param $dim i32) (param $scale f32) (param $s i32)
    (local $bytes i32) (local $g i32) (local $j i32) (local $c i32)
    (local $q0 i32) (local $q1 i32) (local $q2 i32) (local $q3 i32) (local $k0 i32) (local $k1 i32) (local $out i32)
    (local $x v128) (local $y v128) (local $t v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $g (i32.const 0))
    ;; Blocks of four query vectors against pairs of keys: eight accumulators, six loads per step.
    (block $done_blocks
      (loop $next_block
        (br_if $done_blocks (i32.gt_u (i32.add (local.get $g) (i32.const 4)) (local.get $count)))
        (local.set $q0 (i32.add (local.get $q) (i32.mul (local.get $g) (local.get $bytes))))
        (local.set $q1 (i32.add (local.get $q0) (local.get $bytes)))
        (local.set $q2 (i32.add (local.get $q1) (local.get $bytes)))
        (local.set $q3 (i32.add (local.get $q2) (local.get $bytes)))
        (local.set $j (i32.const 0))
        (block $done_pairs
          (loop $next_pair
            (br_if $done_pairs (i32.gt_u (i32.add (local.get $j) (i32.const 2)) (local.get $n)))
            (local.set $k0 (i32.add (local.get $k) (i32.mul (local.get $j) (local.get $kstride))))
            (local.set $k1 (i32.add (local.get $k0) (local.get $kstride)))
            (local.set $a0 (v128.const i32x4 0 0 0 0))
            (local.set $a1 (v128.const i32x4 0 0 0 0))
            (local.set $a2 (v128.const i32x4 0 0 0 0))
            (local.set $a3 (v128.const i32x4 0 0 0 0))
            (local.set $b0 (v128.const i32x4 0 0 0 0))
            (local.set $b1 (v128.const i32x4 0 0 0 0))
            (local.set $b2 (v128.const i32x4 0 0 0 0))
            (local.set $b3 (v128.const i32x4 0 0 0 0))
            (local.set $c (i32.const 0))
            (block $done_c
              (loop $next_c
                (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
                (local.set $x (v128.load (i32.add (local.get $k0) (local.get $c))))
                (local.set $y (v128.load (i32.add (local.get $k1) (local.get $c))))
                (local.set $t (v128.load (i32.add (local.get $q0) (local.get $c))))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $t) (local.get $x))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $t) (local.get $y))))
                (local.set $t (v128.load (i32.add (local.get $q1) (local.get $c))))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $t) (local.get $x))))
                (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $t) (local.get $y))))
                (local.set $t (v128.load (i32.add (local.get $q2) (local.get $c))))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $t) (local.get $x))))
                (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $t) (local.get $y))))
                (local.set $t (v128.load (i32.add (local.get $q3) (local.get $c))))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $t) (local.get $x))))
                (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $t) (local.get $y))))
                (local.set $c (i32.add (local.get $c) (i32.const 16)))
                (br $next_c)))
            (local.set $out (i32.add (i32.add (local.get $s) (i32.shl (local.get $g) (i32.const 8))) (i32.shl (local.get $j) (i32.const 2))))
            (call $store_columns (local.get $out)
              (f32x4.mul (f32x4.splat (local.get $scale)) (call $lane_sums (local.get $a0) (local.get $a1) (local.get $a2) (local.get $a3))))
            (call $store_columns (i32.add (local.get $out) (i32.const 4))
              (f32x4.mul (f32x4.splat (local.get $scale)) (call $lane_sums (local.get $b0) (local.get $b1) (local.get $b2) (local.get $b3))))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $next_pair)))
        ;; An odd last key of the tile.
        (if (i32.lt_u (local.get $j) (local.get $n))
          (then
            (local.set $k0 (i32.add (local.get $k) (i32.mul (local.get $j) (local.get $kstride))))
            (local.set $a0 (v128.const i32x4 0 0 0 0))
            (local.set $a1 (v128.const i32x4 0 0 0 0))
            (local.set $a2 (v128.const i32x4 0 0 0 0))
            (local.set $a3 (v128.const i32x4 0 0 0 0))
            (local.set $c (i32.const 0))
            (block $done_c
              (loop $next_c
                (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
                (local.set $x (v128.load (i32.add (local.get $k0) (local.get $c))))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (v128.load (i32.add (local.get $q0) (local.get $c))) (local.get $x))))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (v128.load (i32.add (local.get $q1) (local.get $c))) (local.get $x))))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (v128.load (i32.add (local.get $q2) (local.get $c))) (local.get $x))))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (v128.load (i32.add (local.get $q3) (local.get $c))) (local.get $x))))
                (local.set $c (i32.add (local.get $c) (i32.const 16)))
                (br $next_c)))
            (local.set $out (i32.add (i32.add (local.get $s) (i32.shl (local.get $g) (i32.const 8))) (i32.shl (local.get $j) (i32.const 2))))
            (call $store_columns (local.get $out)
              (f32x4.mul (f32x4.splat (local.get $scale)) (call $lane_sums (local.get $a0) (local.get $a1) (local.get $a2) (local.get $a3))))))
        (local.set $g (i32.add (local.get $g) (i32.const 4)))
        (br $next_block)))
    ;; The remaining one to three query vectors, one at a time.
    (block $done_rest
      (loop $next_rest
        (br_if $done_rest (i32.ge_u (local.get $g) (local.get $count)))
        (local.set $q0 (i32.add (local.get $q) (i32.mul (local.get $g) (local.get $bytes))))
        (local.set $j (i32.const 0))
        (block $done_keys
          (loop $next_key
            (br_if $done_keys (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $k0 (i32.add (local.get $k) (i32.mul (local.get $j) (local.get $kstride))))
            (local.set $a0 (v128.const i32x4 0 0 0 0))
            (local.set $a1 (v128.const i32x4 0 0 0 0))
            (local.set $c (i32.const 0))
            (block $done_c
              (loop $next_c
                (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
                (local.set $a0 (f32x4.add (local.get $a0)
                  (f32x4.mul (v128.load (i32.add (local.get $q0) (local.get $c))) (v128.load (i32.add (local.get $k0) (local.get $c))))))
                (local.set $a1 (f32x4.add (local.get $a1)
                  (f32x4.mul (v128.load offset=16 (i32.add (local.get $q0) (local.get $c))) (v128.load offset=16 (i32.add (local.get $k0) (local.get $c))))))
                (local.set $c (i32.add (local.get $c) (i32.const 32)))
                (br $next_c)))
            (f32.store
              (i32.add (i32.add (local.get $s) (i32.shl (local.get $g) (i32.const 8))) (i32.shl (local.get $j) (i32.const 2)))
              (f32.mul (local.get $scale) (call $lane_sum (f32x4.add (local.get $a0) (local.get $a1)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $next_key)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next_rest))))

  ;; Online-softmax update of one tile, per query vector g < count: with the tile's scores
  ;; s[g·64 + j], j < n, the running maximum m and sum l (float64 pairs at state + 16·g) become
  ;; m' = max(m, max_j s) and l' = exp(m − m')·l + Σ_j exp(s_j − m'). The scores are replaced by
  ;; the weights exp(s_j − m'), and alpha[g] receives the rescale factor exp(m − m'), which is 0
  ;; when m = −∞.
  (func $tile_softmax (param $count i32) (param $n i32) (param $state i32) (param $s i32) (param $alpha i32)
    (local $g i32) (local $j i32) (local $row i32) (local $end i32) (local $vector_end i32)
    (local $top v128) (local $bottom v128) (local $maximum f32) (local $minimum f32) (local $previous f64) (local $merged f64) (local $shift v128)
    (local $weights v128) (local $sums v128) (local $tail f32) (local $factor f32) (local $at i32)
    (local $x v128) (local $exponent v128) (local $r v128) (local $p v128) (local $underflow v128)
    (local.set $g (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $g) (local.get $count)))
        (local.set $row (i32.add (local.get $s) (i32.shl (local.get $g) (i32.const 8))))
        (local.set $end (i32.add (local.get $row) (i32.shl (local.get $n) (i32.const 2))))
        (local.set $vector_end (i32.add (local.get $row) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))

        ;; Tile maximum and minimum: four lanes, then the lanes and the tail.
        (local.set $top (v128.const f32x4 -inf -inf -inf -inf))
        (local.set $bottom (v128.const f32x4 inf inf inf inf))
        (local.set $j (local.get $row))
        (block $done_max
          (loop $next_max
            (br_if $done_max (i32.ge_u (local.get $j) (local.get $vector_end)))
            (local.set $top (f32x4.max (local.get $top) (v128.load (local.get $j))))
            (local.set $bottom (f32x4.min (local.get $bottom) (v128.load (local.get $j))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $next_max)))
        (local.set $maximum
          (f32.max
            (f32.max (f32x4.extract_lane 0 (local.get $top)) (f32x4.extract_lane 1 (local.get $top)))
            (f32.max (f32x4.extract_lane 2 (local.get $top)) (f32x4.extract_lane 3 (local.get $top)))))
        (local.set $minimum
          (f32.min
            (f32.min (f32x4.extract_lane 0 (local.get $bottom)) (f32x4.extract_lane 1 (local.get $bottom)))
            (f32.min (f32x4.extract_lane 2 (local.get $bottom)) (f32x4.extract_lane 3 (local.get $bottom)))))
        (block $done_max_tail
          (loop $next_max_tail
            (br_if $done_max_tail (i32.ge_u (local.get $j) (local.get $end)))
            (local.set $maximum (f32.max (local.get $maximum) (f32.load (local.get $j))))
            (local.set $minimum (f32.min (local.get $minimum) (f32.load (local.get $j))))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $next_max_tail)))
        (if (f32.eq (local.get $minimum) (f32.const -inf))
          (then (global.set $negative_infinite_score (i32.const 1))))

        ;; Every maximum is a float32 score or −∞, so demoting the merged maximum is exact.
        (local.set $at (i32.add (local.get $state) (i32.shl (local.get $g) (i32.const 4))))
        (local.set $previous (f64.load (local.get $at)))
        (local.set $merged (f64.max (local.get $previous) (f64.promote_f32 (local.get $maximum))))
        ;; The rescale factor of a state whose maximum is −∞ is 0, not exp(−∞ − (−∞)) = NaN, so
        ;; a run of keys that all score −∞ leaves the state empty (online-softmax merge rule).
        (local.set $factor
          (select
            (f32.const 0)
            (f32x4.extract_lane 0
              (call $exp (f32x4.splat (f32.sub (f32.demote_f64 (local.get $previous)) (f32.demote_f64 (local.get $merged))))))
            (f64.eq (local.get $previous) (f64.const -inf))))
        ;; When the merged maximum is −∞ every score of the tile is −∞: shifting by 0 gives the
        ;; weights exp(−∞) = 0 where s − m' would give NaN.
        (local.set $shift (f32x4.splat
          (select (f32.const 0) (f32.demote_f64 (local.get $merged)) (f64.eq (local.get $merged) (f64.const -inf)))))

        ;; Weights exp(s − m') in place, and their sum.
        (local.set $sums (v128.const i32x4 0 0 0 0))
        (local.set $j (local.get $row))
        (block $done_exp
          (loop $next_exp
            (br_if $done_exp (i32.ge_u (local.get $j) (local.get $vector_end)))
            ;; The steps of $exp, inlined to save a call per vector in this loop.
            (local.set $x (f32x4.sub (v128.load (local.get $j)) (local.get $shift)))
            (local.set $underflow (f32x4.lt (local.get $x) (v128.const f32x4 -87.33654 -87.33654 -87.33654 -87.33654)))
            (local.set $x (f32x4.max (local.get $x) (v128.const f32x4 -87.33654 -87.33654 -87.33654 -87.33654)))
            (local.set $exponent (f32x4.nearest (f32x4.mul (local.get $x) (v128.const f32x4 1.44269504 1.44269504 1.44269504 1.44269504))))
            (local.set $r (f32x4.sub (local.get $x) (f32x4.mul (local.get $exponent) (v128.const f32x4 0.693359375 0.693359375 0.693359375 0.693359375))))
            (local.set $r (f32x4.sub (local.get $r) (f32x4.mul (local.get $exponent) (v128.const f32x4 -2.12194440e-4 -2.12194440e-4 -2.12194440e-4 -2.12194440e-4))))
            (local.set $p (v128.const f32x4 1.98412698e-4 1.98412698e-4 1.98412698e-4 1.98412698e-4))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 1.38888889e-3 1.38888889e-3 1.38888889e-3 1.38888889e-3)))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 8.33333333e-3 8.33333333e-3 8.33333333e-3 8.33333333e-3)))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 4.16666667e-2 4.16666667e-2 4.16666667e-2 4.16666667e-2)))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 0.166666667 0.166666667 0.166666667 0.166666667)))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 0.5 0.5 0.5 0.5)))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 1 1 1 1)))
            (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (v128.const f32x4 1 1 1 1)))
            (local.set $weights (v128.andnot
              (f32x4.mul (local.get $p)
                (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $exponent)) (v128.const i32x4 127 127 127 127)) (i32.const 23)))
              (local.get $underflow)))
            (v128.store (local.get $j) (local.get $weights))
            (local.set $sums (f32x4.add (local.get $sums) (local.get $weights)))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $next_exp)))
        (block $done_exp_tail
          (loop $next_exp_tail
            (br_if $done_exp_tail (i32.ge_u (local.get $j) (local.get $end)))
            (local.set $tail (f32x4.extract_lane 0 (call $exp (f32x4.sub (v128.load32_splat (local.get $j)) (local.get $shift)))))
            (f32.store (local.get $j) (local.get $tail))
            (local.set $sums (f32x4.add (local.get $sums) (f32x4.replace_lane 0 (v128.const i32x4 0 0 0 0) (local.get $tail))))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $next_exp_tail)))

        (f64.store (local.get $at) (local.get $merged))
        (f64.store offset=8 (local.get $at)
          (f64.add
            (f64.mul (f64.load offset=8 (local.get $at)) (f64.promote_f32 (local.get $factor)))
            (f64.promote_f32 (call $lane_sum (local.get $sums)))))
        (f32.store (i32.add (local.get $alpha) (i32.shl (local.get $g) (i32.const 2))) (local.get $factor))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next))))

  ;; o[g·vdim + c] ← alpha[g]·o[g·vdim + c] + Σ_j p[g·64 + j]·v[j·vstride + c] for g < count,
  ;; j < n. Each block of 8 channels of four outputs stays in registers while the tile's keys pass.
  (func $tile_values
    (param $count i32) (param $v i32) (param $vstride i32) (param $n i32) (param $vdim i32) (param $o i32) (param $p i32) (param $alpha i32)
    (local $bytes i32) (local $g i32) (local $c i32) (local $vp i32) (local $pp i32) (local $pend i32) (local $w v128)
    (local $x v128) (local $y v128) (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32) (local $f v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local.set $bytes (i32.shl (local.get $vdim) (i32.const 2)))
    (local.set $g (i32.const 0))
    (block $done_blocks
      (loop $next_block
        (br_if $done_blocks (i32.gt_u (i32.add (local.get $g) (i32.const 4)) (local.get $count)))
        (local.set $o0 (i32.add (local.get $o) (i32.mul (local.get $g) (local.get $bytes))))
        (local.set $o1 (i32.add (local.get $o0) (local.get $bytes)))
        (local.set $o2 (i32.add (local.get $o1) (local.get $bytes)))
        (local.set $o3 (i32.add (local.get $o2) (local.get $bytes)))
        (local.set $c (i32.const 0))
        (block $done_c
          (loop $next_c
            (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
            (local.set $a0 (v128.const i32x4 0 0 0 0))
            (local.set $a1 (v128.const i32x4 0 0 0 0))
            (local.set $a2 (v128.const i32x4 0 0 0 0))
            (local.set $a3 (v128.const i32x4 0 0 0 0))
            (local.set $b0 (v128.const i32x4 0 0 0 0))
            (local.set $b1 (v128.const i32x4 0 0 0 0))
            (local.set $b2 (v128.const i32x4 0 0 0 0))
            (local.set $b3 (v128.const i32x4 0 0 0 0))
            (local.set $vp (i32.add (local.get $v) (local.get $c)))
            (local.set $pp (i32.add (local.get $p) (i32.shl (local.get $g) (i32.const 8))))
            (local.set $pend (i32.add (local.get $pp) (i32.shl (local.get $n) (i32.const 2))))
            (block $done_keys
              (loop $next_key
                (br_if $done_keys (i32.ge_u (local.get $pp) (local.get $pend)))
                (local.set $x (v128.load (local.get $vp)))
                (local.set $y (v128.load offset=16 (local.get $vp)))
                (local.set $w (v128.load32_splat offset=0 (local.get $pp)))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $w) (local.get $x))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $w) (local.get $y))))
                (local.set $w (v128.load32_splat offset=256 (local.get $pp)))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $w) (local.get $x))))
                (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $w) (local.get $y))))
                (local.set $w (v128.load32_splat offset=512 (local.get $pp)))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $w) (local.get $x))))
                (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $w) (local.get $y))))
                (local.set $w (v128.load32_splat offset=768 (local.get $pp)))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $w) (local.get $x))))
                (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $w) (local.get $y))))
                (local.set $vp (i32.add (local.get $vp) (local.get $vstride)))
                (local.set $pp (i32.add (local.get $pp) (i32.const 4)))
                (br $next_key)))
            (local.set $f (v128.load32_splat (i32.add (local.get $alpha) (i32.shl (local.get $g) (i32.const 2)))))
            (v128.store (i32.add (local.get $o0) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load (i32.add (local.get $o0) (local.get $c)))) (local.get $a0)))
            (v128.store offset=16 (i32.add (local.get $o0) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load offset=16 (i32.add (local.get $o0) (local.get $c)))) (local.get $b0)))
            (local.set $f (v128.load32_splat offset=4 (i32.add (local.get $alpha) (i32.shl (local.get $g) (i32.const 2)))))
            (v128.store (i32.add (local.get $o1) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load (i32.add (local.get $o1) (local.get $c)))) (local.get $a1)))
            (v128.store offset=16 (i32.add (local.get $o1) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load offset=16 (i32.add (local.get $o1) (local.get $c)))) (local.get $b1)))
            (local.set $f (v128.load32_splat offset=8 (i32.add (local.get $alpha) (i32.shl (local.get $g) (i32.const 2)))))
            (v128.store (i32.add (local.get $o2) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load (i32.add (local.get $o2) (local.get $c)))) (local.get $a2)))
            (v128.store offset=16 (i32.add (local.get $o2) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load offset=16 (i32.add (local.get $o2) (local.get $c)))) (local.get $b2)))
            (local.set $f (v128.load32_splat offset=12 (i32.add (local.get $alpha) (i32.shl (local.get $g) (i32.const 2)))))
            (v128.store (i32.add (local.get $o3) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load (i32.add (local.get $o3) (local.get $c)))) (local.get $a3)))
            (v128.store offset=16 (i32.add (local.get $o3) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load offset=16 (i32.add (local.get $o3) (local.get $c)))) (local.get $b3)))
            (local.set $c (i32.add (local.get $c) (i32.const 32)))
            (br $next_c)))
        (local.set $g (i32.add (local.get $g) (i32.const 4)))
        (br $next_block)))
    ;; The remaining one to three output vectors, one at a time.
    (block $done_rest
      (loop $next_rest
        (br_if $done_rest (i32.ge_u (local.get $g) (local.get $count)))
        (local.set $o0 (i32.add (local.get $o) (i32.mul (local.get $g) (local.get $bytes))))
        (local.set $f (v128.load32_splat (i32.add (local.get $alpha) (i32.shl (local.get $g) (i32.const 2)))))
        (local.set $c (i32.const 0))
        (block $done_c
          (loop $next_c
            (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
            (local.set $a0 (v128.const i32x4 0 0 0 0))
            (local.set $b0 (v128.const i32x4 0 0 0 0))
            (local.set $vp (i32.add (local.get $v) (local.get $c)))
            (local.set $pp (i32.add (local.get $p) (i32.shl (local.get $g) (i32.const 8))))
            (local.set $pend (i32.add (local.get $pp) (i32.shl (local.get $n) (i32.const 2))))
            (block $done_keys
              (loop $next_key
                (br_if $done_keys (i32.ge_u (local.get $pp) (local.get $pend)))
                (local.set $w (v128.load32_splat (local.get $pp)))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $w) (v128.load (local.get $vp)))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $w) (v128.load offset=16 (local.get $vp)))))
                (local.set $vp (i32.add (local.get $vp) (local.get $vstride)))
                (local.set $pp (i32.add (local.get $pp) (i32.const 4)))
                (br $next_key)))
            (v128.store (i32.add (local.get $o0) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load (i32.add (local.get $o0) (local.get $c)))) (local.get $a0)))
            (v128.store offset=16 (i32.add (local.get $o0) (local.get $c))
              (f32x4.add (f32x4.mul (local.get $f) (v128.load offset=16 (i32.add (local.get $o0) (local.get $c)))) (local.get $b0)))
            (local.set $c (i32.add (local.get $c) (i32.const 32)))
            (br $next_c)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next_rest))))

  ;; Attends `count` packed query vectors q[count, dim] to `keys` consecutive key rows at k (row
  ;; stride kstride bytes) and value rows at v (row stride vstride bytes), continuing the
  ;; softmax states: float64 [m, l] pairs at state, float32 unnormalised outputs o[count, vdim].
  ;; Start from m = −∞, l = 0, o = 0; calls over disjoint key runs merge exactly, up to rounding.
  ;; scratch needs count·260 bytes: tile scores [count, 64] and the rescale factors [count].
  (func (export "attend")
    (param $q i32) (param $count i32) (param $k i32) (param $kstride i32) (param $v i32) (param $vstride i32)
    (param $keys i32) (param $dim i32) (param $vdim i32) (param $scale f32) (param $state i32) (param $o i32) (param $scratch i32)
    (local $t i32) (local $n i32) (local $alpha i32)
    (local.set $alpha (i32.add (local.get $scratch) (i32.shl (local.get $count) (i32.const 8))))
    (local.set $t (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $t) (local.get $keys)))
        (local.set $n (i32.sub (local.get $keys) (local.get $t)))
        (if (i32.gt_u (local.get $n) (i32.const 64)) (then (local.set $n (i32.const 64))))
        (call $tile_scores (local.get $q) (local.get $count) (i32.add (local.get $k) (i32.mul (local.get $t) (local.get $kstride)))
          (local.get $kstride) (local.get $n) (local.get $dim) (local.get $scale) (local.get $scratch))
        (call $tile_softmax (local.get $count) (local.get $n) (local.get $state) (local.get $scratch) (local.get $alpha))
        (call $tile_values (local.get $count) (i32.add (local.get $v) (i32.mul (local.get $t) (local.get $vstride)))
          (local.get $vstride) (local.get $n) (local.get $vdim) (local.get $o) (local.get $scratch) (local.get $alpha))
        (local.set $t (i32.add (local.get $t) (i32.const 64)))
        (br $next))))
)
