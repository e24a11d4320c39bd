#!/bin/sh
# 原样运行开源权重，不做任何修改
set -e
vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000
