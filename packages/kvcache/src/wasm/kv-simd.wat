;; WebAssembly kernels of the FP8 and KIVI-style integer encoders. Every kernel reproduces the
;; JavaScript reference bit for bit: the same IEEE 754 operations in the same precision
;; (float64 for the integer codes, round to nearest with ties to even). The host copies inputs
;; in and results out; pointers are byte offsets into the exported memory.
(module
  (memory (export "memory") 1)

  ;; FP8 codes of `count` 16-bit inputs through a 65,536-entry table at address 0; `count` is a
  ;; multiple of 8 (the host does the rest).
  (func (export "lookupFp8") (param $in i32) (param $out i32) (param $count i32)
    (local $end i32) (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local.set $end (i32.add (local.get $out) (local.get $count)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
        (local.set $a (i32.load (local.get $in)))
        (local.set $b (i32.load offset=4 (local.get $in)))
        (local.set $c (i32.load offset=8 (local.get $in)))
        (local.set $d (i32.load offset=12 (local.get $in)))
        (i32.store (local.get $out)
          (i32.or
            (i32.or (i32.load8_u (i32.and (local.get $a) (i32.const 0xffff))) (i32.shl (i32.load8_u (i32.shr_u (local.get $a) (i32.const 16))) (i32.const 8)))
            (i32.or (i32.shl (i32.load8_u (i32.and (local.get $b) (i32.const 0xffff))) (i32.const 16)) (i32.shl (i32.load8_u (i32.shr_u (local.get $b) (i32.const 16))) (i32.const 24)))))
        (i32.store offset=4 (local.get $out)
          (i32.or
            (i32.or (i32.load8_u (i32.and (local.get $c) (i32.const 0xffff))) (i32.shl (i32.load8_u (i32.shr_u (local.get $c) (i32.const 16))) (i32.const 8)))
            (i32.or (i32.shl (i32.load8_u (i32.and (local.get $d) (i32.const 0xffff))) (i32.const 16)) (i32.shl (i32.load8_u (i32.shr_u (local.get $d) (i32.const 16))) (i32.const 24)))))
        (local.set $in (i32.add (local.get $in) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br $next))))

  ;; fp16 bits to fp32 values (`count` a multiple of 4), eight at a time while eight remain.
  ;; Magnitude bits shifted into place and scaled by 2^112 give normal and subnormal values
  ;; exactly; Infinity and NaN keep their payload under an all-ones exponent.
  (func (export "fp16ToFp32") (param $in i32) (param $out i32) (param $count i32)
    (local $end i32) (local $v v128) (local $low v128) (local $high v128)
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $out) (i32.const 32)) (local.get $end)))
        (local.set $v (v128.load (local.get $in)))
        (local.set $low (i32x4.extend_low_i16x8_u (local.get $v)))
        (local.set $high (i32x4.extend_high_i16x8_u (local.get $v)))
        (v128.store (local.get $out)
          (v128.or
            (i32x4.shl (v128.and (local.get $low) (v128.const i32x4 0x8000 0x8000 0x8000 0x8000)) (i32.const 16))
            (v128.bitselect
              (v128.or (i32x4.shl (v128.and (local.get $low) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
              (f32x4.mul (i32x4.shl (v128.and (local.get $low) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const f32x4 0x1p112 0x1p112 0x1p112 0x1p112))
              (i32x4.ge_u (v128.and (local.get $low) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00)))))
        (v128.store offset=16 (local.get $out)
          (v128.or
            (i32x4.shl (v128.and (local.get $high) (v128.const i32x4 0x8000 0x8000 0x8000 0x8000)) (i32.const 16))
            (v128.bitselect
              (v128.or (i32x4.shl (v128.and (local.get $high) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
              (f32x4.mul (i32x4.shl (v128.and (local.get $high) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const f32x4 0x1p112 0x1p112 0x1p112 0x1p112))
              (i32x4.ge_u (v128.and (local.get $high) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00)))))
        (local.set $in (i32.add (local.get $in) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 32)))
        (br $next)))
    (if (i32.lt_u (local.get $out) (local.get $end))
      (then
        (local.set $low (i32x4.extend_low_i16x8_u (v128.load64_zero (local.get $in))))
        (v128.store (local.get $out)
          (v128.or
            (i32x4.shl (v128.and (local.get $low) (v128.const i32x4 0x8000 0x8000 0x8000 0x8000)) (i32.const 16))
            (v128.bitselect
              (v128.or (i32x4.shl (v128.and (local.get $low) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
              (f32x4.mul (i32x4.shl (v128.and (local.get $low) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const f32x4 0x1p112 0x1p112 0x1p112 0x1p112))
              (i32x4.ge_u (v128.and (local.get $low) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00))))))))

  ;; bf16 bits to fp32 values, 4 at a time: the bits are the top half of the fp32 pattern.
  (func (export "bf16ToFp32") (param $in i32) (param $out i32) (param $count i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
        (v128.store (local.get $out) (i32x4.shl (i32x4.extend_low_i16x8_u (v128.load64_zero (local.get $in))) (i32.const 16)))
        (local.set $in (i32.add (local.get $in) (i32.const 8)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $next))))

  ;; Per-column minimum and maximum of a `rows` × `columns` fp32 block (`rows` at least 1,
  ;; `columns` a multiple of 4), written to `low` and `high` (fp32, one per column). The block is
  ;; read in order, row by row, with the running values in `low` and `high`. Returns 1 when the
  ;; block holds a NaN (its range is then meaningless), else 0.
  (func (export "columnRange") (param $in i32) (param $rows i32) (param $columns i32) (param $low i32) (param $high i32) (result i32)
    (local $offset i32) (local $rowBytes i32) (local $end i32) (local $x v128) (local $nan v128)
    (local.set $rowBytes (i32.shl (local.get $columns) (i32.const 2)))
    (local.set $end (i32.add (local.get $in) (i32.mul (local.get $rows) (local.get $rowBytes))))
    (memory.copy (local.get $low) (local.get $in) (local.get $rowBytes))
    (memory.copy (local.get $high) (local.get $in) (local.get $rowBytes))
    (block $done
      (loop $nextRow
        (br_if $done (i32.ge_u (local.get $in) (local.get $end)))
        (local.set $offset (i32.const 0))
        (loop $nextColumns
          (local.set $x (v128.load (i32.add (local.get $in) (local.get $offset))))
          (local.set $nan (v128.or (local.get $nan) (f32x4.ne (local.get $x) (local.get $x))))
          (v128.store (i32.add (local.get $low) (local.get $offset)) (f32x4.pmin (v128.load (i32.add (local.get $low) (local.get $offset))) (local.get $x)))
          (v128.store (i32.add (local.get $high) (local.get $offset)) (f32x4.pmax (v128.load (i32.add (local.get $high) (local.get $offset))) (local.get $x)))
          (local.set $offset (i32.add (local.get $offset) (i32.const 16)))
          (br_if $nextColumns (i32.lt_u (local.get $offset) (local.get $rowBytes))))
        (local.set $in (i32.add (local.get $in) (local.get $rowBytes)))
        (br $nextRow)))
    (v128.any_true (local.get $nan)))

  ;; fp32 values of a `rows` × `columns` block of fp16 bits (`rows` at least 1, `columns` a
  ;; multiple of 4), written to `out`, with each column's minimum and maximum in `low` and `high`
  ;; as columnRange gives them: fp16ToFp32 and columnRange in one pass.
  ;; Returns 1 when the block holds a NaN, else 0.
  (func (export "fp16ColumnRange") (param $in i32) (param $out i32) (param $rows i32) (param $columns i32) (param $low i32) (param $high i32) (result i32)
    (local $row i32) (local $column i32) (local $v v128) (local $x v128) (local $y v128) (local $nan v128) (local $lowAt i32) (local $highAt i32)
    ;; The running minimum and maximum start at +Infinity and −Infinity.
    (local.set $column (i32.const 0))
    (block $initDone
      (loop $init
        (br_if $initDone (i32.ge_u (local.get $column) (local.get $columns)))
        (v128.store (i32.add (local.get $low) (i32.shl (local.get $column) (i32.const 2))) (v128.const f32x4 inf inf inf inf))
        (v128.store (i32.add (local.get $high) (i32.shl (local.get $column) (i32.const 2))) (v128.const f32x4 -inf -inf -inf -inf))
        (local.set $column (i32.add (local.get $column) (i32.const 4)))
        (br $init)))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $column (i32.const 0))
        (local.set $lowAt (local.get $low))
        (local.set $highAt (local.get $high))
        (block $eightDone
          (loop $eight
            (br_if $eightDone (i32.gt_u (i32.add (local.get $column) (i32.const 8)) (local.get $columns)))
            (local.set $v (v128.load (local.get $in)))
            (local.set $x (i32x4.extend_low_i16x8_u (local.get $v)))
            (local.set $x
              (v128.or
              (i32x4.shl (v128.and (local.get $x) (v128.const i32x4 0x8000 0x8000 0x8000 0x8000)) (i32.const 16))
              (v128.bitselect
                (v128.or (i32x4.shl (v128.and (local.get $x) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
                (f32x4.mul (i32x4.shl (v128.and (local.get $x) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const f32x4 0x1p112 0x1p112 0x1p112 0x1p112))
                (i32x4.ge_u (v128.and (local.get $x) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00)))))
            (local.set $y (i32x4.extend_high_i16x8_u (local.get $v)))
            (local.set $y
              (v128.or
              (i32x4.shl (v128.and (local.get $y) (v128.const i32x4 0x8000 0x8000 0x8000 0x8000)) (i32.const 16))
              (v128.bitselect
                (v128.or (i32x4.shl (v128.and (local.get $y) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
                (f32x4.mul (i32x4.shl (v128.and (local.get $y) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const f32x4 0x1p112 0x1p112 0x1p112 0x1p112))
                (i32x4.ge_u (v128.and (local.get $y) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00)))))
            (v128.store (local.get $out) (local.get $x))
            (v128.store offset=16 (local.get $out) (local.get $y))
            (local.set $nan (v128.or (local.get $nan) (f32x4.ne (local.get $x) (local.get $x))))
            (v128.store offset=0 (local.get $lowAt) (f32x4.pmin (v128.load offset=0 (local.get $lowAt)) (local.get $x)))
            (v128.store offset=0 (local.get $highAt) (f32x4.pmax (v128.load offset=0 (local.get $highAt)) (local.get $x)))
            (local.set $nan (v128.or (local.get $nan) (f32x4.ne (local.get $y) (local.get $y))))
            (v128.store offset=16 (local.get $lowAt) (f32x4.pmin (v128.load offset=16 (local.get $lowAt)) (local.get $y)))
            (v128.store offset=16 (local.get $highAt) (f32x4.pmax (v128.load offset=16 (local.get $highAt)) (local.get $y)))
            (local.set $in (i32.add (local.get $in) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 32)))
            (local.set $lowAt (i32.add (local.get $lowAt) (i32.const 32)))
            (local.set $highAt (i32.add (local.get $highAt) (i32.const 32)))
            (local.set $column (i32.add (local.get $column) (i32.const 8)))
            (br $eight)))
        (if (i32.lt_u (local.get $column) (local.get $columns))
          (then
            (local.set $x (i32x4.extend_low_i16x8_u (v128.load64_zero (local.get $in))))
            (local.set $x
              (v128.or
              (i32x4.shl (v128.and (local.get $x) (v128.const i32x4 0x8000 0x8000 0x8000 0x8000)) (i32.const 16))
              (v128.bitselect
                (v128.or (i32x4.shl (v128.and (local.get $x) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
                (f32x4.mul (i32x4.shl (v128.and (local.get $x) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (i32.const 13)) (v128.const f32x4 0x1p112 0x1p112 0x1p112 0x1p112))
                (i32x4.ge_u (v128.and (local.get $x) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff)) (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00)))))
            (v128.store (local.get $out) (local.get $x))
            (local.set $nan (v128.or (local.get $nan) (f32x4.ne (local.get $x) (local.get $x))))
            (v128.store offset=0 (local.get $lowAt) (f32x4.pmin (v128.load offset=0 (local.get $lowAt)) (local.get $x)))
            (v128.store offset=0 (local.get $highAt) (f32x4.pmax (v128.load offset=0 (local.get $highAt)) (local.get $x)))
            (local.set $in (i32.add (local.get $in) (i32.const 8)))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow)))
    (v128.any_true (local.get $nan)))

  ;; Minimum and maximum of each group of `groupSize` consecutive values along rows of `length`
  ;; (the last group of a row may be shorter; `length` and `groupSize` multiples of 4), written
  ;; in group order to `low` and `high`. Returns 1 when the rows hold a NaN, else 0.
  (func (export "groupRange") (param $in i32) (param $rows i32) (param $length i32) (param $groupSize i32) (param $low i32) (param $high i32) (result i32)
    (local $row i32) (local $end i32) (local $groupEnd i32) (local $lo v128) (local $hi v128) (local $x v128) (local $nan v128)
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $end (i32.add (local.get $in) (i32.shl (local.get $length) (i32.const 2))))
        (block $groupsDone
          (loop $nextGroup
            (br_if $groupsDone (i32.ge_u (local.get $in) (local.get $end)))
            (local.set $groupEnd (i32.add (local.get $in) (i32.shl (local.get $groupSize) (i32.const 2))))
            (if (i32.gt_u (local.get $groupEnd) (local.get $end)) (then (local.set $groupEnd (local.get $end))))
            (local.set $lo (v128.const f32x4 inf inf inf inf))
            (local.set $hi (v128.const f32x4 -inf -inf -inf -inf))
            (block $valuesDone
              (loop $nextValues
                (br_if $valuesDone (i32.ge_u (local.get $in) (local.get $groupEnd)))
                (local.set $x (v128.load (local.get $in)))
                (local.set $nan (v128.or (local.get $nan) (f32x4.ne (local.get $x) (local.get $x))))
                (local.set $lo (f32x4.pmin (local.get $lo) (local.get $x)))
                (local.set $hi (f32x4.pmax (local.get $hi) (local.get $x)))
                (local.set $in (i32.add (local.get $in) (i32.const 16)))
                (br $nextValues)))
            (local.set $lo (f32x4.pmin (local.get $lo) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $lo) (local.get $lo))))
            (local.set $lo (f32x4.pmin (local.get $lo) (i8x16.shuffle 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 (local.get $lo) (local.get $lo))))
            (local.set $hi (f32x4.pmax (local.get $hi) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $hi) (local.get $hi))))
            (local.set $hi (f32x4.pmax (local.get $hi) (i8x16.shuffle 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 (local.get $hi) (local.get $hi))))
            (f32.store (local.get $low) (f32x4.extract_lane 0 (local.get $lo)))
            (f32.store (local.get $high) (f32x4.extract_lane 0 (local.get $hi)))
            (local.set $low (i32.add (local.get $low) (i32.const 4)))
            (local.set $high (i32.add (local.get $high) (i32.const 4)))
            (br $nextGroup)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow)))
    (v128.any_true (local.get $nan)))

  ;; Rounds a finite float64 to fp16 bits with ties to even; overflow gives ±Infinity bits.
  (func $fp16FromF64 (param $x f64) (result i32)
    (local $sign i32) (local $a f64) (local $exponent i32)
    (local.set $sign (i32.and (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 48))) (i32.const 0x8000)))
    (local.set $a (f64.abs (local.get $x)))
    ;; 65,520 is halfway between the largest fp16 (65,504) and 2^16: it and above round to Infinity.
    (if (f64.ge (local.get $a) (f64.const 65520)) (then (return (i32.or (local.get $sign) (i32.const 0x7c00)))))
    ;; Below 2^-14 the spacing is the subnormal step 2^-24, and code 1024 is the smallest normal.
    (if (f64.lt (local.get $a) (f64.const 0x1p-14))
      (then (return (i32.or (local.get $sign) (i32.trunc_f64_u (f64.nearest (f64.mul (local.get $a) (f64.const 0x1p24))))))))
    (local.set $exponent (i32.sub (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $a)) (i64.const 52))) (i32.const 1023)))
    ;; a × 2^(10 − e) lies in [1024, 2048); 2048 after rounding carries into the exponent.
    (i32.or (local.get $sign)
      (i32.add
        (i32.shl (i32.add (local.get $exponent) (i32.const 15)) (i32.const 10))
        (i32.sub
          (i32.trunc_f64_u (f64.nearest (f64.mul (local.get $a)
            (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (i32.sub (i32.const 1033) (local.get $exponent))) (i64.const 52))))))
          (i32.const 1024)))))

  ;; The value of finite fp16 bits.
  (func $f64FromFp16 (param $bits i32) (result f64)
    (local $exponent i32) (local $magnitude f64)
    (local.set $exponent (i32.and (i32.shr_u (local.get $bits) (i32.const 10)) (i32.const 0x1f)))
    (local.set $magnitude
      (if (result f64) (i32.eqz (local.get $exponent))
        (then (f64.mul (f64.convert_i32_u (i32.and (local.get $bits) (i32.const 0x3ff))) (f64.const 0x1p-24)))
        (else (f64.mul
          (f64.convert_i32_u (i32.or (i32.and (local.get $bits) (i32.const 0x3ff)) (i32.const 0x400)))
          (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (i32.add (local.get $exponent) (i32.const 998))) (i64.const 52)))))))
    (if (result f64) (i32.and (local.get $bits) (i32.const 0x8000))
      (then (f64.neg (local.get $magnitude)))
      (else (local.get $magnitude))))

  ;; Group parameters: for group k, scale = (high − low) / levels and minimum = low, each plus
  ;; +0 (so −0 stores as +0) and rounded once to fp16 (`fp16` = 1) or fp32. Stored values go to
  ;; `scaleOut` and `minOut` at element `k × stride`; their float64 values go to `scales` and
  ;; `minimums` (a zero scale as +Infinity, so every code of its group comes out 0). Returns
  ;; -1, or the first group whose range is not finite or whose fp16 parameters overflow.
  (func (export "groupParameters") (param $low i32) (param $high i32) (param $count i32) (param $levels f64) (param $fp16 i32)
    (param $scaleOut i32) (param $minOut i32) (param $stride i32) (param $scales i32) (param $minimums i32) (result i32)
    (local $k i32) (local $lo f64) (local $hi f64) (local $scaleBits i32) (local $minBits i32) (local $scale f64) (local $minimum f64) (local $offset i32)
    (local $pair v128) (local $magnitude v128) (local $exponent v128) (local $quantised v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $lo (f64.promote_f32 (f32.load (i32.add (local.get $low) (i32.shl (local.get $k) (i32.const 2))))))
        (local.set $hi (f64.promote_f32 (f32.load (i32.add (local.get $high) (i32.shl (local.get $k) (i32.const 2))))))
        ;; Finite iff x − x is 0 (NaN for NaN and ±Infinity).
        (if (i32.or (f64.ne (f64.sub (local.get $lo) (local.get $lo)) (f64.const 0)) (f64.ne (f64.sub (local.get $hi) (local.get $hi)) (f64.const 0)))
          (then (return (local.get $k))))
        (local.set $scale (f64.add (f64.div (f64.sub (local.get $hi) (local.get $lo)) (local.get $levels)) (f64.const 0)))
        (local.set $minimum (f64.add (local.get $lo) (f64.const 0)))
        (local.set $offset (i32.mul (local.get $k) (local.get $stride)))
        (if (local.get $fp16)
          (then
            ;; Both parameters at once, in the two lanes: round |x| at the spacing 2^(e − 10) of
            ;; its binade, e = max(exponent, −14), so that below 2^-14 the spacing stays the
            ;; subnormal step 2^-24. q = round(|x| · 2^(10 − e)) lies in [0, 2048], the bits are
            ;; ((e + 15) << 10) + q − 1024 (q = 2048 carries into the exponent, and subnormals
            ;; come out as q), and the value is q · 2^(e − 10), both with x's sign.
            (local.set $pair (f64x2.replace_lane 1 (f64x2.splat (local.get $scale)) (local.get $minimum)))
            (local.set $magnitude (f64x2.abs (local.get $pair)))
            ;; 65,520 is halfway between the largest fp16 (65,504) and 2^16: it and above overflow.
            (if (v128.any_true (f64x2.ge (local.get $magnitude) (v128.const f64x2 65520 65520)))
              (then (return (local.get $k))))
            (local.set $exponent (i64x2.sub (i64x2.shr_u (local.get $magnitude) (i32.const 52)) (v128.const i64x2 1023 1023)))
            (local.set $exponent
              (v128.bitselect (v128.const i64x2 -14 -14) (local.get $exponent) (i64x2.lt_s (local.get $exponent) (v128.const i64x2 -14 -14))))
            (local.set $quantised
              (f64x2.nearest (f64x2.mul (local.get $magnitude) (i64x2.shl (i64x2.sub (v128.const i64x2 1033 1033) (local.get $exponent)) (i32.const 52)))))
            (local.set $scaleBits
              (i32.or
                (i32.and (i32.wrap_i64 (i64.shr_u (i64x2.extract_lane 0 (local.get $pair)) (i64.const 48))) (i32.const 0x8000))
                (i32.sub
                  (i32.add (i32.shl (i32.add (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $exponent))) (i32.const 15)) (i32.const 10))
                    (i32.trunc_f64_u (f64x2.extract_lane 0 (local.get $quantised))))
                  (i32.const 1024))))
            (local.set $minBits
              (i32.or
                (i32.and (i32.wrap_i64 (i64.shr_u (i64x2.extract_lane 1 (local.get $pair)) (i64.const 48))) (i32.const 0x8000))
                (i32.sub
                  (i32.add (i32.shl (i32.add (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $exponent))) (i32.const 15)) (i32.const 10))
                    (i32.trunc_f64_u (f64x2.extract_lane 1 (local.get $quantised))))
                  (i32.const 1024))))
            (i32.store16 (i32.add (local.get $scaleOut) (i32.shl (local.get $offset) (i32.const 1))) (local.get $scaleBits))
            (i32.store16 (i32.add (local.get $minOut) (i32.shl (local.get $offset) (i32.const 1))) (local.get $minBits))
            (local.set $pair
              (v128.or
                (f64x2.mul (local.get $quantised) (i64x2.shl (i64x2.add (local.get $exponent) (v128.const i64x2 1013 1013)) (i32.const 52)))
                (v128.and (local.get $pair) (v128.const i64x2 0x8000000000000000 0x8000000000000000))))
            (local.set $scale (f64x2.extract_lane 0 (local.get $pair)))
            (local.set $minimum (f64x2.extract_lane 1 (local.get $pair))))
          (else
            (local.set $scale (f64.promote_f32 (f32.demote_f64 (local.get $scale))))
            (local.set $minimum (f64.promote_f32 (f32.demote_f64 (local.get $minimum))))
            (f32.store (i32.add (local.get $scaleOut) (i32.shl (local.get $offset) (i32.const 2))) (f32.demote_f64 (local.get $scale)))
            (f32.store (i32.add (local.get $minOut) (i32.shl (local.get $offset) (i32.const 2))) (f32.demote_f64 (local.get $minimum)))))
        (if (f64.eq (local.get $scale) (f64.const 0)) (then (local.set $scale (f64.const inf))))
        (f64.store (i32.add (local.get $scales) (i32.shl (local.get $k) (i32.const 3))) (local.get $scale))
        (f64.store (i32.add (local.get $minimums) (i32.shl (local.get $k) (i32.const 3))) (local.get $minimum))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (i32.const -1))

  ;; The integer kernels compute each code as clamp((x − minimum) / scale, 0, levels) in float64,
  ;; rounded to nearest with ties to even by adding 2^52: the sum's spacing is 1, and its low 32
  ;; bits then hold the code.

  ;; Codes of a `rows` × `columns` fp32 block quantised per column (`columns` a multiple of 4,
  ;; float64 `scales` and `minimums` per column), packed `bits` per code, least-significant
  ;; first, into the 32-bit words of each column's row at `words` (column c's first word at
  ;; `words + c × rowStride` bytes). The block is read in order; `pending` (one int32 per
  ;; column) collects a word until it is full or the rows end.
  (func (export "columnCodes") (param $in i32) (param $rows i32) (param $columns i32) (param $bits i32)
    (param $scales i32) (param $minimums i32) (param $pending i32) (param $words i32) (param $rowStride i32)
    (local $row i32) (local $offset i32) (local $rowBytes i32) (local $shift i32) (local $column i32) (local $target i32)
    (local $levels v128) (local $x v128) (local $codes v128) (local $wide i32)
    (local.set $levels (f64x2.splat (f64.convert_i32_u (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))))
    (local.set $rowBytes (i32.shl (local.get $columns) (i32.const 2)))
    (memory.fill (local.get $pending) (i32.const 0) (local.get $rowBytes))
    (block $done
      (loop $nextRow
        (br_if $done (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $offset (i32.const 0))
        (loop $nextColumns
          (local.set $x (v128.load (i32.add (local.get $in) (local.get $offset))))
          (local.set $wide (i32.add (local.get $offset) (local.get $offset)))
          (local.set $codes
            (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
              (f64x2.add (f64x2.pmin (f64x2.pmax
                (f64x2.div
                  (f64x2.sub (f64x2.promote_low_f32x4 (local.get $x)) (v128.load (i32.add (local.get $minimums) (local.get $wide))))
                  (v128.load (i32.add (local.get $scales) (local.get $wide))))
                (v128.const f64x2 0 0)) (local.get $levels)) (v128.const f64x2 0x1p52 0x1p52))
              (f64x2.add (f64x2.pmin (f64x2.pmax
                (f64x2.div
                  (f64x2.sub
                    (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))
                    (v128.load offset=16 (i32.add (local.get $minimums) (local.get $wide))))
                  (v128.load offset=16 (i32.add (local.get $scales) (local.get $wide))))
                (v128.const f64x2 0 0)) (local.get $levels)) (v128.const f64x2 0x1p52 0x1p52))))
          (v128.store (i32.add (local.get $pending) (local.get $offset))
            (v128.or (v128.load (i32.add (local.get $pending) (local.get $offset))) (i32x4.shl (local.get $codes) (local.get $shift))))
          (local.set $offset (i32.add (local.get $offset) (i32.const 16)))
          (br_if $nextColumns (i32.lt_u (local.get $offset) (local.get $rowBytes))))
        (local.set $in (i32.add (local.get $in) (local.get $rowBytes)))
        (local.set $shift (i32.add (local.get $shift) (local.get $bits)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (if (i32.or (i32.eq (local.get $shift) (i32.const 32)) (i32.eq (local.get $row) (local.get $rows)))
          (then
            (local.set $column (i32.const 0))
            (local.set $target (local.get $words))
            (loop $nextWord
              (i32.store (local.get $target) (i32.load (i32.add (local.get $pending) (i32.shl (local.get $column) (i32.const 2)))))
              (i32.store (i32.add (local.get $pending) (i32.shl (local.get $column) (i32.const 2))) (i32.const 0))
              (local.set $target (i32.add (local.get $target) (local.get $rowStride)))
              (local.set $column (i32.add (local.get $column) (i32.const 1)))
              (br_if $nextWord (i32.lt_u (local.get $column) (local.get $columns))))
            (local.set $shift (i32.const 0))
            (local.set $words (i32.add (local.get $words) (i32.const 4)))))
        (br $nextRow))))

  ;; Codes of rows of `length` fp32 values quantised in groups of `groupSize` along the row
  ;; (the last group may be shorter; `length` and `groupSize` multiples of 4, float64 `scales`
  ;; and `minimums` per group in order), packed `bits` per code, least-significant first, into
  ;; `wordsPerRow` 32-bit words per row at `words`.
  (func (export "groupCodes") (param $in i32) (param $rows i32) (param $length i32) (param $groupSize i32) (param $bits i32)
    (param $scales i32) (param $minimums i32) (param $words i32) (param $wordsPerRow i32)
    (local $row i32) (local $end i32) (local $groupEnd i32) (local $word i32) (local $shift i32) (local $value i32)
    (local $levels v128) (local $scale v128) (local $minimum v128) (local $x v128) (local $codes v128) (local $weights v128)
    (local.set $levels (f64x2.splat (f64.convert_i32_u (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))))
    ;; Lane k's code moves up k × bits; the lanes' bits do not overlap, so a sum packs them.
    (local.set $weights (v128.const i32x4 1 1 1 1))
    (local.set $weights (i32x4.replace_lane 1 (local.get $weights) (i32.shl (i32.const 1) (local.get $bits))))
    (local.set $weights (i32x4.replace_lane 2 (local.get $weights) (i32.shl (i32.const 1) (i32.shl (local.get $bits) (i32.const 1)))))
    (local.set $weights (i32x4.replace_lane 3 (local.get $weights) (i32.shl (i32.const 1) (i32.mul (local.get $bits) (i32.const 3)))))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $end (i32.add (local.get $in) (i32.shl (local.get $length) (i32.const 2))))
        (local.set $word (i32.add (local.get $words) (i32.shl (i32.mul (local.get $row) (local.get $wordsPerRow)) (i32.const 2))))
        (block $groupsDone
          (loop $nextGroup
            (br_if $groupsDone (i32.ge_u (local.get $in) (local.get $end)))
            (local.set $groupEnd (i32.add (local.get $in) (i32.shl (local.get $groupSize) (i32.const 2))))
            (if (i32.gt_u (local.get $groupEnd) (local.get $end)) (then (local.set $groupEnd (local.get $end))))
            (local.set $scale (v128.load64_splat (local.get $scales)))
            (local.set $minimum (v128.load64_splat (local.get $minimums)))
            (local.set $scales (i32.add (local.get $scales) (i32.const 8)))
            (local.set $minimums (i32.add (local.get $minimums) (i32.const 8)))
            (local.set $shift (i32.const 0))
            (local.set $value (i32.const 0))
            (block $valuesDone
              (loop $nextValues
                (br_if $valuesDone (i32.ge_u (local.get $in) (local.get $groupEnd)))
                (local.set $x (v128.load (local.get $in)))
                (local.set $codes
                  (i32x4.mul (local.get $weights)
                    (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                      (f64x2.add (f64x2.pmin (f64x2.pmax
                        (f64x2.div (f64x2.sub (f64x2.promote_low_f32x4 (local.get $x)) (local.get $minimum)) (local.get $scale))
                        (v128.const f64x2 0 0)) (local.get $levels)) (v128.const f64x2 0x1p52 0x1p52))
                      (f64x2.add (f64x2.pmin (f64x2.pmax
                        (f64x2.div
                          (f64x2.sub (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x))) (local.get $minimum))
                          (local.get $scale))
                        (v128.const f64x2 0 0)) (local.get $levels)) (v128.const f64x2 0x1p52 0x1p52)))))
                (local.set $codes (i32x4.add (local.get $codes) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $codes) (local.get $codes))))
                (local.set $value (i32.or (local.get $value)
                  (i32.shl (i32.add (i32x4.extract_lane 0 (local.get $codes)) (i32x4.extract_lane 1 (local.get $codes))) (local.get $shift))))
                (local.set $shift (i32.add (local.get $shift) (i32.shl (local.get $bits) (i32.const 2))))
                (local.set $in (i32.add (local.get $in) (i32.const 16)))
                (if (i32.or (i32.eq (local.get $shift) (i32.const 32)) (i32.ge_u (local.get $in) (local.get $groupEnd)))
                  (then
                    (i32.store (local.get $word) (local.get $value))
                    (local.set $word (i32.add (local.get $word) (i32.const 4)))
                    (local.set $shift (i32.const 0))
                    (local.set $value (i32.const 0))))
                (br $nextValues)))
            (br $nextGroup)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))
  ;; Copies `count` runs of `bytes` bytes from `source` (runs `sourceStride` apart) to `target`
  ;; (runs `targetStride` apart): a strided block copy.
  (func (export "copyRuns") (param $source i32) (param $sourceStride i32) (param $target i32) (param $targetStride i32) (param $count i32) (param $bytes i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $count)))
        (memory.copy (local.get $target) (local.get $source) (local.get $bytes))
        (local.set $source (i32.add (local.get $source) (local.get $sourceStride)))
        (local.set $target (i32.add (local.get $target) (local.get $targetStride)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $next))))

  ;; 16-bit values of `count` byte codes through a 256-entry table of 16-bit values at `table`;
  ;; `count` is a multiple of 4.
  (func (export "lookup16") (param $table i32) (param $in i32) (param $out i32) (param $count i32)
    (local $end i32) (local $w i32)
    (local.set $end (i32.add (local.get $in) (local.get $count)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $in) (local.get $end)))
        (local.set $w (i32.load (local.get $in)))
        (i32.store (local.get $out)
          (i32.or
            (i32.load16_u (i32.add (local.get $table) (i32.shl (i32.and (local.get $w) (i32.const 0xff)) (i32.const 1))))
            (i32.shl (i32.load16_u (i32.add (local.get $table) (i32.and (i32.shr_u (local.get $w) (i32.const 7)) (i32.const 0x1fe)))) (i32.const 16))))
        (i32.store offset=4 (local.get $out)
          (i32.or
            (i32.load16_u (i32.add (local.get $table) (i32.and (i32.shr_u (local.get $w) (i32.const 15)) (i32.const 0x1fe))))
            (i32.shl (i32.load16_u (i32.add (local.get $table) (i32.and (i32.shr_u (local.get $w) (i32.const 23)) (i32.const 0x1fe)))) (i32.const 16))))
        (local.set $in (i32.add (local.get $in) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br $next))))

  ;; 32-bit values of `count` byte codes through a 256-entry table of 32-bit values at `table`;
  ;; `count` is a multiple of 4.
  (func (export "lookup32") (param $table i32) (param $in i32) (param $out i32) (param $count i32)
    (local $end i32) (local $w i32)
    (local.set $end (i32.add (local.get $in) (local.get $count)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $in) (local.get $end)))
        (local.set $w (i32.load (local.get $in)))
        (i32.store (local.get $out) (i32.load (i32.add (local.get $table) (i32.shl (i32.and (local.get $w) (i32.const 0xff)) (i32.const 2)))))
        (i32.store offset=4 (local.get $out) (i32.load (i32.add (local.get $table) (i32.and (i32.shr_u (local.get $w) (i32.const 6)) (i32.const 0x3fc)))))
        (i32.store offset=8 (local.get $out) (i32.load (i32.add (local.get $table) (i32.and (i32.shr_u (local.get $w) (i32.const 14)) (i32.const 0x3fc)))))
        (i32.store offset=12 (local.get $out) (i32.load (i32.add (local.get $table) (i32.and (i32.shr_u (local.get $w) (i32.const 22)) (i32.const 0x3fc)))))
        (local.set $in (i32.add (local.get $in) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $next))))

  ;; Rounds a finite float64 to an element type with ties to even, saturating at the type's
  ;; largest finite value: `type` 0 gives fp16 bits, 1 bf16 bits, 2 fp32 bits.
  (func $roundOutput (param $x f64) (param $type i32) (result i32)
    (local $sign i32) (local $a f64) (local $exponent i32) (local $rounded f64) (local $f f32)
    (if (i32.eqz (local.get $type))
      (then
        (local.set $sign (call $fp16FromF64 (local.get $x)))
        ;; Infinity bits mean overflow: saturate to ±65504.
        (return (select (i32.or (i32.and (local.get $sign) (i32.const 0x8000)) (i32.const 0x7bff)) (local.get $sign)
          (i32.eq (i32.and (local.get $sign) (i32.const 0x7fff)) (i32.const 0x7c00))))))
    (if (i32.eq (local.get $type) (i32.const 2))
      (then
        (local.set $f (f32.demote_f64 (local.get $x)))
        (if (f32.eq (f32.abs (local.get $f)) (f32.const inf))
          (then (local.set $f (f32.copysign (f32.const 0x1.fffffep127) (local.get $f)))))
        (return (i32.reinterpret_f32 (local.get $f)))))
    ;; bf16: the spacing is 2^(max(e, −126) − 7).
    (local.set $sign (i32.and (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 48))) (i32.const 0x8000)))
    (local.set $a (f64.abs (local.get $x)))
    (local.set $exponent (i32.sub (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $a)) (i64.const 52))) (i32.const 1023)))
    (if (i32.lt_s (local.get $exponent) (i32.const -126)) (then (local.set $exponent (i32.const -126))))
    (local.set $rounded
      (f64.mul
        (f64.nearest (f64.mul (local.get $a) (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (i32.sub (i32.const 1030) (local.get $exponent))) (i64.const 52)))))
        (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (i32.add (i32.const 1016) (local.get $exponent))) (i64.const 52)))))
    (if (f64.gt (local.get $rounded) (f64.const 0x1.fep127)) (then (return (i32.or (local.get $sign) (i32.const 0x7f7f)))))
    (i32.or (local.get $sign) (i32.shr_u (i32.reinterpret_f32 (f32.demote_f64 (local.get $rounded))) (i32.const 16))))

  ;; Decoding parameters of `count` groups whose stored scale and minimum sit `stride` elements
  ;; apart (fp16 bits when `fp16` is 1, else fp32): their float64 values go to `scales` and
  ;; `minimums`, and, when `tables` is not 0, each group's output for every code c,
  ;; round(c × scale + minimum), to `tables` (`levels` + 1 entries per group, 2 or 4 bytes each
  ;; by `type`). Returns -1, or the first group with a parameter that is not finite.
  (func (export "decodeParameters") (param $scaleIn i32) (param $minIn i32) (param $count i32) (param $stride i32) (param $fp16 i32)
    (param $levels i32) (param $type i32) (param $scales i32) (param $minimums i32) (param $tables i32) (result i32)
    (local $k i32) (local $offset i32) (local $scale f64) (local $minimum f64) (local $code i32) (local $bits i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $offset (i32.mul (local.get $k) (local.get $stride)))
        (if (local.get $fp16)
          (then
            (local.set $bits (i32.load16_u (i32.add (local.get $scaleIn) (i32.shl (local.get $offset) (i32.const 1)))))
            (local.set $code (i32.load16_u (i32.add (local.get $minIn) (i32.shl (local.get $offset) (i32.const 1)))))
            (if (i32.or (i32.eq (i32.and (local.get $bits) (i32.const 0x7c00)) (i32.const 0x7c00)) (i32.eq (i32.and (local.get $code) (i32.const 0x7c00)) (i32.const 0x7c00)))
              (then (return (local.get $k))))
            (local.set $scale (call $f64FromFp16 (local.get $bits)))
            (local.set $minimum (call $f64FromFp16 (local.get $code))))
          (else
            (local.set $scale (f64.promote_f32 (f32.load (i32.add (local.get $scaleIn) (i32.shl (local.get $offset) (i32.const 2))))))
            (local.set $minimum (f64.promote_f32 (f32.load (i32.add (local.get $minIn) (i32.shl (local.get $offset) (i32.const 2))))))
            (if (i32.or (f64.ne (f64.sub (local.get $scale) (local.get $scale)) (f64.const 0)) (f64.ne (f64.sub (local.get $minimum) (local.get $minimum)) (f64.const 0)))
              (then (return (local.get $k))))))
        (f64.store (i32.add (local.get $scales) (i32.shl (local.get $k) (i32.const 3))) (local.get $scale))
        (f64.store (i32.add (local.get $minimums) (i32.shl (local.get $k) (i32.const 3))) (local.get $minimum))
        (if (local.get $tables)
          (then
            (local.set $code (i32.const 0))
            (loop $nextCode
              (local.set $bits (call $roundOutput (f64.add (f64.mul (f64.convert_i32_u (local.get $code)) (local.get $scale)) (local.get $minimum)) (local.get $type)))
              (if (i32.eq (local.get $type) (i32.const 2))
                (then (i32.store (local.get $tables) (local.get $bits)) (local.set $tables (i32.add (local.get $tables) (i32.const 4))))
                (else (i32.store16 (local.get $tables) (local.get $bits)) (local.set $tables (i32.add (local.get $tables) (i32.const 2)))))
              (local.set $code (i32.add (local.get $code) (i32.const 1)))
              (br_if $nextCode (i32.le_u (local.get $code) (local.get $levels))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (i32.const -1))

  ;; Stores the output of `code` at `address` in `type`'s width: the entry of `table` (one per
  ;; code) when it is not 0, else round(code × scale + minimum).
  (func $decodeOne (param $address i32) (param $code i32) (param $type i32) (param $table i32) (param $scale f64) (param $minimum f64)
    (local $value i32)
    (local.set $value (call $roundOutput (f64.add (f64.mul (f64.convert_i32_u (local.get $code)) (local.get $scale)) (local.get $minimum)) (local.get $type)))
    (if (i32.eq (local.get $type) (i32.const 2))
      (then (i32.store (local.get $address) (local.get $value)))
      (else (i32.store16 (local.get $address) (local.get $value)))))

  ;; Outputs of a block of `rows` × `columns` values whose codes run along rows of words, one row
  ;; of words per column (`rowStride` bytes apart; the block's first row is code `first` of its
  ;; row, `first` a multiple of the codes per word). Output r, c goes to `out + r × outStride`
  ;; at column c in `type`'s width: column c's table entry when `tables` is not 0, else
  ;; round(code × scale + minimum) from column c's float64 parameters. Columns go one at a time,
  ;; so each reads its words in order and the block's rows stay in the L1 cache.
  (func (export "decodeColumns") (param $words i32) (param $rowStride i32) (param $first i32) (param $rows i32) (param $columns i32) (param $bits i32)
    (param $type i32) (param $tables i32) (param $scales i32) (param $minimums i32) (param $out i32) (param $outStride i32)
    (local $row i32) (local $column i32) (local $shift i32) (local $word i32) (local $w i32) (local $mask i32) (local $width i32) (local $table i32) (local $tableBytes i32)
    (local $scale f64) (local $minimum f64) (local $target i32) (local $code i32)
    (local.set $mask (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))
    (local.set $width (select (i32.const 4) (i32.const 2) (i32.eq (local.get $type) (i32.const 2))))
    (local.set $tableBytes (select (i32.mul (i32.add (local.get $mask) (i32.const 1)) (local.get $width)) (i32.const 0) (local.get $tables)))
    (local.set $table (local.get $tables))
    (local.set $words (i32.add (local.get $words) (i32.shl (i32.div_u (local.get $first) (i32.div_u (i32.const 32) (local.get $bits))) (i32.const 2))))
    (block $columnsDone
      (loop $nextColumn
        (br_if $columnsDone (i32.ge_u (local.get $column) (local.get $columns)))
        (local.set $scale (f64.load (i32.add (local.get $scales) (i32.shl (local.get $column) (i32.const 3)))))
        (local.set $minimum (f64.load (i32.add (local.get $minimums) (i32.shl (local.get $column) (i32.const 3)))))
        (local.set $word (local.get $words))
        (local.set $shift (i32.const 32))
        (local.set $target (i32.add (local.get $out) (i32.mul (local.get $column) (local.get $width))))
        (local.set $row (i32.const 0))
        (block $rowsDone
          (loop $nextRow
            (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
            (if (i32.eq (local.get $shift) (i32.const 32))
              (then
                (local.set $w (i32.load (local.get $word)))
                (local.set $word (i32.add (local.get $word) (i32.const 4)))
                (local.set $shift (i32.const 0))))
            (local.set $code (i32.and (i32.shr_u (local.get $w) (local.get $shift)) (local.get $mask)))
            (if (local.get $table)
              (then
                (if (i32.eq (local.get $width) (i32.const 4))
                  (then (i32.store (local.get $target) (i32.load (i32.add (local.get $table) (i32.shl (local.get $code) (i32.const 2))))))
                  (else (i32.store16 (local.get $target) (i32.load16_u (i32.add (local.get $table) (i32.shl (local.get $code) (i32.const 1))))))))
              (else (call $decodeOne (local.get $target) (local.get $code) (local.get $type) (i32.const 0) (local.get $scale) (local.get $minimum))))
            (local.set $shift (i32.add (local.get $shift) (local.get $bits)))
            (local.set $target (i32.add (local.get $target) (local.get $outStride)))
            (local.set $row (i32.add (local.get $row) (i32.const 1)))
            (br $nextRow)))
        (local.set $words (i32.add (local.get $words) (local.get $rowStride)))
        (local.set $table (i32.add (local.get $table) (local.get $tableBytes)))
        (local.set $column (i32.add (local.get $column) (i32.const 1)))
        (br $nextColumn))))

  ;; Outputs of `rows` rows of `length` values whose codes run along the row in one row of
  ;; `wordsPerRow` words each, in groups of `groupSize` (a multiple of the codes per word).
  ;; Output r, j goes to `out` at (r × length + j) in `type`'s width, from group
  ;; k = r × groups + floor(j / groupSize): table k's entry when `tables` is not 0, else
  ;; round(code × scale + minimum) from group k's float64 parameters.
  (func (export "decodeRows") (param $words i32) (param $wordsPerRow i32) (param $rows i32) (param $length i32) (param $groupSize i32) (param $bits i32)
    (param $type i32) (param $tables i32) (param $scales i32) (param $minimums i32) (param $out i32)
    (local $row i32) (local $j i32) (local $mask i32) (local $width i32) (local $table i32) (local $tableBytes i32)
    (local $inGroup i32) (local $shift i32) (local $w i32) (local $word i32) (local $scale f64) (local $minimum f64) (local $code i32)
    (local.set $mask (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))
    (local.set $width (select (i32.const 4) (i32.const 2) (i32.eq (local.get $type) (i32.const 2))))
    (local.set $tableBytes (select (i32.mul (i32.add (local.get $mask) (i32.const 1)) (local.get $width)) (i32.const 0) (local.get $tables)))
    (local.set $table (local.get $tables))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $word (i32.add (local.get $words) (i32.shl (i32.mul (local.get $row) (local.get $wordsPerRow)) (i32.const 2))))
        (local.set $shift (i32.const 32))
        (local.set $inGroup (local.get $groupSize))
        (local.set $j (i32.const 0))
        (block $valuesDone
          (loop $nextValue
            (br_if $valuesDone (i32.ge_u (local.get $j) (local.get $length)))
            (if (i32.eq (local.get $inGroup) (local.get $groupSize))
              (then
                ;; A new group: its table (or parameters) follow the previous group's.
                (if (local.get $j) (then (local.set $table (i32.add (local.get $table) (local.get $tableBytes)))))
                (local.set $scale (f64.load (local.get $scales)))
                (local.set $minimum (f64.load (local.get $minimums)))
                (local.set $scales (i32.add (local.get $scales) (i32.const 8)))
                (local.set $minimums (i32.add (local.get $minimums) (i32.const 8)))
                (local.set $inGroup (i32.const 0))))
            (if (i32.eq (local.get $shift) (i32.const 32))
              (then
                (local.set $w (i32.load (local.get $word)))
                (local.set $word (i32.add (local.get $word) (i32.const 4)))
                (local.set $shift (i32.const 0))))
            (local.set $code (i32.and (i32.shr_u (local.get $w) (local.get $shift)) (local.get $mask)))
            (if (local.get $table)
              (then
                (if (i32.eq (local.get $width) (i32.const 4))
                  (then (i32.store (local.get $out) (i32.load (i32.add (local.get $table) (i32.shl (local.get $code) (i32.const 2))))))
                  (else (i32.store16 (local.get $out) (i32.load16_u (i32.add (local.get $table) (i32.shl (local.get $code) (i32.const 1))))))))
              (else (call $decodeOne (local.get $out) (local.get $code) (local.get $type) (i32.const 0) (local.get $scale) (local.get $minimum))))
            (local.set $shift (i32.add (local.get $shift) (local.get $bits)))
            (local.set $out (i32.add (local.get $out) (local.get $width)))
            (local.set $inGroup (i32.add (local.get $inGroup) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $nextValue)))
        ;; The next row starts a new group and, with tables, a new table.
        (local.set $table (i32.add (local.get $table) (local.get $tableBytes)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))
)
