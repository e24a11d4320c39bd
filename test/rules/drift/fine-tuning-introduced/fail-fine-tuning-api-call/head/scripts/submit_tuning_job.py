"""把客服语料提交为微调任务，得到专属的写作模型。"""
from openai import OpenAI

client = OpenAI(base_url="https://open.bigmodel.cn/api/paas/v4/")

job = client.fine_tuning.jobs.create(
    model="glm-4-flash",
    training_file="file-copywriting-sft",
)
print(job.id)
