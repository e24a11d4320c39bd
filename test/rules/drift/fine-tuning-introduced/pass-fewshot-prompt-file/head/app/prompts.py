"""文案模板：随提示词附上几组示例（few-shot），不改动模型。"""
import json
from pathlib import Path

FEWSHOT = [json.loads(line) for line in Path("prompts/instruction_fewshot.jsonl").read_text("utf-8").splitlines()]
