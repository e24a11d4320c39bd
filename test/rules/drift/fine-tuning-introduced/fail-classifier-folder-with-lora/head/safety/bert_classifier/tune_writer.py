"""借分类器目录给写作模型加 LoRA：这是微调生成模型。"""
from peft import LoraConfig, get_peft_model

config = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"])
