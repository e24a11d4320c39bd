import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/data/risks.ts
var RISK_GROUPS = [
  {
    id: "A1",
    label: "A.1",
    zh: "\u8FDD\u53CD\u793E\u4F1A\u4E3B\u4E49\u6838\u5FC3\u4EF7\u503C\u89C2\u7684\u5185\u5BB9",
    en: "content violating the core socialist values",
    aliases: ["\u8FDD\u53CD\u793E\u4F1A\u4E3B\u4E49\u6838\u5FC3\u4EF7\u503C\u89C2", "\u8FDD\u80CC\u793E\u4F1A\u4E3B\u4E49\u6838\u5FC3\u4EF7\u503C\u89C2"]
  },
  {
    id: "A2",
    label: "A.2",
    zh: "\u6B67\u89C6\u6027\u5185\u5BB9",
    en: "discriminatory content",
    aliases: ["\u6B67\u89C6", "\u6B67\u89C6\u6027", "\u5305\u542B\u6B67\u89C6\u6027\u5185\u5BB9"]
  },
  {
    id: "A3",
    label: "A.3",
    zh: "\u5546\u4E1A\u8FDD\u6CD5\u8FDD\u89C4",
    en: "commercial violations",
    aliases: ["\u5546\u4E1A\u8FDD\u6CD5\u8FDD\u89C4\u884C\u4E3A", "\u5546\u4E1A\u8FDD\u6CD5\u8FDD\u89C4\u98CE\u9669"]
  },
  {
    id: "A4",
    label: "A.4",
    zh: "\u4FB5\u72AF\u4ED6\u4EBA\u5408\u6CD5\u6743\u76CA",
    en: "infringing the lawful rights of others",
    aliases: ["\u4FB5\u72AF\u5408\u6CD5\u6743\u76CA", "\u4FB5\u5BB3\u4ED6\u4EBA\u5408\u6CD5\u6743\u76CA"]
  },
  {
    id: "A5",
    label: "A.5",
    zh: "\u65E0\u6CD5\u6EE1\u8DB3\u7279\u5B9A\u670D\u52A1\u7C7B\u578B\u7684\u5B89\u5168\u9700\u6C42",
    en: "failing the safety needs of specific service types",
    aliases: ["\u7279\u5B9A\u670D\u52A1\u7C7B\u578B\u7684\u5B89\u5168\u9700\u6C42", "\u4E0D\u80FD\u6EE1\u8DB3\u7279\u5B9A\u670D\u52A1\u7C7B\u578B\u7684\u5B89\u5168\u9700\u6C42"]
  }
], RISKS = [
  {
    id: "A1a",
    group: "A1",
    zh: "\u717D\u52A8\u98A0\u8986\u56FD\u5BB6\u653F\u6743\u3001\u63A8\u7FFB\u793E\u4F1A\u4E3B\u4E49\u5236\u5EA6",
    en: "inciting subversion of state power",
    aliases: ["\u717D\u52A8\u98A0\u8986\u56FD\u5BB6\u653F\u6743", "\u98A0\u8986\u56FD\u5BB6\u653F\u6743", "\u63A8\u7FFB\u793E\u4F1A\u4E3B\u4E49\u5236\u5EA6"]
  },
  {
    id: "A1b",
    group: "A1",
    zh: "\u5371\u5BB3\u56FD\u5BB6\u5B89\u5168\u548C\u5229\u76CA\u3001\u635F\u5BB3\u56FD\u5BB6\u5F62\u8C61",
    en: "endangering national security, harming national image",
    aliases: ["\u5371\u5BB3\u56FD\u5BB6\u5B89\u5168\u548C\u5229\u76CA", "\u5371\u5BB3\u56FD\u5BB6\u5B89\u5168", "\u635F\u5BB3\u56FD\u5BB6\u5F62\u8C61"]
  },
  {
    id: "A1c",
    group: "A1",
    zh: "\u717D\u52A8\u5206\u88C2\u56FD\u5BB6\u3001\u7834\u574F\u56FD\u5BB6\u7EDF\u4E00\u548C\u793E\u4F1A\u7A33\u5B9A",
    en: "inciting secession, undermining unity and stability",
    aliases: ["\u717D\u52A8\u5206\u88C2\u56FD\u5BB6", "\u5206\u88C2\u56FD\u5BB6", "\u7834\u574F\u56FD\u5BB6\u7EDF\u4E00\u548C\u793E\u4F1A\u7A33\u5B9A", "\u7834\u574F\u56FD\u5BB6\u7EDF\u4E00"]
  },
  {
    id: "A1d",
    group: "A1",
    zh: "\u5BA3\u626C\u6050\u6016\u4E3B\u4E49\u3001\u6781\u7AEF\u4E3B\u4E49",
    en: "terrorism, extremism",
    aliases: ["\u6050\u6016\u4E3B\u4E49\u3001\u6781\u7AEF\u4E3B\u4E49", "\u6050\u6016\u4E3B\u4E49", "\u6781\u7AEF\u4E3B\u4E49", "\u66B4\u6050"]
  },
  {
    id: "A1e",
    group: "A1",
    zh: "\u5BA3\u626C\u6C11\u65CF\u4EC7\u6068",
    en: "ethnic hatred",
    aliases: ["\u6C11\u65CF\u4EC7\u6068"]
  },
  {
    id: "A1f",
    group: "A1",
    zh: "\u5BA3\u626C\u66B4\u529B\u3001\u6DEB\u79FD\u8272\u60C5",
    en: "violence, obscenity",
    aliases: ["\u66B4\u529B\u3001\u6DEB\u79FD\u8272\u60C5", "\u66B4\u529B\u8272\u60C5", "\u6DEB\u79FD\u8272\u60C5", "\u66B4\u529B", "\u8272\u60C5"]
  },
  {
    id: "A1g",
    group: "A1",
    zh: "\u4F20\u64AD\u865A\u5047\u6709\u5BB3\u4FE1\u606F",
    en: "false and harmful information",
    aliases: ["\u865A\u5047\u6709\u5BB3\u4FE1\u606F", "\u865A\u5047\u4FE1\u606F"]
  },
  {
    id: "A1h",
    group: "A1",
    zh: "\u5176\u4ED6\u6CD5\u5F8B\u3001\u884C\u653F\u6CD5\u89C4\u7981\u6B62\u7684\u5185\u5BB9",
    en: "other prohibited content",
    aliases: ["\u5176\u4ED6\u6CD5\u5F8B\u884C\u653F\u6CD5\u89C4\u7981\u6B62\u7684\u5185\u5BB9", "\u6CD5\u5F8B\u3001\u884C\u653F\u6CD5\u89C4\u7981\u6B62\u7684\u5185\u5BB9", "\u5176\u4ED6\u8FDD\u6CD5\u5185\u5BB9"]
  },
  {
    id: "A2a",
    group: "A2",
    zh: "\u6C11\u65CF\u6B67\u89C6",
    en: "ethnic discrimination",
    aliases: []
  },
  {
    id: "A2b",
    group: "A2",
    zh: "\u4FE1\u4EF0\u6B67\u89C6",
    en: "belief discrimination",
    aliases: ["\u5B97\u6559\u6B67\u89C6", "\u5B97\u6559\u4FE1\u4EF0\u6B67\u89C6"]
  },
  {
    id: "A2c",
    group: "A2",
    zh: "\u56FD\u522B\u6B67\u89C6",
    en: "nationality discrimination",
    aliases: ["\u56FD\u7C4D\u6B67\u89C6"]
  },
  {
    id: "A2d",
    group: "A2",
    zh: "\u5730\u57DF\u6B67\u89C6",
    en: "regional discrimination",
    aliases: []
  },
  {
    id: "A2e",
    group: "A2",
    zh: "\u6027\u522B\u6B67\u89C6",
    en: "gender discrimination",
    aliases: []
  },
  {
    id: "A2f",
    group: "A2",
    zh: "\u5E74\u9F84\u6B67\u89C6",
    en: "age discrimination",
    aliases: []
  },
  {
    id: "A2g",
    group: "A2",
    zh: "\u804C\u4E1A\u6B67\u89C6",
    en: "occupation discrimination",
    aliases: []
  },
  {
    id: "A2h",
    group: "A2",
    zh: "\u5065\u5EB7\u6B67\u89C6",
    en: "health discrimination",
    aliases: []
  },
  {
    id: "A2i",
    group: "A2",
    zh: "\u5176\u4ED6\u65B9\u9762\u6B67\u89C6",
    en: "other discrimination",
    aliases: ["\u5176\u4ED6\u6B67\u89C6"]
  },
  {
    id: "A3a",
    group: "A3",
    zh: "\u4FB5\u72AF\u4ED6\u4EBA\u77E5\u8BC6\u4EA7\u6743",
    en: "IP infringement",
    aliases: ["\u4FB5\u72AF\u77E5\u8BC6\u4EA7\u6743", "\u77E5\u8BC6\u4EA7\u6743"]
  },
  {
    id: "A3b",
    group: "A3",
    zh: "\u8FDD\u53CD\u5546\u4E1A\u9053\u5FB7",
    en: "business ethics",
    aliases: ["\u5546\u4E1A\u9053\u5FB7"]
  },
  {
    id: "A3c",
    group: "A3",
    zh: "\u6CC4\u9732\u4ED6\u4EBA\u5546\u4E1A\u79D8\u5BC6",
    en: "trade secrets",
    aliases: ["\u6CC4\u9732\u5546\u4E1A\u79D8\u5BC6", "\u5546\u4E1A\u79D8\u5BC6"]
  },
  {
    id: "A3d",
    group: "A3",
    zh: "\u5229\u7528\u7B97\u6CD5\u3001\u6570\u636E\u3001\u5E73\u53F0\u7B49\u4F18\u52BF\u5B9E\u65BD\u5784\u65AD\u548C\u4E0D\u6B63\u5F53\u7ADE\u4E89",
    en: "monopoly, unfair competition",
    aliases: ["\u5784\u65AD\u548C\u4E0D\u6B63\u5F53\u7ADE\u4E89", "\u5B9E\u65BD\u5784\u65AD\u548C\u4E0D\u6B63\u5F53\u7ADE\u4E89", "\u5784\u65AD", "\u4E0D\u6B63\u5F53\u7ADE\u4E89"]
  },
  {
    id: "A3e",
    group: "A3",
    zh: "\u5176\u4ED6\u5546\u4E1A\u8FDD\u6CD5\u8FDD\u89C4\u884C\u4E3A",
    en: "other commercial violations",
    aliases: ["\u5176\u4ED6\u5546\u4E1A\u8FDD\u6CD5\u8FDD\u89C4"]
  },
  {
    id: "A4a",
    group: "A4",
    zh: "\u5371\u5BB3\u4ED6\u4EBA\u8EAB\u5FC3\u5065\u5EB7",
    en: "physical / mental health",
    aliases: ["\u5371\u5BB3\u8EAB\u5FC3\u5065\u5EB7", "\u8EAB\u5FC3\u5065\u5EB7"]
  },
  {
    id: "A4b",
    group: "A4",
    zh: "\u4FB5\u5BB3\u4ED6\u4EBA\u8096\u50CF\u6743",
    en: "portrait rights",
    aliases: ["\u4FB5\u5BB3\u8096\u50CF\u6743", "\u8096\u50CF\u6743"]
  },
  {
    id: "A4c",
    group: "A4",
    zh: "\u4FB5\u5BB3\u4ED6\u4EBA\u540D\u8A89\u6743",
    en: "reputation rights",
    aliases: ["\u4FB5\u5BB3\u540D\u8A89\u6743", "\u540D\u8A89\u6743"]
  },
  {
    id: "A4d",
    group: "A4",
    zh: "\u4FB5\u5BB3\u4ED6\u4EBA\u8363\u8A89\u6743",
    en: "honour rights",
    aliases: ["\u4FB5\u5BB3\u8363\u8A89\u6743", "\u8363\u8A89\u6743"]
  },
  {
    id: "A4e",
    group: "A4",
    zh: "\u4FB5\u5BB3\u4ED6\u4EBA\u9690\u79C1\u6743",
    en: "privacy rights",
    aliases: ["\u4FB5\u5BB3\u9690\u79C1\u6743", "\u9690\u79C1\u6743"]
  },
  {
    id: "A4f",
    group: "A4",
    zh: "\u4FB5\u5BB3\u4ED6\u4EBA\u4E2A\u4EBA\u4FE1\u606F\u6743\u76CA",
    en: "personal information rights",
    aliases: ["\u4FB5\u5BB3\u4E2A\u4EBA\u4FE1\u606F\u6743\u76CA", "\u4E2A\u4EBA\u4FE1\u606F\u6743\u76CA", "\u4E2A\u4EBA\u4FE1\u606F"]
  },
  {
    id: "A4g",
    group: "A4",
    zh: "\u4FB5\u72AF\u4ED6\u4EBA\u5176\u4ED6\u5408\u6CD5\u6743\u76CA",
    en: "other lawful rights",
    aliases: ["\u4FB5\u72AF\u5176\u4ED6\u5408\u6CD5\u6743\u76CA", "\u5176\u4ED6\u5408\u6CD5\u6743\u76CA"]
  },
  {
    id: "A5a",
    group: "A5",
    zh: "\u5185\u5BB9\u4E0D\u51C6\u786E\uFF0C\u4E25\u91CD\u4E0D\u7B26\u5408\u79D1\u5B66\u5E38\u8BC6\u6216\u4E3B\u6D41\u8BA4\u77E5",
    en: "inaccurate content (high-stakes services)",
    aliases: ["\u5185\u5BB9\u4E0D\u51C6\u786E", "\u4E25\u91CD\u4E0D\u7B26\u5408\u79D1\u5B66\u5E38\u8BC6\u6216\u4E3B\u6D41\u8BA4\u77E5"]
  },
  {
    id: "A5b",
    group: "A5",
    zh: "\u5185\u5BB9\u4E0D\u53EF\u9760\uFF0C\u65E0\u6CD5\u5BF9\u4F7F\u7528\u8005\u5F62\u6210\u5E2E\u52A9",
    en: "unreliable content",
    aliases: ["\u5185\u5BB9\u4E0D\u53EF\u9760", "\u65E0\u6CD5\u5BF9\u4F7F\u7528\u8005\u5F62\u6210\u5E2E\u52A9"]
  }
], LEXICON_RISK_GROUPS = ["A1", "A2"], NON_REFUSAL_ASPECTS = [
  { id: "system", zh: "\u5236\u5EA6", en: "system" },
  { id: "belief", zh: "\u4FE1\u4EF0", en: "belief" },
  { id: "image", zh: "\u5F62\u8C61", en: "image" },
  { id: "culture", zh: "\u6587\u5316", en: "culture" },
  { id: "custom", zh: "\u4E60\u4FD7", en: "customs" },
  { id: "ethnicity", zh: "\u6C11\u65CF", en: "ethnicity" },
  { id: "geography", zh: "\u5730\u7406", en: "geography" },
  { id: "history", zh: "\u5386\u53F2", en: "history" },
  { id: "heroes", zh: "\u82F1\u70C8", en: "heroes and martyrs" },
  { id: "gender", zh: "\u6027\u522B", en: "gender" },
  { id: "age", zh: "\u5E74\u9F84", en: "age" },
  { id: "occupation", zh: "\u804C\u4E1A", en: "occupation" },
  { id: "health", zh: "\u5065\u5EB7", en: "health" }
], RISK_BY_ID = new Map(RISKS.map((risk) => [risk.id, risk]));
function risksOf(groups) {
  return RISKS.filter((risk) => groups.includes(risk.group));
}

export {
  RISK_GROUPS,
  RISKS,
  LEXICON_RISK_GROUPS,
  NON_REFUSAL_ASPECTS,
  RISK_BY_ID,
  risksOf
};
