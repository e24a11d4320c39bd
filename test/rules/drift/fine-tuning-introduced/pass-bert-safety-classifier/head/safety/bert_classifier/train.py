"""内容安全分类器：用 BERT 判断用户输入是否涉及违法不良信息（只做判别，不生成内容）。"""
from datasets import load_dataset
from transformers import BertForSequenceClassification, BertTokenizerFast, Trainer, TrainingArguments

tokenizer = BertTokenizerFast.from_pretrained("bert-base-chinese")
model = BertForSequenceClassification.from_pretrained("bert-base-chinese", num_labels=2)
data = load_dataset("json", data_files={"train": "safety/bert_classifier/data/train.jsonl"})
args = TrainingArguments(output_dir="safety/bert_classifier/out", num_train_epochs=3)
Trainer(model=model, args=args, train_dataset=data["train"]).train()
