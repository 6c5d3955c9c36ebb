#!/usr/bin/python3
"""Time mrcfile + NumPy on the benchmark volumes, for the benchmarks page.

Usage (the JS benchmark runs this itself when Debian's python3-mrcfile is installed):

    /usr/bin/python3 packages/cryoet/bench/mrcfile_timings.py OUT.json VOLUME.mrc [VOLUME.mrc ...]

For each volume it times five operations with time.perf_counter and a fixed number of repeats.
The full read is mrcfile.open, which reads the whole data block. Statistics run on the data in
memory: NumPy min, max, mean and std accumulated in float64 (as the JS statistics are), and in
float32 (as mrcfile's update_header_stats does). The slices copy one z, one y and one x slice out
of mrcfile.mmap. Each row names the JS benchmark it compares with (compareWith), or a list of
them: a slice from a memory map compares both with the JS slice from a file and with the JS slice
from bytes in memory.
"""

import json
import os
import platform
import sys
import time

import mrcfile
import numpy as np

REPEATS = {"full read": 3, "statistics": 3, "z-slice": 50, "y-slice": 50, "x-slice": 50}


def timed(action, repeats):
    action()  # warm-up, so that every repeat reads from the page cache
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return {"meanMs": sum(samples) / len(samples), "minMs": min(samples), "samples": len(samples)}


def main():
    out, volumes = sys.argv[1], sys.argv[2:]
    rows = []
    for path in volumes:
        with mrcfile.open(path, header_only=True) as mrc:
            n = int(mrc.header.nx)
        size = f"{n}³"

        def full_read():
            with mrcfile.open(path) as mrc:
                return mrc.data

        rows.append({"case": f"full read {size}: mrcfile.open", **timed(full_read, REPEATS["full read"]), "compareWith": f"full read {size} float32 > readMrcFile"})
        data = full_read()

        def stats64():
            return (data.min(), data.max(), data.mean(dtype=np.float64), data.std(dtype=np.float64))

        rows.append({"case": f"statistics {size}: NumPy min, max, mean and std in float64", **timed(stats64, REPEATS["statistics"]), "compareWith": f"statistics {size} float32 > computeStatistics (data in memory)"})

        def stats32():
            # What mrcfile's update_header_stats computes (it needs a writeable file, so call NumPy directly).
            return (data.min(), data.max(), data.mean(dtype=np.float32), data.std(dtype=np.float32))

        rows.append({"case": f"statistics {size}: NumPy in float32, as mrcfile update_header_stats", **timed(stats32, REPEATS["statistics"]), "compareWith": f"statistics {size} float32 > computeStatistics (data in memory)"})
        del data

        with mrcfile.mmap(path, mode="r") as mrc:
            rows.append({"case": f"z-slice {size}: np.array(mmap.data[k])", **timed(lambda: np.array(mrc.data[n // 2]), REPEATS["z-slice"]), "compareWith": f"z-slice {size} float32 > MrcReader.readSlice z"})
            rows.append({"case": f"y-slice {size}: np.array(mmap.data[:, k, :])", **timed(lambda: np.array(mrc.data[:, n // 2, :]), REPEATS["y-slice"]), "compareWith": [f"y-slice {size} float32 > MrcReader.readSlice y", f"y-slice {size} float32 > MrcReader.readSlice y (bytes in memory)"]})
            rows.append({"case": f"x-slice {size}: np.array(mmap.data[:, :, k])", **timed(lambda: np.array(mrc.data[:, :, n // 2]), REPEATS["x-slice"]), "compareWith": [f"x-slice {size} float32 > MrcReader.readSlice x", f"x-slice {size} float32 > MrcReader.readSlice x (bytes in memory)"]})

    result = {
        "tool": f"mrcfile {mrcfile.__version__} + NumPy {np.__version__} (Python {platform.python_version()})",
        "recorded": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": "packages/cryoet/bench/mrcfile_timings.py",
        "rows": rows,
    }
    with open(out + ".tmp", "w") as handle:
        json.dump(result, handle, indent=2)
        handle.write("\n")
    os.replace(out + ".tmp", out)


if __name__ == "__main__":
    main()
