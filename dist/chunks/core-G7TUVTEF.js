import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import "./chunk-WRGFFDD4.js";

// node_modules/opencc-js/dist/esm-lib/core.js
var Trie = class {
  // \u4F7F\u7528 Map \u5BE6\u4F5C Trie \u6A39
  // Trie \u7684\u6BCF\u500B\u7BC0\u9EDE\u70BA\u4E00\u500B Map \u7269\u4EF6
  // key \u70BA code point\uFF0Cvalue \u70BA\u5B50\u7BC0\u9EDE\uFF08\u4E5F\u662F\u4E00\u500B Map\uFF09\u3002
  // \u5982\u679C Map \u7269\u4EF6\u6709 trie_val \u5C6C\u6027\uFF0C\u5247\u8A72\u5C6C\u6027\u70BA\u503C\u5B57\u4E32\uFF0C\u4EE3\u8868\u66FF\u63DB\u7684\u5B57\u8A5E\u3002
  constructor() {
    this.map = /* @__PURE__ */ new Map();
  }
  /**
   * \u5C07\u4E00\u9805\u8CC7\u6599\u52A0\u5165\u5B57\u5178\u6A39
   * @param {string} s \u8981\u5339\u914D\u7684\u5B57\u4E32
   * @param {string} v \u82E5\u5339\u914D\u6210\u529F\uFF0C\u5247\u66FF\u63DB\u70BA\u6B64\u5B57\u4E32
   */
  addWord(s, v) {
    let { map } = this;
    for (let c of s) {
      let cp = c.codePointAt(0), nextMap = map.get(cp);
      if (nextMap == null) {
        let tmp = /* @__PURE__ */ new Map();
        map.set(cp, tmp), map = tmp;
      } else
        map = nextMap;
    }
    map.trie_val = v;
  }
  /**
     * \u8B80\u53D6\u5B57\u5178\u8CC7\u6599
     * @param {DictLike} d \u5B57\u5178
     */
  loadDict(d) {
    if (typeof d == "string") {
      d = d.split("|");
      for (let line of d) {
        let [l, r] = line.split(" ");
        if (typeof r != "string")
          throw new TypeError('Invalid dictionary entry: expected string entries to use "source replacement" format.');
        this.addWord(l, r);
      }
    } else
      for (let arr of d) {
        if (!Array.isArray(arr) || typeof arr[0] != "string" || typeof arr[1] != "string")
          throw new TypeError(
            "Invalid dictionary entry: expected [source, replacement] pairs. If you are passing locale dictionaries to ConverterFactory, spread them, for example: ConverterFactory(...Locale.from.cn, ...Locale.to.hk)."
          );
        let [l, r] = arr;
        this.addWord(l, r);
      }
  }
  /**
   * \u8B80\u53D6\u591A\u500B\u5B57\u5178\u8CC7\u6599
   * @param {DictLike[]} arr \u5B57\u5178
   */
  loadDictGroup(arr) {
    arr.slice().reverse().forEach((d) => {
      this.loadDict(d);
    });
  }
  matchPrefix(s, i) {
    let n = s.length, t_curr = this.map, k = 0, v;
    for (let j = i; j < n; ) {
      let x = s.codePointAt(j);
      j += x > 65535 ? 2 : 1;
      let t_next = t_curr.get(x);
      if (typeof t_next > "u")
        break;
      t_curr = t_next;
      let v_curr = t_curr.trie_val;
      typeof v_curr < "u" && (k = j, v = v_curr);
    }
    return k > 0 ? { end: k, value: v } : null;
  }
  segment(s) {
    let n = s.length, segments = [], orig_i = null;
    for (let i = 0; i < n; ) {
      let matched = this.matchPrefix(s, i);
      matched ? (orig_i !== null && (segments.push(s.slice(orig_i, i)), orig_i = null), segments.push(s.slice(i, matched.end)), i = matched.end) : (orig_i === null && (orig_i = i), i += getUnmatchedLength(s, i));
    }
    return orig_i !== null && segments.push(s.slice(orig_i, n)), segments;
  }
  /**
   * \u6839\u64DA\u5B57\u5178\u6A39\u4E2D\u7684\u8CC7\u6599\u8F49\u63DB\u5B57\u4E32\u3002
   * @param {string} s \u8981\u8F49\u63DB\u7684\u5B57\u4E32
   */
  convert(s) {
    let n = s.length, arr = [], orig_i = null;
    for (let i = 0; i < n; ) {
      let matched = this.matchPrefix(s, i);
      matched ? (orig_i !== null && (arr.push(s.slice(orig_i, i)), orig_i = null), arr.push(matched.value), i = matched.end) : (orig_i === null && (orig_i = i), i += getUnmatchedLength(s, i));
    }
    return orig_i !== null && arr.push(s.slice(orig_i, n)), arr.join("");
  }
};
function getCodePointLength(s, i) {
  return s.codePointAt(i) > 65535 ? 2 : 1;
}
function getIdeographicDescriptionArity(cp) {
  return cp >= 12272 && cp <= 12273 ? 2 : cp >= 12274 && cp <= 12275 ? 3 : cp >= 12276 && cp <= 12287 ? 2 : 0;
}
function getIdeographicDescriptionSequenceEnd(s, i) {
  let cp = s.codePointAt(i), arity = getIdeographicDescriptionArity(cp);
  if (arity === 0)
    return 0;
  let end = i + getCodePointLength(s, i);
  for (let n = 0; n < arity; n += 1) {
    if (end >= s.length)
      return 0;
    end = getIdeographicDescriptionSequenceEnd(s, end) || end + getCodePointLength(s, end);
  }
  return end;
}
function getUnmatchedLength(s, i) {
  let idsEnd = getIdeographicDescriptionSequenceEnd(s, i);
  return idsEnd > i ? idsEnd - i : getCodePointLength(s, i);
}
function ConverterFactory(...dictGroups) {
  let trieArr = normalizeConverterFactoryDictGroups(dictGroups).map((grp) => {
    let t = new Trie();
    return t.loadDictGroup(grp), t;
  });
  function convert(s) {
    return trieArr.reduce((res, t) => t.convert(res), s);
  }
  return convert;
}
function isDictPair(entry) {
  return Array.isArray(entry) && typeof entry[0] == "string" && typeof entry[1] == "string";
}
function isSerializedDict(dict) {
  return typeof dict == "string" && (dict === "" || dict.includes(" "));
}
function isDictLike(dict) {
  return typeof dict == "string" || Array.isArray(dict) && dict.every(isDictPair);
}
function isDictGroup(dictGroup) {
  return Array.isArray(dictGroup) && dictGroup.every((dict) => isSerializedDict(dict) || Array.isArray(dict) && dict.every(isDictPair));
}
function isDictGroupCollection(dictGroups) {
  return Array.isArray(dictGroups) && dictGroups.every(isDictGroup);
}
function normalizeConverterFactoryDictGroups(dictGroups) {
  return dictGroups.flatMap((dictGroup) => {
    if (isDictGroupCollection(dictGroup))
      return dictGroup;
    if (isDictGroup(dictGroup))
      return [dictGroup];
    if (!Array.isArray(dictGroup))
      throw new TypeError("Invalid ConverterFactory argument: expected a dictionary group or locale dictionary collection.");
    let groups = [], i = 0;
    for (; i < dictGroup.length && isDictGroup(dictGroup[i]); )
      groups.push(dictGroup[i].slice()), i += 1;
    let appendedDicts = dictGroup.slice(i);
    return groups.length > 0 && appendedDicts.length > 0 && appendedDicts.every(isDictLike) ? (groups[groups.length - 1].push(...appendedDicts), groups) : [dictGroup];
  });
}
function ConverterFactoryWithSegmentation(segmentationDict, ...dictGroups) {
  let segmentation = null;
  segmentationDict && (segmentation = new Trie(), Array.isArray(segmentationDict) && segmentationDict.every((dict) => typeof dict == "string") ? segmentation.loadDictGroup(segmentationDict) : segmentation.loadDict(segmentationDict));
  let trieArr = dictGroups.map((grp) => {
    let t = new Trie();
    return t.loadDictGroup(grp), t;
  });
  return function(s) {
    let segments = segmentation ? segmentation.segment(s) : [s];
    return trieArr.reduce((segments2, t) => segments2.map((segment) => t.convert(segment)), segments).join("");
  };
}
function ConverterBuilder(localePreset) {
  function getConfigName(from, to) {
    return from === "cn" ? `s2${to}` : to === "cn" ? from === "hkp" ? "hk2sp" : from === "twp" ? "tw2sp" : `${from}2s` : `${from}2${to}`;
  }
  function normalizeDictGroups(dictGroup) {
    return Array.isArray(dictGroup) && Array.isArray(dictGroup[0]) ? dictGroup : [dictGroup];
  }
  return function(options) {
    if (["from", "to"].forEach((type) => {
      if (!options || typeof options[type] != "string")
        throw new Error("Please provide the `" + type + "` option");
      if (options[type] !== "t" && !localePreset[type][options[type]])
        throw new Error("Unknown `" + type + "` locale: " + options[type]);
    }), localePreset.configs) {
      let config = localePreset.configs[getConfigName(options.from, options.to)];
      if (config) {
        let converter = ConverterFactoryWithSegmentation(config.segmentation, ...config.conversionChain);
        if (!config.normalizationChain)
          return converter;
        let normalize = ConverterFactory(...config.normalizationChain);
        return function(s) {
          return converter(normalize(s));
        };
      }
    }
    let dictGroups = [];
    return ["from", "to"].forEach((type) => {
      options[type] !== "t" && dictGroups.push(...normalizeDictGroups(localePreset[type][options[type]]));
    }), ConverterFactory.apply(null, dictGroups);
  };
}
function CustomConverter(dict) {
  return ConverterFactory([dict]);
}
function HTMLConverter(converter, rootNode, fromLangTag, toLangTag) {
  function convert() {
    function inner(currentNode, langMatched) {
      if (!(currentNode.nodeType === Node.ELEMENT_NODE && currentNode.classList.contains("ignore-opencc"))) {
        if (currentNode.lang === fromLangTag ? (langMatched = !0, currentNode.shouldChangeLang = !0, currentNode.lang = toLangTag) : currentNode.lang && currentNode.lang.length && (langMatched = !1), langMatched) {
          if (currentNode.tagName === "SCRIPT" || currentNode.tagName === "STYLE") return;
          currentNode.tagName === "META" && currentNode.name === "description" || currentNode.tagName === "META" && currentNode.name === "keywords" ? (currentNode.originalContent == null && (currentNode.originalContent = currentNode.content), currentNode.content = converter(currentNode.originalContent)) : currentNode.tagName === "IMG" ? (currentNode.originalAlt == null && (currentNode.originalAlt = currentNode.alt), currentNode.alt = converter(currentNode.originalAlt)) : currentNode.tagName === "INPUT" && currentNode.type === "button" && (currentNode.originalValue == null && (currentNode.originalValue = currentNode.value), currentNode.value = converter(currentNode.originalValue)), currentNode.nodeType === Node.ELEMENT_NODE && (currentNode.hasAttribute("placeholder") && (currentNode.originalPlaceholder == null && (currentNode.originalPlaceholder = currentNode.getAttribute("placeholder")), currentNode.setAttribute("placeholder", converter(currentNode.originalPlaceholder))), currentNode.hasAttribute("aria-label") && (currentNode.originalAriaLabel == null && (currentNode.originalAriaLabel = currentNode.getAttribute("aria-label")), currentNode.setAttribute("aria-label", converter(currentNode.originalAriaLabel))));
        }
        for (let node of currentNode.childNodes)
          node.nodeType === Node.TEXT_NODE && langMatched ? (node.originalString == null && (node.originalString = node.nodeValue), node.nodeValue = converter(node.originalString)) : inner(node, langMatched);
      }
    }
    inner(rootNode, !1);
  }
  function restore() {
    function inner(currentNode) {
      if (!(currentNode.nodeType === Node.ELEMENT_NODE && currentNode.classList.contains("ignore-opencc"))) {
        currentNode.shouldChangeLang && (currentNode.lang = fromLangTag), currentNode.originalString !== void 0 && (currentNode.nodeValue = currentNode.originalString), currentNode.tagName === "META" && currentNode.name === "description" || currentNode.tagName === "META" && currentNode.name === "keywords" ? currentNode.originalContent !== void 0 && (currentNode.content = currentNode.originalContent) : currentNode.tagName === "IMG" ? currentNode.originalAlt !== void 0 && (currentNode.alt = currentNode.originalAlt) : currentNode.tagName === "INPUT" && currentNode.type === "button" && currentNode.originalValue !== void 0 && (currentNode.value = currentNode.originalValue), currentNode.originalPlaceholder !== void 0 && currentNode.setAttribute("placeholder", currentNode.originalPlaceholder), currentNode.originalAriaLabel !== void 0 && currentNode.setAttribute("aria-label", currentNode.originalAriaLabel);
        for (let node of currentNode.childNodes)
          inner(node);
      }
    }
    inner(rootNode);
  }
  return { convert, restore };
}
export {
  ConverterBuilder,
  ConverterFactory,
  CustomConverter,
  HTMLConverter,
  Trie
};
