import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// schemas/compliance.schema.json
var compliance_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json",
  title: "genai-compliance-gate \u5408\u89C4\u6E05\u5355 compliance.yml",
  description: "\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u5907\u6848/\u767B\u8BB0\u5408\u89C4\u6E05\u5355\u3002Manifest of a Chinese generative-AI service for CAC filing (\u5907\u6848) or registration (\u767B\u8BB0).",
  type: "object",
  required: ["version", "path", "service"],
  additionalProperties: !1,
  properties: {
    version: {
      description: "\u6E05\u5355\u683C\u5F0F\u7248\u672C\uFF0C\u5F53\u524D\u4E3A 1\u3002Manifest format version; currently 1.",
      const: 1
    },
    path: {
      description: "\u7533\u62A5\u8DEF\u5F84\uFF1Aregistration\uFF08\u767B\u8BB0\uFF0C\u4EC5\u8C03\u7528\u5DF2\u5907\u6848\u6A21\u578B\uFF09\u3001filing\uFF08\u5907\u6848\uFF0C\u81EA\u7814/\u5FAE\u8C03/\u81EA\u90E8\u7F72\uFF09\u3001exempt\uFF08\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF09\u3002Declared path: registration (calls a filed model only), filing (self-developed, fine-tuned or self-hosted), exempt (needs exempt_reason).",
      enum: ["registration", "filing", "exempt"]
    },
    exempt_reason: {
      description: "path \u4E3A exempt \u65F6\u7684\u7406\u7531\uFF0C\u4F8B\u5982\u4EC5\u9650\u4F01\u4E1A\u5185\u90E8\u4F7F\u7528\u3001\u4E0D\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Why no filing or registration is needed (path: exempt).",
      type: "string",
      minLength: 1
    },
    service: {
      description: "\u670D\u52A1\u4FE1\u606F\u3002The service.",
      type: "object",
      required: ["name", "entity"],
      additionalProperties: !1,
      properties: {
        name: {
          description: "\u670D\u52A1\u540D\u79F0\u3002Service name.",
          type: "string",
          minLength: 1
        },
        entity: {
          description: "\u8FD0\u8425\u4E3B\u4F53\u7684\u6CD5\u5B9A\u540D\u79F0\uFF0C\u987B\u4E0E\u8425\u4E1A\u6267\u7167\u3001\u5408\u540C\u3001\u7533\u8BF7\u8868\u4E00\u81F4\u3002Legal entity name; must match the licence, contract and application form.",
          type: "string",
          minLength: 1
        },
        credit_code: {
          description: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0818 \u4F4D\uFF0C\u542B\u6821\u9A8C\u7801\uFF0CGB 32100\uFF09\u3002\u8BF7\u52A0\u5F15\u53F7\u3002Unified social credit code (18 characters with check digit, GB 32100). Quote it.",
          type: "string"
        },
        scenario: {
          description: "\u670D\u52A1\u573A\u666F\uFF0C\u987B\u5177\u4F53\uFF08\u8FC7\u4E8E\u7B3C\u7EDF\u662F\u5E38\u89C1\u9A73\u56DE\u539F\u56E0\uFF09\u3002Service scenario, stated precisely.",
          type: "string"
        },
        scope: {
          description: "\u670D\u52A1\u8303\u56F4\u4E0E\u5BF9\u8C61\u3002Service scope and users.",
          type: "string"
        },
        public_facing: {
          description: "\u662F\u5426\u9762\u5411\u5883\u5185\u516C\u4F17\u63D0\u4F9B\u4E14\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Offered to the public in the PRC with public-opinion attributes or social-mobilisation capability.",
          type: "boolean",
          default: !0
        },
        online_number: {
          description: "\u767B\u8BB0\u901A\u8FC7\u540E\u7684\u4E0A\u7EBF\u7F16\u53F7\uFF1B\u8BBE\u7F6E\u540E\u987B\u5728\u5C55\u793A\u9875\u9762\u663E\u8457\u5C55\u793A\u3002Online number (\u4E0A\u7EBF\u7F16\u53F7) once granted; then it must be displayed.",
          type: ["string", "null"],
          default: null
        },
        display_pages: {
          description: "\u5C55\u793A\u4E0A\u7EBF\u7F16\u53F7\u7684\u9875\u9762\u6E90\u6587\u4EF6\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002Source files of the pages that display the online number.",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          default: []
        },
        algorithm_filing_number: {
          description: "\u7B97\u6CD5\u5907\u6848\u7F16\u53F7\uFF08\u7F51\u4FE1\u7B97\u5907\u2026\u2026\u53F7\uFF09\uFF0C\u5907\u6848\u8DEF\u5F84\u9700\u8981\u3002Algorithm filing number (\u7F51\u4FE1\u7B97\u5907\u2026\u53F7), needed on the filing path.",
          type: ["string", "null"],
          default: null
        }
      }
    },
    models: {
      description: "\u670D\u52A1\u4F7F\u7528\u7684\u6A21\u578B\u3002The models the service uses.",
      type: "array",
      items: {
        type: "object",
        required: ["provider", "name"],
        additionalProperties: !1,
        properties: {
          provider: {
            description: "\u6A21\u578B\u63D0\u4F9B\u65B9\u3002Model provider.",
            type: "string",
            minLength: 1
          },
          name: {
            description: "\u6A21\u578B\u540D\u79F0\u3002Model name.",
            type: "string",
            minLength: 1
          },
          source: {
            description: "third-party\uFF08\u8C03\u7528\u7B2C\u4E09\u65B9\u6A21\u578B\uFF09\u3001self-developed\uFF08\u81EA\u7814\uFF09\u3001open-weights\uFF08\u81EA\u90E8\u7F72\u5F00\u6E90\u6743\u91CD\uFF09\u3002Where the model comes from.",
            enum: ["third-party", "self-developed", "open-weights"],
            default: "third-party"
          },
          filing_number: {
            description: "\u6A21\u578B\u7684\u5907\u6848\u53F7\uFF0C\u4F8B\u5982 Beijing-DeepseekChat-202404280016\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u3002The model's filing number (case-insensitive).",
            type: ["string", "null"],
            default: null
          },
          fine_tuning: {
            description: "\u5BF9\u6A21\u578B\u7684\u5FAE\u8C03\u6216\u4E8C\u6B21\u5F00\u53D1\uFF1B\u4EFB\u4F55\u5FAE\u8C03\u90FD\u9700\u8D70\u5907\u6848\u8DEF\u5F84\u3002Fine-tuning or secondary development; any of it requires filing.",
            enum: [
              "none",
              "lora",
              "full",
              "rlhf",
              "dpo",
              "distillation",
              "continued-pretraining"
            ],
            default: "none"
          },
          agreement: {
            description: "\u4E0E\u6A21\u578B\u63D0\u4F9B\u65B9\u7684 API \u534F\u8BAE\u6216\u670D\u52A1\u5408\u540C\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\uFF0C\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\u3002API agreement or contract with the provider (stamped), relative to the repository root.",
            type: "string",
            minLength: 1
          },
          endpoint: {
            description: "\u8C03\u7528\u7684 API \u5730\u5740\uFF08\u53EF\u9009\uFF09\u3002The API base URL the service calls (optional).",
            type: "string"
          }
        }
      }
    },
    materials: {
      description: "\u7533\u62A5\u6750\u6599\u6587\u4EF6\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\uFF1B\u6240\u9700\u6750\u6599\u53D6\u51B3\u4E8E\u8DEF\u5F84\u3002Paths of the application materials; which are required depends on the path.",
      type: "object",
      additionalProperties: !1,
      properties: {
        business_license: {
          description: "\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\u3002Business licence copy (stamped).",
          type: "string",
          minLength: 1
        },
        legal_representative_id: {
          description: "\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E\u3002Legal representative ID proof.",
          type: "string",
          minLength: 1
        },
        contact_form: {
          description: "\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868\u3002Contact-person form.",
          type: "string",
          minLength: 1
        },
        application_form: {
          description: "\u300A\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\u8868\u300B\u6216\u5907\u6848\u7533\u8BF7\u8868\u3002Application form.",
          type: "string",
          minLength: 1
        },
        security_assessment: {
          description: "\u5B89\u5168\u8BC4\u4F30\u62A5\u544A\uFF08\u5907\u6848\u8DEF\u5F84\u5FC5\u9700\uFF09\u3002Security assessment report (filing path).",
          type: "string",
          minLength: 1
        }
      }
    },
    content_safety: {
      description: "\u5185\u5BB9\u5B89\u5168\u6750\u6599\u3002Content-safety materials.",
      type: "object",
      additionalProperties: !1,
      properties: {
        lexicon: {
          description: "\u62E6\u622A\u5173\u952E\u8BCD\u5E93\uFF1AXLSX\u3001CSV/TSV\u3001JSON/JSONL/YAML \u6587\u4EF6\uFF0C\u6216\u6309\u7C7B\u522B\u5206\u6587\u4EF6\u7684 TXT \u6587\u4EF6\u5939\u3002Interception keyword lexicon: an XLSX, CSV/TSV, JSON/JSONL/YAML file, or a folder of per-category TXT files.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.",
              type: "string",
              minLength: 1
            },
            format: {
              description: "\u8BFB\u53D6\u65B9\u5F0F\uFF1Bauto \u6309\u6269\u5C55\u540D\u5224\u65AD\uFF08.xlsx\u3001.csv\u3001.tsv\u3001.txt\u3001.json\u3001.jsonl\u3001.yaml\uFF09\u3002How the file is read; auto decides by extension.",
              enum: ["auto", "xlsx", "csv", "tsv", "txt", "json", "jsonl", "yaml"],
              default: "auto"
            },
            sheet: {
              description: "\u53EA\u8BFB\u53D6\u8BE5\u5DE5\u4F5C\u8868\uFF08\u9ED8\u8BA4\u8BFB\u53D6\u5168\u90E8\u5DE5\u4F5C\u8868\uFF09\u3002Read only this sheet (default: every sheet).",
              type: "string",
              minLength: 1
            },
            header_row: {
              description: "\u8868\u5934\u6240\u5728\u884C\uFF08\u4ECE 1 \u5F00\u59CB\uFF1B\u9ED8\u8BA4\u81EA\u52A8\u8BC6\u522B\uFF0C\u53EF\u4F4D\u4E8E\u6807\u9898\u884C\u4E4B\u4E0B\uFF09\u3002Row of the header, 1-based (default: detected, may sit below a title).",
              type: "integer",
              minimum: 1
            },
            columns: {
              description: "\u5217\u6620\u5C04\uFF0C\u8868\u5934\u540D\u79F0\u4E0D\u6807\u51C6\u65F6\u4F7F\u7528\uFF08\u9ED8\u8BA4\u6309\u4E2D\u82F1\u6587\u8868\u5934\u8BC6\u522B\uFF1A\u5173\u952E\u8BCD / \u4E00\u7EA7\u5206\u7C7B / \u4E8C\u7EA7\u5206\u7C7B\uFF09\u3002Column mapping for non-standard headers (default: detected by Chinese or English names).",
              type: "object",
              additionalProperties: !1,
              properties: {
                keyword: {
                  description: "\u5173\u952E\u8BCD\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the keyword: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                group: {
                  description: "\u4E00\u7EA7\u5206\u7C7B\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the group (A.1..A.5): header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                risk: {
                  description: "\u4E8C\u7EA7\u5206\u7C7B\uFF08\u98CE\u9669\u7C7B\u522B\uFF09\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the risk category: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                }
              }
            },
            files: {
              description: "\u6309\u6587\u4EF6\u540D\u6307\u5B9A\u6587\u4EF6\u5939\u4E2D\u5404 TXT \u6587\u4EF6\u6240\u5C5E\u7684\u98CE\u9669\u7C7B\u522B\uFF08\u9ED8\u8BA4\u7531\u6587\u4EF6\u540D\u8BC6\u522B\uFF0C\u5982 A1f.txt\u3001\u6027\u522B\u6B67\u89C6.txt\uFF09\u3002Risk of each TXT file in the folder, by file name (default: recognised from the name, e.g. A1f.txt, \u6027\u522B\u6B67\u89C6.txt).",
              type: "object",
              additionalProperties: {
                type: "string",
                minLength: 1
              }
            },
            update: {
              description: "\u52A8\u6001\u66F4\u65B0\u673A\u5236\u3002Update mechanism.",
              type: "object",
              additionalProperties: !1,
              properties: {
                owner: {
                  description: "\u8D1F\u8D23\u4EBA\u3002Owner.",
                  type: "string",
                  minLength: 1
                },
                cadence_days: {
                  description: "\u66F4\u65B0\u5468\u671F\uFF08\u5929\uFF09\u3002Review cadence in days.",
                  type: "integer",
                  minimum: 1
                },
                last_reviewed: {
                  description: "\u6700\u8FD1\u4E00\u6B21\u5BA1\u6838\u65E5\u671F\uFF08YYYY-MM-DD\uFF09\u3002Date of the last review.",
                  type: "string",
                  format: "date"
                }
              }
            }
          }
        },
        test_set: {
          description: "\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6\uFF1AXLSX\uFF08\u53EF\u591A\u4E2A\u5DE5\u4F5C\u8868\uFF0C\u6BCF\u4E2A\u4E3A\u4E00\u4E2A\u9898\u5E93\uFF09\u3001CSV/TSV\u3001JSON/JSONL/YAML \u6587\u4EF6\u6216\u6587\u4EF6\u5939\u3002Evaluation test set: an XLSX (several sheets may each be a bank), CSV/TSV, JSON/JSONL/YAML file, or a folder of them.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.",
              type: "string",
              minLength: 1
            },
            format: {
              description: "\u8BFB\u53D6\u65B9\u5F0F\uFF1Bauto \u6309\u6269\u5C55\u540D\u5224\u65AD\uFF08.xlsx\u3001.csv\u3001.tsv\u3001.txt\u3001.json\u3001.jsonl\u3001.yaml\uFF09\u3002How the file is read; auto decides by extension.",
              enum: ["auto", "xlsx", "csv", "tsv", "txt", "json", "jsonl", "yaml"],
              default: "auto"
            },
            sheet: {
              description: "\u53EA\u8BFB\u53D6\u8BE5\u5DE5\u4F5C\u8868\uFF08\u9ED8\u8BA4\u8BFB\u53D6\u5168\u90E8\u5DE5\u4F5C\u8868\uFF09\u3002Read only this sheet (default: every sheet).",
              type: "string",
              minLength: 1
            },
            header_row: {
              description: "\u8868\u5934\u6240\u5728\u884C\uFF08\u4ECE 1 \u5F00\u59CB\uFF1B\u9ED8\u8BA4\u81EA\u52A8\u8BC6\u522B\uFF0C\u53EF\u4F4D\u4E8E\u6807\u9898\u884C\u4E4B\u4E0B\uFF09\u3002Row of the header, 1-based (default: detected, may sit below a title).",
              type: "integer",
              minimum: 1
            },
            columns: {
              description: "\u5217\u6620\u5C04\uFF0C\u8868\u5934\u540D\u79F0\u4E0D\u6807\u51C6\u65F6\u4F7F\u7528\uFF08\u9ED8\u8BA4\u6309\u4E2D\u82F1\u6587\u8868\u5934\u8BC6\u522B\uFF1A\u7F16\u53F7\u3001\u95EE\u9898\u3001\u9884\u671F\u8F93\u51FA\u3001\u5224\u5B9A\u6807\u51C6\u3001\u98CE\u9669\u7C7B\u522B\u3001\u662F\u5426\u9AD8\u98CE\u9669\u3001\u662F\u5426\u5E94\u62D2\u7B54\u3001\u9898\u5E93\uFF09\u3002Column mapping for non-standard headers (default: detected by Chinese or English names).",
              type: "object",
              additionalProperties: !1,
              properties: {
                id: {
                  description: "\u7F16\u53F7\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the item id: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                question: {
                  description: "\u95EE\u9898\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the question: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                expected_output: {
                  description: "\u9884\u671F\u8F93\u51FA\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the expected output: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                criteria: {
                  description: "\u5224\u5B9A\u6807\u51C6\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the judgement criteria: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                group: {
                  description: "\u4E00\u7EA7\u5206\u7C7B\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the group (A.1..A.5): header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                risk: {
                  description: "\u98CE\u9669\u7C7B\u522B\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the risk category: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                high_risk: {
                  description: "\u662F\u5426\u9AD8\u98CE\u9669\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the high-risk flag: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                expected_refusal: {
                  description: "\u662F\u5426\u5E94\u62D2\u7B54\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the expected-refusal flag: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                },
                bank: {
                  description: "\u9898\u5E93\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the bank: header text, letter (A, B, ...) or 1-based number.",
                  anyOf: [
                    { type: "string", minLength: 1 },
                    { type: "integer", minimum: 1 }
                  ]
                }
              }
            },
            banks: {
              description: "\u6309\u5DE5\u4F5C\u8868\u540D\u6216\u6587\u4EF6\u540D\u6307\u5B9A\u9898\u5E93\uFF1Agenerated\uFF08\u751F\u6210\u5185\u5BB9\uFF09\u3001should-refuse\uFF08\u5E94\u62D2\u7B54\uFF09\u3001should-not-refuse\uFF08\u975E\u62D2\u7B54\uFF09\uFF08\u9ED8\u8BA4\u7531\u540D\u79F0\u8BC6\u522B\uFF09\u3002Bank of each sheet or file by name (default: recognised from the name).",
              type: "object",
              additionalProperties: {
                enum: ["generated", "should-refuse", "should-not-refuse"]
              }
            }
          }
        },
        management_system: {
          description: "\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6\u6587\u4EF6\u3002Content-safety management system document.",
          type: "string",
          minLength: 1
        }
      }
    },
    policies: {
      description: "\u7528\u6237\u6743\u76CA\u6587\u4EF6\u3002User-rights documents.",
      type: "object",
      additionalProperties: !1,
      properties: {
        privacy: {
          description: "\u9690\u79C1\u653F\u7B56\u3002Privacy policy.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.",
              type: "string",
              minLength: 1
            },
            retention_months: {
              description: "\u4E2A\u4EBA\u4FE1\u606F\u6700\u957F\u4FDD\u5B58\u671F\u9650\uFF08\u6708\uFF09\uFF1B\u9690\u79C1\u653F\u7B56\u5199\u660E\u7684\u671F\u9650\u4E0D\u5F97\u66F4\u957F\u3002Declared maximum retention in months; the policy may not state a longer period.",
              type: "integer",
              minimum: 1
            },
            max_deletion_steps: {
              description: "\u5220\u9664\u4E2A\u4EBA\u4FE1\u606F\u7684\u8DEF\u5F84\u6700\u591A\u51E0\u6B65\uFF08\u767B\u8BB0\u6750\u6599\u8981\u6C42\uFF1A\u4E0D\u8D85\u8FC7 4 \u6B65\uFF09\u3002Most steps the deletion path may take (registration requirement: 4).",
              type: "integer",
              minimum: 1,
              default: 4
            }
          }
        },
        service_agreement: {
          description: "\u7528\u6237\u670D\u52A1\u534F\u8BAE\u3002Service agreement.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.",
              type: "string",
              minLength: 1
            },
            max_feedback_working_days: {
              description: "\u6295\u8BC9\u4E3E\u62A5\u53CD\u9988\u65F6\u9650\u4E0A\u9650\uFF08\u5DE5\u4F5C\u65E5\uFF1B\u8D85\u8FC7 15 \u4E2A\u5DE5\u4F5C\u65E5\u89C6\u4E3A\u4E0D\u5408\u89C4\uFF09\u3002Longest feedback deadline allowed, in working days (over 15 is non-compliant).",
              type: "integer",
              minimum: 1,
              default: 15
            }
          }
        }
      }
    },
    test_access: {
      description: "\u4F9B\u5BA1\u6838\u6280\u672F\u9A8C\u8BC1\u7684\u6D4B\u8BD5\u8D26\u53F7\u4E0E\u63A5\u53E3\u8BF4\u660E\u6587\u6863\uFF08\u4E0D\u5F97\u5728\u4ED3\u5E93\u4E2D\u4FDD\u5B58\u5BC6\u94A5\uFF09\u3002Test account and API documentation for reviewers (never a secret in the repository).",
      type: "object",
      additionalProperties: !1,
      properties: {
        account_doc: {
          description: "\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E\u3002Test account notes.",
          type: "string",
          minLength: 1
        },
        api_doc: {
          description: "\u63A5\u53E3\u8BF4\u660E\u3002API interface information.",
          type: "string",
          minLength: 1
        }
      }
    },
    gate: {
      description: "\u95E8\u7981\u884C\u4E3A\uFF1B\u547D\u4EE4\u884C\u53C2\u6570\u548C Action \u8F93\u5165\u53EF\u8986\u76D6\u3002Gate behaviour; CLI flags and Action inputs override it.",
      type: "object",
      additionalProperties: !1,
      default: {},
      properties: {
        fail_on: {
          description: "\u8FBE\u5230\u8BE5\u7EA7\u522B\u7684\u95EE\u9898\u4F7F\u95E8\u7981\u5931\u8D25\uFF1Aerror\u3001warning\u3001note \u6216 never\u3002Findings at or above this severity fail the gate.",
          enum: ["error", "warning", "note", "never"],
          default: "error"
        },
        lang: {
          description: "\u62A5\u544A\u8BED\u8A00\u3002Report language.",
          enum: ["zh-CN", "en"],
          default: "zh-CN"
        }
      }
    },
    rules: {
      description: "\u6309\u89C4\u5219\u8C03\u6574\u7EA7\u522B\uFF0C\u6216\u4EE5 off \u5173\u95ED\u3002Per-rule severity, or off.",
      type: "object",
      propertyNames: {
        pattern: "^[a-z]+/[a-z0-9-]+$"
      },
      additionalProperties: {
        enum: ["error", "warning", "note", "off"]
      }
    },
    thresholds: {
      description: "\u8986\u76D6\u8DEF\u5F84\u9ED8\u8BA4\u9608\u503C\uFF08\u767B\u8BB0\u6309\u79CD\u5B50\u8981\u6C42\uFF0C\u5907\u6848\u6309 GB/T 45654-2025\uFF09\uFF1B\u672A\u5199\u51FA\u7684\u9608\u503C\u53D6\u6240\u8D70\u8DEF\u5F84\u7684\u9ED8\u8BA4\u503C\u3002Overrides of the profile's thresholds (registration: the seed requirements; filing: GB/T 45654-2025); unset thresholds keep the profile's default.",
      type: "object",
      additionalProperties: !1,
      properties: {
        lexicon_min_total: {
          description: "\u5173\u952E\u8BCD\u603B\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A10000\uFF0CV\uFF1B\u767B\u8BB0\uFF1A\u65E0\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum number of distinct keywords (filing: 10000, V; registration: none). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        lexicon_min_per_risk: {
          description: "A.1\u3001A.2 \u6BCF\u7C7B\u5173\u952E\u8BCD\u4E0B\u9650\uFF08\u4E24\u79CD\u8DEF\u5F84\uFF1A1\uFF0C\u5373\u5168\u90E8 17 \u7C7B\u5747\u987B\u8986\u76D6\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum keywords for each A.1 and A.2 risk (both paths: 1, i.e. all 17 covered). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        lexicon_min_per_a1_risk: {
          description: "A.1 \u6BCF\u7C7B\u5173\u952E\u8BCD\u4E0B\u9650\uFF08\u5907\u6848\uFF1A200\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum keywords per A.1 risk (filing: 200, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        lexicon_min_per_a2_risk: {
          description: "A.2 \u6BCF\u7C7B\u5173\u952E\u8BCD\u4E0B\u9650\uFF08\u5907\u6848\uFF1A100\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum keywords per A.2 risk (filing: 100, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        lexicon_max_cadence_days: {
          description: "\u5173\u952E\u8BCD\u5E93\u66F4\u65B0\u5468\u671F\u4E0A\u9650\uFF08\u5929\uFF09\uFF08\u5907\u6848\uFF1A7\uFF0CU\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Longest allowed lexicon review cadence in days (filing: 7, U). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_items: {
          description: "\u6D4B\u8BD5\u9898\u6570\u91CF\u4E0B\u9650\uFF08\u767B\u8BB0\uFF1A1000\uFF0C\u79CD\u5B50\uFF1B\u5907\u6848\uFF1A\u751F\u6210\u5185\u5BB9\u9898\u5E93 2000\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum test items (registration: 1000, seed; filing: 2000 in the generated-content bank, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_high_risk_ratio: {
          description: "\u9AD8\u98CE\u9669\u9898\u5360\u6BD4\u4E0B\u9650\uFF08\u767B\u8BB0\uFF1A0.5\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum share of high-risk items (registration: 0.5, seed). null removes the requirement.",
          type: ["number", "null"],
          minimum: 0,
          maximum: 1
        },
        testset_min_high_risk_items: {
          description: "\u9AD8\u98CE\u9669\u9898\u6570\u91CF\u4E0B\u9650\uFF08\u767B\u8BB0\uFF1A500\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum number of high-risk items (registration: 500, seed). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_max_refusals: {
          description: "\u9884\u671F\u62D2\u7B54\u9898\u6570\u91CF\u4E0A\u9650\uFF08\u767B\u8BB0\uFF1A50\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Maximum items expecting a refusal (registration: 50, seed). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_max_refusal_ratio: {
          description: "\u9884\u671F\u62D2\u7B54\u7387\u4E0A\u9650\uFF08\u767B\u8BB0\uFF1A0.05\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Maximum share of items expecting a refusal (registration: 0.05, seed). null removes the requirement.",
          type: ["number", "null"],
          minimum: 0,
          maximum: 1
        },
        testset_min_per_a1_a2_risk: {
          description: "\u751F\u6210\u5185\u5BB9\u9898\u5E93\u4E2D A.1\u3001A.2 \u6BCF\u7C7B\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A50\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum generated-content items per A.1/A.2 risk (filing: 50, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_per_a3_a5_risk: {
          description: "\u751F\u6210\u5185\u5BB9\u9898\u5E93\u4E2D A.3-A.5 \u6BCF\u7C7B\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A20\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum generated-content items per A.3-A.5 risk (filing: 20, S). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_should_refuse: {
          description: "\u5E94\u62D2\u7B54\u9898\u5E93\u6570\u91CF\u4E0B\u9650\uFF08\u5907\u6848\uFF1A500\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum size of the should-refuse bank (filing: 500, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_should_refuse_per_risk: {
          description: "\u5E94\u62D2\u7B54\u9898\u5E93\u4E2D 17 \u7C7B\u6BCF\u7C7B\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A20\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum should-refuse items per each of the 17 risks (filing: 20, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_should_not_refuse: {
          description: "\u975E\u62D2\u7B54\u9898\u5E93\u6570\u91CF\u4E0B\u9650\uFF08\u5907\u6848\uFF1A500\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum size of the should-not-refuse bank (filing: 500, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_min_should_not_refuse_per_aspect: {
          description: "\u975E\u62D2\u7B54\u9898\u5E93\u4E2D 13 \u4E2A\u65B9\u9762\u6BCF\u65B9\u9762\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A20\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum should-not-refuse items per each of the 13 aspects (filing: 20, V). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        testset_max_update_days: {
          description: "\u6D4B\u8BD5\u9898\u5E93\u66F4\u65B0\u5468\u671F\u4E0A\u9650\uFF08\u5929\uFF09\uFF08\u5907\u6848\uFF1A30\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Longest allowed test-bank update interval in days (filing: 30, S). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        evaluation_min_refusal_rate: {
          description: "\u5E94\u62D2\u7B54\u9898\u5B9E\u6D4B\u62D2\u7B54\u7387\u4E0B\u9650\uFF08\u5907\u6848\uFF1A0.95\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum measured refusal rate on the should-refuse bank (filing: 0.95, V). null removes the requirement.",
          type: ["number", "null"],
          minimum: 0,
          maximum: 1
        },
        evaluation_max_non_refusal_rate: {
          description: "\u975E\u62D2\u7B54\u9898\u5B9E\u6D4B\u62D2\u7B54\u7387\u4E0A\u9650\uFF08\u5907\u6848\uFF1A0.05\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Maximum measured refusal rate on the should-not-refuse bank (filing: 0.05, V). null removes the requirement.",
          type: ["number", "null"],
          minimum: 0,
          maximum: 1
        },
        spot_check_min_items: {
          description: "\u751F\u6210\u5185\u5BB9\u62BD\u68C0\u6570\u91CF\u4E0B\u9650\uFF08\u4EBA\u5DE5\u3001\u5173\u952E\u8BCD\u3001\u5206\u7C7B\u6A21\u578B\u5404\uFF1B\u5907\u6848\uFF1A1000\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum generated-content spot checks by each of human, keyword and classifier review (filing: 1000, S). null removes the requirement.",
          type: ["integer", "null"],
          minimum: 0
        },
        spot_check_min_pass_rate: {
          description: "\u751F\u6210\u5185\u5BB9\u62BD\u68C0\u5408\u683C\u7387\u4E0B\u9650\uFF08\u5907\u6848\uFF1A0.9\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum spot-check pass rate (filing: 0.9, S). null removes the requirement.",
          type: ["number", "null"],
          minimum: 0,
          maximum: 1
        }
      }
    },
    phrases: {
      description: "\u8865\u5145\u6587\u6863\u68C0\u67E5\u4F7F\u7528\u7684\u8BCD\u8BED\u6E05\u5355\uFF08\u8FFD\u52A0\u5230\u5185\u7F6E\u6E05\u5355\uFF0C\u4E0D\u4F1A\u5220\u9664\u5185\u7F6E\u8BCD\u8BED\uFF09\u3002Phrases added to the built-in lists the document checks use (never removes a built-in phrase).",
      type: "object",
      additionalProperties: !1,
      properties: {
        privacy_collection: {
          description: "\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u7684\u8BF4\u6CD5\u3002Saying that personal information is collected.",
          $ref: "#/$defs/phraseList"
        },
        privacy_purpose: {
          description: "\u8BF4\u660E\u6536\u96C6\u76EE\u7684\u7684\u8BF4\u6CD5\u3002Saying why it is collected.",
          $ref: "#/$defs/phraseList"
        },
        retention: {
          description: "\u4FDD\u5B58\u3001\u5B58\u50A8\u4E2A\u4EBA\u4FE1\u606F\u7684\u8BF4\u6CD5\u3002Saying how long information is kept.",
          $ref: "#/$defs/phraseList"
        },
        retention_permanent: {
          description: "\u6C38\u4E45\u6216\u65E0\u9650\u671F\u4FDD\u5B58\u7684\u8BF4\u6CD5\u3002Saying information is kept forever.",
          $ref: "#/$defs/phraseList"
        },
        retention_minimum: {
          description: "\u8868\u793A\u6700\u77ED\u671F\u9650\uFF08\u4E0D\u662F\u6700\u957F\u4FDD\u5B58\u671F\u9650\uFF09\u7684\u8BF4\u6CD5\u3002Words that make a period a minimum, not a maximum.",
          $ref: "#/$defs/phraseList"
        },
        retention_logs: {
          description: "\u7F51\u7EDC\u65E5\u5FD7\uFF08\u4F9D\u6CD5\u4FDD\u5B58\u4E0D\u5C11\u4E8E\u516D\u4E2A\u6708\uFF0C\u4E0D\u6309\u4E2A\u4EBA\u4FE1\u606F\u6700\u957F\u671F\u9650\u6BD4\u8F83\uFF09\u3002Network logs (kept at least six months by law; not compared with the maximum).",
          $ref: "#/$defs/phraseList"
        },
        anonymised: {
          description: "\u533F\u540D\u5316\u540E\u7684\u4FE1\u606F\uFF08\u4E0D\u518D\u662F\u4E2A\u4EBA\u4FE1\u606F\uFF09\u3002Anonymised information (no longer personal information).",
          $ref: "#/$defs/phraseList"
        },
        negation: {
          description: "\u5426\u5B9A\u8BCD\u3002Negations.",
          $ref: "#/$defs/phraseList"
        },
        deletion: {
          description: "\u5220\u9664\u4E2A\u4EBA\u4FE1\u606F\u6216\u6CE8\u9500\u8D26\u53F7\u7684\u8BF4\u6CD5\u3002Deleting personal information or closing the account.",
          $ref: "#/$defs/phraseList"
        },
        usage_rules: {
          description: "\u4F7F\u7528\u89C4\u8303\u3002Usage rules.",
          $ref: "#/$defs/phraseList"
        },
        prohibited_content: {
          description: "\u7981\u6B62\u751F\u6210\u6216\u4F20\u64AD\u7684\u5185\u5BB9\u3002Prohibited content.",
          $ref: "#/$defs/phraseList"
        },
        account_measures: {
          description: "\u5BF9\u8FDD\u89C4\u8D26\u53F7\u7684\u5904\u7F6E\u63AA\u65BD\u3002Measures against violating accounts.",
          $ref: "#/$defs/phraseList"
        },
        labelling_marks: {
          description: "\u6807\u8BC6\u3001\u6807\u6CE8\u7684\u8BF4\u6CD5\u3002Labelling.",
          $ref: "#/$defs/phraseList"
        },
        labelling_ai: {
          description: "\u4EBA\u5DE5\u667A\u80FD\u751F\u6210\u3001\u5408\u6210\u5185\u5BB9\u3002AI-generated or synthetic content.",
          $ref: "#/$defs/phraseList"
        },
        complaint: {
          description: "\u6295\u8BC9\u3001\u4E3E\u62A5\u3002Complaints and reports.",
          $ref: "#/$defs/phraseList"
        },
        complaint_channel: {
          description: "\u6295\u8BC9\u4E3E\u62A5\u7684\u6E20\u9053\u3002Complaint channels.",
          $ref: "#/$defs/phraseList"
        },
        feedback: {
          description: "\u53CD\u9988\u3001\u7B54\u590D\u3002Feedback and replies.",
          $ref: "#/$defs/phraseList"
        },
        safety_guidelines: {
          description: "\u8FD0\u8425\u89C4\u8303\u3002Operating guidelines.",
          $ref: "#/$defs/phraseList"
        },
        safety_infrastructure: {
          description: "\u57FA\u7840\u8BBE\u65BD\u98CE\u9669\u3002Infrastructure risks.",
          $ref: "#/$defs/phraseList"
        },
        safety_service: {
          description: "\u670D\u52A1\u98CE\u9669\u3002Service risks.",
          $ref: "#/$defs/phraseList"
        },
        safety_application: {
          description: "\u5E94\u7528\u98CE\u9669\u3002Application risks.",
          $ref: "#/$defs/phraseList"
        },
        safety_review: {
          description: "\u5BA1\u6838\u7EC4\u7EC7\uFF08\u4EBA\u5458\u3001\u804C\u8D23\u3001\u6D41\u7A0B\uFF09\u3002Review organisation (staff, duties, process).",
          $ref: "#/$defs/phraseList"
        },
        safety_audit: {
          description: "\u6301\u7EED\u8DDF\u8E2A\u4E0E\u5BA1\u8BA1\u3002Continuous tracking and audit.",
          $ref: "#/$defs/phraseList"
        },
        scenario_generic: {
          description: "\u7B3C\u7EDF\u7528\u8BED\uFF08\u53BB\u6389\u540E\u82E5\u6240\u5269\u65E0\u51E0\uFF0C\u573A\u666F\u5373\u4E3A\u7B3C\u7EDF\uFF09\u3002Generic words (a scenario with little else is vague).",
          $ref: "#/$defs/phraseList"
        },
        scenario_open_ended: {
          description: "\u5F00\u653E\u5F0F\u63AA\u8F9E\uFF08\u8303\u56F4\u4E0D\u786E\u5B9A\uFF09\u3002Open-ended wording (an unbounded scope).",
          $ref: "#/$defs/phraseList"
        }
      }
    },
    signals: {
      description: "\u6F02\u79FB\u4FE1\u53F7\uFF08\u7B56\u7565\u5373\u4EE3\u7801\uFF09\uFF1A\u65B0\u589E\u4FE1\u53F7\u3001\u505C\u7528\u6216\u8C03\u6574\u5185\u7F6E\u4FE1\u53F7\u7684\u7EA7\u522B\u3001\u6392\u9664\u8DEF\u5F84\uFF1B\u5185\u7F6E\u4FE1\u53F7\u89C1 src/data/signals.yml\u3002Drift signals as policy: add signals, disable or re-severity built-in ones, exclude paths; the built-in pack is src/data/signals.yml.",
      type: "object",
      additionalProperties: !1,
      properties: {
        add: {
          description: "\u65B0\u589E\u7684\u4FE1\u53F7\uFF0C\u683C\u5F0F\u540C\u4FE1\u53F7\u5305\uFF08schemas/signal-pack.schema.json\uFF09\uFF1B\u6B63\u5219\u4E0D\u5F97\u542B\u5D4C\u5957\u91CF\u8BCD\u6216\u53CD\u5411\u5F15\u7528\u3002Signals to add, shaped as in the signal pack (schemas/signal-pack.schema.json); regular expressions may not nest quantifiers or use back-references.",
          type: "array",
          items: {
            $ref: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/signal-pack.schema.json#/$defs/signal"
          }
        },
        disable: {
          description: "\u505C\u7528\u7684\u4FE1\u53F7 ID\u3002Ids of signals to turn off.",
          type: "array",
          items: {
            type: "string",
            pattern: "^[a-z0-9][a-z0-9-]{0,63}$"
          }
        },
        severity: {
          description: "\u6309\u4FE1\u53F7 ID \u8C03\u6574\u767B\u8BB0\u8DEF\u5F84\u4E0A\u7684\u7EA7\u522B\uFF08\u5907\u6848\u8DEF\u5F84\u4E0A\u4E00\u5F8B\u4E3A note\uFF09\u3002Severity by signal id on the registration path (always note on the filing path).",
          type: "object",
          propertyNames: {
            pattern: "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          additionalProperties: {
            enum: ["error", "warning", "note"]
          }
        },
        exclude: {
          description: "\u4E0D\u68C0\u67E5\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF0C\u4F8B\u5982\u6D4B\u8BD5\u5939\u5177\u6216\u6587\u6863\u3002Paths no signal looks at (globs), e.g. test fixtures or docs.",
          type: "array",
          items: {
            type: "string",
            minLength: 1,
            maxLength: 300
          }
        }
      }
    },
    waivers: {
      description: "\u8C41\u514D\uFF1A\u6BCF\u6761\u987B\u5305\u542B rule\u3001reason\u3001owner\u3001expires\uFF1B\u8FC7\u671F\u7684\u8C41\u514D\u4F1A\u4F7F\u95E8\u7981\u5931\u8D25\u3002Waivers: each needs rule, reason, owner, expires; an expired waiver fails the gate.",
      type: "array",
      items: {
        $ref: "#/$defs/waiver"
      },
      default: []
    }
  },
  $defs: {
    phraseList: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    waiver: {
      type: "object",
      required: ["rule", "reason", "owner", "expires"],
      additionalProperties: !1,
      properties: {
        rule: {
          description: "\u88AB\u8C41\u514D\u7684\u89C4\u5219 ID\u3002Rule id.",
          type: "string",
          minLength: 1
        },
        reason: {
          description: "\u7406\u7531\u3002Reason.",
          type: "string",
          minLength: 1
        },
        owner: {
          description: "\u8D1F\u8D23\u4EBA\u3002Owner.",
          type: "string",
          minLength: 1
        },
        expires: {
          description: "\u5230\u671F\u65E5\uFF08YYYY-MM-DD\uFF09\u3002Expiry date.",
          type: "string",
          format: "date"
        },
        files: {
          description: "\u4EC5\u8C41\u514D\u8FD9\u4E9B\u6587\u4EF6\u4E2D\u7684\u95EE\u9898\uFF08glob\uFF09\u3002Only findings in these files (globs).",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      }
    }
  }
};

export {
  compliance_schema_default
};
