import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/data/paths.ts
var PATH_ORDER = { exempt: 0, registration: 1, filing: 2 }, PATH_NAMES = {
  registration: { "zh-CN": "\u767B\u8BB0", en: "registration" },
  filing: { "zh-CN": "\u5907\u6848", en: "filing" },
  exempt: { "zh-CN": "\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0", en: "exempt" }
}, REQUIRED_MATERIALS = {
  registration: ["business_license", "legal_representative_id", "contact_form", "application_form"],
  filing: [
    "business_license",
    "legal_representative_id",
    "contact_form",
    "application_form",
    "security_assessment"
  ],
  exempt: []
}, MATERIAL_NAMES = {
  business_license: { "zh-CN": "\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6", en: "business licence copy" },
  legal_representative_id: { "zh-CN": "\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E", en: "legal representative ID proof" },
  contact_form: { "zh-CN": "\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868", en: "contact-person form" },
  application_form: { "zh-CN": "\u4E0A\u7EBF\u5907\u6848\u7533\u8BF7\u8868", en: "application form" },
  security_assessment: { "zh-CN": "\u5B89\u5168\u8BC4\u4F30\u62A5\u544A", en: "security assessment report" }
}, TEST_ACCESS_DOCS = {
  account_doc: { "zh-CN": "\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E", en: "test account notes" },
  api_doc: { "zh-CN": "\u63A5\u53E3\u8BF4\u660E", en: "API interface information" }
};

export {
  PATH_ORDER,
  PATH_NAMES,
  REQUIRED_MATERIALS,
  MATERIAL_NAMES,
  TEST_ACCESS_DOCS
};
