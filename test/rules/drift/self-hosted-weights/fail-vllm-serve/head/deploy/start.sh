#!/usr/bin/env bash
# 在自有 GPU 服务器上启动推理服务
set -euo pipefail
vllm serve /data/models/Qwen2.5-7B-Instruct --port 8000
