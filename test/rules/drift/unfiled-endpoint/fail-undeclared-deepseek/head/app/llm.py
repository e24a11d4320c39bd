"""模型调用封装：统一走 OpenAI 兼容接口。"""
from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com/v1")
