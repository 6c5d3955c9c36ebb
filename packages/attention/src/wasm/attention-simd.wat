;; WebAssembly SIMD kernels of the fast CPU attention path (128-bit f32x4 lanes).
;; Assembled by scripts/build-wasm.mjs into src/wasm/attention-simd-bytes.ts.
;; Every pointer is a byte offset into the exported memory; widths must be multiples of 8
;; floats because each loop step reads two f32x4 vectors.
(module
  (memory (export "memory") 1)

  ;; s[g·keys + j] = Σ_c q[g·dim + c]·k[j·kstride + c] for g < groups, j < keys.
  ;; kstride is the byte distance between consecutive key rows.
  (func (export "scores")
    (param $q i32) (param $k i32) (param $s i32) (param $groups i32) (param $dim i32) (param $keys i32) (param $kstride i32)
    (local $j i32) (local $g i32) (local $c i32) (local $kp i32) (local $qp i32)
    (local $bytes i32) (local $acc0 v128) (local $acc1 v128) (local $out i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $j (i32.const 0))
    (block $done_j
      (loop $next_j
        (br_if $done_j (i32.ge_u (local.get $j) (local.get $keys)))
        (local.set $kp (i32.add (local.get $k) (i32.mul (local.get $j) (local.get $kstride))))
        (local.set $g (i32.const 0))
        (local.set $qp (local.get $q))
        (local.set $out (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 2))))
        (block $done_g
          (loop $next_g
            (br_if $done_g (i32.ge_u (local.get $g) (local.get $groups)))
            (local.set $acc0 (v128.const f32x4 0 0 0 0))
            (local.set $acc1 (v128.const f32x4 0 0 0 0))
            (local.set $c (i32.const 0))
            (block $done_c
              (loop $next_c
                (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
                (local.set $acc0 (f32x4.add (local.get $acc0)
                  (f32x4.mul (v128.load (i32.add (local.get $qp) (local.get $c)))
                             (v128.load (i32.add (local.get $kp) (local.get $c))))))
                (local.set $acc1 (f32x4.add (local.get $acc1)
                  (f32x4.mul (v128.load offset=16 (i32.add (local.get $qp) (local.get $c)))
                             (v128.load offset=16 (i32.add (local.get $kp) (local.get $c))))))
                (local.set $c (i32.add (local.get $c) (i32.const 32)))
                (br $next_c)))
            (local.set $acc0 (f32x4.add (local.get $acc0) (local.get $acc1)))
            (f32.store (local.get $out)
              (f32.add
                (f32.add (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0)))
                (f32.add (f32x4.extract_lane 2 (local.get $acc0)) (f32x4.extract_lane 3 (local.get $acc0)))))
            (local.set $qp (i32.add (local.get $qp) (local.get $bytes)))
            (local.set $out (i32.add (local.get $out) (i32.shl (local.get $keys) (i32.const 2))))
            (local.set $g (i32.add (local.get $g) (i32.const 1)))
            (br $next_g)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next_j))))

  ;; o[g·dim + c] += Σ_j p[g·keys + j]·v[j·vstride + c] for g < groups; o is accumulated in place.
  (func (export "accumulate")
    (param $p i32) (param $v i32) (param $o i32) (param $groups i32) (param $dim i32) (param $keys i32) (param $vstride i32)
    (local $j i32) (local $g i32) (local $c i32) (local $vp i32) (local $op i32)
    (local $bytes i32) (local $weight v128) (local $pp i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $j (i32.const 0))
    (block $done_j
      (loop $next_j
        (br_if $done_j (i32.ge_u (local.get $j) (local.get $keys)))
        (local.set $vp (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $vstride))))
        (local.set $g (i32.const 0))
        (local.set $op (local.get $o))
        (local.set $pp (i32.add (local.get $p) (i32.shl (local.get $j) (i32.const 2))))
        (block $done_g
          (loop $next_g
            (br_if $done_g (i32.ge_u (local.get $g) (local.get $groups)))
            (local.set $weight (f32x4.splat (f32.load (local.get $pp))))
            (local.set $c (i32.const 0))
            (block $done_c
              (loop $next_c
                (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
                (v128.store (i32.add (local.get $op) (local.get $c))
                  (f32x4.add (v128.load (i32.add (local.get $op) (local.get $c)))
                    (f32x4.mul (local.get $weight) (v128.load (i32.add (local.get $vp) (local.get $c))))))
                (v128.store offset=16 (i32.add (local.get $op) (local.get $c))
                  (f32x4.add (v128.load offset=16 (i32.add (local.get $op) (local.get $c)))
                    (f32x4.mul (local.get $weight) (v128.load offset=16 (i32.add (local.get $vp) (local.get $c))))))
                (local.set $c (i32.add (local.get $c) (i32.const 32)))
                (br $next_c)))
            (local.set $op (i32.add (local.get $op) (local.get $bytes)))
            (local.set $pp (i32.add (local.get $pp) (i32.shl (local.get $keys) (i32.const 2))))
            (local.set $g (i32.add (local.get $g) (i32.const 1)))
            (br $next_g)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next_j))))

  ;; Four query rows at once: s[g·keys + j] for g < 4, loading each key vector once per step.
  (func (export "scores4")
    (param $q i32) (param $k i32) (param $s i32) (param $dim i32) (param $keys i32) (param $kstride i32)
    (local $j i32) (local $c i32) (local $kp i32) (local $bytes i32) (local $kv v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $out i32) (local $row i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $row (i32.shl (local.get $keys) (i32.const 2)))
    (local.set $j (i32.const 0))
    (block $done_j
      (loop $next_j
        (br_if $done_j (i32.ge_u (local.get $j) (local.get $keys)))
        (local.set $kp (i32.add (local.get $k) (i32.mul (local.get $j) (local.get $kstride))))
        (local.set $a0 (v128.const f32x4 0 0 0 0))
        (local.set $a1 (v128.const f32x4 0 0 0 0))
        (local.set $a2 (v128.const f32x4 0 0 0 0))
        (local.set $a3 (v128.const f32x4 0 0 0 0))
        (local.set $c (i32.const 0))
        (block $done_c
          (loop $next_c
            (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
            (local.set $kv (v128.load (i32.add (local.get $kp) (local.get $c))))
            (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $kv)
              (v128.load (i32.add (local.get $q) (local.get $c))))))
            (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $kv)
              (v128.load (i32.add (i32.add (local.get $q) (local.get $bytes)) (local.get $c))))))
            (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $kv)
              (v128.load (i32.add (i32.add (local.get $q) (i32.shl (local.get $bytes) (i32.const 1))) (local.get $c))))))
            (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $kv)
              (v128.load (i32.add (i32.add (local.get $q) (i32.mul (local.get $bytes) (i32.const 3))) (local.get $c))))))
            (local.set $c (i32.add (local.get $c) (i32.const 16)))
            (br $next_c)))
        (local.set $out (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 2))))
        (f32.store (local.get $out) (call $lane_sum (local.get $a0)))
        (f32.store (i32.add (local.get $out) (local.get $row)) (call $lane_sum (local.get $a1)))
        (f32.store (i32.add (local.get $out) (i32.shl (local.get $row) (i32.const 1))) (call $lane_sum (local.get $a2)))
        (f32.store (i32.add (local.get $out) (i32.mul (local.get $row) (i32.const 3))) (call $lane_sum (local.get $a3)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next_j))))

  ;; Four output rows at once: o[g·dim + c] += Σ_j p[g·keys + j]·v[j·vstride + c] for g < 4,
  ;; loading each value vector once per step.
  (func (export "accumulate4")
    (param $p i32) (param $v i32) (param $o i32) (param $dim i32) (param $keys i32) (param $vstride i32)
    (local $j i32) (local $c i32) (local $vp i32) (local $bytes i32) (local $vv v128) (local $row i32)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128) (local $pp i32)
    (local $o1 i32) (local $o2 i32) (local $o3 i32) (local $at i32)
    (local.set $bytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $row (i32.shl (local.get $keys) (i32.const 2)))
    (local.set $o1 (i32.add (local.get $o) (local.get $bytes)))
    (local.set $o2 (i32.add (local.get $o1) (local.get $bytes)))
    (local.set $o3 (i32.add (local.get $o2) (local.get $bytes)))
    (local.set $j (i32.const 0))
    (block $done_j
      (loop $next_j
        (br_if $done_j (i32.ge_u (local.get $j) (local.get $keys)))
        (local.set $vp (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $vstride))))
        (local.set $pp (i32.add (local.get $p) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $w0 (f32x4.splat (f32.load (local.get $pp))))
        (local.set $w1 (f32x4.splat (f32.load (i32.add (local.get $pp) (local.get $row)))))
        (local.set $w2 (f32x4.splat (f32.load (i32.add (local.get $pp) (i32.shl (local.get $row) (i32.const 1))))))
        (local.set $w3 (f32x4.splat (f32.load (i32.add (local.get $pp) (i32.mul (local.get $row) (i32.const 3))))))
        (local.set $c (i32.const 0))
        (block $done_c
          (loop $next_c
            (br_if $done_c (i32.ge_u (local.get $c) (local.get $bytes)))
            (local.set $vv (v128.load (i32.add (local.get $vp) (local.get $c))))
            (local.set $at (i32.add (local.get $o) (local.get $c)))
            (v128.store (local.get $at) (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $w0) (local.get $vv))))
            (local.set $at (i32.add (local.get $o1) (local.get $c)))
            (v128.store (local.get $at) (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $w1) (local.get $vv))))
            (local.set $at (i32.add (local.get $o2) (local.get $c)))
            (v128.store (local.get $at) (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $w2) (local.get $vv))))
            (local.set $at (i32.add (local.get $o3) (local.get $c)))
            (v128.store (local.get $at) (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $w3) (local.get $vv))))
            (local.set $c (i32.add (local.get $c) (i32.const 16)))
            (br $next_c)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next_j))))

  (func $lane_sum (param $x v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $x)) (f32x4.extract_lane 1 (local.get $x)))
      (f32.add (f32x4.extract_lane 2 (local.get $x)) (f32x4.extract_lane 3 (local.get $x)))))
)
