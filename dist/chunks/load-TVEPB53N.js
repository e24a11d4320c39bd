import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  Minimatch
} from "./chunk-64YT3S4X.js";
import {
  decodeText,
  parseYaml,
  validateManifest
} from "./chunk-4EOT7NHN.js";
import {
  text
} from "./chunk-SBHQMLNT.js";
import "./chunk-WRGFFDD4.js";

// src/generated/signal-pack.js
var SIGNAL_PACK = { version: 1, fileSets: { python: { globs: ["**/*.{py,pyi,pyw}"], comments: ["#"] }, notebook: { globs: ["**/*.ipynb"] }, javascript: { globs: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,svelte}"], comments: ["//", "/*", "*"] }, native: { globs: ["**/*.{java,kt,kts,scala,go,rs,c,cc,cpp,h,hpp,cs,swift,dart,php}"], comments: ["//", "/*", "*"] }, ruby: { globs: ["**/*.rb"], comments: ["#"] }, shell: { globs: ["**/*.{sh,bash,zsh,ps1}", "**/Makefile", "**/Dockerfile", "**/Dockerfile.*", "**/*.dockerfile", "**/Procfile"], comments: ["#"] }, config: { globs: ["**/*.{yaml,yml,toml,ini,cfg,conf,properties}", "**/.env", "**/.env.*", "**/*.env"], comments: ["#", ";"] }, json: { globs: ["**/*.{json,jsonc,json5}"], comments: ["//"] }, "model-cards": { globs: ["**/{README,MODEL_CARD,model_card,modelcard,ModelCard}.md"] } }, kindSets: { code: ["python", "notebook", "javascript", "native", "ruby", "shell", "config", "json"], endpoint: ["python", "notebook", "javascript", "native", "ruby", "shell", "config", "json"], "model-name": ["python", "notebook", "javascript", "native", "ruby", "shell", "config", "json"], "model-card": ["model-cards"] }, exclude: ["**/node_modules/**", "**/package-lock.json", "**/npm-shrinkwrap.json", "**/pnpm-lock.yaml", "**/yarn.lock", "**/poetry.lock", "**/uv.lock", "**/Pipfile.lock", "**/pdm.lock", "**/conda-lock.yml", "**/*.min.js", "**/*.map"], dependencyFiles: [{ glob: "**/requirements*.{txt,in}", format: "requirements" }, { glob: "**/requirements/*.{txt,in}", format: "requirements" }, { glob: "**/constraints*.txt", format: "requirements" }, { glob: "**/pyproject.toml", format: "pyproject" }, { glob: "**/setup.cfg", format: "setup-cfg" }, { glob: "**/setup.py", format: "pyproject" }, { glob: "**/environment*.{yml,yaml}", format: "conda" }, { glob: "**/Pipfile", format: "pipfile" }, { glob: "**/package.json", format: "package-json" }], signals: [{ id: "adapter-config", kind: "path", pattern: "**/adapter_config.json", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "PEFT/LoRA \u9002\u914D\u5668\u914D\u7F6E\uFF08adapter_config.json\uFF09", en: "a PEFT/LoRA adapter configuration (adapter_config.json)" } }, { id: "adapter-weights", kind: "path", pattern: "**/adapter_model.{safetensors,bin,pt,pth}", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "PEFT/LoRA \u9002\u914D\u5668\u6743\u91CD\uFF08adapter_model.*\uFF09", en: "PEFT/LoRA adapter weights (adapter_model.*)" } }, { id: "lora-directory", kind: "path", pattern: "**/{lora,qlora,lora[-_.]*,qlora[-_.]*,*[-_.]lora,*[-_.]qlora,*[-_.]lora[-_.]*}/**", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "LoRA \u76EE\u5F55\u4E2D\u7684\u6587\u4EF6", en: "a file in a LoRA directory" } }, { id: "finetune-config", kind: "path", pattern: "**/{,*[-_]}{sft,dpo,rlhf,ppo,orpo,kto,grpo,lora,qlora,finetune,fine_tune,fine-tune,finetuning}{,[-_.]*}.{yaml,yml,json,toml}", rule: "drift/fine-tuning-introduced", severity: "error", exclude: ["**/adapter_config.json", "**/package.json", "**/tsconfig*.json"], meaning: { "zh-CN": "\u5FAE\u8C03\u914D\u7F6E\uFF08SFT/DPO/RLHF/LoRA\uFF09", en: "a fine-tuning configuration (SFT/DPO/RLHF/LoRA)" } }, { id: "deepspeed-config", kind: "path", pattern: "**/{ds_config,ds_z[0-3],deepspeed,zero[0-3],zero_stage[0-3]}{,[-_.]*}.json", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "DeepSpeed \u8BAD\u7EC3\u914D\u7F6E", en: "a DeepSpeed training configuration" } }, { id: "training-framework-config", kind: "path", pattern: "**/{axolotl,llamafactory,llama_factory,llama-factory,xtuner,torchtune}/**/*.{yaml,yml,json,py}", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "axolotl / LLaMA-Factory / XTuner / torchtune \u8BAD\u7EC3\u914D\u7F6E", en: "an axolotl / LLaMA-Factory / XTuner / torchtune training configuration" } }, { id: "finetune-script", kind: "path", pattern: "**/{sft,dpo,rlhf,ppo,orpo,kto,grpo,finetune,fine_tune,fine-tune,finetuning,train_lora,train-lora,lora_train,train_sft,train_dpo}{,[-_.]*}.{py,sh,ipynb}", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u5FAE\u8C03\u811A\u672C\uFF08SFT/DPO/RLHF/LoRA\uFF09", en: "a fine-tuning script (SFT/DPO/RLHF/LoRA)" } }, { id: "training-script", kind: "path", pattern: "**/{train,training,train_model,run_train,run_training}{,[-_.]*}.{py,sh,ipynb}", rule: "drift/fine-tuning-introduced", severity: "warning", exclude: ["**/*{sft,dpo,rlhf,ppo,orpo,kto,grpo,lora,finetune,fine_tune,fine-tune,finetuning}*"], meaning: { "zh-CN": "\u8BAD\u7EC3\u811A\u672C\uFF08\u53EF\u80FD\u8BAD\u7EC3\u7684\u662F\u5206\u7C7B\u5668\u7B49\u975E\u751F\u6210\u6A21\u578B\uFF0C\u8BF7\u786E\u8BA4\uFF09", en: "a training script (it may train a classifier or another non-generative model; confirm)" } }, { id: "training-data", kind: "path", pattern: "**/{,*[-_]}{sft,dpo,rlhf,ppo,orpo,kto,preference,preferences,finetune,fine_tune,instruct,instruction,alpaca,sharegpt}{,[-_.]*}.{jsonl,parquet}", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u5FAE\u8C03\u8BAD\u7EC3\u6570\u636E\uFF08SFT/\u504F\u597D\u6570\u636E\uFF09", en: "fine-tuning data (SFT or preference data)" } }, { id: "training-data-generic", kind: "path", pattern: "**/{,*[-_]}{train,training}{,[-_.]*}.{jsonl,parquet}", rule: "drift/fine-tuning-introduced", severity: "warning", exclude: ["**/*{sft,dpo,rlhf,ppo,orpo,kto,preference,finetune,fine_tune,instruct,alpaca,sharegpt}*"], meaning: { "zh-CN": "\u8BAD\u7EC3\u6570\u636E\uFF08\u53EF\u80FD\u7528\u4E8E\u8BAD\u7EC3\u5206\u7C7B\u5668\u7B49\u975E\u751F\u6210\u6A21\u578B\uFF0C\u8BF7\u786E\u8BA4\uFF09", en: "training data (it may train a classifier or another non-generative model; confirm)" } }, { id: "weights-gguf", kind: "path", pattern: "**/*.{gguf,ggml}", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "GGUF/GGML \u5927\u6A21\u578B\u6743\u91CD", en: "GGUF/GGML language-model weights" } }, { id: "weights-shard", kind: "path", pattern: "**/{model,pytorch_model}-[0-9][0-9][0-9][0-9][0-9]-of-[0-9][0-9][0-9][0-9][0-9].{safetensors,bin}", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u5206\u7247\u7684\u6A21\u578B\u6743\u91CD", en: "sharded model weights" } }, { id: "weights-safetensors", kind: "path", pattern: "**/*.safetensors", rule: "drift/self-hosted-weights", severity: "error", minSize: 104857600, exclude: ["**/{model,pytorch_model}-[0-9]*-of-[0-9]*.*", "**/adapter_model.safetensors"], meaning: { "zh-CN": "100 MB \u4EE5\u4E0A\u7684 safetensors \u6A21\u578B\u6743\u91CD", en: "safetensors model weights of 100 MB or more" } }, { id: "weights-checkpoint", kind: "path", pattern: "**/*.{bin,pt,pth,ckpt,h5,msgpack,onnx}", rule: "drift/self-hosted-weights", severity: "error", minSize: 104857600, exclude: ["**/{model,pytorch_model}-[0-9]*-of-[0-9]*.*", "**/adapter_model.{bin,pt,pth}"], meaning: { "zh-CN": "100 MB \u4EE5\u4E0A\u7684\u6A21\u578B\u68C0\u67E5\u70B9", en: "a model checkpoint of 100 MB or more" } }, { id: "dep-peft", kind: "dependency", pattern: "peft", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 peft\uFF08\u53C2\u6570\u9AD8\u6548\u5FAE\u8C03\uFF09", en: "depends on peft (parameter-efficient fine-tuning)" } }, { id: "dep-trl", kind: "dependency", pattern: "trl", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 trl\uFF08SFT/DPO/RLHF \u8BAD\u7EC3\uFF09", en: "depends on trl (SFT/DPO/RLHF training)" } }, { id: "dep-deepspeed", kind: "dependency", pattern: "deepspeed", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 deepspeed\uFF08\u5206\u5E03\u5F0F\u8BAD\u7EC3\uFF09", en: "depends on deepspeed (distributed training)" } }, { id: "dep-axolotl", kind: "dependency", pattern: "axolotl", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 axolotl\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on axolotl (fine-tuning framework)" } }, { id: "dep-llamafactory", kind: "dependency", pattern: "llamafactory", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 LLaMA-Factory\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on LLaMA-Factory (fine-tuning framework)" } }, { id: "dep-llama-factory", kind: "dependency", pattern: "llama-factory", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 LLaMA-Factory\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on LLaMA-Factory (fine-tuning framework)" } }, { id: "dep-unsloth", kind: "dependency", pattern: "unsloth", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 unsloth\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on unsloth (fine-tuning framework)" } }, { id: "dep-xtuner", kind: "dependency", pattern: "xtuner", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 XTuner\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on XTuner (fine-tuning framework)" } }, { id: "dep-ms-swift", kind: "dependency", pattern: "ms-swift", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 ms-swift\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on ms-swift (fine-tuning framework)" } }, { id: "dep-torchtune", kind: "dependency", pattern: "torchtune", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 torchtune\uFF08\u5FAE\u8C03\u6846\u67B6\uFF09", en: "depends on torchtune (fine-tuning framework)" } }, { id: "dep-openrlhf", kind: "dependency", pattern: "openrlhf", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 OpenRLHF\uFF08RLHF \u8BAD\u7EC3\uFF09", en: "depends on OpenRLHF (RLHF training)" } }, { id: "dep-verl", kind: "dependency", pattern: "verl", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 verl\uFF08\u5F3A\u5316\u5B66\u4E60\u8BAD\u7EC3\uFF09", en: "depends on verl (reinforcement-learning training)" } }, { id: "dep-vllm", kind: "dependency", pattern: "vllm", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 vLLM\uFF08\u81EA\u90E8\u7F72\u63A8\u7406\uFF09", en: "depends on vLLM (self-hosted inference)" } }, { id: "dep-sglang", kind: "dependency", pattern: "sglang", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 SGLang\uFF08\u81EA\u90E8\u7F72\u63A8\u7406\uFF09", en: "depends on SGLang (self-hosted inference)" } }, { id: "dep-lmdeploy", kind: "dependency", pattern: "lmdeploy", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 LMDeploy\uFF08\u81EA\u90E8\u7F72\u63A8\u7406\uFF09", en: "depends on LMDeploy (self-hosted inference)" } }, { id: "dep-llama-cpp-python", kind: "dependency", pattern: "llama-cpp-python", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 llama-cpp-python\uFF08\u672C\u5730\u8FD0\u884C\u6743\u91CD\uFF09", en: "depends on llama-cpp-python (runs weights locally)" } }, { id: "dep-node-llama-cpp", kind: "dependency", pattern: "node-llama-cpp", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 node-llama-cpp\uFF08\u672C\u5730\u8FD0\u884C\u6743\u91CD\uFF09", en: "depends on node-llama-cpp (runs weights locally)" } }, { id: "dep-ctransformers", kind: "dependency", pattern: "ctransformers", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 ctransformers\uFF08\u672C\u5730\u8FD0\u884C\u6743\u91CD\uFF09", en: "depends on ctransformers (runs weights locally)" } }, { id: "dep-exllamav2", kind: "dependency", pattern: "exllamav2", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 ExLlamaV2\uFF08\u672C\u5730\u8FD0\u884C\u6743\u91CD\uFF09", en: "depends on ExLlamaV2 (runs weights locally)" } }, { id: "dep-mlc-llm", kind: "dependency", pattern: "mlc-llm", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 MLC LLM\uFF08\u672C\u5730\u8FD0\u884C\u6743\u91CD\uFF09", en: "depends on MLC LLM (runs weights locally)" } }, { id: "dep-web-llm", kind: "dependency", pattern: "@mlc-ai/web-llm", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 WebLLM\uFF08\u5728\u6D4F\u89C8\u5668\u8FD0\u884C\u6743\u91CD\uFF09", en: "depends on WebLLM (runs weights in the browser)" } }, { id: "dep-ollama", kind: "dependency", pattern: "ollama", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u4F9D\u8D56 Ollama \u5BA2\u6237\u7AEF\uFF08\u8C03\u7528\u81EA\u90E8\u7F72\u6A21\u578B\uFF09", en: "depends on the Ollama client (calls a self-hosted model)" } }, { id: "openai-fine-tuning-job", kind: "code", pattern: "\\.(?:fine_tuning|fineTuning)\\.jobs\\.create\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8C03\u7528 OpenAI \u5F0F\u5FAE\u8C03\u63A5\u53E3 fine_tuning.jobs.create\uFF08\u667A\u8C31\u7B49\u517C\u5BB9\u63A5\u53E3\u540C\u7406\uFF09", en: "calls the OpenAI-style fine-tuning API fine_tuning.jobs.create (also Zhipu and other compatible APIs)" } }, { id: "openai-fine-tune-legacy", kind: "code", pattern: "\\b(?:FineTuningJob|FineTune)\\.create\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8C03\u7528 OpenAI \u65E7\u7248\u5FAE\u8C03\u63A5\u53E3", en: "calls the legacy OpenAI fine-tuning API" } }, { id: "fine-tuning-jobs-url", kind: "code", pattern: "/v\\d+/fine_tuning/jobs\\b", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8BF7\u6C42\u5FAE\u8C03\u4EFB\u52A1\u63A5\u53E3 /fine_tuning/jobs", en: "requests the fine-tuning jobs endpoint /fine_tuning/jobs" } }, { id: "fine-tuned-model-id", kind: "code", pattern: "[\"'`]ft:[\\w.-]+:", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F7F\u7528\u5FAE\u8C03\u540E\u7684\u6A21\u578B ID\uFF08ft:\u2026\uFF09", en: "uses a fine-tuned model id (ft:\u2026)" } }, { id: "dashscope-fine-tune", kind: "code", pattern: "\\bFineTunes\\.(?:call|create)\\s*\\(|/api/v1/fine-tunes\\b", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8C03\u7528\u963F\u91CC\u4E91\u767E\u70BC\uFF08DashScope\uFF09\u5FAE\u8C03\u63A5\u53E3", en: "calls the DashScope (Alibaba Cloud Bailian) fine-tuning API" } }, { id: "dashscope-fine-tuned-model", kind: "code", pattern: "[\"'`]qwen[\\w.-]*-ft-\\d", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u4F7F\u7528\u767E\u70BC\u5FAE\u8C03\u540E\u7684\u901A\u4E49\u5343\u95EE\u6A21\u578B", en: "uses a Qwen model fine-tuned on Bailian" } }, { id: "qianfan-fine-tune", kind: "code", pattern: "\\bqianfan\\.trainer\\b|\\bLLMFinetune\\s*\\(|\\bFineTune\\.create_(?:job|task)\\s*\\(|/wenxinworkshop/finetune\\b", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8C03\u7528\u767E\u5EA6\u5343\u5E06\u5FAE\u8C03\u63A5\u53E3", en: "calls the Baidu Qianfan fine-tuning API" } }, { id: "ark-fine-tune", kind: "code", pattern: "\\bCreateModelCustomizationJob\\b|\\bmodel_customization_jobs?\\b", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8C03\u7528\u706B\u5C71\u65B9\u821F\u6A21\u578B\u7CBE\u8C03\u63A5\u53E3", en: "calls the Volcengine Ark model customisation (fine-tuning) API" } }, { id: "peft-get-model", kind: "code", pattern: "\\bget_peft_model\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u7528 PEFT \u5305\u88C5\u6A21\u578B\u4EE5\u8BAD\u7EC3\u9002\u914D\u5668\uFF08get_peft_model\uFF09", en: "wraps a model with PEFT to train an adapter (get_peft_model)" } }, { id: "peft-lora-config", kind: "code", pattern: "\\b(?:LoraConfig|LoRAConfig|PrefixTuningConfig|PromptTuningConfig|IA3Config)\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "PEFT \u5FAE\u8C03\u914D\u7F6E\uFF08LoraConfig \u7B49\uFF09", en: "a PEFT fine-tuning configuration (LoraConfig and the like)" } }, { id: "peft-load-adapter", kind: "code", pattern: "\\bPeftModel(?:ForCausalLM)?\\.from_pretrained\\s*\\(|\\.load_adapter\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u52A0\u8F7D\u5FAE\u8C03\u9002\u914D\u5668\u8FD0\u884C", en: "loads a fine-tuned adapter" } }, { id: "trl-trainer", kind: "code", pattern: "\\b(?:SFT|DPO|OnlineDPO|PPO|ORPO|KTO|GRPO|CPO|Reward|RLOO|Seq2Seq)Trainer\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "TRL \u8BAD\u7EC3\u5668\uFF08SFT/DPO/PPO/\u5956\u52B1\u6A21\u578B\u7B49\uFF09", en: "a TRL trainer (SFT, DPO, PPO, reward model and the like)" } }, { id: "hf-trainer", kind: "code", pattern: "\\btransformers\\.Trainer\\s*\\(|\\b(?:Seq2Seq)?TrainingArguments\\s*\\(|^\\s*from\\s+transformers\\s+import\\b.*\\bTrainer\\b", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "Hugging Face Trainer \u8BAD\u7EC3", en: "training with the Hugging Face Trainer" } }, { id: "deepspeed-initialize", kind: "code", pattern: "\\bdeepspeed\\.initialize\\s*\\(", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "DeepSpeed \u8BAD\u7EC3\u521D\u59CB\u5316", en: "initialises DeepSpeed training" } }, { id: "finetune-cli", kind: "code", pattern: "\\bllamafactory-cli\\s+train\\b|\\baxolotl(?:\\.cli)?\\.train\\b|\\baxolotl\\s+train\\b|\\bxtuner\\s+train\\b|\\bswift\\s+(?:sft|rlhf)\\b|\\btune\\s+run\\s+[\\w/]*(?:lora|full)_finetune", rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u8FD0\u884C\u5FAE\u8C03\u547D\u4EE4\uFF08LLaMA-Factory / axolotl / XTuner / SWIFT / torchtune\uFF09", en: "runs a fine-tuning command (LLaMA-Factory, axolotl, XTuner, SWIFT, torchtune)" } }, { id: "finetune-config-keys", kind: "code", pattern: `^\\s*["']?(?:finetuning_type|lora_r|lora_rank|lora_alpha|lora_target|lora_target_modules|qlora)["']?\\s*[:=]`, rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u5FAE\u8C03\u914D\u7F6E\u9879\uFF08finetuning_type\u3001lora_r\u3001lora_alpha \u7B49\uFF09", en: "a fine-tuning setting (finetuning_type, lora_r, lora_alpha and the like)" } }, { id: "axolotl-adapter-key", kind: "code", in: ["config"], pattern: `^adapter:\\s*["']?q?lora\\b`, rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "axolotl \u9002\u914D\u5668\u5FAE\u8C03\u914D\u7F6E\uFF08adapter: lora\uFF09", en: "an axolotl adapter fine-tuning setting (adapter: lora)" } }, { id: "hf-causal-lm", kind: "code", pattern: `\\bAutoModelFor(?:CausalLM|Seq2SeqLM|Vision2Seq|ImageTextToText)\\.from_pretrained\\s*\\(|\\bpipeline\\s*\\(\\s*(?:task\\s*=\\s*)?["'](?:text-generation|text2text-generation|image-text-to-text)["']`, rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u5728\u672C\u5730\u52A0\u8F7D\u751F\u6210\u5F0F\u6A21\u578B\u6743\u91CD\uFF08transformers\uFF09", en: "loads generative-model weights locally (transformers)" } }, { id: "vllm-engine", kind: "code", pattern: "^\\s*from vllm\\s+import\\b|^\\s*import vllm\\b|\\bvllm serve\\b|\\bvllm\\.entrypoints\\b|\\bvllm/vllm-openai\\b", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u7528 vLLM \u81EA\u90E8\u7F72\u6A21\u578B", en: "self-hosts a model with vLLM" } }, { id: "llama-cpp", kind: "code", pattern: "^\\s*from\\s+llama_cpp\\s+import\\b|\\bLlama\\s*\\(\\s*model_path\\s*=|\\bllama-server\\b|\\bllama\\.cpp/server\\b", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u7528 llama.cpp \u8FD0\u884C\u672C\u5730\u6743\u91CD", en: "runs local weights with llama.cpp" } }, { id: "ollama-serve", kind: "code", pattern: "\\bollama\\s+(?:pull|run|serve|create)\\b|\\b(?:localhost|127\\.0\\.0\\.1):11434\\b", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u8FD0\u884C\u6216\u8C03\u7528\u672C\u5730 Ollama \u6A21\u578B", en: "runs or calls a local Ollama model" } }, { id: "inference-server-image", kind: "code", pattern: "\\bhuggingface/text-generation-inference\\b|\\blmsysorg/sglang\\b|\\bsglang\\.launch_server\\b|\\blmdeploy\\s+serve\\b|\\bopenmmlab/lmdeploy\\b|\\bnvcr\\.io/nvidia/tritonserver\\b.*trtllm", rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u81EA\u90E8\u7F72\u63A8\u7406\u670D\u52A1\uFF08TGI / SGLang / LMDeploy / TensorRT-LLM\uFF09", en: "a self-hosted inference server (TGI, SGLang, LMDeploy, TensorRT-LLM)" } }, { id: "card-finetune", kind: "model-card", pattern: `^base_model_relation:\\s*["']?finetune\\b`, rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u6A21\u578B\u5361\u58F0\u660E\u57FA\u4E8E\u57FA\u5EA7\u6A21\u578B\u5FAE\u8C03\uFF08base_model_relation: finetune\uFF09", en: "a model card declaring a fine-tune of a base model (base_model_relation: finetune)" } }, { id: "card-adapter", kind: "model-card", pattern: `^base_model_relation:\\s*["']?adapter\\b`, rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u6A21\u578B\u5361\u58F0\u660E\u4E3A\u57FA\u5EA7\u6A21\u578B\u7684\u9002\u914D\u5668\uFF08base_model_relation: adapter\uFF09", en: "a model card declaring an adapter of a base model (base_model_relation: adapter)" } }, { id: "card-merge", kind: "model-card", pattern: `^base_model_relation:\\s*["']?merge\\b`, rule: "drift/fine-tuning-introduced", severity: "error", meaning: { "zh-CN": "\u6A21\u578B\u5361\u58F0\u660E\u4E3A\u5408\u5E76\u6A21\u578B\uFF08base_model_relation: merge\uFF09", en: "a model card declaring a merged model (base_model_relation: merge)" } }, { id: "card-quantized", kind: "model-card", pattern: `^base_model_relation:\\s*["']?quantized\\b`, rule: "drift/self-hosted-weights", severity: "error", meaning: { "zh-CN": "\u6A21\u578B\u5361\u58F0\u660E\u4E3A\u91CF\u5316\u6743\u91CD\uFF08base_model_relation: quantized\uFF09", en: "a model card declaring quantised weights (base_model_relation: quantized)" } }, { id: "endpoint-openai", kind: "endpoint", pattern: "(?<![\\w-])api\\.openai\\.com\\b(?![\\w-])|(?<![\\w-])[\\w-]+\\.openai\\.azure\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u8C03\u7528 OpenAI / Azure OpenAI \u63A5\u53E3\uFF08\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "calls the OpenAI or Azure OpenAI API (not filed in China)" } }, { id: "endpoint-anthropic", kind: "endpoint", pattern: "(?<![\\w-])api\\.anthropic\\.com\\b(?![\\w-])|\\bbedrock-runtime\\.[\\w-]+\\.amazonaws\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u8C03\u7528 Anthropic / Amazon Bedrock \u63A5\u53E3\uFF08\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "calls the Anthropic or Amazon Bedrock API (not filed in China)" } }, { id: "endpoint-google", kind: "endpoint", pattern: "(?<![\\w-])generativelanguage\\.googleapis\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u8C03\u7528 Google Gemini \u63A5\u53E3\uFF08\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "calls the Google Gemini API (not filed in China)" } }, { id: "endpoint-other-foreign", kind: "endpoint", pattern: "(?<![\\w-])(?:api\\.mistral\\.ai|openrouter\\.ai/api|api\\.groq\\.com|api\\.together\\.xyz|api\\.together\\.ai|api\\.cohere\\.(?:com|ai)|api\\.x\\.ai|api\\.perplexity\\.ai|api\\.fireworks\\.ai|api-inference\\.huggingface\\.co|router\\.huggingface\\.co)\\b", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u8C03\u7528\u5883\u5916\u5927\u6A21\u578B\u63A5\u53E3\uFF08Mistral\u3001OpenRouter\u3001Groq\u3001Together\u3001Cohere\u3001xAI \u7B49\uFF0C\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "calls a foreign model API (Mistral, OpenRouter, Groq, Together, Cohere, xAI and others; not filed in China)" } }, { id: "model-gpt", kind: "model-name", pattern: "(?<![\\w./-])(?:gpt-(?:3\\.5-turbo|4|4o|4\\.1|4\\.5|5)|chatgpt-4o|o1-(?:mini|preview|pro)|o3-(?:mini|pro)|o4-mini)[\\w.-]*(?![\\w./-])", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u4F7F\u7528 OpenAI \u7684 GPT \u6A21\u578B\uFF08\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "uses an OpenAI GPT model (not filed in China)" } }, { id: "model-claude", kind: "model-name", pattern: "(?<![\\w./-])claude-(?:instant|2|3|opus|sonnet|haiku)[\\w.-]*(?![\\w./-])", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u4F7F\u7528 Anthropic \u7684 Claude \u6A21\u578B\uFF08\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "uses an Anthropic Claude model (not filed in China)" } }, { id: "model-gemini", kind: "model-name", pattern: "(?<![\\w./-])gemini-(?:1\\.0|1\\.5|2\\.0|2\\.5|3|pro|ultra|flash|exp)[\\w.-]*(?![\\w./-])", rule: "drift/unfiled-endpoint", severity: "error", meaning: { "zh-CN": "\u4F7F\u7528 Google \u7684 Gemini \u6A21\u578B\uFF08\u672A\u5728\u5883\u5185\u5907\u6848\uFF09", en: "uses a Google Gemini model (not filed in China)" } }, { id: "endpoint-dashscope", kind: "endpoint", pattern: "(?<![\\w-])dashscope(?:-intl)?\\.aliyuncs\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u963F\u91CC\u4E91\u767E\u70BC", aliases: ["\u963F\u91CC", "\u901A\u4E49", "\u767E\u70BC", "alibaba", "aliyun", "dashscope", "qwen", "tongyi"] }, meaning: { "zh-CN": "\u8C03\u7528\u963F\u91CC\u4E91\u767E\u70BC\uFF08DashScope\uFF09\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls Alibaba Cloud Bailian (DashScope), but the manifest declares no filed model of this provider" } }, { id: "endpoint-qianfan", kind: "endpoint", pattern: "(?<![\\w-])(?:qianfan|aip)\\.baidubce\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u767E\u5EA6\u5343\u5E06", aliases: ["\u767E\u5EA6", "\u6587\u5FC3", "\u5343\u5E06", "baidu", "qianfan", "ernie", "wenxin"] }, meaning: { "zh-CN": "\u8C03\u7528\u767E\u5EA6\u5343\u5E06\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls Baidu Qianfan, but the manifest declares no filed model of this provider" } }, { id: "endpoint-ark", kind: "endpoint", pattern: "(?<![\\w-])ark\\.cn-[\\w-]+\\.volces\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u706B\u5C71\u65B9\u821F", aliases: ["\u706B\u5C71", "\u5B57\u8282", "\u8C46\u5305", "\u65B9\u821F", "volcengine", "volces", "bytedance", "doubao", "ark"] }, meaning: { "zh-CN": "\u8C03\u7528\u706B\u5C71\u65B9\u821F\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls Volcengine Ark, but the manifest declares no filed model of this provider" } }, { id: "endpoint-zhipu", kind: "endpoint", pattern: "(?<![\\w-])open\\.bigmodel\\.cn\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u667A\u8C31", aliases: ["\u667A\u8C31", "zhipu", "bigmodel", "glm", "chatglm"] }, meaning: { "zh-CN": "\u8C03\u7528\u667A\u8C31\u5F00\u653E\u5E73\u53F0\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls the Zhipu open platform, but the manifest declares no filed model of this provider" } }, { id: "endpoint-moonshot", kind: "endpoint", pattern: "(?<![\\w-])api\\.moonshot\\.cn\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u6708\u4E4B\u6697\u9762", aliases: ["\u6708\u4E4B\u6697\u9762", "moonshot", "kimi"] }, meaning: { "zh-CN": "\u8C03\u7528\u6708\u4E4B\u6697\u9762\uFF08Kimi\uFF09\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls Moonshot (Kimi), but the manifest declares no filed model of this provider" } }, { id: "endpoint-deepseek", kind: "endpoint", pattern: "(?<![\\w-])api\\.deepseek\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u6DF1\u5EA6\u6C42\u7D22", aliases: ["\u6DF1\u5EA6\u6C42\u7D22", "deepseek"] }, meaning: { "zh-CN": "\u8C03\u7528 DeepSeek\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls DeepSeek, but the manifest declares no filed model of this provider" } }, { id: "endpoint-minimax", kind: "endpoint", pattern: "(?<![\\w-])api\\.minimaxi?\\.(?:chat|com)\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "MiniMax", aliases: ["minimax", "\u7A00\u5B87", "\u6D77\u87BA", "abab"] }, meaning: { "zh-CN": "\u8C03\u7528 MiniMax\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls MiniMax, but the manifest declares no filed model of this provider" } }, { id: "endpoint-hunyuan", kind: "endpoint", pattern: "(?<![\\w-])(?:hunyuan\\.tencentcloudapi\\.com|api\\.hunyuan\\.cloud\\.tencent\\.com)\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u817E\u8BAF\u6DF7\u5143", aliases: ["\u817E\u8BAF", "\u6DF7\u5143", "tencent", "hunyuan"] }, meaning: { "zh-CN": "\u8C03\u7528\u817E\u8BAF\u6DF7\u5143\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls Tencent Hunyuan, but the manifest declares no filed model of this provider" } }, { id: "endpoint-spark", kind: "endpoint", pattern: "(?<![\\w-])spark-api(?:-open)?\\.xf-yun\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u8BAF\u98DE\u661F\u706B", aliases: ["\u8BAF\u98DE", "\u661F\u706B", "iflytek", "xfyun", "spark"] }, meaning: { "zh-CN": "\u8C03\u7528\u8BAF\u98DE\u661F\u706B\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls iFlytek Spark, but the manifest declares no filed model of this provider" } }, { id: "endpoint-baichuan", kind: "endpoint", pattern: "(?<![\\w-])api\\.baichuan-ai\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u767E\u5DDD\u667A\u80FD", aliases: ["\u767E\u5DDD", "baichuan"] }, meaning: { "zh-CN": "\u8C03\u7528\u767E\u5DDD\u667A\u80FD\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls Baichuan, but the manifest declares no filed model of this provider" } }, { id: "endpoint-lingyi", kind: "endpoint", pattern: "(?<![\\w-])api\\.lingyiwanwu\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u96F6\u4E00\u4E07\u7269", aliases: ["\u96F6\u4E00\u4E07\u7269", "lingyiwanwu", "01.ai", "yi-"] }, meaning: { "zh-CN": "\u8C03\u7528\u96F6\u4E00\u4E07\u7269\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls 01.AI (Yi), but the manifest declares no filed model of this provider" } }, { id: "endpoint-stepfun", kind: "endpoint", pattern: "(?<![\\w-])api\\.stepfun\\.com\\b", rule: "drift/unfiled-endpoint", severity: "error", provider: { name: "\u9636\u8DC3\u661F\u8FB0", aliases: ["\u9636\u8DC3", "stepfun", "step-"] }, meaning: { "zh-CN": "\u8C03\u7528\u9636\u8DC3\u661F\u8FB0\uFF0C\u6E05\u5355\u4E2D\u6CA1\u6709\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u7684\u5DF2\u5907\u6848\u6A21\u578B", en: "calls StepFun, but the manifest declares no filed model of this provider" } }] };

// src/change/base-manifest.ts
var BASE_MANIFEST_LIMIT = 1024 * 1024, PATHS = ["registration", "filing", "exempt"];
function baseManifestFrom(file, bytes) {
  if (bytes === null) return { file, state: "absent" };
  if (bytes === void 0) return { file, state: "unreadable" };
  let decoded = decodeText(bytes);
  if (!decoded) return { file, state: "unreadable" };
  let parsed = parseYaml(decoded.text, file);
  if (!parsed.ok || parsed.value === null || typeof parsed.value != "object")
    return { file, state: "invalid" };
  let raw = parsed.value, path = typeof raw.path == "string" && PATHS.includes(raw.path) ? raw.path : void 0, validated = validateManifest(parsed.value);
  return {
    file,
    state: validated.manifest ? "valid" : "invalid",
    ...validated.manifest ? { manifest: validated.manifest } : {},
    ...path ? { path } : {}
  };
}

// src/change/diff-parse.ts
var ZERO_OID = /^0+$/, STATUS = {
  A: "added",
  M: "modified",
  R: "renamed",
  C: "copied",
  D: "deleted",
  T: "type-changed"
}, HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/, DiffParser = class {
  constructor(handlers) {
    this.handlers = handlers;
  }
  handlers;
  entries = [];
  mode = "raw";
  pending = [];
  pendingBytes = 0;
  skippingRest = !1;
  rawHeader;
  rawPaths = [];
  section = -1;
  nextSection = 0;
  typeChangeOpen = !1;
  wanted = !1;
  oldLeft = 0;
  newLeft = 0;
  newLine = 0;
  push(chunk) {
    let start = 0;
    for (; start < chunk.length; ) {
      let sep = this.mode === "raw" ? 0 : 10, end = chunk.indexOf(sep, start);
      if (end === -1) {
        this.keep(chunk.subarray(start));
        return;
      }
      let piece = chunk.subarray(start, end);
      start = end + 1;
      let token;
      this.pendingBytes > 0 || this.skippingRest ? (this.keep(piece), token = Buffer.concat(this.pending), this.pending = [], this.pendingBytes = 0, this.skippingRest = !1) : token = piece, this.mode === "raw" ? this.rawToken(token) : this.patchLine(token);
    }
  }
  end() {
    if (this.pendingBytes > 0) {
      let token = Buffer.concat(this.pending);
      this.pending = [], this.pendingBytes = 0, this.mode === "raw" ? this.rawToken(token) : this.patchLine(token);
    }
  }
  keep(piece) {
    if (this.skippingRest) return;
    let room = 65536 - this.pendingBytes;
    if (piece.length > room) {
      this.pending.push(Buffer.from(piece.subarray(0, room))), this.pendingBytes += room, this.skippingRest = !0;
      return;
    }
    this.pending.push(Buffer.from(piece)), this.pendingBytes += piece.length;
  }
  rawToken(token) {
    if (this.rawHeader === void 0) {
      if (token.length === 0) {
        this.mode = "patch";
        return;
      }
      let text2 = token.toString("latin1");
      if (!text2.startsWith(":")) {
        this.mode = "patch", this.patchLine(token);
        return;
      }
      this.rawHeader = text2.slice(1).split(" "), this.rawPaths = [];
      return;
    }
    this.rawPaths.push(token.toString("utf8"));
    let letter = this.rawHeader[4]?.[0] ?? "M", needed = letter === "R" || letter === "C" ? 2 : 1;
    if (this.rawPaths.length < needed) return;
    let [baseMode = "", headMode = "", baseOid = "", headOid = ""] = this.rawHeader, entry = {
      status: STATUS[letter] ?? "modified",
      path: needed === 2 ? this.rawPaths[1] : this.rawPaths[0],
      ...needed === 2 ? { previousPath: this.rawPaths[0] } : {},
      ...ZERO_OID.test(baseOid) ? {} : { baseOid },
      ...ZERO_OID.test(headOid) ? {} : { headOid },
      baseMode,
      headMode,
      binary: !1,
      addedLines: 0
    };
    this.entries.push(entry), this.rawHeader = void 0;
  }
  patchLine(line) {
    if (this.newLeft > 0 || this.oldLeft > 0) {
      let first = line[0];
      if (first === 43) {
        let entry = this.entries[this.section];
        entry && entry.addedLines++, this.wanted && this.handlers.onAdded(this.section, this.newLine, line.subarray(1)), this.newLine++, this.newLeft--;
        return;
      }
      if (first === 45) {
        this.oldLeft--;
        return;
      }
      if (first === 92) return;
      if (first === 32) {
        this.oldLeft--, this.newLeft--, this.newLine++;
        return;
      }
      this.oldLeft = 0, this.newLeft = 0;
    }
    if (line[0] === 100 && line.subarray(0, 11).toString("latin1") === "diff --git ") {
      this.startSection();
      return;
    }
    if (line[0] === 64) {
      let match = HUNK.exec(line.toString("latin1"));
      if (match) {
        this.oldLeft = match[1] === void 0 ? 1 : Number(match[1]), this.newLine = Number(match[2]), this.newLeft = match[3] === void 0 ? 1 : Number(match[3]);
        return;
      }
    }
    if (line[0] === 66 && line.subarray(0, 13).toString("latin1") === "Binary files ") {
      let entry = this.entries[this.section];
      entry && (entry.binary = !0);
    }
  }
  startSection() {
    if (this.typeChangeOpen) {
      this.typeChangeOpen = !1;
      return;
    }
    this.section = this.nextSection++;
    let entry = this.entries[this.section];
    this.typeChangeOpen = entry?.status === "type-changed", this.wanted = entry ? this.handlers.onEntry(entry, this.section) : !1;
  }
};

// src/change/git.ts
import { execFile, spawn } from "node:child_process";
var SAFE_CONFIG = [
  "-c",
  "core.quotepath=off",
  "-c",
  // Blobs above this are "binary" to diff without being loaded: a 2 GB weight file is never read.
  "core.bigFileThreshold=32m",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "diff.external="
], GIT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  GIT_OPTIONAL_LOCKS: "0",
  GIT_PAGER: "cat",
  LC_ALL: "C"
}, GIT_OUTPUT_LIMIT = 64 * 1024 * 1024, GitError = class extends Error {
  constructor(message, args, stderr, exitCode) {
    super(message);
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
  args;
  stderr;
  exitCode;
};
function git(cwd, args, options = {}) {
  return new Promise((resolve, reject) => {
    let child = execFile(
      "git",
      [...SAFE_CONFIG, ...args],
      {
        cwd,
        env: { ...process.env, ...GIT_ENV },
        maxBuffer: options.maxBytes ?? GIT_OUTPUT_LIMIT,
        timeout: options.timeoutMs ?? 3e5,
        encoding: "utf8",
        windowsHide: !0
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, exitCode: 0 });
        let code = typeof error.code == "number" ? error.code : null;
        if (code !== null && options.allowExit?.includes(code))
          return resolve({ stdout, exitCode: code });
        let reason = error.code === "ENOENT" ? "git is not installed or not on PATH" : error.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER" ? "git output exceeded the limit" : stderr.trim().split(`
`).pop() ?? error.message;
        reject(new GitError(reason, args, stderr, code));
      }
    );
    options.input !== void 0 && child.stdin?.end(options.input);
  });
}
function gitStream(cwd, args, onChunk, options = {}) {
  return new Promise((resolve, reject) => {
    let child = spawn("git", [...SAFE_CONFIG, ...args], {
      cwd,
      env: { ...process.env, ...GIT_ENV },
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: !0
    }), stderr = "", failed;
    child.stdout.on("data", (chunk) => {
      if (!failed)
        try {
          onChunk(chunk);
        } catch (error) {
          failed = error, child.kill();
        }
    }), child.stderr.on("data", (chunk) => {
      stderr.length < 64 * 1024 && (stderr += chunk.toString("utf8"));
    }), child.on("error", (error) => {
      reject(
        new GitError(
          error.code === "ENOENT" ? "git is not installed or not on PATH" : error.message,
          args,
          stderr,
          null
        )
      );
    }), child.on("close", (code) => {
      if (failed) return reject(failed);
      if (code === 0) return resolve();
      reject(
        new GitError(stderr.trim().split(`
`).pop() ?? `git exited ${code}`, args, stderr, code)
      );
    }), child.stdin.on("error", () => {
    }), child.stdin.end(options.input ?? "");
  });
}
async function repoInfo(cwd) {
  let { stdout } = await git(cwd, ["rev-parse", "--show-prefix", "--is-shallow-repository"]), [prefix = "", shallow = "false"] = stdout.split(`
`);
  return { prefix, shallow: shallow.trim() === "true" };
}
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isSha(ref) {
  return SHA.test(ref);
}
async function resolveCommit(cwd, ref) {
  if (ref.startsWith("-") || ref.includes("\0")) return;
  let { stdout, exitCode } = await git(
    cwd,
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
    { allowExit: [1, 128] }
  );
  return exitCode === 0 ? stdout.trim() : void 0;
}
async function mergeBase(cwd, a, b) {
  let { stdout, exitCode } = await git(cwd, ["merge-base", a, b], { allowExit: [1] });
  return exitCode === 0 ? stdout.trim() : void 0;
}
async function fetchFromOrigin(cwd, refs, how) {
  let args = ["fetch", "--no-tags", "--no-recurse-submodules", "--quiet"];
  how.depth !== void 0 && args.push(`--depth=${how.depth}`), how.deepen !== void 0 && args.push(`--deepen=${how.deepen}`);
  try {
    return await git(cwd, [...args, "origin", ...refs.filter((r) => !r.startsWith("-"))], {
      timeoutMs: 6e5
    }), !0;
  } catch {
    return !1;
  }
}
async function objectInfo(cwd, specs) {
  let found = /* @__PURE__ */ new Map();
  if (specs.length === 0) return found;
  let text2 = "";
  await gitStream(
    cwd,
    ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"],
    (chunk) => {
      text2 += chunk.toString("utf8");
    },
    { input: `${specs.join(`
`)}
` }
  );
  let lines = text2.split(`
`);
  return specs.forEach((spec, i) => {
    let [oid, type, size] = (lines[i] ?? "").split(" ");
    oid && type && size !== void 0 && type !== "missing" && size !== "missing" && found.set(spec, { oid, type, size: Number(size) });
  }), found;
}
async function readBlobs(cwd, specs, maxBytes) {
  let blobs = /* @__PURE__ */ new Map(), info = await objectInfo(cwd, specs), wanted = specs.filter((s) => {
    let i = info.get(s);
    return i !== void 0 && i.type === "blob" && i.size <= maxBytes;
  });
  if (wanted.length === 0) return blobs;
  let chunks = [];
  await gitStream(cwd, ["cat-file", "--batch"], (chunk) => chunks.push(chunk), {
    input: `${wanted.map((s) => info.get(s).oid).join(`
`)}
`
  });
  let all = Buffer.concat(chunks), pos = 0;
  for (let spec of wanted) {
    let eol = all.indexOf(10, pos);
    if (eol === -1) break;
    let header = all.toString("utf8", pos, eol).split(" "), size = Number(header[2]);
    if (!Number.isFinite(size)) break;
    blobs.set(spec, all.subarray(eol + 1, eol + 1 + size)), pos = eol + 1 + size + 1;
  }
  return blobs;
}

// src/change/front-matter.ts
function frontMatterRange(text2) {
  let lines = text2.replace(/^\uFEFF/, "").split(/\r?\n/, 2e3);
  if (lines[0]?.trimEnd() === "---")
    for (let i = 1; i < lines.length; i++) {
      let line = lines[i].trimEnd();
      if (line === "---" || line === "...") return i > 1 ? { first: 2, last: i } : void 0;
    }
}
function frontMatterLines(text2) {
  let range = frontMatterRange(text2);
  return range ? text2.replace(/^\uFEFF/, "").split(/\r?\n/, range.last).slice(range.first - 1, range.last) : [];
}

// src/change/hits.ts
var MAX_HITS = 5e3, HitCollector = class {
  hits = [];
  capped = !1;
  byKey = /* @__PURE__ */ new Map();
  add(signal, hit) {
    let key = `${signal.id}\0${hit.file}`, existing = this.byKey.get(key);
    if (existing) {
      existing.more = (existing.more ?? 0) + 1;
      return;
    }
    if (this.hits.length >= MAX_HITS) {
      this.capped = !0;
      return;
    }
    let full = { signal: signal.id, ...hit };
    this.byKey.set(key, full), this.hits.push(full);
  }
  /** Removes hits for which `drop` says so (the signal was already there, or out of place). */
  filter(keep) {
    for (let i = this.hits.length - 1; i >= 0; i--) {
      let hit = this.hits[i];
      keep(hit) || (this.hits.splice(i, 1), this.byKey.delete(`${hit.signal}\0${hit.file}`));
    }
  }
};
function splitLines(text2) {
  return text2.split(/\r?\n/);
}
function presentInText(pack, plan, signal, text2) {
  if (signal.kind === "dependency") {
    if (!plan.dependencies) return !1;
    for (let line of splitLines(text2))
      if (pack.matchDependencies(plan.dependencies, line).some((m) => m.signal === signal))
        return !0;
    return !1;
  }
  if (!plan.line) return !1;
  let lines = signal.kind === "model-card" ? frontMatterLines(text2) : splitLines(text2);
  for (let line of lines)
    if (pack.matchLine(plan.line, line).some((m) => m.signal === signal)) return !0;
  return !1;
}
function inFrontMatter(line, headText) {
  let range = frontMatterRange(headText);
  return range !== void 0 && line !== void 0 && line >= range.first && line <= range.last;
}

// src/change/path-hits.ts
function pathHits(pack, candidates, collector) {
  for (let { file } of candidates) {
    let before = file.status === "renamed" && file.previousPath !== void 0 ? new Set(pack.pathMatches(file.previousPath).map((s) => s.rule)) : /* @__PURE__ */ new Set();
    for (let signal of pack.pathMatches(file.path))
      before.has(signal.rule) || signal.minSize !== void 0 && (file.size === void 0 || file.size < signal.minSize) || collector.add(signal, {
        file: file.path,
        ...file.size !== void 0 ? { size: file.size } : {}
      });
  }
}

// src/change/compute.ts
var ChangeUnavailable = class extends Error {
  constructor(reason, shallow) {
    super(reason.en);
    this.reason = reason;
    this.shallow = shallow;
  }
  reason;
  shallow;
}, BASE_BLOB_LIMIT = 4 * 1024 * 1024, CARD_LIMIT = 1024 * 1024, DEEPEN_STEPS = [50, 250, 1e3, 5e3], SHALLOW_HINT = text(
  "\u5728 actions/checkout \u4E2D\u8BBE\u7F6E `fetch-depth: 0`\uFF08\u6216\u5728\u672C\u5730\u8FD0\u884C `git fetch --unshallow`\uFF09\uFF0C\u4F7F\u57FA\u51C6\u4E0E\u53D8\u66F4\u7684\u5171\u540C\u7956\u5148\u53EF\u7528\u3002",
  "Set `fetch-depth: 0` on actions/checkout (or run `git fetch --unshallow` locally) so the merge base of base and head is available."
);
function posix(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
async function commitOf(root, ref, deepen, notes) {
  let local = await resolveCommit(root, ref);
  if (local || !deepen) return local;
  let remote = ref.startsWith("refs/remotes/origin/") ? `refs/heads/${ref.slice(20)}` : ref;
  if (await fetchFromOrigin(root, [remote], { depth: 1 }))
    return notes.push(text(`\u5DF2\u4ECE origin \u83B7\u53D6 ${ref}`, `Fetched ${ref} from origin`)), resolveCommit(root, isSha(ref) ? ref : "FETCH_HEAD");
}
async function findMergeBase(request, info, base, head, notes) {
  let found = await mergeBase(request.root, base, head);
  if (found) return found;
  let shallow = info.shallow;
  if (shallow && request.deepen) {
    for (let steps of DEEPEN_STEPS)
      if (await fetchFromOrigin(request.root, [base, head], { deepen: steps }), found = await mergeBase(request.root, base, head), found)
        return notes.push(
          text(
            `\u6D45\u514B\u9686\uFF1A\u5DF2\u52A0\u6DF1\u5386\u53F2 ${steps} \u4E2A\u63D0\u4EA4\u4EE5\u627E\u5230\u5171\u540C\u7956\u5148`,
            `Shallow clone: deepened history by ${steps} commits to find the merge base`
          )
        ), found;
    shallow = (await repoInfo(request.root)).shallow;
  }
  if (shallow)
    throw new ChangeUnavailable(
      text(
        `\u6D45\u514B\u9686\u4E2D\u627E\u4E0D\u5230 ${request.base} \u4E0E ${request.head} \u7684\u5171\u540C\u7956\u5148\u3002${SHALLOW_HINT["zh-CN"]}`,
        `No merge base of ${request.base} and ${request.head} in this shallow clone. ${SHALLOW_HINT.en}`
      ),
      !0
    );
  return notes.push(
    text(
      `${request.base} \u4E0E ${request.head} \u6CA1\u6709\u5171\u540C\u7956\u5148\uFF0C\u76F4\u63A5\u4E0E ${request.base} \u6BD4\u8F83`,
      `${request.base} and ${request.head} share no history; compared with ${request.base} directly`
    )
  ), base;
}
var LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[^\n]*\n)*?size (\d+)/;
async function sizesOf(root, files) {
  let withOid = files.filter((f) => f.headOid), info = await objectInfo(
    root,
    withOid.map((f) => f.headOid)
  ), small = [];
  for (let file of withOid) {
    let size = info.get(file.headOid)?.size;
    size !== void 0 && (file.size = size, size < 1024 && small.push(file));
  }
  let pointers = await readBlobs(
    root,
    small.map((f) => f.headOid),
    1024
  );
  for (let file of small) {
    let match = LFS_POINTER.exec(pointers.get(file.headOid)?.toString("utf8") ?? "");
    match && (file.size = Number(match[1]));
  }
}
async function gitChange(request) {
  let { root, pack } = request, notes = [], info;
  try {
    info = await repoInfo(root);
  } catch (error) {
    throw new ChangeUnavailable(
      text(
        `${root} \u4E0D\u5728 git \u4ED3\u5E93\u4E2D\uFF0C\u65E0\u6CD5\u6BD4\u8F83\u53D8\u66F4\uFF08${error.message}\uFF09`,
        `${root} is not in a git repository, so the change cannot be compared (${error.message})`
      ),
      !1
    );
  }
  let base = await commitOf(root, request.base, request.deepen, notes), head = await commitOf(root, request.head, request.deepen, notes);
  for (let [name, ref, sha] of [
    ["base", request.base, base],
    ["head", request.head, head]
  ])
    if (!sha)
      throw new ChangeUnavailable(
        text(
          `\u627E\u4E0D\u5230${name === "base" ? "\u57FA\u51C6" : "\u53D8\u66F4"}\u63D0\u4EA4 ${ref}\u3002${info.shallow ? SHALLOW_HINT["zh-CN"] : "\u8BF7\u5148\u83B7\u53D6\u8BE5\u63D0\u4EA4\uFF08git fetch\uFF09\u3002"}`,
          `Cannot find the ${name} commit ${ref}. ${info.shallow ? SHALLOW_HINT.en : "Fetch it first (git fetch)."}`
        ),
        info.shallow
      );
  let mb = await findMergeBase(request, info, base, head, notes), manifestPath = posix(request.manifestPath), collector = new HitCollector(), plans = [], parser = new DiffParser({
    onEntry(entry, index) {
      let plan = lineScanPlan(pack, entry, manifestPath);
      return plans[index] = plan, plan !== void 0;
    },
    onAdded(index, line, bytes) {
      let plan = plans[index], entry = parser.entries[index], textLine = bytes.toString("utf8");
      if (textLine.endsWith("\r") && (textLine = textLine.slice(0, -1)), plan.line)
        for (let m of pack.matchLine(plan.line, textLine))
          collector.add(m.signal, { file: entry.path, line, column: m.column, match: m.match });
      if (plan.dependencies)
        for (let m of pack.matchDependencies(plan.dependencies, textLine))
          collector.add(m.signal, { file: entry.path, line, column: m.column, match: m.match });
    }
  }), relative = info.prefix ? [`--relative=${info.prefix}`] : [], big = await bigAddedBlobs(root, relative, mb, head);
  await gitStream(
    root,
    [
      "diff-tree",
      "-r",
      "-z",
      "--raw",
      "-p",
      "-U0",
      "-M",
      "--irreversible-delete",
      "--no-ext-diff",
      "--no-textconv",
      "--no-color",
      ...relative,
      mb,
      head,
      "--",
      ...big.map((b) => `:(top,literal,exclude)${info.prefix}${b.path}`)
    ],
    (chunk) => parser.push(chunk)
  ), parser.end(), mergeBigBlobs(parser.entries, big);
  let files = parser.entries.map(toChangedFile);
  await addPathHits(root, pack, files, collector, manifestPath), await confirmModelCards(root, pack, files, collector), await dropAlreadyOnBase(root, pack, files, collector, manifestPath), collector.capped && notes.push(cappedNote());
  let manifestSpec = `${mb}:${info.prefix}${manifestPath}`, baseBytes = (await readBlobs(root, [manifestSpec], BASE_MANIFEST_LIMIT)).get(manifestSpec);
  return baseBytes || (baseBytes = (await objectInfo(root, [manifestSpec])).has(manifestSpec) ? void 0 : null), {
    source: "git",
    base,
    head,
    mergeBase: mb,
    files,
    addedLines: files.reduce((sum, f) => sum + f.addedLines, 0),
    hits: collector.hits,
    baseManifest: baseManifestFrom(manifestPath, baseBytes),
    notes
  };
}
var BIG_BLOB = 32 * 1024 * 1024;
async function bigAddedBlobs(root, relative, from, to) {
  let added = new DiffParser({ onEntry: () => !1, onAdded: () => {
  } });
  await gitStream(
    root,
    ["diff-tree", "-r", "-z", "--raw", "--no-renames", "--diff-filter=A", ...relative, from, to],
    (chunk) => added.push(chunk)
  ), added.end();
  let withOid = added.entries.filter((e) => e.headOid && e.headMode !== "160000"), info = await objectInfo(
    root,
    withOid.map((e) => e.headOid)
  );
  return withOid.flatMap((e) => {
    let size = info.get(e.headOid)?.size ?? 0;
    return size > BIG_BLOB ? [{ path: e.path, oid: e.headOid, size }] : [];
  });
}
function mergeBigBlobs(entries, big) {
  for (let blob of big) {
    let from = entries.findIndex((e) => e.status === "deleted" && e.baseOid === blob.oid), moved = from >= 0 ? entries.splice(from, 1)[0] : void 0;
    entries.push({
      status: moved ? "renamed" : "added",
      path: blob.path,
      ...moved ? { previousPath: moved.path, baseOid: blob.oid } : {},
      headOid: blob.oid,
      baseMode: moved?.baseMode ?? "000000",
      headMode: "100644",
      binary: !0,
      addedLines: 0
    });
  }
}
function cappedNote() {
  return text(
    "\u547D\u4E2D\u8FC7\u591A\uFF0C\u53EA\u5217\u51FA\u524D 5000 \u5904\uFF1B\u5176\u4F59\u672A\u9010\u4E00\u5217\u51FA",
    "Too many matches: only the first 5000 places are listed"
  );
}
function lineScanPlan(pack, entry, manifestPath) {
  if (entry.status === "deleted" || entry.path === manifestPath || entry.headMode === "120000" || entry.headMode === "160000") return;
  let plan = pack.plan(entry.path);
  return !plan.excluded && (plan.line || plan.dependencies) ? plan : void 0;
}
function toChangedFile(entry) {
  return {
    path: entry.path,
    ...entry.previousPath !== void 0 ? { previousPath: entry.previousPath } : {},
    status: entry.status,
    binary: entry.binary,
    addedLines: entry.addedLines,
    ...entry.baseOid ? { baseOid: entry.baseOid } : {},
    ...entry.headOid ? { headOid: entry.headOid } : {}
  };
}
async function addPathHits(root, pack, files, collector, manifestPath) {
  let candidates = [];
  for (let file of files)
    file.path === manifestPath || pack.isExcluded(file.path) || file.status !== "added" && file.status !== "copied" && file.status !== "renamed" || candidates.push({ file, needsSize: pack.needsSize(file.path) });
  await sizesOf(
    root,
    candidates.filter((c) => c.needsSize).map((c) => c.file)
  ), pathHits(pack, candidates, collector);
}
async function confirmModelCards(root, pack, files, collector) {
  let cardHits = collector.hits.filter((h) => pack.byId.get(h.signal)?.kind === "model-card");
  if (cardHits.length === 0) return;
  let byPath = new Map(files.map((f) => [f.path, f])), oids = [...new Set(cardHits.map((h) => byPath.get(h.file)?.headOid).filter(Boolean))], blobs = await readBlobs(root, oids, CARD_LIMIT);
  collector.filter((hit) => {
    if (pack.byId.get(hit.signal)?.kind !== "model-card") return !0;
    let oid = byPath.get(hit.file)?.headOid, blob = oid ? blobs.get(oid) : void 0;
    return blob !== void 0 && inFrontMatter(hit.line, blob.toString("utf8"));
  });
}
async function dropAlreadyOnBase(root, pack, files, collector, manifestPath) {
  let byPath = new Map(files.map((f) => [f.path, f])), baseOids = /* @__PURE__ */ new Set();
  for (let hit of collector.hits) {
    let file = byPath.get(hit.file);
    hit.line !== void 0 && file?.baseOid && baseOids.add(file.baseOid);
  }
  if (baseOids.size === 0) return;
  let blobs = await readBlobs(root, [...baseOids], BASE_BLOB_LIMIT), texts = /* @__PURE__ */ new Map();
  for (let [oid, blob] of blobs) texts.set(oid, blob.toString("utf8"));
  collector.filter((hit) => {
    let file = byPath.get(hit.file);
    if (hit.line === void 0 || !file?.baseOid) return !0;
    let baseText = texts.get(file.baseOid);
    if (baseText === void 0) return !0;
    let plan = lineScanPlan(
      pack,
      { status: "modified", path: file.previousPath ?? file.path },
      manifestPath
    ), signal = pack.byId.get(hit.signal);
    return !(plan && signal && presentInText(pack, plan, signal, baseText));
  });
}

// src/change/rest.ts
var STATUS2 = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  renamed: "renamed",
  copied: "copied",
  changed: "type-changed",
  unchanged: "modified"
}, HUNK2 = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function patchLines(patch) {
  let added = [], removed = [], shown = /* @__PURE__ */ new Map(), line = 0;
  for (let raw of patch.split(`
`)) {
    let hunk = HUNK2.exec(raw);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0) continue;
    let first = raw[0], content = raw.slice(1).replace(/\r$/, "");
    first === "+" ? (added.push([line, content]), shown.set(line++, content)) : first === "-" ? removed.push(content) : first === " " && shown.set(line++, content);
  }
  return { added, removed, shown };
}
function shownInFrontMatter(shown, line) {
  if (shown.get(1)?.trimEnd() !== "---") return !1;
  for (let i = 2; i < line; i++) {
    let text2 = shown.get(i);
    if (text2 === void 0 || text2.trimEnd() === "---") return !1;
  }
  return !0;
}
function isRepositoryPath(file) {
  return file.length > 0 && !file.startsWith("/") && !file.includes("\0") && !/^[A-Za-z]:/.test(file) && !file.split(/[\\/]/).includes("..");
}
function restChange(input, pack, manifestPath) {
  let notes = [
    text(
      "\u672A\u80FD\u4F7F\u7528 git \u5386\u53F2\uFF0C\u5DF2\u6539\u7528 GitHub REST API \u5217\u51FA\u7684\u62C9\u53D6\u8BF7\u6C42\u6587\u4EF6\uFF1B\u6309\u5927\u5C0F\u5224\u65AD\u7684\u6743\u91CD\u6587\u4EF6\u65E0\u6CD5\u8BC6\u522B\u3002\u8BBE\u7F6E `fetch-depth: 0` \u53EF\u83B7\u5F97\u5B8C\u6574\u68C0\u67E5\u3002",
      "Git history was not available, so the pull request files listed by the GitHub REST API were used; weight files judged by size cannot be recognised. Set `fetch-depth: 0` for the full check."
    )
  ];
  input.truncated && notes.push(
    text(
      "GitHub REST API \u6700\u591A\u5217\u51FA 3000 \u4E2A\u6587\u4EF6\uFF0C\u5176\u4F59\u6587\u4EF6\u672A\u68C0\u67E5\uFF1B\u8BBE\u7F6E `fetch-depth: 0` \u4EE5\u7528 git \u6BD4\u8F83\u5168\u90E8\u6587\u4EF6\u3002",
      "The GitHub REST API lists at most 3,000 files; the rest were not checked. Set `fetch-depth: 0` to compare every file with git."
    )
  );
  let collector = new HitCollector(), files = [], missingPatches = 0;
  for (let entry of input.files) {
    if (!isRepositoryPath(entry.filename)) continue;
    let status = Object.hasOwn(STATUS2, entry.status) ? STATUS2[entry.status] : "modified", file = {
      path: entry.filename,
      ...entry.previous_filename ? { previousPath: entry.previous_filename } : {},
      status,
      binary: entry.patch === void 0 && entry.additions === 0 && status !== "deleted",
      addedLines: entry.additions
    };
    files.push(file);
    let plan = lineScanPlan(pack, file, manifestPath);
    if (!plan) continue;
    if (entry.patch === void 0) {
      entry.additions > 0 && missingPatches++;
      continue;
    }
    let { added, removed, shown } = patchLines(entry.patch), removedText = removed.join(`
`);
    for (let [line, content] of added) {
      let matches = [
        ...plan.line ? pack.matchLine(plan.line, content) : [],
        ...plan.dependencies ? pack.matchDependencies(plan.dependencies, content) : []
      ];
      for (let m of matches)
        m.signal.kind === "model-card" && !shownInFrontMatter(shown, line) || removed.length > 0 && presentInText(pack, plan, m.signal, removedText) || collector.add(m.signal, { file: file.path, line, column: m.column, match: m.match });
    }
  }
  return missingPatches > 0 && notes.push(
    text(
      `${missingPatches} \u4E2A\u6587\u4EF6\u8FC7\u5927\uFF0CGitHub \u672A\u63D0\u4F9B\u5176\u5DEE\u5F02\uFF0C\u672A\u9010\u884C\u68C0\u67E5`,
      `${missingPatches} file(s) too big for GitHub to show a diff were not checked line by line`
    )
  ), pathHits(
    pack,
    files.filter((f) => f.path !== manifestPath && !pack.isExcluded(f.path)).filter((f) => f.status === "added" || f.status === "copied" || f.status === "renamed").map((file) => ({ file, needsSize: !1 })),
    collector
  ), {
    source: "rest-api",
    base: input.base,
    head: input.head,
    mergeBase: input.base,
    files,
    addedLines: files.reduce((sum, f) => sum + f.addedLines, 0),
    hits: collector.hits,
    baseManifest: baseManifestFrom(manifestPath, input.baseManifest),
    notes
  };
}

// src/change/dependencies.ts
function normalizePackage(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var REQUIREMENT_LINE = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@]|$)/, QUOTED_REQUIREMENT = /["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]"']*\])?\s*(?:[<>=!~;@][^"']*)?["']/g, TOML_KEY = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/, CONDA_ITEM = /^\s*-\s*(?:[\w.-]+::)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~]|$)/, JSON_KEY = /^\s*"((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*"/;
function requirementLine(line) {
  let trimmed = line.trimStart();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("-")) return [];
  let match = REQUIREMENT_LINE.exec(line);
  return match ? [match[1]] : [];
}
function quoted(line) {
  let names = [];
  for (let match of line.matchAll(QUOTED_REQUIREMENT)) names.push(match[1]);
  return names;
}
function dependencyNames(format, line) {
  let names;
  switch (format) {
    case "requirements":
      names = requirementLine(line);
      break;
    case "pyproject": {
      if (line.trimStart().startsWith("#")) return [];
      names = quoted(line);
      let key = TOML_KEY.exec(line);
      key && /=\s*(?:["'{]|$)/.test(line) && names.push(key[1]);
      break;
    }
    case "setup-cfg":
      if (/^\s*[\w-]+\s*=/.test(line)) {
        let value = line.slice(line.indexOf("=") + 1);
        names = requirementLine(value);
      } else
        names = requirementLine(line);
      break;
    case "conda": {
      let match = CONDA_ITEM.exec(line);
      names = match ? [match[1]] : [];
      break;
    }
    case "pipfile": {
      let match = TOML_KEY.exec(line);
      names = match ? [match[1]] : [];
      break;
    }
    case "package-json": {
      let match = JSON_KEY.exec(line);
      names = match ? [match[1]] : [];
      break;
    }
  }
  return names.map(normalizePackage);
}

// src/change/globs.ts
var OPTIONS = { dot: !0, nocase: !0, nocomment: !0, nonegate: !0 }, EXTENSION_GLOB = /^\*\.(?:\{([\w-]+(?:,[\w-]+)*)\}|([\w-]+))$/, GlobSet = class {
  constructor(globs) {
    this.globs = globs;
    for (let glob of globs) {
      let rest = glob.startsWith("**/") ? glob.slice(3) : void 0, ext = rest === void 0 ? null : EXTENSION_GLOB.exec(rest);
      if (ext)
        for (let e of (ext[1] ?? ext[2] ?? "").split(",")) this.extensions.add(e.toLowerCase());
      else rest !== void 0 && !rest.includes("/") && !rest.includes("**") ? this.basenames.push(new Minimatch(rest, OPTIONS)) : this.paths.push(new Minimatch(glob, OPTIONS));
    }
  }
  globs;
  extensions = /* @__PURE__ */ new Set();
  basenames = [];
  paths = [];
  get empty() {
    return this.globs.length === 0;
  }
  match(file) {
    let slash = file.lastIndexOf("/"), base = slash === -1 ? file : file.slice(slash + 1);
    if (this.extensions.size > 0) {
      let dot = base.lastIndexOf(".");
      if (dot > 0 && this.extensions.has(base.slice(dot + 1).toLowerCase())) return !0;
    }
    for (let glob of this.basenames) if (glob.match(base)) return !0;
    for (let glob of this.paths) if (glob.match(file)) return !0;
    return !1;
  }
};

// src/change/literals.ts
var ESCAPED_LITERAL = /[.\\/()[\]{}*+?^$|\-'"`:=@#&!,;<>~%]/;
function alternatives(source) {
  let parts = [], depth = 0, inClass = !1, start = 0;
  for (let i = 0; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    inClass ? c === "]" && (inClass = !1) : c === "[" ? inClass = !0 : c === "(" ? depth++ : c === ")" ? depth-- : c === "|" && depth === 0 && (parts.push(source.slice(start, i)), start = i + 1);
  }
  return parts.push(source.slice(start)), parts;
}
function skipGroup(source, i) {
  let depth = 0, inClass = !1;
  for (; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass)
      c === "]" && (inClass = !1);
    else if (c === "[") inClass = !0;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return i;
}
function skipClass(source, i) {
  for (i++; i < source.length; i++)
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  return i;
}
function quantifier(source, i) {
  let c = source[i];
  if (c === "?" || c === "*")
    return { end: i + 1 + (source[i + 1] === "?" ? 1 : 0), optional: !0, repeats: c === "*" };
  if (c === "+")
    return { end: i + 1 + (source[i + 1] === "?" ? 1 : 0), optional: !1, repeats: !0 };
  if (c === "{") {
    let m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i, i + 24));
    if (m) return { end: i + m[0].length, optional: m[1] === "0", repeats: !0 };
  }
  return { end: i, optional: !1, repeats: !1 };
}
function groupBody(group) {
  if (!group.startsWith("(?")) return group.slice(1, -1);
  if (group.startsWith("(?:")) return group.slice(3, -1);
  let named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(group);
  return named ? group.slice(named[0].length, -1) : void 0;
}
function alternativeHints(source) {
  let { best, groups } = scan(source);
  if (best.length >= 3) return [best];
  for (let group of groups) {
    let body = groupBody(group), hints = body === void 0 ? void 0 : literalHints(body);
    if (hints) return hints;
  }
}
function scan(source) {
  let groups = [], best = "", run = "", cut = () => {
    run.length > best.length && (best = run), run = "";
  }, i = 0;
  for (; i < source.length; ) {
    let c = source[i], char, next = i + 1;
    if (c === "\\") {
      let e = source[i + 1] ?? "";
      if (next = i + 2, e === "b" || e === "B") {
        i = next;
        continue;
      }
      ESCAPED_LITERAL.test(e) && (char = e);
    } else if (c === "(")
      next = skipGroup(source, i) + 1, quantifier(source, next).optional || groups.push(source.slice(i, next));
    else if (c === "[")
      next = skipClass(source, i) + 1;
    else if (c === "^" || c === "$") {
      i = next;
      continue;
    } else c !== "." && (char = c);
    let q = quantifier(source, next);
    char === void 0 || q.optional ? cut() : (run += char, q.repeats && cut()), i = q.end;
  }
  return cut(), { best, groups };
}
function literalHints(source) {
  let hints = [];
  for (let alternative of alternatives(source)) {
    let found = alternativeHints(alternative);
    if (!found) return;
    hints.push(...found);
  }
  return hints;
}
function escapeLiteral(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

// src/change/regex-trial.ts
import vm from "node:vm";
var USER_LINE_LIMIT = 4096, TRIAL_MS = 100, COMMON = ["a", "A", "0", " ", "_", "-", ".", "/", ":", '"', "\u4E2D"], trial = new vm.Script("regex.lastIndex = 0; regex.test(subject)");
function literalCharacters(source) {
  let found = /* @__PURE__ */ new Set();
  for (let i = 0; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      let next = source[++i];
      next !== void 0 && !/[A-Za-z0-9]/.test(next) && found.add(next);
      continue;
    }
    /[()[\]{}|*+?^$]/.test(c) || found.add(c);
  }
  return [...found].slice(0, 64);
}
function slowOnHostileLines(regex) {
  let characters = /* @__PURE__ */ new Set([...COMMON, ...literalCharacters(regex.source)]), context = vm.createContext({ regex: new RegExp(regex.source, regex.flags), subject: "" });
  for (let c of characters) {
    context.subject = c.repeat(USER_LINE_LIMIT);
    try {
      trial.runInContext(context, { timeout: TRIAL_MS });
    } catch {
      return !0;
    }
  }
  return !1;
}

// src/change/safe-regex.ts
var WIDE_REPEAT = /(?:\.|\\[SWD]|\[\^[^\]]*\])(?:\*|\+|\{\d+,\})/g;
function regexProblem(source, flags = "") {
  if (source.length > 500) return "too-long";
  let compiled;
  try {
    compiled = new RegExp(source, flags);
  } catch {
    return "syntax";
  }
  if (compiled.test("")) return "empty-match";
  if ((source.match(WIDE_REPEAT) ?? []).length > 2) return "too-many-wildcards";
  let stack = [{ risky: !1 }], lastGroupRisky = !1, inClass = !1;
  for (let i = 0; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      let next = source[i + 1] ?? "";
      if (!inClass && (/[1-9]/.test(next) || next === "k")) return "back-reference";
      i++, lastGroupRisky = !1;
      continue;
    }
    if (inClass) {
      c === "]" && (inClass = !1);
      continue;
    }
    if (c === "[") {
      inClass = !0, lastGroupRisky = !1;
      continue;
    }
    if (c === "(") {
      stack.push({ risky: !1 }), source[i + 1] === "?" && (i++, source[i + 1] === "<" && source[i + 2] !== "=" && source[i + 2] !== "!" ? i = source.indexOf(">", i) : source[i + 1] === "<" ? i += 2 : i++), lastGroupRisky = !1;
      continue;
    }
    if (c === ")") {
      let frame = stack.pop() ?? { risky: !1 };
      lastGroupRisky = frame.risky;
      let parent = stack[stack.length - 1];
      parent && frame.risky && (parent.risky = !0);
      continue;
    }
    if (c === "|") {
      stack[stack.length - 1].risky = !0, lastGroupRisky = !1;
      continue;
    }
    let quantifier2 = readQuantifier(source, i);
    if (quantifier2) {
      if (quantifier2.unbounded && lastGroupRisky) return "nested-quantifier";
      stack[stack.length - 1].risky = !0, i = quantifier2.end, source[i + 1] === "?" && i++, lastGroupRisky = !1;
      continue;
    }
    lastGroupRisky = !1;
  }
}
function readQuantifier(source, i) {
  let c = source[i];
  if (c === "*" || c === "+") return { unbounded: !0, max: 1 / 0, end: i };
  if (c === "?") return { unbounded: !1, max: 1, end: i };
  if (c !== "{") return;
  let match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
  if (!match) return;
  let min = Number(match[1]), max = match[2] === void 0 ? min : match[3] === "" ? 1 / 0 : Number(match[3]);
  return { unbounded: max > 20, max, end: i + match[0].length - 1 };
}

// src/change/signals.ts
var LINE_SCAN_LIMIT = 16 * 1024, SignalPack = class {
  signals = [];
  byId = /* @__PURE__ */ new Map();
  problems = [];
  pathSignals = [];
  lineSignals = [];
  dependencySignals = /* @__PURE__ */ new Map();
  fileSets = /* @__PURE__ */ new Map();
  exclude;
  dependencyFiles;
  linePlans = /* @__PURE__ */ new Map();
  constructor(pack, settings = {}) {
    for (let [name, set] of Object.entries(pack.fileSets))
      this.fileSets.set(name, { globs: new GlobSet(set.globs), comments: set.comments ?? [] });
    this.exclude = new GlobSet([...pack.exclude, ...settings.exclude ?? []]), this.dependencyFiles = pack.dependencyFiles.map((d) => ({
      glob: new GlobSet([d.glob]),
      format: d.format
    }));
    let disabled = new Set(settings.disable ?? []), severities = settings.severity ?? {}, specs = [
      ...pack.signals.map((spec, index) => ({ spec, origin: "pack", index })),
      ...(settings.add ?? []).map((spec, index) => ({ spec, origin: "manifest", index }))
    ];
    for (let { spec, origin, index } of specs) {
      if (this.byId.has(spec.id)) {
        this.problems.push({ index, id: spec.id, kind: "duplicate-id" });
        continue;
      }
      let compiled = this.compile(spec, origin, index, pack);
      if (compiled && (Object.hasOwn(severities, spec.id) && (compiled.severity = severities[spec.id]), this.byId.set(spec.id, compiled), !disabled.has(spec.id)))
        if (this.signals.push(compiled), spec.kind === "path") this.pathSignals.push(compiled);
        else if (spec.kind === "dependency") {
          let name = normalizePackage(spec.pattern);
          this.dependencySignals.set(name, [...this.dependencySignals.get(name) ?? [], compiled]);
        } else this.lineSignals.push(compiled);
    }
    for (let id of [...disabled, ...Object.keys(severities)])
      this.byId.has(id) || this.problems.push({ index: -1, id, kind: "unknown-signal" });
  }
  compile(spec, origin, index, pack) {
    let base = {
      id: spec.id,
      kind: spec.kind,
      pattern: spec.pattern,
      rule: spec.rule,
      severity: spec.severity ?? "error",
      meaning: spec.meaning ?? { "zh-CN": `\u4FE1\u53F7 ${spec.id}`, en: `signal ${spec.id}` },
      origin,
      ...origin === "manifest" ? { index } : {},
      ...spec.minSize !== void 0 ? { minSize: spec.minSize } : {},
      ...spec.provider ? { provider: spec.provider } : {},
      excludes: new GlobSet(spec.exclude ?? []),
      sets: []
    };
    if (spec.kind === "path") return { ...base, glob: new GlobSet([spec.pattern]) };
    if (spec.kind === "dependency") return base;
    let problem = regexProblem(spec.pattern, spec.flags ?? "");
    if (!problem && origin === "manifest" && slowOnHostileLines(new RegExp(spec.pattern, spec.flags ?? "")) && (problem = "slow"), problem) {
      this.problems.push({ index, id: spec.id, kind: "regex", problem });
      return;
    }
    let sets = spec.in ?? pack.kindSets[spec.kind] ?? [];
    for (let set of sets)
      if (!this.fileSets.has(set)) {
        this.problems.push({ index, id: spec.id, kind: "unknown-set", set });
        return;
      }
    return {
      ...base,
      regex: new RegExp(spec.pattern, spec.flags ?? ""),
      sets,
      ...spec.files ? { files: new GlobSet(spec.files) } : {}
    };
  }
  isExcluded(file) {
    return this.exclude.match(file);
  }
  /** Path signals that a newly added file (or a rename onto this path) matches. */
  pathMatches(file) {
    let found = [];
    for (let signal of this.pathSignals)
      signal.glob.match(file) && !signal.excludes.match(file) && found.push(signal);
    return found;
  }
  /** Whether a path signal with a size threshold could match this file. */
  needsSize(file) {
    return this.pathSignals.some((s) => s.minSize !== void 0 && s.glob.match(file));
  }
  plan(file) {
    if (this.isExcluded(file)) return { excluded: !0 };
    let plan = { excluded: !1 };
    for (let d of this.dependencyFiles)
      if (d.glob.match(file)) {
        plan.dependencies = d.format;
        break;
      }
    let memberOf = [];
    for (let [name, set] of this.fileSets) set.globs.match(file) && memberOf.push(name);
    let signals = this.lineSignals.filter((s) => (s.files ? s.files.match(file) : s.sets.some((x) => memberOf.includes(x))) && (s.excludes.empty || !s.excludes.match(file)));
    if (signals.length > 0) {
      let key = `${memberOf.join(",")}|${signals.map((s) => s.id).join(",")}`, line = this.linePlans.get(key);
      if (!line) {
        let comments = [
          ...new Set(memberOf.flatMap((name) => this.fileSets.get(name).comments))
        ];
        line = { signals, ...prefilters(signals), comments }, this.linePlans.set(key, line);
      }
      plan.line = line;
    }
    return plan;
  }
  /** Line signals matching one added line. */
  matchLine(plan, text2) {
    let line = text2.length > LINE_SCAN_LIMIT ? text2.slice(0, LINE_SCAN_LIMIT) : text2;
    if (!plan.prefilter.test(line) && !plan.lowerPrefilter?.test(line.toLowerCase())) return [];
    let trimmed = line.trimStart();
    for (let prefix of plan.comments) if (trimmed.startsWith(prefix)) return [];
    let found = [];
    for (let signal of plan.signals) {
      let subject = signal.origin === "manifest" && line.length > USER_LINE_LIMIT ? line.slice(0, USER_LINE_LIMIT) : line, match = signal.regex.exec(subject);
      match && found.push({ signal, column: match.index + 1, match: match[0].slice(0, 120) });
    }
    return found;
  }
  /** Dependency signals declared on one added line of a dependency file. */
  matchDependencies(format, text2) {
    if (this.dependencySignals.size === 0) return [];
    let line = text2.length > LINE_SCAN_LIMIT ? text2.slice(0, LINE_SCAN_LIMIT) : text2, found = [];
    for (let name of dependencyNames(format, line))
      for (let signal of this.dependencySignals.get(name) ?? []) {
        let at = nameAt(line, name);
        found.push({ signal, column: at + 1, match: line.slice(at, at + name.length + 8).trim() });
      }
    return found;
  }
};
function prefilters(signals) {
  let exact = /* @__PURE__ */ new Set(), lower = /* @__PURE__ */ new Set();
  for (let signal of signals) {
    let hints = literalHints(signal.pattern);
    if (!hints) return { prefilter: /(?:)/ };
    let insensitive = signal.regex.flags.includes("i");
    for (let hint of hints)
      (insensitive ? lower : exact).add(insensitive ? hint.toLowerCase() : hint);
  }
  let alternation = (set) => new RegExp([...set].map(escapeLiteral).join("|"));
  return {
    prefilter: exact.size > 0 ? alternation(exact) : /(?!)/,
    ...lower.size > 0 ? { lowerPrefilter: alternation(lower) } : {}
  };
}
function nameAt(line, name) {
  let parts = name.split("-").map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")), match = new RegExp(`(?<![\\w.-])${parts.join("[-_.]+")}(?![\\w])`, "i").exec(line);
  return match ? match.index : 0;
}

// src/change/load.ts
function signalPackFor(manifest) {
  return new SignalPack(SIGNAL_PACK, manifest.signals);
}
function summarize(change, manifest) {
  let notes = change.notes;
  return {
    source: change.source,
    base: change.base,
    head: change.head,
    mergeBase: change.mergeBase,
    changedFiles: change.files.length,
    addedLines: change.addedLines,
    path: {
      before: change.baseManifest.manifest?.path ?? change.baseManifest.path ?? null,
      after: manifest.path
    },
    ...notes.length > 0 ? {
      note: text(notes.map((n) => n["zh-CN"]).join("\uFF1B"), notes.map((n) => n.en).join("; "))
    } : {}
  };
}
async function loadChange(options, manifest) {
  let { base, head } = options;
  if (!base || !head) {
    let tuned = manifest.signals === void 0 ? {} : { signals: signalPackFor(manifest) };
    return options.note ? {
      ...tuned,
      summary: { source: "none", changedFiles: 0, addedLines: 0, note: options.note }
    } : tuned;
  }
  let signals = signalPackFor(manifest), unavailable;
  try {
    let change = await gitChange({
      root: options.root,
      base,
      head,
      manifestPath: options.manifestPath,
      pack: signals,
      deepen: options.deepen ?? !1
    });
    return { signals, change, summary: summarize(change, manifest) };
  } catch (error) {
    unavailable = error instanceof ChangeUnavailable ? error : new ChangeUnavailable(
      text(
        `git \u65E0\u6CD5\u6BD4\u8F83 ${base} \u4E0E ${head}\uFF1A${error.message}`,
        `git could not compare ${base} and ${head}: ${error.message}`
      ),
      !1
    );
  }
  if (options.fallback)
    try {
      let input = await options.fallback(options.manifestPath), change = restChange(input, signals, options.manifestPath);
      return change.notes.unshift(unavailable.reason), { signals, change, summary: summarize(change, manifest) };
    } catch (error) {
      let reason = text(
        `${unavailable.reason["zh-CN"]}\uFF1BGitHub REST API \u4E5F\u4E0D\u53EF\u7528\uFF08${error.message}\uFF09\u3002${SHALLOW_HINT["zh-CN"]}`,
        `${unavailable.reason.en}; the GitHub REST API was not available either (${error.message}). ${SHALLOW_HINT.en}`
      );
      return {
        signals,
        unavailable: reason,
        summary: { source: "none", base, head, changedFiles: 0, addedLines: 0, note: reason }
      };
    }
  return {
    signals,
    unavailable: unavailable.reason,
    summary: {
      source: "none",
      base,
      head,
      changedFiles: 0,
      addedLines: 0,
      note: unavailable.reason
    }
  };
}
export {
  loadChange,
  signalPackFor
};
