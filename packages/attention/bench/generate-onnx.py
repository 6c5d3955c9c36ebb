#!/usr/bin/python3
"""Write the onnxruntime-node anchor graphs for bench/attention.bench.ts.

Run with Debian's interpreter and python3-onnx 1.12: /usr/bin/python3 bench/generate-onnx.py.
Each graph is the attention core as plain ONNX operators, MatMul -> Mul(scale) -> [Add(mask)]
-> Softmax -> MatMul, over head-major inputs. Decode stacks the query heads of one KV head along rows (q [H_kv, G, d],
k and v [H_kv, T_k, d]). Prefill puts query heads in the batch axis (q [H_q, T, d]) over one
KV head that MatMul broadcasts (k and v [1, T, d]). Keys are transposed inside the graph.
"""
import math
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))


def attention_graph(name, batch, rows, keys, dim, key_batch, causal=False):
    """q [batch, rows, d]; k, v [key_batch, keys, d]; key_batch 1 broadcasts over query heads."""
    nodes = [
        helper.make_node("Transpose", ["k"], ["k_t"], perm=[0, 2, 1]),
        helper.make_node("MatMul", ["q", "k_t"], ["raw"]),
        helper.make_node("Mul", ["raw", "scale"], ["scores"]),
    ]
    inputs = [
        helper.make_tensor_value_info("q", TensorProto.FLOAT, [batch, rows, dim]),
        helper.make_tensor_value_info("k", TensorProto.FLOAT, [key_batch, keys, dim]),
        helper.make_tensor_value_info("v", TensorProto.FLOAT, [key_batch, keys, dim]),
    ]
    softmax_input = "scores"
    if causal:
        # The additive causal mask [rows, keys] (0 or -inf) is an input, so the file stays small.
        inputs.append(helper.make_tensor_value_info("mask", TensorProto.FLOAT, [rows, keys]))
        nodes.append(helper.make_node("Add", ["scores", "mask"], ["masked"]))
        softmax_input = "masked"
    nodes += [
        helper.make_node("Softmax", [softmax_input], ["p"], axis=-1),
        helper.make_node("MatMul", ["p", "v"], ["out"]),
    ]
    scale = numpy_helper.from_array(np.array(1 / math.sqrt(dim), dtype=np.float32), "scale")
    graph = helper.make_graph(nodes, name, inputs, [helper.make_tensor_value_info("out", TensorProto.FLOAT, [batch, rows, dim])], initializer=[scale])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, f"{name}.onnx"))


# Decode at context 8192: 64 query heads over 8 KV heads of 128, and Step-3's 64 over 1 of 256.
attention_graph("decode-gqa-64-8-128", batch=8, rows=8, keys=8192, dim=128, key_batch=8)
attention_graph("decode-step3-64-1-256", batch=1, rows=64, keys=8192, dim=256, key_batch=1)
# Prefill at T = 2048: 4 query heads over 1 KV head of 128, causal.
attention_graph("prefill-4-1-128", batch=4, rows=2048, keys=2048, dim=128, key_batch=1, causal=True)
print("wrote 3 graphs")
