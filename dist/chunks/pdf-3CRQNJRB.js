import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import "./chunk-WRGFFDD4.js";

// node_modules/pdfjs-dist/legacy/build/pdf.mjs
var __webpack_modules__ = {
  /***/
  34(module, __unused_webpack_exports, __webpack_require__2) {
    var isCallable = __webpack_require__2(4901);
    module.exports = function(it) {
      return typeof it == "object" ? it !== null : isCallable(it);
    };
  },
  /***/
  81(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), tryToString = __webpack_require__2(6823), getIteratorMethod = __webpack_require__2(851), $TypeError = TypeError;
    module.exports = function(argument, usingIterator) {
      var iteratorMethod = arguments.length < 2 ? getIteratorMethod(argument) : usingIterator;
      if (aCallable(iteratorMethod)) return anObject(call(iteratorMethod, argument));
      throw new $TypeError(tryToString(argument) + " is not iterable");
    };
  },
  /***/
  116(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), iterate = __webpack_require__2(2652), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), iteratorClose = __webpack_require__2(9539), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), findWithoutClosingOnEarlyError = iteratorHelperWithoutClosingOnEarlyError("find", TypeError);
    $({ target: "Iterator", proto: !0, real: !0, forced: findWithoutClosingOnEarlyError }, {
      find: function(predicate) {
        anObject(this);
        try {
          aCallable(predicate);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        if (findWithoutClosingOnEarlyError) return call(findWithoutClosingOnEarlyError, this, predicate);
        var record = getIteratorDirect(this), counter = 0;
        return iterate(record, function(value, stop) {
          if (predicate(value, counter++)) return stop(value);
        }, { IS_RECORD: !0, INTERRUPTED: !0 }).result;
      }
    });
  },
  /***/
  283(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), fails = __webpack_require__2(9039), isCallable = __webpack_require__2(4901), hasOwn = __webpack_require__2(9297), DESCRIPTORS = __webpack_require__2(3724), CONFIGURABLE_FUNCTION_NAME = __webpack_require__2(350).CONFIGURABLE, inspectSource = __webpack_require__2(3706), InternalStateModule = __webpack_require__2(1181), enforceInternalState = InternalStateModule.enforce, getInternalState = InternalStateModule.get, $String = String, defineProperty = Object.defineProperty, stringSlice = uncurryThis("".slice), replace = uncurryThis("".replace), join = uncurryThis([].join), CONFIGURABLE_LENGTH = DESCRIPTORS && !fails(function() {
      return defineProperty(function() {
      }, "length", { value: 8 }).length !== 8;
    }), TEMPLATE = String(String).split("String"), makeBuiltIn = module.exports = function(value, name, options) {
      stringSlice($String(name), 0, 7) === "Symbol(" && (name = "[" + replace($String(name), /^Symbol\(([^)]*)\).*$/, "$1") + "]"), options && options.getter && (name = "get " + name), options && options.setter && (name = "set " + name), (!hasOwn(value, "name") || CONFIGURABLE_FUNCTION_NAME && value.name !== name) && (DESCRIPTORS ? defineProperty(value, "name", { value: name, configurable: !0 }) : value.name = name), CONFIGURABLE_LENGTH && options && hasOwn(options, "arity") && value.length !== options.arity && defineProperty(value, "length", { value: options.arity });
      try {
        options && hasOwn(options, "constructor") && options.constructor ? DESCRIPTORS && defineProperty(value, "prototype", { writable: !1 }) : value.prototype && (value.prototype = void 0);
      } catch {
      }
      var state = enforceInternalState(value);
      return hasOwn(state, "source") || (state.source = join(TEMPLATE, typeof name == "string" ? name : "")), value;
    };
    Function.prototype.toString = makeBuiltIn(function() {
      return isCallable(this) && getInternalState(this).source || inspectSource(this);
    }, "toString");
  },
  /***/
  350(module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), hasOwn = __webpack_require__2(9297), FunctionPrototype = Function.prototype, getDescriptor = DESCRIPTORS && Object.getOwnPropertyDescriptor, EXISTS = hasOwn(FunctionPrototype, "name"), PROPER = EXISTS && (function() {
    }).name === "something", CONFIGURABLE = EXISTS && (!DESCRIPTORS || DESCRIPTORS && getDescriptor(FunctionPrototype, "name").configurable);
    module.exports = {
      EXISTS,
      PROPER,
      CONFIGURABLE
    };
  },
  /***/
  397(module, __unused_webpack_exports, __webpack_require__2) {
    var getBuiltIn = __webpack_require__2(7751);
    module.exports = getBuiltIn("document", "documentElement");
  },
  /***/
  421(module) {
    module.exports = {};
  },
  /***/
  456(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), uncurryThis = __webpack_require__2(9504), anUint8Array = __webpack_require__2(4154), notDetached = __webpack_require__2(5169), numberToString = uncurryThis(1.1.toString), Uint8Array2 = globalThis2.Uint8Array, INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS = !Uint8Array2 || !Uint8Array2.prototype.toHex || !(function() {
      try {
        var target = new Uint8Array2([255, 255, 255, 255, 255, 255, 255, 255]);
        return target.toHex() === "ffffffffffffffff";
      } catch {
        return !1;
      }
    })();
    Uint8Array2 && $({ target: "Uint8Array", proto: !0, forced: INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS }, {
      toHex: function() {
        anUint8Array(this), notDetached(this.buffer);
        for (var result = "", i = 0, length = this.length; i < length; i++) {
          var hex = numberToString(this[i], 16);
          result += hex.length === 1 ? "0" + hex : hex;
        }
        return result;
      }
    });
  },
  /***/
  507(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565);
    module.exports = function(record, fn, ITERATOR_INSTEAD_OF_RECORD) {
      for (var iterator = ITERATOR_INSTEAD_OF_RECORD ? record : record.iterator, next = record.next, step, result; !(step = call(next, iterator)).done; )
        if (result = fn(step.value), result !== void 0) return result;
    };
  },
  /***/
  531(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), getIteratorFlattenable = __webpack_require__2(8646), createIteratorProxy = __webpack_require__2(9462), iteratorClose = __webpack_require__2(9539), IS_PURE = __webpack_require__2(6395), iteratorHelperThrowsOnInvalidIterator = __webpack_require__2(684), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), FLAT_MAP_WITHOUT_THROWING_ON_INVALID_ITERATOR = !IS_PURE && !iteratorHelperThrowsOnInvalidIterator("flatMap", function() {
    }), flatMapWithoutClosingOnEarlyError = !IS_PURE && !FLAT_MAP_WITHOUT_THROWING_ON_INVALID_ITERATOR && iteratorHelperWithoutClosingOnEarlyError("flatMap", TypeError), FORCED = IS_PURE || FLAT_MAP_WITHOUT_THROWING_ON_INVALID_ITERATOR || flatMapWithoutClosingOnEarlyError, IteratorProxy = createIteratorProxy(function() {
      for (var iterator = this.iterator, mapper = this.mapper, result, inner; ; ) {
        if (inner = this.inner) try {
          if (result = anObject(call(inner.next, inner.iterator)), !result.done) return result.value;
          this.inner = null;
        } catch (error) {
          iteratorClose(iterator, "throw", error);
        }
        if (result = anObject(call(this.next, iterator)), this.done = !!result.done) return;
        try {
          this.inner = getIteratorFlattenable(mapper(result.value, this.counter++), !1);
        } catch (error) {
          iteratorClose(iterator, "throw", error);
        }
      }
    });
    $({ target: "Iterator", proto: !0, real: !0, forced: FORCED }, {
      flatMap: function(mapper) {
        anObject(this);
        try {
          aCallable(mapper);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        return flatMapWithoutClosingOnEarlyError ? call(flatMapWithoutClosingOnEarlyError, this, mapper) : new IteratorProxy(getIteratorDirect(this), {
          mapper,
          inner: null
        });
      }
    });
  },
  /***/
  616(module, __unused_webpack_exports, __webpack_require__2) {
    var fails = __webpack_require__2(9039);
    module.exports = !fails(function() {
      var test = (function() {
      }).bind();
      return typeof test != "function" || test.hasOwnProperty("prototype");
    });
  },
  /***/
  655(module, __unused_webpack_exports, __webpack_require__2) {
    var classof = __webpack_require__2(6955), $String = String;
    module.exports = function(argument) {
      if (classof(argument) === "Symbol") throw new TypeError("Cannot convert a Symbol value to a string");
      return $String(argument);
    };
  },
  /***/
  679(module, __unused_webpack_exports, __webpack_require__2) {
    var isPrototypeOf = __webpack_require__2(1625), $TypeError = TypeError;
    module.exports = function(it, Prototype) {
      if (isPrototypeOf(Prototype, it)) return it;
      throw new $TypeError("Incorrect invocation");
    };
  },
  /***/
  684(module) {
    module.exports = function(methodName, argument) {
      var method = typeof Iterator == "function" && Iterator.prototype[methodName];
      if (method) try {
        method.call({ next: null }, argument).next();
      } catch {
        return !0;
      }
    };
  },
  /***/
  741(module) {
    var ceil2 = Math.ceil, floor2 = Math.floor;
    module.exports = Math.trunc || function(x) {
      var n = +x;
      return (n > 0 ? floor2 : ceil2)(n);
    };
  },
  /***/
  757(module, __unused_webpack_exports, __webpack_require__2) {
    var getBuiltIn = __webpack_require__2(7751), isCallable = __webpack_require__2(4901), isPrototypeOf = __webpack_require__2(1625), USE_SYMBOL_AS_UID = __webpack_require__2(7040), $Object = Object;
    module.exports = USE_SYMBOL_AS_UID ? function(it) {
      return typeof it == "symbol";
    } : function(it) {
      var $Symbol = getBuiltIn("Symbol");
      return isCallable($Symbol) && isPrototypeOf($Symbol.prototype, $Object(it));
    };
  },
  /***/
  851(module, __unused_webpack_exports, __webpack_require__2) {
    var classof = __webpack_require__2(6955), getMethod = __webpack_require__2(5966), isNullOrUndefined = __webpack_require__2(4117), Iterators = __webpack_require__2(6269), wellKnownSymbol = __webpack_require__2(8227), ITERATOR = wellKnownSymbol("iterator");
    module.exports = function(it) {
      if (!isNullOrUndefined(it)) return getMethod(it, ITERATOR) || getMethod(it, "@@iterator") || Iterators[classof(it)];
    };
  },
  /***/
  944(module) {
    var $TypeError = TypeError;
    module.exports = function(options) {
      var alphabet = options && options.alphabet;
      if (alphabet === void 0 || alphabet === "base64" || alphabet === "base64url") return alphabet || "base64";
      throw new $TypeError("Incorrect `alphabet` option");
    };
  },
  /***/
  1072(module, __unused_webpack_exports, __webpack_require__2) {
    var internalObjectKeys = __webpack_require__2(1828), enumBugKeys = __webpack_require__2(8727);
    module.exports = Object.keys || function(O) {
      return internalObjectKeys(O, enumBugKeys);
    };
  },
  /***/
  1103(module) {
    module.exports = function(exec) {
      try {
        return { error: !1, value: exec() };
      } catch (error) {
        return { error: !0, value: error };
      }
    };
  },
  /***/
  1108(module, __unused_webpack_exports, __webpack_require__2) {
    var classof = __webpack_require__2(6955);
    module.exports = function(it) {
      var klass = classof(it);
      return klass === "BigInt64Array" || klass === "BigUint64Array";
    };
  },
  /***/
  1148(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), iterate = __webpack_require__2(2652), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), iteratorClose = __webpack_require__2(9539), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), everyWithoutClosingOnEarlyError = iteratorHelperWithoutClosingOnEarlyError("every", TypeError);
    $({ target: "Iterator", proto: !0, real: !0, forced: everyWithoutClosingOnEarlyError }, {
      every: function(predicate) {
        anObject(this);
        try {
          aCallable(predicate);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        if (everyWithoutClosingOnEarlyError) return call(everyWithoutClosingOnEarlyError, this, predicate);
        var record = getIteratorDirect(this), counter = 0;
        return !iterate(record, function(value, stop) {
          if (!predicate(value, counter++)) return stop();
        }, { IS_RECORD: !0, INTERRUPTED: !0 }).stopped;
      }
    });
  },
  /***/
  1181(module, __unused_webpack_exports, __webpack_require__2) {
    var NATIVE_WEAK_MAP = __webpack_require__2(8622), globalThis2 = __webpack_require__2(4576), isObject = __webpack_require__2(34), createNonEnumerableProperty = __webpack_require__2(6699), hasOwn = __webpack_require__2(9297), shared = __webpack_require__2(7629), sharedKey = __webpack_require__2(6119), hiddenKeys = __webpack_require__2(421), OBJECT_ALREADY_INITIALIZED = "Object already initialized", TypeError2 = globalThis2.TypeError, WeakMap2 = globalThis2.WeakMap, set, get, has, enforce = function(it) {
      return has(it) ? get(it) : set(it, {});
    }, getterFor = function(TYPE) {
      return function(it) {
        var state;
        if (!isObject(it) || (state = get(it)).type !== TYPE)
          throw new TypeError2("Incompatible receiver, " + TYPE + " required");
        return state;
      };
    };
    if (NATIVE_WEAK_MAP || shared.state) {
      var store = shared.state || (shared.state = new WeakMap2());
      store.get = store.get, store.has = store.has, store.set = store.set, set = function(it, metadata) {
        if (store.has(it)) throw new TypeError2(OBJECT_ALREADY_INITIALIZED);
        return metadata.facade = it, store.set(it, metadata), metadata;
      }, get = function(it) {
        return store.get(it) || {};
      }, has = function(it) {
        return store.has(it);
      };
    } else {
      var STATE = sharedKey("state");
      hiddenKeys[STATE] = !0, set = function(it, metadata) {
        if (hasOwn(it, STATE)) throw new TypeError2(OBJECT_ALREADY_INITIALIZED);
        return metadata.facade = it, createNonEnumerableProperty(it, STATE, metadata), metadata;
      }, get = function(it) {
        return hasOwn(it, STATE) ? it[STATE] : {};
      }, has = function(it) {
        return hasOwn(it, STATE);
      };
    }
    module.exports = {
      set,
      get,
      has,
      enforce,
      getterFor
    };
  },
  /***/
  1291(module, __unused_webpack_exports, __webpack_require__2) {
    var trunc = __webpack_require__2(741);
    module.exports = function(argument) {
      var number = +argument;
      return number !== number || number === 0 ? 0 : trunc(number);
    };
  },
  /***/
  1385(module, __unused_webpack_exports, __webpack_require__2) {
    var iteratorClose = __webpack_require__2(9539);
    module.exports = function(iters, kind, value) {
      for (var i = iters.length - 1; i >= 0; i--)
        if (iters[i] !== void 0)
          try {
            value = iteratorClose(iters[i].iterator, kind, value);
          } catch (error) {
            kind = "throw", value = error;
          }
      if (kind === "throw") throw value;
      return value;
    };
  },
  /***/
  1548(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), fails = __webpack_require__2(9039), V8 = __webpack_require__2(9519), ENVIRONMENT = __webpack_require__2(4215), structuredClone2 = globalThis2.structuredClone;
    module.exports = !!structuredClone2 && !fails(function() {
      if (ENVIRONMENT === "DENO" && V8 > 92 || ENVIRONMENT === "NODE" && V8 > 94 || ENVIRONMENT === "BROWSER" && V8 > 97) return !1;
      var buffer = new ArrayBuffer(8), clone = structuredClone2(buffer, { transfer: [buffer] });
      return buffer.byteLength !== 0 || clone.byteLength !== 8;
    });
  },
  /***/
  1549(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(6632);
  },
  /***/
  1625(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504);
    module.exports = uncurryThis({}.isPrototypeOf);
  },
  /***/
  1689(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), apply = __webpack_require__2(8745), slice = __webpack_require__2(7680), newPromiseCapabilityModule = __webpack_require__2(6043), aCallable = __webpack_require__2(9306), perform = __webpack_require__2(1103), Promise2 = globalThis2.Promise, ACCEPT_ARGUMENTS = !1, FORCED = !Promise2 || !Promise2.try || perform(function() {
      Promise2.try(function(argument) {
        ACCEPT_ARGUMENTS = argument === 8;
      }, 8);
    }).error || !ACCEPT_ARGUMENTS;
    $({ target: "Promise", stat: !0, forced: FORCED }, {
      try: function(callbackfn) {
        var args = arguments.length > 1 ? slice(arguments, 1) : [], promiseCapability = newPromiseCapabilityModule.f(this), result = perform(function() {
          return apply(aCallable(callbackfn), void 0, args);
        });
        return (result.error ? promiseCapability.reject : promiseCapability.resolve)(result.value), promiseCapability.promise;
      }
    });
  },
  /***/
  1698(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), union = __webpack_require__2(4204), setMethodGetKeysBeforeCloning = __webpack_require__2(9835), setMethodAcceptSetLike = __webpack_require__2(4916), FORCED = !setMethodAcceptSetLike("union") || !setMethodGetKeysBeforeCloning("union");
    $({ target: "Set", proto: !0, real: !0, forced: FORCED }, {
      union
    });
  },
  /***/
  1701(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), createIteratorProxy = __webpack_require__2(9462), callWithSafeIterationClosing = __webpack_require__2(6319), iteratorClose = __webpack_require__2(9539), iteratorHelperThrowsOnInvalidIterator = __webpack_require__2(684), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), IS_PURE = __webpack_require__2(6395), MAP_WITHOUT_THROWING_ON_INVALID_ITERATOR = !IS_PURE && !iteratorHelperThrowsOnInvalidIterator("map", function() {
    }), mapWithoutClosingOnEarlyError = !IS_PURE && !MAP_WITHOUT_THROWING_ON_INVALID_ITERATOR && iteratorHelperWithoutClosingOnEarlyError("map", TypeError), FORCED = IS_PURE || MAP_WITHOUT_THROWING_ON_INVALID_ITERATOR || mapWithoutClosingOnEarlyError, IteratorProxy = createIteratorProxy(function() {
      var iterator = this.iterator, result = anObject(call(this.next, iterator)), done = this.done = !!result.done;
      if (!done) return callWithSafeIterationClosing(iterator, this.mapper, [result.value, this.counter++], !0);
    });
    $({ target: "Iterator", proto: !0, real: !0, forced: FORCED }, {
      map: function(mapper) {
        anObject(this);
        try {
          aCallable(mapper);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        return mapWithoutClosingOnEarlyError ? call(mapWithoutClosingOnEarlyError, this, mapper) : new IteratorProxy(getIteratorDirect(this), {
          mapper
        });
      }
    });
  },
  /***/
  1767(module) {
    module.exports = function(obj) {
      return {
        iterator: obj,
        next: obj.next,
        done: !1
      };
    };
  },
  /***/
  1828(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), hasOwn = __webpack_require__2(9297), toIndexedObject = __webpack_require__2(5397), indexOf = __webpack_require__2(9617).indexOf, hiddenKeys = __webpack_require__2(421), push = uncurryThis([].push);
    module.exports = function(object, names) {
      var O = toIndexedObject(object), i = 0, result = [], key;
      for (key in O) !hasOwn(hiddenKeys, key) && hasOwn(O, key) && push(result, key);
      for (; names.length > i; ) hasOwn(O, key = names[i++]) && (~indexOf(result, key) || push(result, key));
      return result;
    };
  },
  /***/
  2106(module, __unused_webpack_exports, __webpack_require__2) {
    var makeBuiltIn = __webpack_require__2(283), defineProperty = __webpack_require__2(4913);
    module.exports = function(target, name, descriptor) {
      return descriptor.get && makeBuiltIn(descriptor.get, name, { getter: !0 }), descriptor.set && makeBuiltIn(descriptor.set, name, { setter: !0 }), defineProperty.f(target, name, descriptor);
    };
  },
  /***/
  2140(module, __unused_webpack_exports, __webpack_require__2) {
    var wellKnownSymbol = __webpack_require__2(8227), TO_STRING_TAG = wellKnownSymbol("toStringTag"), test = {};
    test[TO_STRING_TAG] = "z", module.exports = String(test) === "[object z]";
  },
  /***/
  2195(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), toString = uncurryThis({}.toString), stringSlice = uncurryThis("".slice);
    module.exports = function(it) {
      return stringSlice(toString(it), 8, -1);
    };
  },
  /***/
  2211(module, __unused_webpack_exports, __webpack_require__2) {
    var fails = __webpack_require__2(9039);
    module.exports = !fails(function() {
      function F() {
      }
      return F.prototype.constructor = null, Object.getPrototypeOf(new F()) !== F.prototype;
    });
  },
  /***/
  2303(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), uncurryThis = __webpack_require__2(9504), Uint8Array2 = globalThis2.Uint8Array, SyntaxError2 = globalThis2.SyntaxError, parseInt2 = globalThis2.parseInt, min = Math.min, NOT_HEX = /[^\da-f]/i, exec = uncurryThis(NOT_HEX.exec), stringSlice = uncurryThis("".slice);
    module.exports = function(string, into) {
      var stringLength = string.length;
      if (stringLength % 2 !== 0) throw new SyntaxError2("String should be an even number of characters");
      for (var maxLength = into ? min(into.length, stringLength / 2) : stringLength / 2, bytes = into || new Uint8Array2(maxLength), read = 0, written = 0; written < maxLength; ) {
        var hexits = stringSlice(string, read, read += 2);
        if (exec(NOT_HEX, hexits)) throw new SyntaxError2("String should only contain hex characters");
        bytes[written++] = parseInt2(hexits, 16);
      }
      return { bytes, read };
    };
  },
  /***/
  2360(module, __unused_webpack_exports, __webpack_require__2) {
    var anObject = __webpack_require__2(8551), definePropertiesModule = __webpack_require__2(6801), enumBugKeys = __webpack_require__2(8727), hiddenKeys = __webpack_require__2(421), html = __webpack_require__2(397), documentCreateElement = __webpack_require__2(4055), sharedKey = __webpack_require__2(6119), GT = ">", LT = "<", PROTOTYPE = "prototype", SCRIPT = "script", IE_PROTO = sharedKey("IE_PROTO"), EmptyConstructor = function() {
    }, scriptTag = function(content) {
      return LT + SCRIPT + GT + content + LT + "/" + SCRIPT + GT;
    }, NullProtoObjectViaActiveX = function(activeXDocument2) {
      activeXDocument2.write(scriptTag("")), activeXDocument2.close();
      var temp = activeXDocument2.parentWindow.Object;
      return activeXDocument2 = null, temp;
    }, NullProtoObjectViaIFrame = function() {
      var iframe = documentCreateElement("iframe"), JS = "java" + SCRIPT + ":", iframeDocument;
      return iframe.style.display = "none", html.appendChild(iframe), iframe.src = String(JS), iframeDocument = iframe.contentWindow.document, iframeDocument.open(), iframeDocument.write(scriptTag("document.F=Object")), iframeDocument.close(), iframeDocument.F;
    }, activeXDocument, NullProtoObject = function() {
      try {
        activeXDocument = new ActiveXObject("htmlfile");
      } catch {
      }
      NullProtoObject = typeof document < "u" ? document.domain && activeXDocument ? NullProtoObjectViaActiveX(activeXDocument) : NullProtoObjectViaIFrame() : NullProtoObjectViaActiveX(activeXDocument);
      for (var length = enumBugKeys.length; length--; ) delete NullProtoObject[PROTOTYPE][enumBugKeys[length]];
      return NullProtoObject();
    };
    hiddenKeys[IE_PROTO] = !0, module.exports = Object.create || function(O, Properties) {
      var result;
      return O !== null ? (EmptyConstructor[PROTOTYPE] = anObject(O), result = new EmptyConstructor(), EmptyConstructor[PROTOTYPE] = null, result[IE_PROTO] = O) : result = NullProtoObject(), Properties === void 0 ? result : definePropertiesModule.f(result, Properties);
    };
  },
  /***/
  2475(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), isSupersetOf = __webpack_require__2(8527), setMethodAcceptSetLike = __webpack_require__2(4916), INCORRECT = !setMethodAcceptSetLike("isSupersetOf", function(result) {
      return !result;
    });
    $({ target: "Set", proto: !0, real: !0, forced: INCORRECT }, {
      isSupersetOf
    });
  },
  /***/
  2489(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), createIteratorProxy = __webpack_require__2(9462), callWithSafeIterationClosing = __webpack_require__2(6319), IS_PURE = __webpack_require__2(6395), iteratorClose = __webpack_require__2(9539), iteratorHelperThrowsOnInvalidIterator = __webpack_require__2(684), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), FILTER_WITHOUT_THROWING_ON_INVALID_ITERATOR = !IS_PURE && !iteratorHelperThrowsOnInvalidIterator("filter", function() {
    }), filterWithoutClosingOnEarlyError = !IS_PURE && !FILTER_WITHOUT_THROWING_ON_INVALID_ITERATOR && iteratorHelperWithoutClosingOnEarlyError("filter", TypeError), FORCED = IS_PURE || FILTER_WITHOUT_THROWING_ON_INVALID_ITERATOR || filterWithoutClosingOnEarlyError, IteratorProxy = createIteratorProxy(function() {
      for (var iterator = this.iterator, predicate = this.predicate, next = this.next, result, done, value; ; ) {
        if (result = anObject(call(next, iterator)), done = this.done = !!result.done, done) return;
        if (value = result.value, callWithSafeIterationClosing(iterator, predicate, [value, this.counter++], !0)) return value;
      }
    });
    $({ target: "Iterator", proto: !0, real: !0, forced: FORCED }, {
      filter: function(predicate) {
        anObject(this);
        try {
          aCallable(predicate);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        return filterWithoutClosingOnEarlyError ? call(filterWithoutClosingOnEarlyError, this, predicate) : new IteratorProxy(getIteratorDirect(this), {
          predicate
        });
      }
    });
  },
  /***/
  2529(module) {
    module.exports = function(value, done) {
      return { value, done };
    };
  },
  /***/
  2603(module, __unused_webpack_exports, __webpack_require__2) {
    var toString = __webpack_require__2(655);
    module.exports = function(argument, $default) {
      return argument === void 0 ? arguments.length < 2 ? "" : $default : toString(argument);
    };
  },
  /***/
  2652(module, __unused_webpack_exports, __webpack_require__2) {
    var bind = __webpack_require__2(6080), call = __webpack_require__2(9565), anObject = __webpack_require__2(8551), tryToString = __webpack_require__2(6823), isArrayIteratorMethod = __webpack_require__2(4209), lengthOfArrayLike = __webpack_require__2(6198), isPrototypeOf = __webpack_require__2(1625), getIterator = __webpack_require__2(81), getIteratorMethod = __webpack_require__2(851), iteratorClose = __webpack_require__2(9539), $TypeError = TypeError, Result = function(stopped, result) {
      this.stopped = stopped, this.result = result;
    }, ResultPrototype = Result.prototype;
    module.exports = function(iterable, unboundFunction, options) {
      var that = options && options.that, AS_ENTRIES = !!(options && options.AS_ENTRIES), IS_RECORD = !!(options && options.IS_RECORD), IS_ITERATOR = !!(options && options.IS_ITERATOR), INTERRUPTED = !!(options && options.INTERRUPTED), fn = bind(unboundFunction, that), iterator, iterFn, index, length, result, next, step, stop = function(condition) {
        return iterator && iteratorClose(iterator, "normal"), new Result(!0, condition);
      }, callFn = function(value) {
        return AS_ENTRIES ? (anObject(value), INTERRUPTED ? fn(value[0], value[1], stop) : fn(value[0], value[1])) : INTERRUPTED ? fn(value, stop) : fn(value);
      };
      if (IS_RECORD)
        iterator = iterable.iterator;
      else if (IS_ITERATOR)
        iterator = iterable;
      else {
        if (iterFn = getIteratorMethod(iterable), !iterFn) throw new $TypeError(tryToString(iterable) + " is not iterable");
        if (isArrayIteratorMethod(iterFn)) {
          for (index = 0, length = lengthOfArrayLike(iterable); length > index; index++)
            if (result = callFn(iterable[index]), result && isPrototypeOf(ResultPrototype, result)) return result;
          return new Result(!1);
        }
        iterator = getIterator(iterable, iterFn);
      }
      for (next = IS_RECORD ? iterable.next : iterator.next; !(step = call(next, iterator)).done; ) {
        try {
          result = callFn(step.value);
        } catch (error) {
          iteratorClose(iterator, "throw", error);
        }
        if (typeof result == "object" && result && isPrototypeOf(ResultPrototype, result)) return result;
      }
      return new Result(!1);
    };
  },
  /***/
  2777(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565), isObject = __webpack_require__2(34), isSymbol = __webpack_require__2(757), getMethod = __webpack_require__2(5966), ordinaryToPrimitive = __webpack_require__2(4270), wellKnownSymbol = __webpack_require__2(8227), $TypeError = TypeError, TO_PRIMITIVE = wellKnownSymbol("toPrimitive");
    module.exports = function(input, pref) {
      if (!isObject(input) || isSymbol(input)) return input;
      var exoticToPrim = getMethod(input, TO_PRIMITIVE), result;
      if (exoticToPrim) {
        if (pref === void 0 && (pref = "default"), result = call(exoticToPrim, input, pref), !isObject(result) || isSymbol(result)) return result;
        throw new $TypeError("Can't convert object to primitive value");
      }
      return pref === void 0 && (pref = "number"), ordinaryToPrimitive(input, pref);
    };
  },
  /***/
  2787(module, __unused_webpack_exports, __webpack_require__2) {
    var hasOwn = __webpack_require__2(9297), isCallable = __webpack_require__2(4901), toObject = __webpack_require__2(8981), sharedKey = __webpack_require__2(6119), CORRECT_PROTOTYPE_GETTER = __webpack_require__2(2211), IE_PROTO = sharedKey("IE_PROTO"), $Object = Object, ObjectPrototype = $Object.prototype;
    module.exports = CORRECT_PROTOTYPE_GETTER ? $Object.getPrototypeOf : function(O) {
      var object = toObject(O);
      if (hasOwn(object, IE_PROTO)) return object[IE_PROTO];
      var constructor = object.constructor;
      return isCallable(constructor) && object instanceof constructor ? constructor.prototype : object instanceof $Object ? ObjectPrototype : null;
    };
  },
  /***/
  2796(module, __unused_webpack_exports, __webpack_require__2) {
    var fails = __webpack_require__2(9039), isCallable = __webpack_require__2(4901), replacement = /#|\.prototype\./, isForced = function(feature, detection) {
      var value = data[normalize(feature)];
      return value === POLYFILL ? !0 : value === NATIVE ? !1 : isCallable(detection) ? fails(detection) : !!detection;
    }, normalize = isForced.normalize = function(string) {
      return String(string).replace(replacement, ".").toLowerCase();
    }, data = isForced.data = {}, NATIVE = isForced.NATIVE = "N", POLYFILL = isForced.POLYFILL = "P";
    module.exports = isForced;
  },
  /***/
  2804(module) {
    var commonAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", base64Alphabet = commonAlphabet + "+/", base64UrlAlphabet = commonAlphabet + "-_", inverse = function(characters) {
      for (var result = {}, index = 0; index < 64; index++) result[characters.charAt(index)] = index;
      return result;
    };
    module.exports = {
      i2c: base64Alphabet,
      c2i: inverse(base64Alphabet),
      i2cUrl: base64UrlAlphabet,
      c2iUrl: inverse(base64UrlAlphabet)
    };
  },
  /***/
  2812(module) {
    var $TypeError = TypeError;
    module.exports = function(passed, required) {
      if (passed < required) throw new $TypeError("Not enough arguments");
      return passed;
    };
  },
  /***/
  2839(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), navigator2 = globalThis2.navigator, userAgent = navigator2 && navigator2.userAgent;
    module.exports = userAgent ? String(userAgent) : "";
  },
  /***/
  2967(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThisAccessor = __webpack_require__2(6706), isObject = __webpack_require__2(34), requireObjectCoercible = __webpack_require__2(7750), aPossiblePrototype = __webpack_require__2(3506);
    module.exports = Object.setPrototypeOf || ("__proto__" in {} ? (function() {
      var CORRECT_SETTER = !1, test = {}, setter;
      try {
        setter = uncurryThisAccessor(Object.prototype, "__proto__", "set"), setter(test, []), CORRECT_SETTER = test instanceof Array;
      } catch {
      }
      return function(O, proto) {
        return requireObjectCoercible(O), aPossiblePrototype(proto), isObject(O) && (CORRECT_SETTER ? setter(O, proto) : O.__proto__ = proto), O;
      };
    })() : void 0);
  },
  /***/
  3068(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), uncurryThis = __webpack_require__2(9504), iterate = __webpack_require__2(2652), $RangeError = RangeError, $TypeError = TypeError, $Infinity = 1 / 0, $NaN = NaN, abs = Math.abs, pow = Math.pow, push = uncurryThis([].push), POW_2_1023 = pow(2, 1023), MAX_SAFE_INTEGER = pow(2, 53) - 1, MAX_DOUBLE = Number.MAX_VALUE, MAX_ULP = pow(2, 971), NOT_A_NUMBER = {}, MINUS_INFINITY = {}, PLUS_INFINITY = {}, MINUS_ZERO = {}, FINITE = {}, twosum = function(x, y) {
      var hi = x + y, lo = y - (hi - x);
      return { hi, lo };
    };
    $({ target: "Math", stat: !0 }, {
      // eslint-disable-next-line max-statements -- ok
      sumPrecise: function(items) {
        var numbers = [], count = 0, state = MINUS_ZERO;
        switch (iterate(items, function(n2) {
          if (++count >= MAX_SAFE_INTEGER) throw new $RangeError("Maximum allowed index exceeded");
          if (typeof n2 != "number") throw new $TypeError("Value is not a number");
          state !== NOT_A_NUMBER && (n2 !== n2 ? state = NOT_A_NUMBER : n2 === $Infinity ? state = state === MINUS_INFINITY ? NOT_A_NUMBER : PLUS_INFINITY : n2 === -$Infinity ? state = state === PLUS_INFINITY ? NOT_A_NUMBER : MINUS_INFINITY : (n2 !== 0 || 1 / n2 === $Infinity) && (state === MINUS_ZERO || state === FINITE) && (state = FINITE, push(numbers, n2)));
        }), state) {
          case NOT_A_NUMBER:
            return $NaN;
          case MINUS_INFINITY:
            return -$Infinity;
          case PLUS_INFINITY:
            return $Infinity;
          case MINUS_ZERO:
            return -0;
        }
        for (var partials = [], overflow = 0, x, y, sum, hi, lo, tmp, i = 0; i < numbers.length; i++) {
          x = numbers[i];
          for (var actuallyUsedPartials = 0, j = 0; j < partials.length; j++) {
            if (y = partials[j], abs(x) < abs(y) && (tmp = x, x = y, y = tmp), sum = twosum(x, y), hi = sum.hi, lo = sum.lo, abs(hi) === $Infinity) {
              var sign = hi === $Infinity ? 1 : -1;
              overflow += sign, x = x - sign * POW_2_1023 - sign * POW_2_1023, abs(x) < abs(y) && (tmp = x, x = y, y = tmp), sum = twosum(x, y), hi = sum.hi, lo = sum.lo;
            }
            lo !== 0 && (partials[actuallyUsedPartials++] = lo), x = hi;
          }
          partials.length = actuallyUsedPartials, x !== 0 && push(partials, x);
        }
        var n = partials.length - 1;
        if (hi = 0, lo = 0, overflow !== 0) {
          var next = n >= 0 ? partials[n] : 0;
          if (n--, abs(overflow) > 1 || overflow > 0 && next > 0 || overflow < 0 && next < 0)
            return overflow > 0 ? $Infinity : -$Infinity;
          if (sum = twosum(overflow * POW_2_1023, next / 2), hi = sum.hi, lo = sum.lo, lo *= 2, abs(2 * hi) === $Infinity)
            return hi > 0 ? hi === POW_2_1023 && lo === -(MAX_ULP / 2) && n >= 0 && partials[n] < 0 ? MAX_DOUBLE : $Infinity : hi === -POW_2_1023 && lo === MAX_ULP / 2 && n >= 0 && partials[n] > 0 ? -MAX_DOUBLE : -$Infinity;
          lo !== 0 && (partials[++n] = lo, lo = 0), hi *= 2;
        }
        for (; n >= 0 && (sum = twosum(hi, partials[n--]), hi = sum.hi, lo = sum.lo, lo === 0); )
          ;
        return n >= 0 && (lo < 0 && partials[n] < 0 || lo > 0 && partials[n] > 0) && (y = lo * 2, x = hi + y, y === x - hi && (hi = x)), hi;
      }
    });
  },
  /***/
  3167(module, __unused_webpack_exports, __webpack_require__2) {
    var isCallable = __webpack_require__2(4901), isObject = __webpack_require__2(34), setPrototypeOf = __webpack_require__2(2967);
    module.exports = function($this, dummy, Wrapper) {
      var NewTarget, NewTargetPrototype;
      return (
        // it can work only with native `setPrototypeOf`
        setPrototypeOf && // we haven't completely correct pre-ES6 way for getting `new.target`, so use this
        isCallable(NewTarget = dummy.constructor) && NewTarget !== Wrapper && isObject(NewTargetPrototype = NewTarget.prototype) && NewTargetPrototype !== Wrapper.prototype && setPrototypeOf($this, NewTargetPrototype), $this
      );
    };
  },
  /***/
  3238(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), NATIVE_ARRAY_BUFFER = __webpack_require__2(7811), arrayBufferByteLength = __webpack_require__2(7394), DataView2 = globalThis2.DataView;
    module.exports = function(O) {
      if (!NATIVE_ARRAY_BUFFER || arrayBufferByteLength(O) !== 0) return !1;
      try {
        return new DataView2(O), !1;
      } catch {
        return !0;
      }
    };
  },
  /***/
  3392(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), id = 0, postfix = Math.random(), toString = uncurryThis(1.1.toString);
    module.exports = function(key) {
      return "Symbol(" + (key === void 0 ? "" : key) + ")_" + toString(++id + postfix, 36);
    };
  },
  /***/
  3440(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), SetHelpers = __webpack_require__2(4402), clone = __webpack_require__2(9286), size = __webpack_require__2(5170), getSetRecord = __webpack_require__2(3789), iterateSet = __webpack_require__2(8469), iterateSimple = __webpack_require__2(507), has = SetHelpers.has, remove = SetHelpers.remove;
    module.exports = function(other) {
      var O = aSet(this), otherRec = getSetRecord(other), result = clone(O);
      return size(O) <= otherRec.size ? iterateSet(O, function(e) {
        otherRec.includes(e) && remove(result, e);
      }) : iterateSimple(otherRec.getIterator(), function(e) {
        has(result, e) && remove(result, e);
      }), result;
    };
  },
  /***/
  3463(module) {
    var $TypeError = TypeError;
    module.exports = function(argument) {
      if (typeof argument == "string") return argument;
      throw new $TypeError("Argument is not a string");
    };
  },
  /***/
  3506(module, __unused_webpack_exports, __webpack_require__2) {
    var isPossiblePrototype = __webpack_require__2(3925), $String = String, $TypeError = TypeError;
    module.exports = function(argument) {
      if (isPossiblePrototype(argument)) return argument;
      throw new $TypeError("Can't set " + $String(argument) + " as a prototype");
    };
  },
  /***/
  3579(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), iterate = __webpack_require__2(2652), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), iteratorClose = __webpack_require__2(9539), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), someWithoutClosingOnEarlyError = iteratorHelperWithoutClosingOnEarlyError("some", TypeError);
    $({ target: "Iterator", proto: !0, real: !0, forced: someWithoutClosingOnEarlyError }, {
      some: function(predicate) {
        anObject(this);
        try {
          aCallable(predicate);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        if (someWithoutClosingOnEarlyError) return call(someWithoutClosingOnEarlyError, this, predicate);
        var record = getIteratorDirect(this), counter = 0;
        return iterate(record, function(value, stop) {
          if (predicate(value, counter++)) return stop();
        }, { IS_RECORD: !0, INTERRUPTED: !0 }).stopped;
      }
    });
  },
  /***/
  3650(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), SetHelpers = __webpack_require__2(4402), clone = __webpack_require__2(9286), getSetRecord = __webpack_require__2(3789), iterateSimple = __webpack_require__2(507), add = SetHelpers.add, has = SetHelpers.has, remove = SetHelpers.remove;
    module.exports = function(other) {
      var O = aSet(this), keysIter = getSetRecord(other).getIterator(), result = clone(O);
      return iterateSimple(keysIter, function(e) {
        has(O, e) ? remove(result, e) : add(result, e);
      }), result;
    };
  },
  /***/
  3706(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), isCallable = __webpack_require__2(4901), store = __webpack_require__2(7629), functionToString = uncurryThis(Function.toString);
    isCallable(store.inspectSource) || (store.inspectSource = function(it) {
      return functionToString(it);
    }), module.exports = store.inspectSource;
  },
  /***/
  3717(__unused_webpack_module, exports) {
    exports.f = Object.getOwnPropertySymbols;
  },
  /***/
  3724(module, __unused_webpack_exports, __webpack_require__2) {
    var fails = __webpack_require__2(9039);
    module.exports = !fails(function() {
      return Object.defineProperty({}, 1, { get: function() {
        return 7;
      } })[1] !== 7;
    });
  },
  /***/
  3789(module, __unused_webpack_exports, __webpack_require__2) {
    var aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), call = __webpack_require__2(9565), toIntegerOrInfinity = __webpack_require__2(1291), getIteratorDirect = __webpack_require__2(1767), INVALID_SIZE = "Invalid size", $RangeError = RangeError, $TypeError = TypeError, max = Math.max, SetRecord = function(set, intSize) {
      this.set = set, this.size = max(intSize, 0), this.has = aCallable(set.has), this.keys = aCallable(set.keys);
    };
    SetRecord.prototype = {
      getIterator: function() {
        return getIteratorDirect(anObject(call(this.keys, this.set)));
      },
      includes: function(it) {
        return call(this.has, this.set, it);
      }
    }, module.exports = function(obj) {
      anObject(obj);
      var numSize = +obj.size;
      if (numSize !== numSize) throw new $TypeError(INVALID_SIZE);
      var intSize = toIntegerOrInfinity(numSize);
      if (intSize < 0) throw new $RangeError(INVALID_SIZE);
      return new SetRecord(obj, intSize);
    };
  },
  /***/
  3838(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), size = __webpack_require__2(5170), iterate = __webpack_require__2(8469), getSetRecord = __webpack_require__2(3789);
    module.exports = function(other) {
      var O = aSet(this), otherRec = getSetRecord(other);
      return size(O) > otherRec.size ? !1 : iterate(O, function(e) {
        if (!otherRec.includes(e)) return !1;
      }, !0) !== !1;
    };
  },
  /***/
  3853(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), isDisjointFrom = __webpack_require__2(4449), setMethodAcceptSetLike = __webpack_require__2(4916), INCORRECT = !setMethodAcceptSetLike("isDisjointFrom", function(result) {
      return !result;
    });
    $({ target: "Set", proto: !0, real: !0, forced: INCORRECT }, {
      isDisjointFrom
    });
  },
  /***/
  3925(module, __unused_webpack_exports, __webpack_require__2) {
    var isObject = __webpack_require__2(34);
    module.exports = function(argument) {
      return isObject(argument) || argument === null;
    };
  },
  /***/
  3972(module, __unused_webpack_exports, __webpack_require__2) {
    var isObject = __webpack_require__2(34), $String = String, $TypeError = TypeError;
    module.exports = function(argument) {
      if (argument === void 0 || isObject(argument)) return argument;
      throw new $TypeError($String(argument) + " is not an object or undefined");
    };
  },
  /***/
  4055(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), isObject = __webpack_require__2(34), document2 = globalThis2.document, EXISTS = isObject(document2) && isObject(document2.createElement);
    module.exports = function(it) {
      return EXISTS ? document2.createElement(it) : {};
    };
  },
  /***/
  4114(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), toObject = __webpack_require__2(8981), lengthOfArrayLike = __webpack_require__2(6198), setArrayLength = __webpack_require__2(4527), doesNotExceedSafeInteger = __webpack_require__2(6837), fails = __webpack_require__2(9039), INCORRECT_TO_LENGTH = fails(function() {
      return [].push.call({ length: 4294967296 }, 1) !== 4294967297;
    }), properErrorOnNonWritableLength = function() {
      try {
        Object.defineProperty([], "length", { writable: !1 }).push();
      } catch (error) {
        return error instanceof TypeError;
      }
    }, FORCED = INCORRECT_TO_LENGTH || !properErrorOnNonWritableLength();
    $({ target: "Array", proto: !0, arity: 1, forced: FORCED }, {
      // eslint-disable-next-line no-unused-vars -- required for `.length`
      push: function(item) {
        var O = toObject(this), len = lengthOfArrayLike(O), argCount = arguments.length;
        doesNotExceedSafeInteger(len + argCount);
        for (var i = 0; i < argCount; i++)
          O[len] = arguments[i], len++;
        return setArrayLength(O, len), len;
      }
    });
  },
  /***/
  4117(module) {
    module.exports = function(it) {
      return it == null;
    };
  },
  /***/
  4149(module) {
    var $RangeError = RangeError;
    module.exports = function(it) {
      if (it === it) return it;
      throw new $RangeError("NaN is not allowed");
    };
  },
  /***/
  4154(module, __unused_webpack_exports, __webpack_require__2) {
    var classof = __webpack_require__2(6955), $TypeError = TypeError;
    module.exports = function(argument) {
      if (classof(argument) === "Uint8Array") return argument;
      throw new $TypeError("Argument is not an Uint8Array");
    };
  },
  /***/
  4204(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), add = __webpack_require__2(4402).add, clone = __webpack_require__2(9286), getSetRecord = __webpack_require__2(3789), iterateSimple = __webpack_require__2(507);
    module.exports = function(other) {
      var O = aSet(this), keysIter = getSetRecord(other).getIterator(), result = clone(O);
      return iterateSimple(keysIter, function(it) {
        add(result, it);
      }), result;
    };
  },
  /***/
  4209(module, __unused_webpack_exports, __webpack_require__2) {
    var wellKnownSymbol = __webpack_require__2(8227), Iterators = __webpack_require__2(6269), ITERATOR = wellKnownSymbol("iterator"), ArrayPrototype = Array.prototype;
    module.exports = function(it) {
      return it !== void 0 && (Iterators.Array === it || ArrayPrototype[ITERATOR] === it);
    };
  },
  /***/
  4215(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), userAgent = __webpack_require__2(2839), classof = __webpack_require__2(2195), userAgentStartsWith = function(string) {
      return userAgent.slice(0, string.length) === string;
    };
    module.exports = (function() {
      return userAgentStartsWith("Bun/") ? "BUN" : userAgentStartsWith("Cloudflare-Workers") ? "CLOUDFLARE" : userAgentStartsWith("Deno/") ? "DENO" : userAgentStartsWith("Node.js/") ? "NODE" : globalThis2.Bun && typeof Bun.version == "string" ? "BUN" : globalThis2.Deno && typeof Deno.version == "object" ? "DENO" : classof(globalThis2.process) === "process" ? "NODE" : globalThis2.window && globalThis2.document ? "BROWSER" : "REST";
    })();
  },
  /***/
  4226(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), aString = __webpack_require__2(3463), anUint8Array = __webpack_require__2(4154), notDetached = __webpack_require__2(5169), $fromHex = __webpack_require__2(2303);
    globalThis2.Uint8Array && $({ target: "Uint8Array", proto: !0 }, {
      setFromHex: function(string) {
        anUint8Array(this), aString(string), notDetached(this.buffer);
        var read = $fromHex(string, this).read;
        return { read, written: read / 2 };
      }
    });
  },
  /***/
  4235(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(3068);
  },
  /***/
  4270(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565), isCallable = __webpack_require__2(4901), isObject = __webpack_require__2(34), $TypeError = TypeError;
    module.exports = function(input, pref) {
      var fn, val;
      if (pref === "string" && isCallable(fn = input.toString) && !isObject(val = call(fn, input)) || isCallable(fn = input.valueOf) && !isObject(val = call(fn, input)) || pref !== "string" && isCallable(fn = input.toString) && !isObject(val = call(fn, input))) return val;
      throw new $TypeError("Can't convert object to primitive value");
    };
  },
  /***/
  4376(module, __unused_webpack_exports, __webpack_require__2) {
    var classof = __webpack_require__2(2195);
    module.exports = Array.isArray || function(argument) {
      return classof(argument) === "Array";
    };
  },
  /***/
  4402(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), SetPrototype = Set.prototype;
    module.exports = {
      // eslint-disable-next-line es/no-set -- safe
      Set,
      add: uncurryThis(SetPrototype.add),
      has: uncurryThis(SetPrototype.has),
      remove: uncurryThis(SetPrototype.delete),
      proto: SetPrototype
    };
  },
  /***/
  4449(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), has = __webpack_require__2(4402).has, size = __webpack_require__2(5170), getSetRecord = __webpack_require__2(3789), iterateSet = __webpack_require__2(8469), iterateSimple = __webpack_require__2(507), iteratorClose = __webpack_require__2(9539);
    module.exports = function(other) {
      var O = aSet(this), otherRec = getSetRecord(other);
      if (size(O) <= otherRec.size) return iterateSet(O, function(e) {
        if (otherRec.includes(e)) return !1;
      }, !0) !== !1;
      var iterator = otherRec.getIterator();
      return iterateSimple(iterator, function(e) {
        if (has(O, e)) return iteratorClose(iterator, "normal", !1);
      }) !== !1;
    };
  },
  /***/
  4483(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), getBuiltInNodeModule = __webpack_require__2(9429), PROPER_STRUCTURED_CLONE_TRANSFER = __webpack_require__2(1548), structuredClone2 = globalThis2.structuredClone, $ArrayBuffer = globalThis2.ArrayBuffer, $MessageChannel = globalThis2.MessageChannel, detach = !1, WorkerThreads, channel, buffer, $detach;
    if (PROPER_STRUCTURED_CLONE_TRANSFER)
      detach = function(transferable) {
        structuredClone2(transferable, { transfer: [transferable] });
      };
    else if ($ArrayBuffer) try {
      $MessageChannel || (WorkerThreads = getBuiltInNodeModule("worker_threads"), WorkerThreads && ($MessageChannel = WorkerThreads.MessageChannel)), $MessageChannel && (channel = new $MessageChannel(), buffer = new $ArrayBuffer(2), $detach = function(transferable) {
        channel.port1.postMessage(null, [transferable]);
      }, buffer.byteLength === 2 && ($detach(buffer), buffer.byteLength === 0 && (detach = $detach)));
    } catch {
    }
    module.exports = detach;
  },
  /***/
  4495(module, __unused_webpack_exports, __webpack_require__2) {
    var V8_VERSION = __webpack_require__2(9519), fails = __webpack_require__2(9039), globalThis2 = __webpack_require__2(4576), $String = globalThis2.String;
    module.exports = !!Object.getOwnPropertySymbols && !fails(function() {
      var symbol = /* @__PURE__ */ Symbol("symbol detection");
      return !$String(symbol) || !(Object(symbol) instanceof Symbol) || // Chrome 38-40 symbols are not inherited from DOM collections prototypes to instances
      !Symbol.sham && V8_VERSION && V8_VERSION < 41;
    });
  },
  /***/
  4527(module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), isArray = __webpack_require__2(4376), $TypeError = TypeError, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, SILENT_ON_NON_WRITABLE_LENGTH_SET = DESCRIPTORS && !(function() {
      if (this !== void 0) return !0;
      try {
        Object.defineProperty([], "length", { writable: !1 }).length = 1;
      } catch (error) {
        return error instanceof TypeError;
      }
    })();
    module.exports = SILENT_ON_NON_WRITABLE_LENGTH_SET ? function(O, length) {
      if (isArray(O) && !getOwnPropertyDescriptor(O, "length").writable)
        throw new $TypeError("Cannot set read only .length");
      return O.length = length;
    } : function(O, length) {
      return O.length = length;
    };
  },
  /***/
  4549(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576);
    module.exports = function(METHOD_NAME, ExpectedError) {
      var Iterator2 = globalThis2.Iterator, IteratorPrototype = Iterator2 && Iterator2.prototype, method = IteratorPrototype && IteratorPrototype[METHOD_NAME], CLOSED = !1;
      if (method) try {
        method.call({
          next: function() {
            return { done: !0 };
          },
          return: function() {
            CLOSED = !0;
          }
        }, -1);
      } catch (error) {
        error instanceof ExpectedError || (CLOSED = !1);
      }
      if (!CLOSED) return method;
    };
  },
  /***/
  4576(module) {
    var check = function(it) {
      return it && it.Math === Math && it;
    };
    module.exports = // eslint-disable-next-line es/no-global-this -- safe
    check(typeof globalThis == "object" && globalThis) || check(typeof window == "object" && window) || // eslint-disable-next-line no-restricted-globals -- safe
    check(typeof self == "object" && self) || check(typeof global == "object" && global) || check(typeof this == "object" && this) || // eslint-disable-next-line no-new-func -- fallback
    /* @__PURE__ */ (function() {
      return this;
    })() || Function("return this")();
  },
  /***/
  4603(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var defineBuiltIn = __webpack_require__2(6840), uncurryThis = __webpack_require__2(9504), toString = __webpack_require__2(655), validateArgumentsLength = __webpack_require__2(2812), $URLSearchParams = URLSearchParams, URLSearchParamsPrototype = $URLSearchParams.prototype, append = uncurryThis(URLSearchParamsPrototype.append), $delete = uncurryThis(URLSearchParamsPrototype.delete), forEach = uncurryThis(URLSearchParamsPrototype.forEach), push = uncurryThis([].push), params = new $URLSearchParams("a=1&a=2&b=3");
    params.delete("a", 1), params.delete("b", void 0), params + "" != "a=2" && defineBuiltIn(URLSearchParamsPrototype, "delete", function(name) {
      var length = arguments.length, $value = length < 2 ? void 0 : arguments[1];
      if (length && $value === void 0) return $delete(this, name);
      var entries = [];
      forEach(this, function(v, k) {
        push(entries, { key: k, value: v });
      }), validateArgumentsLength(length, 1);
      for (var key = toString(name), value = toString($value), index = 0, dindex = 0, found = !1, entriesLength = entries.length, entry; index < entriesLength; )
        entry = entries[index++], found || entry.key === key ? (found = !0, $delete(this, entry.key)) : dindex++;
      for (; dindex < entriesLength; )
        entry = entries[dindex++], entry.key === key && entry.value === value || append(this, entry.key, entry.value);
    }, { enumerable: !0, unsafe: !0 });
  },
  /***/
  4628(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), newPromiseCapabilityModule = __webpack_require__2(6043);
    $({ target: "Promise", stat: !0 }, {
      withResolvers: function() {
        var promiseCapability = newPromiseCapabilityModule.f(this);
        return {
          promise: promiseCapability.promise,
          resolve: promiseCapability.resolve,
          reject: promiseCapability.reject
        };
      }
    });
  },
  /***/
  4644(module, __unused_webpack_exports, __webpack_require__2) {
    var NATIVE_ARRAY_BUFFER = __webpack_require__2(7811), DESCRIPTORS = __webpack_require__2(3724), globalThis2 = __webpack_require__2(4576), isCallable = __webpack_require__2(4901), isObject = __webpack_require__2(34), hasOwn = __webpack_require__2(9297), classof = __webpack_require__2(6955), tryToString = __webpack_require__2(6823), createNonEnumerableProperty = __webpack_require__2(6699), defineBuiltIn = __webpack_require__2(6840), defineBuiltInAccessor = __webpack_require__2(2106), isPrototypeOf = __webpack_require__2(1625), getPrototypeOf = __webpack_require__2(2787), setPrototypeOf = __webpack_require__2(2967), wellKnownSymbol = __webpack_require__2(8227), uid = __webpack_require__2(3392), InternalStateModule = __webpack_require__2(1181), enforceInternalState = InternalStateModule.enforce, getInternalState = InternalStateModule.get, Int8Array2 = globalThis2.Int8Array, Int8ArrayPrototype = Int8Array2 && Int8Array2.prototype, Uint8ClampedArray2 = globalThis2.Uint8ClampedArray, Uint8ClampedArrayPrototype = Uint8ClampedArray2 && Uint8ClampedArray2.prototype, TypedArray = Int8Array2 && getPrototypeOf(Int8Array2), TypedArrayPrototype = Int8ArrayPrototype && getPrototypeOf(Int8ArrayPrototype), ObjectPrototype = Object.prototype, TypeError2 = globalThis2.TypeError, TO_STRING_TAG = wellKnownSymbol("toStringTag"), TYPED_ARRAY_TAG = uid("TYPED_ARRAY_TAG"), TYPED_ARRAY_CONSTRUCTOR = "TypedArrayConstructor", NATIVE_ARRAY_BUFFER_VIEWS = NATIVE_ARRAY_BUFFER && !!setPrototypeOf && classof(globalThis2.opera) !== "Opera", TYPED_ARRAY_TAG_REQUIRED = !1, NAME, Constructor, Prototype, TypedArrayConstructorsList = {
      Int8Array: 1,
      Uint8Array: 1,
      Uint8ClampedArray: 1,
      Int16Array: 2,
      Uint16Array: 2,
      Int32Array: 4,
      Uint32Array: 4,
      Float32Array: 4,
      Float64Array: 8
    }, BigIntArrayConstructorsList = {
      BigInt64Array: 8,
      BigUint64Array: 8
    }, isView = function(it) {
      if (!isObject(it)) return !1;
      var klass = classof(it);
      return klass === "DataView" || hasOwn(TypedArrayConstructorsList, klass) || hasOwn(BigIntArrayConstructorsList, klass);
    }, getTypedArrayConstructor = function(it) {
      var proto = getPrototypeOf(it);
      if (isObject(proto)) {
        var state = getInternalState(proto);
        return state && hasOwn(state, TYPED_ARRAY_CONSTRUCTOR) ? state[TYPED_ARRAY_CONSTRUCTOR] : getTypedArrayConstructor(proto);
      }
    }, isTypedArray = function(it) {
      if (!isObject(it)) return !1;
      var klass = classof(it);
      return hasOwn(TypedArrayConstructorsList, klass) || hasOwn(BigIntArrayConstructorsList, klass);
    }, aTypedArray = function(it) {
      if (isTypedArray(it)) return it;
      throw new TypeError2("Target is not a typed array");
    }, aTypedArrayConstructor = function(C) {
      if (isCallable(C) && (!setPrototypeOf || isPrototypeOf(TypedArray, C))) return C;
      throw new TypeError2(tryToString(C) + " is not a typed array constructor");
    }, exportTypedArrayMethod = function(KEY, property, forced, options) {
      if (DESCRIPTORS) {
        if (forced) for (var ARRAY in TypedArrayConstructorsList) {
          var TypedArrayConstructor = globalThis2[ARRAY];
          if (TypedArrayConstructor && hasOwn(TypedArrayConstructor.prototype, KEY)) try {
            delete TypedArrayConstructor.prototype[KEY];
          } catch {
            try {
              TypedArrayConstructor.prototype[KEY] = property;
            } catch {
            }
          }
        }
        (!TypedArrayPrototype[KEY] || forced) && defineBuiltIn(TypedArrayPrototype, KEY, forced ? property : NATIVE_ARRAY_BUFFER_VIEWS && Int8ArrayPrototype[KEY] || property, options);
      }
    }, exportTypedArrayStaticMethod = function(KEY, property, forced) {
      var ARRAY, TypedArrayConstructor;
      if (DESCRIPTORS) {
        if (setPrototypeOf) {
          if (forced) {
            for (ARRAY in TypedArrayConstructorsList)
              if (TypedArrayConstructor = globalThis2[ARRAY], TypedArrayConstructor && hasOwn(TypedArrayConstructor, KEY)) try {
                delete TypedArrayConstructor[KEY];
              } catch {
              }
          }
          if (!TypedArray[KEY] || forced)
            try {
              return defineBuiltIn(TypedArray, KEY, forced ? property : NATIVE_ARRAY_BUFFER_VIEWS && TypedArray[KEY] || property);
            } catch {
            }
          else return;
        }
        for (ARRAY in TypedArrayConstructorsList)
          TypedArrayConstructor = globalThis2[ARRAY], TypedArrayConstructor && (!TypedArrayConstructor[KEY] || forced) && defineBuiltIn(TypedArrayConstructor, KEY, property);
      }
    };
    for (NAME in TypedArrayConstructorsList)
      Constructor = globalThis2[NAME], Prototype = Constructor && Constructor.prototype, Prototype ? enforceInternalState(Prototype)[TYPED_ARRAY_CONSTRUCTOR] = Constructor : NATIVE_ARRAY_BUFFER_VIEWS = !1;
    for (NAME in BigIntArrayConstructorsList)
      Constructor = globalThis2[NAME], Prototype = Constructor && Constructor.prototype, Prototype && (enforceInternalState(Prototype)[TYPED_ARRAY_CONSTRUCTOR] = Constructor);
    if ((!NATIVE_ARRAY_BUFFER_VIEWS || !isCallable(TypedArray) || TypedArray === Function.prototype) && (TypedArray = function() {
      throw new TypeError2("Incorrect invocation");
    }, NATIVE_ARRAY_BUFFER_VIEWS))
      for (NAME in TypedArrayConstructorsList)
        globalThis2[NAME] && setPrototypeOf(globalThis2[NAME], TypedArray);
    if ((!NATIVE_ARRAY_BUFFER_VIEWS || !TypedArrayPrototype || TypedArrayPrototype === ObjectPrototype) && (TypedArrayPrototype = TypedArray.prototype, NATIVE_ARRAY_BUFFER_VIEWS))
      for (NAME in TypedArrayConstructorsList)
        globalThis2[NAME] && setPrototypeOf(globalThis2[NAME].prototype, TypedArrayPrototype);
    if (NATIVE_ARRAY_BUFFER_VIEWS && getPrototypeOf(Uint8ClampedArrayPrototype) !== TypedArrayPrototype && setPrototypeOf(Uint8ClampedArrayPrototype, TypedArrayPrototype), DESCRIPTORS && !hasOwn(TypedArrayPrototype, TO_STRING_TAG)) {
      TYPED_ARRAY_TAG_REQUIRED = !0, defineBuiltInAccessor(TypedArrayPrototype, TO_STRING_TAG, {
        configurable: !0,
        get: function() {
          return isObject(this) ? this[TYPED_ARRAY_TAG] : void 0;
        }
      });
      for (NAME in TypedArrayConstructorsList) globalThis2[NAME] && createNonEnumerableProperty(globalThis2[NAME], TYPED_ARRAY_TAG, NAME);
    }
    module.exports = {
      NATIVE_ARRAY_BUFFER_VIEWS,
      TYPED_ARRAY_TAG: TYPED_ARRAY_TAG_REQUIRED && TYPED_ARRAY_TAG,
      aTypedArray,
      aTypedArrayConstructor,
      exportTypedArrayMethod,
      exportTypedArrayStaticMethod,
      getTypedArrayConstructor,
      isView,
      isTypedArray,
      TypedArray,
      TypedArrayPrototype
    };
  },
  /***/
  4659(module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), definePropertyModule = __webpack_require__2(4913), createPropertyDescriptor = __webpack_require__2(6980);
    module.exports = function(object, key, value) {
      DESCRIPTORS ? definePropertyModule.f(object, key, createPropertyDescriptor(0, value)) : object[key] = value;
    };
  },
  /***/
  4901(module) {
    var documentAll = typeof document == "object" && document.all;
    module.exports = typeof documentAll > "u" && documentAll !== void 0 ? function(argument) {
      return typeof argument == "function" || argument === documentAll;
    } : function(argument) {
      return typeof argument == "function";
    };
  },
  /***/
  4913(__unused_webpack_module, exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), IE8_DOM_DEFINE = __webpack_require__2(5917), V8_PROTOTYPE_DEFINE_BUG = __webpack_require__2(8686), anObject = __webpack_require__2(8551), toPropertyKey = __webpack_require__2(6969), $TypeError = TypeError, $defineProperty = Object.defineProperty, $getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, ENUMERABLE = "enumerable", CONFIGURABLE = "configurable", WRITABLE = "writable";
    exports.f = DESCRIPTORS ? V8_PROTOTYPE_DEFINE_BUG ? function(O, P, Attributes) {
      if (anObject(O), P = toPropertyKey(P), anObject(Attributes), typeof O == "function" && P === "prototype" && "value" in Attributes && WRITABLE in Attributes && !Attributes[WRITABLE]) {
        var current = $getOwnPropertyDescriptor(O, P);
        current && current[WRITABLE] && (O[P] = Attributes.value, Attributes = {
          configurable: CONFIGURABLE in Attributes ? Attributes[CONFIGURABLE] : current[CONFIGURABLE],
          enumerable: ENUMERABLE in Attributes ? Attributes[ENUMERABLE] : current[ENUMERABLE],
          writable: !1
        });
      }
      return $defineProperty(O, P, Attributes);
    } : $defineProperty : function(O, P, Attributes) {
      if (anObject(O), P = toPropertyKey(P), anObject(Attributes), IE8_DOM_DEFINE) try {
        return $defineProperty(O, P, Attributes);
      } catch {
      }
      if ("get" in Attributes || "set" in Attributes) throw new $TypeError("Accessors not supported");
      return "value" in Attributes && (O[P] = Attributes.value), O;
    };
  },
  /***/
  4916(module, __unused_webpack_exports, __webpack_require__2) {
    var getBuiltIn = __webpack_require__2(7751), createSetLike = function(size) {
      return {
        size,
        has: function() {
          return !1;
        },
        keys: function() {
          return {
            next: function() {
              return { done: !0 };
            }
          };
        }
      };
    }, createSetLikeWithInfinitySize = function(size) {
      return {
        size,
        has: function() {
          return !0;
        },
        keys: function() {
          throw new Error("e");
        }
      };
    };
    module.exports = function(name, callback) {
      var Set2 = getBuiltIn("Set");
      try {
        new Set2()[name](createSetLike(0));
        try {
          return new Set2()[name](createSetLike(-1)), !1;
        } catch {
          if (!callback) return !0;
          try {
            return new Set2()[name](createSetLikeWithInfinitySize(-1 / 0)), !1;
          } catch {
            var set = new Set2([1, 2]);
            return callback(set[name](createSetLikeWithInfinitySize(1 / 0)));
          }
        }
      } catch {
        return !1;
      }
    };
  },
  /***/
  4972(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), notANaN = __webpack_require__2(4149), toPositiveInteger = __webpack_require__2(9590), createIteratorProxy = __webpack_require__2(9462), iteratorClose = __webpack_require__2(9539), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), IS_PURE = __webpack_require__2(6395), takeWithoutClosingOnEarlyError = !IS_PURE && iteratorHelperWithoutClosingOnEarlyError("take", RangeError), IteratorProxy = createIteratorProxy(function() {
      var iterator = this.iterator;
      if (!this.remaining--)
        return this.done = !0, iteratorClose(iterator, "normal", void 0);
      var result = anObject(call(this.next, iterator)), done = this.done = !!result.done;
      if (!done) return result.value;
    });
    $({ target: "Iterator", proto: !0, real: !0, forced: IS_PURE || takeWithoutClosingOnEarlyError }, {
      take: function(limit) {
        anObject(this);
        var remaining;
        try {
          remaining = toPositiveInteger(notANaN(+limit));
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        return takeWithoutClosingOnEarlyError ? call(takeWithoutClosingOnEarlyError, this, remaining) : new IteratorProxy(getIteratorDirect(this), {
          remaining
        });
      }
    });
  },
  /***/
  4979(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), getBuiltIn = __webpack_require__2(7751), createPropertyDescriptor = __webpack_require__2(6980), defineProperty = __webpack_require__2(4913).f, hasOwn = __webpack_require__2(9297), anInstance = __webpack_require__2(679), inheritIfRequired = __webpack_require__2(3167), normalizeStringArgument = __webpack_require__2(2603), DOMExceptionConstants = __webpack_require__2(5002), clearErrorStack = __webpack_require__2(8574), DESCRIPTORS = __webpack_require__2(3724), IS_PURE = __webpack_require__2(6395), DOM_EXCEPTION = "DOMException", Error2 = getBuiltIn("Error"), NativeDOMException = getBuiltIn(DOM_EXCEPTION), $DOMException = function() {
      anInstance(this, DOMExceptionPrototype);
      var argumentsLength = arguments.length, message = normalizeStringArgument(argumentsLength < 1 ? void 0 : arguments[0]), name = normalizeStringArgument(argumentsLength < 2 ? void 0 : arguments[1], "Error"), that = new NativeDOMException(message, name), error = new Error2(message);
      return error.name = DOM_EXCEPTION, defineProperty(that, "stack", createPropertyDescriptor(1, clearErrorStack(error.stack, 1))), inheritIfRequired(that, this, $DOMException), that;
    }, DOMExceptionPrototype = $DOMException.prototype = NativeDOMException.prototype, ERROR_HAS_STACK = "stack" in new Error2(DOM_EXCEPTION), DOM_EXCEPTION_HAS_STACK = "stack" in new NativeDOMException(1, 2), descriptor = NativeDOMException && DESCRIPTORS && Object.getOwnPropertyDescriptor(globalThis2, DOM_EXCEPTION), BUGGY_DESCRIPTOR = !!descriptor && !(descriptor.writable && descriptor.configurable), FORCED_CONSTRUCTOR = ERROR_HAS_STACK && !BUGGY_DESCRIPTOR && !DOM_EXCEPTION_HAS_STACK;
    $({ global: !0, constructor: !0, forced: IS_PURE || FORCED_CONSTRUCTOR }, {
      // TODO: fix export logic
      DOMException: FORCED_CONSTRUCTOR ? $DOMException : NativeDOMException
    });
    var PolyfilledDOMException = getBuiltIn(DOM_EXCEPTION), PolyfilledDOMExceptionPrototype = PolyfilledDOMException.prototype;
    if (PolyfilledDOMExceptionPrototype.constructor !== PolyfilledDOMException) {
      IS_PURE || defineProperty(PolyfilledDOMExceptionPrototype, "constructor", createPropertyDescriptor(1, PolyfilledDOMException));
      for (var key in DOMExceptionConstants) if (hasOwn(DOMExceptionConstants, key)) {
        var constant = DOMExceptionConstants[key], constantName = constant.s;
        hasOwn(PolyfilledDOMException, constantName) || defineProperty(PolyfilledDOMException, constantName, createPropertyDescriptor(6, constant.c));
      }
    }
  },
  /***/
  5002(module) {
    module.exports = {
      IndexSizeError: { s: "INDEX_SIZE_ERR", c: 1, m: 1 },
      DOMStringSizeError: { s: "DOMSTRING_SIZE_ERR", c: 2, m: 0 },
      HierarchyRequestError: { s: "HIERARCHY_REQUEST_ERR", c: 3, m: 1 },
      WrongDocumentError: { s: "WRONG_DOCUMENT_ERR", c: 4, m: 1 },
      InvalidCharacterError: { s: "INVALID_CHARACTER_ERR", c: 5, m: 1 },
      NoDataAllowedError: { s: "NO_DATA_ALLOWED_ERR", c: 6, m: 0 },
      NoModificationAllowedError: { s: "NO_MODIFICATION_ALLOWED_ERR", c: 7, m: 1 },
      NotFoundError: { s: "NOT_FOUND_ERR", c: 8, m: 1 },
      NotSupportedError: { s: "NOT_SUPPORTED_ERR", c: 9, m: 1 },
      InUseAttributeError: { s: "INUSE_ATTRIBUTE_ERR", c: 10, m: 1 },
      InvalidStateError: { s: "INVALID_STATE_ERR", c: 11, m: 1 },
      SyntaxError: { s: "SYNTAX_ERR", c: 12, m: 1 },
      InvalidModificationError: { s: "INVALID_MODIFICATION_ERR", c: 13, m: 1 },
      NamespaceError: { s: "NAMESPACE_ERR", c: 14, m: 1 },
      InvalidAccessError: { s: "INVALID_ACCESS_ERR", c: 15, m: 1 },
      ValidationError: { s: "VALIDATION_ERR", c: 16, m: 0 },
      TypeMismatchError: { s: "TYPE_MISMATCH_ERR", c: 17, m: 1 },
      SecurityError: { s: "SECURITY_ERR", c: 18, m: 1 },
      NetworkError: { s: "NETWORK_ERR", c: 19, m: 1 },
      AbortError: { s: "ABORT_ERR", c: 20, m: 1 },
      URLMismatchError: { s: "URL_MISMATCH_ERR", c: 21, m: 1 },
      QuotaExceededError: { s: "QUOTA_EXCEEDED_ERR", c: 22, m: 1 },
      TimeoutError: { s: "TIMEOUT_ERR", c: 23, m: 1 },
      InvalidNodeTypeError: { s: "INVALID_NODE_TYPE_ERR", c: 24, m: 1 },
      DataCloneError: { s: "DATA_CLONE_ERR", c: 25, m: 1 }
    };
  },
  /***/
  5024(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), symmetricDifference = __webpack_require__2(3650), setMethodGetKeysBeforeCloning = __webpack_require__2(9835), setMethodAcceptSetLike = __webpack_require__2(4916), FORCED = !setMethodAcceptSetLike("symmetricDifference") || !setMethodGetKeysBeforeCloning("symmetricDifference");
    $({ target: "Set", proto: !0, real: !0, forced: FORCED }, {
      symmetricDifference
    });
  },
  /***/
  5031(module, __unused_webpack_exports, __webpack_require__2) {
    var getBuiltIn = __webpack_require__2(7751), uncurryThis = __webpack_require__2(9504), getOwnPropertyNamesModule = __webpack_require__2(8480), getOwnPropertySymbolsModule = __webpack_require__2(3717), anObject = __webpack_require__2(8551), concat = uncurryThis([].concat);
    module.exports = getBuiltIn("Reflect", "ownKeys") || function(it) {
      var keys = getOwnPropertyNamesModule.f(anObject(it)), getOwnPropertySymbols = getOwnPropertySymbolsModule.f;
      return getOwnPropertySymbols ? concat(keys, getOwnPropertySymbols(it)) : keys;
    };
  },
  /***/
  5169(module, __unused_webpack_exports, __webpack_require__2) {
    var isDetached = __webpack_require__2(3238), $TypeError = TypeError;
    module.exports = function(it) {
      if (isDetached(it)) throw new $TypeError("ArrayBuffer is detached");
      return it;
    };
  },
  /***/
  5170(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThisAccessor = __webpack_require__2(6706), SetHelpers = __webpack_require__2(4402);
    module.exports = uncurryThisAccessor(SetHelpers.proto, "size", "get") || function(set) {
      return set.size;
    };
  },
  /***/
  5213(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), arrayFromConstructorAndList = __webpack_require__2(5370), $fromBase64 = __webpack_require__2(9143), Uint8Array2 = globalThis2.Uint8Array, INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS = !Uint8Array2 || !Uint8Array2.fromBase64 || !(function() {
      try {
        Uint8Array2.fromBase64("a");
        return;
      } catch {
      }
      try {
        Uint8Array2.fromBase64("", null);
      } catch {
        return !0;
      }
    })();
    Uint8Array2 && $({ target: "Uint8Array", stat: !0, forced: INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS }, {
      fromBase64: function(string) {
        var result = $fromBase64(string, arguments.length > 1 ? arguments[1] : void 0, null, 9007199254740991);
        return arrayFromConstructorAndList(Uint8Array2, result.bytes);
      }
    });
  },
  /***/
  5370(module, __unused_webpack_exports, __webpack_require__2) {
    var lengthOfArrayLike = __webpack_require__2(6198);
    module.exports = function(Constructor, list, $length) {
      for (var index = 0, length = arguments.length > 2 ? $length : lengthOfArrayLike(list), result = new Constructor(length); length > index; ) result[index] = list[index++];
      return result;
    };
  },
  /***/
  5397(module, __unused_webpack_exports, __webpack_require__2) {
    var IndexedObject = __webpack_require__2(7055), requireObjectCoercible = __webpack_require__2(7750);
    module.exports = function(it) {
      return IndexedObject(requireObjectCoercible(it));
    };
  },
  /***/
  5610(module, __unused_webpack_exports, __webpack_require__2) {
    var toIntegerOrInfinity = __webpack_require__2(1291), max = Math.max, min = Math.min;
    module.exports = function(index, length) {
      var integer = toIntegerOrInfinity(index);
      return integer < 0 ? max(integer + length, 0) : min(integer, length);
    };
  },
  /***/
  5623(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(456);
  },
  /***/
  5636(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), uncurryThis = __webpack_require__2(9504), uncurryThisAccessor = __webpack_require__2(6706), toIndex = __webpack_require__2(7696), notDetached = __webpack_require__2(5169), arrayBufferByteLength = __webpack_require__2(7394), detachTransferable = __webpack_require__2(4483), PROPER_STRUCTURED_CLONE_TRANSFER = __webpack_require__2(1548), structuredClone2 = globalThis2.structuredClone, ArrayBuffer2 = globalThis2.ArrayBuffer, DataView2 = globalThis2.DataView, min = Math.min, ArrayBufferPrototype = ArrayBuffer2.prototype, DataViewPrototype = DataView2.prototype, slice = uncurryThis(ArrayBufferPrototype.slice), isResizable = uncurryThisAccessor(ArrayBufferPrototype, "resizable", "get"), maxByteLength = uncurryThisAccessor(ArrayBufferPrototype, "maxByteLength", "get"), getInt8 = uncurryThis(DataViewPrototype.getInt8), setInt8 = uncurryThis(DataViewPrototype.setInt8);
    module.exports = (PROPER_STRUCTURED_CLONE_TRANSFER || detachTransferable) && function(arrayBuffer, newLength, preserveResizability) {
      var byteLength = arrayBufferByteLength(arrayBuffer), newByteLength = newLength === void 0 ? byteLength : toIndex(newLength), fixedLength = !isResizable || !isResizable(arrayBuffer), newBuffer;
      if (notDetached(arrayBuffer), PROPER_STRUCTURED_CLONE_TRANSFER && (arrayBuffer = structuredClone2(arrayBuffer, { transfer: [arrayBuffer] }), byteLength === newByteLength && (preserveResizability || fixedLength)))
        return arrayBuffer;
      if (byteLength >= newByteLength && (!preserveResizability || fixedLength))
        newBuffer = slice(arrayBuffer, 0, newByteLength);
      else {
        var options = preserveResizability && !fixedLength && maxByteLength ? { maxByteLength: maxByteLength(arrayBuffer) } : void 0;
        newBuffer = new ArrayBuffer2(newByteLength, options);
        for (var a = new DataView2(arrayBuffer), b = new DataView2(newBuffer), copyLength = min(newByteLength, byteLength), i = 0; i < copyLength; i++) setInt8(b, i, getInt8(a, i));
      }
      return PROPER_STRUCTURED_CLONE_TRANSFER || detachTransferable(arrayBuffer), newBuffer;
    };
  },
  /***/
  5745(module, __unused_webpack_exports, __webpack_require__2) {
    var store = __webpack_require__2(7629);
    module.exports = function(key, value) {
      return store[key] || (store[key] = value || {});
    };
  },
  /***/
  5781(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), getBuiltIn = __webpack_require__2(7751), validateArgumentsLength = __webpack_require__2(2812), toString = __webpack_require__2(655), USE_NATIVE_URL = __webpack_require__2(7416), URL2 = getBuiltIn("URL");
    $({ target: "URL", stat: !0, forced: !USE_NATIVE_URL }, {
      parse: function(url) {
        var length = validateArgumentsLength(arguments.length, 1), urlString = toString(url), base = length < 2 || arguments[1] === void 0 ? void 0 : toString(arguments[1]);
        try {
          return new URL2(urlString, base);
        } catch {
          return null;
        }
      }
    });
  },
  /***/
  5854(module, __unused_webpack_exports, __webpack_require__2) {
    var toPrimitive = __webpack_require__2(2777), $TypeError = TypeError;
    module.exports = function(argument) {
      var prim = toPrimitive(argument, "number");
      if (typeof prim == "number") throw new $TypeError("Can't convert number to bigint");
      return BigInt(prim);
    };
  },
  /***/
  5876(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), isSubsetOf = __webpack_require__2(3838), setMethodAcceptSetLike = __webpack_require__2(4916), INCORRECT = !setMethodAcceptSetLike("isSubsetOf", function(result) {
      return result;
    });
    $({ target: "Set", proto: !0, real: !0, forced: INCORRECT }, {
      isSubsetOf
    });
  },
  /***/
  5917(module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), fails = __webpack_require__2(9039), createElement = __webpack_require__2(4055);
    module.exports = !DESCRIPTORS && !fails(function() {
      return Object.defineProperty(createElement("div"), "a", {
        get: function() {
          return 7;
        }
      }).a !== 7;
    });
  },
  /***/
  5966(module, __unused_webpack_exports, __webpack_require__2) {
    var aCallable = __webpack_require__2(9306), isNullOrUndefined = __webpack_require__2(4117);
    module.exports = function(V, P) {
      var func = V[P];
      return isNullOrUndefined(func) ? void 0 : aCallable(func);
    };
  },
  /***/
  6043(module, __unused_webpack_exports, __webpack_require__2) {
    var aCallable = __webpack_require__2(9306), $TypeError = TypeError, PromiseCapability = function(C) {
      var resolve, reject;
      this.promise = new C(function($$resolve, $$reject) {
        if (resolve !== void 0 || reject !== void 0) throw new $TypeError("Bad Promise constructor");
        resolve = $$resolve, reject = $$reject;
      }), this.resolve = aCallable(resolve), this.reject = aCallable(reject);
    };
    module.exports.f = function(C) {
      return new PromiseCapability(C);
    };
  },
  /***/
  6080(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(7476), aCallable = __webpack_require__2(9306), NATIVE_BIND = __webpack_require__2(616), bind = uncurryThis(uncurryThis.bind);
    module.exports = function(fn, that) {
      return aCallable(fn), that === void 0 ? fn : NATIVE_BIND ? bind(fn, that) : function() {
        return fn.apply(that, arguments);
      };
    };
  },
  /***/
  6119(module, __unused_webpack_exports, __webpack_require__2) {
    var shared = __webpack_require__2(5745), uid = __webpack_require__2(3392), keys = shared("keys");
    module.exports = function(key) {
      return keys[key] || (keys[key] = uid(key));
    };
  },
  /***/
  6193(module, __unused_webpack_exports, __webpack_require__2) {
    var ENVIRONMENT = __webpack_require__2(4215);
    module.exports = ENVIRONMENT === "NODE";
  },
  /***/
  6198(module, __unused_webpack_exports, __webpack_require__2) {
    var toLength = __webpack_require__2(8014);
    module.exports = function(obj) {
      return toLength(obj.length);
    };
  },
  /***/
  6269(module) {
    module.exports = {};
  },
  /***/
  6279(module, __unused_webpack_exports, __webpack_require__2) {
    var defineBuiltIn = __webpack_require__2(6840);
    module.exports = function(target, src, options) {
      for (var key in src) defineBuiltIn(target, key, src[key], options);
      return target;
    };
  },
  /***/
  6319(module, __unused_webpack_exports, __webpack_require__2) {
    var anObject = __webpack_require__2(8551), iteratorClose = __webpack_require__2(9539);
    module.exports = function(iterator, fn, value, ENTRIES) {
      try {
        return ENTRIES ? fn(anObject(value)[0], value[1]) : fn(value);
      } catch (error) {
        iteratorClose(iterator, "throw", error);
      }
    };
  },
  /***/
  6395(module) {
    module.exports = !1;
  },
  /***/
  6518(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), getOwnPropertyDescriptor = __webpack_require__2(7347).f, createNonEnumerableProperty = __webpack_require__2(6699), defineBuiltIn = __webpack_require__2(6840), defineGlobalProperty = __webpack_require__2(9433), copyConstructorProperties = __webpack_require__2(7740), isForced = __webpack_require__2(2796);
    module.exports = function(options, source) {
      var TARGET = options.target, GLOBAL = options.global, STATIC = options.stat, FORCED, target, key, targetProperty, sourceProperty, descriptor;
      if (GLOBAL ? target = globalThis2 : STATIC ? target = globalThis2[TARGET] || defineGlobalProperty(TARGET, {}) : target = globalThis2[TARGET] && globalThis2[TARGET].prototype, target) for (key in source) {
        if (sourceProperty = source[key], options.dontCallGetSet ? (descriptor = getOwnPropertyDescriptor(target, key), targetProperty = descriptor && descriptor.value) : targetProperty = target[key], FORCED = isForced(GLOBAL ? key : TARGET + (STATIC ? "." : "#") + key, options.forced), !FORCED && targetProperty !== void 0) {
          if (typeof sourceProperty == typeof targetProperty) continue;
          copyConstructorProperties(sourceProperty, targetProperty);
        }
        (options.sham || targetProperty && targetProperty.sham) && createNonEnumerableProperty(sourceProperty, "sham", !0), defineBuiltIn(target, key, sourceProperty, options);
      }
    };
  },
  /***/
  6573(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), defineBuiltInAccessor = __webpack_require__2(2106), isDetached = __webpack_require__2(3238), ArrayBufferPrototype = ArrayBuffer.prototype;
    DESCRIPTORS && !("detached" in ArrayBufferPrototype) && defineBuiltInAccessor(ArrayBufferPrototype, "detached", {
      configurable: !0,
      get: function() {
        return isDetached(this);
      }
    });
  },
  /***/
  6632(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), $fromBase64 = __webpack_require__2(9143), anUint8Array = __webpack_require__2(4154), Uint8Array2 = globalThis2.Uint8Array, INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS = !Uint8Array2 || !Uint8Array2.prototype.setFromBase64 || !(function() {
      var target = new Uint8Array2([255, 255, 255, 255, 255]);
      try {
        target.setFromBase64("", null);
        return;
      } catch {
      }
      try {
        target.setFromBase64("a");
        return;
      } catch {
      }
      try {
        target.setFromBase64("MjYyZg===");
      } catch {
        return target[0] === 50 && target[1] === 54 && target[2] === 50 && target[3] === 255 && target[4] === 255;
      }
    })();
    Uint8Array2 && $({ target: "Uint8Array", proto: !0, forced: INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS }, {
      setFromBase64: function(string) {
        anUint8Array(this);
        var result = $fromBase64(string, arguments.length > 1 ? arguments[1] : void 0, this, this.length);
        return { read: result.read, written: result.written };
      }
    });
  },
  /***/
  6699(module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), definePropertyModule = __webpack_require__2(4913), createPropertyDescriptor = __webpack_require__2(6980);
    module.exports = DESCRIPTORS ? function(object, key, value) {
      return definePropertyModule.f(object, key, createPropertyDescriptor(1, value));
    } : function(object, key, value) {
      return object[key] = value, object;
    };
  },
  /***/
  6706(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), aCallable = __webpack_require__2(9306);
    module.exports = function(object, key, method) {
      try {
        return uncurryThis(aCallable(Object.getOwnPropertyDescriptor(object, key)[method]));
      } catch {
      }
    };
  },
  /***/
  6801(__unused_webpack_module, exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), V8_PROTOTYPE_DEFINE_BUG = __webpack_require__2(8686), definePropertyModule = __webpack_require__2(4913), anObject = __webpack_require__2(8551), toIndexedObject = __webpack_require__2(5397), objectKeys = __webpack_require__2(1072);
    exports.f = DESCRIPTORS && !V8_PROTOTYPE_DEFINE_BUG ? Object.defineProperties : function(O, Properties) {
      anObject(O);
      for (var props = toIndexedObject(Properties), keys = objectKeys(Properties), length = keys.length, index = 0, key; length > index; ) definePropertyModule.f(O, key = keys[index++], props[key]);
      return O;
    };
  },
  /***/
  6823(module) {
    var $String = String;
    module.exports = function(argument) {
      try {
        return $String(argument);
      } catch {
        return "Object";
      }
    };
  },
  /***/
  6837(module) {
    var $TypeError = TypeError, MAX_SAFE_INTEGER = 9007199254740991;
    module.exports = function(it) {
      if (it > MAX_SAFE_INTEGER) throw $TypeError("Maximum allowed index exceeded");
      return it;
    };
  },
  /***/
  6840(module, __unused_webpack_exports, __webpack_require__2) {
    var isCallable = __webpack_require__2(4901), definePropertyModule = __webpack_require__2(4913), makeBuiltIn = __webpack_require__2(283), defineGlobalProperty = __webpack_require__2(9433);
    module.exports = function(O, key, value, options) {
      options || (options = {});
      var simple = options.enumerable, name = options.name !== void 0 ? options.name : key;
      if (isCallable(value) && makeBuiltIn(value, name, options), options.global)
        simple ? O[key] = value : defineGlobalProperty(key, value);
      else {
        try {
          options.unsafe ? O[key] && (simple = !0) : delete O[key];
        } catch {
        }
        simple ? O[key] = value : definePropertyModule.f(O, key, {
          value,
          enumerable: !1,
          configurable: !options.nonConfigurable,
          writable: !options.nonWritable
        });
      }
      return O;
    };
  },
  /***/
  6955(module, __unused_webpack_exports, __webpack_require__2) {
    var TO_STRING_TAG_SUPPORT = __webpack_require__2(2140), isCallable = __webpack_require__2(4901), classofRaw = __webpack_require__2(2195), wellKnownSymbol = __webpack_require__2(8227), TO_STRING_TAG = wellKnownSymbol("toStringTag"), $Object = Object, CORRECT_ARGUMENTS = classofRaw(/* @__PURE__ */ (function() {
      return arguments;
    })()) === "Arguments", tryGet = function(it, key) {
      try {
        return it[key];
      } catch {
      }
    };
    module.exports = TO_STRING_TAG_SUPPORT ? classofRaw : function(it) {
      var O, tag, result;
      return it === void 0 ? "Undefined" : it === null ? "Null" : typeof (tag = tryGet(O = $Object(it), TO_STRING_TAG)) == "string" ? tag : CORRECT_ARGUMENTS ? classofRaw(O) : (result = classofRaw(O)) === "Object" && isCallable(O.callee) ? "Arguments" : result;
    };
  },
  /***/
  6969(module, __unused_webpack_exports, __webpack_require__2) {
    var toPrimitive = __webpack_require__2(2777), isSymbol = __webpack_require__2(757);
    module.exports = function(argument) {
      var key = toPrimitive(argument, "string");
      return isSymbol(key) ? key : key + "";
    };
  },
  /***/
  6980(module) {
    module.exports = function(bitmap, value) {
      return {
        enumerable: !(bitmap & 1),
        configurable: !(bitmap & 2),
        writable: !(bitmap & 4),
        value
      };
    };
  },
  /***/
  7040(module, __unused_webpack_exports, __webpack_require__2) {
    var NATIVE_SYMBOL = __webpack_require__2(4495);
    module.exports = NATIVE_SYMBOL && !Symbol.sham && typeof Symbol.iterator == "symbol";
  },
  /***/
  7055(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), fails = __webpack_require__2(9039), classof = __webpack_require__2(2195), $Object = Object, split = uncurryThis("".split);
    module.exports = fails(function() {
      return !$Object("z").propertyIsEnumerable(0);
    }) ? function(it) {
      return classof(it) === "String" ? split(it, "") : $Object(it);
    } : $Object;
  },
  /***/
  7080(module, __unused_webpack_exports, __webpack_require__2) {
    var has = __webpack_require__2(4402).has;
    module.exports = function(it) {
      return has(it), it;
    };
  },
  /***/
  7347(__unused_webpack_module, exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), call = __webpack_require__2(9565), propertyIsEnumerableModule = __webpack_require__2(8773), createPropertyDescriptor = __webpack_require__2(6980), toIndexedObject = __webpack_require__2(5397), toPropertyKey = __webpack_require__2(6969), hasOwn = __webpack_require__2(9297), IE8_DOM_DEFINE = __webpack_require__2(5917), $getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
    exports.f = DESCRIPTORS ? $getOwnPropertyDescriptor : function(O, P) {
      if (O = toIndexedObject(O), P = toPropertyKey(P), IE8_DOM_DEFINE) try {
        return $getOwnPropertyDescriptor(O, P);
      } catch {
      }
      if (hasOwn(O, P)) return createPropertyDescriptor(!call(propertyIsEnumerableModule.f, O, P), O[P]);
    };
  },
  /***/
  7394(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), uncurryThisAccessor = __webpack_require__2(6706), classof = __webpack_require__2(2195), ArrayBuffer2 = globalThis2.ArrayBuffer, TypeError2 = globalThis2.TypeError;
    module.exports = ArrayBuffer2 && uncurryThisAccessor(ArrayBuffer2.prototype, "byteLength", "get") || function(O) {
      if (classof(O) !== "ArrayBuffer") throw new TypeError2("ArrayBuffer expected");
      return O.byteLength;
    };
  },
  /***/
  7416(module, __unused_webpack_exports, __webpack_require__2) {
    var fails = __webpack_require__2(9039), wellKnownSymbol = __webpack_require__2(8227), DESCRIPTORS = __webpack_require__2(3724), IS_PURE = __webpack_require__2(6395), ITERATOR = wellKnownSymbol("iterator");
    module.exports = !fails(function() {
      var url = new URL("b?a=1&b=2&c=3", "https://a"), params = url.searchParams, params2 = new URLSearchParams("a=1&a=2&b=3"), result = "";
      return url.pathname = "c%20d", params.forEach(function(value, key) {
        params.delete("b"), result += key + value;
      }), params2.delete("a", 2), params2.delete("b", void 0), IS_PURE && (!url.toJSON || !params2.has("a", 1) || params2.has("a", 2) || !params2.has("a", void 0) || params2.has("b")) || !params.size && (IS_PURE || !DESCRIPTORS) || !params.sort || url.href !== "https://a/c%20d?a=1&c=3" || params.get("c") !== "3" || String(new URLSearchParams("?a=1")) !== "a=1" || !params[ITERATOR] || new URL("https://a@b").username !== "a" || new URLSearchParams(new URLSearchParams("a=b")).get("a") !== "b" || new URL("https://\u0442\u0435\u0441\u0442").host !== "xn--e1aybc" || new URL("https://a#\u0431").hash !== "#%D0%B1" || result !== "a1c3" || new URL("https://x", void 0).host !== "x";
    });
  },
  /***/
  7476(module, __unused_webpack_exports, __webpack_require__2) {
    var classofRaw = __webpack_require__2(2195), uncurryThis = __webpack_require__2(9504);
    module.exports = function(fn) {
      if (classofRaw(fn) === "Function") return uncurryThis(fn);
    };
  },
  /***/
  7566(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var defineBuiltIn = __webpack_require__2(6840), uncurryThis = __webpack_require__2(9504), toString = __webpack_require__2(655), validateArgumentsLength = __webpack_require__2(2812), $URLSearchParams = URLSearchParams, URLSearchParamsPrototype = $URLSearchParams.prototype, getAll = uncurryThis(URLSearchParamsPrototype.getAll), $has = uncurryThis(URLSearchParamsPrototype.has), params = new $URLSearchParams("a=1");
    (params.has("a", 2) || !params.has("a", void 0)) && defineBuiltIn(URLSearchParamsPrototype, "has", function(name) {
      var length = arguments.length, $value = length < 2 ? void 0 : arguments[1];
      if (length && $value === void 0) return $has(this, name);
      var values = getAll(this, name);
      validateArgumentsLength(length, 1);
      for (var value = toString($value), index = 0; index < values.length; )
        if (values[index++] === value) return !0;
      return !1;
    }, { enumerable: !0, unsafe: !0 });
  },
  /***/
  7588(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), iterate = __webpack_require__2(2652), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), iteratorClose = __webpack_require__2(9539), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), forEachWithoutClosingOnEarlyError = iteratorHelperWithoutClosingOnEarlyError("forEach", TypeError);
    $({ target: "Iterator", proto: !0, real: !0, forced: forEachWithoutClosingOnEarlyError }, {
      forEach: function(fn) {
        anObject(this);
        try {
          aCallable(fn);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        if (forEachWithoutClosingOnEarlyError) return call(forEachWithoutClosingOnEarlyError, this, fn);
        var record = getIteratorDirect(this), counter = 0;
        iterate(record, function(value) {
          fn(value, counter++);
        }, { IS_RECORD: !0 });
      }
    });
  },
  /***/
  7629(module, __unused_webpack_exports, __webpack_require__2) {
    var IS_PURE = __webpack_require__2(6395), globalThis2 = __webpack_require__2(4576), defineGlobalProperty = __webpack_require__2(9433), SHARED = "__core-js_shared__", store = module.exports = globalThis2[SHARED] || defineGlobalProperty(SHARED, {});
    (store.versions || (store.versions = [])).push({
      version: "3.47.0",
      mode: IS_PURE ? "pure" : "global",
      copyright: "\xA9 2014-2025 Denis Pushkarev (zloirock.ru), 2025 CoreJS Company (core-js.io)",
      license: "https://github.com/zloirock/core-js/blob/v3.47.0/LICENSE",
      source: "https://github.com/zloirock/core-js"
    });
  },
  /***/
  7642(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), difference = __webpack_require__2(3440), fails = __webpack_require__2(9039), setMethodAcceptSetLike = __webpack_require__2(4916), SET_LIKE_INCORRECT_BEHAVIOR = !setMethodAcceptSetLike("difference", function(result) {
      return result.size === 0;
    }), FORCED = SET_LIKE_INCORRECT_BEHAVIOR || fails(function() {
      var setLike = {
        size: 1,
        has: function() {
          return !0;
        },
        keys: function() {
          var index = 0;
          return {
            next: function() {
              var done = index++ > 1;
              return baseSet.has(1) && baseSet.clear(), { done, value: 2 };
            }
          };
        }
      }, baseSet = /* @__PURE__ */ new Set([1, 2, 3, 4]);
      return baseSet.difference(setLike).size !== 3;
    });
    $({ target: "Set", proto: !0, real: !0, forced: FORCED }, {
      difference
    });
  },
  /***/
  7657(module, __unused_webpack_exports, __webpack_require__2) {
    var fails = __webpack_require__2(9039), isCallable = __webpack_require__2(4901), isObject = __webpack_require__2(34), create = __webpack_require__2(2360), getPrototypeOf = __webpack_require__2(2787), defineBuiltIn = __webpack_require__2(6840), wellKnownSymbol = __webpack_require__2(8227), IS_PURE = __webpack_require__2(6395), ITERATOR = wellKnownSymbol("iterator"), BUGGY_SAFARI_ITERATORS = !1, IteratorPrototype, PrototypeOfArrayIteratorPrototype, arrayIterator;
    [].keys && (arrayIterator = [].keys(), "next" in arrayIterator ? (PrototypeOfArrayIteratorPrototype = getPrototypeOf(getPrototypeOf(arrayIterator)), PrototypeOfArrayIteratorPrototype !== Object.prototype && (IteratorPrototype = PrototypeOfArrayIteratorPrototype)) : BUGGY_SAFARI_ITERATORS = !0);
    var NEW_ITERATOR_PROTOTYPE = !isObject(IteratorPrototype) || fails(function() {
      var test = {};
      return IteratorPrototype[ITERATOR].call(test) !== test;
    });
    NEW_ITERATOR_PROTOTYPE ? IteratorPrototype = {} : IS_PURE && (IteratorPrototype = create(IteratorPrototype)), isCallable(IteratorPrototype[ITERATOR]) || defineBuiltIn(IteratorPrototype, ITERATOR, function() {
      return this;
    }), module.exports = {
      IteratorPrototype,
      BUGGY_SAFARI_ITERATORS
    };
  },
  /***/
  7680(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504);
    module.exports = uncurryThis([].slice);
  },
  /***/
  7696(module, __unused_webpack_exports, __webpack_require__2) {
    var toIntegerOrInfinity = __webpack_require__2(1291), toLength = __webpack_require__2(8014), $RangeError = RangeError;
    module.exports = function(it) {
      if (it === void 0) return 0;
      var number = toIntegerOrInfinity(it), length = toLength(number);
      if (number !== length) throw new $RangeError("Wrong length or index");
      return length;
    };
  },
  /***/
  7740(module, __unused_webpack_exports, __webpack_require__2) {
    var hasOwn = __webpack_require__2(9297), ownKeys = __webpack_require__2(5031), getOwnPropertyDescriptorModule = __webpack_require__2(7347), definePropertyModule = __webpack_require__2(4913);
    module.exports = function(target, source, exceptions) {
      for (var keys = ownKeys(source), defineProperty = definePropertyModule.f, getOwnPropertyDescriptor = getOwnPropertyDescriptorModule.f, i = 0; i < keys.length; i++) {
        var key = keys[i];
        !hasOwn(target, key) && !(exceptions && hasOwn(exceptions, key)) && defineProperty(target, key, getOwnPropertyDescriptor(source, key));
      }
    };
  },
  /***/
  7750(module, __unused_webpack_exports, __webpack_require__2) {
    var isNullOrUndefined = __webpack_require__2(4117), $TypeError = TypeError;
    module.exports = function(it) {
      if (isNullOrUndefined(it)) throw new $TypeError("Can't call method on " + it);
      return it;
    };
  },
  /***/
  7751(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), isCallable = __webpack_require__2(4901), aFunction = function(argument) {
      return isCallable(argument) ? argument : void 0;
    };
    module.exports = function(namespace, method) {
      return arguments.length < 2 ? aFunction(globalThis2[namespace]) : globalThis2[namespace] && globalThis2[namespace][method];
    };
  },
  /***/
  7811(module) {
    module.exports = typeof ArrayBuffer < "u" && typeof DataView < "u";
  },
  /***/
  7936(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), $transfer = __webpack_require__2(5636);
    $transfer && $({ target: "ArrayBuffer", proto: !0 }, {
      transferToFixedLength: function() {
        return $transfer(this, arguments.length ? arguments[0] : void 0, !1);
      }
    });
  },
  /***/
  8004(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), fails = __webpack_require__2(9039), intersection = __webpack_require__2(8750), setMethodAcceptSetLike = __webpack_require__2(4916), INCORRECT = !setMethodAcceptSetLike("intersection", function(result) {
      return result.size === 2 && result.has(1) && result.has(2);
    }) || fails(function() {
      return String(Array.from((/* @__PURE__ */ new Set([1, 2, 3])).intersection(/* @__PURE__ */ new Set([3, 2])))) !== "3,2";
    });
    $({ target: "Set", proto: !0, real: !0, forced: INCORRECT }, {
      intersection
    });
  },
  /***/
  8014(module, __unused_webpack_exports, __webpack_require__2) {
    var toIntegerOrInfinity = __webpack_require__2(1291), min = Math.min;
    module.exports = function(argument) {
      var len = toIntegerOrInfinity(argument);
      return len > 0 ? min(len, 9007199254740991) : 0;
    };
  },
  /***/
  8100(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), $transfer = __webpack_require__2(5636);
    $transfer && $({ target: "ArrayBuffer", proto: !0 }, {
      transfer: function() {
        return $transfer(this, arguments.length ? arguments[0] : void 0, !0);
      }
    });
  },
  /***/
  8111(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), anInstance = __webpack_require__2(679), anObject = __webpack_require__2(8551), isCallable = __webpack_require__2(4901), getPrototypeOf = __webpack_require__2(2787), defineBuiltInAccessor = __webpack_require__2(2106), createProperty = __webpack_require__2(4659), fails = __webpack_require__2(9039), hasOwn = __webpack_require__2(9297), wellKnownSymbol = __webpack_require__2(8227), IteratorPrototype = __webpack_require__2(7657).IteratorPrototype, DESCRIPTORS = __webpack_require__2(3724), IS_PURE = __webpack_require__2(6395), CONSTRUCTOR = "constructor", ITERATOR = "Iterator", TO_STRING_TAG = wellKnownSymbol("toStringTag"), $TypeError = TypeError, NativeIterator = globalThis2[ITERATOR], FORCED = IS_PURE || !isCallable(NativeIterator) || NativeIterator.prototype !== IteratorPrototype || !fails(function() {
      NativeIterator({});
    }), IteratorConstructor = function() {
      if (anInstance(this, IteratorPrototype), getPrototypeOf(this) === IteratorPrototype) throw new $TypeError("Abstract class Iterator not directly constructable");
    }, defineIteratorPrototypeAccessor = function(key, value) {
      DESCRIPTORS ? defineBuiltInAccessor(IteratorPrototype, key, {
        configurable: !0,
        get: function() {
          return value;
        },
        set: function(replacement) {
          if (anObject(this), this === IteratorPrototype) throw new $TypeError("You can't redefine this property");
          hasOwn(this, key) ? this[key] = replacement : createProperty(this, key, replacement);
        }
      }) : IteratorPrototype[key] = value;
    };
    hasOwn(IteratorPrototype, TO_STRING_TAG) || defineIteratorPrototypeAccessor(TO_STRING_TAG, ITERATOR), (FORCED || !hasOwn(IteratorPrototype, CONSTRUCTOR) || IteratorPrototype[CONSTRUCTOR] === Object) && defineIteratorPrototypeAccessor(CONSTRUCTOR, IteratorConstructor), IteratorConstructor.prototype = IteratorPrototype, $({ global: !0, constructor: !0, forced: FORCED }, {
      Iterator: IteratorConstructor
    });
  },
  /***/
  8227(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), shared = __webpack_require__2(5745), hasOwn = __webpack_require__2(9297), uid = __webpack_require__2(3392), NATIVE_SYMBOL = __webpack_require__2(4495), USE_SYMBOL_AS_UID = __webpack_require__2(7040), Symbol2 = globalThis2.Symbol, WellKnownSymbolsStore = shared("wks"), createWellKnownSymbol = USE_SYMBOL_AS_UID ? Symbol2.for || Symbol2 : Symbol2 && Symbol2.withoutSetter || uid;
    module.exports = function(name) {
      return hasOwn(WellKnownSymbolsStore, name) || (WellKnownSymbolsStore[name] = NATIVE_SYMBOL && hasOwn(Symbol2, name) ? Symbol2[name] : createWellKnownSymbol("Symbol." + name)), WellKnownSymbolsStore[name];
    };
  },
  /***/
  8235(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), hasOwn = __webpack_require__2(9297), $SyntaxError = SyntaxError, $parseInt = parseInt, fromCharCode = String.fromCharCode, at = uncurryThis("".charAt), slice = uncurryThis("".slice), exec = uncurryThis(/./.exec), codePoints = {
      '\\"': '"',
      "\\\\": "\\",
      "\\/": "/",
      "\\b": "\b",
      "\\f": "\f",
      "\\n": `
`,
      "\\r": "\r",
      "\\t": "	"
    }, IS_4_HEX_DIGITS = /^[\da-f]{4}$/i, IS_C0_CONTROL_CODE = /^[\u0000-\u001F]$/;
    module.exports = function(source, i) {
      for (var unterminated = !0, value = ""; i < source.length; ) {
        var chr = at(source, i);
        if (chr === "\\") {
          var twoChars = slice(source, i, i + 2);
          if (hasOwn(codePoints, twoChars))
            value += codePoints[twoChars], i += 2;
          else if (twoChars === "\\u") {
            i += 2;
            var fourHexDigits = slice(source, i, i + 4);
            if (!exec(IS_4_HEX_DIGITS, fourHexDigits)) throw new $SyntaxError("Bad Unicode escape at: " + i);
            value += fromCharCode($parseInt(fourHexDigits, 16)), i += 4;
          } else throw new $SyntaxError('Unknown escape sequence: "' + twoChars + '"');
        } else if (chr === '"') {
          unterminated = !1, i++;
          break;
        } else {
          if (exec(IS_C0_CONTROL_CODE, chr)) throw new $SyntaxError("Bad control character in string literal at: " + i);
          value += chr, i++;
        }
      }
      if (unterminated) throw new $SyntaxError("Unterminated string at: " + i);
      return { value, end: i };
    };
  },
  /***/
  8237(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), iterate = __webpack_require__2(2652), aCallable = __webpack_require__2(9306), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), iteratorClose = __webpack_require__2(9539), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), apply = __webpack_require__2(8745), fails = __webpack_require__2(9039), $TypeError = TypeError, FAILS_ON_INITIAL_UNDEFINED = fails(function() {
      [].keys().reduce(function() {
      }, void 0);
    }), reduceWithoutClosingOnEarlyError = !FAILS_ON_INITIAL_UNDEFINED && iteratorHelperWithoutClosingOnEarlyError("reduce", $TypeError);
    $({ target: "Iterator", proto: !0, real: !0, forced: FAILS_ON_INITIAL_UNDEFINED || reduceWithoutClosingOnEarlyError }, {
      reduce: function(reducer) {
        anObject(this);
        try {
          aCallable(reducer);
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        var noInitial = arguments.length < 2, accumulator = noInitial ? void 0 : arguments[1];
        if (reduceWithoutClosingOnEarlyError)
          return apply(reduceWithoutClosingOnEarlyError, this, noInitial ? [reducer] : [reducer, accumulator]);
        var record = getIteratorDirect(this), counter = 0;
        if (iterate(record, function(value) {
          noInitial ? (noInitial = !1, accumulator = value) : accumulator = reducer(accumulator, value, counter), counter++;
        }, { IS_RECORD: !0 }), noInitial) throw new $TypeError("Reduce of empty iterator with no initial value");
        return accumulator;
      }
    });
  },
  /***/
  8335(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(9112);
  },
  /***/
  8469(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), iterateSimple = __webpack_require__2(507), SetHelpers = __webpack_require__2(4402), Set2 = SetHelpers.Set, SetPrototype = SetHelpers.proto, forEach = uncurryThis(SetPrototype.forEach), keys = uncurryThis(SetPrototype.keys), next = keys(new Set2()).next;
    module.exports = function(set, fn, interruptible) {
      return interruptible ? iterateSimple({ iterator: keys(set), next }, fn) : forEach(set, fn);
    };
  },
  /***/
  8480(__unused_webpack_module, exports, __webpack_require__2) {
    var internalObjectKeys = __webpack_require__2(1828), enumBugKeys = __webpack_require__2(8727), hiddenKeys = enumBugKeys.concat("length", "prototype");
    exports.f = Object.getOwnPropertyNames || function(O) {
      return internalObjectKeys(O, hiddenKeys);
    };
  },
  /***/
  8527(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), has = __webpack_require__2(4402).has, size = __webpack_require__2(5170), getSetRecord = __webpack_require__2(3789), iterateSimple = __webpack_require__2(507), iteratorClose = __webpack_require__2(9539);
    module.exports = function(other) {
      var O = aSet(this), otherRec = getSetRecord(other);
      if (size(O) < otherRec.size) return !1;
      var iterator = otherRec.getIterator();
      return iterateSimple(iterator, function(e) {
        if (!has(O, e)) return iteratorClose(iterator, "normal", !1);
      }) !== !1;
    };
  },
  /***/
  8551(module, __unused_webpack_exports, __webpack_require__2) {
    var isObject = __webpack_require__2(34), $String = String, $TypeError = TypeError;
    module.exports = function(argument) {
      if (isObject(argument)) return argument;
      throw new $TypeError($String(argument) + " is not an object");
    };
  },
  /***/
  8574(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), $Error = Error, replace = uncurryThis("".replace), TEST = (function(arg) {
      return String(new $Error(arg).stack);
    })("zxcasd"), V8_OR_CHAKRA_STACK_ENTRY = /\n\s*at [^:]*:[^\n]*/, IS_V8_OR_CHAKRA_STACK = V8_OR_CHAKRA_STACK_ENTRY.test(TEST);
    module.exports = function(stack, dropEntries) {
      if (IS_V8_OR_CHAKRA_STACK && typeof stack == "string" && !$Error.prepareStackTrace)
        for (; dropEntries--; ) stack = replace(stack, V8_OR_CHAKRA_STACK_ENTRY, "");
      return stack;
    };
  },
  /***/
  8622(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), isCallable = __webpack_require__2(4901), WeakMap2 = globalThis2.WeakMap;
    module.exports = isCallable(WeakMap2) && /native code/.test(String(WeakMap2));
  },
  /***/
  8646(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), getIteratorMethod = __webpack_require__2(851);
    module.exports = function(obj, stringHandling) {
      (!stringHandling || typeof obj != "string") && anObject(obj);
      var method = getIteratorMethod(obj);
      return getIteratorDirect(anObject(method !== void 0 ? call(method, obj) : obj));
    };
  },
  /***/
  8686(module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), fails = __webpack_require__2(9039);
    module.exports = DESCRIPTORS && fails(function() {
      return Object.defineProperty(function() {
      }, "prototype", {
        value: 42,
        writable: !1
      }).prototype !== 42;
    });
  },
  /***/
  8721(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var DESCRIPTORS = __webpack_require__2(3724), uncurryThis = __webpack_require__2(9504), defineBuiltInAccessor = __webpack_require__2(2106), URLSearchParamsPrototype = URLSearchParams.prototype, forEach = uncurryThis(URLSearchParamsPrototype.forEach);
    DESCRIPTORS && !("size" in URLSearchParamsPrototype) && defineBuiltInAccessor(URLSearchParamsPrototype, "size", {
      get: function() {
        var count = 0;
        return forEach(this, function() {
          count++;
        }), count;
      },
      configurable: !0,
      enumerable: !0
    });
  },
  /***/
  8727(module) {
    module.exports = [
      "constructor",
      "hasOwnProperty",
      "isPrototypeOf",
      "propertyIsEnumerable",
      "toLocaleString",
      "toString",
      "valueOf"
    ];
  },
  /***/
  8745(module, __unused_webpack_exports, __webpack_require__2) {
    var NATIVE_BIND = __webpack_require__2(616), FunctionPrototype = Function.prototype, apply = FunctionPrototype.apply, call = FunctionPrototype.call;
    module.exports = typeof Reflect == "object" && Reflect.apply || (NATIVE_BIND ? call.bind(apply) : function() {
      return call.apply(apply, arguments);
    });
  },
  /***/
  8750(module, __unused_webpack_exports, __webpack_require__2) {
    var aSet = __webpack_require__2(7080), SetHelpers = __webpack_require__2(4402), size = __webpack_require__2(5170), getSetRecord = __webpack_require__2(3789), iterateSet = __webpack_require__2(8469), iterateSimple = __webpack_require__2(507), Set2 = SetHelpers.Set, add = SetHelpers.add, has = SetHelpers.has;
    module.exports = function(other) {
      var O = aSet(this), otherRec = getSetRecord(other), result = new Set2();
      return size(O) > otherRec.size ? iterateSimple(otherRec.getIterator(), function(e) {
        has(O, e) && add(result, e);
      }) : iterateSet(O, function(e) {
        otherRec.includes(e) && add(result, e);
      }), result;
    };
  },
  /***/
  8773(__unused_webpack_module, exports) {
    var $propertyIsEnumerable = {}.propertyIsEnumerable, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, NASHORN_BUG = getOwnPropertyDescriptor && !$propertyIsEnumerable.call({ 1: 2 }, 1);
    exports.f = NASHORN_BUG ? function(V) {
      var descriptor = getOwnPropertyDescriptor(this, V);
      return !!descriptor && descriptor.enumerable;
    } : $propertyIsEnumerable;
  },
  /***/
  8981(module, __unused_webpack_exports, __webpack_require__2) {
    var requireObjectCoercible = __webpack_require__2(7750), $Object = Object;
    module.exports = function(argument) {
      return $Object(requireObjectCoercible(argument));
    };
  },
  /***/
  9039(module) {
    module.exports = function(exec) {
      try {
        return !!exec();
      } catch {
        return !0;
      }
    };
  },
  /***/
  9112(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), DESCRIPTORS = __webpack_require__2(3724), globalThis2 = __webpack_require__2(4576), getBuiltIn = __webpack_require__2(7751), uncurryThis = __webpack_require__2(9504), call = __webpack_require__2(9565), isCallable = __webpack_require__2(4901), isObject = __webpack_require__2(34), isArray = __webpack_require__2(4376), hasOwn = __webpack_require__2(9297), toString = __webpack_require__2(655), lengthOfArrayLike = __webpack_require__2(6198), createProperty = __webpack_require__2(4659), fails = __webpack_require__2(9039), parseJSONString = __webpack_require__2(8235), NATIVE_SYMBOL = __webpack_require__2(4495), JSON2 = globalThis2.JSON, Number2 = globalThis2.Number, SyntaxError2 = globalThis2.SyntaxError, nativeParse = JSON2 && JSON2.parse, enumerableOwnProperties = getBuiltIn("Object", "keys"), getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, at = uncurryThis("".charAt), slice = uncurryThis("".slice), exec = uncurryThis(/./.exec), push = uncurryThis([].push), IS_DIGIT = /^\d$/, IS_NON_ZERO_DIGIT = /^[1-9]$/, IS_NUMBER_START = /^[\d-]$/, IS_WHITESPACE = /^[\t\n\r ]$/, PRIMITIVE = 0, OBJECT = 1, $parse = function(source, reviver) {
      source = toString(source);
      var context = new Context(source, 0, ""), root = context.parse(), value = root.value, endIndex = context.skip(IS_WHITESPACE, root.end);
      if (endIndex < source.length)
        throw new SyntaxError2('Unexpected extra character: "' + at(source, endIndex) + '" after the parsed data at: ' + endIndex);
      return isCallable(reviver) ? internalize({ "": value }, "", reviver, root) : value;
    }, internalize = function(holder, name, reviver, node) {
      var val = holder[name], unmodified = node && val === node.value, context = unmodified && typeof node.source == "string" ? { source: node.source } : {}, elementRecordsLen, keys, len, i, P;
      if (isObject(val)) {
        var nodeIsArray = isArray(val), nodes = unmodified ? node.nodes : nodeIsArray ? [] : {};
        if (nodeIsArray)
          for (elementRecordsLen = nodes.length, len = lengthOfArrayLike(val), i = 0; i < len; i++)
            internalizeProperty(val, i, internalize(val, "" + i, reviver, i < elementRecordsLen ? nodes[i] : void 0));
        else
          for (keys = enumerableOwnProperties(val), len = lengthOfArrayLike(keys), i = 0; i < len; i++)
            P = keys[i], internalizeProperty(val, P, internalize(val, P, reviver, hasOwn(nodes, P) ? nodes[P] : void 0));
      }
      return call(reviver, holder, name, val, context);
    }, internalizeProperty = function(object, key, value) {
      if (DESCRIPTORS) {
        var descriptor = getOwnPropertyDescriptor(object, key);
        if (descriptor && !descriptor.configurable) return;
      }
      value === void 0 ? delete object[key] : createProperty(object, key, value);
    }, Node2 = function(value, end, source, nodes) {
      this.value = value, this.end = end, this.source = source, this.nodes = nodes;
    }, Context = function(source, index) {
      this.source = source, this.index = index;
    };
    Context.prototype = {
      fork: function(nextIndex) {
        return new Context(this.source, nextIndex);
      },
      parse: function() {
        var source = this.source, i = this.skip(IS_WHITESPACE, this.index), fork = this.fork(i), chr = at(source, i);
        if (exec(IS_NUMBER_START, chr)) return fork.number();
        switch (chr) {
          case "{":
            return fork.object();
          case "[":
            return fork.array();
          case '"':
            return fork.string();
          case "t":
            return fork.keyword(!0);
          case "f":
            return fork.keyword(!1);
          case "n":
            return fork.keyword(null);
        }
        throw new SyntaxError2('Unexpected character: "' + chr + '" at: ' + i);
      },
      node: function(type, value, start, end, nodes) {
        return new Node2(value, end, type ? null : slice(this.source, start, end), nodes);
      },
      object: function() {
        for (var source = this.source, i = this.index + 1, expectKeypair = !1, object = {}, nodes = {}; i < source.length; ) {
          if (i = this.until(['"', "}"], i), at(source, i) === "}" && !expectKeypair) {
            i++;
            break;
          }
          var result = this.fork(i).string(), key = result.value;
          i = result.end, i = this.until([":"], i) + 1, i = this.skip(IS_WHITESPACE, i), result = this.fork(i).parse(), createProperty(nodes, key, result), createProperty(object, key, result.value), i = this.until([",", "}"], result.end);
          var chr = at(source, i);
          if (chr === ",")
            expectKeypair = !0, i++;
          else if (chr === "}") {
            i++;
            break;
          }
        }
        return this.node(OBJECT, object, this.index, i, nodes);
      },
      array: function() {
        for (var source = this.source, i = this.index + 1, expectElement = !1, array = [], nodes = []; i < source.length; ) {
          if (i = this.skip(IS_WHITESPACE, i), at(source, i) === "]" && !expectElement) {
            i++;
            break;
          }
          var result = this.fork(i).parse();
          if (push(nodes, result), push(array, result.value), i = this.until([",", "]"], result.end), at(source, i) === ",")
            expectElement = !0, i++;
          else if (at(source, i) === "]") {
            i++;
            break;
          }
        }
        return this.node(OBJECT, array, this.index, i, nodes);
      },
      string: function() {
        var index = this.index, parsed = parseJSONString(this.source, this.index + 1);
        return this.node(PRIMITIVE, parsed.value, index, parsed.end);
      },
      number: function() {
        var source = this.source, startIndex = this.index, i = startIndex;
        if (at(source, i) === "-" && i++, at(source, i) === "0") i++;
        else if (exec(IS_NON_ZERO_DIGIT, at(source, i))) i = this.skip(IS_DIGIT, i + 1);
        else throw new SyntaxError2("Failed to parse number at: " + i);
        if (at(source, i) === "." && (i = this.skip(IS_DIGIT, i + 1)), at(source, i) === "e" || at(source, i) === "E") {
          i++, (at(source, i) === "+" || at(source, i) === "-") && i++;
          var exponentStartIndex = i;
          if (i = this.skip(IS_DIGIT, i), exponentStartIndex === i) throw new SyntaxError2("Failed to parse number's exponent value at: " + i);
        }
        return this.node(PRIMITIVE, Number2(slice(source, startIndex, i)), startIndex, i);
      },
      keyword: function(value) {
        var keyword = "" + value, index = this.index, endIndex = index + keyword.length;
        if (slice(this.source, index, endIndex) !== keyword) throw new SyntaxError2("Failed to parse value at: " + index);
        return this.node(PRIMITIVE, value, index, endIndex);
      },
      skip: function(regex, i) {
        for (var source = this.source; i < source.length && exec(regex, at(source, i)); i++) ;
        return i;
      },
      until: function(array, i) {
        i = this.skip(IS_WHITESPACE, i);
        for (var chr = at(this.source, i), j = 0; j < array.length; j++) if (array[j] === chr) return i;
        throw new SyntaxError2('Unexpected character: "' + chr + '" at: ' + i);
      }
    };
    var NO_SOURCE_SUPPORT = fails(function() {
      var unsafeInt = "9007199254740993", source;
      return nativeParse(unsafeInt, function(key, value, context) {
        source = context.source;
      }), source !== unsafeInt;
    }), PROPER_BASE_PARSE = NATIVE_SYMBOL && !fails(function() {
      return 1 / nativeParse("-0 	") !== -1 / 0;
    });
    $({ target: "JSON", stat: !0, forced: NO_SOURCE_SUPPORT }, {
      parse: function(text, reviver) {
        return PROPER_BASE_PARSE && !isCallable(reviver) ? nativeParse(text) : $parse(text, reviver);
      }
    });
  },
  /***/
  9143(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), uncurryThis = __webpack_require__2(9504), anObjectOrUndefined = __webpack_require__2(3972), aString = __webpack_require__2(3463), hasOwn = __webpack_require__2(9297), base64Map = __webpack_require__2(2804), getAlphabetOption = __webpack_require__2(944), notDetached = __webpack_require__2(5169), base64Alphabet = base64Map.c2i, base64UrlAlphabet = base64Map.c2iUrl, SyntaxError2 = globalThis2.SyntaxError, TypeError2 = globalThis2.TypeError, at = uncurryThis("".charAt), skipAsciiWhitespace = function(string, index) {
      for (var length = string.length; index < length; index++) {
        var chr = at(string, index);
        if (chr !== " " && chr !== "	" && chr !== `
` && chr !== "\f" && chr !== "\r") break;
      }
      return index;
    }, decodeBase64Chunk = function(chunk, alphabet, throwOnExtraBits) {
      var chunkLength = chunk.length;
      chunkLength < 4 && (chunk += chunkLength === 2 ? "AA" : "A");
      var triplet = (alphabet[at(chunk, 0)] << 18) + (alphabet[at(chunk, 1)] << 12) + (alphabet[at(chunk, 2)] << 6) + alphabet[at(chunk, 3)], chunkBytes = [
        triplet >> 16 & 255,
        triplet >> 8 & 255,
        triplet & 255
      ];
      if (chunkLength === 2) {
        if (throwOnExtraBits && chunkBytes[1] !== 0)
          throw new SyntaxError2("Extra bits");
        return [chunkBytes[0]];
      }
      if (chunkLength === 3) {
        if (throwOnExtraBits && chunkBytes[2] !== 0)
          throw new SyntaxError2("Extra bits");
        return [chunkBytes[0], chunkBytes[1]];
      }
      return chunkBytes;
    }, writeBytes = function(bytes, elements, written) {
      for (var elementsLength = elements.length, index = 0; index < elementsLength; index++)
        bytes[written + index] = elements[index];
      return written + elementsLength;
    };
    module.exports = function(string, options, into, maxLength) {
      aString(string), anObjectOrUndefined(options);
      var alphabet = getAlphabetOption(options) === "base64" ? base64Alphabet : base64UrlAlphabet, lastChunkHandling = options ? options.lastChunkHandling : void 0;
      if (lastChunkHandling === void 0 && (lastChunkHandling = "loose"), lastChunkHandling !== "loose" && lastChunkHandling !== "strict" && lastChunkHandling !== "stop-before-partial")
        throw new TypeError2("Incorrect `lastChunkHandling` option");
      into && notDetached(into.buffer);
      var stringLength = string.length, bytes = into || [], written = 0, read = 0, chunk = "", index = 0;
      if (maxLength) for (; ; ) {
        if (index = skipAsciiWhitespace(string, index), index === stringLength) {
          if (chunk.length > 0) {
            if (lastChunkHandling === "stop-before-partial")
              break;
            if (lastChunkHandling === "loose") {
              if (chunk.length === 1)
                throw new SyntaxError2("Malformed padding: exactly one additional character");
              written = writeBytes(bytes, decodeBase64Chunk(chunk, alphabet, !1), written);
            } else
              throw new SyntaxError2("Missing padding");
          }
          read = stringLength;
          break;
        }
        var chr = at(string, index);
        if (++index, chr === "=") {
          if (chunk.length < 2)
            throw new SyntaxError2("Padding is too early");
          if (index = skipAsciiWhitespace(string, index), chunk.length === 2) {
            if (index === stringLength) {
              if (lastChunkHandling === "stop-before-partial")
                break;
              throw new SyntaxError2("Malformed padding: only one =");
            }
            at(string, index) === "=" && (++index, index = skipAsciiWhitespace(string, index));
          }
          if (index < stringLength)
            throw new SyntaxError2("Unexpected character after padding");
          written = writeBytes(bytes, decodeBase64Chunk(chunk, alphabet, lastChunkHandling === "strict"), written), read = stringLength;
          break;
        }
        if (!hasOwn(alphabet, chr))
          throw new SyntaxError2("Unexpected character");
        var remainingBytes = maxLength - written;
        if (remainingBytes === 1 && chunk.length === 2 || remainingBytes === 2 && chunk.length === 3 || (chunk += chr, chunk.length === 4 && (written = writeBytes(bytes, decodeBase64Chunk(chunk, alphabet, !1), written), chunk = "", read = index, written === maxLength)))
          break;
      }
      return { bytes, read, written };
    };
  },
  /***/
  9286(module, __unused_webpack_exports, __webpack_require__2) {
    var SetHelpers = __webpack_require__2(4402), iterate = __webpack_require__2(8469), Set2 = SetHelpers.Set, add = SetHelpers.add;
    module.exports = function(set) {
      var result = new Set2();
      return iterate(set, function(it) {
        add(result, it);
      }), result;
    };
  },
  /***/
  9297(module, __unused_webpack_exports, __webpack_require__2) {
    var uncurryThis = __webpack_require__2(9504), toObject = __webpack_require__2(8981), hasOwnProperty = uncurryThis({}.hasOwnProperty);
    module.exports = Object.hasOwn || function(it, key) {
      return hasOwnProperty(toObject(it), key);
    };
  },
  /***/
  9306(module, __unused_webpack_exports, __webpack_require__2) {
    var isCallable = __webpack_require__2(4901), tryToString = __webpack_require__2(6823), $TypeError = TypeError;
    module.exports = function(argument) {
      if (isCallable(argument)) return argument;
      throw new $TypeError(tryToString(argument) + " is not a function");
    };
  },
  /***/
  9314(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), call = __webpack_require__2(9565), anObject = __webpack_require__2(8551), getIteratorDirect = __webpack_require__2(1767), notANaN = __webpack_require__2(4149), toPositiveInteger = __webpack_require__2(9590), iteratorClose = __webpack_require__2(9539), createIteratorProxy = __webpack_require__2(9462), iteratorHelperThrowsOnInvalidIterator = __webpack_require__2(684), iteratorHelperWithoutClosingOnEarlyError = __webpack_require__2(4549), IS_PURE = __webpack_require__2(6395), DROP_WITHOUT_THROWING_ON_INVALID_ITERATOR = !IS_PURE && !iteratorHelperThrowsOnInvalidIterator("drop", 0), dropWithoutClosingOnEarlyError = !IS_PURE && !DROP_WITHOUT_THROWING_ON_INVALID_ITERATOR && iteratorHelperWithoutClosingOnEarlyError("drop", RangeError), FORCED = IS_PURE || DROP_WITHOUT_THROWING_ON_INVALID_ITERATOR || dropWithoutClosingOnEarlyError, IteratorProxy = createIteratorProxy(function() {
      for (var iterator = this.iterator, next = this.next, result, done; this.remaining; )
        if (this.remaining--, result = anObject(call(next, iterator)), done = this.done = !!result.done, done) return;
      if (result = anObject(call(next, iterator)), done = this.done = !!result.done, !done) return result.value;
    });
    $({ target: "Iterator", proto: !0, real: !0, forced: FORCED }, {
      drop: function(limit) {
        anObject(this);
        var remaining;
        try {
          remaining = toPositiveInteger(notANaN(+limit));
        } catch (error) {
          iteratorClose(this, "throw", error);
        }
        return dropWithoutClosingOnEarlyError ? call(dropWithoutClosingOnEarlyError, this, remaining) : new IteratorProxy(getIteratorDirect(this), {
          remaining
        });
      }
    });
  },
  /***/
  9429(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), IS_NODE = __webpack_require__2(6193);
    module.exports = function(name) {
      if (IS_NODE) {
        try {
          return globalThis2.process.getBuiltinModule(name);
        } catch {
        }
        try {
          return Function('return require("' + name + '")')();
        } catch {
        }
      }
    };
  },
  /***/
  9432(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(5213);
  },
  /***/
  9433(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), defineProperty = Object.defineProperty;
    module.exports = function(key, value) {
      try {
        defineProperty(globalThis2, key, { value, configurable: !0, writable: !0 });
      } catch {
        globalThis2[key] = value;
      }
      return value;
    };
  },
  /***/
  9462(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565), create = __webpack_require__2(2360), createNonEnumerableProperty = __webpack_require__2(6699), defineBuiltIns = __webpack_require__2(6279), wellKnownSymbol = __webpack_require__2(8227), InternalStateModule = __webpack_require__2(1181), getMethod = __webpack_require__2(5966), IteratorPrototype = __webpack_require__2(7657).IteratorPrototype, createIterResultObject = __webpack_require__2(2529), iteratorClose = __webpack_require__2(9539), iteratorCloseAll = __webpack_require__2(1385), TO_STRING_TAG = wellKnownSymbol("toStringTag"), ITERATOR_HELPER = "IteratorHelper", WRAP_FOR_VALID_ITERATOR = "WrapForValidIterator", NORMAL = "normal", THROW = "throw", setInternalState = InternalStateModule.set, createIteratorProxyPrototype = function(IS_ITERATOR) {
      var getInternalState = InternalStateModule.getterFor(IS_ITERATOR ? WRAP_FOR_VALID_ITERATOR : ITERATOR_HELPER);
      return defineBuiltIns(create(IteratorPrototype), {
        next: function() {
          var state = getInternalState(this);
          if (IS_ITERATOR) return state.nextHandler();
          if (state.done) return createIterResultObject(void 0, !0);
          try {
            var result = state.nextHandler();
            return state.returnHandlerResult ? result : createIterResultObject(result, state.done);
          } catch (error) {
            throw state.done = !0, error;
          }
        },
        return: function() {
          var state = getInternalState(this), iterator = state.iterator;
          if (state.done = !0, IS_ITERATOR) {
            var returnMethod = getMethod(iterator, "return");
            return returnMethod ? call(returnMethod, iterator) : createIterResultObject(void 0, !0);
          }
          if (state.inner) try {
            iteratorClose(state.inner.iterator, NORMAL);
          } catch (error) {
            return iteratorClose(iterator, THROW, error);
          }
          if (state.openIters) try {
            iteratorCloseAll(state.openIters, NORMAL);
          } catch (error) {
            return iteratorClose(iterator, THROW, error);
          }
          return iterator && iteratorClose(iterator, NORMAL), createIterResultObject(void 0, !0);
        }
      });
    }, WrapForValidIteratorPrototype = createIteratorProxyPrototype(!0), IteratorHelperPrototype = createIteratorProxyPrototype(!1);
    createNonEnumerableProperty(IteratorHelperPrototype, TO_STRING_TAG, "Iterator Helper"), module.exports = function(nextHandler, IS_ITERATOR, RETURN_HANDLER_RESULT) {
      var IteratorProxy = function(record, state) {
        state ? (state.iterator = record.iterator, state.next = record.next) : state = record, state.type = IS_ITERATOR ? WRAP_FOR_VALID_ITERATOR : ITERATOR_HELPER, state.returnHandlerResult = !!RETURN_HANDLER_RESULT, state.nextHandler = nextHandler, state.counter = 0, state.done = !1, setInternalState(this, state);
      };
      return IteratorProxy.prototype = IS_ITERATOR ? WrapForValidIteratorPrototype : IteratorHelperPrototype, IteratorProxy;
    };
  },
  /***/
  9486(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var $ = __webpack_require__2(6518), globalThis2 = __webpack_require__2(4576), uncurryThis = __webpack_require__2(9504), anObjectOrUndefined = __webpack_require__2(3972), anUint8Array = __webpack_require__2(4154), notDetached = __webpack_require__2(5169), base64Map = __webpack_require__2(2804), getAlphabetOption = __webpack_require__2(944), base64Alphabet = base64Map.i2c, base64UrlAlphabet = base64Map.i2cUrl, charAt = uncurryThis("".charAt), Uint8Array2 = globalThis2.Uint8Array, INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS = !Uint8Array2 || !Uint8Array2.prototype.toBase64 || !(function() {
      try {
        var target = new Uint8Array2();
        target.toBase64(null);
      } catch {
        return !0;
      }
    })();
    Uint8Array2 && $({ target: "Uint8Array", proto: !0, forced: INCORRECT_BEHAVIOR_OR_DOESNT_EXISTS }, {
      toBase64: function() {
        var array = anUint8Array(this), options = arguments.length ? anObjectOrUndefined(arguments[0]) : void 0, alphabet = getAlphabetOption(options) === "base64" ? base64Alphabet : base64UrlAlphabet, omitPadding = !!options && !!options.omitPadding;
        notDetached(this.buffer);
        for (var result = "", i = 0, length = array.length, triplet, at = function(shift) {
          return charAt(alphabet, triplet >> 6 * shift & 63);
        }; i + 2 < length; i += 3)
          triplet = (array[i] << 16) + (array[i + 1] << 8) + array[i + 2], result += at(3) + at(2) + at(1) + at(0);
        return i + 2 === length ? (triplet = (array[i] << 16) + (array[i + 1] << 8), result += at(3) + at(2) + at(1) + (omitPadding ? "" : "=")) : i + 1 === length && (triplet = array[i] << 16, result += at(3) + at(2) + (omitPadding ? "" : "==")), result;
      }
    });
  },
  /***/
  9504(module, __unused_webpack_exports, __webpack_require__2) {
    var NATIVE_BIND = __webpack_require__2(616), FunctionPrototype = Function.prototype, call = FunctionPrototype.call, uncurryThisWithBind = NATIVE_BIND && FunctionPrototype.bind.bind(call, call);
    module.exports = NATIVE_BIND ? uncurryThisWithBind : function(fn) {
      return function() {
        return call.apply(fn, arguments);
      };
    };
  },
  /***/
  9519(module, __unused_webpack_exports, __webpack_require__2) {
    var globalThis2 = __webpack_require__2(4576), userAgent = __webpack_require__2(2839), process2 = globalThis2.process, Deno2 = globalThis2.Deno, versions = process2 && process2.versions || Deno2 && Deno2.version, v8 = versions && versions.v8, match, version2;
    v8 && (match = v8.split("."), version2 = match[0] > 0 && match[0] < 4 ? 1 : +(match[0] + match[1])), !version2 && userAgent && (match = userAgent.match(/Edge\/(\d+)/), (!match || match[1] >= 74) && (match = userAgent.match(/Chrome\/(\d+)/), match && (version2 = +match[1]))), module.exports = version2;
  },
  /***/
  9539(module, __unused_webpack_exports, __webpack_require__2) {
    var call = __webpack_require__2(9565), anObject = __webpack_require__2(8551), getMethod = __webpack_require__2(5966);
    module.exports = function(iterator, kind, value) {
      var innerResult, innerError;
      anObject(iterator);
      try {
        if (innerResult = getMethod(iterator, "return"), !innerResult) {
          if (kind === "throw") throw value;
          return value;
        }
        innerResult = call(innerResult, iterator);
      } catch (error) {
        innerError = !0, innerResult = error;
      }
      if (kind === "throw") throw value;
      if (innerError) throw innerResult;
      return anObject(innerResult), value;
    };
  },
  /***/
  9565(module, __unused_webpack_exports, __webpack_require__2) {
    var NATIVE_BIND = __webpack_require__2(616), call = Function.prototype.call;
    module.exports = NATIVE_BIND ? call.bind(call) : function() {
      return call.apply(call, arguments);
    };
  },
  /***/
  9577(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    var arrayWith = __webpack_require__2(9928), ArrayBufferViewCore = __webpack_require__2(4644), isBigIntArray = __webpack_require__2(1108), toIntegerOrInfinity = __webpack_require__2(1291), toBigInt = __webpack_require__2(5854), aTypedArray = ArrayBufferViewCore.aTypedArray, getTypedArrayConstructor = ArrayBufferViewCore.getTypedArrayConstructor, exportTypedArrayMethod = ArrayBufferViewCore.exportTypedArrayMethod, PROPER_ORDER = (function() {
      try {
        new Int8Array(1).with(2, { valueOf: function() {
          throw 8;
        } });
      } catch (error) {
        return error === 8;
      }
    })(), THROW_ON_NEGATIVE_FRACTIONAL_INDEX = PROPER_ORDER && (function() {
      try {
        new Int8Array(1).with(-0.5, 1);
      } catch {
        return !0;
      }
    })();
    exportTypedArrayMethod("with", function(index, value) {
      var O = aTypedArray(this), relativeIndex = toIntegerOrInfinity(index), actualValue = isBigIntArray(O) ? toBigInt(value) : +value;
      return arrayWith(O, getTypedArrayConstructor(O), relativeIndex, actualValue);
    }, !PROPER_ORDER || THROW_ON_NEGATIVE_FRACTIONAL_INDEX);
  },
  /***/
  9590(module, __unused_webpack_exports, __webpack_require__2) {
    var toIntegerOrInfinity = __webpack_require__2(1291), $RangeError = RangeError;
    module.exports = function(it) {
      var result = toIntegerOrInfinity(it);
      if (result < 0) throw new $RangeError("The argument can't be less than 0");
      return result;
    };
  },
  /***/
  9617(module, __unused_webpack_exports, __webpack_require__2) {
    var toIndexedObject = __webpack_require__2(5397), toAbsoluteIndex = __webpack_require__2(5610), lengthOfArrayLike = __webpack_require__2(6198), createMethod = function(IS_INCLUDES) {
      return function($this, el, fromIndex) {
        var O = toIndexedObject($this), length = lengthOfArrayLike(O);
        if (length === 0) return !IS_INCLUDES && -1;
        var index = toAbsoluteIndex(fromIndex, length), value;
        if (IS_INCLUDES && el !== el) {
          for (; length > index; )
            if (value = O[index++], value !== value) return !0;
        } else for (; length > index; index++)
          if ((IS_INCLUDES || index in O) && O[index] === el) return IS_INCLUDES || index || 0;
        return !IS_INCLUDES && -1;
      };
    };
    module.exports = {
      // `Array.prototype.includes` method
      // https://tc39.es/ecma262/#sec-array.prototype.includes
      includes: createMethod(!0),
      // `Array.prototype.indexOf` method
      // https://tc39.es/ecma262/#sec-array.prototype.indexof
      indexOf: createMethod(!1)
    };
  },
  /***/
  9631(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(9486);
  },
  /***/
  9797(__unused_webpack_module, __unused_webpack_exports, __webpack_require__2) {
    __webpack_require__2(4226);
  },
  /***/
  9835(module) {
    module.exports = function(METHOD_NAME) {
      try {
        var baseSet = /* @__PURE__ */ new Set(), setLike = {
          size: 0,
          has: function() {
            return !0;
          },
          keys: function() {
            return Object.defineProperty({}, "next", {
              get: function() {
                return baseSet.clear(), baseSet.add(4), function() {
                  return { done: !0 };
                };
              }
            });
          }
        }, result = baseSet[METHOD_NAME](setLike);
        return result.size === 1 && result.values().next().value === 4;
      } catch {
        return !1;
      }
    };
  },
  /***/
  9928(module, __unused_webpack_exports, __webpack_require__2) {
    var lengthOfArrayLike = __webpack_require__2(6198), toIntegerOrInfinity = __webpack_require__2(1291), $RangeError = RangeError;
    module.exports = function(O, C, index, value) {
      var len = lengthOfArrayLike(O), relativeIndex = toIntegerOrInfinity(index), actualIndex = relativeIndex < 0 ? len + relativeIndex : relativeIndex;
      if (actualIndex >= len || actualIndex < 0) throw new $RangeError("Incorrect index");
      for (var A = new C(len), k = 0; k < len; k++) A[k] = k === actualIndex ? value : O[k];
      return A;
    };
  }
  /******/
}, __webpack_module_cache__ = {};
function __webpack_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0)
    return cachedModule.exports;
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  };
  return __webpack_modules__[moduleId].call(module.exports, module, module.exports, __webpack_require__), module.exports;
}
__webpack_require__.d = (exports, definition) => {
  for (var key in definition)
    __webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key) && Object.defineProperty(exports, key, { enumerable: !0, get: definition[key] });
};
__webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
var es_array_push = __webpack_require__(4114), es_array_buffer_detached = __webpack_require__(6573), es_array_buffer_transfer = __webpack_require__(8100), es_array_buffer_transfer_to_fixed_length = __webpack_require__(7936), es_iterator_constructor = __webpack_require__(8111), es_iterator_reduce = __webpack_require__(8237), es_typed_array_with = __webpack_require__(9577), esnext_math_sum_precise = __webpack_require__(4235), esnext_uint8_array_set_from_base64 = __webpack_require__(1549), esnext_uint8_array_set_from_hex = __webpack_require__(9797), esnext_uint8_array_to_base64 = __webpack_require__(9631), esnext_uint8_array_to_hex = __webpack_require__(5623), web_url_parse = __webpack_require__(5781), isNodeJS = typeof process == "object" && process + "" == "[object process]" && !process.versions.nw && !(process.versions.electron && process.type && process.type !== "browser"), FONT_IDENTITY_MATRIX = [1e-3, 0, 0, 1e-3, 0, 0], LINE_FACTOR = 1.35, LINE_DESCENT_FACTOR = 0.35, BASELINE_FACTOR = LINE_DESCENT_FACTOR / LINE_FACTOR, RenderingIntentFlag = {
  ANY: 1,
  DISPLAY: 2,
  PRINT: 4,
  SAVE: 8,
  ANNOTATIONS_FORMS: 16,
  ANNOTATIONS_STORAGE: 32,
  ANNOTATIONS_DISABLE: 64,
  IS_EDITING: 128,
  OPLIST: 256
}, AnnotationMode = {
  DISABLE: 0,
  ENABLE: 1,
  ENABLE_FORMS: 2,
  ENABLE_STORAGE: 3
}, AnnotationEditorPrefix = "pdfjs_internal_editor_", AnnotationEditorType = {
  DISABLE: -1,
  NONE: 0,
  FREETEXT: 3,
  HIGHLIGHT: 9,
  STAMP: 13,
  INK: 15,
  POPUP: 16,
  SIGNATURE: 101,
  COMMENT: 102
}, AnnotationEditorParamsType = {
  RESIZE: 1,
  CREATE: 2,
  FREETEXT_SIZE: 11,
  FREETEXT_COLOR: 12,
  FREETEXT_OPACITY: 13,
  INK_COLOR: 21,
  INK_THICKNESS: 22,
  INK_OPACITY: 23,
  HIGHLIGHT_COLOR: 31,
  HIGHLIGHT_THICKNESS: 32,
  HIGHLIGHT_FREE: 33,
  HIGHLIGHT_SHOW_ALL: 34,
  DRAW_STEP: 41
}, PermissionFlag = {
  PRINT: 4,
  MODIFY_CONTENTS: 8,
  COPY: 16,
  MODIFY_ANNOTATIONS: 32,
  FILL_INTERACTIVE_FORMS: 256,
  COPY_FOR_ACCESSIBILITY: 512,
  ASSEMBLE: 1024,
  PRINT_HIGH_QUALITY: 2048
}, MeshFigureType = {
  TRIANGLES: 1,
  LATTICE: 2,
  PATCH: 3
}, TextRenderingMode = {
  FILL: 0,
  STROKE: 1,
  FILL_STROKE: 2,
  INVISIBLE: 3,
  FILL_ADD_TO_PATH: 4,
  STROKE_ADD_TO_PATH: 5,
  FILL_STROKE_ADD_TO_PATH: 6,
  ADD_TO_PATH: 7,
  FILL_STROKE_MASK: 3,
  ADD_TO_PATH_FLAG: 4
}, util_ImageKind = {
  GRAYSCALE_1BPP: 1,
  RGB_24BPP: 2,
  RGBA_32BPP: 3
}, AnnotationType = {
  TEXT: 1,
  LINK: 2,
  FREETEXT: 3,
  LINE: 4,
  SQUARE: 5,
  CIRCLE: 6,
  POLYGON: 7,
  POLYLINE: 8,
  HIGHLIGHT: 9,
  UNDERLINE: 10,
  SQUIGGLY: 11,
  STRIKEOUT: 12,
  STAMP: 13,
  CARET: 14,
  INK: 15,
  POPUP: 16,
  FILEATTACHMENT: 17,
  SOUND: 18,
  MOVIE: 19,
  WIDGET: 20,
  SCREEN: 21,
  PRINTERMARK: 22,
  TRAPNET: 23,
  WATERMARK: 24,
  THREED: 25,
  REDACT: 26
};
var AnnotationBorderStyleType = {
  SOLID: 1,
  DASHED: 2,
  BEVELED: 3,
  INSET: 4,
  UNDERLINE: 5
};
var VerbosityLevel = {
  ERRORS: 0,
  WARNINGS: 1,
  INFOS: 5
}, OPS = {
  dependency: 1,
  setLineWidth: 2,
  setLineCap: 3,
  setLineJoin: 4,
  setMiterLimit: 5,
  setDash: 6,
  setRenderingIntent: 7,
  setFlatness: 8,
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  moveTo: 13,
  lineTo: 14,
  curveTo: 15,
  curveTo2: 16,
  curveTo3: 17,
  closePath: 18,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  clip: 29,
  eoClip: 30,
  beginText: 31,
  endText: 32,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRenderingMode: 38,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  showSpacedText: 45,
  nextLineShowText: 46,
  nextLineSetSpacingShowText: 47,
  setCharWidth: 48,
  setCharWidthAndBounds: 49,
  setStrokeColorSpace: 50,
  setFillColorSpace: 51,
  setStrokeColor: 52,
  setStrokeColorN: 53,
  setFillColor: 54,
  setFillColorN: 55,
  setStrokeGray: 56,
  setFillGray: 57,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  setStrokeCMYKColor: 60,
  setFillCMYKColor: 61,
  shadingFill: 62,
  beginInlineImage: 63,
  beginImageData: 64,
  endInlineImage: 65,
  paintXObject: 66,
  markPoint: 67,
  markPointProps: 68,
  beginMarkedContent: 69,
  beginMarkedContentProps: 70,
  endMarkedContent: 71,
  beginCompat: 72,
  endCompat: 73,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginGroup: 76,
  endGroup: 77,
  beginAnnotation: 80,
  endAnnotation: 81,
  paintImageMaskXObject: 83,
  paintImageMaskXObjectGroup: 84,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintInlineImageXObjectGroup: 87,
  paintImageXObjectRepeat: 88,
  paintImageMaskXObjectRepeat: 89,
  paintSolidColorImageMask: 90,
  constructPath: 91,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
  rawFillPath: 94
}, DrawOPS = {
  moveTo: 0,
  lineTo: 1,
  curveTo: 2,
  quadraticCurveTo: 3,
  closePath: 4
}, PasswordResponses = {
  NEED_PASSWORD: 1,
  INCORRECT_PASSWORD: 2
}, verbosity = VerbosityLevel.WARNINGS;
function setVerbosityLevel(level) {
  Number.isInteger(level) && (verbosity = level);
}
function getVerbosityLevel() {
  return verbosity;
}
function info(msg) {
  verbosity >= VerbosityLevel.INFOS && console.info(`Info: ${msg}`);
}
function warn(msg) {
  verbosity >= VerbosityLevel.WARNINGS && console.warn(`Warning: ${msg}`);
}
function unreachable(msg) {
  throw new Error(msg);
}
function assert(cond, msg) {
  cond || unreachable(msg);
}
function _isValidProtocol(url) {
  switch (url?.protocol) {
    case "http:":
    case "https:":
    case "ftp:":
    case "mailto:":
    case "tel:":
      return !0;
    default:
      return !1;
  }
}
function createValidAbsoluteUrl(url, baseUrl = null, options = null) {
  if (!url)
    return null;
  if (options && typeof url == "string" && (options.addDefaultProtocol && url.startsWith("www.") && url.match(/\./g)?.length >= 2 && (url = `http://${url}`), options.tryConvertEncoding))
    try {
      url = stringToUTF8String(url);
    } catch {
    }
  let absoluteUrl = baseUrl ? URL.parse(url, baseUrl) : URL.parse(url);
  return _isValidProtocol(absoluteUrl) ? absoluteUrl : null;
}
function updateUrlHash(url, hash, allowRel = !1) {
  let res = URL.parse(url);
  return res ? (res.hash = hash, res.href) : allowRel && createValidAbsoluteUrl(url, "http://example.com") ? url.split("#", 1)[0] + `${hash ? `#${hash}` : ""}` : "";
}
function shadow(obj, prop, value, nonSerializable = !1) {
  return Object.defineProperty(obj, prop, {
    value,
    enumerable: !nonSerializable,
    configurable: !0,
    writable: !1
  }), value;
}
var BaseException = (function() {
  function BaseException2(message, name) {
    this.message = message, this.name = name;
  }
  return BaseException2.prototype = new Error(), BaseException2.constructor = BaseException2, BaseException2;
})(), PasswordException = class extends BaseException {
  constructor(msg, code) {
    super(msg, "PasswordException"), this.code = code;
  }
}, UnknownErrorException = class extends BaseException {
  constructor(msg, details) {
    super(msg, "UnknownErrorException"), this.details = details;
  }
}, InvalidPDFException = class extends BaseException {
  constructor(msg) {
    super(msg, "InvalidPDFException");
  }
}, ResponseException = class extends BaseException {
  constructor(msg, status, missing) {
    super(msg, "ResponseException"), this.status = status, this.missing = missing;
  }
}, FormatError = class extends BaseException {
  constructor(msg) {
    super(msg, "FormatError");
  }
}, AbortException = class extends BaseException {
  constructor(msg) {
    super(msg, "AbortException");
  }
};
function bytesToString(bytes) {
  (typeof bytes != "object" || bytes?.length === void 0) && unreachable("Invalid argument for bytesToString");
  let length = bytes.length, MAX_ARGUMENT_COUNT = 8192;
  if (length < MAX_ARGUMENT_COUNT)
    return String.fromCharCode.apply(null, bytes);
  let strBuf = [];
  for (let i = 0; i < length; i += MAX_ARGUMENT_COUNT) {
    let chunkEnd = Math.min(i + MAX_ARGUMENT_COUNT, length), chunk = bytes.subarray(i, chunkEnd);
    strBuf.push(String.fromCharCode.apply(null, chunk));
  }
  return strBuf.join("");
}
function stringToBytes(str) {
  typeof str != "string" && unreachable("Invalid argument for stringToBytes");
  let length = str.length, bytes = new Uint8Array(length);
  for (let i = 0; i < length; ++i)
    bytes[i] = str.charCodeAt(i) & 255;
  return bytes;
}
function string32(value) {
  return String.fromCharCode(value >> 24 & 255, value >> 16 & 255, value >> 8 & 255, value & 255);
}
function isLittleEndian() {
  let buffer8 = new Uint8Array(4);
  return buffer8[0] = 1, new Uint32Array(buffer8.buffer, 0, 1)[0] === 1;
}
function isEvalSupported() {
  try {
    return new Function(""), !0;
  } catch {
    return !1;
  }
}
var util_FeatureTest = class {
  static get isLittleEndian() {
    return shadow(this, "isLittleEndian", isLittleEndian());
  }
  static get isEvalSupported() {
    return shadow(this, "isEvalSupported", isEvalSupported());
  }
  static get isOffscreenCanvasSupported() {
    return shadow(this, "isOffscreenCanvasSupported", typeof OffscreenCanvas < "u");
  }
  static get isImageDecoderSupported() {
    return shadow(this, "isImageDecoderSupported", typeof ImageDecoder < "u");
  }
  static get isFloat16ArraySupported() {
    return shadow(this, "isFloat16ArraySupported", typeof Float16Array < "u");
  }
  static get isSanitizerSupported() {
    return shadow(this, "isSanitizerSupported", typeof Sanitizer < "u");
  }
  static get platform() {
    let {
      platform,
      userAgent
    } = navigator;
    return shadow(this, "platform", {
      isAndroid: userAgent.includes("Android"),
      isLinux: platform.includes("Linux"),
      isMac: platform.includes("Mac"),
      isWindows: platform.includes("Win"),
      isFirefox: userAgent.includes("Firefox")
    });
  }
  static get isCSSRoundSupported() {
    return shadow(this, "isCSSRoundSupported", globalThis.CSS?.supports?.("width: round(1.5px, 1px)"));
  }
}, hexNumbers = Array.from(Array(256).keys(), (n) => n.toString(16).padStart(2, "0")), Util = class {
  static makeHexColor(r, g, b) {
    return `#${hexNumbers[r]}${hexNumbers[g]}${hexNumbers[b]}`;
  }
  static domMatrixToTransform(dm) {
    return [dm.a, dm.b, dm.c, dm.d, dm.e, dm.f];
  }
  static scaleMinMax(transform, minMax) {
    let temp;
    transform[0] ? (transform[0] < 0 && (temp = minMax[0], minMax[0] = minMax[2], minMax[2] = temp), minMax[0] *= transform[0], minMax[2] *= transform[0], transform[3] < 0 && (temp = minMax[1], minMax[1] = minMax[3], minMax[3] = temp), minMax[1] *= transform[3], minMax[3] *= transform[3]) : (temp = minMax[0], minMax[0] = minMax[1], minMax[1] = temp, temp = minMax[2], minMax[2] = minMax[3], minMax[3] = temp, transform[1] < 0 && (temp = minMax[1], minMax[1] = minMax[3], minMax[3] = temp), minMax[1] *= transform[1], minMax[3] *= transform[1], transform[2] < 0 && (temp = minMax[0], minMax[0] = minMax[2], minMax[2] = temp), minMax[0] *= transform[2], minMax[2] *= transform[2]), minMax[0] += transform[4], minMax[1] += transform[5], minMax[2] += transform[4], minMax[3] += transform[5];
  }
  static transform(m1, m2) {
    return [m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1], m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3], m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5]];
  }
  static multiplyByDOMMatrix(m, md) {
    return [m[0] * md.a + m[2] * md.b, m[1] * md.a + m[3] * md.b, m[0] * md.c + m[2] * md.d, m[1] * md.c + m[3] * md.d, m[0] * md.e + m[2] * md.f + m[4], m[1] * md.e + m[3] * md.f + m[5]];
  }
  static applyTransform(p, m, pos = 0) {
    let p0 = p[pos], p1 = p[pos + 1];
    p[pos] = p0 * m[0] + p1 * m[2] + m[4], p[pos + 1] = p0 * m[1] + p1 * m[3] + m[5];
  }
  static applyTransformToBezier(p, transform, pos = 0) {
    let m0 = transform[0], m1 = transform[1], m2 = transform[2], m3 = transform[3], m4 = transform[4], m5 = transform[5];
    for (let i = 0; i < 6; i += 2) {
      let pI = p[pos + i], pI1 = p[pos + i + 1];
      p[pos + i] = pI * m0 + pI1 * m2 + m4, p[pos + i + 1] = pI * m1 + pI1 * m3 + m5;
    }
  }
  static applyInverseTransform(p, m) {
    let p0 = p[0], p1 = p[1], d = m[0] * m[3] - m[1] * m[2];
    p[0] = (p0 * m[3] - p1 * m[2] + m[2] * m[5] - m[4] * m[3]) / d, p[1] = (-p0 * m[1] + p1 * m[0] + m[4] * m[1] - m[5] * m[0]) / d;
  }
  static axialAlignedBoundingBox(rect, transform, output) {
    let m0 = transform[0], m1 = transform[1], m2 = transform[2], m3 = transform[3], m4 = transform[4], m5 = transform[5], r0 = rect[0], r1 = rect[1], r2 = rect[2], r3 = rect[3], a0 = m0 * r0 + m4, a2 = a0, a1 = m0 * r2 + m4, a3 = a1, b0 = m3 * r1 + m5, b2 = b0, b1 = m3 * r3 + m5, b3 = b1;
    if (m1 !== 0 || m2 !== 0) {
      let m1r0 = m1 * r0, m1r2 = m1 * r2, m2r1 = m2 * r1, m2r3 = m2 * r3;
      a0 += m2r1, a3 += m2r1, a1 += m2r3, a2 += m2r3, b0 += m1r0, b3 += m1r0, b1 += m1r2, b2 += m1r2;
    }
    output[0] = Math.min(output[0], a0, a1, a2, a3), output[1] = Math.min(output[1], b0, b1, b2, b3), output[2] = Math.max(output[2], a0, a1, a2, a3), output[3] = Math.max(output[3], b0, b1, b2, b3);
  }
  static inverseTransform(m) {
    let d = m[0] * m[3] - m[1] * m[2];
    return [m[3] / d, -m[1] / d, -m[2] / d, m[0] / d, (m[2] * m[5] - m[4] * m[3]) / d, (m[4] * m[1] - m[5] * m[0]) / d];
  }
  static singularValueDecompose2dScale(matrix, output) {
    let m0 = matrix[0], m1 = matrix[1], m2 = matrix[2], m3 = matrix[3], a = m0 ** 2 + m1 ** 2, b = m0 * m2 + m1 * m3, c = m2 ** 2 + m3 ** 2, first = (a + c) / 2, second = Math.sqrt(first ** 2 - (a * c - b ** 2));
    output[0] = Math.sqrt(first + second || 1), output[1] = Math.sqrt(first - second || 1);
  }
  static normalizeRect(rect) {
    let r = rect.slice(0);
    return rect[0] > rect[2] && (r[0] = rect[2], r[2] = rect[0]), rect[1] > rect[3] && (r[1] = rect[3], r[3] = rect[1]), r;
  }
  static intersect(rect1, rect2) {
    let xLow = Math.max(Math.min(rect1[0], rect1[2]), Math.min(rect2[0], rect2[2])), xHigh = Math.min(Math.max(rect1[0], rect1[2]), Math.max(rect2[0], rect2[2]));
    if (xLow > xHigh)
      return null;
    let yLow = Math.max(Math.min(rect1[1], rect1[3]), Math.min(rect2[1], rect2[3])), yHigh = Math.min(Math.max(rect1[1], rect1[3]), Math.max(rect2[1], rect2[3]));
    return yLow > yHigh ? null : [xLow, yLow, xHigh, yHigh];
  }
  static pointBoundingBox(x, y, minMax) {
    minMax[0] = Math.min(minMax[0], x), minMax[1] = Math.min(minMax[1], y), minMax[2] = Math.max(minMax[2], x), minMax[3] = Math.max(minMax[3], y);
  }
  static rectBoundingBox(x0, y0, x1, y1, minMax) {
    minMax[0] = Math.min(minMax[0], x0, x1), minMax[1] = Math.min(minMax[1], y0, y1), minMax[2] = Math.max(minMax[2], x0, x1), minMax[3] = Math.max(minMax[3], y0, y1);
  }
  static #getExtremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, t, minMax) {
    if (t <= 0 || t >= 1)
      return;
    let mt = 1 - t, tt = t * t, ttt = tt * t, x = mt * (mt * (mt * x0 + 3 * t * x1) + 3 * tt * x2) + ttt * x3, y = mt * (mt * (mt * y0 + 3 * t * y1) + 3 * tt * y2) + ttt * y3;
    minMax[0] = Math.min(minMax[0], x), minMax[1] = Math.min(minMax[1], y), minMax[2] = Math.max(minMax[2], x), minMax[3] = Math.max(minMax[3], y);
  }
  static #getExtremum(x0, x1, x2, x3, y0, y1, y2, y3, a, b, c, minMax) {
    if (Math.abs(a) < 1e-12) {
      Math.abs(b) >= 1e-12 && this.#getExtremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, -c / b, minMax);
      return;
    }
    let delta = b ** 2 - 4 * c * a;
    if (delta < 0)
      return;
    let sqrtDelta = Math.sqrt(delta), a2 = 2 * a;
    this.#getExtremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, (-b + sqrtDelta) / a2, minMax), this.#getExtremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, (-b - sqrtDelta) / a2, minMax);
  }
  static bezierBoundingBox(x0, y0, x1, y1, x2, y2, x3, y3, minMax) {
    minMax[0] = Math.min(minMax[0], x0, x3), minMax[1] = Math.min(minMax[1], y0, y3), minMax[2] = Math.max(minMax[2], x0, x3), minMax[3] = Math.max(minMax[3], y0, y3), this.#getExtremum(x0, x1, x2, x3, y0, y1, y2, y3, 3 * (-x0 + 3 * (x1 - x2) + x3), 6 * (x0 - 2 * x1 + x2), 3 * (x1 - x0), minMax), this.#getExtremum(x0, x1, x2, x3, y0, y1, y2, y3, 3 * (-y0 + 3 * (y1 - y2) + y3), 6 * (y0 - 2 * y1 + y2), 3 * (y1 - y0), minMax);
  }
};
function stringToUTF8String(str) {
  return decodeURIComponent(escape(str));
}
var NormalizeRegex = null, NormalizationMap = null;
function normalizeUnicode(str) {
  return NormalizeRegex || (NormalizeRegex = /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu, NormalizationMap = /* @__PURE__ */ new Map([["\uFB05", "\u017Ft"]])), str.replaceAll(NormalizeRegex, (_, p1, p2) => p1 ? p1.normalize("NFKC") : NormalizationMap.get(p2));
}
function getUuid() {
  if (typeof crypto.randomUUID == "function")
    return crypto.randomUUID();
  let buf = new Uint8Array(32);
  return crypto.getRandomValues(buf), bytesToString(buf);
}
var AnnotationPrefix = "pdfjs_internal_id_";
function _isValidExplicitDest(validRef, validName, dest) {
  if (!Array.isArray(dest) || dest.length < 2)
    return !1;
  let [page, zoom, ...args] = dest;
  if (!validRef(page) && !Number.isInteger(page) || !validName(zoom))
    return !1;
  let argsLen = args.length, allowNull = !0;
  switch (zoom.name) {
    case "XYZ":
      if (argsLen < 2 || argsLen > 3)
        return !1;
      break;
    case "Fit":
    case "FitB":
      return argsLen === 0;
    case "FitH":
    case "FitBH":
    case "FitV":
    case "FitBV":
      if (argsLen > 1)
        return !1;
      break;
    case "FitR":
      if (argsLen !== 4)
        return !1;
      allowNull = !1;
      break;
    default:
      return !1;
  }
  for (let arg of args)
    if (!(typeof arg == "number" || allowNull && arg === null))
      return !1;
  return !0;
}
function MathClamp(v, min, max) {
  return Math.min(Math.max(v, min), max);
}
typeof Math.sumPrecise != "function" && (Math.sumPrecise = function(numbers) {
  return numbers.reduce((a, b) => a + b, 0);
});
typeof AbortSignal.any != "function" && (AbortSignal.any = function(iterable) {
  let ac = new AbortController(), {
    signal
  } = ac;
  for (let s of iterable)
    if (s.aborted)
      return ac.abort(s.reason), signal;
  for (let s of iterable)
    s.addEventListener("abort", () => {
      ac.abort(s.reason);
    }, {
      signal
    });
  return signal;
});
var es_iterator_map = __webpack_require__(1701), web_url_search_params_delete = __webpack_require__(4603), web_url_search_params_has = __webpack_require__(7566), web_url_search_params_size = __webpack_require__(8721), XfaText = class _XfaText {
  static textContent(xfa) {
    let items = [], output = {
      items,
      styles: /* @__PURE__ */ Object.create(null)
    };
    function walk(node) {
      if (!node)
        return;
      let str = null, name = node.name;
      if (name === "#text")
        str = node.value;
      else if (_XfaText.shouldBuildText(name))
        node?.attributes?.textContent ? str = node.attributes.textContent : node.value && (str = node.value);
      else return;
      if (str !== null && items.push({
        str
      }), !!node.children)
        for (let child of node.children)
          walk(child);
    }
    return walk(xfa), output;
  }
  static shouldBuildText(name) {
    return !(name === "textarea" || name === "input" || name === "option" || name === "select");
  }
}, XfaLayer = class {
  static setupStorage(html, id, element, storage, intent) {
    let storedData = storage.getValue(id, {
      value: null
    });
    switch (element.name) {
      case "textarea":
        if (storedData.value !== null && (html.textContent = storedData.value), intent === "print")
          break;
        html.addEventListener("input", (event) => {
          storage.setValue(id, {
            value: event.target.value
          });
        });
        break;
      case "input":
        if (element.attributes.type === "radio" || element.attributes.type === "checkbox") {
          if (storedData.value === element.attributes.xfaOn ? html.setAttribute("checked", !0) : storedData.value === element.attributes.xfaOff && html.removeAttribute("checked"), intent === "print")
            break;
          html.addEventListener("change", (event) => {
            storage.setValue(id, {
              value: event.target.checked ? event.target.getAttribute("xfaOn") : event.target.getAttribute("xfaOff")
            });
          });
        } else {
          if (storedData.value !== null && html.setAttribute("value", storedData.value), intent === "print")
            break;
          html.addEventListener("input", (event) => {
            storage.setValue(id, {
              value: event.target.value
            });
          });
        }
        break;
      case "select":
        if (storedData.value !== null) {
          html.setAttribute("value", storedData.value);
          for (let option of element.children)
            option.attributes.value === storedData.value ? option.attributes.selected = !0 : option.attributes.hasOwnProperty("selected") && delete option.attributes.selected;
        }
        html.addEventListener("input", (event) => {
          let options = event.target.options, value = options.selectedIndex === -1 ? "" : options[options.selectedIndex].value;
          storage.setValue(id, {
            value
          });
        });
        break;
    }
  }
  static setAttributes({
    html,
    element,
    storage = null,
    intent,
    linkService
  }) {
    let {
      attributes
    } = element, isHTMLAnchorElement = html instanceof HTMLAnchorElement;
    attributes.type === "radio" && (attributes.name = `${attributes.name}-${intent}`);
    for (let [key, value] of Object.entries(attributes))
      if (value != null)
        switch (key) {
          case "class":
            value.length && html.setAttribute(key, value.join(" "));
            break;
          case "dataId":
            break;
          case "id":
            html.setAttribute("data-element-id", value);
            break;
          case "style":
            Object.assign(html.style, value);
            break;
          case "textContent":
            html.textContent = value;
            break;
          default:
            (!isHTMLAnchorElement || key !== "href" && key !== "newWindow") && html.setAttribute(key, value);
        }
    isHTMLAnchorElement && linkService.addLinkAttributes(html, attributes.href, attributes.newWindow), storage && attributes.dataId && this.setupStorage(html, attributes.dataId, element, storage);
  }
  static render(parameters) {
    let storage = parameters.annotationStorage, linkService = parameters.linkService, root = parameters.xfaHtml, intent = parameters.intent || "display", rootHtml = document.createElement(root.name);
    root.attributes && this.setAttributes({
      html: rootHtml,
      element: root,
      intent,
      linkService
    });
    let isNotForRichText = intent !== "richText", rootDiv = parameters.div;
    if (rootDiv.append(rootHtml), parameters.viewport) {
      let transform = `matrix(${parameters.viewport.transform.join(",")})`;
      rootDiv.style.transform = transform;
    }
    isNotForRichText && rootDiv.setAttribute("class", "xfaLayer xfaFont");
    let textDivs = [];
    if (root.children.length === 0) {
      if (root.value) {
        let node = document.createTextNode(root.value);
        rootHtml.append(node), isNotForRichText && XfaText.shouldBuildText(root.name) && textDivs.push(node);
      }
      return {
        textDivs
      };
    }
    let stack = [[root, -1, rootHtml]];
    for (; stack.length > 0; ) {
      let [parent, i, html] = stack.at(-1);
      if (i + 1 === parent.children.length) {
        stack.pop();
        continue;
      }
      let child = parent.children[++stack.at(-1)[1]];
      if (child === null)
        continue;
      let {
        name
      } = child;
      if (name === "#text") {
        let node = document.createTextNode(child.value);
        textDivs.push(node), html.append(node);
        continue;
      }
      let childHtml = child?.attributes?.xmlns ? document.createElementNS(child.attributes.xmlns, name) : document.createElement(name);
      if (html.append(childHtml), child.attributes && this.setAttributes({
        html: childHtml,
        element: child,
        storage,
        intent,
        linkService
      }), child.children?.length > 0)
        stack.push([child, -1, childHtml]);
      else if (child.value) {
        let node = document.createTextNode(child.value);
        isNotForRichText && XfaText.shouldBuildText(name) && textDivs.push(node), childHtml.append(node);
      }
    }
    for (let el of rootDiv.querySelectorAll(".xfaNonInteractive input, .xfaNonInteractive textarea"))
      el.setAttribute("readOnly", !0);
    return {
      textDivs
    };
  }
  static update(parameters) {
    let transform = `matrix(${parameters.viewport.transform.join(",")})`;
    parameters.div.style.transform = transform, parameters.div.hidden = !1;
  }
}, SVG_NS = "http://www.w3.org/2000/svg", PixelsPerInch = class {
  static CSS = 96;
  static PDF = 72;
  static PDF_TO_CSS_UNITS = this.CSS / this.PDF;
};
async function fetchData(url, type = "text") {
  if (isValidFetchUrl(url, document.baseURI)) {
    let response = await fetch(url);
    if (!response.ok)
      throw new Error(response.statusText);
    switch (type) {
      case "arraybuffer":
        return response.arrayBuffer();
      case "blob":
        return response.blob();
      case "json":
        return response.json();
    }
    return response.text();
  }
  return new Promise((resolve, reject) => {
    let request = new XMLHttpRequest();
    request.open("GET", url, !0), request.responseType = type, request.onreadystatechange = () => {
      if (request.readyState === XMLHttpRequest.DONE) {
        if (request.status === 200 || request.status === 0) {
          switch (type) {
            case "arraybuffer":
            case "blob":
            case "json":
              resolve(request.response);
              return;
          }
          resolve(request.responseText);
          return;
        }
        reject(new Error(request.statusText));
      }
    }, request.send(null);
  });
}
var PageViewport = class _PageViewport {
  constructor({
    viewBox,
    userUnit,
    scale,
    rotation,
    offsetX = 0,
    offsetY = 0,
    dontFlip = !1
  }) {
    this.viewBox = viewBox, this.userUnit = userUnit, this.scale = scale, this.rotation = rotation, this.offsetX = offsetX, this.offsetY = offsetY, scale *= userUnit;
    let centerX = (viewBox[2] + viewBox[0]) / 2, centerY = (viewBox[3] + viewBox[1]) / 2, rotateA, rotateB, rotateC, rotateD;
    switch (rotation %= 360, rotation < 0 && (rotation += 360), rotation) {
      case 180:
        rotateA = -1, rotateB = 0, rotateC = 0, rotateD = 1;
        break;
      case 90:
        rotateA = 0, rotateB = 1, rotateC = 1, rotateD = 0;
        break;
      case 270:
        rotateA = 0, rotateB = -1, rotateC = -1, rotateD = 0;
        break;
      case 0:
        rotateA = 1, rotateB = 0, rotateC = 0, rotateD = -1;
        break;
      default:
        throw new Error("PageViewport: Invalid rotation, must be a multiple of 90 degrees.");
    }
    dontFlip && (rotateC = -rotateC, rotateD = -rotateD);
    let offsetCanvasX, offsetCanvasY, width, height;
    rotateA === 0 ? (offsetCanvasX = Math.abs(centerY - viewBox[1]) * scale + offsetX, offsetCanvasY = Math.abs(centerX - viewBox[0]) * scale + offsetY, width = (viewBox[3] - viewBox[1]) * scale, height = (viewBox[2] - viewBox[0]) * scale) : (offsetCanvasX = Math.abs(centerX - viewBox[0]) * scale + offsetX, offsetCanvasY = Math.abs(centerY - viewBox[1]) * scale + offsetY, width = (viewBox[2] - viewBox[0]) * scale, height = (viewBox[3] - viewBox[1]) * scale), this.transform = [rotateA * scale, rotateB * scale, rotateC * scale, rotateD * scale, offsetCanvasX - rotateA * scale * centerX - rotateC * scale * centerY, offsetCanvasY - rotateB * scale * centerX - rotateD * scale * centerY], this.width = width, this.height = height;
  }
  get rawDims() {
    let dims = this.viewBox;
    return shadow(this, "rawDims", {
      pageWidth: dims[2] - dims[0],
      pageHeight: dims[3] - dims[1],
      pageX: dims[0],
      pageY: dims[1]
    });
  }
  clone({
    scale = this.scale,
    rotation = this.rotation,
    offsetX = this.offsetX,
    offsetY = this.offsetY,
    dontFlip = !1
  } = {}) {
    return new _PageViewport({
      viewBox: this.viewBox.slice(),
      userUnit: this.userUnit,
      scale,
      rotation,
      offsetX,
      offsetY,
      dontFlip
    });
  }
  convertToViewportPoint(x, y) {
    let p = [x, y];
    return Util.applyTransform(p, this.transform), p;
  }
  convertToViewportRectangle(rect) {
    let topLeft = [rect[0], rect[1]];
    Util.applyTransform(topLeft, this.transform);
    let bottomRight = [rect[2], rect[3]];
    return Util.applyTransform(bottomRight, this.transform), [topLeft[0], topLeft[1], bottomRight[0], bottomRight[1]];
  }
  convertToPdfPoint(x, y) {
    let p = [x, y];
    return Util.applyInverseTransform(p, this.transform), p;
  }
}, RenderingCancelledException = class extends BaseException {
  constructor(msg, extraDelay = 0) {
    super(msg, "RenderingCancelledException"), this.extraDelay = extraDelay;
  }
};
function isDataScheme(url) {
  let ii = url.length, i = 0;
  for (; i < ii && url[i].trim() === ""; )
    i++;
  return url.substring(i, i + 5).toLowerCase() === "data:";
}
function isPdfFile(filename) {
  return typeof filename == "string" && /\.pdf$/i.test(filename);
}
function getFilenameFromUrl(url) {
  return [url] = url.split(/[#?]/, 1), url.substring(url.lastIndexOf("/") + 1);
}
function getPdfFilenameFromUrl(url, defaultFilename = "document.pdf") {
  if (typeof url != "string")
    return defaultFilename;
  if (isDataScheme(url))
    return warn('getPdfFilenameFromUrl: ignore "data:"-URL for performance reasons.'), defaultFilename;
  let newURL = ((urlString) => {
    try {
      return new URL(urlString);
    } catch {
      try {
        return new URL(decodeURIComponent(urlString));
      } catch {
        try {
          return new URL(urlString, "https://foo.bar");
        } catch {
          try {
            return new URL(decodeURIComponent(urlString), "https://foo.bar");
          } catch {
            return null;
          }
        }
      }
    }
  })(url);
  if (!newURL)
    return defaultFilename;
  let decode = (name) => {
    try {
      let decoded = decodeURIComponent(name);
      return decoded.includes("/") ? (decoded = decoded.split("/").at(-1), decoded.test(/^\.pdf$/i) ? decoded : name) : decoded;
    } catch {
      return name;
    }
  }, pdfRegex = /\.pdf$/i, filename = newURL.pathname.split("/").at(-1);
  if (pdfRegex.test(filename))
    return decode(filename);
  if (newURL.searchParams.size > 0) {
    let values = Array.from(newURL.searchParams.values()).reverse();
    for (let value of values)
      if (pdfRegex.test(value))
        return decode(value);
    let keys = Array.from(newURL.searchParams.keys()).reverse();
    for (let key of keys)
      if (pdfRegex.test(key))
        return decode(key);
  }
  if (newURL.hash) {
    let hashFilename = /[^/?#=]+\.pdf\b(?!.*\.pdf\b)/i.exec(newURL.hash);
    if (hashFilename)
      return decode(hashFilename[0]);
  }
  return defaultFilename;
}
var StatTimer = class {
  started = /* @__PURE__ */ Object.create(null);
  times = [];
  time(name) {
    name in this.started && warn(`Timer is already running for ${name}`), this.started[name] = Date.now();
  }
  timeEnd(name) {
    name in this.started || warn(`Timer has not been started for ${name}`), this.times.push({
      name,
      start: this.started[name],
      end: Date.now()
    }), delete this.started[name];
  }
  toString() {
    let outBuf = [], longest = 0;
    for (let {
      name
    } of this.times)
      longest = Math.max(name.length, longest);
    for (let {
      name,
      start,
      end
    } of this.times)
      outBuf.push(`${name.padEnd(longest)} ${end - start}ms
`);
    return outBuf.join("");
  }
};
function isValidFetchUrl(url, baseUrl) {
  let res = baseUrl ? URL.parse(url, baseUrl) : URL.parse(url);
  return res?.protocol === "http:" || res?.protocol === "https:";
}
function noContextMenu(e) {
  e.preventDefault();
}
function stopEvent(e) {
  e.preventDefault(), e.stopPropagation();
}
function deprecated(details) {
  console.log("Deprecated API usage: " + details);
}
var PDFDateString = class {
  static #regex;
  static toDateObject(input) {
    if (input instanceof Date)
      return input;
    if (!input || typeof input != "string")
      return null;
    this.#regex ||= new RegExp("^D:(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?([Z|+|-])?(\\d{2})?'?(\\d{2})?'?");
    let matches = this.#regex.exec(input);
    if (!matches)
      return null;
    let year = parseInt(matches[1], 10), month = parseInt(matches[2], 10);
    month = month >= 1 && month <= 12 ? month - 1 : 0;
    let day = parseInt(matches[3], 10);
    day = day >= 1 && day <= 31 ? day : 1;
    let hour = parseInt(matches[4], 10);
    hour = hour >= 0 && hour <= 23 ? hour : 0;
    let minute = parseInt(matches[5], 10);
    minute = minute >= 0 && minute <= 59 ? minute : 0;
    let second = parseInt(matches[6], 10);
    second = second >= 0 && second <= 59 ? second : 0;
    let universalTimeRelation = matches[7] || "Z", offsetHour = parseInt(matches[8], 10);
    offsetHour = offsetHour >= 0 && offsetHour <= 23 ? offsetHour : 0;
    let offsetMinute = parseInt(matches[9], 10) || 0;
    return offsetMinute = offsetMinute >= 0 && offsetMinute <= 59 ? offsetMinute : 0, universalTimeRelation === "-" ? (hour += offsetHour, minute += offsetMinute) : universalTimeRelation === "+" && (hour -= offsetHour, minute -= offsetMinute), new Date(Date.UTC(year, month, day, hour, minute, second));
  }
};
function getXfaPageViewport(xfaPage, {
  scale = 1,
  rotation = 0
}) {
  let {
    width,
    height
  } = xfaPage.attributes.style, viewBox = [0, 0, parseInt(width), parseInt(height)];
  return new PageViewport({
    viewBox,
    userUnit: 1,
    scale,
    rotation
  });
}
function getRGB(color) {
  if (color.startsWith("#")) {
    let colorRGB = parseInt(color.slice(1), 16);
    return [(colorRGB & 16711680) >> 16, (colorRGB & 65280) >> 8, colorRGB & 255];
  }
  return color.startsWith("rgb(") ? color.slice(4, -1).split(",").map((x) => parseInt(x)) : color.startsWith("rgba(") ? color.slice(5, -1).split(",").map((x) => parseInt(x)).slice(0, 3) : (warn(`Not a valid color format: "${color}"`), [0, 0, 0]);
}
function getColorValues(colors) {
  let span = document.createElement("span");
  span.style.visibility = "hidden", span.style.colorScheme = "only light", document.body.append(span);
  for (let name of colors.keys()) {
    span.style.color = name;
    let computedColor = window.getComputedStyle(span).color;
    colors.set(name, getRGB(computedColor));
  }
  span.remove();
}
function getCurrentTransform(ctx) {
  let {
    a,
    b,
    c,
    d,
    e,
    f
  } = ctx.getTransform();
  return [a, b, c, d, e, f];
}
function getCurrentTransformInverse(ctx) {
  let {
    a,
    b,
    c,
    d,
    e,
    f
  } = ctx.getTransform().invertSelf();
  return [a, b, c, d, e, f];
}
function setLayerDimensions(div, viewport, mustFlip = !1, mustRotate = !0) {
  if (viewport instanceof PageViewport) {
    let {
      pageWidth,
      pageHeight
    } = viewport.rawDims, {
      style
    } = div, useRound = util_FeatureTest.isCSSRoundSupported, w = `var(--total-scale-factor) * ${pageWidth}px`, h = `var(--total-scale-factor) * ${pageHeight}px`, widthStr = useRound ? `round(down, ${w}, var(--scale-round-x))` : `calc(${w})`, heightStr = useRound ? `round(down, ${h}, var(--scale-round-y))` : `calc(${h})`;
    !mustFlip || viewport.rotation % 180 === 0 ? (style.width = widthStr, style.height = heightStr) : (style.width = heightStr, style.height = widthStr);
  }
  mustRotate && div.setAttribute("data-main-rotation", viewport.rotation);
}
var OutputScale = class _OutputScale {
  constructor() {
    let {
      pixelRatio
    } = _OutputScale;
    this.sx = pixelRatio, this.sy = pixelRatio;
  }
  get scaled() {
    return this.sx !== 1 || this.sy !== 1;
  }
  get symmetric() {
    return this.sx === this.sy;
  }
  limitCanvas(width, height, maxPixels, maxDim, capAreaFactor = -1) {
    let maxAreaScale = 1 / 0, maxWidthScale = 1 / 0, maxHeightScale = 1 / 0;
    maxPixels = _OutputScale.capPixels(maxPixels, capAreaFactor), maxPixels > 0 && (maxAreaScale = Math.sqrt(maxPixels / (width * height))), maxDim !== -1 && (maxWidthScale = maxDim / width, maxHeightScale = maxDim / height);
    let maxScale = Math.min(maxAreaScale, maxWidthScale, maxHeightScale);
    return this.sx > maxScale || this.sy > maxScale ? (this.sx = maxScale, this.sy = maxScale, !0) : !1;
  }
  static get pixelRatio() {
    return globalThis.devicePixelRatio || 1;
  }
  static capPixels(maxPixels, capAreaFactor) {
    if (capAreaFactor >= 0) {
      let winPixels = Math.ceil(window.screen.availWidth * window.screen.availHeight * this.pixelRatio ** 2 * (1 + capAreaFactor / 100));
      return maxPixels > 0 ? Math.min(maxPixels, winPixels) : winPixels;
    }
    return maxPixels;
  }
}, SupportedImageMimeTypes = ["image/apng", "image/avif", "image/bmp", "image/gif", "image/jpeg", "image/png", "image/svg+xml", "image/webp", "image/x-icon"], ColorScheme = class {
  static get isDarkMode() {
    return shadow(this, "isDarkMode", !!window?.matchMedia?.("(prefers-color-scheme: dark)").matches);
  }
}, CSSConstants = class {
  static get commentForegroundColor() {
    let element = document.createElement("span");
    element.classList.add("comment", "sidebar");
    let {
      style
    } = element;
    style.width = style.height = "0", style.display = "none", style.color = "var(--comment-fg-color)", document.body.append(element);
    let {
      color
    } = window.getComputedStyle(element);
    return element.remove(), shadow(this, "commentForegroundColor", getRGB(color));
  }
};
function applyOpacity(r, g, b, opacity) {
  opacity = Math.min(Math.max(opacity ?? 1, 0), 1);
  let white = 255 * (1 - opacity);
  return r = Math.round(r * opacity + white), g = Math.round(g * opacity + white), b = Math.round(b * opacity + white), [r, g, b];
}
function RGBToHSL(rgb, output) {
  let r = rgb[0] / 255, g = rgb[1] / 255, b = rgb[2] / 255, max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2;
  if (max === min)
    output[0] = output[1] = 0;
  else {
    let d = max - min;
    switch (output[1] = l < 0.5 ? d / (max + min) : d / (2 - max - min), max) {
      case r:
        output[0] = ((g - b) / d + (g < b ? 6 : 0)) * 60;
        break;
      case g:
        output[0] = ((b - r) / d + 2) * 60;
        break;
      case b:
        output[0] = ((r - g) / d + 4) * 60;
        break;
    }
  }
  output[2] = l;
}
function HSLToRGB(hsl, output) {
  let h = hsl[0], s = hsl[1], l = hsl[2], c = (1 - Math.abs(2 * l - 1)) * s, x = c * (1 - Math.abs(h / 60 % 2 - 1)), m = l - c / 2;
  switch (Math.floor(h / 60)) {
    case 0:
      output[0] = c + m, output[1] = x + m, output[2] = m;
      break;
    case 1:
      output[0] = x + m, output[1] = c + m, output[2] = m;
      break;
    case 2:
      output[0] = m, output[1] = c + m, output[2] = x + m;
      break;
    case 3:
      output[0] = m, output[1] = x + m, output[2] = c + m;
      break;
    case 4:
      output[0] = x + m, output[1] = m, output[2] = c + m;
      break;
    case 5:
    case 6:
      output[0] = c + m, output[1] = m, output[2] = x + m;
      break;
  }
}
function computeLuminance(x) {
  return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
}
function contrastRatio(hsl1, hsl2, output) {
  HSLToRGB(hsl1, output), output.map(computeLuminance);
  let lum1 = 0.2126 * output[0] + 0.7152 * output[1] + 0.0722 * output[2];
  HSLToRGB(hsl2, output), output.map(computeLuminance);
  let lum2 = 0.2126 * output[0] + 0.7152 * output[1] + 0.0722 * output[2];
  return lum1 > lum2 ? (lum1 + 0.05) / (lum2 + 0.05) : (lum2 + 0.05) / (lum1 + 0.05);
}
var contrastCache = /* @__PURE__ */ new Map();
function findContrastColor(baseColor, fixedColor) {
  let key = baseColor[0] + baseColor[1] * 256 + baseColor[2] * 65536 + fixedColor[0] * 16777216 + fixedColor[1] * 4294967296 + fixedColor[2] * 1099511627776, cachedValue = contrastCache.get(key);
  if (cachedValue)
    return cachedValue;
  let array = new Float32Array(9), output = array.subarray(0, 3), baseHSL = array.subarray(3, 6);
  RGBToHSL(baseColor, baseHSL);
  let fixedHSL = array.subarray(6, 9);
  RGBToHSL(fixedColor, fixedHSL);
  let isFixedColorDark = fixedHSL[2] < 0.5, minContrast = isFixedColorDark ? 12 : 4.5;
  if (baseHSL[2] = isFixedColorDark ? Math.sqrt(baseHSL[2]) : 1 - Math.sqrt(1 - baseHSL[2]), contrastRatio(baseHSL, fixedHSL, output) < minContrast) {
    let start, end;
    isFixedColorDark ? (start = baseHSL[2], end = 1) : (start = 0, end = baseHSL[2]);
    let PRECISION = 5e-3;
    for (; end - start > PRECISION; ) {
      let mid = baseHSL[2] = (start + end) / 2;
      isFixedColorDark === contrastRatio(baseHSL, fixedHSL, output) < minContrast ? start = mid : end = mid;
    }
    baseHSL[2] = isFixedColorDark ? end : start;
  }
  return HSLToRGB(baseHSL, output), cachedValue = Util.makeHexColor(Math.round(output[0] * 255), Math.round(output[1] * 255), Math.round(output[2] * 255)), contrastCache.set(key, cachedValue), cachedValue;
}
function renderRichText({
  html,
  dir,
  className
}, container) {
  let fragment = document.createDocumentFragment();
  if (typeof html == "string") {
    let p = document.createElement("p");
    p.dir = dir || "auto";
    let lines = html.split(/(?:\r\n?|\n)/);
    for (let i = 0, ii = lines.length; i < ii; ++i) {
      let line = lines[i];
      p.append(document.createTextNode(line)), i < ii - 1 && p.append(document.createElement("br"));
    }
    fragment.append(p);
  } else
    XfaLayer.render({
      xfaHtml: html,
      div: fragment,
      intent: "richText"
    });
  fragment.firstElementChild.classList.add("richText", className), container.append(fragment);
}
function makePathFromDrawOPS(data) {
  let path = new Path2D();
  if (!data)
    return path;
  for (let i = 0, ii = data.length; i < ii; )
    switch (data[i++]) {
      case DrawOPS.moveTo:
        path.moveTo(data[i++], data[i++]);
        break;
      case DrawOPS.lineTo:
        path.lineTo(data[i++], data[i++]);
        break;
      case DrawOPS.curveTo:
        path.bezierCurveTo(data[i++], data[i++], data[i++], data[i++], data[i++], data[i++]);
        break;
      case DrawOPS.quadraticCurveTo:
        path.quadraticCurveTo(data[i++], data[i++], data[i++], data[i++]);
        break;
      case DrawOPS.closePath:
        path.closePath();
        break;
      default:
        warn(`Unrecognized drawing path operator: ${data[i - 1]}`);
        break;
    }
  return path;
}
var PagesMapper = class _PagesMapper {
  static #idToPageNumber = null;
  static #pageNumberToId = null;
  static #prevIdToPageNumber = null;
  static #pagesNumber = 0;
  static #listeners = [];
  get pagesNumber() {
    return _PagesMapper.#pagesNumber;
  }
  set pagesNumber(n) {
    _PagesMapper.#pagesNumber !== n && (_PagesMapper.#pagesNumber = n, n === 0 && (_PagesMapper.#pageNumberToId = null, _PagesMapper.#idToPageNumber = null));
  }
  addListener(listener) {
    _PagesMapper.#listeners.push(listener);
  }
  removeListener(listener) {
    let index = _PagesMapper.#listeners.indexOf(listener);
    index >= 0 && _PagesMapper.#listeners.splice(index, 1);
  }
  #updateListeners() {
    for (let listener of _PagesMapper.#listeners)
      listener();
  }
  #init(mustInit) {
    if (_PagesMapper.#pageNumberToId)
      return;
    let n = _PagesMapper.#pagesNumber, array = new Uint32Array(3 * n), pageNumberToId = _PagesMapper.#pageNumberToId = array.subarray(0, n), idToPageNumber = _PagesMapper.#idToPageNumber = array.subarray(n, 2 * n);
    if (mustInit)
      for (let i = 0; i < n; i++)
        pageNumberToId[i] = idToPageNumber[i] = i + 1;
    _PagesMapper.#prevIdToPageNumber = array.subarray(2 * n);
  }
  movePages(selectedPages, pagesToMove, index) {
    this.#init(!0);
    let pageNumberToId = _PagesMapper.#pageNumberToId, idToPageNumber = _PagesMapper.#idToPageNumber;
    _PagesMapper.#prevIdToPageNumber.set(idToPageNumber);
    let movedCount = pagesToMove.length, mappedPagesToMove = new Uint32Array(movedCount), removedBeforeTarget = 0;
    for (let i = 0; i < movedCount; i++) {
      let pageIndex = pagesToMove[i] - 1;
      mappedPagesToMove[i] = pageNumberToId[pageIndex], pageIndex < index && (removedBeforeTarget += 1);
    }
    let pagesNumber = _PagesMapper.#pagesNumber, adjustedTarget = index - removedBeforeTarget, remainingLen = pagesNumber - movedCount;
    adjustedTarget = MathClamp(adjustedTarget, 0, remainingLen);
    for (let i = 0, r = 0; i < pagesNumber; i++)
      selectedPages.has(i + 1) || (pageNumberToId[r++] = pageNumberToId[i]);
    pageNumberToId.copyWithin(adjustedTarget + movedCount, adjustedTarget, remainingLen), pageNumberToId.set(mappedPagesToMove, adjustedTarget);
    let hasChanged = !1;
    for (let i = 0, ii = pagesNumber; i < ii; i++) {
      let id = pageNumberToId[i];
      hasChanged ||= id !== i + 1, idToPageNumber[id - 1] = i + 1;
    }
    this.#updateListeners(), hasChanged || (this.pagesNumber = 0);
  }
  hasBeenAltered() {
    return _PagesMapper.#pageNumberToId !== null;
  }
  getPageMappingForSaving() {
    return {
      pageIndices: _PagesMapper.#idToPageNumber ? _PagesMapper.#idToPageNumber.map((x) => x - 1) : null
    };
  }
  getPrevPageNumber(pageNumber) {
    return _PagesMapper.#prevIdToPageNumber[_PagesMapper.#pageNumberToId[pageNumber - 1] - 1];
  }
  getPageNumber(id) {
    return _PagesMapper.#idToPageNumber?.[id - 1] ?? id;
  }
  getPageId(pageNumber) {
    return _PagesMapper.#pageNumberToId?.[pageNumber - 1] ?? pageNumber;
  }
  static get instance() {
    return shadow(this, "instance", new _PagesMapper());
  }
  getMapping() {
    return _PagesMapper.#pageNumberToId.subarray(0, this.pagesNumber);
  }
}, es_iterator_take = __webpack_require__(4972), es_promise_with_resolvers = __webpack_require__(4628), es_set_difference_v2 = __webpack_require__(7642), es_set_intersection_v2 = __webpack_require__(8004), es_set_is_disjoint_from_v2 = __webpack_require__(3853), es_set_is_subset_of_v2 = __webpack_require__(5876), es_set_is_superset_of_v2 = __webpack_require__(2475), es_set_symmetric_difference_v2 = __webpack_require__(5024), es_set_union_v2 = __webpack_require__(1698), web_dom_exception_stack = __webpack_require__(4979), es_iterator_drop = __webpack_require__(9314), es_iterator_every = __webpack_require__(1148), es_iterator_some = __webpack_require__(3579), esnext_json_parse = __webpack_require__(8335), EditorToolbar = class _EditorToolbar {
  #toolbar = null;
  #colorPicker = null;
  #editor;
  #buttons = null;
  #altText = null;
  #comment = null;
  #commentButtonDivider = null;
  #signatureDescriptionButton = null;
  static #l10nRemove = null;
  constructor(editor) {
    this.#editor = editor, _EditorToolbar.#l10nRemove ||= Object.freeze({
      freetext: "pdfjs-editor-remove-freetext-button",
      highlight: "pdfjs-editor-remove-highlight-button",
      ink: "pdfjs-editor-remove-ink-button",
      stamp: "pdfjs-editor-remove-stamp-button",
      signature: "pdfjs-editor-remove-signature-button"
    });
  }
  render() {
    let editToolbar = this.#toolbar = document.createElement("div");
    editToolbar.classList.add("editToolbar", "hidden"), editToolbar.setAttribute("role", "toolbar");
    let signal = this.#editor._uiManager._signal;
    signal instanceof AbortSignal && !signal.aborted && (editToolbar.addEventListener("contextmenu", noContextMenu, {
      signal
    }), editToolbar.addEventListener("pointerdown", _EditorToolbar.#pointerDown, {
      signal
    }));
    let buttons = this.#buttons = document.createElement("div");
    buttons.className = "buttons", editToolbar.append(buttons);
    let position = this.#editor.toolbarPosition;
    if (position) {
      let {
        style
      } = editToolbar, x = this.#editor._uiManager.direction === "ltr" ? 1 - position[0] : position[0];
      style.insetInlineEnd = `${100 * x}%`, style.top = `calc(${100 * position[1]}% + var(--editor-toolbar-vert-offset))`;
    }
    return editToolbar;
  }
  get div() {
    return this.#toolbar;
  }
  static #pointerDown(e) {
    e.stopPropagation();
  }
  #focusIn(e) {
    this.#editor._focusEventsAllowed = !1, stopEvent(e);
  }
  #focusOut(e) {
    this.#editor._focusEventsAllowed = !0, stopEvent(e);
  }
  #addListenersToElement(element) {
    let signal = this.#editor._uiManager._signal;
    return !(signal instanceof AbortSignal) || signal.aborted ? !1 : (element.addEventListener("focusin", this.#focusIn.bind(this), {
      capture: !0,
      signal
    }), element.addEventListener("focusout", this.#focusOut.bind(this), {
      capture: !0,
      signal
    }), element.addEventListener("contextmenu", noContextMenu, {
      signal
    }), !0);
  }
  hide() {
    this.#toolbar.classList.add("hidden"), this.#colorPicker?.hideDropdown();
  }
  show() {
    this.#toolbar.classList.remove("hidden"), this.#altText?.shown(), this.#comment?.shown();
  }
  addDeleteButton() {
    let {
      editorType,
      _uiManager
    } = this.#editor, button = document.createElement("button");
    button.classList.add("basic", "deleteButton"), button.tabIndex = 0, button.setAttribute("data-l10n-id", _EditorToolbar.#l10nRemove[editorType]), this.#addListenersToElement(button) && button.addEventListener("click", (e) => {
      _uiManager.delete();
    }, {
      signal: _uiManager._signal
    }), this.#buttons.append(button);
  }
  get #divider() {
    let divider = document.createElement("div");
    return divider.className = "divider", divider;
  }
  async addAltText(altText) {
    let button = await altText.render();
    this.#addListenersToElement(button), this.#buttons.append(button, this.#divider), this.#altText = altText;
  }
  addComment(comment, beforeElement = null) {
    if (this.#comment)
      return;
    let button = comment.renderForToolbar();
    if (!button)
      return;
    this.#addListenersToElement(button);
    let divider = this.#commentButtonDivider = this.#divider;
    beforeElement ? (this.#buttons.insertBefore(button, beforeElement), this.#buttons.insertBefore(divider, beforeElement)) : this.#buttons.append(button, divider), this.#comment = comment, comment.toolbar = this;
  }
  addColorPicker(colorPicker) {
    if (this.#colorPicker)
      return;
    this.#colorPicker = colorPicker;
    let button = colorPicker.renderButton();
    this.#addListenersToElement(button), this.#buttons.append(button, this.#divider);
  }
  async addEditSignatureButton(signatureManager) {
    let button = this.#signatureDescriptionButton = await signatureManager.renderEditButton(this.#editor);
    this.#addListenersToElement(button), this.#buttons.append(button, this.#divider);
  }
  removeButton(name) {
    name === "comment" && (this.#comment?.removeToolbarCommentButton(), this.#comment = null, this.#commentButtonDivider?.remove(), this.#commentButtonDivider = null);
  }
  async addButton(name, tool) {
    switch (name) {
      case "colorPicker":
        tool && this.addColorPicker(tool);
        break;
      case "altText":
        tool && await this.addAltText(tool);
        break;
      case "editSignature":
        tool && await this.addEditSignatureButton(tool);
        break;
      case "delete":
        this.addDeleteButton();
        break;
      case "comment":
        tool && this.addComment(tool);
        break;
    }
  }
  async addButtonBefore(name, tool, beforeSelector) {
    if (!tool && name === "comment")
      return;
    let beforeElement = this.#buttons.querySelector(beforeSelector);
    beforeElement && name === "comment" && this.addComment(tool, beforeElement);
  }
  updateEditSignatureButton(description) {
    this.#signatureDescriptionButton && (this.#signatureDescriptionButton.title = description);
  }
  remove() {
    this.#toolbar.remove(), this.#colorPicker?.destroy(), this.#colorPicker = null;
  }
}, FloatingToolbar = class {
  #buttons = null;
  #toolbar = null;
  #uiManager;
  constructor(uiManager) {
    this.#uiManager = uiManager;
  }
  #render() {
    let editToolbar = this.#toolbar = document.createElement("div");
    editToolbar.className = "editToolbar", editToolbar.setAttribute("role", "toolbar");
    let signal = this.#uiManager._signal;
    signal instanceof AbortSignal && !signal.aborted && editToolbar.addEventListener("contextmenu", noContextMenu, {
      signal
    });
    let buttons = this.#buttons = document.createElement("div");
    return buttons.className = "buttons", editToolbar.append(buttons), this.#uiManager.hasCommentManager() && this.#makeButton("commentButton", "pdfjs-comment-floating-button", "pdfjs-comment-floating-button-label", () => {
      this.#uiManager.commentSelection("floating_button");
    }), this.#makeButton("highlightButton", "pdfjs-highlight-floating-button1", "pdfjs-highlight-floating-button-label", () => {
      this.#uiManager.highlightSelection("floating_button");
    }), editToolbar;
  }
  #getLastPoint(boxes, isLTR) {
    let lastY = 0, lastX = 0;
    for (let box of boxes) {
      let y = box.y + box.height;
      if (y < lastY)
        continue;
      let x = box.x + (isLTR ? box.width : 0);
      if (y > lastY) {
        lastX = x, lastY = y;
        continue;
      }
      isLTR ? x > lastX && (lastX = x) : x < lastX && (lastX = x);
    }
    return [isLTR ? 1 - lastX : lastX, lastY];
  }
  show(parent, boxes, isLTR) {
    let [x, y] = this.#getLastPoint(boxes, isLTR), {
      style
    } = this.#toolbar ||= this.#render();
    parent.append(this.#toolbar), style.insetInlineEnd = `${100 * x}%`, style.top = `calc(${100 * y}% + var(--editor-toolbar-vert-offset))`;
  }
  hide() {
    this.#toolbar.remove();
  }
  #makeButton(buttonClass, l10nId, labelL10nId, clickHandler) {
    let button = document.createElement("button");
    button.classList.add("basic", buttonClass), button.tabIndex = 0, button.setAttribute("data-l10n-id", l10nId);
    let span = document.createElement("span");
    button.append(span), span.className = "visuallyHidden", span.setAttribute("data-l10n-id", labelL10nId);
    let signal = this.#uiManager._signal;
    signal instanceof AbortSignal && !signal.aborted && (button.addEventListener("contextmenu", noContextMenu, {
      signal
    }), button.addEventListener("click", clickHandler, {
      signal
    })), this.#buttons.append(button);
  }
};
function bindEvents(obj, element, names) {
  for (let name of names)
    element.addEventListener(name, obj[name].bind(obj));
}
var CurrentPointers = class _CurrentPointers {
  static #pointerId = NaN;
  static #pointerIds = null;
  static #moveTimestamp = NaN;
  static #pointerType = null;
  static initializeAndAddPointerId(pointerId) {
    (_CurrentPointers.#pointerIds ||= /* @__PURE__ */ new Set()).add(pointerId);
  }
  static setPointer(pointerType, pointerId) {
    _CurrentPointers.#pointerId ||= pointerId, _CurrentPointers.#pointerType ??= pointerType;
  }
  static setTimeStamp(timeStamp) {
    _CurrentPointers.#moveTimestamp = timeStamp;
  }
  static isSamePointerId(pointerId) {
    return _CurrentPointers.#pointerId === pointerId;
  }
  static isSamePointerIdOrRemove(pointerId) {
    return _CurrentPointers.#pointerId === pointerId ? !0 : (_CurrentPointers.#pointerIds?.delete(pointerId), !1);
  }
  static isSamePointerType(pointerType) {
    return _CurrentPointers.#pointerType === pointerType;
  }
  static isInitializedAndDifferentPointerType(pointerType) {
    return _CurrentPointers.#pointerType !== null && !_CurrentPointers.isSamePointerType(pointerType);
  }
  static isSameTimeStamp(timeStamp) {
    return _CurrentPointers.#moveTimestamp === timeStamp;
  }
  static isUsingMultiplePointers() {
    return _CurrentPointers.#pointerIds?.size >= 1;
  }
  static clearPointerType() {
    _CurrentPointers.#pointerType = null;
  }
  static clearPointerIds() {
    _CurrentPointers.#pointerId = NaN, _CurrentPointers.#pointerIds = null;
  }
  static clearTimeStamp() {
    _CurrentPointers.#moveTimestamp = NaN;
  }
}, IdManager = class {
  #id = 0;
  get id() {
    return `${AnnotationEditorPrefix}${this.#id++}`;
  }
}, ImageManager = class _ImageManager {
  #baseId = getUuid();
  #id = 0;
  #cache = null;
  static get _isSVGFittingCanvas() {
    let svg = 'data:image/svg+xml;charset=UTF-8,<svg viewBox="0 0 1 1" width="1" height="1" xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" style="fill:red;"/></svg>', ctx = new OffscreenCanvas(1, 3).getContext("2d", {
      willReadFrequently: !0
    }), image = new Image();
    image.src = svg;
    let promise = image.decode().then(() => (ctx.drawImage(image, 0, 0, 1, 1, 0, 0, 1, 3), new Uint32Array(ctx.getImageData(0, 0, 1, 1).data.buffer)[0] === 0));
    return shadow(this, "_isSVGFittingCanvas", promise);
  }
  async #get(key, rawData) {
    this.#cache ||= /* @__PURE__ */ new Map();
    let data = this.#cache.get(key);
    if (data === null)
      return null;
    if (data?.bitmap)
      return data.refCounter += 1, data;
    try {
      data ||= {
        bitmap: null,
        id: `image_${this.#baseId}_${this.#id++}`,
        refCounter: 0,
        isSvg: !1
      };
      let image;
      if (typeof rawData == "string" ? (data.url = rawData, image = await fetchData(rawData, "blob")) : rawData instanceof File ? image = data.file = rawData : rawData instanceof Blob && (image = rawData), image.type === "image/svg+xml") {
        let mustRemoveAspectRatioPromise = _ImageManager._isSVGFittingCanvas, fileReader = new FileReader(), imageElement = new Image(), imagePromise = new Promise((resolve, reject) => {
          imageElement.onload = () => {
            data.bitmap = imageElement, data.isSvg = !0, resolve();
          }, fileReader.onload = async () => {
            let url = data.svgUrl = fileReader.result;
            imageElement.src = await mustRemoveAspectRatioPromise ? `${url}#svgView(preserveAspectRatio(none))` : url;
          }, imageElement.onerror = fileReader.onerror = reject;
        });
        fileReader.readAsDataURL(image), await imagePromise;
      } else
        data.bitmap = await createImageBitmap(image);
      data.refCounter = 1;
    } catch (e) {
      warn(e), data = null;
    }
    return this.#cache.set(key, data), data && this.#cache.set(data.id, data), data;
  }
  async getFromFile(file) {
    let {
      lastModified,
      name,
      size,
      type
    } = file;
    return this.#get(`${lastModified}_${name}_${size}_${type}`, file);
  }
  async getFromUrl(url) {
    return this.#get(url, url);
  }
  async getFromBlob(id, blobPromise) {
    let blob = await blobPromise;
    return this.#get(id, blob);
  }
  async getFromId(id) {
    this.#cache ||= /* @__PURE__ */ new Map();
    let data = this.#cache.get(id);
    if (!data)
      return null;
    if (data.bitmap)
      return data.refCounter += 1, data;
    if (data.file)
      return this.getFromFile(data.file);
    if (data.blobPromise) {
      let {
        blobPromise
      } = data;
      return delete data.blobPromise, this.getFromBlob(data.id, blobPromise);
    }
    return this.getFromUrl(data.url);
  }
  getFromCanvas(id, canvas) {
    this.#cache ||= /* @__PURE__ */ new Map();
    let data = this.#cache.get(id);
    if (data?.bitmap)
      return data.refCounter += 1, data;
    let offscreen = new OffscreenCanvas(canvas.width, canvas.height);
    return offscreen.getContext("2d").drawImage(canvas, 0, 0), data = {
      bitmap: offscreen.transferToImageBitmap(),
      id: `image_${this.#baseId}_${this.#id++}`,
      refCounter: 1,
      isSvg: !1
    }, this.#cache.set(id, data), this.#cache.set(data.id, data), data;
  }
  getSvgUrl(id) {
    let data = this.#cache.get(id);
    return data?.isSvg ? data.svgUrl : null;
  }
  deleteId(id) {
    this.#cache ||= /* @__PURE__ */ new Map();
    let data = this.#cache.get(id);
    if (!data || (data.refCounter -= 1, data.refCounter !== 0))
      return;
    let {
      bitmap
    } = data;
    if (!data.url && !data.file) {
      let canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext("bitmaprenderer").transferFromImageBitmap(bitmap), data.blobPromise = canvas.convertToBlob();
    }
    bitmap.close?.(), data.bitmap = null;
  }
  isValidId(id) {
    return id.startsWith(`image_${this.#baseId}_`);
  }
}, CommandManager = class {
  #commands = [];
  #locked = !1;
  #maxSize;
  #position = -1;
  constructor(maxSize = 128) {
    this.#maxSize = maxSize;
  }
  add({
    cmd,
    undo,
    post,
    mustExec,
    type = NaN,
    overwriteIfSameType = !1,
    keepUndo = !1
  }) {
    if (mustExec && cmd(), this.#locked)
      return;
    let save = {
      cmd,
      undo,
      post,
      type
    };
    if (this.#position === -1) {
      this.#commands.length > 0 && (this.#commands.length = 0), this.#position = 0, this.#commands.push(save);
      return;
    }
    if (overwriteIfSameType && this.#commands[this.#position].type === type) {
      keepUndo && (save.undo = this.#commands[this.#position].undo), this.#commands[this.#position] = save;
      return;
    }
    let next = this.#position + 1;
    next === this.#maxSize ? this.#commands.splice(0, 1) : (this.#position = next, next < this.#commands.length && this.#commands.splice(next)), this.#commands.push(save);
  }
  undo() {
    if (this.#position === -1)
      return;
    this.#locked = !0;
    let {
      undo,
      post
    } = this.#commands[this.#position];
    undo(), post?.(), this.#locked = !1, this.#position -= 1;
  }
  redo() {
    if (this.#position < this.#commands.length - 1) {
      this.#position += 1, this.#locked = !0;
      let {
        cmd,
        post
      } = this.#commands[this.#position];
      cmd(), post?.(), this.#locked = !1;
    }
  }
  hasSomethingToUndo() {
    return this.#position !== -1;
  }
  hasSomethingToRedo() {
    return this.#position < this.#commands.length - 1;
  }
  cleanType(type) {
    if (this.#position !== -1) {
      for (let i = this.#position; i >= 0; i--)
        if (this.#commands[i].type !== type) {
          this.#commands.splice(i + 1, this.#position - i), this.#position = i;
          return;
        }
      this.#commands.length = 0, this.#position = -1;
    }
  }
  destroy() {
    this.#commands = null;
  }
}, KeyboardManager = class {
  constructor(callbacks) {
    this.buffer = [], this.callbacks = /* @__PURE__ */ new Map(), this.allKeys = /* @__PURE__ */ new Set();
    let {
      isMac
    } = util_FeatureTest.platform;
    for (let [keys, callback, options = {}] of callbacks)
      for (let key of keys) {
        let isMacKey = key.startsWith("mac+");
        isMac && isMacKey ? (this.callbacks.set(key.slice(4), {
          callback,
          options
        }), this.allKeys.add(key.split("+").at(-1))) : !isMac && !isMacKey && (this.callbacks.set(key, {
          callback,
          options
        }), this.allKeys.add(key.split("+").at(-1)));
      }
  }
  #serialize(event) {
    event.altKey && this.buffer.push("alt"), event.ctrlKey && this.buffer.push("ctrl"), event.metaKey && this.buffer.push("meta"), event.shiftKey && this.buffer.push("shift"), this.buffer.push(event.key);
    let str = this.buffer.join("+");
    return this.buffer.length = 0, str;
  }
  exec(self2, event) {
    if (!this.allKeys.has(event.key))
      return;
    let info2 = this.callbacks.get(this.#serialize(event));
    if (!info2)
      return;
    let {
      callback,
      options: {
        bubbles = !1,
        args = [],
        checker = null
      }
    } = info2;
    checker && !checker(self2, event) || (callback.bind(self2, ...args, event)(), bubbles || stopEvent(event));
  }
}, ColorManager = class _ColorManager {
  static _colorsMapping = /* @__PURE__ */ new Map([["CanvasText", [0, 0, 0]], ["Canvas", [255, 255, 255]]]);
  get _colors() {
    let colors = /* @__PURE__ */ new Map([["CanvasText", null], ["Canvas", null]]);
    return getColorValues(colors), shadow(this, "_colors", colors);
  }
  convert(color) {
    let rgb = getRGB(color);
    if (!window.matchMedia("(forced-colors: active)").matches)
      return rgb;
    for (let [name, RGB] of this._colors)
      if (RGB.every((x, i) => x === rgb[i]))
        return _ColorManager._colorsMapping.get(name);
    return rgb;
  }
  getHexCode(name) {
    let rgb = this._colors.get(name);
    return rgb ? Util.makeHexColor(...rgb) : name;
  }
}, AnnotationEditorUIManager = class _AnnotationEditorUIManager {
  #abortController = new AbortController();
  #activeEditor = null;
  #allEditableAnnotations = null;
  #allEditors = /* @__PURE__ */ new Map();
  #allLayers = /* @__PURE__ */ new Map();
  #altTextManager = null;
  #annotationStorage = null;
  #changedExistingAnnotations = null;
  #commandManager = new CommandManager();
  #commentManager = null;
  #copyPasteAC = null;
  #currentDrawingSession = null;
  #currentPageIndex = 0;
  #deletedAnnotationsElementIds = /* @__PURE__ */ new Set();
  #draggingEditors = null;
  #editorTypes = null;
  #editorsToRescale = /* @__PURE__ */ new Set();
  _editorUndoBar = null;
  #enableHighlightFloatingButton = !1;
  #enableUpdatedAddImage = !1;
  #enableNewAltTextWhenAddingImage = !1;
  #filterFactory = null;
  #focusMainContainerTimeoutId = null;
  #focusManagerAC = null;
  #highlightColors = null;
  #highlightWhenShiftUp = !1;
  #floatingToolbar = null;
  #idManager = new IdManager();
  #isEnabled = !1;
  #isPointerDown = !1;
  #isWaiting = !1;
  #keyboardManagerAC = null;
  #lastActiveElement = null;
  #mainHighlightColorPicker = null;
  #missingCanvases = null;
  #mlManager = null;
  #mode = AnnotationEditorType.NONE;
  #selectedEditors = /* @__PURE__ */ new Set();
  #selectedTextNode = null;
  #signatureManager = null;
  #pageColors = null;
  #showAllStates = null;
  #pdfDocument = null;
  #previousStates = {
    isEditing: !1,
    isEmpty: !0,
    hasSomethingToUndo: !1,
    hasSomethingToRedo: !1,
    hasSelectedEditor: !1,
    hasSelectedText: !1
  };
  #translation = [0, 0];
  #translationTimeoutId = null;
  #container = null;
  #viewer = null;
  #viewerAlert = null;
  #updateModeCapability = null;
  static TRANSLATE_SMALL = 1;
  static TRANSLATE_BIG = 10;
  static get _keyboardManager() {
    let proto = _AnnotationEditorUIManager.prototype, arrowChecker = (self2) => self2.#container.contains(document.activeElement) && document.activeElement.tagName !== "BUTTON" && self2.hasSomethingToControl(), textInputChecker = (_self, {
      target: el
    }) => {
      if (el instanceof HTMLInputElement) {
        let {
          type
        } = el;
        return type !== "text" && type !== "number";
      }
      return !0;
    }, small = this.TRANSLATE_SMALL, big = this.TRANSLATE_BIG;
    return shadow(this, "_keyboardManager", new KeyboardManager([[["ctrl+a", "mac+meta+a"], proto.selectAll, {
      checker: textInputChecker
    }], [["ctrl+z", "mac+meta+z"], proto.undo, {
      checker: textInputChecker
    }], [["ctrl+y", "ctrl+shift+z", "mac+meta+shift+z", "ctrl+shift+Z", "mac+meta+shift+Z"], proto.redo, {
      checker: textInputChecker
    }], [["Backspace", "alt+Backspace", "ctrl+Backspace", "shift+Backspace", "mac+Backspace", "mac+alt+Backspace", "mac+ctrl+Backspace", "Delete", "ctrl+Delete", "shift+Delete", "mac+Delete"], proto.delete, {
      checker: textInputChecker
    }], [["Enter", "mac+Enter"], proto.addNewEditorFromKeyboard, {
      checker: (self2, {
        target: el
      }) => !(el instanceof HTMLButtonElement) && self2.#container.contains(el) && !self2.isEnterHandled
    }], [[" ", "mac+ "], proto.addNewEditorFromKeyboard, {
      checker: (self2, {
        target: el
      }) => !(el instanceof HTMLButtonElement) && self2.#container.contains(document.activeElement)
    }], [["Escape", "mac+Escape"], proto.unselectAll], [["ArrowLeft", "mac+ArrowLeft"], proto.translateSelectedEditors, {
      args: [-small, 0],
      checker: arrowChecker
    }], [["ctrl+ArrowLeft", "mac+shift+ArrowLeft"], proto.translateSelectedEditors, {
      args: [-big, 0],
      checker: arrowChecker
    }], [["ArrowRight", "mac+ArrowRight"], proto.translateSelectedEditors, {
      args: [small, 0],
      checker: arrowChecker
    }], [["ctrl+ArrowRight", "mac+shift+ArrowRight"], proto.translateSelectedEditors, {
      args: [big, 0],
      checker: arrowChecker
    }], [["ArrowUp", "mac+ArrowUp"], proto.translateSelectedEditors, {
      args: [0, -small],
      checker: arrowChecker
    }], [["ctrl+ArrowUp", "mac+shift+ArrowUp"], proto.translateSelectedEditors, {
      args: [0, -big],
      checker: arrowChecker
    }], [["ArrowDown", "mac+ArrowDown"], proto.translateSelectedEditors, {
      args: [0, small],
      checker: arrowChecker
    }], [["ctrl+ArrowDown", "mac+shift+ArrowDown"], proto.translateSelectedEditors, {
      args: [0, big],
      checker: arrowChecker
    }]]));
  }
  constructor(container, viewer, viewerAlert, altTextManager, commentManager, signatureManager, eventBus, pdfDocument, pageColors, highlightColors, enableHighlightFloatingButton, enableUpdatedAddImage, enableNewAltTextWhenAddingImage, mlManager, editorUndoBar, supportsPinchToZoom) {
    let signal = this._signal = this.#abortController.signal;
    this.#container = container, this.#viewer = viewer, this.#viewerAlert = viewerAlert, this.#altTextManager = altTextManager, this.#commentManager = commentManager, this.#signatureManager = signatureManager, this.#pdfDocument = pdfDocument, this._eventBus = eventBus, eventBus._on("editingaction", this.onEditingAction.bind(this), {
      signal
    }), eventBus._on("pagechanging", this.onPageChanging.bind(this), {
      signal
    }), eventBus._on("scalechanging", this.onScaleChanging.bind(this), {
      signal
    }), eventBus._on("rotationchanging", this.onRotationChanging.bind(this), {
      signal
    }), eventBus._on("setpreference", this.onSetPreference.bind(this), {
      signal
    }), eventBus._on("switchannotationeditorparams", (evt) => this.updateParams(evt.type, evt.value), {
      signal
    }), eventBus._on("pagesedited", this.onPagesEdited.bind(this), {
      signal
    }), window.addEventListener("pointerdown", () => {
      this.#isPointerDown = !0;
    }, {
      capture: !0,
      signal
    }), window.addEventListener("pointerup", () => {
      this.#isPointerDown = !1;
    }, {
      capture: !0,
      signal
    }), this.#addSelectionListener(), this.#addDragAndDropListeners(), this.#addKeyboardManager(), this.#annotationStorage = pdfDocument.annotationStorage, this.#filterFactory = pdfDocument.filterFactory, this.#pageColors = pageColors, this.#highlightColors = highlightColors || null, this.#enableHighlightFloatingButton = enableHighlightFloatingButton, this.#enableUpdatedAddImage = enableUpdatedAddImage, this.#enableNewAltTextWhenAddingImage = enableNewAltTextWhenAddingImage, this.#mlManager = mlManager || null, this.viewParameters = {
      realScale: PixelsPerInch.PDF_TO_CSS_UNITS,
      rotation: 0
    }, this.isShiftKeyDown = !1, this._editorUndoBar = editorUndoBar || null, this._supportsPinchToZoom = supportsPinchToZoom !== !1, commentManager?.setSidebarUiManager(this);
  }
  destroy() {
    this.#updateModeCapability?.resolve(), this.#updateModeCapability = null, this.#abortController?.abort(), this.#abortController = null, this._signal = null;
    for (let layer of this.#allLayers.values())
      layer.destroy();
    this.#allLayers.clear(), this.#allEditors.clear(), this.#editorsToRescale.clear(), this.#missingCanvases?.clear(), this.#activeEditor = null, this.#selectedEditors.clear(), this.#commandManager.destroy(), this.#altTextManager?.destroy(), this.#commentManager?.destroy(), this.#signatureManager?.destroy(), this.#floatingToolbar?.hide(), this.#floatingToolbar = null, this.#mainHighlightColorPicker?.destroy(), this.#mainHighlightColorPicker = null, this.#allEditableAnnotations = null, this.#focusMainContainerTimeoutId && (clearTimeout(this.#focusMainContainerTimeoutId), this.#focusMainContainerTimeoutId = null), this.#translationTimeoutId && (clearTimeout(this.#translationTimeoutId), this.#translationTimeoutId = null), this._editorUndoBar?.destroy(), this.#pdfDocument = null;
  }
  combinedSignal(ac) {
    return AbortSignal.any([this._signal, ac.signal]);
  }
  get mlManager() {
    return this.#mlManager;
  }
  get useNewAltTextFlow() {
    return this.#enableUpdatedAddImage;
  }
  get useNewAltTextWhenAddingImage() {
    return this.#enableNewAltTextWhenAddingImage;
  }
  get hcmFilter() {
    return shadow(this, "hcmFilter", this.#pageColors ? this.#filterFactory.addHCMFilter(this.#pageColors.foreground, this.#pageColors.background) : "none");
  }
  get direction() {
    return shadow(this, "direction", getComputedStyle(this.#container).direction);
  }
  get _highlightColors() {
    return shadow(this, "_highlightColors", this.#highlightColors ? new Map(this.#highlightColors.split(",").map((pair) => (pair = pair.split("=").map((x) => x.trim()), pair[1] = pair[1].toUpperCase(), pair))) : null);
  }
  get highlightColors() {
    let {
      _highlightColors
    } = this;
    if (!_highlightColors)
      return shadow(this, "highlightColors", null);
    let map = /* @__PURE__ */ new Map(), hasHCM = !!this.#pageColors;
    for (let [name, color] of _highlightColors) {
      let isNameForHCM = name.endsWith("_HCM");
      if (hasHCM && isNameForHCM) {
        map.set(name.replace("_HCM", ""), color);
        continue;
      }
      !hasHCM && !isNameForHCM && map.set(name, color);
    }
    return shadow(this, "highlightColors", map);
  }
  get highlightColorNames() {
    return shadow(this, "highlightColorNames", this.highlightColors ? new Map(Array.from(this.highlightColors, (e) => e.reverse())) : null);
  }
  getNonHCMColor(color) {
    if (!this._highlightColors)
      return color;
    let colorName = this.highlightColorNames.get(color);
    return this._highlightColors.get(colorName) || color;
  }
  getNonHCMColorName(color) {
    return this.highlightColorNames.get(color) || color;
  }
  setCurrentDrawingSession(layer) {
    layer ? (this.unselectAll(), this.disableUserSelect(!0)) : this.disableUserSelect(!1), this.#currentDrawingSession = layer;
  }
  setMainHighlightColorPicker(colorPicker) {
    this.#mainHighlightColorPicker = colorPicker;
  }
  editAltText(editor, firstTime = !1) {
    this.#altTextManager?.editAltText(this, editor, firstTime);
  }
  hasCommentManager() {
    return !!this.#commentManager;
  }
  editComment(editor, posX, posY, options) {
    this.#commentManager?.showDialog(this, editor, posX, posY, options);
  }
  selectComment(pageIndex, uid) {
    this.#allLayers.get(pageIndex)?.getEditorByUID(uid)?.toggleComment(!0, !0);
  }
  updateComment(editor) {
    this.#commentManager?.updateComment(editor.getData());
  }
  updatePopupColor(editor) {
    this.#commentManager?.updatePopupColor(editor);
  }
  removeComment(editor) {
    this.#commentManager?.removeComments([editor.uid]);
  }
  deleteComment(editor, savedData) {
    let undo = () => {
      editor.comment = savedData;
    }, cmd = () => {
      this._editorUndoBar?.show(undo, "comment"), this.toggleComment(null), editor.comment = null;
    };
    this.addCommands({
      cmd,
      undo,
      mustExec: !0
    });
  }
  toggleComment(editor, isSelected, visibility = void 0) {
    this.#commentManager?.toggleCommentPopup(editor, isSelected, visibility);
  }
  makeCommentColor(color, opacity) {
    return color && this.#commentManager?.makeCommentColor(color, opacity) || null;
  }
  getCommentDialogElement() {
    return this.#commentManager?.dialogElement || null;
  }
  async waitForEditorsRendered(pageNumber) {
    if (this.#allLayers.has(pageNumber - 1))
      return;
    let {
      resolve,
      promise
    } = Promise.withResolvers(), onEditorsRendered = (evt) => {
      evt.pageNumber === pageNumber && (this._eventBus._off("editorsrendered", onEditorsRendered), resolve());
    };
    this._eventBus.on("editorsrendered", onEditorsRendered), await promise;
  }
  getSignature(editor) {
    this.#signatureManager?.getSignature({
      uiManager: this,
      editor
    });
  }
  get signatureManager() {
    return this.#signatureManager;
  }
  switchToMode(mode, callback) {
    this._eventBus.on("annotationeditormodechanged", callback, {
      once: !0,
      signal: this._signal
    }), this._eventBus.dispatch("showannotationeditorui", {
      source: this,
      mode
    });
  }
  setPreference(name, value) {
    this._eventBus.dispatch("setpreference", {
      source: this,
      name,
      value
    });
  }
  onSetPreference({
    name,
    value
  }) {
    name === "enableNewAltTextWhenAddingImage" && (this.#enableNewAltTextWhenAddingImage = value);
  }
  onPagesEdited({
    pagesMapper
  }) {
    for (let editor of this.#allEditors.values())
      editor.updatePageIndex(pagesMapper.getPrevPageNumber(editor.pageIndex + 1) - 1);
    let allLayers = this.#allLayers, newAllLayers = this.#allLayers = /* @__PURE__ */ new Map();
    for (let [pageIndex, layer] of allLayers) {
      let prevPageIndex = pagesMapper.getPrevPageNumber(pageIndex + 1) - 1;
      if (prevPageIndex === -1) {
        layer.destroy();
        continue;
      }
      newAllLayers.set(prevPageIndex, layer), layer.updatePageIndex(prevPageIndex);
    }
  }
  onPageChanging({
    pageNumber
  }) {
    this.#currentPageIndex = pageNumber - 1;
  }
  focusMainContainer() {
    this.#container.focus();
  }
  findParent(x, y) {
    for (let layer of this.#allLayers.values()) {
      let {
        x: layerX,
        y: layerY,
        width,
        height
      } = layer.div.getBoundingClientRect();
      if (x >= layerX && x <= layerX + width && y >= layerY && y <= layerY + height)
        return layer;
    }
    return null;
  }
  disableUserSelect(value = !1) {
    this.#viewer.classList.toggle("noUserSelect", value);
  }
  addShouldRescale(editor) {
    this.#editorsToRescale.add(editor);
  }
  removeShouldRescale(editor) {
    this.#editorsToRescale.delete(editor);
  }
  onScaleChanging({
    scale
  }) {
    this.commitOrRemove(), this.viewParameters.realScale = scale * PixelsPerInch.PDF_TO_CSS_UNITS;
    for (let editor of this.#editorsToRescale)
      editor.onScaleChanging();
    this.#currentDrawingSession?.onScaleChanging();
  }
  onRotationChanging({
    pagesRotation
  }) {
    this.commitOrRemove(), this.viewParameters.rotation = pagesRotation;
  }
  #getAnchorElementForSelection({
    anchorNode
  }) {
    return anchorNode.nodeType === Node.TEXT_NODE ? anchorNode.parentElement : anchorNode;
  }
  #getLayerForTextLayer(textLayer) {
    let {
      currentLayer
    } = this;
    if (currentLayer.hasTextLayer(textLayer))
      return currentLayer;
    for (let layer of this.#allLayers.values())
      if (layer.hasTextLayer(textLayer))
        return layer;
    return null;
  }
  highlightSelection(methodOfCreation = "", comment = !1) {
    let selection = document.getSelection();
    if (!selection || selection.isCollapsed)
      return;
    let {
      anchorNode,
      anchorOffset,
      focusNode,
      focusOffset
    } = selection, text = selection.toString(), textLayer = this.#getAnchorElementForSelection(selection).closest(".textLayer"), boxes = this.getSelectionBoxes(textLayer);
    if (!boxes)
      return;
    selection.empty();
    let layer = this.#getLayerForTextLayer(textLayer), isNoneMode = this.#mode === AnnotationEditorType.NONE, callback = () => {
      let editor = layer?.createAndAddNewEditor({
        x: 0,
        y: 0
      }, !1, {
        methodOfCreation,
        boxes,
        anchorNode,
        anchorOffset,
        focusNode,
        focusOffset,
        text
      });
      isNoneMode && this.showAllEditors("highlight", !0, !0), comment && editor?.editComment();
    };
    if (isNoneMode) {
      this.switchToMode(AnnotationEditorType.HIGHLIGHT, callback);
      return;
    }
    callback();
  }
  commentSelection(methodOfCreation = "") {
    this.highlightSelection(methodOfCreation, !0);
  }
  #displayFloatingToolbar() {
    let selection = document.getSelection();
    if (!selection || selection.isCollapsed)
      return;
    let textLayer = this.#getAnchorElementForSelection(selection).closest(".textLayer"), boxes = this.getSelectionBoxes(textLayer);
    boxes && (this.#floatingToolbar ||= new FloatingToolbar(this), this.#floatingToolbar.show(textLayer, boxes, this.direction === "ltr"));
  }
  getAndRemoveDataFromAnnotationStorage(annotationId) {
    if (!this.#annotationStorage)
      return null;
    let key = `${AnnotationEditorPrefix}${annotationId}`, storedValue = this.#annotationStorage.getRawValue(key);
    return storedValue && this.#annotationStorage.remove(key), storedValue;
  }
  addToAnnotationStorage(editor) {
    !editor.isEmpty() && this.#annotationStorage && !this.#annotationStorage.has(editor.id) && this.#annotationStorage.setValue(editor.id, editor);
  }
  a11yAlert(messageId, args = null) {
    let viewerAlert = this.#viewerAlert;
    viewerAlert && (viewerAlert.setAttribute("data-l10n-id", messageId), args ? viewerAlert.setAttribute("data-l10n-args", JSON.stringify(args)) : viewerAlert.removeAttribute("data-l10n-args"));
  }
  #selectionChange() {
    let selection = document.getSelection();
    if (!selection || selection.isCollapsed) {
      this.#selectedTextNode && (this.#floatingToolbar?.hide(), this.#selectedTextNode = null, this.#dispatchUpdateStates({
        hasSelectedText: !1
      }));
      return;
    }
    let {
      anchorNode
    } = selection;
    if (anchorNode === this.#selectedTextNode)
      return;
    let textLayer = this.#getAnchorElementForSelection(selection).closest(".textLayer");
    if (!textLayer) {
      this.#selectedTextNode && (this.#floatingToolbar?.hide(), this.#selectedTextNode = null, this.#dispatchUpdateStates({
        hasSelectedText: !1
      }));
      return;
    }
    if (this.#floatingToolbar?.hide(), this.#selectedTextNode = anchorNode, this.#dispatchUpdateStates({
      hasSelectedText: !0
    }), !(this.#mode !== AnnotationEditorType.HIGHLIGHT && this.#mode !== AnnotationEditorType.NONE) && (this.#mode === AnnotationEditorType.HIGHLIGHT && this.showAllEditors("highlight", !0, !0), this.#highlightWhenShiftUp = this.isShiftKeyDown, !this.isShiftKeyDown)) {
      let activeLayer = this.#mode === AnnotationEditorType.HIGHLIGHT ? this.#getLayerForTextLayer(textLayer) : null;
      if (activeLayer?.toggleDrawing(), this.#isPointerDown) {
        let ac = new AbortController(), signal = this.combinedSignal(ac), pointerup = (e) => {
          e.type === "pointerup" && e.button !== 0 || (ac.abort(), activeLayer?.toggleDrawing(!0), e.type === "pointerup" && this.#onSelectEnd("main_toolbar"));
        };
        window.addEventListener("pointerup", pointerup, {
          signal
        }), window.addEventListener("blur", pointerup, {
          signal
        });
      } else
        activeLayer?.toggleDrawing(!0), this.#onSelectEnd("main_toolbar");
    }
  }
  #onSelectEnd(methodOfCreation = "") {
    this.#mode === AnnotationEditorType.HIGHLIGHT ? this.highlightSelection(methodOfCreation) : this.#enableHighlightFloatingButton && this.#displayFloatingToolbar();
  }
  #addSelectionListener() {
    document.addEventListener("selectionchange", this.#selectionChange.bind(this), {
      signal: this._signal
    });
  }
  #addFocusManager() {
    if (this.#focusManagerAC)
      return;
    this.#focusManagerAC = new AbortController();
    let signal = this.combinedSignal(this.#focusManagerAC);
    window.addEventListener("focus", this.focus.bind(this), {
      signal
    }), window.addEventListener("blur", this.blur.bind(this), {
      signal
    });
  }
  #removeFocusManager() {
    this.#focusManagerAC?.abort(), this.#focusManagerAC = null;
  }
  blur() {
    if (this.isShiftKeyDown = !1, this.#highlightWhenShiftUp && (this.#highlightWhenShiftUp = !1, this.#onSelectEnd("main_toolbar")), !this.hasSelection)
      return;
    let {
      activeElement
    } = document;
    for (let editor of this.#selectedEditors)
      if (editor.div.contains(activeElement)) {
        this.#lastActiveElement = [editor, activeElement], editor._focusEventsAllowed = !1;
        break;
      }
  }
  focus() {
    if (!this.#lastActiveElement)
      return;
    let [lastEditor, lastActiveElement] = this.#lastActiveElement;
    this.#lastActiveElement = null, lastActiveElement.addEventListener("focusin", () => {
      lastEditor._focusEventsAllowed = !0;
    }, {
      once: !0,
      signal: this._signal
    }), lastActiveElement.focus();
  }
  #addKeyboardManager() {
    if (this.#keyboardManagerAC)
      return;
    this.#keyboardManagerAC = new AbortController();
    let signal = this.combinedSignal(this.#keyboardManagerAC);
    window.addEventListener("keydown", this.keydown.bind(this), {
      signal
    }), window.addEventListener("keyup", this.keyup.bind(this), {
      signal
    });
  }
  #removeKeyboardManager() {
    this.#keyboardManagerAC?.abort(), this.#keyboardManagerAC = null;
  }
  #addCopyPasteListeners() {
    if (this.#copyPasteAC)
      return;
    this.#copyPasteAC = new AbortController();
    let signal = this.combinedSignal(this.#copyPasteAC);
    document.addEventListener("copy", this.copy.bind(this), {
      signal
    }), document.addEventListener("cut", this.cut.bind(this), {
      signal
    }), document.addEventListener("paste", this.paste.bind(this), {
      signal
    });
  }
  #removeCopyPasteListeners() {
    this.#copyPasteAC?.abort(), this.#copyPasteAC = null;
  }
  #addDragAndDropListeners() {
    let signal = this._signal;
    document.addEventListener("dragover", this.dragOver.bind(this), {
      signal
    }), document.addEventListener("drop", this.drop.bind(this), {
      signal
    });
  }
  addEditListeners() {
    this.#addKeyboardManager(), this.setEditingState(!0);
  }
  removeEditListeners() {
    this.#removeKeyboardManager(), this.setEditingState(!1);
  }
  dragOver(event) {
    for (let {
      type
    } of event.dataTransfer.items)
      for (let editorType of this.#editorTypes)
        if (editorType.isHandlingMimeForPasting(type)) {
          event.dataTransfer.dropEffect = "copy", event.preventDefault();
          return;
        }
  }
  drop(event) {
    for (let item of event.dataTransfer.items)
      for (let editorType of this.#editorTypes)
        if (editorType.isHandlingMimeForPasting(item.type)) {
          editorType.paste(item, this.currentLayer), event.preventDefault();
          return;
        }
  }
  copy(event) {
    if (event.preventDefault(), this.#activeEditor?.commitOrRemove(), !this.hasSelection)
      return;
    let editors = [];
    for (let editor of this.#selectedEditors) {
      let serialized = editor.serialize(!0);
      serialized && editors.push(serialized);
    }
    editors.length !== 0 && event.clipboardData.setData("application/pdfjs", JSON.stringify(editors));
  }
  cut(event) {
    this.copy(event), this.delete();
  }
  async paste(event) {
    event.preventDefault();
    let {
      clipboardData
    } = event;
    for (let item of clipboardData.items)
      for (let editorType of this.#editorTypes)
        if (editorType.isHandlingMimeForPasting(item.type)) {
          editorType.paste(item, this.currentLayer);
          return;
        }
    let data = clipboardData.getData("application/pdfjs");
    if (!data)
      return;
    try {
      data = JSON.parse(data);
    } catch (ex) {
      warn(`paste: "${ex.message}".`);
      return;
    }
    if (!Array.isArray(data))
      return;
    this.unselectAll();
    let layer = this.currentLayer;
    try {
      let newEditors = [];
      for (let editor of data) {
        let deserializedEditor = await layer.deserialize(editor);
        if (!deserializedEditor)
          return;
        newEditors.push(deserializedEditor);
      }
      let cmd = () => {
        for (let editor of newEditors)
          this.#addEditorToLayer(editor);
        this.#selectEditors(newEditors);
      }, undo = () => {
        for (let editor of newEditors)
          editor.remove();
      };
      this.addCommands({
        cmd,
        undo,
        mustExec: !0
      });
    } catch (ex) {
      warn(`paste: "${ex.message}".`);
    }
  }
  keydown(event) {
    !this.isShiftKeyDown && event.key === "Shift" && (this.isShiftKeyDown = !0), this.#mode !== AnnotationEditorType.NONE && !this.isEditorHandlingKeyboard && _AnnotationEditorUIManager._keyboardManager.exec(this, event);
  }
  keyup(event) {
    this.isShiftKeyDown && event.key === "Shift" && (this.isShiftKeyDown = !1, this.#highlightWhenShiftUp && (this.#highlightWhenShiftUp = !1, this.#onSelectEnd("main_toolbar")));
  }
  onEditingAction({
    name
  }) {
    switch (name) {
      case "undo":
      case "redo":
      case "delete":
      case "selectAll":
        this[name]();
        break;
      case "highlightSelection":
        this.highlightSelection("context_menu");
        break;
      case "commentSelection":
        this.commentSelection("context_menu");
        break;
    }
  }
  #dispatchUpdateStates(details) {
    Object.entries(details).some(([key, value]) => this.#previousStates[key] !== value) && (this._eventBus.dispatch("annotationeditorstateschanged", {
      source: this,
      details: Object.assign(this.#previousStates, details)
    }), this.#mode === AnnotationEditorType.HIGHLIGHT && details.hasSelectedEditor === !1 && this.#dispatchUpdateUI([[AnnotationEditorParamsType.HIGHLIGHT_FREE, !0]]));
  }
  #dispatchUpdateUI(details) {
    this._eventBus.dispatch("annotationeditorparamschanged", {
      source: this,
      details
    });
  }
  setEditingState(isEditing) {
    isEditing ? (this.#addFocusManager(), this.#addCopyPasteListeners(), this.#dispatchUpdateStates({
      isEditing: this.#mode !== AnnotationEditorType.NONE,
      isEmpty: this.#isEmpty(),
      hasSomethingToUndo: this.#commandManager.hasSomethingToUndo(),
      hasSomethingToRedo: this.#commandManager.hasSomethingToRedo(),
      hasSelectedEditor: !1
    })) : (this.#removeFocusManager(), this.#removeCopyPasteListeners(), this.#dispatchUpdateStates({
      isEditing: !1
    }), this.disableUserSelect(!1));
  }
  registerEditorTypes(types) {
    if (!this.#editorTypes) {
      this.#editorTypes = types;
      for (let editorType of this.#editorTypes)
        this.#dispatchUpdateUI(editorType.defaultPropertiesToUpdate);
    }
  }
  getId() {
    return this.#idManager.id;
  }
  get currentLayer() {
    return this.#allLayers.get(this.#currentPageIndex);
  }
  getLayer(pageIndex) {
    return this.#allLayers.get(pageIndex);
  }
  get currentPageIndex() {
    return this.#currentPageIndex;
  }
  addLayer(layer) {
    this.#allLayers.set(layer.pageIndex, layer), this.#isEnabled ? layer.enable() : layer.disable();
  }
  removeLayer(layer) {
    this.#allLayers.delete(layer.pageIndex);
  }
  async updateMode(mode, editId = null, isFromUser = !1, isFromKeyboard = !1, mustEnterInEditMode = !1, editComment = !1) {
    if (this.#mode !== mode && !(this.#updateModeCapability && (await this.#updateModeCapability.promise, !this.#updateModeCapability))) {
      if (this.#updateModeCapability = Promise.withResolvers(), this.#currentDrawingSession?.commitOrRemove(), this.#mode === AnnotationEditorType.POPUP && this.#commentManager?.hideSidebar(), this.#commentManager?.destroyPopup(), this.#mode = mode, mode === AnnotationEditorType.NONE) {
        this.setEditingState(!1), this.#disableAll();
        for (let editor of this.#allEditors.values())
          editor.hideStandaloneCommentButton();
        this._editorUndoBar?.hide(), this.toggleComment(null), this.#updateModeCapability.resolve();
        return;
      }
      for (let editor of this.#allEditors.values())
        editor.addStandaloneCommentButton();
      mode === AnnotationEditorType.SIGNATURE && await this.#signatureManager?.loadSignatures(), isFromUser && CurrentPointers.clearPointerType(), this.setEditingState(!0), await this.#enableAll(), this.unselectAll();
      for (let layer of this.#allLayers.values())
        layer.updateMode(mode);
      if (mode === AnnotationEditorType.POPUP) {
        this.#allEditableAnnotations ||= await this.#pdfDocument.getAnnotationsByType(new Set(this.#editorTypes.map((editorClass) => editorClass._editorType)));
        let elementIds = /* @__PURE__ */ new Set(), allComments = [];
        for (let editor of this.#allEditors.values()) {
          let {
            annotationElementId,
            hasComment,
            deleted
          } = editor;
          annotationElementId && elementIds.add(annotationElementId), hasComment && !deleted && allComments.push(editor.getData());
        }
        for (let annotation of this.#allEditableAnnotations) {
          let {
            id,
            popupRef,
            contentsObj
          } = annotation;
          popupRef && contentsObj?.str && !elementIds.has(id) && !this.#deletedAnnotationsElementIds.has(id) && allComments.push(annotation);
        }
        this.#commentManager?.showSidebar(allComments);
      }
      if (!editId) {
        isFromKeyboard && this.addNewEditorFromKeyboard(), this.#updateModeCapability.resolve();
        return;
      }
      for (let editor of this.#allEditors.values())
        editor.uid === editId ? (this.setSelected(editor), editComment ? editor.editComment() : mustEnterInEditMode ? editor.enterInEditMode() : editor.focus()) : editor.unselect();
      this.#updateModeCapability.resolve();
    }
  }
  addNewEditorFromKeyboard() {
    this.currentLayer.canCreateNewEmptyEditor() && this.currentLayer.addNewEditor();
  }
  updateToolbar(options) {
    options.mode !== this.#mode && this._eventBus.dispatch("switchannotationeditormode", {
      source: this,
      ...options
    });
  }
  updateParams(type, value) {
    if (this.#editorTypes) {
      switch (type) {
        case AnnotationEditorParamsType.CREATE:
          this.currentLayer.addNewEditor(value);
          return;
        case AnnotationEditorParamsType.HIGHLIGHT_SHOW_ALL:
          this._eventBus.dispatch("reporttelemetry", {
            source: this,
            details: {
              type: "editing",
              data: {
                type: "highlight",
                action: "toggle_visibility"
              }
            }
          }), (this.#showAllStates ||= /* @__PURE__ */ new Map()).set(type, value), this.showAllEditors("highlight", value);
          break;
      }
      if (this.hasSelection)
        for (let editor of this.#selectedEditors)
          editor.updateParams(type, value);
      else
        for (let editorType of this.#editorTypes)
          editorType.updateDefaultParams(type, value);
    }
  }
  showAllEditors(type, visible, updateButton = !1) {
    for (let editor of this.#allEditors.values())
      editor.editorType === type && editor.show(visible);
    (this.#showAllStates?.get(AnnotationEditorParamsType.HIGHLIGHT_SHOW_ALL) ?? !0) !== visible && this.#dispatchUpdateUI([[AnnotationEditorParamsType.HIGHLIGHT_SHOW_ALL, visible]]);
  }
  enableWaiting(mustWait = !1) {
    if (this.#isWaiting !== mustWait) {
      this.#isWaiting = mustWait;
      for (let layer of this.#allLayers.values())
        mustWait ? layer.disableClick() : layer.enableClick(), layer.div.classList.toggle("waiting", mustWait);
    }
  }
  async #enableAll() {
    if (!this.#isEnabled) {
      this.#isEnabled = !0;
      let promises = [];
      for (let layer of this.#allLayers.values())
        promises.push(layer.enable());
      await Promise.all(promises);
      for (let editor of this.#allEditors.values())
        editor.enable();
    }
  }
  #disableAll() {
    if (this.unselectAll(), this.#isEnabled) {
      this.#isEnabled = !1;
      for (let layer of this.#allLayers.values())
        layer.disable();
      for (let editor of this.#allEditors.values())
        editor.disable();
    }
  }
  *getEditors(pageIndex) {
    for (let editor of this.#allEditors.values())
      editor.pageIndex === pageIndex && (yield editor);
  }
  getEditor(id) {
    return this.#allEditors.get(id);
  }
  addEditor(editor) {
    this.#allEditors.set(editor.id, editor);
  }
  removeEditor(editor) {
    editor.div.contains(document.activeElement) && (this.#focusMainContainerTimeoutId && clearTimeout(this.#focusMainContainerTimeoutId), this.#focusMainContainerTimeoutId = setTimeout(() => {
      this.focusMainContainer(), this.#focusMainContainerTimeoutId = null;
    }, 0)), this.#allEditors.delete(editor.id), editor.annotationElementId && this.#missingCanvases?.delete(editor.annotationElementId), this.unselect(editor), (!editor.annotationElementId || !this.#deletedAnnotationsElementIds.has(editor.annotationElementId)) && this.#annotationStorage?.remove(editor.id);
  }
  addDeletedAnnotationElement(editor) {
    this.#deletedAnnotationsElementIds.add(editor.annotationElementId), this.addChangedExistingAnnotation(editor), editor.deleted = !0;
  }
  isDeletedAnnotationElement(annotationElementId) {
    return this.#deletedAnnotationsElementIds.has(annotationElementId);
  }
  removeDeletedAnnotationElement(editor) {
    this.#deletedAnnotationsElementIds.delete(editor.annotationElementId), this.removeChangedExistingAnnotation(editor), editor.deleted = !1;
  }
  #addEditorToLayer(editor) {
    let layer = this.#allLayers.get(editor.pageIndex);
    layer ? layer.addOrRebuild(editor) : (this.addEditor(editor), this.addToAnnotationStorage(editor));
  }
  setActiveEditor(editor) {
    this.#activeEditor !== editor && (this.#activeEditor = editor, editor && this.#dispatchUpdateUI(editor.propertiesToUpdate));
  }
  get #lastSelectedEditor() {
    let ed = null;
    for (ed of this.#selectedEditors)
      ;
    return ed;
  }
  updateUI(editor) {
    this.#lastSelectedEditor === editor && this.#dispatchUpdateUI(editor.propertiesToUpdate);
  }
  updateUIForDefaultProperties(editorType) {
    this.#dispatchUpdateUI(editorType.defaultPropertiesToUpdate);
  }
  toggleSelected(editor) {
    if (this.#selectedEditors.has(editor)) {
      this.#selectedEditors.delete(editor), editor.unselect(), this.#dispatchUpdateStates({
        hasSelectedEditor: this.hasSelection
      });
      return;
    }
    this.#selectedEditors.add(editor), editor.select(), this.#dispatchUpdateUI(editor.propertiesToUpdate), this.#dispatchUpdateStates({
      hasSelectedEditor: !0
    });
  }
  setSelected(editor) {
    this.updateToolbar({
      mode: editor.mode,
      editId: editor.uid
    }), this.#currentDrawingSession?.commitOrRemove();
    for (let ed of this.#selectedEditors)
      ed !== editor && ed.unselect();
    this.#selectedEditors.clear(), this.#selectedEditors.add(editor), editor.select(), this.#dispatchUpdateUI(editor.propertiesToUpdate), this.#dispatchUpdateStates({
      hasSelectedEditor: !0
    });
  }
  isSelected(editor) {
    return this.#selectedEditors.has(editor);
  }
  get firstSelectedEditor() {
    return this.#selectedEditors.values().next().value;
  }
  unselect(editor) {
    editor.unselect(), this.#selectedEditors.delete(editor), this.#dispatchUpdateStates({
      hasSelectedEditor: this.hasSelection
    });
  }
  get hasSelection() {
    return this.#selectedEditors.size !== 0;
  }
  get isEnterHandled() {
    return this.#selectedEditors.size === 1 && this.firstSelectedEditor.isEnterHandled;
  }
  undo() {
    this.#commandManager.undo(), this.#dispatchUpdateStates({
      hasSomethingToUndo: this.#commandManager.hasSomethingToUndo(),
      hasSomethingToRedo: !0,
      isEmpty: this.#isEmpty()
    }), this._editorUndoBar?.hide();
  }
  redo() {
    this.#commandManager.redo(), this.#dispatchUpdateStates({
      hasSomethingToUndo: !0,
      hasSomethingToRedo: this.#commandManager.hasSomethingToRedo(),
      isEmpty: this.#isEmpty()
    });
  }
  addCommands(params) {
    this.#commandManager.add(params), this.#dispatchUpdateStates({
      hasSomethingToUndo: !0,
      hasSomethingToRedo: !1,
      isEmpty: this.#isEmpty()
    });
  }
  cleanUndoStack(type) {
    this.#commandManager.cleanType(type);
  }
  #isEmpty() {
    if (this.#allEditors.size === 0)
      return !0;
    if (this.#allEditors.size === 1)
      for (let editor of this.#allEditors.values())
        return editor.isEmpty();
    return !1;
  }
  delete() {
    this.commitOrRemove();
    let drawingEditor = this.currentLayer?.endDrawingSession(!0);
    if (!this.hasSelection && !drawingEditor)
      return;
    let editors = drawingEditor ? [drawingEditor] : [...this.#selectedEditors], cmd = () => {
      this._editorUndoBar?.show(undo, editors.length === 1 ? editors[0].editorType : editors.length);
      for (let editor of editors)
        editor.remove();
    }, undo = () => {
      for (let editor of editors)
        this.#addEditorToLayer(editor);
    };
    this.addCommands({
      cmd,
      undo,
      mustExec: !0
    });
  }
  commitOrRemove() {
    this.#activeEditor?.commitOrRemove();
  }
  hasSomethingToControl() {
    return this.#activeEditor || this.hasSelection;
  }
  #selectEditors(editors) {
    for (let editor of this.#selectedEditors)
      editor.unselect();
    this.#selectedEditors.clear();
    for (let editor of editors)
      editor.isEmpty() || (this.#selectedEditors.add(editor), editor.select());
    this.#dispatchUpdateStates({
      hasSelectedEditor: this.hasSelection
    });
  }
  selectAll() {
    for (let editor of this.#selectedEditors)
      editor.commit();
    this.#selectEditors(this.#allEditors.values());
  }
  unselectAll() {
    if (!(this.#activeEditor && (this.#activeEditor.commitOrRemove(), this.#mode !== AnnotationEditorType.NONE)) && !this.#currentDrawingSession?.commitOrRemove() && this.hasSelection) {
      for (let editor of this.#selectedEditors)
        editor.unselect();
      this.#selectedEditors.clear(), this.#dispatchUpdateStates({
        hasSelectedEditor: !1
      });
    }
  }
  translateSelectedEditors(x, y, noCommit = !1) {
    if (noCommit || this.commitOrRemove(), !this.hasSelection)
      return;
    this.#translation[0] += x, this.#translation[1] += y;
    let [totalX, totalY] = this.#translation, editors = [...this.#selectedEditors], TIME_TO_WAIT = 1e3;
    this.#translationTimeoutId && clearTimeout(this.#translationTimeoutId), this.#translationTimeoutId = setTimeout(() => {
      this.#translationTimeoutId = null, this.#translation[0] = this.#translation[1] = 0, this.addCommands({
        cmd: () => {
          for (let editor of editors)
            this.#allEditors.has(editor.id) && (editor.translateInPage(totalX, totalY), editor.translationDone());
        },
        undo: () => {
          for (let editor of editors)
            this.#allEditors.has(editor.id) && (editor.translateInPage(-totalX, -totalY), editor.translationDone());
        },
        mustExec: !1
      });
    }, TIME_TO_WAIT);
    for (let editor of editors)
      editor.translateInPage(x, y), editor.translationDone();
  }
  setUpDragSession() {
    if (this.hasSelection) {
      this.disableUserSelect(!0), this.#draggingEditors = /* @__PURE__ */ new Map();
      for (let editor of this.#selectedEditors)
        this.#draggingEditors.set(editor, {
          savedX: editor.x,
          savedY: editor.y,
          savedPageIndex: editor.pageIndex,
          newX: 0,
          newY: 0,
          newPageIndex: -1
        });
    }
  }
  endDragSession() {
    if (!this.#draggingEditors)
      return !1;
    this.disableUserSelect(!1);
    let map = this.#draggingEditors;
    this.#draggingEditors = null;
    let mustBeAddedInUndoStack = !1;
    for (let [{
      x,
      y,
      pageIndex
    }, value] of map)
      value.newX = x, value.newY = y, value.newPageIndex = pageIndex, mustBeAddedInUndoStack ||= x !== value.savedX || y !== value.savedY || pageIndex !== value.savedPageIndex;
    if (!mustBeAddedInUndoStack)
      return !1;
    let move = (editor, x, y, pageIndex) => {
      if (this.#allEditors.has(editor.id)) {
        let parent = this.#allLayers.get(pageIndex);
        parent ? editor._setParentAndPosition(parent, x, y) : (editor.pageIndex = pageIndex, editor.x = x, editor.y = y);
      }
    };
    return this.addCommands({
      cmd: () => {
        for (let [editor, {
          newX,
          newY,
          newPageIndex
        }] of map)
          move(editor, newX, newY, newPageIndex);
      },
      undo: () => {
        for (let [editor, {
          savedX,
          savedY,
          savedPageIndex
        }] of map)
          move(editor, savedX, savedY, savedPageIndex);
      },
      mustExec: !0
    }), !0;
  }
  dragSelectedEditors(tx, ty) {
    if (this.#draggingEditors)
      for (let editor of this.#draggingEditors.keys())
        editor.drag(tx, ty);
  }
  rebuild(editor) {
    if (editor.parent === null) {
      let parent = this.getLayer(editor.pageIndex);
      parent ? (parent.changeParent(editor), parent.addOrRebuild(editor)) : (this.addEditor(editor), this.addToAnnotationStorage(editor), editor.rebuild());
    } else
      editor.parent.addOrRebuild(editor);
  }
  get isEditorHandlingKeyboard() {
    return this.getActive()?.shouldGetKeyboardEvents() || this.#selectedEditors.size === 1 && this.firstSelectedEditor.shouldGetKeyboardEvents();
  }
  isActive(editor) {
    return this.#activeEditor === editor;
  }
  getActive() {
    return this.#activeEditor;
  }
  getMode() {
    return this.#mode;
  }
  isEditingMode() {
    return this.#mode !== AnnotationEditorType.NONE;
  }
  get imageManager() {
    return shadow(this, "imageManager", new ImageManager());
  }
  getSelectionBoxes(textLayer) {
    if (!textLayer)
      return null;
    let selection = document.getSelection();
    for (let i = 0, ii = selection.rangeCount; i < ii; i++)
      if (!textLayer.contains(selection.getRangeAt(i).commonAncestorContainer))
        return null;
    let {
      x: layerX,
      y: layerY,
      width: parentWidth,
      height: parentHeight
    } = textLayer.getBoundingClientRect(), rotator;
    switch (textLayer.getAttribute("data-main-rotation")) {
      case "90":
        rotator = (x, y, w, h) => ({
          x: (y - layerY) / parentHeight,
          y: 1 - (x + w - layerX) / parentWidth,
          width: h / parentHeight,
          height: w / parentWidth
        });
        break;
      case "180":
        rotator = (x, y, w, h) => ({
          x: 1 - (x + w - layerX) / parentWidth,
          y: 1 - (y + h - layerY) / parentHeight,
          width: w / parentWidth,
          height: h / parentHeight
        });
        break;
      case "270":
        rotator = (x, y, w, h) => ({
          x: 1 - (y + h - layerY) / parentHeight,
          y: (x - layerX) / parentWidth,
          width: h / parentHeight,
          height: w / parentWidth
        });
        break;
      default:
        rotator = (x, y, w, h) => ({
          x: (x - layerX) / parentWidth,
          y: (y - layerY) / parentHeight,
          width: w / parentWidth,
          height: h / parentHeight
        });
        break;
    }
    let boxes = [];
    for (let i = 0, ii = selection.rangeCount; i < ii; i++) {
      let range = selection.getRangeAt(i);
      if (!range.collapsed)
        for (let {
          x,
          y,
          width,
          height
        } of range.getClientRects())
          width === 0 || height === 0 || boxes.push(rotator(x, y, width, height));
    }
    return boxes.length === 0 ? null : boxes;
  }
  addChangedExistingAnnotation({
    annotationElementId,
    id
  }) {
    (this.#changedExistingAnnotations ||= /* @__PURE__ */ new Map()).set(annotationElementId, id);
  }
  removeChangedExistingAnnotation({
    annotationElementId
  }) {
    this.#changedExistingAnnotations?.delete(annotationElementId);
  }
  renderAnnotationElement(annotation) {
    let editorId = this.#changedExistingAnnotations?.get(annotation.data.id);
    if (!editorId)
      return;
    let editor = this.#annotationStorage.getRawValue(editorId);
    editor && (this.#mode === AnnotationEditorType.NONE && !editor.hasBeenModified || editor.renderAnnotationElement(annotation));
  }
  setMissingCanvas(annotationId, annotationElementId, canvas) {
    let editor = this.#missingCanvases?.get(annotationId);
    editor && (editor.setCanvas(annotationElementId, canvas), this.#missingCanvases.delete(annotationId));
  }
  addMissingCanvas(annotationId, editor) {
    (this.#missingCanvases ||= /* @__PURE__ */ new Map()).set(annotationId, editor);
  }
}, AltText = class _AltText {
  #altText = null;
  #altTextDecorative = !1;
  #altTextButton = null;
  #altTextButtonLabel = null;
  #altTextTooltip = null;
  #altTextTooltipTimeout = null;
  #altTextWasFromKeyBoard = !1;
  #badge = null;
  #editor = null;
  #guessedText = null;
  #textWithDisclaimer = null;
  #useNewAltTextFlow = !1;
  static #l10nNewButton = null;
  static _l10n = null;
  constructor(editor) {
    this.#editor = editor, this.#useNewAltTextFlow = editor._uiManager.useNewAltTextFlow, _AltText.#l10nNewButton ||= Object.freeze({
      added: "pdfjs-editor-new-alt-text-added-button",
      "added-label": "pdfjs-editor-new-alt-text-added-button-label",
      missing: "pdfjs-editor-new-alt-text-missing-button",
      "missing-label": "pdfjs-editor-new-alt-text-missing-button-label",
      review: "pdfjs-editor-new-alt-text-to-review-button",
      "review-label": "pdfjs-editor-new-alt-text-to-review-button-label"
    });
  }
  static initialize(l10n) {
    _AltText._l10n ??= l10n;
  }
  async render() {
    let altText = this.#altTextButton = document.createElement("button");
    altText.className = "altText", altText.tabIndex = "0";
    let label = this.#altTextButtonLabel = document.createElement("span");
    altText.append(label), this.#useNewAltTextFlow ? (altText.classList.add("new"), altText.setAttribute("data-l10n-id", _AltText.#l10nNewButton.missing), label.setAttribute("data-l10n-id", _AltText.#l10nNewButton["missing-label"])) : (altText.setAttribute("data-l10n-id", "pdfjs-editor-alt-text-button"), label.setAttribute("data-l10n-id", "pdfjs-editor-alt-text-button-label"));
    let signal = this.#editor._uiManager._signal;
    altText.addEventListener("contextmenu", noContextMenu, {
      signal
    }), altText.addEventListener("pointerdown", (event) => event.stopPropagation(), {
      signal
    });
    let onClick = (event) => {
      event.preventDefault(), this.#editor._uiManager.editAltText(this.#editor), this.#useNewAltTextFlow && this.#editor._reportTelemetry({
        action: "pdfjs.image.alt_text.image_status_label_clicked",
        data: {
          label: this.#label
        }
      });
    };
    return altText.addEventListener("click", onClick, {
      capture: !0,
      signal
    }), altText.addEventListener("keydown", (event) => {
      event.target === altText && event.key === "Enter" && (this.#altTextWasFromKeyBoard = !0, onClick(event));
    }, {
      signal
    }), await this.#setState(), altText;
  }
  get #label() {
    return this.#altText && "added" || this.#altText === null && this.guessedText && "review" || "missing";
  }
  finish() {
    this.#altTextButton && (this.#altTextButton.focus({
      focusVisible: this.#altTextWasFromKeyBoard
    }), this.#altTextWasFromKeyBoard = !1);
  }
  isEmpty() {
    return this.#useNewAltTextFlow ? this.#altText === null : !this.#altText && !this.#altTextDecorative;
  }
  hasData() {
    return this.#useNewAltTextFlow ? this.#altText !== null || !!this.#guessedText : this.isEmpty();
  }
  get guessedText() {
    return this.#guessedText;
  }
  async setGuessedText(guessedText) {
    this.#altText === null && (this.#guessedText = guessedText, this.#textWithDisclaimer = await _AltText._l10n.get("pdfjs-editor-new-alt-text-generated-alt-text-with-disclaimer", {
      generatedAltText: guessedText
    }), this.#setState());
  }
  toggleAltTextBadge(visibility = !1) {
    if (!this.#useNewAltTextFlow || this.#altText) {
      this.#badge?.remove(), this.#badge = null;
      return;
    }
    if (!this.#badge) {
      let badge = this.#badge = document.createElement("div");
      badge.className = "noAltTextBadge", this.#editor.div.append(badge);
    }
    this.#badge.classList.toggle("hidden", !visibility);
  }
  serialize(isForCopying) {
    let altText = this.#altText;
    return !isForCopying && this.#guessedText === altText && (altText = this.#textWithDisclaimer), {
      altText,
      decorative: this.#altTextDecorative,
      guessedText: this.#guessedText,
      textWithDisclaimer: this.#textWithDisclaimer
    };
  }
  get data() {
    return {
      altText: this.#altText,
      decorative: this.#altTextDecorative
    };
  }
  set data({
    altText,
    decorative,
    guessedText,
    textWithDisclaimer,
    cancel = !1
  }) {
    guessedText && (this.#guessedText = guessedText, this.#textWithDisclaimer = textWithDisclaimer), !(this.#altText === altText && this.#altTextDecorative === decorative) && (cancel || (this.#altText = altText, this.#altTextDecorative = decorative), this.#setState());
  }
  toggle(enabled = !1) {
    this.#altTextButton && (!enabled && this.#altTextTooltipTimeout && (clearTimeout(this.#altTextTooltipTimeout), this.#altTextTooltipTimeout = null), this.#altTextButton.disabled = !enabled);
  }
  shown() {
    this.#editor._reportTelemetry({
      action: "pdfjs.image.alt_text.image_status_label_displayed",
      data: {
        label: this.#label
      }
    });
  }
  destroy() {
    this.#altTextButton?.remove(), this.#altTextButton = null, this.#altTextButtonLabel = null, this.#altTextTooltip = null, this.#badge?.remove(), this.#badge = null;
  }
  async #setState() {
    let button = this.#altTextButton;
    if (!button)
      return;
    if (this.#useNewAltTextFlow) {
      if (button.classList.toggle("done", !!this.#altText), button.setAttribute("data-l10n-id", _AltText.#l10nNewButton[this.#label]), this.#altTextButtonLabel?.setAttribute("data-l10n-id", _AltText.#l10nNewButton[`${this.#label}-label`]), !this.#altText) {
        this.#altTextTooltip?.remove();
        return;
      }
    } else {
      if (!this.#altText && !this.#altTextDecorative) {
        button.classList.remove("done"), this.#altTextTooltip?.remove();
        return;
      }
      button.classList.add("done"), button.setAttribute("data-l10n-id", "pdfjs-editor-alt-text-edit-button");
    }
    let tooltip = this.#altTextTooltip;
    if (!tooltip) {
      this.#altTextTooltip = tooltip = document.createElement("span"), tooltip.className = "tooltip", tooltip.setAttribute("role", "tooltip"), tooltip.id = `alt-text-tooltip-${this.#editor.id}`;
      let DELAY_TO_SHOW_TOOLTIP = 100, signal = this.#editor._uiManager._signal;
      signal.addEventListener("abort", () => {
        clearTimeout(this.#altTextTooltipTimeout), this.#altTextTooltipTimeout = null;
      }, {
        once: !0
      }), button.addEventListener("mouseenter", () => {
        this.#altTextTooltipTimeout = setTimeout(() => {
          this.#altTextTooltipTimeout = null, this.#altTextTooltip.classList.add("show"), this.#editor._reportTelemetry({
            action: "alt_text_tooltip"
          });
        }, DELAY_TO_SHOW_TOOLTIP);
      }, {
        signal
      }), button.addEventListener("mouseleave", () => {
        this.#altTextTooltipTimeout && (clearTimeout(this.#altTextTooltipTimeout), this.#altTextTooltipTimeout = null), this.#altTextTooltip?.classList.remove("show");
      }, {
        signal
      });
    }
    this.#altTextDecorative ? tooltip.setAttribute("data-l10n-id", "pdfjs-editor-alt-text-decorative-tooltip") : (tooltip.removeAttribute("data-l10n-id"), tooltip.textContent = this.#altText), tooltip.parentNode || button.append(tooltip), this.#editor.getElementForAltText()?.setAttribute("aria-describedby", tooltip.id);
  }
}, Comment = class {
  #commentStandaloneButton = null;
  #commentToolbarButton = null;
  #commentWasFromKeyBoard = !1;
  #editor = null;
  #initialText = null;
  #richText = null;
  #text = null;
  #date = null;
  #deleted = !1;
  #popupPosition = null;
  constructor(editor) {
    this.#editor = editor;
  }
  renderForToolbar() {
    let button = this.#commentToolbarButton = document.createElement("button");
    return button.className = "comment", this.#render(button, !1);
  }
  renderForStandalone() {
    let button = this.#commentStandaloneButton = document.createElement("button");
    button.className = "annotationCommentButton";
    let position = this.#editor.commentButtonPosition;
    if (position) {
      let {
        style
      } = button;
      style.insetInlineEnd = `calc(${100 * (this.#editor._uiManager.direction === "ltr" ? 1 - position[0] : position[0])}% - var(--comment-button-dim))`, style.top = `calc(${100 * position[1]}% - var(--comment-button-dim))`;
      let color = this.#editor.commentButtonColor;
      color && (style.backgroundColor = color);
    }
    return this.#render(button, !0);
  }
  focusButton() {
    setTimeout(() => {
      (this.#commentStandaloneButton ?? this.#commentToolbarButton)?.focus();
    }, 0);
  }
  onUpdatedColor() {
    if (!this.#commentStandaloneButton)
      return;
    let color = this.#editor.commentButtonColor;
    color && (this.#commentStandaloneButton.style.backgroundColor = color), this.#editor._uiManager.updatePopupColor(this.#editor);
  }
  get commentButtonWidth() {
    return (this.#commentStandaloneButton?.getBoundingClientRect().width ?? 0) / this.#editor.parent.boundingClientRect.width;
  }
  get commentPopupPositionInLayer() {
    if (this.#popupPosition)
      return this.#popupPosition;
    if (!this.#commentStandaloneButton)
      return null;
    let {
      x,
      y,
      height
    } = this.#commentStandaloneButton.getBoundingClientRect(), {
      x: parentX,
      y: parentY,
      width: parentWidth,
      height: parentHeight
    } = this.#editor.parent.boundingClientRect;
    return [(x - parentX) / parentWidth, (y + height - parentY) / parentHeight];
  }
  set commentPopupPositionInLayer(pos) {
    this.#popupPosition = pos;
  }
  hasDefaultPopupPosition() {
    return this.#popupPosition === null;
  }
  removeStandaloneCommentButton() {
    this.#commentStandaloneButton?.remove(), this.#commentStandaloneButton = null;
  }
  removeToolbarCommentButton() {
    this.#commentToolbarButton?.remove(), this.#commentToolbarButton = null;
  }
  setCommentButtonStates({
    selected,
    hasPopup
  }) {
    this.#commentStandaloneButton && (this.#commentStandaloneButton.classList.toggle("selected", selected), this.#commentStandaloneButton.ariaExpanded = hasPopup);
  }
  #render(comment, isStandalone) {
    if (!this.#editor._uiManager.hasCommentManager())
      return null;
    comment.tabIndex = "0", comment.ariaHasPopup = "dialog", isStandalone ? (comment.ariaControls = "commentPopup", comment.setAttribute("data-l10n-id", "pdfjs-show-comment-button")) : (comment.ariaControlsElements = [this.#editor._uiManager.getCommentDialogElement()], comment.setAttribute("data-l10n-id", "pdfjs-editor-add-comment-button"));
    let signal = this.#editor._uiManager._signal;
    if (!(signal instanceof AbortSignal) || signal.aborted)
      return comment;
    comment.addEventListener("contextmenu", noContextMenu, {
      signal
    }), isStandalone && (comment.addEventListener("focusin", (e) => {
      this.#editor._focusEventsAllowed = !1, stopEvent(e);
    }, {
      capture: !0,
      signal
    }), comment.addEventListener("focusout", (e) => {
      this.#editor._focusEventsAllowed = !0, stopEvent(e);
    }, {
      capture: !0,
      signal
    })), comment.addEventListener("pointerdown", (event) => event.stopPropagation(), {
      signal
    });
    let onClick = (event) => {
      event.preventDefault(), comment === this.#commentToolbarButton ? this.edit() : this.#editor.toggleComment(!0);
    };
    return comment.addEventListener("click", onClick, {
      capture: !0,
      signal
    }), comment.addEventListener("keydown", (event) => {
      event.target === comment && event.key === "Enter" && (this.#commentWasFromKeyBoard = !0, onClick(event));
    }, {
      signal
    }), comment.addEventListener("pointerenter", () => {
      this.#editor.toggleComment(!1, !0);
    }, {
      signal
    }), comment.addEventListener("pointerleave", () => {
      this.#editor.toggleComment(!1, !1);
    }, {
      signal
    }), comment;
  }
  edit(options) {
    let position = this.commentPopupPositionInLayer, posX, posY;
    if (position)
      [posX, posY] = position;
    else {
      [posX, posY] = this.#editor.commentButtonPosition;
      let {
        width,
        height,
        x,
        y
      } = this.#editor;
      posX = x + posX * width, posY = y + posY * height;
    }
    let parentDimensions = this.#editor.parent.boundingClientRect, {
      x: parentX,
      y: parentY,
      width: parentWidth,
      height: parentHeight
    } = parentDimensions;
    this.#editor._uiManager.editComment(this.#editor, parentX + posX * parentWidth, parentY + posY * parentHeight, {
      ...options,
      parentDimensions
    });
  }
  finish() {
    this.#commentToolbarButton && (this.#commentToolbarButton.focus({
      focusVisible: this.#commentWasFromKeyBoard
    }), this.#commentWasFromKeyBoard = !1);
  }
  isDeleted() {
    return this.#deleted || this.#text === "";
  }
  isEmpty() {
    return this.#text === null;
  }
  hasBeenEdited() {
    return this.isDeleted() || this.#text !== this.#initialText;
  }
  serialize() {
    return this.data;
  }
  get data() {
    return {
      text: this.#text,
      richText: this.#richText,
      date: this.#date,
      deleted: this.isDeleted()
    };
  }
  set data(text) {
    if (text !== this.#text && (this.#richText = null), text === null) {
      this.#text = "", this.#deleted = !0;
      return;
    }
    this.#text = text, this.#date = /* @__PURE__ */ new Date(), this.#deleted = !1;
  }
  restoreData({
    text,
    richText,
    date
  }) {
    this.#text = text, this.#richText = richText, this.#date = date, this.#deleted = !1;
  }
  setInitialText(text, richText = null) {
    this.#initialText = text, this.data = text, this.#date = null, this.#richText = richText;
  }
  shown() {
  }
  destroy() {
    this.#commentToolbarButton?.remove(), this.#commentToolbarButton = null, this.#commentStandaloneButton?.remove(), this.#commentStandaloneButton = null, this.#text = "", this.#richText = null, this.#date = null, this.#editor = null, this.#commentWasFromKeyBoard = !1, this.#deleted = !1;
  }
}, TouchManager = class _TouchManager {
  #container;
  #isPinching = !1;
  #isPinchingStopped = null;
  #isPinchingDisabled;
  #onPinchStart;
  #onPinching;
  #onPinchEnd;
  #pointerDownAC = null;
  #signal;
  #touchInfo = null;
  #touchManagerAC;
  #touchMoveAC = null;
  constructor({
    container,
    isPinchingDisabled = null,
    isPinchingStopped = null,
    onPinchStart = null,
    onPinching = null,
    onPinchEnd = null,
    signal
  }) {
    this.#container = container, this.#isPinchingStopped = isPinchingStopped, this.#isPinchingDisabled = isPinchingDisabled, this.#onPinchStart = onPinchStart, this.#onPinching = onPinching, this.#onPinchEnd = onPinchEnd, this.#touchManagerAC = new AbortController(), this.#signal = AbortSignal.any([signal, this.#touchManagerAC.signal]), container.addEventListener("touchstart", this.#onTouchStart.bind(this), {
      passive: !1,
      signal: this.#signal
    });
  }
  get MIN_TOUCH_DISTANCE_TO_PINCH() {
    return 35 / OutputScale.pixelRatio;
  }
  #onTouchStart(evt) {
    if (this.#isPinchingDisabled?.())
      return;
    if (evt.touches.length === 1) {
      if (this.#pointerDownAC)
        return;
      let pointerDownAC = this.#pointerDownAC = new AbortController(), signal = AbortSignal.any([this.#signal, pointerDownAC.signal]), container = this.#container, opts = {
        capture: !0,
        signal,
        passive: !1
      }, cancelPointerDown = (e) => {
        e.pointerType === "touch" && (this.#pointerDownAC?.abort(), this.#pointerDownAC = null);
      };
      container.addEventListener("pointerdown", (e) => {
        e.pointerType === "touch" && (stopEvent(e), cancelPointerDown(e));
      }, opts), container.addEventListener("pointerup", cancelPointerDown, opts), container.addEventListener("pointercancel", cancelPointerDown, opts);
      return;
    }
    if (!this.#touchMoveAC) {
      this.#touchMoveAC = new AbortController();
      let signal = AbortSignal.any([this.#signal, this.#touchMoveAC.signal]), container = this.#container, opt = {
        signal,
        capture: !1,
        passive: !1
      };
      container.addEventListener("touchmove", this.#onTouchMove.bind(this), opt);
      let onTouchEnd = this.#onTouchEnd.bind(this);
      container.addEventListener("touchend", onTouchEnd, opt), container.addEventListener("touchcancel", onTouchEnd, opt), opt.capture = !0, container.addEventListener("pointerdown", stopEvent, opt), container.addEventListener("pointermove", stopEvent, opt), container.addEventListener("pointercancel", stopEvent, opt), container.addEventListener("pointerup", stopEvent, opt), this.#onPinchStart?.();
    }
    if (stopEvent(evt), evt.touches.length !== 2 || this.#isPinchingStopped?.()) {
      this.#touchInfo = null;
      return;
    }
    let [touch0, touch1] = evt.touches;
    touch0.identifier > touch1.identifier && ([touch0, touch1] = [touch1, touch0]), this.#touchInfo = {
      touch0X: touch0.screenX,
      touch0Y: touch0.screenY,
      touch1X: touch1.screenX,
      touch1Y: touch1.screenY
    };
  }
  #onTouchMove(evt) {
    if (!this.#touchInfo || evt.touches.length !== 2)
      return;
    stopEvent(evt);
    let [touch0, touch1] = evt.touches;
    touch0.identifier > touch1.identifier && ([touch0, touch1] = [touch1, touch0]);
    let {
      screenX: screen0X,
      screenY: screen0Y
    } = touch0, {
      screenX: screen1X,
      screenY: screen1Y
    } = touch1, touchInfo = this.#touchInfo, {
      touch0X: pTouch0X,
      touch0Y: pTouch0Y,
      touch1X: pTouch1X,
      touch1Y: pTouch1Y
    } = touchInfo, prevGapX = pTouch1X - pTouch0X, prevGapY = pTouch1Y - pTouch0Y, currGapX = screen1X - screen0X, currGapY = screen1Y - screen0Y, distance = Math.hypot(currGapX, currGapY) || 1, pDistance = Math.hypot(prevGapX, prevGapY) || 1;
    if (!this.#isPinching && Math.abs(pDistance - distance) <= _TouchManager.MIN_TOUCH_DISTANCE_TO_PINCH)
      return;
    if (touchInfo.touch0X = screen0X, touchInfo.touch0Y = screen0Y, touchInfo.touch1X = screen1X, touchInfo.touch1Y = screen1Y, !this.#isPinching) {
      this.#isPinching = !0;
      return;
    }
    let origin = [(screen0X + screen1X) / 2, (screen0Y + screen1Y) / 2];
    this.#onPinching?.(origin, pDistance, distance);
  }
  #onTouchEnd(evt) {
    evt.touches.length >= 2 || (this.#touchMoveAC && (this.#touchMoveAC.abort(), this.#touchMoveAC = null, this.#onPinchEnd?.()), this.#touchInfo && (stopEvent(evt), this.#touchInfo = null, this.#isPinching = !1));
  }
  destroy() {
    this.#touchManagerAC?.abort(), this.#touchManagerAC = null, this.#pointerDownAC?.abort(), this.#pointerDownAC = null;
  }
}, AnnotationEditor = class _AnnotationEditor {
  #accessibilityData = null;
  #allResizerDivs = null;
  #altText = null;
  #comment = null;
  #commentStandaloneButton = null;
  #disabled = !1;
  #dragPointerId = null;
  #dragPointerType = "";
  #resizersDiv = null;
  #lastPointerCoords = null;
  #savedDimensions = null;
  #fakeAnnotation = null;
  #focusAC = null;
  #focusedResizerName = "";
  #hasBeenClicked = !1;
  #initialRect = null;
  #isEditing = !1;
  #isInEditMode = !1;
  #isResizerEnabledForKeyboard = !1;
  #moveInDOMTimeout = null;
  #prevDragX = 0;
  #prevDragY = 0;
  #telemetryTimeouts = null;
  #touchManager = null;
  isSelected = !1;
  _isCopy = !1;
  _editToolbar = null;
  _initialOptions = /* @__PURE__ */ Object.create(null);
  _initialData = null;
  _isVisible = !0;
  _uiManager = null;
  _focusEventsAllowed = !0;
  static _l10n = null;
  static _l10nResizer = null;
  #isDraggable = !1;
  #zIndex = _AnnotationEditor._zIndex++;
  static _borderLineWidth = -1;
  static _colorManager = new ColorManager();
  static _zIndex = 1;
  static _telemetryTimeout = 1e3;
  static get _resizerKeyboardManager() {
    let resize = _AnnotationEditor.prototype._resizeWithKeyboard, small = AnnotationEditorUIManager.TRANSLATE_SMALL, big = AnnotationEditorUIManager.TRANSLATE_BIG;
    return shadow(this, "_resizerKeyboardManager", new KeyboardManager([[["ArrowLeft", "mac+ArrowLeft"], resize, {
      args: [-small, 0]
    }], [["ctrl+ArrowLeft", "mac+shift+ArrowLeft"], resize, {
      args: [-big, 0]
    }], [["ArrowRight", "mac+ArrowRight"], resize, {
      args: [small, 0]
    }], [["ctrl+ArrowRight", "mac+shift+ArrowRight"], resize, {
      args: [big, 0]
    }], [["ArrowUp", "mac+ArrowUp"], resize, {
      args: [0, -small]
    }], [["ctrl+ArrowUp", "mac+shift+ArrowUp"], resize, {
      args: [0, -big]
    }], [["ArrowDown", "mac+ArrowDown"], resize, {
      args: [0, small]
    }], [["ctrl+ArrowDown", "mac+shift+ArrowDown"], resize, {
      args: [0, big]
    }], [["Escape", "mac+Escape"], _AnnotationEditor.prototype._stopResizingWithKeyboard]]));
  }
  constructor(parameters) {
    this.parent = parameters.parent, this.id = parameters.id, this.width = this.height = null, this.pageIndex = parameters.parent.pageIndex, this.name = parameters.name, this.div = null, this._uiManager = parameters.uiManager, this.annotationElementId = null, this._willKeepAspectRatio = !1, this._initialOptions.isCentered = parameters.isCentered, this._structTreeParentId = null, this.annotationElementId = parameters.annotationElementId || null, this.creationDate = parameters.creationDate || /* @__PURE__ */ new Date(), this.modificationDate = parameters.modificationDate || null, this.canAddComment = !0;
    let {
      rotation,
      rawDims: {
        pageWidth,
        pageHeight,
        pageX,
        pageY
      }
    } = this.parent.viewport;
    this.rotation = rotation, this.pageRotation = (360 + rotation - this._uiManager.viewParameters.rotation) % 360, this.pageDimensions = [pageWidth, pageHeight], this.pageTranslation = [pageX, pageY];
    let [width, height] = this.parentDimensions;
    this.x = parameters.x / width, this.y = parameters.y / height, this.isAttachedToDOM = !1, this.deleted = !1;
  }
  updatePageIndex(newPageIndex) {
    this.pageIndex = newPageIndex;
  }
  get editorType() {
    return Object.getPrototypeOf(this).constructor._type;
  }
  get mode() {
    return Object.getPrototypeOf(this).constructor._editorType;
  }
  static get isDrawer() {
    return !1;
  }
  static get _defaultLineColor() {
    return shadow(this, "_defaultLineColor", this._colorManager.getHexCode("CanvasText"));
  }
  static deleteAnnotationElement(editor) {
    let fakeEditor = new FakeEditor({
      id: editor.parent.getNextId(),
      parent: editor.parent,
      uiManager: editor._uiManager
    });
    fakeEditor.annotationElementId = editor.annotationElementId, fakeEditor.deleted = !0, fakeEditor._uiManager.addToAnnotationStorage(fakeEditor);
  }
  static initialize(l10n, _uiManager) {
    if (_AnnotationEditor._l10n ??= l10n, _AnnotationEditor._l10nResizer ||= Object.freeze({
      topLeft: "pdfjs-editor-resizer-top-left",
      topMiddle: "pdfjs-editor-resizer-top-middle",
      topRight: "pdfjs-editor-resizer-top-right",
      middleRight: "pdfjs-editor-resizer-middle-right",
      bottomRight: "pdfjs-editor-resizer-bottom-right",
      bottomMiddle: "pdfjs-editor-resizer-bottom-middle",
      bottomLeft: "pdfjs-editor-resizer-bottom-left",
      middleLeft: "pdfjs-editor-resizer-middle-left"
    }), _AnnotationEditor._borderLineWidth !== -1)
      return;
    let style = getComputedStyle(document.documentElement);
    _AnnotationEditor._borderLineWidth = parseFloat(style.getPropertyValue("--outline-width")) || 0;
  }
  static updateDefaultParams(_type, _value) {
  }
  static get defaultPropertiesToUpdate() {
    return [];
  }
  static isHandlingMimeForPasting(mime) {
    return !1;
  }
  static paste(item, parent) {
    unreachable("Not implemented");
  }
  get propertiesToUpdate() {
    return [];
  }
  get _isDraggable() {
    return this.#isDraggable;
  }
  set _isDraggable(value) {
    this.#isDraggable = value, this.div?.classList.toggle("draggable", value);
  }
  get uid() {
    return this.annotationElementId || this.id;
  }
  get isEnterHandled() {
    return !0;
  }
  center() {
    let [pageWidth, pageHeight] = this.pageDimensions;
    switch (this.parentRotation) {
      case 90:
        this.x -= this.height * pageHeight / (pageWidth * 2), this.y += this.width * pageWidth / (pageHeight * 2);
        break;
      case 180:
        this.x += this.width / 2, this.y += this.height / 2;
        break;
      case 270:
        this.x += this.height * pageHeight / (pageWidth * 2), this.y -= this.width * pageWidth / (pageHeight * 2);
        break;
      default:
        this.x -= this.width / 2, this.y -= this.height / 2;
        break;
    }
    this.fixAndSetPosition();
  }
  addCommands(params) {
    this._uiManager.addCommands(params);
  }
  get currentLayer() {
    return this._uiManager.currentLayer;
  }
  setInBackground() {
    this.div.style.zIndex = 0;
  }
  setInForeground() {
    this.div.style.zIndex = this.#zIndex;
  }
  setParent(parent) {
    parent !== null ? (this.pageIndex = parent.pageIndex, this.pageDimensions = parent.pageDimensions) : (this.#stopResizing(), this.#fakeAnnotation?.remove(), this.#fakeAnnotation = null), this.parent = parent;
  }
  focusin(event) {
    this._focusEventsAllowed && (this.#hasBeenClicked ? this.#hasBeenClicked = !1 : this.parent.setSelected(this));
  }
  focusout(event) {
    !this._focusEventsAllowed || !this.isAttachedToDOM || event.relatedTarget?.closest(`#${this.id}`) || (event.preventDefault(), this.parent?.isMultipleSelection || this.commitOrRemove());
  }
  commitOrRemove() {
    this.isEmpty() ? this.remove() : this.commit();
  }
  commit() {
    this.isInEditMode() && this.addToAnnotationStorage();
  }
  addToAnnotationStorage() {
    this._uiManager.addToAnnotationStorage(this);
  }
  setAt(x, y, tx, ty) {
    let [width, height] = this.parentDimensions;
    [tx, ty] = this.screenToPageTranslation(tx, ty), this.x = (x + tx) / width, this.y = (y + ty) / height, this.fixAndSetPosition();
  }
  _moveAfterPaste(baseX, baseY) {
    let [parentWidth, parentHeight] = this.parentDimensions;
    this.setAt(baseX * parentWidth, baseY * parentHeight, this.width * parentWidth, this.height * parentHeight), this._onTranslated();
  }
  #translate([width, height], x, y) {
    [x, y] = this.screenToPageTranslation(x, y), this.x += x / width, this.y += y / height, this._onTranslating(this.x, this.y), this.fixAndSetPosition();
  }
  translate(x, y) {
    this.#translate(this.parentDimensions, x, y);
  }
  translateInPage(x, y) {
    this.#initialRect ||= [this.x, this.y, this.width, this.height], this.#translate(this.pageDimensions, x, y), this.div.scrollIntoView({
      block: "nearest"
    });
  }
  translationDone() {
    this._onTranslated(this.x, this.y);
  }
  drag(tx, ty) {
    this.#initialRect ||= [this.x, this.y, this.width, this.height];
    let {
      div,
      parentDimensions: [parentWidth, parentHeight]
    } = this;
    if (this.x += tx / parentWidth, this.y += ty / parentHeight, this.parent && (this.x < 0 || this.x > 1 || this.y < 0 || this.y > 1)) {
      let {
        x: x2,
        y: y2
      } = this.div.getBoundingClientRect();
      this.parent.findNewParent(this, x2, y2) && (this.x -= Math.floor(this.x), this.y -= Math.floor(this.y));
    }
    let {
      x,
      y
    } = this, [bx, by] = this.getBaseTranslation();
    x += bx, y += by;
    let {
      style
    } = div;
    style.left = `${(100 * x).toFixed(2)}%`, style.top = `${(100 * y).toFixed(2)}%`, this._onTranslating(x, y), div.scrollIntoView({
      block: "nearest"
    });
  }
  _onTranslating(x, y) {
  }
  _onTranslated(x, y) {
  }
  get _hasBeenMoved() {
    return !!this.#initialRect && (this.#initialRect[0] !== this.x || this.#initialRect[1] !== this.y);
  }
  get _hasBeenResized() {
    return !!this.#initialRect && (this.#initialRect[2] !== this.width || this.#initialRect[3] !== this.height);
  }
  getBaseTranslation() {
    let [parentWidth, parentHeight] = this.parentDimensions, {
      _borderLineWidth
    } = _AnnotationEditor, x = _borderLineWidth / parentWidth, y = _borderLineWidth / parentHeight;
    switch (this.rotation) {
      case 90:
        return [-x, y];
      case 180:
        return [x, y];
      case 270:
        return [x, -y];
      default:
        return [-x, -y];
    }
  }
  get _mustFixPosition() {
    return !0;
  }
  fixAndSetPosition(rotation = this.rotation) {
    let {
      div: {
        style
      },
      pageDimensions: [pageWidth, pageHeight]
    } = this, {
      x,
      y,
      width,
      height
    } = this;
    if (width *= pageWidth, height *= pageHeight, x *= pageWidth, y *= pageHeight, this._mustFixPosition)
      switch (rotation) {
        case 0:
          x = MathClamp(x, 0, pageWidth - width), y = MathClamp(y, 0, pageHeight - height);
          break;
        case 90:
          x = MathClamp(x, 0, pageWidth - height), y = MathClamp(y, width, pageHeight);
          break;
        case 180:
          x = MathClamp(x, width, pageWidth), y = MathClamp(y, height, pageHeight);
          break;
        case 270:
          x = MathClamp(x, height, pageWidth), y = MathClamp(y, 0, pageHeight - width);
          break;
      }
    this.x = x /= pageWidth, this.y = y /= pageHeight;
    let [bx, by] = this.getBaseTranslation();
    x += bx, y += by, style.left = `${(100 * x).toFixed(2)}%`, style.top = `${(100 * y).toFixed(2)}%`, this.moveInDOM();
  }
  static #rotatePoint(x, y, angle) {
    switch (angle) {
      case 90:
        return [y, -x];
      case 180:
        return [-x, -y];
      case 270:
        return [-y, x];
      default:
        return [x, y];
    }
  }
  screenToPageTranslation(x, y) {
    return _AnnotationEditor.#rotatePoint(x, y, this.parentRotation);
  }
  pageTranslationToScreen(x, y) {
    return _AnnotationEditor.#rotatePoint(x, y, 360 - this.parentRotation);
  }
  #getRotationMatrix(rotation) {
    switch (rotation) {
      case 90: {
        let [pageWidth, pageHeight] = this.pageDimensions;
        return [0, -pageWidth / pageHeight, pageHeight / pageWidth, 0];
      }
      case 180:
        return [-1, 0, 0, -1];
      case 270: {
        let [pageWidth, pageHeight] = this.pageDimensions;
        return [0, pageWidth / pageHeight, -pageHeight / pageWidth, 0];
      }
      default:
        return [1, 0, 0, 1];
    }
  }
  get parentScale() {
    return this._uiManager.viewParameters.realScale;
  }
  get parentRotation() {
    return (this._uiManager.viewParameters.rotation + this.pageRotation) % 360;
  }
  get parentDimensions() {
    let {
      parentScale,
      pageDimensions: [pageWidth, pageHeight]
    } = this;
    return [pageWidth * parentScale, pageHeight * parentScale];
  }
  setDims() {
    let {
      div: {
        style
      },
      width,
      height
    } = this;
    style.width = `${(100 * width).toFixed(2)}%`, style.height = `${(100 * height).toFixed(2)}%`;
  }
  getInitialTranslation() {
    return [0, 0];
  }
  #createResizers() {
    if (this.#resizersDiv)
      return;
    this.#resizersDiv = document.createElement("div"), this.#resizersDiv.classList.add("resizers");
    let classes = this._willKeepAspectRatio ? ["topLeft", "topRight", "bottomRight", "bottomLeft"] : ["topLeft", "topMiddle", "topRight", "middleRight", "bottomRight", "bottomMiddle", "bottomLeft", "middleLeft"], signal = this._uiManager._signal;
    for (let name of classes) {
      let div = document.createElement("div");
      this.#resizersDiv.append(div), div.classList.add("resizer", name), div.setAttribute("data-resizer-name", name), div.addEventListener("pointerdown", this.#resizerPointerdown.bind(this, name), {
        signal
      }), div.addEventListener("contextmenu", noContextMenu, {
        signal
      }), div.tabIndex = -1;
    }
    this.div.prepend(this.#resizersDiv);
  }
  #resizerPointerdown(name, event) {
    event.preventDefault();
    let {
      isMac
    } = util_FeatureTest.platform;
    if (event.button !== 0 || event.ctrlKey && isMac)
      return;
    this.#altText?.toggle(!1);
    let savedDraggable = this._isDraggable;
    this._isDraggable = !1, this.#lastPointerCoords = [event.screenX, event.screenY];
    let ac = new AbortController(), signal = this._uiManager.combinedSignal(ac);
    this.parent.togglePointerEvents(!1), window.addEventListener("pointermove", this.#resizerPointermove.bind(this, name), {
      passive: !0,
      capture: !0,
      signal
    }), window.addEventListener("touchmove", stopEvent, {
      passive: !1,
      signal
    }), window.addEventListener("contextmenu", noContextMenu, {
      signal
    }), this.#savedDimensions = {
      savedX: this.x,
      savedY: this.y,
      savedWidth: this.width,
      savedHeight: this.height
    };
    let savedParentCursor = this.parent.div.style.cursor, savedCursor = this.div.style.cursor;
    this.div.style.cursor = this.parent.div.style.cursor = window.getComputedStyle(event.target).cursor;
    let pointerUpCallback = () => {
      ac.abort(), this.parent.togglePointerEvents(!0), this.#altText?.toggle(!0), this._isDraggable = savedDraggable, this.parent.div.style.cursor = savedParentCursor, this.div.style.cursor = savedCursor, this.#addResizeToUndoStack();
    };
    window.addEventListener("pointerup", pointerUpCallback, {
      signal
    }), window.addEventListener("blur", pointerUpCallback, {
      signal
    });
  }
  #resize(x, y, width, height) {
    this.width = width, this.height = height, this.x = x, this.y = y, this.setDims(), this.fixAndSetPosition(), this._onResized();
  }
  _onResized() {
  }
  #addResizeToUndoStack() {
    if (!this.#savedDimensions)
      return;
    let {
      savedX,
      savedY,
      savedWidth,
      savedHeight
    } = this.#savedDimensions;
    this.#savedDimensions = null;
    let newX = this.x, newY = this.y, newWidth = this.width, newHeight = this.height;
    newX === savedX && newY === savedY && newWidth === savedWidth && newHeight === savedHeight || this.addCommands({
      cmd: this.#resize.bind(this, newX, newY, newWidth, newHeight),
      undo: this.#resize.bind(this, savedX, savedY, savedWidth, savedHeight),
      mustExec: !0
    });
  }
  static _round(x) {
    return Math.round(x * 1e4) / 1e4;
  }
  #resizerPointermove(name, event) {
    let [parentWidth, parentHeight] = this.parentDimensions, savedX = this.x, savedY = this.y, savedWidth = this.width, savedHeight = this.height, minWidth = _AnnotationEditor.MIN_SIZE / parentWidth, minHeight = _AnnotationEditor.MIN_SIZE / parentHeight, rotationMatrix = this.#getRotationMatrix(this.rotation), transf = (x, y) => [rotationMatrix[0] * x + rotationMatrix[2] * y, rotationMatrix[1] * x + rotationMatrix[3] * y], invRotationMatrix = this.#getRotationMatrix(360 - this.rotation), invTransf = (x, y) => [invRotationMatrix[0] * x + invRotationMatrix[2] * y, invRotationMatrix[1] * x + invRotationMatrix[3] * y], getPoint, getOpposite, isDiagonal = !1, isHorizontal = !1;
    switch (name) {
      case "topLeft":
        isDiagonal = !0, getPoint = (w, h) => [0, 0], getOpposite = (w, h) => [w, h];
        break;
      case "topMiddle":
        getPoint = (w, h) => [w / 2, 0], getOpposite = (w, h) => [w / 2, h];
        break;
      case "topRight":
        isDiagonal = !0, getPoint = (w, h) => [w, 0], getOpposite = (w, h) => [0, h];
        break;
      case "middleRight":
        isHorizontal = !0, getPoint = (w, h) => [w, h / 2], getOpposite = (w, h) => [0, h / 2];
        break;
      case "bottomRight":
        isDiagonal = !0, getPoint = (w, h) => [w, h], getOpposite = (w, h) => [0, 0];
        break;
      case "bottomMiddle":
        getPoint = (w, h) => [w / 2, h], getOpposite = (w, h) => [w / 2, 0];
        break;
      case "bottomLeft":
        isDiagonal = !0, getPoint = (w, h) => [0, h], getOpposite = (w, h) => [w, 0];
        break;
      case "middleLeft":
        isHorizontal = !0, getPoint = (w, h) => [0, h / 2], getOpposite = (w, h) => [w, h / 2];
        break;
    }
    let point = getPoint(savedWidth, savedHeight), oppositePoint = getOpposite(savedWidth, savedHeight), transfOppositePoint = transf(...oppositePoint), oppositeX = _AnnotationEditor._round(savedX + transfOppositePoint[0]), oppositeY = _AnnotationEditor._round(savedY + transfOppositePoint[1]), ratioX = 1, ratioY = 1, deltaX, deltaY;
    if (event.fromKeyboard)
      ({
        deltaX,
        deltaY
      } = event);
    else {
      let {
        screenX,
        screenY
      } = event, [lastScreenX, lastScreenY] = this.#lastPointerCoords;
      [deltaX, deltaY] = this.screenToPageTranslation(screenX - lastScreenX, screenY - lastScreenY), this.#lastPointerCoords[0] = screenX, this.#lastPointerCoords[1] = screenY;
    }
    if ([deltaX, deltaY] = invTransf(deltaX / parentWidth, deltaY / parentHeight), isDiagonal) {
      let oldDiag = Math.hypot(savedWidth, savedHeight);
      ratioX = ratioY = Math.max(Math.min(Math.hypot(oppositePoint[0] - point[0] - deltaX, oppositePoint[1] - point[1] - deltaY) / oldDiag, 1 / savedWidth, 1 / savedHeight), minWidth / savedWidth, minHeight / savedHeight);
    } else isHorizontal ? ratioX = MathClamp(Math.abs(oppositePoint[0] - point[0] - deltaX), minWidth, 1) / savedWidth : ratioY = MathClamp(Math.abs(oppositePoint[1] - point[1] - deltaY), minHeight, 1) / savedHeight;
    let newWidth = _AnnotationEditor._round(savedWidth * ratioX), newHeight = _AnnotationEditor._round(savedHeight * ratioY);
    transfOppositePoint = transf(...getOpposite(newWidth, newHeight));
    let newX = oppositeX - transfOppositePoint[0], newY = oppositeY - transfOppositePoint[1];
    this.#initialRect ||= [this.x, this.y, this.width, this.height], this.width = newWidth, this.height = newHeight, this.x = newX, this.y = newY, this.setDims(), this.fixAndSetPosition(), this._onResizing();
  }
  _onResizing() {
  }
  altTextFinish() {
    this.#altText?.finish();
  }
  get toolbarButtons() {
    return null;
  }
  async addEditToolbar() {
    if (this._editToolbar || this.#isInEditMode)
      return this._editToolbar;
    this._editToolbar = new EditorToolbar(this), this.div.append(this._editToolbar.render());
    let {
      toolbarButtons
    } = this;
    if (toolbarButtons)
      for (let [name, tool] of toolbarButtons)
        await this._editToolbar.addButton(name, tool);
    return this.hasComment || this._editToolbar.addButton("comment", this.addCommentButton()), this._editToolbar.addButton("delete"), this._editToolbar;
  }
  addCommentButtonInToolbar() {
    this._editToolbar?.addButtonBefore("comment", this.addCommentButton(), ".deleteButton");
  }
  removeCommentButtonFromToolbar() {
    this._editToolbar?.removeButton("comment");
  }
  removeEditToolbar() {
    this._editToolbar?.remove(), this._editToolbar = null, this.#altText?.destroy();
  }
  addContainer(container) {
    let editToolbarDiv = this._editToolbar?.div;
    editToolbarDiv ? editToolbarDiv.before(container) : this.div.append(container);
  }
  getClientDimensions() {
    return this.div.getBoundingClientRect();
  }
  createAltText() {
    return this.#altText || (AltText.initialize(_AnnotationEditor._l10n), this.#altText = new AltText(this), this.#accessibilityData && (this.#altText.data = this.#accessibilityData, this.#accessibilityData = null)), this.#altText;
  }
  get altTextData() {
    return this.#altText?.data;
  }
  set altTextData(data) {
    this.#altText && (this.#altText.data = data);
  }
  get guessedAltText() {
    return this.#altText?.guessedText;
  }
  async setGuessedAltText(text) {
    await this.#altText?.setGuessedText(text);
  }
  serializeAltText(isForCopying) {
    return this.#altText?.serialize(isForCopying);
  }
  hasAltText() {
    return !!this.#altText && !this.#altText.isEmpty();
  }
  hasAltTextData() {
    return this.#altText?.hasData() ?? !1;
  }
  focusCommentButton() {
    this.#comment?.focusButton();
  }
  addCommentButton() {
    return this.canAddComment ? this.#comment ||= new Comment(this) : null;
  }
  addStandaloneCommentButton() {
    if (this._uiManager.hasCommentManager()) {
      if (this.#commentStandaloneButton) {
        this._uiManager.isEditingMode() && this.#commentStandaloneButton.classList.remove("hidden");
        return;
      }
      this.hasComment && (this.#commentStandaloneButton = this.#comment.renderForStandalone(), this.div.append(this.#commentStandaloneButton));
    }
  }
  removeStandaloneCommentButton() {
    this.#comment.removeStandaloneCommentButton(), this.#commentStandaloneButton = null;
  }
  hideStandaloneCommentButton() {
    this.#commentStandaloneButton?.classList.add("hidden");
  }
  get comment() {
    if (!this.#comment)
      return null;
    let {
      data: {
        richText,
        text,
        date,
        deleted
      }
    } = this.#comment;
    return {
      text,
      richText,
      date,
      deleted,
      color: this.getNonHCMColor(),
      opacity: this.opacity ?? 1
    };
  }
  set comment(value) {
    this.#comment ||= new Comment(this), typeof value == "object" && value !== null ? this.#comment.restoreData(value) : this.#comment.data = value, this.hasComment ? (this.removeCommentButtonFromToolbar(), this.addStandaloneCommentButton(), this._uiManager.updateComment(this)) : (this.addCommentButtonInToolbar(), this.removeStandaloneCommentButton(), this._uiManager.removeComment(this));
  }
  setCommentData({
    comment,
    popupRef,
    richText
  }) {
    if (!popupRef || (this.#comment ||= new Comment(this), this.#comment.setInitialText(comment, richText), !this.annotationElementId))
      return;
    let storedData = this._uiManager.getAndRemoveDataFromAnnotationStorage(this.annotationElementId);
    storedData && this.updateFromAnnotationLayer(storedData);
  }
  get hasEditedComment() {
    return this.#comment?.hasBeenEdited();
  }
  get hasDeletedComment() {
    return this.#comment?.isDeleted();
  }
  get hasComment() {
    return !!this.#comment && !this.#comment.isEmpty() && !this.#comment.isDeleted();
  }
  async editComment(options) {
    this.#comment ||= new Comment(this), this.#comment.edit(options);
  }
  toggleComment(isSelected, visibility = void 0) {
    this.hasComment && this._uiManager.toggleComment(this, isSelected, visibility);
  }
  setSelectedCommentButton(selected) {
    this.#comment.setSelectedButton(selected);
  }
  addComment(serialized) {
    if (this.hasEditedComment) {
      let [, , , trY] = serialized.rect, [pageWidth] = this.pageDimensions, [pageX] = this.pageTranslation, blX = pageX + pageWidth + 1, blY = trY - 100, trX = blX + 180;
      serialized.popup = {
        contents: this.comment.text,
        deleted: this.comment.deleted,
        rect: [blX, blY, trX, trY]
      };
    }
  }
  updateFromAnnotationLayer({
    popup: {
      contents,
      deleted
    }
  }) {
    this.#comment.data = deleted ? null : contents;
  }
  get parentBoundingClientRect() {
    return this.parent.boundingClientRect;
  }
  render() {
    let div = this.div = document.createElement("div");
    div.setAttribute("data-editor-rotation", (360 - this.rotation) % 360), div.className = this.name, div.setAttribute("id", this.id), div.tabIndex = this.#disabled ? -1 : 0, div.setAttribute("role", "application"), this.defaultL10nId && div.setAttribute("data-l10n-id", this.defaultL10nId), this._isVisible || div.classList.add("hidden"), this.setInForeground(), this.#addFocusListeners();
    let [parentWidth, parentHeight] = this.parentDimensions;
    this.parentRotation % 180 !== 0 && (div.style.maxWidth = `${(100 * parentHeight / parentWidth).toFixed(2)}%`, div.style.maxHeight = `${(100 * parentWidth / parentHeight).toFixed(2)}%`);
    let [tx, ty] = this.getInitialTranslation();
    return this.translate(tx, ty), bindEvents(this, div, ["keydown", "pointerdown", "dblclick"]), this.isResizable && this._uiManager._supportsPinchToZoom && (this.#touchManager ||= new TouchManager({
      container: div,
      isPinchingDisabled: () => !this.isSelected,
      onPinchStart: this.#touchPinchStartCallback.bind(this),
      onPinching: this.#touchPinchCallback.bind(this),
      onPinchEnd: this.#touchPinchEndCallback.bind(this),
      signal: this._uiManager._signal
    })), this.addStandaloneCommentButton(), this._uiManager._editorUndoBar?.hide(), div;
  }
  #touchPinchStartCallback() {
    this.#savedDimensions = {
      savedX: this.x,
      savedY: this.y,
      savedWidth: this.width,
      savedHeight: this.height
    }, this.#altText?.toggle(!1), this.parent.togglePointerEvents(!1);
  }
  #touchPinchCallback(_origin, prevDistance, distance) {
    let factor = 0.7 * (distance / prevDistance) + 1 - 0.7;
    if (factor === 1)
      return;
    let rotationMatrix = this.#getRotationMatrix(this.rotation), transf = (x, y) => [rotationMatrix[0] * x + rotationMatrix[2] * y, rotationMatrix[1] * x + rotationMatrix[3] * y], [parentWidth, parentHeight] = this.parentDimensions, savedX = this.x, savedY = this.y, savedWidth = this.width, savedHeight = this.height, minWidth = _AnnotationEditor.MIN_SIZE / parentWidth, minHeight = _AnnotationEditor.MIN_SIZE / parentHeight;
    factor = Math.max(Math.min(factor, 1 / savedWidth, 1 / savedHeight), minWidth / savedWidth, minHeight / savedHeight);
    let newWidth = _AnnotationEditor._round(savedWidth * factor), newHeight = _AnnotationEditor._round(savedHeight * factor);
    if (newWidth === savedWidth && newHeight === savedHeight)
      return;
    this.#initialRect ||= [savedX, savedY, savedWidth, savedHeight];
    let transfCenterPoint = transf(savedWidth / 2, savedHeight / 2), centerX = _AnnotationEditor._round(savedX + transfCenterPoint[0]), centerY = _AnnotationEditor._round(savedY + transfCenterPoint[1]), newTransfCenterPoint = transf(newWidth / 2, newHeight / 2);
    this.x = centerX - newTransfCenterPoint[0], this.y = centerY - newTransfCenterPoint[1], this.width = newWidth, this.height = newHeight, this.setDims(), this.fixAndSetPosition(), this._onResizing();
  }
  #touchPinchEndCallback() {
    this.#altText?.toggle(!0), this.parent.togglePointerEvents(!0), this.#addResizeToUndoStack();
  }
  pointerdown(event) {
    let {
      isMac
    } = util_FeatureTest.platform;
    if (event.button !== 0 || event.ctrlKey && isMac) {
      event.preventDefault();
      return;
    }
    if (this.#hasBeenClicked = !0, this._isDraggable) {
      this.#setUpDragSession(event);
      return;
    }
    this.#selectOnPointerEvent(event);
  }
  #selectOnPointerEvent(event) {
    let {
      isMac
    } = util_FeatureTest.platform;
    event.ctrlKey && !isMac || event.shiftKey || event.metaKey && isMac ? this.parent.toggleSelected(this) : this.parent.setSelected(this);
  }
  #setUpDragSession(event) {
    let {
      isSelected
    } = this;
    this._uiManager.setUpDragSession();
    let hasDraggingStarted = !1, ac = new AbortController(), signal = this._uiManager.combinedSignal(ac), opts = {
      capture: !0,
      passive: !1,
      signal
    }, cancelDrag = (e) => {
      ac.abort(), this.#dragPointerId = null, this.#hasBeenClicked = !1, this._uiManager.endDragSession() || this.#selectOnPointerEvent(e), hasDraggingStarted && this._onStopDragging();
    };
    isSelected && (this.#prevDragX = event.clientX, this.#prevDragY = event.clientY, this.#dragPointerId = event.pointerId, this.#dragPointerType = event.pointerType, window.addEventListener("pointermove", (e) => {
      hasDraggingStarted || (hasDraggingStarted = !0, this._uiManager.toggleComment(this, !0, !1), this._onStartDragging());
      let {
        clientX: x,
        clientY: y,
        pointerId
      } = e;
      if (pointerId !== this.#dragPointerId) {
        stopEvent(e);
        return;
      }
      let [tx, ty] = this.screenToPageTranslation(x - this.#prevDragX, y - this.#prevDragY);
      this.#prevDragX = x, this.#prevDragY = y, this._uiManager.dragSelectedEditors(tx, ty);
    }, opts), window.addEventListener("touchmove", stopEvent, opts), window.addEventListener("pointerdown", (e) => {
      e.pointerType === this.#dragPointerType && (this.#touchManager || e.isPrimary) && cancelDrag(e), stopEvent(e);
    }, opts));
    let pointerUpCallback = (e) => {
      if (!this.#dragPointerId || this.#dragPointerId === e.pointerId) {
        cancelDrag(e);
        return;
      }
      stopEvent(e);
    };
    window.addEventListener("pointerup", pointerUpCallback, {
      signal
    }), window.addEventListener("blur", pointerUpCallback, {
      signal
    });
  }
  _onStartDragging() {
  }
  _onStopDragging() {
  }
  moveInDOM() {
    this.#moveInDOMTimeout && clearTimeout(this.#moveInDOMTimeout), this.#moveInDOMTimeout = setTimeout(() => {
      this.#moveInDOMTimeout = null, this.parent?.moveEditorInDOM(this);
    }, 0);
  }
  _setParentAndPosition(parent, x, y) {
    parent.changeParent(this), this.x = x, this.y = y, this.fixAndSetPosition(), this._onTranslated();
  }
  getRect(tx, ty, rotation = this.rotation) {
    let scale = this.parentScale, [pageWidth, pageHeight] = this.pageDimensions, [pageX, pageY] = this.pageTranslation, shiftX = tx / scale, shiftY = ty / scale, x = this.x * pageWidth, y = this.y * pageHeight, width = this.width * pageWidth, height = this.height * pageHeight;
    switch (rotation) {
      case 0:
        return [x + shiftX + pageX, pageHeight - y - shiftY - height + pageY, x + shiftX + width + pageX, pageHeight - y - shiftY + pageY];
      case 90:
        return [x + shiftY + pageX, pageHeight - y + shiftX + pageY, x + shiftY + height + pageX, pageHeight - y + shiftX + width + pageY];
      case 180:
        return [x - shiftX - width + pageX, pageHeight - y + shiftY + pageY, x - shiftX + pageX, pageHeight - y + shiftY + height + pageY];
      case 270:
        return [x - shiftY - height + pageX, pageHeight - y - shiftX - width + pageY, x - shiftY + pageX, pageHeight - y - shiftX + pageY];
      default:
        throw new Error("Invalid rotation");
    }
  }
  getRectInCurrentCoords(rect, pageHeight) {
    let [x1, y1, x2, y2] = rect, width = x2 - x1, height = y2 - y1;
    switch (this.rotation) {
      case 0:
        return [x1, pageHeight - y2, width, height];
      case 90:
        return [x1, pageHeight - y1, height, width];
      case 180:
        return [x2, pageHeight - y1, width, height];
      case 270:
        return [x2, pageHeight - y2, height, width];
      default:
        throw new Error("Invalid rotation");
    }
  }
  getPDFRect() {
    return this.getRect(0, 0);
  }
  getNonHCMColor() {
    return this.color && _AnnotationEditor._colorManager.convert(this._uiManager.getNonHCMColor(this.color));
  }
  onUpdatedColor() {
    this.#comment?.onUpdatedColor();
  }
  getData() {
    let {
      comment: {
        text: str,
        color,
        date,
        opacity,
        deleted,
        richText
      },
      uid: id,
      pageIndex,
      creationDate,
      modificationDate
    } = this;
    return {
      id,
      pageIndex,
      rect: this.getPDFRect(),
      richText,
      contentsObj: {
        str
      },
      creationDate,
      modificationDate: date || modificationDate,
      popupRef: !deleted,
      color,
      opacity
    };
  }
  onceAdded(focus) {
  }
  isEmpty() {
    return !1;
  }
  enableEditMode() {
    return this.isInEditMode() ? !1 : (this.parent.setEditingState(!1), this.#isInEditMode = !0, !0);
  }
  disableEditMode() {
    return this.isInEditMode() ? (this.parent.setEditingState(!0), this.#isInEditMode = !1, !0) : !1;
  }
  isInEditMode() {
    return this.#isInEditMode;
  }
  shouldGetKeyboardEvents() {
    return this.#isResizerEnabledForKeyboard;
  }
  needsToBeRebuilt() {
    return this.div && !this.isAttachedToDOM;
  }
  get isOnScreen() {
    let {
      top,
      left,
      bottom,
      right
    } = this.getClientDimensions(), {
      innerHeight,
      innerWidth
    } = window;
    return left < innerWidth && right > 0 && top < innerHeight && bottom > 0;
  }
  #addFocusListeners() {
    if (this.#focusAC || !this.div)
      return;
    this.#focusAC = new AbortController();
    let signal = this._uiManager.combinedSignal(this.#focusAC);
    this.div.addEventListener("focusin", this.focusin.bind(this), {
      signal
    }), this.div.addEventListener("focusout", this.focusout.bind(this), {
      signal
    });
  }
  rebuild() {
    this.#addFocusListeners();
  }
  rotate(_angle) {
  }
  resize() {
  }
  serializeDeleted() {
    return {
      id: this.annotationElementId,
      deleted: !0,
      pageIndex: this.pageIndex,
      popupRef: this._initialData?.popupRef || ""
    };
  }
  serialize(isForCopying = !1, context = null) {
    return {
      annotationType: this.mode,
      pageIndex: this.pageIndex,
      rect: this.getPDFRect(),
      rotation: this.rotation,
      structTreeParentId: this._structTreeParentId,
      popupRef: this._initialData?.popupRef || ""
    };
  }
  static async deserialize(data, parent, uiManager) {
    let editor = new this.prototype.constructor({
      parent,
      id: parent.getNextId(),
      uiManager,
      annotationElementId: data.annotationElementId,
      creationDate: data.creationDate,
      modificationDate: data.modificationDate
    });
    editor.rotation = data.rotation, editor.#accessibilityData = data.accessibilityData, editor._isCopy = data.isCopy || !1;
    let [pageWidth, pageHeight] = editor.pageDimensions, [x, y, width, height] = editor.getRectInCurrentCoords(data.rect, pageHeight);
    return editor.x = x / pageWidth, editor.y = y / pageHeight, editor.width = width / pageWidth, editor.height = height / pageHeight, editor;
  }
  get hasBeenModified() {
    return !!this.annotationElementId && (this.deleted || this.serialize() !== null);
  }
  remove() {
    if (this.#focusAC?.abort(), this.#focusAC = null, this.isEmpty() || this.commit(), this.parent ? this.parent.remove(this) : this._uiManager.removeEditor(this), this.hideCommentPopup(), this.#moveInDOMTimeout && (clearTimeout(this.#moveInDOMTimeout), this.#moveInDOMTimeout = null), this.#stopResizing(), this.removeEditToolbar(), this.#telemetryTimeouts) {
      for (let timeout of this.#telemetryTimeouts.values())
        clearTimeout(timeout);
      this.#telemetryTimeouts = null;
    }
    this.parent = null, this.#touchManager?.destroy(), this.#touchManager = null, this.#fakeAnnotation?.remove(), this.#fakeAnnotation = null;
  }
  get isResizable() {
    return !1;
  }
  makeResizable() {
    this.isResizable && (this.#createResizers(), this.#resizersDiv.classList.remove("hidden"));
  }
  get toolbarPosition() {
    return null;
  }
  get commentButtonPosition() {
    return this._uiManager.direction === "ltr" ? [1, 0] : [0, 0];
  }
  get commentButtonPositionInPage() {
    let {
      commentButtonPosition: [posX, posY]
    } = this, [blX, blY, trX, trY] = this.getPDFRect();
    return [_AnnotationEditor._round(blX + (trX - blX) * posX), _AnnotationEditor._round(blY + (trY - blY) * (1 - posY))];
  }
  get commentButtonColor() {
    return this._uiManager.makeCommentColor(this.getNonHCMColor(), this.opacity);
  }
  get commentPopupPosition() {
    return this.#comment.commentPopupPositionInLayer;
  }
  set commentPopupPosition(pos) {
    this.#comment.commentPopupPositionInLayer = pos;
  }
  hasDefaultPopupPosition() {
    return this.#comment.hasDefaultPopupPosition();
  }
  get commentButtonWidth() {
    return this.#comment.commentButtonWidth;
  }
  get elementBeforePopup() {
    return this.div;
  }
  setCommentButtonStates(options) {
    this.#comment?.setCommentButtonStates(options);
  }
  keydown(event) {
    if (!this.isResizable || event.target !== this.div || event.key !== "Enter")
      return;
    this._uiManager.setSelected(this), this.#savedDimensions = {
      savedX: this.x,
      savedY: this.y,
      savedWidth: this.width,
      savedHeight: this.height
    };
    let children = this.#resizersDiv.children;
    if (!this.#allResizerDivs) {
      this.#allResizerDivs = Array.from(children);
      let boundResizerKeydown = this.#resizerKeydown.bind(this), boundResizerBlur = this.#resizerBlur.bind(this), signal = this._uiManager._signal;
      for (let div of this.#allResizerDivs) {
        let name = div.getAttribute("data-resizer-name");
        div.setAttribute("role", "spinbutton"), div.addEventListener("keydown", boundResizerKeydown, {
          signal
        }), div.addEventListener("blur", boundResizerBlur, {
          signal
        }), div.addEventListener("focus", this.#resizerFocus.bind(this, name), {
          signal
        }), div.setAttribute("data-l10n-id", _AnnotationEditor._l10nResizer[name]);
      }
    }
    let first = this.#allResizerDivs[0], firstPosition = 0;
    for (let div of children) {
      if (div === first)
        break;
      firstPosition++;
    }
    let nextFirstPosition = (360 - this.rotation + this.parentRotation) % 360 / 90 * (this.#allResizerDivs.length / 4);
    if (nextFirstPosition !== firstPosition) {
      if (nextFirstPosition < firstPosition)
        for (let i2 = 0; i2 < firstPosition - nextFirstPosition; i2++)
          this.#resizersDiv.append(this.#resizersDiv.firstElementChild);
      else if (nextFirstPosition > firstPosition)
        for (let i2 = 0; i2 < nextFirstPosition - firstPosition; i2++)
          this.#resizersDiv.firstElementChild.before(this.#resizersDiv.lastElementChild);
      let i = 0;
      for (let child of children) {
        let name = this.#allResizerDivs[i++].getAttribute("data-resizer-name");
        child.setAttribute("data-l10n-id", _AnnotationEditor._l10nResizer[name]);
      }
    }
    this.#setResizerTabIndex(0), this.#isResizerEnabledForKeyboard = !0, this.#resizersDiv.firstElementChild.focus({
      focusVisible: !0
    }), event.preventDefault(), event.stopImmediatePropagation();
  }
  #resizerKeydown(event) {
    _AnnotationEditor._resizerKeyboardManager.exec(this, event);
  }
  #resizerBlur(event) {
    this.#isResizerEnabledForKeyboard && event.relatedTarget?.parentNode !== this.#resizersDiv && this.#stopResizing();
  }
  #resizerFocus(name) {
    this.#focusedResizerName = this.#isResizerEnabledForKeyboard ? name : "";
  }
  #setResizerTabIndex(value) {
    if (this.#allResizerDivs)
      for (let div of this.#allResizerDivs)
        div.tabIndex = value;
  }
  _resizeWithKeyboard(x, y) {
    this.#isResizerEnabledForKeyboard && this.#resizerPointermove(this.#focusedResizerName, {
      deltaX: x,
      deltaY: y,
      fromKeyboard: !0
    });
  }
  #stopResizing() {
    this.#isResizerEnabledForKeyboard = !1, this.#setResizerTabIndex(-1), this.#addResizeToUndoStack();
  }
  _stopResizingWithKeyboard() {
    this.#stopResizing(), this.div.focus();
  }
  select() {
    if (this.isSelected && this._editToolbar) {
      this._editToolbar.show();
      return;
    }
    if (this.isSelected = !0, this.makeResizable(), this.div?.classList.add("selectedEditor"), !this._editToolbar) {
      this.addEditToolbar().then(() => {
        this.div?.classList.contains("selectedEditor") && this._editToolbar?.show();
      });
      return;
    }
    this._editToolbar?.show(), this.#altText?.toggleAltTextBadge(!1);
  }
  focus() {
    this.div && !this.div.contains(document.activeElement) && setTimeout(() => this.div?.focus({
      preventScroll: !0
    }), 0);
  }
  unselect() {
    this.isSelected && (this.isSelected = !1, this.#resizersDiv?.classList.add("hidden"), this.div?.classList.remove("selectedEditor"), this.div?.contains(document.activeElement) && this._uiManager.currentLayer.div.focus({
      preventScroll: !0
    }), this._editToolbar?.hide(), this.#altText?.toggleAltTextBadge(!0), this.hideCommentPopup());
  }
  hideCommentPopup() {
    this.hasComment && this._uiManager.toggleComment(null);
  }
  updateParams(type, value) {
  }
  disableEditing() {
  }
  enableEditing() {
  }
  get canChangeContent() {
    return !1;
  }
  enterInEditMode() {
    this.canChangeContent && (this.enableEditMode(), this.div.focus());
  }
  dblclick(event) {
    event.target.nodeName !== "BUTTON" && (this.enterInEditMode(), this.parent.updateToolbar({
      mode: this.constructor._editorType,
      editId: this.uid
    }));
  }
  getElementForAltText() {
    return this.div;
  }
  get contentDiv() {
    return this.div;
  }
  get isEditing() {
    return this.#isEditing;
  }
  set isEditing(value) {
    this.#isEditing = value, this.parent && (value ? (this.parent.setSelected(this), this.parent.setActiveEditor(this)) : this.parent.setActiveEditor(null));
  }
  static get MIN_SIZE() {
    return 16;
  }
  static canCreateNewEmptyEditor() {
    return !0;
  }
  get telemetryInitialData() {
    return {
      action: "added"
    };
  }
  get telemetryFinalData() {
    return null;
  }
  _reportTelemetry(data, mustWait = !1) {
    if (mustWait) {
      this.#telemetryTimeouts ||= /* @__PURE__ */ new Map();
      let {
        action
      } = data, timeout = this.#telemetryTimeouts.get(action);
      timeout && clearTimeout(timeout), timeout = setTimeout(() => {
        this._reportTelemetry(data), this.#telemetryTimeouts.delete(action), this.#telemetryTimeouts.size === 0 && (this.#telemetryTimeouts = null);
      }, _AnnotationEditor._telemetryTimeout), this.#telemetryTimeouts.set(action, timeout);
      return;
    }
    data.type ||= this.editorType, this._uiManager._eventBus.dispatch("reporttelemetry", {
      source: this,
      details: {
        type: "editing",
        data
      }
    });
  }
  show(visible = this._isVisible) {
    this.div.classList.toggle("hidden", !visible), this._isVisible = visible;
  }
  enable() {
    this.div && (this.div.tabIndex = 0), this.#disabled = !1;
  }
  disable() {
    this.div && (this.div.tabIndex = -1), this.#disabled = !0;
  }
  updateFakeAnnotationElement(annotationLayer) {
    if (!this.#fakeAnnotation && !this.deleted) {
      this.#fakeAnnotation = annotationLayer.addFakeAnnotation(this);
      return;
    }
    if (this.deleted) {
      this.#fakeAnnotation.remove(), this.#fakeAnnotation = null;
      return;
    }
    (this.hasEditedComment || this._hasBeenMoved || this._hasBeenResized) && this.#fakeAnnotation.updateEdited({
      rect: this.getPDFRect(),
      popup: this.comment
    });
  }
  renderAnnotationElement(annotation) {
    if (this.deleted)
      return annotation.hide(), null;
    let content = annotation.container.querySelector(".annotationContent");
    if (!content)
      content = document.createElement("div"), content.classList.add("annotationContent", this.editorType), annotation.container.prepend(content);
    else if (content.nodeName === "CANVAS") {
      let canvas = content;
      content = document.createElement("div"), content.classList.add("annotationContent", this.editorType), canvas.before(content);
    }
    return content;
  }
  resetAnnotationElement(annotation) {
    let {
      firstElementChild
    } = annotation.container;
    firstElementChild?.nodeName === "DIV" && firstElementChild.classList.contains("annotationContent") && firstElementChild.remove();
  }
}, FakeEditor = class extends AnnotationEditor {
  constructor(params) {
    super(params), this.annotationElementId = params.annotationElementId, this.deleted = !0;
  }
  serialize() {
    return this.serializeDeleted();
  }
}, SEED = 3285377520, MASK_HIGH = 4294901760, MASK_LOW = 65535, MurmurHash3_64 = class {
  constructor(seed) {
    this.h1 = seed ? seed & 4294967295 : SEED, this.h2 = seed ? seed & 4294967295 : SEED;
  }
  update(input) {
    let data, length;
    if (typeof input == "string") {
      data = new Uint8Array(input.length * 2), length = 0;
      for (let i = 0, ii = input.length; i < ii; i++) {
        let code = input.charCodeAt(i);
        code <= 255 ? data[length++] = code : (data[length++] = code >>> 8, data[length++] = code & 255);
      }
    } else if (ArrayBuffer.isView(input))
      data = input.slice(), length = data.byteLength;
    else
      throw new Error("Invalid data format, must be a string or TypedArray.");
    let blockCounts = length >> 2, tailLength = length - blockCounts * 4, dataUint32 = new Uint32Array(data.buffer, 0, blockCounts), k1 = 0, k2 = 0, h1 = this.h1, h2 = this.h2, C1 = 3432918353, C2 = 461845907, C1_LOW = C1 & MASK_LOW, C2_LOW = C2 & MASK_LOW;
    for (let i = 0; i < blockCounts; i++)
      i & 1 ? (k1 = dataUint32[i], k1 = k1 * C1 & MASK_HIGH | k1 * C1_LOW & MASK_LOW, k1 = k1 << 15 | k1 >>> 17, k1 = k1 * C2 & MASK_HIGH | k1 * C2_LOW & MASK_LOW, h1 ^= k1, h1 = h1 << 13 | h1 >>> 19, h1 = h1 * 5 + 3864292196) : (k2 = dataUint32[i], k2 = k2 * C1 & MASK_HIGH | k2 * C1_LOW & MASK_LOW, k2 = k2 << 15 | k2 >>> 17, k2 = k2 * C2 & MASK_HIGH | k2 * C2_LOW & MASK_LOW, h2 ^= k2, h2 = h2 << 13 | h2 >>> 19, h2 = h2 * 5 + 3864292196);
    switch (k1 = 0, tailLength) {
      case 3:
        k1 ^= data[blockCounts * 4 + 2] << 16;
      case 2:
        k1 ^= data[blockCounts * 4 + 1] << 8;
      case 1:
        k1 ^= data[blockCounts * 4], k1 = k1 * C1 & MASK_HIGH | k1 * C1_LOW & MASK_LOW, k1 = k1 << 15 | k1 >>> 17, k1 = k1 * C2 & MASK_HIGH | k1 * C2_LOW & MASK_LOW, blockCounts & 1 ? h1 ^= k1 : h2 ^= k1;
    }
    this.h1 = h1, this.h2 = h2;
  }
  hexdigest() {
    let h1 = this.h1, h2 = this.h2;
    return h1 ^= h2 >>> 1, h1 = h1 * 3981806797 & MASK_HIGH | h1 * 36045 & MASK_LOW, h2 = h2 * 4283543511 & MASK_HIGH | ((h2 << 16 | h1 >>> 16) * 2950163797 & MASK_HIGH) >>> 16, h1 ^= h2 >>> 1, h1 = h1 * 444984403 & MASK_HIGH | h1 * 60499 & MASK_LOW, h2 = h2 * 3301882366 & MASK_HIGH | ((h2 << 16 | h1 >>> 16) * 3120437893 & MASK_HIGH) >>> 16, h1 ^= h2 >>> 1, (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
  }
}, SerializableEmpty = Object.freeze({
  map: null,
  hash: "",
  transfer: void 0
}), AnnotationStorage = class {
  #modified = !1;
  #modifiedIds = null;
  #editorsMap = null;
  #storage = /* @__PURE__ */ new Map();
  constructor() {
    this.onSetModified = null, this.onResetModified = null, this.onAnnotationEditor = null;
  }
  getValue(key, defaultValue) {
    let value = this.#storage.get(key);
    return value === void 0 ? defaultValue : Object.assign(defaultValue, value);
  }
  getRawValue(key) {
    return this.#storage.get(key);
  }
  remove(key) {
    let storedValue = this.#storage.get(key);
    if (storedValue !== void 0 && (storedValue instanceof AnnotationEditor && this.#editorsMap.delete(storedValue.annotationElementId), this.#storage.delete(key), this.#storage.size === 0 && this.resetModified(), typeof this.onAnnotationEditor == "function")) {
      for (let value of this.#storage.values())
        if (value instanceof AnnotationEditor)
          return;
      this.onAnnotationEditor(null);
    }
  }
  setValue(key, value) {
    let obj = this.#storage.get(key), modified = !1;
    if (obj !== void 0)
      for (let [entry, val] of Object.entries(value))
        obj[entry] !== val && (modified = !0, obj[entry] = val);
    else
      modified = !0, this.#storage.set(key, value);
    modified && this.#setModified(), value instanceof AnnotationEditor && ((this.#editorsMap ||= /* @__PURE__ */ new Map()).set(value.annotationElementId, value), typeof this.onAnnotationEditor == "function" && this.onAnnotationEditor(value.constructor._type));
  }
  has(key) {
    return this.#storage.has(key);
  }
  get size() {
    return this.#storage.size;
  }
  #setModified() {
    this.#modified || (this.#modified = !0, typeof this.onSetModified == "function" && this.onSetModified());
  }
  resetModified() {
    this.#modified && (this.#modified = !1, typeof this.onResetModified == "function" && this.onResetModified());
  }
  get print() {
    return new PrintAnnotationStorage(this);
  }
  get serializable() {
    if (this.#storage.size === 0)
      return SerializableEmpty;
    let map = /* @__PURE__ */ new Map(), hash = new MurmurHash3_64(), transfer = [], context = /* @__PURE__ */ Object.create(null), hasBitmap = !1;
    for (let [key, val] of this.#storage) {
      let serialized = val instanceof AnnotationEditor ? val.serialize(!1, context) : val;
      val.page && (val.pageIndex = val.page._pageIndex, delete val.page), serialized && (map.set(key, serialized), hash.update(`${key}:${JSON.stringify(serialized)}`), hasBitmap ||= !!serialized.bitmap);
    }
    if (hasBitmap)
      for (let value of map.values())
        value.bitmap && transfer.push(value.bitmap);
    return map.size > 0 ? {
      map,
      hash: hash.hexdigest(),
      transfer
    } : SerializableEmpty;
  }
  get editorStats() {
    let stats = null, typeToEditor = /* @__PURE__ */ new Map(), numberOfEditedComments = 0, numberOfDeletedComments = 0;
    for (let value of this.#storage.values()) {
      if (!(value instanceof AnnotationEditor)) {
        value.popup && (value.popup.deleted ? numberOfDeletedComments += 1 : numberOfEditedComments += 1);
        continue;
      }
      value.isCommentDeleted ? numberOfDeletedComments += 1 : value.hasEditedComment && (numberOfEditedComments += 1);
      let editorStats = value.telemetryFinalData;
      if (!editorStats)
        continue;
      let {
        type
      } = editorStats;
      typeToEditor.has(type) || typeToEditor.set(type, Object.getPrototypeOf(value).constructor), stats ||= /* @__PURE__ */ Object.create(null);
      let map = stats[type] ||= /* @__PURE__ */ new Map();
      for (let [key, val] of Object.entries(editorStats)) {
        if (key === "type")
          continue;
        let counters = map.get(key);
        counters || (counters = /* @__PURE__ */ new Map(), map.set(key, counters));
        let count = counters.get(val) ?? 0;
        counters.set(val, count + 1);
      }
    }
    if ((numberOfDeletedComments > 0 || numberOfEditedComments > 0) && (stats ||= /* @__PURE__ */ Object.create(null), stats.comments = {
      deleted: numberOfDeletedComments,
      edited: numberOfEditedComments
    }), !stats)
      return null;
    for (let [type, editor] of typeToEditor)
      stats[type] = editor.computeTelemetryFinalData(stats[type]);
    return stats;
  }
  resetModifiedIds() {
    this.#modifiedIds = null;
  }
  updateEditor(annotationId, data) {
    let value = this.#editorsMap?.get(annotationId);
    return value ? (value.updateFromAnnotationLayer(data), !0) : !1;
  }
  getEditor(annotationId) {
    return this.#editorsMap?.get(annotationId) || null;
  }
  get modifiedIds() {
    if (this.#modifiedIds)
      return this.#modifiedIds;
    let ids = [];
    if (this.#editorsMap)
      for (let value of this.#editorsMap.values())
        value.serialize() && ids.push(value.annotationElementId);
    return this.#modifiedIds = {
      ids: new Set(ids),
      hash: ids.join(",")
    };
  }
  [Symbol.iterator]() {
    return this.#storage.entries();
  }
}, PrintAnnotationStorage = class extends AnnotationStorage {
  #serializable;
  constructor(parent) {
    super();
    let {
      map,
      hash,
      transfer
    } = parent.serializable, clone = structuredClone(map, transfer ? {
      transfer
    } : null);
    this.#serializable = {
      map: clone,
      hash,
      transfer
    };
  }
  get print() {
    unreachable("Should not call PrintAnnotationStorage.print");
  }
  get serializable() {
    return this.#serializable;
  }
  get modifiedIds() {
    return shadow(this, "modifiedIds", {
      ids: /* @__PURE__ */ new Set(),
      hash: ""
    });
  }
}, FontLoader = class {
  #systemFonts = /* @__PURE__ */ new Set();
  constructor({
    ownerDocument = globalThis.document,
    styleElement = null
  }) {
    this._document = ownerDocument, this.nativeFontFaces = /* @__PURE__ */ new Set(), this.styleElement = null, this.loadingRequests = [], this.loadTestFontId = 0;
  }
  addNativeFontFace(nativeFontFace) {
    this.nativeFontFaces.add(nativeFontFace), this._document.fonts.add(nativeFontFace);
  }
  removeNativeFontFace(nativeFontFace) {
    this.nativeFontFaces.delete(nativeFontFace), this._document.fonts.delete(nativeFontFace);
  }
  insertRule(rule) {
    this.styleElement || (this.styleElement = this._document.createElement("style"), this._document.documentElement.getElementsByTagName("head")[0].append(this.styleElement));
    let styleSheet = this.styleElement.sheet;
    styleSheet.insertRule(rule, styleSheet.cssRules.length);
  }
  clear() {
    for (let nativeFontFace of this.nativeFontFaces)
      this._document.fonts.delete(nativeFontFace);
    this.nativeFontFaces.clear(), this.#systemFonts.clear(), this.styleElement && (this.styleElement.remove(), this.styleElement = null);
  }
  async loadSystemFont({
    systemFontInfo: info2,
    disableFontFace,
    _inspectFont
  }) {
    if (!(!info2 || this.#systemFonts.has(info2.loadedName))) {
      if (assert(!disableFontFace, "loadSystemFont shouldn't be called when `disableFontFace` is set."), this.isFontLoadingAPISupported) {
        let {
          loadedName,
          src,
          style
        } = info2, fontFace = new FontFace(loadedName, src, style);
        this.addNativeFontFace(fontFace);
        try {
          await fontFace.load(), this.#systemFonts.add(loadedName), _inspectFont?.(info2);
        } catch {
          warn(`Cannot load system font: ${info2.baseFontName}, installing it could help to improve PDF rendering.`), this.removeNativeFontFace(fontFace);
        }
        return;
      }
      unreachable("Not implemented: loadSystemFont without the Font Loading API.");
    }
  }
  async bind(font) {
    if (font.attached || font.missingFile && !font.systemFontInfo)
      return;
    if (font.attached = !0, font.systemFontInfo) {
      await this.loadSystemFont(font);
      return;
    }
    if (this.isFontLoadingAPISupported) {
      let nativeFontFace = font.createNativeFontFace();
      if (nativeFontFace) {
        this.addNativeFontFace(nativeFontFace);
        try {
          await nativeFontFace.loaded;
        } catch (ex) {
          throw warn(`Failed to load font '${nativeFontFace.family}': '${ex}'.`), font.disableFontFace = !0, ex;
        }
      }
      return;
    }
    let rule = font.createFontFaceRule();
    if (rule) {
      if (this.insertRule(rule), this.isSyncFontLoadingSupported)
        return;
      await new Promise((resolve) => {
        let request = this._queueLoadingCallback(resolve);
        this._prepareFontLoadEvent(font, request);
      });
    }
  }
  get isFontLoadingAPISupported() {
    let hasFonts = !!this._document?.fonts;
    return shadow(this, "isFontLoadingAPISupported", hasFonts);
  }
  get isSyncFontLoadingSupported() {
    return shadow(this, "isSyncFontLoadingSupported", isNodeJS || util_FeatureTest.platform.isFirefox);
  }
  _queueLoadingCallback(callback) {
    function completeRequest() {
      for (assert(!request.done, "completeRequest() cannot be called twice."), request.done = !0; loadingRequests.length > 0 && loadingRequests[0].done; ) {
        let otherRequest = loadingRequests.shift();
        setTimeout(otherRequest.callback, 0);
      }
    }
    let {
      loadingRequests
    } = this, request = {
      done: !1,
      complete: completeRequest,
      callback
    };
    return loadingRequests.push(request), request;
  }
  get _loadTestFont() {
    let testFont = atob("T1RUTwALAIAAAwAwQ0ZGIDHtZg4AAAOYAAAAgUZGVE1lkzZwAAAEHAAAABxHREVGABQAFQAABDgAAAAeT1MvMlYNYwkAAAEgAAAAYGNtYXABDQLUAAACNAAAAUJoZWFk/xVFDQAAALwAAAA2aGhlYQdkA+oAAAD0AAAAJGhtdHgD6AAAAAAEWAAAAAZtYXhwAAJQAAAAARgAAAAGbmFtZVjmdH4AAAGAAAAAsXBvc3T/hgAzAAADeAAAACAAAQAAAAEAALZRFsRfDzz1AAsD6AAAAADOBOTLAAAAAM4KHDwAAAAAA+gDIQAAAAgAAgAAAAAAAAABAAADIQAAAFoD6AAAAAAD6AABAAAAAAAAAAAAAAAAAAAAAQAAUAAAAgAAAAQD6AH0AAUAAAKKArwAAACMAooCvAAAAeAAMQECAAACAAYJAAAAAAAAAAAAAQAAAAAAAAAAAAAAAFBmRWQAwAAuAC4DIP84AFoDIQAAAAAAAQAAAAAAAAAAACAAIAABAAAADgCuAAEAAAAAAAAAAQAAAAEAAAAAAAEAAQAAAAEAAAAAAAIAAQAAAAEAAAAAAAMAAQAAAAEAAAAAAAQAAQAAAAEAAAAAAAUAAQAAAAEAAAAAAAYAAQAAAAMAAQQJAAAAAgABAAMAAQQJAAEAAgABAAMAAQQJAAIAAgABAAMAAQQJAAMAAgABAAMAAQQJAAQAAgABAAMAAQQJAAUAAgABAAMAAQQJAAYAAgABWABYAAAAAAAAAwAAAAMAAAAcAAEAAAAAADwAAwABAAAAHAAEACAAAAAEAAQAAQAAAC7//wAAAC7////TAAEAAAAAAAABBgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAD/gwAyAAAAAQAAAAAAAAAAAAAAAAAAAAABAAQEAAEBAQJYAAEBASH4DwD4GwHEAvgcA/gXBIwMAYuL+nz5tQXkD5j3CBLnEQACAQEBIVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYAAABAQAADwACAQEEE/t3Dov6fAH6fAT+fPp8+nwHDosMCvm1Cvm1DAz6fBQAAAAAAAABAAAAAMmJbzEAAAAAzgTjFQAAAADOBOQpAAEAAAAAAAAADAAUAAQAAAABAAAAAgABAAAAAAAAAAAD6AAAAAAAAA==");
    return shadow(this, "_loadTestFont", testFont);
  }
  _prepareFontLoadEvent(font, request) {
    function int32(data2, offset) {
      return data2.charCodeAt(offset) << 24 | data2.charCodeAt(offset + 1) << 16 | data2.charCodeAt(offset + 2) << 8 | data2.charCodeAt(offset + 3) & 255;
    }
    function spliceString(s, offset, remove, insert) {
      let chunk1 = s.substring(0, offset), chunk2 = s.substring(offset + remove);
      return chunk1 + insert + chunk2;
    }
    let i, ii, canvas = this._document.createElement("canvas");
    canvas.width = 1, canvas.height = 1;
    let ctx = canvas.getContext("2d"), called = 0;
    function isFontReady(name, callback) {
      if (++called > 30) {
        warn("Load test font never loaded."), callback();
        return;
      }
      if (ctx.font = "30px " + name, ctx.fillText(".", 0, 20), ctx.getImageData(0, 0, 1, 1).data[3] > 0) {
        callback();
        return;
      }
      setTimeout(isFontReady.bind(null, name, callback));
    }
    let loadTestFontId = `lt${Date.now()}${this.loadTestFontId++}`, data = this._loadTestFont;
    data = spliceString(data, 976, loadTestFontId.length, loadTestFontId);
    let CFF_CHECKSUM_OFFSET = 16, XXXX_VALUE = 1482184792, checksum = int32(data, CFF_CHECKSUM_OFFSET);
    for (i = 0, ii = loadTestFontId.length - 3; i < ii; i += 4)
      checksum = checksum - XXXX_VALUE + int32(loadTestFontId, i) | 0;
    i < loadTestFontId.length && (checksum = checksum - XXXX_VALUE + int32(loadTestFontId + "XXX", i) | 0), data = spliceString(data, CFF_CHECKSUM_OFFSET, 4, string32(checksum));
    let url = `url(data:font/opentype;base64,${btoa(data)});`, rule = `@font-face {font-family:"${loadTestFontId}";src:${url}}`;
    this.insertRule(rule);
    let div = this._document.createElement("div");
    div.style.visibility = "hidden", div.style.width = div.style.height = "10px", div.style.position = "absolute", div.style.top = div.style.left = "0px";
    for (let name of [font.loadedName, loadTestFontId]) {
      let span = this._document.createElement("span");
      span.textContent = "Hi", span.style.fontFamily = name, div.append(span);
    }
    this._document.body.append(div), isFontReady(loadTestFontId, () => {
      div.remove(), request.complete();
    });
  }
}, FontFaceObject = class {
  #fontData;
  constructor(translatedData, inspectFont = null, extra, charProcOperatorList) {
    this.compiledGlyphs = /* @__PURE__ */ Object.create(null), this.#fontData = translatedData, this._inspectFont = inspectFont, extra && Object.assign(this, extra), charProcOperatorList && (this.charProcOperatorList = charProcOperatorList);
  }
  createNativeFontFace() {
    if (!this.data || this.disableFontFace)
      return null;
    let nativeFontFace;
    if (!this.cssFontInfo)
      nativeFontFace = new FontFace(this.loadedName, this.data, {});
    else {
      let css = {
        weight: this.cssFontInfo.fontWeight
      };
      this.cssFontInfo.italicAngle && (css.style = `oblique ${this.cssFontInfo.italicAngle}deg`), nativeFontFace = new FontFace(this.cssFontInfo.fontFamily, this.data, css);
    }
    return this._inspectFont?.(this), nativeFontFace;
  }
  createFontFaceRule() {
    if (!this.data || this.disableFontFace)
      return null;
    let url = `url(data:${this.mimetype};base64,${this.data.toBase64()});`, rule;
    if (!this.cssFontInfo)
      rule = `@font-face {font-family:"${this.loadedName}";src:${url}}`;
    else {
      let css = `font-weight: ${this.cssFontInfo.fontWeight};`;
      this.cssFontInfo.italicAngle && (css += `font-style: oblique ${this.cssFontInfo.italicAngle}deg;`), rule = `@font-face {font-family:"${this.cssFontInfo.fontFamily}";${css}src:${url}}`;
    }
    return this._inspectFont?.(this, url), rule;
  }
  getPathGenerator(objs, character) {
    if (this.compiledGlyphs[character] !== void 0)
      return this.compiledGlyphs[character];
    let objId = this.loadedName + "_path_" + character, cmds;
    try {
      cmds = objs.get(objId);
    } catch (ex) {
      warn(`getPathGenerator - ignoring character: "${ex}".`);
    }
    let path = makePathFromDrawOPS(cmds?.path);
    return this.fontExtraProperties || objs.delete(objId), this.compiledGlyphs[character] = path;
  }
  get black() {
    return this.#fontData.black;
  }
  get bold() {
    return this.#fontData.bold;
  }
  get disableFontFace() {
    return this.#fontData.disableFontFace ?? !1;
  }
  set disableFontFace(value) {
    shadow(this, "disableFontFace", !!value);
  }
  get fontExtraProperties() {
    return this.#fontData.fontExtraProperties ?? !1;
  }
  get isInvalidPDFjsFont() {
    return this.#fontData.isInvalidPDFjsFont;
  }
  get isType3Font() {
    return this.#fontData.isType3Font;
  }
  get italic() {
    return this.#fontData.italic;
  }
  get missingFile() {
    return this.#fontData.missingFile;
  }
  get remeasure() {
    return this.#fontData.remeasure;
  }
  get vertical() {
    return this.#fontData.vertical;
  }
  get ascent() {
    return this.#fontData.ascent;
  }
  get defaultWidth() {
    return this.#fontData.defaultWidth;
  }
  get descent() {
    return this.#fontData.descent;
  }
  get bbox() {
    return this.#fontData.bbox;
  }
  set bbox(bbox) {
    shadow(this, "bbox", bbox);
  }
  get fontMatrix() {
    return this.#fontData.fontMatrix;
  }
  get fallbackName() {
    return this.#fontData.fallbackName;
  }
  get loadedName() {
    return this.#fontData.loadedName;
  }
  get mimetype() {
    return this.#fontData.mimetype;
  }
  get name() {
    return this.#fontData.name;
  }
  get data() {
    return this.#fontData.data;
  }
  clearData() {
    this.#fontData.clearData();
  }
  get cssFontInfo() {
    return this.#fontData.cssFontInfo;
  }
  get systemFontInfo() {
    return this.#fontData.systemFontInfo;
  }
  get defaultVMetrics() {
    return this.#fontData.defaultVMetrics;
  }
}, CssFontInfo = class _CssFontInfo {
  #buffer;
  #view;
  #decoder;
  static strings = ["fontFamily", "fontWeight", "italicAngle"];
  static write(info2) {
    let encoder = new TextEncoder(), encodedStrings = {}, stringsLength = 0;
    for (let prop of _CssFontInfo.strings) {
      let encoded = encoder.encode(info2[prop]);
      encodedStrings[prop] = encoded, stringsLength += 4 + encoded.length;
    }
    let buffer = new ArrayBuffer(stringsLength), data = new Uint8Array(buffer), view = new DataView(buffer), offset = 0;
    for (let prop of _CssFontInfo.strings) {
      let encoded = encodedStrings[prop], length = encoded.length;
      view.setUint32(offset, length), data.set(encoded, offset + 4), offset += 4 + length;
    }
    return assert(offset === buffer.byteLength, "CssFontInfo.write: Buffer overflow"), buffer;
  }
  constructor(buffer) {
    this.#buffer = buffer, this.#view = new DataView(this.#buffer), this.#decoder = new TextDecoder();
  }
  #readString(index) {
    assert(index < _CssFontInfo.strings.length, "Invalid string index");
    let offset = 0;
    for (let i = 0; i < index; i++)
      offset += this.#view.getUint32(offset) + 4;
    let length = this.#view.getUint32(offset);
    return this.#decoder.decode(new Uint8Array(this.#buffer, offset + 4, length));
  }
  get fontFamily() {
    return this.#readString(0);
  }
  get fontWeight() {
    return this.#readString(1);
  }
  get italicAngle() {
    return this.#readString(2);
  }
}, SystemFontInfo = class _SystemFontInfo {
  #buffer;
  #view;
  #decoder;
  static strings = ["css", "loadedName", "baseFontName", "src"];
  static write(info2) {
    let encoder = new TextEncoder(), encodedStrings = {}, stringsLength = 0;
    for (let prop of _SystemFontInfo.strings) {
      let encoded = encoder.encode(info2[prop]);
      encodedStrings[prop] = encoded, stringsLength += 4 + encoded.length;
    }
    stringsLength += 4;
    let encodedStyleStyle, encodedStyleWeight, lengthEstimate = 1 + stringsLength;
    info2.style && (encodedStyleStyle = encoder.encode(info2.style.style), encodedStyleWeight = encoder.encode(info2.style.weight), lengthEstimate += 4 + encodedStyleStyle.length + 4 + encodedStyleWeight.length);
    let buffer = new ArrayBuffer(lengthEstimate), data = new Uint8Array(buffer), view = new DataView(buffer), offset = 0;
    view.setUint8(offset++, info2.guessFallback ? 1 : 0), view.setUint32(offset, 0), offset += 4, stringsLength = 0;
    for (let prop of _SystemFontInfo.strings) {
      let encoded = encodedStrings[prop], length = encoded.length;
      stringsLength += 4 + length, view.setUint32(offset, length), data.set(encoded, offset + 4), offset += 4 + length;
    }
    return view.setUint32(offset - stringsLength - 4, stringsLength), info2.style && (view.setUint32(offset, encodedStyleStyle.length), data.set(encodedStyleStyle, offset + 4), offset += 4 + encodedStyleStyle.length, view.setUint32(offset, encodedStyleWeight.length), data.set(encodedStyleWeight, offset + 4), offset += 4 + encodedStyleWeight.length), assert(offset <= buffer.byteLength, "SubstitionInfo.write: Buffer overflow"), buffer.transferToFixedLength(offset);
  }
  constructor(buffer) {
    this.#buffer = buffer, this.#view = new DataView(this.#buffer), this.#decoder = new TextDecoder();
  }
  get guessFallback() {
    return this.#view.getUint8(0) !== 0;
  }
  #readString(index) {
    assert(index < _SystemFontInfo.strings.length, "Invalid string index");
    let offset = 5;
    for (let i = 0; i < index; i++)
      offset += this.#view.getUint32(offset) + 4;
    let length = this.#view.getUint32(offset);
    return this.#decoder.decode(new Uint8Array(this.#buffer, offset + 4, length));
  }
  get css() {
    return this.#readString(0);
  }
  get loadedName() {
    return this.#readString(1);
  }
  get baseFontName() {
    return this.#readString(2);
  }
  get src() {
    return this.#readString(3);
  }
  get style() {
    let offset = 1;
    offset += 4 + this.#view.getUint32(offset);
    let styleLength = this.#view.getUint32(offset), style = this.#decoder.decode(new Uint8Array(this.#buffer, offset + 4, styleLength));
    offset += 4 + styleLength;
    let weightLength = this.#view.getUint32(offset), weight = this.#decoder.decode(new Uint8Array(this.#buffer, offset + 4, weightLength));
    return {
      style,
      weight
    };
  }
}, FontInfo = class _FontInfo {
  static bools = ["black", "bold", "disableFontFace", "fontExtraProperties", "isInvalidPDFjsFont", "isType3Font", "italic", "missingFile", "remeasure", "vertical"];
  static numbers = ["ascent", "defaultWidth", "descent"];
  static strings = ["fallbackName", "loadedName", "mimetype", "name"];
  static #OFFSET_NUMBERS = Math.ceil(this.bools.length * 2 / 8);
  static #OFFSET_BBOX = this.#OFFSET_NUMBERS + this.numbers.length * 8;
  static #OFFSET_FONT_MATRIX = this.#OFFSET_BBOX + 1 + 8;
  static #OFFSET_DEFAULT_VMETRICS = this.#OFFSET_FONT_MATRIX + 1 + 48;
  static #OFFSET_STRINGS = this.#OFFSET_DEFAULT_VMETRICS + 1 + 6;
  #buffer;
  #decoder;
  #view;
  constructor({
    data,
    extra
  }) {
    this.#buffer = data, this.#decoder = new TextDecoder(), this.#view = new DataView(this.#buffer), extra && Object.assign(this, extra);
  }
  #readBoolean(index) {
    assert(index < _FontInfo.bools.length, "Invalid boolean index");
    let byteOffset = Math.floor(index / 4), bitOffset = index * 2 % 8, value = this.#view.getUint8(byteOffset) >> bitOffset & 3;
    return value === 0 ? void 0 : value === 2;
  }
  get black() {
    return this.#readBoolean(0);
  }
  get bold() {
    return this.#readBoolean(1);
  }
  get disableFontFace() {
    return this.#readBoolean(2);
  }
  get fontExtraProperties() {
    return this.#readBoolean(3);
  }
  get isInvalidPDFjsFont() {
    return this.#readBoolean(4);
  }
  get isType3Font() {
    return this.#readBoolean(5);
  }
  get italic() {
    return this.#readBoolean(6);
  }
  get missingFile() {
    return this.#readBoolean(7);
  }
  get remeasure() {
    return this.#readBoolean(8);
  }
  get vertical() {
    return this.#readBoolean(9);
  }
  #readNumber(index) {
    return assert(index < _FontInfo.numbers.length, "Invalid number index"), this.#view.getFloat64(_FontInfo.#OFFSET_NUMBERS + index * 8);
  }
  get ascent() {
    return this.#readNumber(0);
  }
  get defaultWidth() {
    return this.#readNumber(1);
  }
  get descent() {
    return this.#readNumber(2);
  }
  get bbox() {
    let offset = _FontInfo.#OFFSET_BBOX;
    if (this.#view.getUint8(offset) === 0)
      return;
    offset += 1;
    let bbox = [];
    for (let i = 0; i < 4; i++)
      bbox.push(this.#view.getInt16(offset, !0)), offset += 2;
    return bbox;
  }
  get fontMatrix() {
    let offset = _FontInfo.#OFFSET_FONT_MATRIX;
    if (this.#view.getUint8(offset) === 0)
      return;
    offset += 1;
    let fontMatrix = [];
    for (let i = 0; i < 6; i++)
      fontMatrix.push(this.#view.getFloat64(offset, !0)), offset += 8;
    return fontMatrix;
  }
  get defaultVMetrics() {
    let offset = _FontInfo.#OFFSET_DEFAULT_VMETRICS;
    if (this.#view.getUint8(offset) === 0)
      return;
    offset += 1;
    let defaultVMetrics = [];
    for (let i = 0; i < 3; i++)
      defaultVMetrics.push(this.#view.getInt16(offset, !0)), offset += 2;
    return defaultVMetrics;
  }
  #readString(index) {
    assert(index < _FontInfo.strings.length, "Invalid string index");
    let offset = _FontInfo.#OFFSET_STRINGS + 4;
    for (let i = 0; i < index; i++)
      offset += this.#view.getUint32(offset) + 4;
    let length = this.#view.getUint32(offset), stringData = new Uint8Array(length);
    return stringData.set(new Uint8Array(this.#buffer, offset + 4, length)), this.#decoder.decode(stringData);
  }
  get fallbackName() {
    return this.#readString(0);
  }
  get loadedName() {
    return this.#readString(1);
  }
  get mimetype() {
    return this.#readString(2);
  }
  get name() {
    return this.#readString(3);
  }
  get data() {
    let offset = _FontInfo.#OFFSET_STRINGS, stringsLength = this.#view.getUint32(offset);
    offset += 4 + stringsLength;
    let systemFontInfoLength = this.#view.getUint32(offset);
    offset += 4 + systemFontInfoLength;
    let cssFontInfoLength = this.#view.getUint32(offset);
    offset += 4 + cssFontInfoLength;
    let length = this.#view.getUint32(offset);
    if (length !== 0)
      return new Uint8Array(this.#buffer, offset + 4, length);
  }
  clearData() {
    let offset = _FontInfo.#OFFSET_STRINGS, stringsLength = this.#view.getUint32(offset);
    offset += 4 + stringsLength;
    let systemFontInfoLength = this.#view.getUint32(offset);
    offset += 4 + systemFontInfoLength;
    let cssFontInfoLength = this.#view.getUint32(offset);
    offset += 4 + cssFontInfoLength;
    let length = this.#view.getUint32(offset);
    new Uint8Array(this.#buffer, offset + 4, length).fill(0), this.#view.setUint32(offset, 0);
  }
  get cssFontInfo() {
    let offset = _FontInfo.#OFFSET_STRINGS, stringsLength = this.#view.getUint32(offset);
    offset += 4 + stringsLength;
    let systemFontInfoLength = this.#view.getUint32(offset);
    offset += 4 + systemFontInfoLength;
    let cssFontInfoLength = this.#view.getUint32(offset);
    if (cssFontInfoLength === 0)
      return null;
    let cssFontInfoData = new Uint8Array(cssFontInfoLength);
    return cssFontInfoData.set(new Uint8Array(this.#buffer, offset + 4, cssFontInfoLength)), new CssFontInfo(cssFontInfoData.buffer);
  }
  get systemFontInfo() {
    let offset = _FontInfo.#OFFSET_STRINGS, stringsLength = this.#view.getUint32(offset);
    offset += 4 + stringsLength;
    let systemFontInfoLength = this.#view.getUint32(offset);
    if (systemFontInfoLength === 0)
      return null;
    let systemFontInfoData = new Uint8Array(systemFontInfoLength);
    return systemFontInfoData.set(new Uint8Array(this.#buffer, offset + 4, systemFontInfoLength)), new SystemFontInfo(systemFontInfoData.buffer);
  }
  static write(font) {
    let systemFontInfoBuffer = font.systemFontInfo ? SystemFontInfo.write(font.systemFontInfo) : null, cssFontInfoBuffer = font.cssFontInfo ? CssFontInfo.write(font.cssFontInfo) : null, encoder = new TextEncoder(), encodedStrings = {}, stringsLength = 0;
    for (let prop of _FontInfo.strings)
      encodedStrings[prop] = encoder.encode(font[prop]), stringsLength += 4 + encodedStrings[prop].length;
    let lengthEstimate = _FontInfo.#OFFSET_STRINGS + 4 + stringsLength + 4 + (systemFontInfoBuffer ? systemFontInfoBuffer.byteLength : 0) + 4 + (cssFontInfoBuffer ? cssFontInfoBuffer.byteLength : 0) + 4 + (font.data ? font.data.length : 0), buffer = new ArrayBuffer(lengthEstimate), data = new Uint8Array(buffer), view = new DataView(buffer), offset = 0, numBools = _FontInfo.bools.length, boolByte = 0, boolBit = 0;
    for (let i = 0; i < numBools; i++) {
      let value = font[_FontInfo.bools[i]];
      boolByte |= (value === void 0 ? 0 : value ? 2 : 1) << boolBit, boolBit += 2, (boolBit === 8 || i === numBools - 1) && (view.setUint8(offset++, boolByte), boolByte = 0, boolBit = 0);
    }
    assert(offset === _FontInfo.#OFFSET_NUMBERS, "FontInfo.write: Boolean properties offset mismatch");
    for (let prop of _FontInfo.numbers)
      view.setFloat64(offset, font[prop]), offset += 8;
    if (assert(offset === _FontInfo.#OFFSET_BBOX, "FontInfo.write: Number properties offset mismatch"), font.bbox) {
      view.setUint8(offset++, 4);
      for (let coord of font.bbox)
        view.setInt16(offset, coord, !0), offset += 2;
    } else
      view.setUint8(offset++, 0), offset += 8;
    if (assert(offset === _FontInfo.#OFFSET_FONT_MATRIX, "FontInfo.write: BBox properties offset mismatch"), font.fontMatrix) {
      view.setUint8(offset++, 6);
      for (let point of font.fontMatrix)
        view.setFloat64(offset, point, !0), offset += 8;
    } else
      view.setUint8(offset++, 0), offset += 48;
    if (assert(offset === _FontInfo.#OFFSET_DEFAULT_VMETRICS, "FontInfo.write: FontMatrix properties offset mismatch"), font.defaultVMetrics) {
      view.setUint8(offset++, 1);
      for (let metric of font.defaultVMetrics)
        view.setInt16(offset, metric, !0), offset += 2;
    } else
      view.setUint8(offset++, 0), offset += 6;
    assert(offset === _FontInfo.#OFFSET_STRINGS, "FontInfo.write: DefaultVMetrics properties offset mismatch"), view.setUint32(_FontInfo.#OFFSET_STRINGS, 0), offset += 4;
    for (let prop of _FontInfo.strings) {
      let encoded = encodedStrings[prop], length = encoded.length;
      view.setUint32(offset, length), data.set(encoded, offset + 4), offset += 4 + length;
    }
    if (view.setUint32(_FontInfo.#OFFSET_STRINGS, offset - _FontInfo.#OFFSET_STRINGS - 4), !systemFontInfoBuffer)
      view.setUint32(offset, 0), offset += 4;
    else {
      let length = systemFontInfoBuffer.byteLength;
      view.setUint32(offset, length), assert(offset + 4 + length <= buffer.byteLength, "FontInfo.write: Buffer overflow at systemFontInfo"), data.set(new Uint8Array(systemFontInfoBuffer), offset + 4), offset += 4 + length;
    }
    if (!cssFontInfoBuffer)
      view.setUint32(offset, 0), offset += 4;
    else {
      let length = cssFontInfoBuffer.byteLength;
      view.setUint32(offset, length), assert(offset + 4 + length <= buffer.byteLength, "FontInfo.write: Buffer overflow at cssFontInfo"), data.set(new Uint8Array(cssFontInfoBuffer), offset + 4), offset += 4 + length;
    }
    return font.data === void 0 ? (view.setUint32(offset, 0), offset += 4) : (view.setUint32(offset, font.data.length), data.set(font.data, offset + 4), offset += 4 + font.data.length), assert(offset <= buffer.byteLength, "FontInfo.write: Buffer overflow"), buffer.transferToFixedLength(offset);
  }
}, PatternInfo = class _PatternInfo {
  static #KIND = 0;
  static #HAS_BBOX = 1;
  static #HAS_BACKGROUND = 2;
  static #SHADING_TYPE = 3;
  static #N_COORD = 4;
  static #N_COLOR = 8;
  static #N_STOP = 12;
  static #N_FIGURES = 16;
  constructor(buffer) {
    this.buffer = buffer, this.view = new DataView(buffer), this.data = new Uint8Array(buffer);
  }
  static write(ir) {
    let kind, bbox = null, coords = [], colors = [], colorStops = [], figures = [], shadingType = null, background = null;
    switch (ir[0]) {
      case "RadialAxial":
        kind = ir[1] === "axial" ? 1 : 2, bbox = ir[2], colorStops = ir[3], kind === 1 ? coords.push(...ir[4], ...ir[5]) : coords.push(ir[4][0], ir[4][1], ir[6], ir[5][0], ir[5][1], ir[7]);
        break;
      case "Mesh":
        kind = 3, shadingType = ir[1], coords = ir[2], colors = ir[3], figures = ir[4] || [], bbox = ir[6], background = ir[7];
        break;
      default:
        throw new Error(`Unsupported pattern type: ${ir[0]}`);
    }
    let nCoord = Math.floor(coords.length / 2), nColor = Math.floor(colors.length / 3), nStop = colorStops.length, nFigures = figures.length, figuresSize = 0;
    for (let figure of figures)
      figuresSize += 1, figuresSize = Math.ceil(figuresSize / 4) * 4, figuresSize += 4 + figure.coords.length * 4, figuresSize += 4 + figure.colors.length * 4, figure.verticesPerRow !== void 0 && (figuresSize += 4);
    let byteLen = 20 + nCoord * 8 + nColor * 3 + nStop * 8 + (bbox ? 16 : 0) + (background ? 3 : 0) + figuresSize, buffer = new ArrayBuffer(byteLen), dataView = new DataView(buffer), u8data = new Uint8Array(buffer);
    dataView.setUint8(_PatternInfo.#KIND, kind), dataView.setUint8(_PatternInfo.#HAS_BBOX, bbox ? 1 : 0), dataView.setUint8(_PatternInfo.#HAS_BACKGROUND, background ? 1 : 0), dataView.setUint8(_PatternInfo.#SHADING_TYPE, shadingType), dataView.setUint32(_PatternInfo.#N_COORD, nCoord, !0), dataView.setUint32(_PatternInfo.#N_COLOR, nColor, !0), dataView.setUint32(_PatternInfo.#N_STOP, nStop, !0), dataView.setUint32(_PatternInfo.#N_FIGURES, nFigures, !0);
    let offset = 20;
    new Float32Array(buffer, offset, nCoord * 2).set(coords), offset += nCoord * 8, u8data.set(colors, offset), offset += nColor * 3;
    for (let [pos, hex] of colorStops)
      dataView.setFloat32(offset, pos, !0), offset += 4, dataView.setUint32(offset, parseInt(hex.slice(1), 16), !0), offset += 4;
    if (bbox)
      for (let v of bbox)
        dataView.setFloat32(offset, v, !0), offset += 4;
    background && (u8data.set(background, offset), offset += 3);
    for (let i = 0; i < figures.length; i++) {
      let figure = figures[i];
      dataView.setUint8(offset, figure.type), offset += 1, offset = Math.ceil(offset / 4) * 4, dataView.setUint32(offset, figure.coords.length, !0), offset += 4, new Int32Array(buffer, offset, figure.coords.length).set(figure.coords), offset += figure.coords.length * 4, dataView.setUint32(offset, figure.colors.length, !0), offset += 4, new Int32Array(buffer, offset, figure.colors.length).set(figure.colors), offset += figure.colors.length * 4, figure.verticesPerRow !== void 0 && (dataView.setUint32(offset, figure.verticesPerRow, !0), offset += 4);
    }
    return buffer;
  }
  getIR() {
    let dataView = this.view, kind = this.data[_PatternInfo.#KIND], hasBBox = !!this.data[_PatternInfo.#HAS_BBOX], hasBackground = !!this.data[_PatternInfo.#HAS_BACKGROUND], nCoord = dataView.getUint32(_PatternInfo.#N_COORD, !0), nColor = dataView.getUint32(_PatternInfo.#N_COLOR, !0), nStop = dataView.getUint32(_PatternInfo.#N_STOP, !0), nFigures = dataView.getUint32(_PatternInfo.#N_FIGURES, !0), offset = 20, coords = new Float32Array(this.buffer, offset, nCoord * 2);
    offset += nCoord * 8;
    let colors = new Uint8Array(this.buffer, offset, nColor * 3);
    offset += nColor * 3;
    let stops = [];
    for (let i = 0; i < nStop; ++i) {
      let p = dataView.getFloat32(offset, !0);
      offset += 4;
      let rgb = dataView.getUint32(offset, !0);
      offset += 4, stops.push([p, `#${rgb.toString(16).padStart(6, "0")}`]);
    }
    let bbox = null;
    if (hasBBox) {
      bbox = [];
      for (let i = 0; i < 4; ++i)
        bbox.push(dataView.getFloat32(offset, !0)), offset += 4;
    }
    let background = null;
    hasBackground && (background = new Uint8Array(this.buffer, offset, 3), offset += 3);
    let figures = [];
    for (let i = 0; i < nFigures; ++i) {
      let type = dataView.getUint8(offset);
      offset += 1, offset = Math.ceil(offset / 4) * 4;
      let coordsLength = dataView.getUint32(offset, !0);
      offset += 4;
      let figureCoords = new Int32Array(this.buffer, offset, coordsLength);
      offset += coordsLength * 4;
      let colorsLength = dataView.getUint32(offset, !0);
      offset += 4;
      let figureColors = new Int32Array(this.buffer, offset, colorsLength);
      offset += colorsLength * 4;
      let figure = {
        type,
        coords: figureCoords,
        colors: figureColors
      };
      type === MeshFigureType.LATTICE && (figure.verticesPerRow = dataView.getUint32(offset, !0), offset += 4), figures.push(figure);
    }
    if (kind === 1)
      return ["RadialAxial", "axial", bbox, stops, Array.from(coords.slice(0, 2)), Array.from(coords.slice(2, 4)), null, null];
    if (kind === 2)
      return ["RadialAxial", "radial", bbox, stops, [coords[0], coords[1]], [coords[3], coords[4]], coords[2], coords[5]];
    if (kind === 3) {
      let shadingType = this.data[_PatternInfo.#SHADING_TYPE], bounds = null;
      if (coords.length > 0) {
        let minX = coords[0], maxX = coords[0], minY = coords[1], maxY = coords[1];
        for (let i = 0; i < coords.length; i += 2) {
          let x = coords[i], y = coords[i + 1];
          minX = minX > x ? x : minX, minY = minY > y ? y : minY, maxX = maxX < x ? x : maxX, maxY = maxY < y ? y : maxY;
        }
        bounds = [minX, minY, maxX, maxY];
      }
      return ["Mesh", shadingType, coords, colors, figures, bounds, bbox, background];
    }
    throw new Error(`Unsupported pattern kind: ${kind}`);
  }
}, FontPathInfo = class {
  static write(path) {
    let data, buffer;
    return util_FeatureTest.isFloat16ArraySupported ? (buffer = new ArrayBuffer(path.length * 2), data = new Float16Array(buffer)) : (buffer = new ArrayBuffer(path.length * 4), data = new Float32Array(buffer)), data.set(path), buffer;
  }
  #buffer;
  constructor(buffer) {
    this.#buffer = buffer;
  }
  get path() {
    return util_FeatureTest.isFloat16ArraySupported ? new Float16Array(this.#buffer) : new Float32Array(this.#buffer);
  }
};
function getUrlProp(val) {
  if (val instanceof URL)
    return val.href;
  if (typeof val == "string") {
    if (isNodeJS)
      return val;
    let url = URL.parse(val, window.location);
    if (url)
      return url.href;
  }
  throw new Error("Invalid PDF url data: either string or URL-object is expected in the url property.");
}
function getDataProp(val) {
  if (isNodeJS && typeof Buffer < "u" && val instanceof Buffer)
    throw new Error("Please provide binary data as `Uint8Array`, rather than `Buffer`.");
  if (val instanceof Uint8Array && val.byteLength === val.buffer.byteLength)
    return val;
  if (typeof val == "string")
    return stringToBytes(val);
  if (val instanceof ArrayBuffer || ArrayBuffer.isView(val) || typeof val == "object" && !isNaN(val?.length))
    return new Uint8Array(val);
  throw new Error("Invalid PDF binary data: either TypedArray, string, or array-like object is expected in the data property.");
}
function getFactoryUrlProp(val) {
  if (typeof val != "string")
    return null;
  if (val.endsWith("/"))
    return val;
  throw new Error(`Invalid factory url: "${val}" must include trailing slash.`);
}
var isRefProxy = (v) => typeof v == "object" && Number.isInteger(v?.num) && v.num >= 0 && Number.isInteger(v?.gen) && v.gen >= 0, isNameProxy = (v) => typeof v == "object" && typeof v?.name == "string", isValidExplicitDest = _isValidExplicitDest.bind(null, isRefProxy, isNameProxy), LoopbackPort = class {
  #listeners = /* @__PURE__ */ new Map();
  #deferred = Promise.resolve();
  postMessage(obj, transfer) {
    let event = {
      data: structuredClone(obj, transfer ? {
        transfer
      } : null)
    };
    this.#deferred.then(() => {
      for (let [listener] of this.#listeners)
        listener.call(this, event);
    });
  }
  addEventListener(name, listener, options = null) {
    let rmAbort = null;
    if (options?.signal instanceof AbortSignal) {
      let {
        signal
      } = options;
      if (signal.aborted) {
        warn("LoopbackPort - cannot use an `aborted` signal.");
        return;
      }
      let onAbort = () => this.removeEventListener(name, listener);
      rmAbort = () => signal.removeEventListener("abort", onAbort), signal.addEventListener("abort", onAbort);
    }
    this.#listeners.set(listener, rmAbort);
  }
  removeEventListener(name, listener) {
    this.#listeners.get(listener)?.(), this.#listeners.delete(listener);
  }
  terminate() {
    for (let [, rmAbort] of this.#listeners)
      rmAbort?.();
    this.#listeners.clear();
  }
}, es_promise_try = __webpack_require__(1689), CallbackKind = {
  DATA: 1,
  ERROR: 2
}, StreamKind = {
  CANCEL: 1,
  CANCEL_COMPLETE: 2,
  CLOSE: 3,
  ENQUEUE: 4,
  ERROR: 5,
  PULL: 6,
  PULL_COMPLETE: 7,
  START_COMPLETE: 8
};
function onFn() {
}
function wrapReason(ex) {
  if (ex instanceof AbortException || ex instanceof InvalidPDFException || ex instanceof PasswordException || ex instanceof ResponseException || ex instanceof UnknownErrorException)
    return ex;
  switch (ex instanceof Error || typeof ex == "object" && ex !== null || unreachable('wrapReason: Expected "reason" to be a (possibly cloned) Error.'), ex.name) {
    case "AbortException":
      return new AbortException(ex.message);
    case "InvalidPDFException":
      return new InvalidPDFException(ex.message);
    case "PasswordException":
      return new PasswordException(ex.message, ex.code);
    case "ResponseException":
      return new ResponseException(ex.message, ex.status, ex.missing);
    case "UnknownErrorException":
      return new UnknownErrorException(ex.message, ex.details);
  }
  return new UnknownErrorException(ex.message, ex.toString());
}
var MessageHandler = class {
  #messageAC = new AbortController();
  constructor(sourceName, targetName, comObj) {
    this.sourceName = sourceName, this.targetName = targetName, this.comObj = comObj, this.callbackId = 1, this.streamId = 1, this.streamSinks = /* @__PURE__ */ Object.create(null), this.streamControllers = /* @__PURE__ */ Object.create(null), this.callbackCapabilities = /* @__PURE__ */ Object.create(null), this.actionHandler = /* @__PURE__ */ Object.create(null), comObj.addEventListener("message", this.#onMessage.bind(this), {
      signal: this.#messageAC.signal
    });
  }
  #onMessage({
    data
  }) {
    if (data.targetName !== this.sourceName)
      return;
    if (data.stream) {
      this.#processStreamMessage(data);
      return;
    }
    if (data.callback) {
      let callbackId = data.callbackId, capability = this.callbackCapabilities[callbackId];
      if (!capability)
        throw new Error(`Cannot resolve callback ${callbackId}`);
      if (delete this.callbackCapabilities[callbackId], data.callback === CallbackKind.DATA)
        capability.resolve(data.data);
      else if (data.callback === CallbackKind.ERROR)
        capability.reject(wrapReason(data.reason));
      else
        throw new Error("Unexpected callback case");
      return;
    }
    let action = this.actionHandler[data.action];
    if (!action)
      throw new Error(`Unknown action from worker: ${data.action}`);
    if (data.callbackId) {
      let sourceName = this.sourceName, targetName = data.sourceName, comObj = this.comObj;
      Promise.try(action, data.data).then(function(result) {
        comObj.postMessage({
          sourceName,
          targetName,
          callback: CallbackKind.DATA,
          callbackId: data.callbackId,
          data: result
        });
      }, function(reason) {
        comObj.postMessage({
          sourceName,
          targetName,
          callback: CallbackKind.ERROR,
          callbackId: data.callbackId,
          reason: wrapReason(reason)
        });
      });
      return;
    }
    if (data.streamId) {
      this.#createStreamSink(data);
      return;
    }
    action(data.data);
  }
  on(actionName, handler) {
    let ah = this.actionHandler;
    if (ah[actionName])
      throw new Error(`There is already an actionName called "${actionName}"`);
    ah[actionName] = handler;
  }
  send(actionName, data, transfers) {
    this.comObj.postMessage({
      sourceName: this.sourceName,
      targetName: this.targetName,
      action: actionName,
      data
    }, transfers);
  }
  sendWithPromise(actionName, data, transfers) {
    let callbackId = this.callbackId++, capability = Promise.withResolvers();
    this.callbackCapabilities[callbackId] = capability;
    try {
      this.comObj.postMessage({
        sourceName: this.sourceName,
        targetName: this.targetName,
        action: actionName,
        callbackId,
        data
      }, transfers);
    } catch (ex) {
      capability.reject(ex);
    }
    return capability.promise;
  }
  sendWithStream(actionName, data, queueingStrategy, transfers) {
    let streamId = this.streamId++, sourceName = this.sourceName, targetName = this.targetName, comObj = this.comObj;
    return new ReadableStream({
      start: (controller) => {
        let startCapability = Promise.withResolvers();
        return this.streamControllers[streamId] = {
          controller,
          startCall: startCapability,
          pullCall: null,
          cancelCall: null,
          isClosed: !1
        }, comObj.postMessage({
          sourceName,
          targetName,
          action: actionName,
          streamId,
          data,
          desiredSize: controller.desiredSize
        }, transfers), startCapability.promise;
      },
      pull: (controller) => {
        let pullCapability = Promise.withResolvers();
        return this.streamControllers[streamId].pullCall = pullCapability, comObj.postMessage({
          sourceName,
          targetName,
          stream: StreamKind.PULL,
          streamId,
          desiredSize: controller.desiredSize
        }), pullCapability.promise;
      },
      cancel: (reason) => {
        assert(reason instanceof Error, "cancel must have a valid reason");
        let cancelCapability = Promise.withResolvers();
        return this.streamControllers[streamId].cancelCall = cancelCapability, this.streamControllers[streamId].isClosed = !0, comObj.postMessage({
          sourceName,
          targetName,
          stream: StreamKind.CANCEL,
          streamId,
          reason: wrapReason(reason)
        }), cancelCapability.promise;
      }
    }, queueingStrategy);
  }
  #createStreamSink(data) {
    let streamId = data.streamId, sourceName = this.sourceName, targetName = data.sourceName, comObj = this.comObj, self2 = this, action = this.actionHandler[data.action], streamSink = {
      enqueue(chunk, size = 1, transfers) {
        if (this.isCancelled)
          return;
        let lastDesiredSize = this.desiredSize;
        this.desiredSize -= size, lastDesiredSize > 0 && this.desiredSize <= 0 && (this.sinkCapability = Promise.withResolvers(), this.ready = this.sinkCapability.promise), comObj.postMessage({
          sourceName,
          targetName,
          stream: StreamKind.ENQUEUE,
          streamId,
          chunk
        }, transfers);
      },
      close() {
        this.isCancelled || (this.isCancelled = !0, comObj.postMessage({
          sourceName,
          targetName,
          stream: StreamKind.CLOSE,
          streamId
        }), delete self2.streamSinks[streamId]);
      },
      error(reason) {
        assert(reason instanceof Error, "error must have a valid reason"), !this.isCancelled && (this.isCancelled = !0, comObj.postMessage({
          sourceName,
          targetName,
          stream: StreamKind.ERROR,
          streamId,
          reason: wrapReason(reason)
        }));
      },
      sinkCapability: Promise.withResolvers(),
      onPull: null,
      onCancel: null,
      isCancelled: !1,
      desiredSize: data.desiredSize,
      ready: null
    };
    streamSink.sinkCapability.resolve(), streamSink.ready = streamSink.sinkCapability.promise, this.streamSinks[streamId] = streamSink, Promise.try(action, data.data, streamSink).then(function() {
      comObj.postMessage({
        sourceName,
        targetName,
        stream: StreamKind.START_COMPLETE,
        streamId,
        success: !0
      });
    }, function(reason) {
      comObj.postMessage({
        sourceName,
        targetName,
        stream: StreamKind.START_COMPLETE,
        streamId,
        reason: wrapReason(reason)
      });
    });
  }
  #processStreamMessage(data) {
    let streamId = data.streamId, sourceName = this.sourceName, targetName = data.sourceName, comObj = this.comObj, streamController = this.streamControllers[streamId], streamSink = this.streamSinks[streamId];
    switch (data.stream) {
      case StreamKind.START_COMPLETE:
        data.success ? streamController.startCall.resolve() : streamController.startCall.reject(wrapReason(data.reason));
        break;
      case StreamKind.PULL_COMPLETE:
        data.success ? streamController.pullCall.resolve() : streamController.pullCall.reject(wrapReason(data.reason));
        break;
      case StreamKind.PULL:
        if (!streamSink) {
          comObj.postMessage({
            sourceName,
            targetName,
            stream: StreamKind.PULL_COMPLETE,
            streamId,
            success: !0
          });
          break;
        }
        streamSink.desiredSize <= 0 && data.desiredSize > 0 && streamSink.sinkCapability.resolve(), streamSink.desiredSize = data.desiredSize, Promise.try(streamSink.onPull || onFn).then(function() {
          comObj.postMessage({
            sourceName,
            targetName,
            stream: StreamKind.PULL_COMPLETE,
            streamId,
            success: !0
          });
        }, function(reason) {
          comObj.postMessage({
            sourceName,
            targetName,
            stream: StreamKind.PULL_COMPLETE,
            streamId,
            reason: wrapReason(reason)
          });
        });
        break;
      case StreamKind.ENQUEUE:
        if (assert(streamController, "enqueue should have stream controller"), streamController.isClosed)
          break;
        streamController.controller.enqueue(data.chunk);
        break;
      case StreamKind.CLOSE:
        if (assert(streamController, "close should have stream controller"), streamController.isClosed)
          break;
        streamController.isClosed = !0, streamController.controller.close(), this.#deleteStreamController(streamController, streamId);
        break;
      case StreamKind.ERROR:
        assert(streamController, "error should have stream controller"), streamController.controller.error(wrapReason(data.reason)), this.#deleteStreamController(streamController, streamId);
        break;
      case StreamKind.CANCEL_COMPLETE:
        data.success ? streamController.cancelCall.resolve() : streamController.cancelCall.reject(wrapReason(data.reason)), this.#deleteStreamController(streamController, streamId);
        break;
      case StreamKind.CANCEL:
        if (!streamSink)
          break;
        let dataReason = wrapReason(data.reason);
        Promise.try(streamSink.onCancel || onFn, dataReason).then(function() {
          comObj.postMessage({
            sourceName,
            targetName,
            stream: StreamKind.CANCEL_COMPLETE,
            streamId,
            success: !0
          });
        }, function(reason) {
          comObj.postMessage({
            sourceName,
            targetName,
            stream: StreamKind.CANCEL_COMPLETE,
            streamId,
            reason: wrapReason(reason)
          });
        }), streamSink.sinkCapability.reject(dataReason), streamSink.isCancelled = !0, delete this.streamSinks[streamId];
        break;
      default:
        throw new Error("Unexpected stream case");
    }
  }
  async #deleteStreamController(streamController, streamId) {
    await Promise.allSettled([streamController.startCall?.promise, streamController.pullCall?.promise, streamController.cancelCall?.promise]), delete this.streamControllers[streamId];
  }
  destroy() {
    this.#messageAC?.abort(), this.#messageAC = null;
  }
}, BaseCanvasFactory = class {
  #enableHWA = !1;
  constructor({
    enableHWA = !1
  }) {
    this.#enableHWA = enableHWA;
  }
  create(width, height) {
    if (width <= 0 || height <= 0)
      throw new Error("Invalid canvas size");
    let canvas = this._createCanvas(width, height);
    return {
      canvas,
      context: canvas.getContext("2d", {
        willReadFrequently: !this.#enableHWA
      })
    };
  }
  reset(canvasAndContext, width, height) {
    if (!canvasAndContext.canvas)
      throw new Error("Canvas is not specified");
    if (width <= 0 || height <= 0)
      throw new Error("Invalid canvas size");
    canvasAndContext.canvas.width = width, canvasAndContext.canvas.height = height;
  }
  destroy(canvasAndContext) {
    if (!canvasAndContext.canvas)
      throw new Error("Canvas is not specified");
    canvasAndContext.canvas.width = 0, canvasAndContext.canvas.height = 0, canvasAndContext.canvas = null, canvasAndContext.context = null;
  }
  _createCanvas(width, height) {
    unreachable("Abstract method `_createCanvas` called.");
  }
}, DOMCanvasFactory = class extends BaseCanvasFactory {
  constructor({
    ownerDocument = globalThis.document,
    enableHWA = !1
  }) {
    super({
      enableHWA
    }), this._document = ownerDocument;
  }
  _createCanvas(width, height) {
    let canvas = this._document.createElement("canvas");
    return canvas.width = width, canvas.height = height, canvas;
  }
}, BaseCMapReaderFactory = class {
  constructor({
    baseUrl = null,
    isCompressed = !0
  }) {
    this.baseUrl = baseUrl, this.isCompressed = isCompressed;
  }
  async fetch({
    name
  }) {
    if (!this.baseUrl)
      throw new Error("Ensure that the `cMapUrl` and `cMapPacked` API parameters are provided.");
    if (!name)
      throw new Error("CMap name must be specified.");
    let url = this.baseUrl + name + (this.isCompressed ? ".bcmap" : "");
    return this._fetch(url).then((cMapData) => ({
      cMapData,
      isCompressed: this.isCompressed
    })).catch((reason) => {
      throw new Error(`Unable to load ${this.isCompressed ? "binary " : ""}CMap at: ${url}`);
    });
  }
  async _fetch(url) {
    unreachable("Abstract method `_fetch` called.");
  }
}, DOMCMapReaderFactory = class extends BaseCMapReaderFactory {
  async _fetch(url) {
    let data = await fetchData(url, this.isCompressed ? "arraybuffer" : "text");
    return data instanceof ArrayBuffer ? new Uint8Array(data) : stringToBytes(data);
  }
}, es_iterator_filter = __webpack_require__(2489), BaseFilterFactory = class {
  addFilter(maps) {
    return "none";
  }
  addHCMFilter(fgColor, bgColor) {
    return "none";
  }
  addAlphaFilter(map) {
    return "none";
  }
  addLuminosityFilter(map) {
    return "none";
  }
  addHighlightHCMFilter(filterName, fgColor, bgColor, newFgColor, newBgColor) {
    return "none";
  }
  destroy(keepHCM = !1) {
  }
}, DOMFilterFactory = class extends BaseFilterFactory {
  #baseUrl;
  #_cache;
  #_defs;
  #docId;
  #document;
  #_hcmCache;
  #id = 0;
  constructor({
    docId,
    ownerDocument = globalThis.document
  }) {
    super(), this.#docId = docId, this.#document = ownerDocument;
  }
  get #cache() {
    return this.#_cache ||= /* @__PURE__ */ new Map();
  }
  get #hcmCache() {
    return this.#_hcmCache ||= /* @__PURE__ */ new Map();
  }
  get #defs() {
    if (!this.#_defs) {
      let div = this.#document.createElement("div"), {
        style
      } = div;
      style.visibility = "hidden", style.contain = "strict", style.width = style.height = 0, style.position = "absolute", style.top = style.left = 0, style.zIndex = -1;
      let svg = this.#document.createElementNS(SVG_NS, "svg");
      svg.setAttribute("width", 0), svg.setAttribute("height", 0), this.#_defs = this.#document.createElementNS(SVG_NS, "defs"), div.append(svg), svg.append(this.#_defs), this.#document.body.append(div);
    }
    return this.#_defs;
  }
  #createTables(maps) {
    if (maps.length === 1) {
      let mapR2 = maps[0], buffer = new Array(256);
      for (let i = 0; i < 256; i++)
        buffer[i] = mapR2[i] / 255;
      let table = buffer.join(",");
      return [table, table, table];
    }
    let [mapR, mapG, mapB] = maps, bufferR = new Array(256), bufferG = new Array(256), bufferB = new Array(256);
    for (let i = 0; i < 256; i++)
      bufferR[i] = mapR[i] / 255, bufferG[i] = mapG[i] / 255, bufferB[i] = mapB[i] / 255;
    return [bufferR.join(","), bufferG.join(","), bufferB.join(",")];
  }
  #createUrl(id) {
    if (this.#baseUrl === void 0) {
      this.#baseUrl = "";
      let url = this.#document.URL;
      url !== this.#document.baseURI && (isDataScheme(url) ? warn('#createUrl: ignore "data:"-URL for performance reasons.') : this.#baseUrl = updateUrlHash(url, ""));
    }
    return `url(${this.#baseUrl}#${id})`;
  }
  addFilter(maps) {
    if (!maps)
      return "none";
    let value = this.#cache.get(maps);
    if (value)
      return value;
    let [tableR, tableG, tableB] = this.#createTables(maps), key = maps.length === 1 ? tableR : `${tableR}${tableG}${tableB}`;
    if (value = this.#cache.get(key), value)
      return this.#cache.set(maps, value), value;
    let id = `g_${this.#docId}_transfer_map_${this.#id++}`, url = this.#createUrl(id);
    this.#cache.set(maps, url), this.#cache.set(key, url);
    let filter = this.#createFilter(id);
    return this.#addTransferMapConversion(tableR, tableG, tableB, filter), url;
  }
  addHCMFilter(fgColor, bgColor) {
    let key = `${fgColor}-${bgColor}`, filterName = "base", info2 = this.#hcmCache.get(filterName);
    if (info2?.key === key || (info2 ? (info2.filter?.remove(), info2.key = key, info2.url = "none", info2.filter = null) : (info2 = {
      key,
      url: "none",
      filter: null
    }, this.#hcmCache.set(filterName, info2)), !fgColor || !bgColor))
      return info2.url;
    let fgRGB = this.#getRGB(fgColor);
    fgColor = Util.makeHexColor(...fgRGB);
    let bgRGB = this.#getRGB(bgColor);
    if (bgColor = Util.makeHexColor(...bgRGB), this.#defs.style.color = "", fgColor === "#000000" && bgColor === "#ffffff" || fgColor === bgColor)
      return info2.url;
    let map = new Array(256);
    for (let i = 0; i <= 255; i++) {
      let x = i / 255;
      map[i] = x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    }
    let table = map.join(","), id = `g_${this.#docId}_hcm_filter`, filter = info2.filter = this.#createFilter(id);
    this.#addTransferMapConversion(table, table, table, filter), this.#addGrayConversion(filter);
    let getSteps = (c, n) => {
      let start = fgRGB[c] / 255, end = bgRGB[c] / 255, arr = new Array(n + 1);
      for (let i = 0; i <= n; i++)
        arr[i] = start + i / n * (end - start);
      return arr.join(",");
    };
    return this.#addTransferMapConversion(getSteps(0, 5), getSteps(1, 5), getSteps(2, 5), filter), info2.url = this.#createUrl(id), info2.url;
  }
  addAlphaFilter(map) {
    let value = this.#cache.get(map);
    if (value)
      return value;
    let [tableA] = this.#createTables([map]), key = `alpha_${tableA}`;
    if (value = this.#cache.get(key), value)
      return this.#cache.set(map, value), value;
    let id = `g_${this.#docId}_alpha_map_${this.#id++}`, url = this.#createUrl(id);
    this.#cache.set(map, url), this.#cache.set(key, url);
    let filter = this.#createFilter(id);
    return this.#addTransferMapAlphaConversion(tableA, filter), url;
  }
  addLuminosityFilter(map) {
    let value = this.#cache.get(map || "luminosity");
    if (value)
      return value;
    let tableA, key;
    if (map ? ([tableA] = this.#createTables([map]), key = `luminosity_${tableA}`) : key = "luminosity", value = this.#cache.get(key), value)
      return this.#cache.set(map, value), value;
    let id = `g_${this.#docId}_luminosity_map_${this.#id++}`, url = this.#createUrl(id);
    this.#cache.set(map, url), this.#cache.set(key, url);
    let filter = this.#createFilter(id);
    return this.#addLuminosityConversion(filter), map && this.#addTransferMapAlphaConversion(tableA, filter), url;
  }
  addHighlightHCMFilter(filterName, fgColor, bgColor, newFgColor, newBgColor) {
    let key = `${fgColor}-${bgColor}-${newFgColor}-${newBgColor}`, info2 = this.#hcmCache.get(filterName);
    if (info2?.key === key || (info2 ? (info2.filter?.remove(), info2.key = key, info2.url = "none", info2.filter = null) : (info2 = {
      key,
      url: "none",
      filter: null
    }, this.#hcmCache.set(filterName, info2)), !fgColor || !bgColor))
      return info2.url;
    let [fgRGB, bgRGB] = [fgColor, bgColor].map(this.#getRGB.bind(this)), fgGray = Math.round(0.2126 * fgRGB[0] + 0.7152 * fgRGB[1] + 0.0722 * fgRGB[2]), bgGray = Math.round(0.2126 * bgRGB[0] + 0.7152 * bgRGB[1] + 0.0722 * bgRGB[2]), [newFgRGB, newBgRGB] = [newFgColor, newBgColor].map(this.#getRGB.bind(this));
    bgGray < fgGray && ([fgGray, bgGray, newFgRGB, newBgRGB] = [bgGray, fgGray, newBgRGB, newFgRGB]), this.#defs.style.color = "";
    let getSteps = (fg, bg, n) => {
      let arr = new Array(256), step = (bgGray - fgGray) / n, newStart = fg / 255, newStep = (bg - fg) / (255 * n), prev = 0;
      for (let i = 0; i <= n; i++) {
        let k = Math.round(fgGray + i * step), value = newStart + i * newStep;
        for (let j = prev; j <= k; j++)
          arr[j] = value;
        prev = k + 1;
      }
      for (let i = prev; i < 256; i++)
        arr[i] = arr[prev - 1];
      return arr.join(",");
    }, id = `g_${this.#docId}_hcm_${filterName}_filter`, filter = info2.filter = this.#createFilter(id);
    return this.#addGrayConversion(filter), this.#addTransferMapConversion(getSteps(newFgRGB[0], newBgRGB[0], 5), getSteps(newFgRGB[1], newBgRGB[1], 5), getSteps(newFgRGB[2], newBgRGB[2], 5), filter), info2.url = this.#createUrl(id), info2.url;
  }
  destroy(keepHCM = !1) {
    keepHCM && this.#_hcmCache?.size || (this.#_defs?.parentNode.parentNode.remove(), this.#_defs = null, this.#_cache?.clear(), this.#_cache = null, this.#_hcmCache?.clear(), this.#_hcmCache = null, this.#id = 0);
  }
  #addLuminosityConversion(filter) {
    let feColorMatrix = this.#document.createElementNS(SVG_NS, "feColorMatrix");
    feColorMatrix.setAttribute("type", "matrix"), feColorMatrix.setAttribute("values", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0.3 0.59 0.11 0 0"), filter.append(feColorMatrix);
  }
  #addGrayConversion(filter) {
    let feColorMatrix = this.#document.createElementNS(SVG_NS, "feColorMatrix");
    feColorMatrix.setAttribute("type", "matrix"), feColorMatrix.setAttribute("values", "0.2126 0.7152 0.0722 0 0 0.2126 0.7152 0.0722 0 0 0.2126 0.7152 0.0722 0 0 0 0 0 1 0"), filter.append(feColorMatrix);
  }
  #createFilter(id) {
    let filter = this.#document.createElementNS(SVG_NS, "filter");
    return filter.setAttribute("color-interpolation-filters", "sRGB"), filter.setAttribute("id", id), this.#defs.append(filter), filter;
  }
  #appendFeFunc(feComponentTransfer, func, table) {
    let feFunc = this.#document.createElementNS(SVG_NS, func);
    feFunc.setAttribute("type", "discrete"), feFunc.setAttribute("tableValues", table), feComponentTransfer.append(feFunc);
  }
  #addTransferMapConversion(rTable, gTable, bTable, filter) {
    let feComponentTransfer = this.#document.createElementNS(SVG_NS, "feComponentTransfer");
    filter.append(feComponentTransfer), this.#appendFeFunc(feComponentTransfer, "feFuncR", rTable), this.#appendFeFunc(feComponentTransfer, "feFuncG", gTable), this.#appendFeFunc(feComponentTransfer, "feFuncB", bTable);
  }
  #addTransferMapAlphaConversion(aTable, filter) {
    let feComponentTransfer = this.#document.createElementNS(SVG_NS, "feComponentTransfer");
    filter.append(feComponentTransfer), this.#appendFeFunc(feComponentTransfer, "feFuncA", aTable);
  }
  #getRGB(color) {
    return this.#defs.style.color = color, getRGB(getComputedStyle(this.#defs).getPropertyValue("color"));
  }
}, BaseStandardFontDataFactory = class {
  constructor({
    baseUrl = null
  }) {
    this.baseUrl = baseUrl;
  }
  async fetch({
    filename
  }) {
    if (!this.baseUrl)
      throw new Error("Ensure that the `standardFontDataUrl` API parameter is provided.");
    if (!filename)
      throw new Error("Font filename must be specified.");
    let url = `${this.baseUrl}${filename}`;
    return this._fetch(url).catch((reason) => {
      throw new Error(`Unable to load font data at: ${url}`);
    });
  }
  async _fetch(url) {
    unreachable("Abstract method `_fetch` called.");
  }
}, DOMStandardFontDataFactory = class extends BaseStandardFontDataFactory {
  async _fetch(url) {
    let data = await fetchData(url, "arraybuffer");
    return new Uint8Array(data);
  }
}, BaseWasmFactory = class {
  constructor({
    baseUrl = null
  }) {
    this.baseUrl = baseUrl;
  }
  async fetch({
    filename
  }) {
    if (!this.baseUrl)
      throw new Error("Ensure that the `wasmUrl` API parameter is provided.");
    if (!filename)
      throw new Error("Wasm filename must be specified.");
    let url = `${this.baseUrl}${filename}`;
    return this._fetch(url).catch((reason) => {
      throw new Error(`Unable to load wasm data at: ${url}`);
    });
  }
  async _fetch(url) {
    unreachable("Abstract method `_fetch` called.");
  }
}, DOMWasmFactory = class extends BaseWasmFactory {
  async _fetch(url) {
    let data = await fetchData(url, "arraybuffer");
    return new Uint8Array(data);
  }
};
if (isNodeJS) {
  let canvas;
  try {
    let require2 = process.getBuiltinModule("module").createRequire(import.meta.url);
    try {
      canvas = require2("@napi-rs/canvas");
    } catch (ex) {
      warn(`Cannot load "@napi-rs/canvas" package: "${ex}".`);
    }
  } catch (ex) {
    warn(`Cannot access the \`require\` function: "${ex}".`);
  }
  globalThis.DOMMatrix || (canvas?.DOMMatrix ? globalThis.DOMMatrix = canvas.DOMMatrix : warn("Cannot polyfill `DOMMatrix`, rendering may be broken.")), globalThis.ImageData || (canvas?.ImageData ? globalThis.ImageData = canvas.ImageData : warn("Cannot polyfill `ImageData`, rendering may be broken.")), globalThis.Path2D || (canvas?.Path2D ? globalThis.Path2D = canvas.Path2D : warn("Cannot polyfill `Path2D`, rendering may be broken.")), globalThis.navigator?.language || (globalThis.navigator = {
    language: "en-US",
    platform: "",
    userAgent: ""
  });
}
async function node_utils_fetchData(url) {
  let data = await process.getBuiltinModule("fs").promises.readFile(url);
  return new Uint8Array(data);
}
var NodeFilterFactory = class extends BaseFilterFactory {
}, NodeCanvasFactory = class extends BaseCanvasFactory {
  _createCanvas(width, height) {
    return process.getBuiltinModule("module").createRequire(import.meta.url)("@napi-rs/canvas").createCanvas(width, height);
  }
}, NodeCMapReaderFactory = class extends BaseCMapReaderFactory {
  async _fetch(url) {
    return node_utils_fetchData(url);
  }
}, NodeStandardFontDataFactory = class extends BaseStandardFontDataFactory {
  async _fetch(url) {
    return node_utils_fetchData(url);
  }
}, NodeWasmFactory = class extends BaseWasmFactory {
  async _fetch(url) {
    return node_utils_fetchData(url);
  }
}, es_iterator_for_each = __webpack_require__(7588), FORCED_DEPENDENCY_LABEL = "__forcedDependency", {
  floor,
  ceil
} = Math;
function expandBBox(array, index, minX, minY, maxX, maxY) {
  array[index * 4 + 0] = Math.min(array[index * 4 + 0], minX), array[index * 4 + 1] = Math.min(array[index * 4 + 1], minY), array[index * 4 + 2] = Math.max(array[index * 4 + 2], maxX), array[index * 4 + 3] = Math.max(array[index * 4 + 3], maxY);
}
var EMPTY_BBOX = new Uint32Array(new Uint8Array([255, 255, 0, 0]).buffer)[0], BBoxReader = class {
  #bboxes;
  #coords;
  constructor(bboxes, coords) {
    this.#bboxes = bboxes, this.#coords = coords;
  }
  get length() {
    return this.#bboxes.length;
  }
  isEmpty(i) {
    return this.#bboxes[i] === EMPTY_BBOX;
  }
  minX(i) {
    return this.#coords[i * 4 + 0] / 256;
  }
  minY(i) {
    return this.#coords[i * 4 + 1] / 256;
  }
  maxX(i) {
    return (this.#coords[i * 4 + 2] + 1) / 256;
  }
  maxY(i) {
    return (this.#coords[i * 4 + 3] + 1) / 256;
  }
}, ensureDebugMetadata = (map, key) => {
  if (!map)
    return;
  let value = map.get(key);
  return value || (value = {
    dependencies: /* @__PURE__ */ new Set(),
    isRenderingOperation: !1
  }, map.set(key, value)), value;
}, CanvasDependencyTracker = class {
  #simple = {
    __proto__: null
  };
  #incremental = {
    __proto__: null,
    transform: [],
    moveText: [],
    sameLineText: [],
    [FORCED_DEPENDENCY_LABEL]: []
  };
  #namedDependencies = /* @__PURE__ */ new Map();
  #savesStack = [];
  #markedContentStack = [];
  #baseTransformStack = [[1, 0, 0, 1, 0, 0]];
  #clipBox = [-1 / 0, -1 / 0, 1 / 0, 1 / 0];
  #pendingBBox = new Float64Array([1 / 0, 1 / 0, -1 / 0, -1 / 0]);
  #pendingBBoxIdx = -1;
  #pendingDependencies = /* @__PURE__ */ new Set();
  #operations = /* @__PURE__ */ new Map();
  #fontBBoxTrustworthy = /* @__PURE__ */ new Map();
  #canvasWidth;
  #canvasHeight;
  #bboxesCoords;
  #bboxes;
  #debugMetadata;
  constructor(canvas, operationsCount, recordDebugMetadata = !1) {
    this.#canvasWidth = canvas.width, this.#canvasHeight = canvas.height, this.#initializeBBoxes(operationsCount), recordDebugMetadata && (this.#debugMetadata = /* @__PURE__ */ new Map());
  }
  growOperationsCount(operationsCount) {
    operationsCount >= this.#bboxes.length && this.#initializeBBoxes(operationsCount, this.#bboxes);
  }
  #initializeBBoxes(operationsCount, oldBBoxes) {
    let buffer = new ArrayBuffer(operationsCount * 4);
    this.#bboxesCoords = new Uint8ClampedArray(buffer), this.#bboxes = new Uint32Array(buffer), oldBBoxes && oldBBoxes.length > 0 ? (this.#bboxes.set(oldBBoxes), this.#bboxes.fill(EMPTY_BBOX, oldBBoxes.length)) : this.#bboxes.fill(EMPTY_BBOX);
  }
  save(opIdx) {
    return this.#simple = {
      __proto__: this.#simple
    }, this.#incremental = {
      __proto__: this.#incremental,
      transform: {
        __proto__: this.#incremental.transform
      },
      moveText: {
        __proto__: this.#incremental.moveText
      },
      sameLineText: {
        __proto__: this.#incremental.sameLineText
      },
      [FORCED_DEPENDENCY_LABEL]: {
        __proto__: this.#incremental[FORCED_DEPENDENCY_LABEL]
      }
    }, this.#clipBox = {
      __proto__: this.#clipBox
    }, this.#savesStack.push(opIdx), this;
  }
  restore(opIdx) {
    let previous = Object.getPrototypeOf(this.#simple);
    if (previous === null)
      return this;
    this.#simple = previous, this.#incremental = Object.getPrototypeOf(this.#incremental), this.#clipBox = Object.getPrototypeOf(this.#clipBox);
    let lastSave = this.#savesStack.pop();
    return lastSave !== void 0 && (ensureDebugMetadata(this.#debugMetadata, opIdx)?.dependencies.add(lastSave), this.#bboxes[opIdx] = this.#bboxes[lastSave]), this;
  }
  recordOpenMarker(idx) {
    return this.#savesStack.push(idx), this;
  }
  getOpenMarker() {
    return this.#savesStack.length === 0 ? null : this.#savesStack.at(-1);
  }
  recordCloseMarker(opIdx) {
    let lastSave = this.#savesStack.pop();
    return lastSave !== void 0 && (ensureDebugMetadata(this.#debugMetadata, opIdx)?.dependencies.add(lastSave), this.#bboxes[opIdx] = this.#bboxes[lastSave]), this;
  }
  beginMarkedContent(opIdx) {
    return this.#markedContentStack.push(opIdx), this;
  }
  endMarkedContent(opIdx) {
    let lastSave = this.#markedContentStack.pop();
    return lastSave !== void 0 && (ensureDebugMetadata(this.#debugMetadata, opIdx)?.dependencies.add(lastSave), this.#bboxes[opIdx] = this.#bboxes[lastSave]), this;
  }
  pushBaseTransform(ctx) {
    return this.#baseTransformStack.push(Util.multiplyByDOMMatrix(this.#baseTransformStack.at(-1), ctx.getTransform())), this;
  }
  popBaseTransform() {
    return this.#baseTransformStack.length > 1 && this.#baseTransformStack.pop(), this;
  }
  recordSimpleData(name, idx) {
    return this.#simple[name] = idx, this;
  }
  recordIncrementalData(name, idx) {
    return this.#incremental[name].push(idx), this;
  }
  resetIncrementalData(name, idx) {
    return this.#incremental[name].length = 0, this;
  }
  recordNamedData(name, idx) {
    return this.#namedDependencies.set(name, idx), this;
  }
  recordSimpleDataFromNamed(name, depName, fallbackIdx) {
    this.#simple[name] = this.#namedDependencies.get(depName) ?? fallbackIdx;
  }
  recordFutureForcedDependency(name, idx) {
    return this.recordIncrementalData(FORCED_DEPENDENCY_LABEL, idx), this;
  }
  inheritSimpleDataAsFutureForcedDependencies(names) {
    for (let name of names)
      name in this.#simple && this.recordFutureForcedDependency(name, this.#simple[name]);
    return this;
  }
  inheritPendingDependenciesAsFutureForcedDependencies() {
    for (let dep of this.#pendingDependencies)
      this.recordFutureForcedDependency(FORCED_DEPENDENCY_LABEL, dep);
    return this;
  }
  resetBBox(idx) {
    return this.#pendingBBoxIdx !== idx && (this.#pendingBBoxIdx = idx, this.#pendingBBox[0] = 1 / 0, this.#pendingBBox[1] = 1 / 0, this.#pendingBBox[2] = -1 / 0, this.#pendingBBox[3] = -1 / 0), this;
  }
  recordClipBox(idx, ctx, minX, maxX, minY, maxY) {
    let transform = Util.multiplyByDOMMatrix(this.#baseTransformStack.at(-1), ctx.getTransform()), clipBox = [1 / 0, 1 / 0, -1 / 0, -1 / 0];
    Util.axialAlignedBoundingBox([minX, minY, maxX, maxY], transform, clipBox);
    let intersection = Util.intersect(this.#clipBox, clipBox);
    return intersection ? (this.#clipBox[0] = intersection[0], this.#clipBox[1] = intersection[1], this.#clipBox[2] = intersection[2], this.#clipBox[3] = intersection[3]) : (this.#clipBox[0] = this.#clipBox[1] = 1 / 0, this.#clipBox[2] = this.#clipBox[3] = -1 / 0), this;
  }
  recordBBox(idx, ctx, minX, maxX, minY, maxY) {
    let clipBox = this.#clipBox;
    if (clipBox[0] === 1 / 0)
      return this;
    let transform = Util.multiplyByDOMMatrix(this.#baseTransformStack.at(-1), ctx.getTransform());
    if (clipBox[0] === -1 / 0)
      return Util.axialAlignedBoundingBox([minX, minY, maxX, maxY], transform, this.#pendingBBox), this;
    let bbox = [1 / 0, 1 / 0, -1 / 0, -1 / 0];
    return Util.axialAlignedBoundingBox([minX, minY, maxX, maxY], transform, bbox), this.#pendingBBox[0] = Math.min(this.#pendingBBox[0], Math.max(bbox[0], clipBox[0])), this.#pendingBBox[1] = Math.min(this.#pendingBBox[1], Math.max(bbox[1], clipBox[1])), this.#pendingBBox[2] = Math.max(this.#pendingBBox[2], Math.min(bbox[2], clipBox[2])), this.#pendingBBox[3] = Math.max(this.#pendingBBox[3], Math.min(bbox[3], clipBox[3])), this;
  }
  recordCharacterBBox(idx, ctx, font, scale = 1, x = 0, y = 0, getMeasure) {
    let fontBBox = font.bbox, isBBoxTrustworthy, computedBBox;
    if (fontBBox && (isBBoxTrustworthy = fontBBox[2] !== fontBBox[0] && fontBBox[3] !== fontBBox[1] && this.#fontBBoxTrustworthy.get(font), isBBoxTrustworthy !== !1 && (computedBBox = [0, 0, 0, 0], Util.axialAlignedBoundingBox(fontBBox, font.fontMatrix, computedBBox), (scale !== 1 || x !== 0 || y !== 0) && Util.scaleMinMax([scale, 0, 0, -scale, x, y], computedBBox), isBBoxTrustworthy)))
      return this.recordBBox(idx, ctx, computedBBox[0], computedBBox[2], computedBBox[1], computedBBox[3]);
    if (!getMeasure)
      return this.recordFullPageBBox(idx);
    let measure = getMeasure();
    return fontBBox && computedBBox && isBBoxTrustworthy === void 0 && (isBBoxTrustworthy = computedBBox[0] <= x - measure.actualBoundingBoxLeft && computedBBox[2] >= x + measure.actualBoundingBoxRight && computedBBox[1] <= y - measure.actualBoundingBoxAscent && computedBBox[3] >= y + measure.actualBoundingBoxDescent, this.#fontBBoxTrustworthy.set(font, isBBoxTrustworthy), isBBoxTrustworthy) ? this.recordBBox(idx, ctx, computedBBox[0], computedBBox[2], computedBBox[1], computedBBox[3]) : this.recordBBox(idx, ctx, x - measure.actualBoundingBoxLeft, x + measure.actualBoundingBoxRight, y - measure.actualBoundingBoxAscent, y + measure.actualBoundingBoxDescent);
  }
  recordFullPageBBox(idx) {
    return this.#pendingBBox[0] = Math.max(0, this.#clipBox[0]), this.#pendingBBox[1] = Math.max(0, this.#clipBox[1]), this.#pendingBBox[2] = Math.min(this.#canvasWidth, this.#clipBox[2]), this.#pendingBBox[3] = Math.min(this.#canvasHeight, this.#clipBox[3]), this;
  }
  getSimpleIndex(dependencyName) {
    return this.#simple[dependencyName];
  }
  recordDependencies(idx, dependencyNames) {
    let pendingDependencies = this.#pendingDependencies, simple = this.#simple, incremental = this.#incremental;
    for (let name of dependencyNames)
      name in this.#simple ? pendingDependencies.add(simple[name]) : name in incremental && incremental[name].forEach(pendingDependencies.add, pendingDependencies);
    return this;
  }
  recordNamedDependency(idx, name) {
    return this.#namedDependencies.has(name) && this.#pendingDependencies.add(this.#namedDependencies.get(name)), this;
  }
  recordOperation(idx, preserve = !1) {
    if (this.recordDependencies(idx, [FORCED_DEPENDENCY_LABEL]), this.#debugMetadata) {
      let metadata = ensureDebugMetadata(this.#debugMetadata, idx), {
        dependencies
      } = metadata;
      this.#pendingDependencies.forEach(dependencies.add, dependencies), this.#savesStack.forEach(dependencies.add, dependencies), this.#markedContentStack.forEach(dependencies.add, dependencies), dependencies.delete(idx), metadata.isRenderingOperation = !0;
    }
    if (this.#pendingBBoxIdx === idx) {
      let minX = floor(this.#pendingBBox[0] * 256 / this.#canvasWidth), minY = floor(this.#pendingBBox[1] * 256 / this.#canvasHeight), maxX = ceil(this.#pendingBBox[2] * 256 / this.#canvasWidth), maxY = ceil(this.#pendingBBox[3] * 256 / this.#canvasHeight);
      expandBBox(this.#bboxesCoords, idx, minX, minY, maxX, maxY);
      for (let depIdx of this.#pendingDependencies)
        depIdx !== idx && expandBBox(this.#bboxesCoords, depIdx, minX, minY, maxX, maxY);
      for (let saveIdx of this.#savesStack)
        saveIdx !== idx && expandBBox(this.#bboxesCoords, saveIdx, minX, minY, maxX, maxY);
      for (let saveIdx of this.#markedContentStack)
        saveIdx !== idx && expandBBox(this.#bboxesCoords, saveIdx, minX, minY, maxX, maxY);
      preserve || (this.#pendingDependencies.clear(), this.#pendingBBoxIdx = -1);
    }
    return this;
  }
  recordShowTextOperation(idx, preserve = !1) {
    let deps = Array.from(this.#pendingDependencies);
    this.recordOperation(idx, preserve), this.recordIncrementalData("sameLineText", idx);
    for (let dep of deps)
      this.recordIncrementalData("sameLineText", dep);
    return this;
  }
  bboxToClipBoxDropOperation(idx, preserve = !1) {
    return this.#pendingBBoxIdx === idx && (this.#pendingBBoxIdx = -1, this.#clipBox[0] = Math.max(this.#clipBox[0], this.#pendingBBox[0]), this.#clipBox[1] = Math.max(this.#clipBox[1], this.#pendingBBox[1]), this.#clipBox[2] = Math.min(this.#clipBox[2], this.#pendingBBox[2]), this.#clipBox[3] = Math.min(this.#clipBox[3], this.#pendingBBox[3]), preserve || this.#pendingDependencies.clear()), this;
  }
  _takePendingDependencies() {
    let pendingDependencies = this.#pendingDependencies;
    return this.#pendingDependencies = /* @__PURE__ */ new Set(), pendingDependencies;
  }
  _extractOperation(idx) {
    let operation = this.#operations.get(idx);
    return this.#operations.delete(idx), operation;
  }
  _pushPendingDependencies(dependencies) {
    for (let dep of dependencies)
      this.#pendingDependencies.add(dep);
  }
  take() {
    return this.#fontBBoxTrustworthy.clear(), new BBoxReader(this.#bboxes, this.#bboxesCoords);
  }
  takeDebugMetadata() {
    return this.#debugMetadata;
  }
}, CanvasNestedDependencyTracker = class _CanvasNestedDependencyTracker {
  #dependencyTracker;
  #opIdx;
  #ignoreBBoxes;
  #nestingLevel = 0;
  #savesLevel = 0;
  constructor(dependencyTracker, opIdx, ignoreBBoxes) {
    if (dependencyTracker instanceof _CanvasNestedDependencyTracker && dependencyTracker.#ignoreBBoxes === !!ignoreBBoxes)
      return dependencyTracker;
    this.#dependencyTracker = dependencyTracker, this.#opIdx = opIdx, this.#ignoreBBoxes = !!ignoreBBoxes;
  }
  growOperationsCount() {
    throw new Error("Unreachable");
  }
  save(opIdx) {
    return this.#savesLevel++, this.#dependencyTracker.save(this.#opIdx), this;
  }
  restore(opIdx) {
    return this.#savesLevel > 0 && (this.#dependencyTracker.restore(this.#opIdx), this.#savesLevel--), this;
  }
  recordOpenMarker(idx) {
    return this.#nestingLevel++, this;
  }
  getOpenMarker() {
    return this.#nestingLevel > 0 ? this.#opIdx : this.#dependencyTracker.getOpenMarker();
  }
  recordCloseMarker(idx) {
    return this.#nestingLevel--, this;
  }
  beginMarkedContent(opIdx) {
    return this;
  }
  endMarkedContent(opIdx) {
    return this;
  }
  pushBaseTransform(ctx) {
    return this.#dependencyTracker.pushBaseTransform(ctx), this;
  }
  popBaseTransform() {
    return this.#dependencyTracker.popBaseTransform(), this;
  }
  recordSimpleData(name, idx) {
    return this.#dependencyTracker.recordSimpleData(name, this.#opIdx), this;
  }
  recordIncrementalData(name, idx) {
    return this.#dependencyTracker.recordIncrementalData(name, this.#opIdx), this;
  }
  resetIncrementalData(name, idx) {
    return this.#dependencyTracker.resetIncrementalData(name, this.#opIdx), this;
  }
  recordNamedData(name, idx) {
    return this;
  }
  recordSimpleDataFromNamed(name, depName, fallbackIdx) {
    return this.#dependencyTracker.recordSimpleDataFromNamed(name, depName, this.#opIdx), this;
  }
  recordFutureForcedDependency(name, idx) {
    return this.#dependencyTracker.recordFutureForcedDependency(name, this.#opIdx), this;
  }
  inheritSimpleDataAsFutureForcedDependencies(names) {
    return this.#dependencyTracker.inheritSimpleDataAsFutureForcedDependencies(names), this;
  }
  inheritPendingDependenciesAsFutureForcedDependencies() {
    return this.#dependencyTracker.inheritPendingDependenciesAsFutureForcedDependencies(), this;
  }
  resetBBox(idx) {
    return this.#ignoreBBoxes || this.#dependencyTracker.resetBBox(this.#opIdx), this;
  }
  recordClipBox(idx, ctx, minX, maxX, minY, maxY) {
    return this.#ignoreBBoxes || this.#dependencyTracker.recordClipBox(this.#opIdx, ctx, minX, maxX, minY, maxY), this;
  }
  recordBBox(idx, ctx, minX, maxX, minY, maxY) {
    return this.#ignoreBBoxes || this.#dependencyTracker.recordBBox(this.#opIdx, ctx, minX, maxX, minY, maxY), this;
  }
  recordCharacterBBox(idx, ctx, font, scale, x, y, getMeasure) {
    return this.#ignoreBBoxes || this.#dependencyTracker.recordCharacterBBox(this.#opIdx, ctx, font, scale, x, y, getMeasure), this;
  }
  recordFullPageBBox(idx) {
    return this.#ignoreBBoxes || this.#dependencyTracker.recordFullPageBBox(this.#opIdx), this;
  }
  getSimpleIndex(dependencyName) {
    return this.#dependencyTracker.getSimpleIndex(dependencyName);
  }
  recordDependencies(idx, dependencyNames) {
    return this.#dependencyTracker.recordDependencies(this.#opIdx, dependencyNames), this;
  }
  recordNamedDependency(idx, name) {
    return this.#dependencyTracker.recordNamedDependency(this.#opIdx, name), this;
  }
  recordOperation(idx) {
    return this.#dependencyTracker.recordOperation(this.#opIdx, !0), this;
  }
  recordShowTextOperation(idx) {
    return this.#dependencyTracker.recordShowTextOperation(this.#opIdx, !0), this;
  }
  bboxToClipBoxDropOperation(idx) {
    return this.#ignoreBBoxes || this.#dependencyTracker.bboxToClipBoxDropOperation(this.#opIdx, !0), this;
  }
  take() {
    throw new Error("Unreachable");
  }
  takeDebugMetadata() {
    throw new Error("Unreachable");
  }
}, Dependencies = {
  stroke: ["path", "transform", "filter", "strokeColor", "strokeAlpha", "lineWidth", "lineCap", "lineJoin", "miterLimit", "dash"],
  fill: ["path", "transform", "filter", "fillColor", "fillAlpha", "globalCompositeOperation", "SMask"],
  imageXObject: ["transform", "SMask", "filter", "fillAlpha", "strokeAlpha", "globalCompositeOperation"],
  rawFillPath: ["filter", "fillColor", "fillAlpha"],
  showText: ["transform", "leading", "charSpacing", "wordSpacing", "hScale", "textRise", "moveText", "textMatrix", "font", "fontObj", "filter", "fillColor", "textRenderingMode", "SMask", "fillAlpha", "strokeAlpha", "globalCompositeOperation", "sameLineText"],
  transform: ["transform"],
  transformAndFill: ["transform", "fillColor"]
}, PathType = {
  FILL: "Fill",
  STROKE: "Stroke",
  SHADING: "Shading"
};
function applyBoundingBox(ctx, bbox) {
  if (!bbox)
    return;
  let width = bbox[2] - bbox[0], height = bbox[3] - bbox[1], region = new Path2D();
  region.rect(bbox[0], bbox[1], width, height), ctx.clip(region);
}
var BaseShadingPattern = class {
  isModifyingCurrentTransform() {
    return !1;
  }
  getPattern() {
    unreachable("Abstract method `getPattern` called.");
  }
}, RadialAxialShadingPattern = class extends BaseShadingPattern {
  constructor(IR) {
    super(), this._type = IR[1], this._bbox = IR[2], this._colorStops = IR[3], this._p0 = IR[4], this._p1 = IR[5], this._r0 = IR[6], this._r1 = IR[7], this.matrix = null;
  }
  isOriginBased() {
    return this._p0[0] === 0 && this._p0[1] === 0 && (!this.isRadial() || this._p1[0] === 0 && this._p1[1] === 0);
  }
  isRadial() {
    return this._type === "radial";
  }
  _createGradient(ctx, transform = null) {
    let grad, firstPoint = this._p0, secondPoint = this._p1;
    if (transform && (firstPoint = firstPoint.slice(), secondPoint = secondPoint.slice(), Util.applyTransform(firstPoint, transform), Util.applyTransform(secondPoint, transform)), this._type === "axial")
      grad = ctx.createLinearGradient(firstPoint[0], firstPoint[1], secondPoint[0], secondPoint[1]);
    else if (this._type === "radial") {
      let r0 = this._r0, r1 = this._r1;
      if (transform) {
        let scale = new Float32Array(2);
        Util.singularValueDecompose2dScale(transform, scale), r0 *= scale[0], r1 *= scale[0];
      }
      grad = ctx.createRadialGradient(firstPoint[0], firstPoint[1], r0, secondPoint[0], secondPoint[1], r1);
    }
    for (let colorStop of this._colorStops)
      grad.addColorStop(colorStop[0], colorStop[1]);
    return grad;
  }
  getPattern(ctx, owner, inverse, pathType) {
    let pattern;
    if (pathType === PathType.STROKE || pathType === PathType.FILL) {
      if (this.isOriginBased()) {
        let transf = Util.transform(inverse, owner.baseTransform);
        this.matrix && (transf = Util.transform(transf, this.matrix));
        let precision = 1e-3, n1 = Math.hypot(transf[0], transf[1]), n2 = Math.hypot(transf[2], transf[3]), ps = (transf[0] * transf[2] + transf[1] * transf[3]) / (n1 * n2);
        if (Math.abs(ps) < precision)
          if (this.isRadial()) {
            if (Math.abs(n1 - n2) < precision)
              return this._createGradient(ctx, transf);
          } else
            return this._createGradient(ctx, transf);
      }
      let ownerBBox = owner.current.getClippedPathBoundingBox(pathType, getCurrentTransform(ctx)) || [0, 0, 0, 0], width = Math.ceil(ownerBBox[2] - ownerBBox[0]) || 1, height = Math.ceil(ownerBBox[3] - ownerBBox[1]) || 1, tmpCanvas = owner.cachedCanvases.getCanvas("pattern", width, height), tmpCtx = tmpCanvas.context;
      tmpCtx.clearRect(0, 0, tmpCtx.canvas.width, tmpCtx.canvas.height), tmpCtx.beginPath(), tmpCtx.rect(0, 0, tmpCtx.canvas.width, tmpCtx.canvas.height), tmpCtx.translate(-ownerBBox[0], -ownerBBox[1]), inverse = Util.transform(inverse, [1, 0, 0, 1, ownerBBox[0], ownerBBox[1]]), tmpCtx.transform(...owner.baseTransform), this.matrix && tmpCtx.transform(...this.matrix), applyBoundingBox(tmpCtx, this._bbox), tmpCtx.fillStyle = this._createGradient(tmpCtx), tmpCtx.fill(), pattern = ctx.createPattern(tmpCanvas.canvas, "no-repeat");
      let domMatrix = new DOMMatrix(inverse);
      pattern.setTransform(domMatrix);
    } else
      applyBoundingBox(ctx, this._bbox), pattern = this._createGradient(ctx);
    return pattern;
  }
};
function drawTriangle(data, context, p1, p2, p3, c1, c2, c3) {
  let coords = context.coords, colors = context.colors, bytes = data.data, rowSize = data.width * 4, tmp;
  coords[p1 + 1] > coords[p2 + 1] && (tmp = p1, p1 = p2, p2 = tmp, tmp = c1, c1 = c2, c2 = tmp), coords[p2 + 1] > coords[p3 + 1] && (tmp = p2, p2 = p3, p3 = tmp, tmp = c2, c2 = c3, c3 = tmp), coords[p1 + 1] > coords[p2 + 1] && (tmp = p1, p1 = p2, p2 = tmp, tmp = c1, c1 = c2, c2 = tmp);
  let x1 = (coords[p1] + context.offsetX) * context.scaleX, y1 = (coords[p1 + 1] + context.offsetY) * context.scaleY, x2 = (coords[p2] + context.offsetX) * context.scaleX, y2 = (coords[p2 + 1] + context.offsetY) * context.scaleY, x3 = (coords[p3] + context.offsetX) * context.scaleX, y3 = (coords[p3 + 1] + context.offsetY) * context.scaleY;
  if (y1 >= y3)
    return;
  let c1r = colors[c1], c1g = colors[c1 + 1], c1b = colors[c1 + 2], c2r = colors[c2], c2g = colors[c2 + 1], c2b = colors[c2 + 2], c3r = colors[c3], c3g = colors[c3 + 1], c3b = colors[c3 + 2], minY = Math.round(y1), maxY = Math.round(y3), xa, car, cag, cab, xb, cbr, cbg, cbb;
  for (let y = minY; y <= maxY; y++) {
    if (y < y2) {
      let k2 = y < y1 ? 0 : (y1 - y) / (y1 - y2);
      xa = x1 - (x1 - x2) * k2, car = c1r - (c1r - c2r) * k2, cag = c1g - (c1g - c2g) * k2, cab = c1b - (c1b - c2b) * k2;
    } else {
      let k2;
      y > y3 ? k2 = 1 : y2 === y3 ? k2 = 0 : k2 = (y2 - y) / (y2 - y3), xa = x2 - (x2 - x3) * k2, car = c2r - (c2r - c3r) * k2, cag = c2g - (c2g - c3g) * k2, cab = c2b - (c2b - c3b) * k2;
    }
    let k;
    y < y1 ? k = 0 : y > y3 ? k = 1 : k = (y1 - y) / (y1 - y3), xb = x1 - (x1 - x3) * k, cbr = c1r - (c1r - c3r) * k, cbg = c1g - (c1g - c3g) * k, cbb = c1b - (c1b - c3b) * k;
    let x1_ = Math.round(Math.min(xa, xb)), x2_ = Math.round(Math.max(xa, xb)), j = rowSize * y + x1_ * 4;
    for (let x = x1_; x <= x2_; x++)
      k = (xa - x) / (xa - xb), k < 0 ? k = 0 : k > 1 && (k = 1), bytes[j++] = car - (car - cbr) * k | 0, bytes[j++] = cag - (cag - cbg) * k | 0, bytes[j++] = cab - (cab - cbb) * k | 0, bytes[j++] = 255;
  }
}
function drawFigure(data, figure, context) {
  let ps = figure.coords, cs = figure.colors, i, ii;
  switch (figure.type) {
    case MeshFigureType.LATTICE:
      let verticesPerRow = figure.verticesPerRow, rows = Math.floor(ps.length / verticesPerRow) - 1, cols = verticesPerRow - 1;
      for (i = 0; i < rows; i++) {
        let q = i * verticesPerRow;
        for (let j = 0; j < cols; j++, q++)
          drawTriangle(data, context, ps[q], ps[q + 1], ps[q + verticesPerRow], cs[q], cs[q + 1], cs[q + verticesPerRow]), drawTriangle(data, context, ps[q + verticesPerRow + 1], ps[q + 1], ps[q + verticesPerRow], cs[q + verticesPerRow + 1], cs[q + 1], cs[q + verticesPerRow]);
      }
      break;
    case MeshFigureType.TRIANGLES:
      for (i = 0, ii = ps.length; i < ii; i += 3)
        drawTriangle(data, context, ps[i], ps[i + 1], ps[i + 2], cs[i], cs[i + 1], cs[i + 2]);
      break;
    default:
      throw new Error("illegal figure");
  }
}
var MeshShadingPattern = class extends BaseShadingPattern {
  constructor(IR) {
    super(), this._coords = IR[2], this._colors = IR[3], this._figures = IR[4], this._bounds = IR[5], this._bbox = IR[6], this._background = IR[7], this.matrix = null;
  }
  _createMeshCanvas(combinedScale, backgroundColor, cachedCanvases) {
    let offsetX = Math.floor(this._bounds[0]), offsetY = Math.floor(this._bounds[1]), boundsWidth = Math.ceil(this._bounds[2]) - offsetX, boundsHeight = Math.ceil(this._bounds[3]) - offsetY, width = Math.min(Math.ceil(Math.abs(boundsWidth * combinedScale[0] * 1.1)), 3e3), height = Math.min(Math.ceil(Math.abs(boundsHeight * combinedScale[1] * 1.1)), 3e3), scaleX = boundsWidth / width, scaleY = boundsHeight / height, context = {
      coords: this._coords,
      colors: this._colors,
      offsetX: -offsetX,
      offsetY: -offsetY,
      scaleX: 1 / scaleX,
      scaleY: 1 / scaleY
    }, paddedWidth = width + 4, paddedHeight = height + 4, tmpCanvas = cachedCanvases.getCanvas("mesh", paddedWidth, paddedHeight), tmpCtx = tmpCanvas.context, data = tmpCtx.createImageData(width, height);
    if (backgroundColor) {
      let bytes = data.data;
      for (let i = 0, ii = bytes.length; i < ii; i += 4)
        bytes[i] = backgroundColor[0], bytes[i + 1] = backgroundColor[1], bytes[i + 2] = backgroundColor[2], bytes[i + 3] = 255;
    }
    for (let figure of this._figures)
      drawFigure(data, figure, context);
    return tmpCtx.putImageData(data, 2, 2), {
      canvas: tmpCanvas.canvas,
      offsetX: offsetX - 2 * scaleX,
      offsetY: offsetY - 2 * scaleY,
      scaleX,
      scaleY
    };
  }
  isModifyingCurrentTransform() {
    return !0;
  }
  getPattern(ctx, owner, inverse, pathType) {
    applyBoundingBox(ctx, this._bbox);
    let scale = new Float32Array(2);
    if (pathType === PathType.SHADING)
      Util.singularValueDecompose2dScale(getCurrentTransform(ctx), scale);
    else if (this.matrix) {
      Util.singularValueDecompose2dScale(this.matrix, scale);
      let [matrixScaleX, matrixScaleY] = scale;
      Util.singularValueDecompose2dScale(owner.baseTransform, scale), scale[0] *= matrixScaleX, scale[1] *= matrixScaleY;
    } else
      Util.singularValueDecompose2dScale(owner.baseTransform, scale);
    let temporaryPatternCanvas = this._createMeshCanvas(scale, pathType === PathType.SHADING ? null : this._background, owner.cachedCanvases);
    return pathType !== PathType.SHADING && (ctx.setTransform(...owner.baseTransform), this.matrix && ctx.transform(...this.matrix)), ctx.translate(temporaryPatternCanvas.offsetX, temporaryPatternCanvas.offsetY), ctx.scale(temporaryPatternCanvas.scaleX, temporaryPatternCanvas.scaleY), ctx.createPattern(temporaryPatternCanvas.canvas, "no-repeat");
  }
}, DummyShadingPattern = class extends BaseShadingPattern {
  getPattern() {
    return "hotpink";
  }
};
function getShadingPattern(IR) {
  switch (IR[0]) {
    case "RadialAxial":
      return new RadialAxialShadingPattern(IR);
    case "Mesh":
      return new MeshShadingPattern(IR);
    case "Dummy":
      return new DummyShadingPattern();
  }
  throw new Error(`Unknown IR type: ${IR[0]}`);
}
var PaintType = {
  COLORED: 1,
  UNCOLORED: 2
}, TilingPattern = class _TilingPattern {
  static MAX_PATTERN_SIZE = 3e3;
  constructor(IR, ctx, canvasGraphicsFactory, baseTransform) {
    this.color = IR[1], this.operatorList = IR[2], this.matrix = IR[3], this.bbox = IR[4], this.xstep = IR[5], this.ystep = IR[6], this.paintType = IR[7], this.tilingType = IR[8], this.ctx = ctx, this.canvasGraphicsFactory = canvasGraphicsFactory, this.baseTransform = baseTransform;
  }
  createPatternCanvas(owner, opIdx) {
    let {
      bbox,
      operatorList,
      paintType,
      tilingType,
      color,
      canvasGraphicsFactory
    } = this, {
      xstep,
      ystep
    } = this;
    xstep = Math.abs(xstep), ystep = Math.abs(ystep), info("TilingType: " + tilingType);
    let x0 = bbox[0], y0 = bbox[1], x1 = bbox[2], y1 = bbox[3], width = x1 - x0, height = y1 - y0, scale = new Float32Array(2);
    Util.singularValueDecompose2dScale(this.matrix, scale);
    let [matrixScaleX, matrixScaleY] = scale;
    Util.singularValueDecompose2dScale(this.baseTransform, scale);
    let combinedScaleX = matrixScaleX * scale[0], combinedScaleY = matrixScaleY * scale[1], canvasWidth = width, canvasHeight = height, redrawHorizontally = !1, redrawVertically = !1, xScaledStep = Math.ceil(xstep * combinedScaleX), yScaledStep = Math.ceil(ystep * combinedScaleY), xScaledWidth = Math.ceil(width * combinedScaleX), yScaledHeight = Math.ceil(height * combinedScaleY);
    xScaledStep >= xScaledWidth ? canvasWidth = xstep : redrawHorizontally = !0, yScaledStep >= yScaledHeight ? canvasHeight = ystep : redrawVertically = !0;
    let dimx = this.getSizeAndScale(canvasWidth, this.ctx.canvas.width, combinedScaleX), dimy = this.getSizeAndScale(canvasHeight, this.ctx.canvas.height, combinedScaleY), tmpCanvas = owner.cachedCanvases.getCanvas("pattern", dimx.size, dimy.size), tmpCtx = tmpCanvas.context, graphics = canvasGraphicsFactory.createCanvasGraphics(tmpCtx, opIdx);
    if (graphics.groupLevel = owner.groupLevel, this.setFillAndStrokeStyleToContext(graphics, paintType, color), tmpCtx.translate(-dimx.scale * x0, -dimy.scale * y0), graphics.transform(0, dimx.scale, 0, 0, dimy.scale, 0, 0), tmpCtx.save(), graphics.dependencyTracker?.save(), this.clipBbox(graphics, x0, y0, x1, y1), graphics.baseTransform = getCurrentTransform(graphics.ctx), graphics.executeOperatorList(operatorList), graphics.endDrawing(), graphics.dependencyTracker?.restore(), tmpCtx.restore(), redrawHorizontally || redrawVertically) {
      let image = tmpCanvas.canvas;
      redrawHorizontally && (canvasWidth = xstep), redrawVertically && (canvasHeight = ystep);
      let dimx2 = this.getSizeAndScale(canvasWidth, this.ctx.canvas.width, combinedScaleX), dimy2 = this.getSizeAndScale(canvasHeight, this.ctx.canvas.height, combinedScaleY), xSize = dimx2.size, ySize = dimy2.size, tmpCanvas2 = owner.cachedCanvases.getCanvas("pattern-workaround", xSize, ySize), tmpCtx2 = tmpCanvas2.context, ii = redrawHorizontally ? Math.floor(width / xstep) : 0, jj = redrawVertically ? Math.floor(height / ystep) : 0;
      for (let i = 0; i <= ii; i++)
        for (let j = 0; j <= jj; j++)
          tmpCtx2.drawImage(image, xSize * i, ySize * j, xSize, ySize, 0, 0, xSize, ySize);
      return {
        canvas: tmpCanvas2.canvas,
        scaleX: dimx2.scale,
        scaleY: dimy2.scale,
        offsetX: x0,
        offsetY: y0
      };
    }
    return {
      canvas: tmpCanvas.canvas,
      scaleX: dimx.scale,
      scaleY: dimy.scale,
      offsetX: x0,
      offsetY: y0
    };
  }
  getSizeAndScale(step, realOutputSize, scale) {
    let maxSize = Math.max(_TilingPattern.MAX_PATTERN_SIZE, realOutputSize), size = Math.ceil(step * scale);
    return size >= maxSize ? size = maxSize : scale = size / step, {
      scale,
      size
    };
  }
  clipBbox(graphics, x0, y0, x1, y1) {
    let bboxWidth = x1 - x0, bboxHeight = y1 - y0;
    graphics.ctx.rect(x0, y0, bboxWidth, bboxHeight), Util.axialAlignedBoundingBox([x0, y0, x1, y1], getCurrentTransform(graphics.ctx), graphics.current.minMax), graphics.clip(), graphics.endPath();
  }
  setFillAndStrokeStyleToContext(graphics, paintType, color) {
    let context = graphics.ctx, current = graphics.current;
    switch (paintType) {
      case PaintType.COLORED:
        let {
          fillStyle,
          strokeStyle
        } = this.ctx;
        context.fillStyle = current.fillColor = fillStyle, context.strokeStyle = current.strokeColor = strokeStyle;
        break;
      case PaintType.UNCOLORED:
        context.fillStyle = context.strokeStyle = color, current.fillColor = current.strokeColor = color;
        break;
      default:
        throw new FormatError(`Unsupported paint type: ${paintType}`);
    }
  }
  isModifyingCurrentTransform() {
    return !1;
  }
  getPattern(ctx, owner, inverse, pathType, opIdx) {
    let matrix = inverse;
    pathType !== PathType.SHADING && (matrix = Util.transform(matrix, owner.baseTransform), this.matrix && (matrix = Util.transform(matrix, this.matrix)));
    let temporaryPatternCanvas = this.createPatternCanvas(owner, opIdx), domMatrix = new DOMMatrix(matrix);
    domMatrix = domMatrix.translate(temporaryPatternCanvas.offsetX, temporaryPatternCanvas.offsetY), domMatrix = domMatrix.scale(1 / temporaryPatternCanvas.scaleX, 1 / temporaryPatternCanvas.scaleY);
    let pattern = ctx.createPattern(temporaryPatternCanvas.canvas, "repeat");
    return pattern.setTransform(domMatrix), pattern;
  }
};
function convertBlackAndWhiteToRGBA({
  src,
  srcPos = 0,
  dest,
  width,
  height,
  nonBlackColor = 4294967295,
  inverseDecode = !1
}) {
  let black = util_FeatureTest.isLittleEndian ? 4278190080 : 255, [zeroMapping, oneMapping] = inverseDecode ? [nonBlackColor, black] : [black, nonBlackColor], widthInSource = width >> 3, widthRemainder = width & 7, srcLength = src.length;
  dest = new Uint32Array(dest.buffer);
  let destPos = 0;
  for (let i = 0; i < height; i++) {
    for (let max = srcPos + widthInSource; srcPos < max; srcPos++) {
      let elem2 = srcPos < srcLength ? src[srcPos] : 255;
      dest[destPos++] = elem2 & 128 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 64 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 32 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 16 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 8 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 4 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 2 ? oneMapping : zeroMapping, dest[destPos++] = elem2 & 1 ? oneMapping : zeroMapping;
    }
    if (widthRemainder === 0)
      continue;
    let elem = srcPos < srcLength ? src[srcPos++] : 255;
    for (let j = 0; j < widthRemainder; j++)
      dest[destPos++] = elem & 1 << 7 - j ? oneMapping : zeroMapping;
  }
  return {
    srcPos,
    destPos
  };
}
var MIN_FONT_SIZE = 16, MAX_FONT_SIZE = 100, EXECUTION_TIME = 15, EXECUTION_STEPS = 10, FULL_CHUNK_HEIGHT = 16, SCALE_MATRIX = new DOMMatrix(), XY = new Float32Array(2), MIN_MAX_INIT = new Float32Array([1 / 0, 1 / 0, -1 / 0, -1 / 0]);
function mirrorContextOperations(ctx, destCtx) {
  if (ctx._removeMirroring)
    throw new Error("Context is already forwarding operations.");
  ctx.__originalSave = ctx.save, ctx.__originalRestore = ctx.restore, ctx.__originalRotate = ctx.rotate, ctx.__originalScale = ctx.scale, ctx.__originalTranslate = ctx.translate, ctx.__originalTransform = ctx.transform, ctx.__originalSetTransform = ctx.setTransform, ctx.__originalResetTransform = ctx.resetTransform, ctx.__originalClip = ctx.clip, ctx.__originalMoveTo = ctx.moveTo, ctx.__originalLineTo = ctx.lineTo, ctx.__originalBezierCurveTo = ctx.bezierCurveTo, ctx.__originalRect = ctx.rect, ctx.__originalClosePath = ctx.closePath, ctx.__originalBeginPath = ctx.beginPath, ctx._removeMirroring = () => {
    ctx.save = ctx.__originalSave, ctx.restore = ctx.__originalRestore, ctx.rotate = ctx.__originalRotate, ctx.scale = ctx.__originalScale, ctx.translate = ctx.__originalTranslate, ctx.transform = ctx.__originalTransform, ctx.setTransform = ctx.__originalSetTransform, ctx.resetTransform = ctx.__originalResetTransform, ctx.clip = ctx.__originalClip, ctx.moveTo = ctx.__originalMoveTo, ctx.lineTo = ctx.__originalLineTo, ctx.bezierCurveTo = ctx.__originalBezierCurveTo, ctx.rect = ctx.__originalRect, ctx.closePath = ctx.__originalClosePath, ctx.beginPath = ctx.__originalBeginPath, delete ctx._removeMirroring;
  }, ctx.save = function() {
    destCtx.save(), this.__originalSave();
  }, ctx.restore = function() {
    destCtx.restore(), this.__originalRestore();
  }, ctx.translate = function(x, y) {
    destCtx.translate(x, y), this.__originalTranslate(x, y);
  }, ctx.scale = function(x, y) {
    destCtx.scale(x, y), this.__originalScale(x, y);
  }, ctx.transform = function(a, b, c, d, e, f) {
    destCtx.transform(a, b, c, d, e, f), this.__originalTransform(a, b, c, d, e, f);
  }, ctx.setTransform = function(a, b, c, d, e, f) {
    destCtx.setTransform(a, b, c, d, e, f), this.__originalSetTransform(a, b, c, d, e, f);
  }, ctx.resetTransform = function() {
    destCtx.resetTransform(), this.__originalResetTransform();
  }, ctx.rotate = function(angle) {
    destCtx.rotate(angle), this.__originalRotate(angle);
  }, ctx.clip = function(rule) {
    destCtx.clip(rule), this.__originalClip(rule);
  }, ctx.moveTo = function(x, y) {
    destCtx.moveTo(x, y), this.__originalMoveTo(x, y);
  }, ctx.lineTo = function(x, y) {
    destCtx.lineTo(x, y), this.__originalLineTo(x, y);
  }, ctx.bezierCurveTo = function(cp1x, cp1y, cp2x, cp2y, x, y) {
    destCtx.bezierCurveTo(cp1x, cp1y, cp2x, cp2y, x, y), this.__originalBezierCurveTo(cp1x, cp1y, cp2x, cp2y, x, y);
  }, ctx.rect = function(x, y, width, height) {
    destCtx.rect(x, y, width, height), this.__originalRect(x, y, width, height);
  }, ctx.closePath = function() {
    destCtx.closePath(), this.__originalClosePath();
  }, ctx.beginPath = function() {
    destCtx.beginPath(), this.__originalBeginPath();
  };
}
var CachedCanvases = class {
  constructor(canvasFactory) {
    this.canvasFactory = canvasFactory, this.cache = /* @__PURE__ */ Object.create(null);
  }
  getCanvas(id, width, height) {
    let canvasEntry;
    return this.cache[id] !== void 0 ? (canvasEntry = this.cache[id], this.canvasFactory.reset(canvasEntry, width, height)) : (canvasEntry = this.canvasFactory.create(width, height), this.cache[id] = canvasEntry), canvasEntry;
  }
  delete(id) {
    delete this.cache[id];
  }
  clear() {
    for (let id in this.cache) {
      let canvasEntry = this.cache[id];
      this.canvasFactory.destroy(canvasEntry), delete this.cache[id];
    }
  }
};
function drawImageAtIntegerCoords(ctx, srcImg, srcX, srcY, srcW, srcH, destX, destY, destW, destH) {
  let [a, b, c, d, tx, ty] = getCurrentTransform(ctx);
  if (b === 0 && c === 0) {
    let tlX = destX * a + tx, rTlX = Math.round(tlX), tlY = destY * d + ty, rTlY = Math.round(tlY), brX = (destX + destW) * a + tx, rWidth = Math.abs(Math.round(brX) - rTlX) || 1, brY = (destY + destH) * d + ty, rHeight = Math.abs(Math.round(brY) - rTlY) || 1;
    return ctx.setTransform(Math.sign(a), 0, 0, Math.sign(d), rTlX, rTlY), ctx.drawImage(srcImg, srcX, srcY, srcW, srcH, 0, 0, rWidth, rHeight), ctx.setTransform(a, b, c, d, tx, ty), [rWidth, rHeight];
  }
  if (a === 0 && d === 0) {
    let tlX = destY * c + tx, rTlX = Math.round(tlX), tlY = destX * b + ty, rTlY = Math.round(tlY), brX = (destY + destH) * c + tx, rWidth = Math.abs(Math.round(brX) - rTlX) || 1, brY = (destX + destW) * b + ty, rHeight = Math.abs(Math.round(brY) - rTlY) || 1;
    return ctx.setTransform(0, Math.sign(b), Math.sign(c), 0, rTlX, rTlY), ctx.drawImage(srcImg, srcX, srcY, srcW, srcH, 0, 0, rHeight, rWidth), ctx.setTransform(a, b, c, d, tx, ty), [rHeight, rWidth];
  }
  ctx.drawImage(srcImg, srcX, srcY, srcW, srcH, destX, destY, destW, destH);
  let scaleX = Math.hypot(a, b), scaleY = Math.hypot(c, d);
  return [scaleX * destW, scaleY * destH];
}
var CanvasExtraState = class {
  alphaIsShape = !1;
  fontSize = 0;
  fontSizeScale = 1;
  textMatrix = null;
  textMatrixScale = 1;
  fontMatrix = FONT_IDENTITY_MATRIX;
  leading = 0;
  x = 0;
  y = 0;
  lineX = 0;
  lineY = 0;
  charSpacing = 0;
  wordSpacing = 0;
  textHScale = 1;
  textRenderingMode = TextRenderingMode.FILL;
  textRise = 0;
  fillColor = "#000000";
  strokeColor = "#000000";
  patternFill = !1;
  patternStroke = !1;
  fillAlpha = 1;
  strokeAlpha = 1;
  lineWidth = 1;
  activeSMask = null;
  transferMaps = "none";
  constructor(width, height, preInit) {
    preInit?.(this), this.clipBox = new Float32Array([0, 0, width, height]), this.minMax = MIN_MAX_INIT.slice();
  }
  clone() {
    let clone = Object.create(this);
    return clone.clipBox = this.clipBox.slice(), clone.minMax = this.minMax.slice(), clone;
  }
  getPathBoundingBox(pathType = PathType.FILL, transform = null) {
    let box = this.minMax.slice();
    if (pathType === PathType.STROKE) {
      transform || unreachable("Stroke bounding box must include transform."), Util.singularValueDecompose2dScale(transform, XY);
      let xStrokePad = XY[0] * this.lineWidth / 2, yStrokePad = XY[1] * this.lineWidth / 2;
      box[0] -= xStrokePad, box[1] -= yStrokePad, box[2] += xStrokePad, box[3] += yStrokePad;
    }
    return box;
  }
  updateClipFromPath() {
    let intersect = Util.intersect(this.clipBox, this.getPathBoundingBox());
    this.startNewPathAndClipBox(intersect || [0, 0, 0, 0]);
  }
  isEmptyClip() {
    return this.minMax[0] === 1 / 0;
  }
  startNewPathAndClipBox(box) {
    this.clipBox.set(box, 0), this.minMax.set(MIN_MAX_INIT, 0);
  }
  getClippedPathBoundingBox(pathType = PathType.FILL, transform = null) {
    return Util.intersect(this.clipBox, this.getPathBoundingBox(pathType, transform));
  }
};
function putBinaryImageData(ctx, imgData) {
  if (imgData instanceof ImageData) {
    ctx.putImageData(imgData, 0, 0);
    return;
  }
  let height = imgData.height, width = imgData.width, partialChunkHeight = height % FULL_CHUNK_HEIGHT, fullChunks = (height - partialChunkHeight) / FULL_CHUNK_HEIGHT, totalChunks = partialChunkHeight === 0 ? fullChunks : fullChunks + 1, chunkImgData = ctx.createImageData(width, FULL_CHUNK_HEIGHT), srcPos = 0, destPos, src = imgData.data, dest = chunkImgData.data, i, j, thisChunkHeight, elemsInThisChunk;
  if (imgData.kind === util_ImageKind.GRAYSCALE_1BPP) {
    let srcLength = src.byteLength, dest32 = new Uint32Array(dest.buffer, 0, dest.byteLength >> 2), dest32DataLength = dest32.length, fullSrcDiff = width + 7 >> 3, white = 4294967295, black = util_FeatureTest.isLittleEndian ? 4278190080 : 255;
    for (i = 0; i < totalChunks; i++) {
      for (thisChunkHeight = i < fullChunks ? FULL_CHUNK_HEIGHT : partialChunkHeight, destPos = 0, j = 0; j < thisChunkHeight; j++) {
        let srcDiff = srcLength - srcPos, k = 0, kEnd = srcDiff > fullSrcDiff ? width : srcDiff * 8 - 7, kEndUnrolled = kEnd & -8, mask = 0, srcByte = 0;
        for (; k < kEndUnrolled; k += 8)
          srcByte = src[srcPos++], dest32[destPos++] = srcByte & 128 ? white : black, dest32[destPos++] = srcByte & 64 ? white : black, dest32[destPos++] = srcByte & 32 ? white : black, dest32[destPos++] = srcByte & 16 ? white : black, dest32[destPos++] = srcByte & 8 ? white : black, dest32[destPos++] = srcByte & 4 ? white : black, dest32[destPos++] = srcByte & 2 ? white : black, dest32[destPos++] = srcByte & 1 ? white : black;
        for (; k < kEnd; k++)
          mask === 0 && (srcByte = src[srcPos++], mask = 128), dest32[destPos++] = srcByte & mask ? white : black, mask >>= 1;
      }
      for (; destPos < dest32DataLength; )
        dest32[destPos++] = 0;
      ctx.putImageData(chunkImgData, 0, i * FULL_CHUNK_HEIGHT);
    }
  } else if (imgData.kind === util_ImageKind.RGBA_32BPP) {
    for (j = 0, elemsInThisChunk = width * FULL_CHUNK_HEIGHT * 4, i = 0; i < fullChunks; i++)
      dest.set(src.subarray(srcPos, srcPos + elemsInThisChunk)), srcPos += elemsInThisChunk, ctx.putImageData(chunkImgData, 0, j), j += FULL_CHUNK_HEIGHT;
    i < totalChunks && (elemsInThisChunk = width * partialChunkHeight * 4, dest.set(src.subarray(srcPos, srcPos + elemsInThisChunk)), ctx.putImageData(chunkImgData, 0, j));
  } else if (imgData.kind === util_ImageKind.RGB_24BPP)
    for (thisChunkHeight = FULL_CHUNK_HEIGHT, elemsInThisChunk = width * thisChunkHeight, i = 0; i < totalChunks; i++) {
      for (i >= fullChunks && (thisChunkHeight = partialChunkHeight, elemsInThisChunk = width * thisChunkHeight), destPos = 0, j = elemsInThisChunk; j--; )
        dest[destPos++] = src[srcPos++], dest[destPos++] = src[srcPos++], dest[destPos++] = src[srcPos++], dest[destPos++] = 255;
      ctx.putImageData(chunkImgData, 0, i * FULL_CHUNK_HEIGHT);
    }
  else
    throw new Error(`bad image kind: ${imgData.kind}`);
}
function putBinaryImageMask(ctx, imgData) {
  if (imgData.bitmap) {
    ctx.drawImage(imgData.bitmap, 0, 0);
    return;
  }
  let height = imgData.height, width = imgData.width, partialChunkHeight = height % FULL_CHUNK_HEIGHT, fullChunks = (height - partialChunkHeight) / FULL_CHUNK_HEIGHT, totalChunks = partialChunkHeight === 0 ? fullChunks : fullChunks + 1, chunkImgData = ctx.createImageData(width, FULL_CHUNK_HEIGHT), srcPos = 0, src = imgData.data, dest = chunkImgData.data;
  for (let i = 0; i < totalChunks; i++) {
    let thisChunkHeight = i < fullChunks ? FULL_CHUNK_HEIGHT : partialChunkHeight;
    ({
      srcPos
    } = convertBlackAndWhiteToRGBA({
      src,
      srcPos,
      dest,
      width,
      height: thisChunkHeight,
      nonBlackColor: 0
    })), ctx.putImageData(chunkImgData, 0, i * FULL_CHUNK_HEIGHT);
  }
}
function copyCtxState(sourceCtx, destCtx) {
  let properties = ["strokeStyle", "fillStyle", "fillRule", "globalAlpha", "lineWidth", "lineCap", "lineJoin", "miterLimit", "globalCompositeOperation", "font", "filter"];
  for (let property of properties)
    sourceCtx[property] !== void 0 && (destCtx[property] = sourceCtx[property]);
  sourceCtx.setLineDash !== void 0 && (destCtx.setLineDash(sourceCtx.getLineDash()), destCtx.lineDashOffset = sourceCtx.lineDashOffset);
}
function resetCtxToDefault(ctx) {
  ctx.strokeStyle = ctx.fillStyle = "#000000", ctx.fillRule = "nonzero", ctx.globalAlpha = 1, ctx.lineWidth = 1, ctx.lineCap = "butt", ctx.lineJoin = "miter", ctx.miterLimit = 10, ctx.globalCompositeOperation = "source-over", ctx.font = "10px sans-serif", ctx.setLineDash !== void 0 && (ctx.setLineDash([]), ctx.lineDashOffset = 0);
  let {
    filter
  } = ctx;
  filter !== "none" && filter !== "" && (ctx.filter = "none");
}
function getImageSmoothingEnabled(transform, interpolate) {
  if (interpolate)
    return !0;
  Util.singularValueDecompose2dScale(transform, XY);
  let actualScale = Math.fround(OutputScale.pixelRatio * PixelsPerInch.PDF_TO_CSS_UNITS);
  return XY[0] <= actualScale && XY[1] <= actualScale;
}
var LINE_CAP_STYLES = ["butt", "round", "square"], LINE_JOIN_STYLES = ["miter", "round", "bevel"], NORMAL_CLIP = {}, EO_CLIP = {}, CanvasGraphics = class _CanvasGraphics {
  constructor(canvasCtx, commonObjs, objs, canvasFactory, filterFactory, {
    optionalContentConfig,
    markedContentStack = null
  }, annotationCanvasMap, pageColors, dependencyTracker) {
    this.ctx = canvasCtx, this.current = new CanvasExtraState(this.ctx.canvas.width, this.ctx.canvas.height), this.stateStack = [], this.pendingClip = null, this.pendingEOFill = !1, this.res = null, this.xobjs = null, this.commonObjs = commonObjs, this.objs = objs, this.canvasFactory = canvasFactory, this.filterFactory = filterFactory, this.groupStack = [], this.baseTransform = null, this.baseTransformStack = [], this.groupLevel = 0, this.smaskStack = [], this.smaskCounter = 0, this.tempSMask = null, this.suspendedCtx = null, this.contentVisible = !0, this.markedContentStack = markedContentStack || [], this.optionalContentConfig = optionalContentConfig, this.cachedCanvases = new CachedCanvases(this.canvasFactory), this.cachedPatterns = /* @__PURE__ */ new Map(), this.annotationCanvasMap = annotationCanvasMap, this.viewportScale = 1, this.outputScaleX = 1, this.outputScaleY = 1, this.pageColors = pageColors, this._cachedScaleForStroking = [-1, 0], this._cachedGetSinglePixelWidth = null, this._cachedBitmapsMap = /* @__PURE__ */ new Map(), this.dependencyTracker = dependencyTracker ?? null;
  }
  getObject(opIdx, data, fallback = null) {
    return typeof data == "string" ? (this.dependencyTracker?.recordNamedDependency(opIdx, data), data.startsWith("g_") ? this.commonObjs.get(data) : this.objs.get(data)) : fallback;
  }
  beginDrawing({
    transform,
    viewport,
    transparency = !1,
    background = null
  }) {
    let width = this.ctx.canvas.width, height = this.ctx.canvas.height, savedFillStyle = this.ctx.fillStyle;
    if (this.ctx.fillStyle = background || "#ffffff", this.ctx.fillRect(0, 0, width, height), this.ctx.fillStyle = savedFillStyle, transparency) {
      let transparentCanvas = this.cachedCanvases.getCanvas("transparent", width, height);
      this.compositeCtx = this.ctx, this.transparentCanvas = transparentCanvas.canvas, this.ctx = transparentCanvas.context, this.ctx.save(), this.ctx.transform(...getCurrentTransform(this.compositeCtx));
    }
    this.ctx.save(), resetCtxToDefault(this.ctx), transform && (this.ctx.transform(...transform), this.outputScaleX = transform[0], this.outputScaleY = transform[0]), this.ctx.transform(...viewport.transform), this.viewportScale = viewport.scale, this.baseTransform = getCurrentTransform(this.ctx);
  }
  executeOperatorList(operatorList, executionStartIdx, continueCallback, stepper, operationsFilter) {
    let argsArray = operatorList.argsArray, fnArray = operatorList.fnArray, i = executionStartIdx || 0, argsArrayLen = argsArray.length;
    if (argsArrayLen === i)
      return i;
    let chunkOperations = argsArrayLen - i > EXECUTION_STEPS && typeof continueCallback == "function", endTime = chunkOperations ? Date.now() + EXECUTION_TIME : 0, steps = 0, commonObjs = this.commonObjs, objs = this.objs, fnId, fnArgs;
    for (; ; ) {
      if (stepper !== void 0 && i === stepper.nextBreakPoint)
        return stepper.breakIt(i, continueCallback), i;
      if (!operationsFilter || operationsFilter(i))
        if (fnId = fnArray[i], fnArgs = argsArray[i] ?? null, fnId !== OPS.dependency)
          fnArgs === null ? this[fnId](i) : this[fnId](i, ...fnArgs);
        else
          for (let depObjId of fnArgs) {
            this.dependencyTracker?.recordNamedData(depObjId, i);
            let objsPool = depObjId.startsWith("g_") ? commonObjs : objs;
            if (!objsPool.has(depObjId))
              return objsPool.get(depObjId, continueCallback), i;
          }
      if (i++, i === argsArrayLen)
        return i;
      if (chunkOperations && ++steps > EXECUTION_STEPS) {
        if (Date.now() > endTime)
          return continueCallback(), i;
        steps = 0;
      }
    }
  }
  #restoreInitialState() {
    for (; this.stateStack.length || this.inSMaskMode; )
      this.restore();
    this.current.activeSMask = null, this.ctx.restore(), this.transparentCanvas && (this.ctx = this.compositeCtx, this.ctx.save(), this.ctx.setTransform(1, 0, 0, 1, 0, 0), this.ctx.drawImage(this.transparentCanvas, 0, 0), this.ctx.restore(), this.transparentCanvas = null);
  }
  endDrawing() {
    this.#restoreInitialState(), this.cachedCanvases.clear(), this.cachedPatterns.clear();
    for (let cache of this._cachedBitmapsMap.values()) {
      for (let canvas of cache.values())
        typeof HTMLCanvasElement < "u" && canvas instanceof HTMLCanvasElement && (canvas.width = canvas.height = 0);
      cache.clear();
    }
    this._cachedBitmapsMap.clear(), this.#drawFilter();
  }
  #drawFilter() {
    if (this.pageColors) {
      let hcmFilterId = this.filterFactory.addHCMFilter(this.pageColors.foreground, this.pageColors.background);
      if (hcmFilterId !== "none") {
        let savedFilter = this.ctx.filter;
        this.ctx.filter = hcmFilterId, this.ctx.drawImage(this.ctx.canvas, 0, 0), this.ctx.filter = savedFilter;
      }
    }
  }
  _scaleImage(img, inverseTransform) {
    let width = img.width ?? img.displayWidth, height = img.height ?? img.displayHeight, widthScale = Math.max(Math.hypot(inverseTransform[0], inverseTransform[1]), 1), heightScale = Math.max(Math.hypot(inverseTransform[2], inverseTransform[3]), 1), paintWidth = width, paintHeight = height, tmpCanvasId = "prescale1", tmpCanvas, tmpCtx;
    for (; widthScale > 2 && paintWidth > 1 || heightScale > 2 && paintHeight > 1; ) {
      let newWidth = paintWidth, newHeight = paintHeight;
      widthScale > 2 && paintWidth > 1 && (newWidth = paintWidth >= 16384 ? Math.floor(paintWidth / 2) - 1 || 1 : Math.ceil(paintWidth / 2), widthScale /= paintWidth / newWidth), heightScale > 2 && paintHeight > 1 && (newHeight = paintHeight >= 16384 ? Math.floor(paintHeight / 2) - 1 || 1 : Math.ceil(paintHeight) / 2, heightScale /= paintHeight / newHeight), tmpCanvas = this.cachedCanvases.getCanvas(tmpCanvasId, newWidth, newHeight), tmpCtx = tmpCanvas.context, tmpCtx.clearRect(0, 0, newWidth, newHeight), tmpCtx.drawImage(img, 0, 0, paintWidth, paintHeight, 0, 0, newWidth, newHeight), img = tmpCanvas.canvas, paintWidth = newWidth, paintHeight = newHeight, tmpCanvasId = tmpCanvasId === "prescale1" ? "prescale2" : "prescale1";
    }
    return {
      img,
      paintWidth,
      paintHeight
    };
  }
  _createMaskCanvas(opIdx, img) {
    let ctx = this.ctx, {
      width,
      height
    } = img, fillColor = this.current.fillColor, isPatternFill = this.current.patternFill, currentTransform = getCurrentTransform(ctx), cache, cacheKey, scaled, maskCanvas;
    if ((img.bitmap || img.data) && img.count > 1) {
      let mainKey = img.bitmap || img.data.buffer;
      cacheKey = JSON.stringify(isPatternFill ? currentTransform : [currentTransform.slice(0, 4), fillColor]), cache = this._cachedBitmapsMap.get(mainKey), cache || (cache = /* @__PURE__ */ new Map(), this._cachedBitmapsMap.set(mainKey, cache));
      let cachedImage = cache.get(cacheKey);
      if (cachedImage && !isPatternFill) {
        let offsetX2 = Math.round(Math.min(currentTransform[0], currentTransform[2]) + currentTransform[4]), offsetY2 = Math.round(Math.min(currentTransform[1], currentTransform[3]) + currentTransform[5]);
        return this.dependencyTracker?.recordDependencies(opIdx, Dependencies.transformAndFill), {
          canvas: cachedImage,
          offsetX: offsetX2,
          offsetY: offsetY2
        };
      }
      scaled = cachedImage;
    }
    scaled || (maskCanvas = this.cachedCanvases.getCanvas("maskCanvas", width, height), putBinaryImageMask(maskCanvas.context, img));
    let maskToCanvas = Util.transform(currentTransform, [1 / width, 0, 0, -1 / height, 0, 0]);
    maskToCanvas = Util.transform(maskToCanvas, [1, 0, 0, 1, 0, -height]);
    let minMax = MIN_MAX_INIT.slice();
    Util.axialAlignedBoundingBox([0, 0, width, height], maskToCanvas, minMax);
    let [minX, minY, maxX, maxY] = minMax, drawnWidth = Math.round(maxX - minX) || 1, drawnHeight = Math.round(maxY - minY) || 1, fillCanvas = this.cachedCanvases.getCanvas("fillCanvas", drawnWidth, drawnHeight), fillCtx = fillCanvas.context, offsetX = minX, offsetY = minY;
    fillCtx.translate(-offsetX, -offsetY), fillCtx.transform(...maskToCanvas), scaled || (scaled = this._scaleImage(maskCanvas.canvas, getCurrentTransformInverse(fillCtx)), scaled = scaled.img, cache && isPatternFill && cache.set(cacheKey, scaled)), fillCtx.imageSmoothingEnabled = getImageSmoothingEnabled(getCurrentTransform(fillCtx), img.interpolate), drawImageAtIntegerCoords(fillCtx, scaled, 0, 0, scaled.width, scaled.height, 0, 0, width, height), fillCtx.globalCompositeOperation = "source-in";
    let inverse = Util.transform(getCurrentTransformInverse(fillCtx), [1, 0, 0, 1, -offsetX, -offsetY]);
    return fillCtx.fillStyle = isPatternFill ? fillColor.getPattern(ctx, this, inverse, PathType.FILL, opIdx) : fillColor, fillCtx.fillRect(0, 0, width, height), cache && !isPatternFill && (this.cachedCanvases.delete("fillCanvas"), cache.set(cacheKey, fillCanvas.canvas)), this.dependencyTracker?.recordDependencies(opIdx, Dependencies.transformAndFill), {
      canvas: fillCanvas.canvas,
      offsetX: Math.round(offsetX),
      offsetY: Math.round(offsetY)
    };
  }
  setLineWidth(opIdx, width) {
    this.dependencyTracker?.recordSimpleData("lineWidth", opIdx), width !== this.current.lineWidth && (this._cachedScaleForStroking[0] = -1), this.current.lineWidth = width, this.ctx.lineWidth = width;
  }
  setLineCap(opIdx, style) {
    this.dependencyTracker?.recordSimpleData("lineCap", opIdx), this.ctx.lineCap = LINE_CAP_STYLES[style];
  }
  setLineJoin(opIdx, style) {
    this.dependencyTracker?.recordSimpleData("lineJoin", opIdx), this.ctx.lineJoin = LINE_JOIN_STYLES[style];
  }
  setMiterLimit(opIdx, limit) {
    this.dependencyTracker?.recordSimpleData("miterLimit", opIdx), this.ctx.miterLimit = limit;
  }
  setDash(opIdx, dashArray, dashPhase) {
    this.dependencyTracker?.recordSimpleData("dash", opIdx);
    let ctx = this.ctx;
    ctx.setLineDash !== void 0 && (ctx.setLineDash(dashArray), ctx.lineDashOffset = dashPhase);
  }
  setRenderingIntent(opIdx, intent) {
  }
  setFlatness(opIdx, flatness) {
  }
  setGState(opIdx, states) {
    for (let [key, value] of states)
      switch (key) {
        case "LW":
          this.setLineWidth(opIdx, value);
          break;
        case "LC":
          this.setLineCap(opIdx, value);
          break;
        case "LJ":
          this.setLineJoin(opIdx, value);
          break;
        case "ML":
          this.setMiterLimit(opIdx, value);
          break;
        case "D":
          this.setDash(opIdx, value[0], value[1]);
          break;
        case "RI":
          this.setRenderingIntent(opIdx, value);
          break;
        case "FL":
          this.setFlatness(opIdx, value);
          break;
        case "Font":
          this.setFont(opIdx, value[0], value[1]);
          break;
        case "CA":
          this.dependencyTracker?.recordSimpleData("strokeAlpha", opIdx), this.current.strokeAlpha = value;
          break;
        case "ca":
          this.dependencyTracker?.recordSimpleData("fillAlpha", opIdx), this.ctx.globalAlpha = this.current.fillAlpha = value;
          break;
        case "BM":
          this.dependencyTracker?.recordSimpleData("globalCompositeOperation", opIdx), this.ctx.globalCompositeOperation = value;
          break;
        case "SMask":
          this.dependencyTracker?.recordSimpleData("SMask", opIdx), this.current.activeSMask = value ? this.tempSMask : null, this.tempSMask = null, this.checkSMaskState();
          break;
        case "TR":
          this.dependencyTracker?.recordSimpleData("filter", opIdx), this.ctx.filter = this.current.transferMaps = this.filterFactory.addFilter(value);
          break;
      }
  }
  get inSMaskMode() {
    return !!this.suspendedCtx;
  }
  checkSMaskState() {
    let inSMaskMode = this.inSMaskMode;
    this.current.activeSMask && !inSMaskMode ? this.beginSMaskMode() : !this.current.activeSMask && inSMaskMode && this.endSMaskMode();
  }
  beginSMaskMode(opIdx) {
    if (this.inSMaskMode)
      throw new Error("beginSMaskMode called while already in smask mode");
    let drawnWidth = this.ctx.canvas.width, drawnHeight = this.ctx.canvas.height, cacheId = "smaskGroupAt" + this.groupLevel, scratchCanvas = this.cachedCanvases.getCanvas(cacheId, drawnWidth, drawnHeight);
    this.suspendedCtx = this.ctx;
    let ctx = this.ctx = scratchCanvas.context;
    ctx.setTransform(this.suspendedCtx.getTransform()), copyCtxState(this.suspendedCtx, ctx), mirrorContextOperations(ctx, this.suspendedCtx), this.setGState(opIdx, [["BM", "source-over"]]);
  }
  endSMaskMode() {
    if (!this.inSMaskMode)
      throw new Error("endSMaskMode called while not in smask mode");
    this.ctx._removeMirroring(), copyCtxState(this.ctx, this.suspendedCtx), this.ctx = this.suspendedCtx, this.suspendedCtx = null;
  }
  compose(dirtyBox) {
    if (!this.current.activeSMask)
      return;
    dirtyBox ? (dirtyBox[0] = Math.floor(dirtyBox[0]), dirtyBox[1] = Math.floor(dirtyBox[1]), dirtyBox[2] = Math.ceil(dirtyBox[2]), dirtyBox[3] = Math.ceil(dirtyBox[3])) : dirtyBox = [0, 0, this.ctx.canvas.width, this.ctx.canvas.height];
    let smask = this.current.activeSMask, suspendedCtx = this.suspendedCtx;
    this.composeSMask(suspendedCtx, smask, this.ctx, dirtyBox), this.ctx.save(), this.ctx.setTransform(1, 0, 0, 1, 0, 0), this.ctx.clearRect(0, 0, this.ctx.canvas.width, this.ctx.canvas.height), this.ctx.restore();
  }
  composeSMask(ctx, smask, layerCtx, layerBox) {
    let layerOffsetX = layerBox[0], layerOffsetY = layerBox[1], layerWidth = layerBox[2] - layerOffsetX, layerHeight = layerBox[3] - layerOffsetY;
    layerWidth === 0 || layerHeight === 0 || (this.genericComposeSMask(smask.context, layerCtx, layerWidth, layerHeight, smask.subtype, smask.backdrop, smask.transferMap, layerOffsetX, layerOffsetY, smask.offsetX, smask.offsetY), ctx.save(), ctx.globalAlpha = 1, ctx.globalCompositeOperation = "source-over", ctx.setTransform(1, 0, 0, 1, 0, 0), ctx.drawImage(layerCtx.canvas, 0, 0), ctx.restore());
  }
  genericComposeSMask(maskCtx, layerCtx, width, height, subtype, backdrop, transferMap, layerOffsetX, layerOffsetY, maskOffsetX, maskOffsetY) {
    let maskCanvas = maskCtx.canvas, maskX = layerOffsetX - maskOffsetX, maskY = layerOffsetY - maskOffsetY;
    if (backdrop)
      if (maskX < 0 || maskY < 0 || maskX + width > maskCanvas.width || maskY + height > maskCanvas.height) {
        let canvas = this.cachedCanvases.getCanvas("maskExtension", width, height), ctx = canvas.context;
        ctx.drawImage(maskCanvas, -maskX, -maskY), ctx.globalCompositeOperation = "destination-atop", ctx.fillStyle = backdrop, ctx.fillRect(0, 0, width, height), ctx.globalCompositeOperation = "source-over", maskCanvas = canvas.canvas, maskX = maskY = 0;
      } else {
        maskCtx.save(), maskCtx.globalAlpha = 1, maskCtx.setTransform(1, 0, 0, 1, 0, 0);
        let clip2 = new Path2D();
        clip2.rect(maskX, maskY, width, height), maskCtx.clip(clip2), maskCtx.globalCompositeOperation = "destination-atop", maskCtx.fillStyle = backdrop, maskCtx.fillRect(maskX, maskY, width, height), maskCtx.restore();
      }
    layerCtx.save(), layerCtx.globalAlpha = 1, layerCtx.setTransform(1, 0, 0, 1, 0, 0), subtype === "Alpha" && transferMap ? layerCtx.filter = this.filterFactory.addAlphaFilter(transferMap) : subtype === "Luminosity" && (layerCtx.filter = this.filterFactory.addLuminosityFilter(transferMap));
    let clip = new Path2D();
    clip.rect(layerOffsetX, layerOffsetY, width, height), layerCtx.clip(clip), layerCtx.globalCompositeOperation = "destination-in", layerCtx.drawImage(maskCanvas, maskX, maskY, width, height, layerOffsetX, layerOffsetY, width, height), layerCtx.restore();
  }
  save(opIdx) {
    this.inSMaskMode && copyCtxState(this.ctx, this.suspendedCtx), this.ctx.save();
    let old = this.current;
    this.stateStack.push(old), this.current = old.clone(), this.dependencyTracker?.save(opIdx);
  }
  restore(opIdx) {
    if (this.dependencyTracker?.restore(opIdx), this.stateStack.length === 0) {
      this.inSMaskMode && this.endSMaskMode();
      return;
    }
    this.current = this.stateStack.pop(), this.ctx.restore(), this.inSMaskMode && copyCtxState(this.suspendedCtx, this.ctx), this.checkSMaskState(), this.pendingClip = null, this._cachedScaleForStroking[0] = -1, this._cachedGetSinglePixelWidth = null;
  }
  transform(opIdx, a, b, c, d, e, f) {
    this.dependencyTracker?.recordIncrementalData("transform", opIdx), this.ctx.transform(a, b, c, d, e, f), this._cachedScaleForStroking[0] = -1, this._cachedGetSinglePixelWidth = null;
  }
  constructPath(opIdx, op, data, minMax) {
    let [path] = data;
    if (!minMax) {
      path ||= data[0] = new Path2D(), this[op](opIdx, path);
      return;
    }
    if (this.dependencyTracker !== null) {
      let outerExtraSize = op === OPS.stroke ? this.current.lineWidth / 2 : 0;
      this.dependencyTracker.resetBBox(opIdx).recordBBox(opIdx, this.ctx, minMax[0] - outerExtraSize, minMax[2] + outerExtraSize, minMax[1] - outerExtraSize, minMax[3] + outerExtraSize).recordDependencies(opIdx, ["transform"]);
    }
    path instanceof Path2D || (path = data[0] = makePathFromDrawOPS(path)), Util.axialAlignedBoundingBox(minMax, getCurrentTransform(this.ctx), this.current.minMax), this[op](opIdx, path), this._pathStartIdx = opIdx;
  }
  closePath(opIdx) {
    this.ctx.closePath();
  }
  stroke(opIdx, path, consumePath = !0) {
    let ctx = this.ctx, strokeColor = this.current.strokeColor;
    if (ctx.globalAlpha = this.current.strokeAlpha, this.contentVisible)
      if (typeof strokeColor == "object" && strokeColor?.getPattern) {
        let baseTransform = strokeColor.isModifyingCurrentTransform() ? ctx.getTransform() : null;
        if (ctx.save(), ctx.strokeStyle = strokeColor.getPattern(ctx, this, getCurrentTransformInverse(ctx), PathType.STROKE, opIdx), baseTransform) {
          let newPath = new Path2D();
          newPath.addPath(path, ctx.getTransform().invertSelf().multiplySelf(baseTransform)), path = newPath;
        }
        this.rescaleAndStroke(path, !1), ctx.restore();
      } else
        this.rescaleAndStroke(path, !0);
    this.dependencyTracker?.recordDependencies(opIdx, Dependencies.stroke), consumePath && this.consumePath(opIdx, path, this.current.getClippedPathBoundingBox(PathType.STROKE, getCurrentTransform(this.ctx))), ctx.globalAlpha = this.current.fillAlpha;
  }
  closeStroke(opIdx, path) {
    this.stroke(opIdx, path);
  }
  fill(opIdx, path, consumePath = !0) {
    let ctx = this.ctx, fillColor = this.current.fillColor, isPatternFill = this.current.patternFill, needRestore = !1;
    if (isPatternFill) {
      let baseTransform = fillColor.isModifyingCurrentTransform() ? ctx.getTransform() : null;
      if (this.dependencyTracker?.save(opIdx), ctx.save(), ctx.fillStyle = fillColor.getPattern(ctx, this, getCurrentTransformInverse(ctx), PathType.FILL, opIdx), baseTransform) {
        let newPath = new Path2D();
        newPath.addPath(path, ctx.getTransform().invertSelf().multiplySelf(baseTransform)), path = newPath;
      }
      needRestore = !0;
    }
    let intersect = this.current.getClippedPathBoundingBox();
    this.contentVisible && intersect !== null && (this.pendingEOFill ? (ctx.fill(path, "evenodd"), this.pendingEOFill = !1) : ctx.fill(path)), this.dependencyTracker?.recordDependencies(opIdx, Dependencies.fill), needRestore && (ctx.restore(), this.dependencyTracker?.restore(opIdx)), consumePath && this.consumePath(opIdx, path, intersect);
  }
  eoFill(opIdx, path) {
    this.pendingEOFill = !0, this.fill(opIdx, path);
  }
  fillStroke(opIdx, path) {
    this.fill(opIdx, path, !1), this.stroke(opIdx, path, !1), this.consumePath(opIdx, path);
  }
  eoFillStroke(opIdx, path) {
    this.pendingEOFill = !0, this.fillStroke(opIdx, path);
  }
  closeFillStroke(opIdx, path) {
    this.fillStroke(opIdx, path);
  }
  closeEOFillStroke(opIdx, path) {
    this.pendingEOFill = !0, this.fillStroke(opIdx, path);
  }
  endPath(opIdx, path) {
    this.consumePath(opIdx, path);
  }
  rawFillPath(opIdx, path) {
    this.ctx.fill(path), this.dependencyTracker?.recordDependencies(opIdx, Dependencies.rawFillPath).recordOperation(opIdx);
  }
  clip(opIdx) {
    this.dependencyTracker?.recordFutureForcedDependency("clipMode", opIdx), this.pendingClip = NORMAL_CLIP;
  }
  eoClip(opIdx) {
    this.dependencyTracker?.recordFutureForcedDependency("clipMode", opIdx), this.pendingClip = EO_CLIP;
  }
  beginText(opIdx) {
    this.current.textMatrix = null, this.current.textMatrixScale = 1, this.current.x = this.current.lineX = 0, this.current.y = this.current.lineY = 0, this.dependencyTracker?.recordOpenMarker(opIdx).resetIncrementalData("sameLineText").resetIncrementalData("moveText", opIdx);
  }
  endText(opIdx) {
    let paths = this.pendingTextPaths, ctx = this.ctx;
    if (this.dependencyTracker) {
      let {
        dependencyTracker
      } = this;
      paths !== void 0 && dependencyTracker.recordFutureForcedDependency("textClip", dependencyTracker.getOpenMarker()).recordFutureForcedDependency("textClip", opIdx), dependencyTracker.recordCloseMarker(opIdx);
    }
    if (paths !== void 0) {
      let newPath = new Path2D(), invTransf = ctx.getTransform().invertSelf();
      for (let {
        transform,
        x,
        y,
        fontSize,
        path
      } of paths)
        path && newPath.addPath(path, new DOMMatrix(transform).preMultiplySelf(invTransf).translate(x, y).scale(fontSize, -fontSize));
      ctx.clip(newPath);
    }
    delete this.pendingTextPaths;
  }
  setCharSpacing(opIdx, spacing) {
    this.dependencyTracker?.recordSimpleData("charSpacing", opIdx), this.current.charSpacing = spacing;
  }
  setWordSpacing(opIdx, spacing) {
    this.dependencyTracker?.recordSimpleData("wordSpacing", opIdx), this.current.wordSpacing = spacing;
  }
  setHScale(opIdx, scale) {
    this.dependencyTracker?.recordSimpleData("hScale", opIdx), this.current.textHScale = scale / 100;
  }
  setLeading(opIdx, leading) {
    this.dependencyTracker?.recordSimpleData("leading", opIdx), this.current.leading = -leading;
  }
  setFont(opIdx, fontRefName, size) {
    this.dependencyTracker?.recordSimpleData("font", opIdx).recordSimpleDataFromNamed("fontObj", fontRefName, opIdx);
    let fontObj = this.commonObjs.get(fontRefName), current = this.current;
    if (!fontObj)
      throw new Error(`Can't find font for ${fontRefName}`);
    if (current.fontMatrix = fontObj.fontMatrix || FONT_IDENTITY_MATRIX, (current.fontMatrix[0] === 0 || current.fontMatrix[3] === 0) && warn("Invalid font matrix for font " + fontRefName), size < 0 ? (size = -size, current.fontDirection = -1) : current.fontDirection = 1, this.current.font = fontObj, this.current.fontSize = size, fontObj.isType3Font)
      return;
    let name = fontObj.loadedName || "sans-serif", typeface = fontObj.systemFontInfo?.css || `"${name}", ${fontObj.fallbackName}`, bold = "normal";
    fontObj.black ? bold = "900" : fontObj.bold && (bold = "bold");
    let italic = fontObj.italic ? "italic" : "normal", browserFontSize = size;
    size < MIN_FONT_SIZE ? browserFontSize = MIN_FONT_SIZE : size > MAX_FONT_SIZE && (browserFontSize = MAX_FONT_SIZE), this.current.fontSizeScale = size / browserFontSize, this.ctx.font = `${italic} ${bold} ${browserFontSize}px ${typeface}`;
  }
  setTextRenderingMode(opIdx, mode) {
    this.dependencyTracker?.recordSimpleData("textRenderingMode", opIdx), this.current.textRenderingMode = mode;
  }
  setTextRise(opIdx, rise) {
    this.dependencyTracker?.recordSimpleData("textRise", opIdx), this.current.textRise = rise;
  }
  moveText(opIdx, x, y) {
    this.dependencyTracker?.resetIncrementalData("sameLineText").recordIncrementalData("moveText", opIdx), this.current.x = this.current.lineX += x, this.current.y = this.current.lineY += y;
  }
  setLeadingMoveText(opIdx, x, y) {
    this.setLeading(opIdx, -y), this.moveText(opIdx, x, y);
  }
  setTextMatrix(opIdx, matrix) {
    this.dependencyTracker?.resetIncrementalData("sameLineText").recordSimpleData("textMatrix", opIdx);
    let {
      current
    } = this;
    current.textMatrix = matrix, current.textMatrixScale = Math.hypot(matrix[0], matrix[1]), current.x = current.lineX = 0, current.y = current.lineY = 0;
  }
  nextLine(opIdx) {
    this.moveText(opIdx, 0, this.current.leading), this.dependencyTracker?.recordIncrementalData("moveText", this.dependencyTracker.getSimpleIndex("leading") ?? opIdx);
  }
  #getScaledPath(path, currentTransform, transform) {
    let newPath = new Path2D();
    return newPath.addPath(path, new DOMMatrix(transform).invertSelf().multiplySelf(currentTransform)), newPath;
  }
  paintChar(opIdx, character, x, y, patternFillTransform, patternStrokeTransform) {
    let ctx = this.ctx, current = this.current, font = current.font, textRenderingMode = current.textRenderingMode, fontSize = current.fontSize / current.fontSizeScale, fillStrokeMode = textRenderingMode & TextRenderingMode.FILL_STROKE_MASK, isAddToPathSet = !!(textRenderingMode & TextRenderingMode.ADD_TO_PATH_FLAG), patternFill = current.patternFill && !font.missingFile, patternStroke = current.patternStroke && !font.missingFile, path;
    if ((font.disableFontFace || isAddToPathSet || patternFill || patternStroke) && !font.missingFile && (path = font.getPathGenerator(this.commonObjs, character)), path && (font.disableFontFace || patternFill || patternStroke)) {
      ctx.save(), ctx.translate(x, y), ctx.scale(fontSize, -fontSize), this.dependencyTracker?.recordCharacterBBox(opIdx, ctx, font);
      let currentTransform;
      if (fillStrokeMode === TextRenderingMode.FILL || fillStrokeMode === TextRenderingMode.FILL_STROKE)
        if (patternFillTransform) {
          currentTransform = ctx.getTransform(), ctx.setTransform(...patternFillTransform);
          let scaledPath = this.#getScaledPath(path, currentTransform, patternFillTransform);
          ctx.fill(scaledPath);
        } else
          ctx.fill(path);
      if (fillStrokeMode === TextRenderingMode.STROKE || fillStrokeMode === TextRenderingMode.FILL_STROKE)
        if (patternStrokeTransform) {
          currentTransform ||= ctx.getTransform(), ctx.setTransform(...patternStrokeTransform);
          let {
            a,
            b,
            c,
            d
          } = currentTransform, invPatternTransform = Util.inverseTransform(patternStrokeTransform), transf = Util.transform([a, b, c, d, 0, 0], invPatternTransform);
          Util.singularValueDecompose2dScale(transf, XY), ctx.lineWidth *= Math.max(XY[0], XY[1]) / fontSize, ctx.stroke(this.#getScaledPath(path, currentTransform, patternStrokeTransform));
        } else
          ctx.lineWidth /= fontSize, ctx.stroke(path);
      ctx.restore();
    } else
      (fillStrokeMode === TextRenderingMode.FILL || fillStrokeMode === TextRenderingMode.FILL_STROKE) && (ctx.fillText(character, x, y), this.dependencyTracker?.recordCharacterBBox(opIdx, ctx, font, fontSize, x, y, () => ctx.measureText(character))), (fillStrokeMode === TextRenderingMode.STROKE || fillStrokeMode === TextRenderingMode.FILL_STROKE) && (this.dependencyTracker && this.dependencyTracker?.recordCharacterBBox(opIdx, ctx, font, fontSize, x, y, () => ctx.measureText(character)).recordDependencies(opIdx, Dependencies.stroke), ctx.strokeText(character, x, y));
    isAddToPathSet && ((this.pendingTextPaths ||= []).push({
      transform: getCurrentTransform(ctx),
      x,
      y,
      fontSize,
      path
    }), this.dependencyTracker?.recordCharacterBBox(opIdx, ctx, font, fontSize, x, y));
  }
  get isFontSubpixelAAEnabled() {
    let {
      context: ctx
    } = this.cachedCanvases.getCanvas("isFontSubpixelAAEnabled", 10, 10);
    ctx.scale(1.5, 1), ctx.fillText("I", 0, 10);
    let data = ctx.getImageData(0, 0, 10, 10).data, enabled = !1;
    for (let i = 3; i < data.length; i += 4)
      if (data[i] > 0 && data[i] < 255) {
        enabled = !0;
        break;
      }
    return shadow(this, "isFontSubpixelAAEnabled", enabled);
  }
  showText(opIdx, glyphs) {
    this.dependencyTracker && (this.dependencyTracker.recordDependencies(opIdx, Dependencies.showText).resetBBox(opIdx), this.current.textRenderingMode & TextRenderingMode.ADD_TO_PATH_FLAG && this.dependencyTracker.recordFutureForcedDependency("textClip", opIdx).inheritPendingDependenciesAsFutureForcedDependencies());
    let current = this.current, font = current.font;
    if (font.isType3Font) {
      this.showType3Text(opIdx, glyphs), this.dependencyTracker?.recordShowTextOperation(opIdx);
      return;
    }
    let fontSize = current.fontSize;
    if (fontSize === 0) {
      this.dependencyTracker?.recordOperation(opIdx);
      return;
    }
    let ctx = this.ctx, fontSizeScale = current.fontSizeScale, charSpacing = current.charSpacing, wordSpacing = current.wordSpacing, fontDirection = current.fontDirection, textHScale = current.textHScale * fontDirection, glyphsLength = glyphs.length, vertical = font.vertical, spacingDir = vertical ? 1 : -1, defaultVMetrics = font.defaultVMetrics, widthAdvanceScale = fontSize * current.fontMatrix[0], simpleFillText = current.textRenderingMode === TextRenderingMode.FILL && !font.disableFontFace && !current.patternFill;
    ctx.save(), current.textMatrix && ctx.transform(...current.textMatrix), ctx.translate(current.x, current.y + current.textRise), fontDirection > 0 ? ctx.scale(textHScale, -1) : ctx.scale(textHScale, 1);
    let patternFillTransform, patternStrokeTransform, fillStrokeMode = current.textRenderingMode & TextRenderingMode.FILL_STROKE_MASK, needsFill = fillStrokeMode === TextRenderingMode.FILL || fillStrokeMode === TextRenderingMode.FILL_STROKE, needsStroke = fillStrokeMode === TextRenderingMode.STROKE || fillStrokeMode === TextRenderingMode.FILL_STROKE;
    if (needsFill && current.patternFill) {
      ctx.save();
      let pattern = current.fillColor.getPattern(ctx, this, getCurrentTransformInverse(ctx), PathType.FILL, opIdx);
      patternFillTransform = getCurrentTransform(ctx), ctx.restore(), ctx.fillStyle = pattern;
    }
    if (needsStroke && current.patternStroke) {
      ctx.save();
      let pattern = current.strokeColor.getPattern(ctx, this, getCurrentTransformInverse(ctx), PathType.STROKE, opIdx);
      patternStrokeTransform = getCurrentTransform(ctx), ctx.restore(), ctx.strokeStyle = pattern;
    }
    let lineWidth = current.lineWidth, scale = current.textMatrixScale;
    if (scale === 0 || lineWidth === 0 ? needsStroke && (lineWidth = this.getSinglePixelWidth()) : lineWidth /= scale, fontSizeScale !== 1 && (ctx.scale(fontSizeScale, fontSizeScale), lineWidth /= fontSizeScale), ctx.lineWidth = lineWidth, font.isInvalidPDFjsFont) {
      let chars = [], width = 0;
      for (let glyph of glyphs)
        chars.push(glyph.unicode), width += glyph.width;
      let joinedChars = chars.join("");
      if (ctx.fillText(joinedChars, 0, 0), this.dependencyTracker !== null) {
        let measure = ctx.measureText(joinedChars);
        this.dependencyTracker.recordBBox(opIdx, this.ctx, -measure.actualBoundingBoxLeft, measure.actualBoundingBoxRight, -measure.actualBoundingBoxAscent, measure.actualBoundingBoxDescent).recordShowTextOperation(opIdx);
      }
      current.x += width * widthAdvanceScale * textHScale, ctx.restore(), this.compose();
      return;
    }
    let x = 0, i;
    for (i = 0; i < glyphsLength; ++i) {
      let glyph = glyphs[i];
      if (typeof glyph == "number") {
        x += spacingDir * glyph * fontSize / 1e3;
        continue;
      }
      let restoreNeeded = !1, spacing = (glyph.isSpace ? wordSpacing : 0) + charSpacing, character = glyph.fontChar, accent = glyph.accent, scaledX, scaledY, width = glyph.width;
      if (vertical) {
        let vmetric = glyph.vmetric || defaultVMetrics, vx = -(glyph.vmetric ? vmetric[1] : width * 0.5) * widthAdvanceScale, vy = vmetric[2] * widthAdvanceScale;
        width = vmetric ? -vmetric[0] : width, scaledX = vx / fontSizeScale, scaledY = (x + vy) / fontSizeScale;
      } else
        scaledX = x / fontSizeScale, scaledY = 0;
      let measure;
      if (font.remeasure && width > 0) {
        measure = ctx.measureText(character);
        let measuredWidth = measure.width * 1e3 / fontSize * fontSizeScale;
        if (width < measuredWidth && this.isFontSubpixelAAEnabled) {
          let characterScaleX = width / measuredWidth;
          restoreNeeded = !0, ctx.save(), ctx.scale(characterScaleX, 1), scaledX /= characterScaleX;
        } else width !== measuredWidth && (scaledX += (width - measuredWidth) / 2e3 * fontSize / fontSizeScale);
      }
      if (this.contentVisible && (glyph.isInFont || font.missingFile)) {
        if (simpleFillText && !accent)
          ctx.fillText(character, scaledX, scaledY), this.dependencyTracker?.recordCharacterBBox(opIdx, ctx, measure ? {
            bbox: null
          } : font, fontSize / fontSizeScale, scaledX, scaledY, () => measure ?? ctx.measureText(character));
        else if (this.paintChar(opIdx, character, scaledX, scaledY, patternFillTransform, patternStrokeTransform), accent) {
          let scaledAccentX = scaledX + fontSize * accent.offset.x / fontSizeScale, scaledAccentY = scaledY - fontSize * accent.offset.y / fontSizeScale;
          this.paintChar(opIdx, accent.fontChar, scaledAccentX, scaledAccentY, patternFillTransform, patternStrokeTransform);
        }
      }
      let charWidth = vertical ? width * widthAdvanceScale - spacing * fontDirection : width * widthAdvanceScale + spacing * fontDirection;
      x += charWidth, restoreNeeded && ctx.restore();
    }
    vertical ? current.y -= x : current.x += x * textHScale, ctx.restore(), this.compose(), this.dependencyTracker?.recordShowTextOperation(opIdx);
  }
  showType3Text(opIdx, glyphs) {
    let ctx = this.ctx, current = this.current, font = current.font, fontSize = current.fontSize, fontDirection = current.fontDirection, spacingDir = font.vertical ? 1 : -1, charSpacing = current.charSpacing, wordSpacing = current.wordSpacing, textHScale = current.textHScale * fontDirection, fontMatrix = current.fontMatrix || FONT_IDENTITY_MATRIX, glyphsLength = glyphs.length, isTextInvisible = current.textRenderingMode === TextRenderingMode.INVISIBLE, i, glyph, width, spacingLength;
    if (isTextInvisible || fontSize === 0)
      return;
    this._cachedScaleForStroking[0] = -1, this._cachedGetSinglePixelWidth = null, ctx.save(), current.textMatrix && ctx.transform(...current.textMatrix), ctx.translate(current.x, current.y + current.textRise), ctx.scale(textHScale, fontDirection);
    let dependencyTracker = this.dependencyTracker;
    for (this.dependencyTracker = dependencyTracker ? new CanvasNestedDependencyTracker(dependencyTracker, opIdx) : null, i = 0; i < glyphsLength; ++i) {
      if (glyph = glyphs[i], typeof glyph == "number") {
        spacingLength = spacingDir * glyph * fontSize / 1e3, this.ctx.translate(spacingLength, 0), current.x += spacingLength * textHScale;
        continue;
      }
      let spacing = (glyph.isSpace ? wordSpacing : 0) + charSpacing, operatorList = font.charProcOperatorList[glyph.operatorListId];
      operatorList ? this.contentVisible && (this.save(), ctx.scale(fontSize, fontSize), ctx.transform(...fontMatrix), this.executeOperatorList(operatorList), this.restore()) : warn(`Type3 character "${glyph.operatorListId}" is not available.`);
      let p = [glyph.width, 0];
      Util.applyTransform(p, fontMatrix), width = p[0] * fontSize + spacing, ctx.translate(width, 0), current.x += width * textHScale;
    }
    ctx.restore(), dependencyTracker && (this.dependencyTracker = dependencyTracker);
  }
  setCharWidth(opIdx, xWidth, yWidth) {
  }
  setCharWidthAndBounds(opIdx, xWidth, yWidth, llx, lly, urx, ury) {
    let clip = new Path2D();
    clip.rect(llx, lly, urx - llx, ury - lly), this.ctx.clip(clip), this.dependencyTracker?.recordBBox(opIdx, this.ctx, llx, urx, lly, ury).recordClipBox(opIdx, this.ctx, llx, urx, lly, ury), this.endPath(opIdx);
  }
  getColorN_Pattern(opIdx, IR) {
    let pattern;
    if (IR[0] === "TilingPattern") {
      let baseTransform = this.baseTransform || getCurrentTransform(this.ctx), canvasGraphicsFactory = {
        createCanvasGraphics: (ctx, renderingOpIdx) => new _CanvasGraphics(ctx, this.commonObjs, this.objs, this.canvasFactory, this.filterFactory, {
          optionalContentConfig: this.optionalContentConfig,
          markedContentStack: this.markedContentStack
        }, void 0, void 0, this.dependencyTracker ? new CanvasNestedDependencyTracker(this.dependencyTracker, renderingOpIdx, !0) : null)
      };
      pattern = new TilingPattern(IR, this.ctx, canvasGraphicsFactory, baseTransform);
    } else
      pattern = this._getPattern(opIdx, IR[1], IR[2]);
    return pattern;
  }
  setStrokeColorN(opIdx, ...args) {
    this.dependencyTracker?.recordSimpleData("strokeColor", opIdx), this.current.strokeColor = this.getColorN_Pattern(opIdx, args), this.current.patternStroke = !0;
  }
  setFillColorN(opIdx, ...args) {
    this.dependencyTracker?.recordSimpleData("fillColor", opIdx), this.current.fillColor = this.getColorN_Pattern(opIdx, args), this.current.patternFill = !0;
  }
  setStrokeRGBColor(opIdx, color) {
    this.dependencyTracker?.recordSimpleData("strokeColor", opIdx), this.ctx.strokeStyle = this.current.strokeColor = color, this.current.patternStroke = !1;
  }
  setStrokeTransparent(opIdx) {
    this.dependencyTracker?.recordSimpleData("strokeColor", opIdx), this.ctx.strokeStyle = this.current.strokeColor = "transparent", this.current.patternStroke = !1;
  }
  setFillRGBColor(opIdx, color) {
    this.dependencyTracker?.recordSimpleData("fillColor", opIdx), this.ctx.fillStyle = this.current.fillColor = color, this.current.patternFill = !1;
  }
  setFillTransparent(opIdx) {
    this.dependencyTracker?.recordSimpleData("fillColor", opIdx), this.ctx.fillStyle = this.current.fillColor = "transparent", this.current.patternFill = !1;
  }
  _getPattern(opIdx, objId, matrix = null) {
    let pattern;
    return this.cachedPatterns.has(objId) ? pattern = this.cachedPatterns.get(objId) : (pattern = getShadingPattern(this.getObject(opIdx, objId)), this.cachedPatterns.set(objId, pattern)), matrix && (pattern.matrix = matrix), pattern;
  }
  shadingFill(opIdx, objId) {
    if (!this.contentVisible)
      return;
    let ctx = this.ctx;
    this.save(opIdx);
    let pattern = this._getPattern(opIdx, objId);
    ctx.fillStyle = pattern.getPattern(ctx, this, getCurrentTransformInverse(ctx), PathType.SHADING, opIdx);
    let inv = getCurrentTransformInverse(ctx);
    if (inv) {
      let {
        width,
        height
      } = ctx.canvas, minMax = MIN_MAX_INIT.slice();
      Util.axialAlignedBoundingBox([0, 0, width, height], inv, minMax);
      let [x0, y0, x1, y1] = minMax;
      this.ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
    } else
      this.ctx.fillRect(-1e10, -1e10, 2e10, 2e10);
    this.dependencyTracker?.resetBBox(opIdx).recordFullPageBBox(opIdx).recordDependencies(opIdx, Dependencies.transform).recordDependencies(opIdx, Dependencies.fill).recordOperation(opIdx), this.compose(this.current.getClippedPathBoundingBox()), this.restore(opIdx);
  }
  beginInlineImage() {
    unreachable("Should not call beginInlineImage");
  }
  beginImageData() {
    unreachable("Should not call beginImageData");
  }
  paintFormXObjectBegin(opIdx, matrix, bbox) {
    if (this.contentVisible && (this.save(opIdx), this.baseTransformStack.push(this.baseTransform), matrix && this.transform(opIdx, ...matrix), this.baseTransform = getCurrentTransform(this.ctx), bbox)) {
      Util.axialAlignedBoundingBox(bbox, this.baseTransform, this.current.minMax);
      let [x0, y0, x1, y1] = bbox, clip = new Path2D();
      clip.rect(x0, y0, x1 - x0, y1 - y0), this.ctx.clip(clip), this.dependencyTracker?.recordClipBox(opIdx, this.ctx, x0, x1, y0, y1), this.endPath(opIdx);
    }
  }
  paintFormXObjectEnd(opIdx) {
    this.contentVisible && (this.restore(opIdx), this.baseTransform = this.baseTransformStack.pop());
  }
  beginGroup(opIdx, group) {
    if (!this.contentVisible)
      return;
    this.save(opIdx), this.inSMaskMode && (this.endSMaskMode(), this.current.activeSMask = null);
    let currentCtx = this.ctx;
    group.isolated || info("TODO: Support non-isolated groups."), group.knockout && warn("Knockout groups not supported.");
    let currentTransform = getCurrentTransform(currentCtx);
    if (group.matrix && currentCtx.transform(...group.matrix), !group.bbox)
      throw new Error("Bounding box is required.");
    let bounds = MIN_MAX_INIT.slice();
    Util.axialAlignedBoundingBox(group.bbox, getCurrentTransform(currentCtx), bounds);
    let canvasBounds = [0, 0, currentCtx.canvas.width, currentCtx.canvas.height];
    bounds = Util.intersect(bounds, canvasBounds) || [0, 0, 0, 0];
    let offsetX = Math.floor(bounds[0]), offsetY = Math.floor(bounds[1]), drawnWidth = Math.max(Math.ceil(bounds[2]) - offsetX, 1), drawnHeight = Math.max(Math.ceil(bounds[3]) - offsetY, 1);
    this.current.startNewPathAndClipBox([0, 0, drawnWidth, drawnHeight]);
    let cacheId = "groupAt" + this.groupLevel;
    group.smask && (cacheId += "_smask_" + this.smaskCounter++ % 2);
    let scratchCanvas = this.cachedCanvases.getCanvas(cacheId, drawnWidth, drawnHeight), groupCtx = scratchCanvas.context;
    groupCtx.translate(-offsetX, -offsetY), groupCtx.transform(...currentTransform);
    let clip = new Path2D(), [x0, y0, x1, y1] = group.bbox;
    if (clip.rect(x0, y0, x1 - x0, y1 - y0), group.matrix) {
      let path = new Path2D();
      path.addPath(clip, new DOMMatrix(group.matrix)), clip = path;
    }
    groupCtx.clip(clip), group.smask && this.smaskStack.push({
      canvas: scratchCanvas.canvas,
      context: groupCtx,
      offsetX,
      offsetY,
      subtype: group.smask.subtype,
      backdrop: group.smask.backdrop,
      transferMap: group.smask.transferMap || null,
      startTransformInverse: null
    }), (!group.smask || this.dependencyTracker) && (currentCtx.setTransform(1, 0, 0, 1, 0, 0), currentCtx.translate(offsetX, offsetY), currentCtx.save()), copyCtxState(currentCtx, groupCtx), this.ctx = groupCtx, this.dependencyTracker?.inheritSimpleDataAsFutureForcedDependencies(["fillAlpha", "strokeAlpha", "globalCompositeOperation"]).pushBaseTransform(currentCtx), this.setGState(opIdx, [["BM", "source-over"], ["ca", 1], ["CA", 1]]), this.groupStack.push(currentCtx), this.groupLevel++;
  }
  endGroup(opIdx, group) {
    if (!this.contentVisible)
      return;
    this.groupLevel--;
    let groupCtx = this.ctx, ctx = this.groupStack.pop();
    if (this.ctx = ctx, this.ctx.imageSmoothingEnabled = !1, this.dependencyTracker?.popBaseTransform(), group.smask)
      this.tempSMask = this.smaskStack.pop(), this.restore(opIdx), this.dependencyTracker && this.ctx.restore();
    else {
      this.ctx.restore();
      let currentMtx = getCurrentTransform(this.ctx);
      this.restore(opIdx), this.ctx.save(), this.ctx.setTransform(...currentMtx);
      let dirtyBox = MIN_MAX_INIT.slice();
      Util.axialAlignedBoundingBox([0, 0, groupCtx.canvas.width, groupCtx.canvas.height], currentMtx, dirtyBox), this.ctx.drawImage(groupCtx.canvas, 0, 0), this.ctx.restore(), this.compose(dirtyBox);
    }
  }
  beginAnnotation(opIdx, id, rect, transform, matrix, hasOwnCanvas) {
    if (this.#restoreInitialState(), resetCtxToDefault(this.ctx), this.ctx.save(), this.save(opIdx), this.baseTransform && this.ctx.setTransform(...this.baseTransform), rect) {
      let width = rect[2] - rect[0], height = rect[3] - rect[1];
      if (hasOwnCanvas && this.annotationCanvasMap) {
        transform = transform.slice(), transform[4] -= rect[0], transform[5] -= rect[1], rect = rect.slice(), rect[0] = rect[1] = 0, rect[2] = width, rect[3] = height, Util.singularValueDecompose2dScale(getCurrentTransform(this.ctx), XY);
        let {
          viewportScale
        } = this, canvasWidth = Math.ceil(width * this.outputScaleX * viewportScale), canvasHeight = Math.ceil(height * this.outputScaleY * viewportScale);
        this.annotationCanvas = this.canvasFactory.create(canvasWidth, canvasHeight);
        let {
          canvas,
          context
        } = this.annotationCanvas;
        this.annotationCanvasMap.set(id, canvas), this.annotationCanvas.savedCtx = this.ctx, this.ctx = context, this.ctx.save(), this.ctx.setTransform(XY[0], 0, 0, -XY[1], 0, height * XY[1]), resetCtxToDefault(this.ctx);
      } else {
        resetCtxToDefault(this.ctx), this.endPath(opIdx);
        let clip = new Path2D();
        clip.rect(rect[0], rect[1], width, height), this.ctx.clip(clip);
      }
    }
    this.current = new CanvasExtraState(this.ctx.canvas.width, this.ctx.canvas.height), this.transform(opIdx, ...transform), this.transform(opIdx, ...matrix);
  }
  endAnnotation(opIdx) {
    this.annotationCanvas && (this.ctx.restore(), this.#drawFilter(), this.ctx = this.annotationCanvas.savedCtx, delete this.annotationCanvas.savedCtx, delete this.annotationCanvas);
  }
  paintImageMaskXObject(opIdx, img) {
    if (!this.contentVisible)
      return;
    let count = img.count;
    img = this.getObject(opIdx, img.data, img), img.count = count;
    let ctx = this.ctx, mask = this._createMaskCanvas(opIdx, img), maskCanvas = mask.canvas;
    ctx.save(), ctx.setTransform(1, 0, 0, 1, 0, 0), ctx.drawImage(maskCanvas, mask.offsetX, mask.offsetY), this.dependencyTracker?.resetBBox(opIdx).recordBBox(opIdx, this.ctx, mask.offsetX, mask.offsetX + maskCanvas.width, mask.offsetY, mask.offsetY + maskCanvas.height).recordOperation(opIdx), ctx.restore(), this.compose();
  }
  paintImageMaskXObjectRepeat(opIdx, img, scaleX, skewX = 0, skewY = 0, scaleY, positions) {
    if (!this.contentVisible)
      return;
    img = this.getObject(opIdx, img.data, img);
    let ctx = this.ctx;
    ctx.save();
    let currentTransform = getCurrentTransform(ctx);
    ctx.transform(scaleX, skewX, skewY, scaleY, 0, 0);
    let mask = this._createMaskCanvas(opIdx, img);
    ctx.setTransform(1, 0, 0, 1, mask.offsetX - currentTransform[4], mask.offsetY - currentTransform[5]), this.dependencyTracker?.resetBBox(opIdx);
    for (let i = 0, ii = positions.length; i < ii; i += 2) {
      let trans = Util.transform(currentTransform, [scaleX, skewX, skewY, scaleY, positions[i], positions[i + 1]]);
      ctx.drawImage(mask.canvas, trans[4], trans[5]), this.dependencyTracker?.recordBBox(opIdx, this.ctx, trans[4], trans[4] + mask.canvas.width, trans[5], trans[5] + mask.canvas.height);
    }
    ctx.restore(), this.compose(), this.dependencyTracker?.recordOperation(opIdx);
  }
  paintImageMaskXObjectGroup(opIdx, images) {
    if (!this.contentVisible)
      return;
    let ctx = this.ctx, fillColor = this.current.fillColor, isPatternFill = this.current.patternFill;
    this.dependencyTracker?.resetBBox(opIdx).recordDependencies(opIdx, Dependencies.transformAndFill);
    for (let image of images) {
      let {
        data,
        width,
        height,
        transform
      } = image, maskCanvas = this.cachedCanvases.getCanvas("maskCanvas", width, height), maskCtx = maskCanvas.context;
      maskCtx.save();
      let img = this.getObject(opIdx, data, image);
      putBinaryImageMask(maskCtx, img), maskCtx.globalCompositeOperation = "source-in", maskCtx.fillStyle = isPatternFill ? fillColor.getPattern(maskCtx, this, getCurrentTransformInverse(ctx), PathType.FILL, opIdx) : fillColor, maskCtx.fillRect(0, 0, width, height), maskCtx.restore(), ctx.save(), ctx.transform(...transform), ctx.scale(1, -1), drawImageAtIntegerCoords(ctx, maskCanvas.canvas, 0, 0, width, height, 0, -1, 1, 1), this.dependencyTracker?.recordBBox(opIdx, ctx, 0, width, 0, height), ctx.restore();
    }
    this.compose(), this.dependencyTracker?.recordOperation(opIdx);
  }
  paintImageXObject(opIdx, objId) {
    if (!this.contentVisible)
      return;
    let imgData = this.getObject(opIdx, objId);
    if (!imgData) {
      warn("Dependent image isn't ready yet");
      return;
    }
    this.paintInlineImageXObject(opIdx, imgData);
  }
  paintImageXObjectRepeat(opIdx, objId, scaleX, scaleY, positions) {
    if (!this.contentVisible)
      return;
    let imgData = this.getObject(opIdx, objId);
    if (!imgData) {
      warn("Dependent image isn't ready yet");
      return;
    }
    let width = imgData.width, height = imgData.height, map = [];
    for (let i = 0, ii = positions.length; i < ii; i += 2)
      map.push({
        transform: [scaleX, 0, 0, scaleY, positions[i], positions[i + 1]],
        x: 0,
        y: 0,
        w: width,
        h: height
      });
    this.paintInlineImageXObjectGroup(opIdx, imgData, map);
  }
  applyTransferMapsToCanvas(ctx) {
    return this.current.transferMaps !== "none" && (ctx.filter = this.current.transferMaps, ctx.drawImage(ctx.canvas, 0, 0), ctx.filter = "none"), ctx.canvas;
  }
  applyTransferMapsToBitmap(imgData) {
    if (this.current.transferMaps === "none")
      return imgData.bitmap;
    let {
      bitmap,
      width,
      height
    } = imgData, tmpCanvas = this.cachedCanvases.getCanvas("inlineImage", width, height), tmpCtx = tmpCanvas.context;
    return tmpCtx.filter = this.current.transferMaps, tmpCtx.drawImage(bitmap, 0, 0), tmpCtx.filter = "none", tmpCanvas.canvas;
  }
  paintInlineImageXObject(opIdx, imgData) {
    if (!this.contentVisible)
      return;
    let width = imgData.width, height = imgData.height, ctx = this.ctx;
    this.save(opIdx);
    let {
      filter
    } = ctx;
    filter !== "none" && filter !== "" && (ctx.filter = "none"), ctx.scale(1 / width, -1 / height);
    let imgToPaint;
    if (imgData.bitmap)
      imgToPaint = this.applyTransferMapsToBitmap(imgData);
    else if (typeof HTMLElement == "function" && imgData instanceof HTMLElement || !imgData.data)
      imgToPaint = imgData;
    else {
      let tmpCtx = this.cachedCanvases.getCanvas("inlineImage", width, height).context;
      putBinaryImageData(tmpCtx, imgData), imgToPaint = this.applyTransferMapsToCanvas(tmpCtx);
    }
    let scaled = this._scaleImage(imgToPaint, getCurrentTransformInverse(ctx));
    ctx.imageSmoothingEnabled = getImageSmoothingEnabled(getCurrentTransform(ctx), imgData.interpolate), this.dependencyTracker?.resetBBox(opIdx).recordBBox(opIdx, ctx, 0, width, -height, 0).recordDependencies(opIdx, Dependencies.imageXObject).recordOperation(opIdx), drawImageAtIntegerCoords(ctx, scaled.img, 0, 0, scaled.paintWidth, scaled.paintHeight, 0, -height, width, height), this.compose(), this.restore(opIdx);
  }
  paintInlineImageXObjectGroup(opIdx, imgData, map) {
    if (!this.contentVisible)
      return;
    let ctx = this.ctx, imgToPaint;
    if (imgData.bitmap)
      imgToPaint = imgData.bitmap;
    else {
      let w = imgData.width, h = imgData.height, tmpCtx = this.cachedCanvases.getCanvas("inlineImage", w, h).context;
      putBinaryImageData(tmpCtx, imgData), imgToPaint = this.applyTransferMapsToCanvas(tmpCtx);
    }
    this.dependencyTracker?.resetBBox(opIdx);
    for (let entry of map)
      ctx.save(), ctx.transform(...entry.transform), ctx.scale(1, -1), drawImageAtIntegerCoords(ctx, imgToPaint, entry.x, entry.y, entry.w, entry.h, 0, -1, 1, 1), this.dependencyTracker?.recordBBox(opIdx, ctx, 0, 1, -1, 0), ctx.restore();
    this.dependencyTracker?.recordOperation(opIdx), this.compose();
  }
  paintSolidColorImageMask(opIdx) {
    this.contentVisible && (this.dependencyTracker?.resetBBox(opIdx).recordBBox(opIdx, this.ctx, 0, 1, 0, 1).recordDependencies(opIdx, Dependencies.fill).recordOperation(opIdx), this.ctx.fillRect(0, 0, 1, 1), this.compose());
  }
  markPoint(opIdx, tag) {
  }
  markPointProps(opIdx, tag, properties) {
  }
  beginMarkedContent(opIdx, tag) {
    this.dependencyTracker?.beginMarkedContent(opIdx), this.markedContentStack.push({
      visible: !0
    });
  }
  beginMarkedContentProps(opIdx, tag, properties) {
    this.dependencyTracker?.beginMarkedContent(opIdx), tag === "OC" ? this.markedContentStack.push({
      visible: this.optionalContentConfig.isVisible(properties)
    }) : this.markedContentStack.push({
      visible: !0
    }), this.contentVisible = this.isContentVisible();
  }
  endMarkedContent(opIdx) {
    this.dependencyTracker?.endMarkedContent(opIdx), this.markedContentStack.pop(), this.contentVisible = this.isContentVisible();
  }
  beginCompat(opIdx) {
  }
  endCompat(opIdx) {
  }
  consumePath(opIdx, path, clipBox) {
    let isEmpty = this.current.isEmptyClip();
    this.pendingClip && this.current.updateClipFromPath(), this.pendingClip || this.compose(clipBox);
    let ctx = this.ctx;
    this.pendingClip ? (isEmpty || (this.pendingClip === EO_CLIP ? ctx.clip(path, "evenodd") : ctx.clip(path)), this.pendingClip = null, this.dependencyTracker?.bboxToClipBoxDropOperation(opIdx).recordFutureForcedDependency("clipPath", opIdx)) : this.dependencyTracker?.recordOperation(opIdx), this.current.startNewPathAndClipBox(this.current.clipBox);
  }
  getSinglePixelWidth() {
    if (!this._cachedGetSinglePixelWidth) {
      let m = getCurrentTransform(this.ctx);
      if (m[1] === 0 && m[2] === 0)
        this._cachedGetSinglePixelWidth = 1 / Math.min(Math.abs(m[0]), Math.abs(m[3]));
      else {
        let absDet = Math.abs(m[0] * m[3] - m[2] * m[1]), normX = Math.hypot(m[0], m[2]), normY = Math.hypot(m[1], m[3]);
        this._cachedGetSinglePixelWidth = Math.max(normX, normY) / absDet;
      }
    }
    return this._cachedGetSinglePixelWidth;
  }
  getScaleForStroking() {
    if (this._cachedScaleForStroking[0] === -1) {
      let {
        lineWidth
      } = this.current, {
        a,
        b,
        c,
        d
      } = this.ctx.getTransform(), scaleX, scaleY;
      if (b === 0 && c === 0) {
        let normX = Math.abs(a), normY = Math.abs(d);
        if (normX === normY)
          if (lineWidth === 0)
            scaleX = scaleY = 1 / normX;
          else {
            let scaledLineWidth = normX * lineWidth;
            scaleX = scaleY = scaledLineWidth < 1 ? 1 / scaledLineWidth : 1;
          }
        else if (lineWidth === 0)
          scaleX = 1 / normX, scaleY = 1 / normY;
        else {
          let scaledXLineWidth = normX * lineWidth, scaledYLineWidth = normY * lineWidth;
          scaleX = scaledXLineWidth < 1 ? 1 / scaledXLineWidth : 1, scaleY = scaledYLineWidth < 1 ? 1 / scaledYLineWidth : 1;
        }
      } else {
        let absDet = Math.abs(a * d - b * c), normX = Math.hypot(a, b), normY = Math.hypot(c, d);
        if (lineWidth === 0)
          scaleX = normY / absDet, scaleY = normX / absDet;
        else {
          let baseArea = lineWidth * absDet;
          scaleX = normY > baseArea ? normY / baseArea : 1, scaleY = normX > baseArea ? normX / baseArea : 1;
        }
      }
      this._cachedScaleForStroking[0] = scaleX, this._cachedScaleForStroking[1] = scaleY;
    }
    return this._cachedScaleForStroking;
  }
  rescaleAndStroke(path, saveRestore) {
    let {
      ctx,
      current: {
        lineWidth
      }
    } = this, [scaleX, scaleY] = this.getScaleForStroking();
    if (scaleX === scaleY) {
      ctx.lineWidth = (lineWidth || 1) * scaleX, ctx.stroke(path);
      return;
    }
    let dashes = ctx.getLineDash();
    saveRestore && ctx.save(), ctx.scale(scaleX, scaleY), SCALE_MATRIX.a = 1 / scaleX, SCALE_MATRIX.d = 1 / scaleY;
    let newPath = new Path2D();
    if (newPath.addPath(path, SCALE_MATRIX), dashes.length > 0) {
      let scale = Math.max(scaleX, scaleY);
      ctx.setLineDash(dashes.map((x) => x / scale)), ctx.lineDashOffset /= scale;
    }
    ctx.lineWidth = lineWidth || 1, ctx.stroke(newPath), saveRestore && ctx.restore();
  }
  isContentVisible() {
    for (let i = this.markedContentStack.length - 1; i >= 0; i--)
      if (!this.markedContentStack[i].visible)
        return !1;
    return !0;
  }
};
for (let op in OPS)
  CanvasGraphics.prototype[op] !== void 0 && (CanvasGraphics.prototype[OPS[op]] = CanvasGraphics.prototype[op]);
var GlobalWorkerOptions = class {
  static #port = null;
  static #src = "";
  static get workerPort() {
    return this.#port;
  }
  static set workerPort(val) {
    if (!(typeof Worker < "u" && val instanceof Worker) && val !== null)
      throw new Error("Invalid `workerPort` type.");
    this.#port = val;
  }
  static get workerSrc() {
    return this.#src;
  }
  static set workerSrc(val) {
    if (typeof val != "string")
      throw new Error("Invalid `workerSrc` type.");
    this.#src = val;
  }
}, Metadata = class {
  #map;
  #data;
  constructor({
    parsedData,
    rawData
  }) {
    this.#map = parsedData, this.#data = rawData;
  }
  getRaw() {
    return this.#data;
  }
  get(name) {
    return this.#map.get(name) ?? null;
  }
  [Symbol.iterator]() {
    return this.#map.entries();
  }
}, INTERNAL = /* @__PURE__ */ Symbol("INTERNAL"), OptionalContentGroup = class {
  #isDisplay = !1;
  #isPrint = !1;
  #userSet = !1;
  #visible = !0;
  constructor(renderingIntent, {
    name,
    intent,
    usage,
    rbGroups
  }) {
    this.#isDisplay = !!(renderingIntent & RenderingIntentFlag.DISPLAY), this.#isPrint = !!(renderingIntent & RenderingIntentFlag.PRINT), this.name = name, this.intent = intent, this.usage = usage, this.rbGroups = rbGroups;
  }
  get visible() {
    if (this.#userSet)
      return this.#visible;
    if (!this.#visible)
      return !1;
    let {
      print,
      view
    } = this.usage;
    return this.#isDisplay ? view?.viewState !== "OFF" : this.#isPrint ? print?.printState !== "OFF" : !0;
  }
  _setVisible(internal, visible, userSet = !1) {
    internal !== INTERNAL && unreachable("Internal method `_setVisible` called."), this.#userSet = userSet, this.#visible = visible;
  }
}, OptionalContentConfig = class {
  #cachedGetHash = null;
  #groups = /* @__PURE__ */ new Map();
  #initialHash = null;
  #order = null;
  constructor(data, renderingIntent = RenderingIntentFlag.DISPLAY) {
    if (this.renderingIntent = renderingIntent, this.name = null, this.creator = null, data !== null) {
      this.name = data.name, this.creator = data.creator, this.#order = data.order;
      for (let group of data.groups)
        this.#groups.set(group.id, new OptionalContentGroup(renderingIntent, group));
      if (data.baseState === "OFF")
        for (let group of this.#groups.values())
          group._setVisible(INTERNAL, !1);
      for (let on of data.on)
        this.#groups.get(on)._setVisible(INTERNAL, !0);
      for (let off of data.off)
        this.#groups.get(off)._setVisible(INTERNAL, !1);
      this.#initialHash = this.getHash();
    }
  }
  #evaluateVisibilityExpression(array) {
    let length = array.length;
    if (length < 2)
      return !0;
    let operator = array[0];
    for (let i = 1; i < length; i++) {
      let element = array[i], state;
      if (Array.isArray(element))
        state = this.#evaluateVisibilityExpression(element);
      else if (this.#groups.has(element))
        state = this.#groups.get(element).visible;
      else
        return warn(`Optional content group not found: ${element}`), !0;
      switch (operator) {
        case "And":
          if (!state)
            return !1;
          break;
        case "Or":
          if (state)
            return !0;
          break;
        case "Not":
          return !state;
        default:
          return !0;
      }
    }
    return operator === "And";
  }
  isVisible(group) {
    if (this.#groups.size === 0)
      return !0;
    if (!group)
      return info("Optional content group not defined."), !0;
    if (group.type === "OCG")
      return this.#groups.has(group.id) ? this.#groups.get(group.id).visible : (warn(`Optional content group not found: ${group.id}`), !0);
    if (group.type === "OCMD") {
      if (group.expression)
        return this.#evaluateVisibilityExpression(group.expression);
      if (!group.policy || group.policy === "AnyOn") {
        for (let id of group.ids) {
          if (!this.#groups.has(id))
            return warn(`Optional content group not found: ${id}`), !0;
          if (this.#groups.get(id).visible)
            return !0;
        }
        return !1;
      } else if (group.policy === "AllOn") {
        for (let id of group.ids) {
          if (!this.#groups.has(id))
            return warn(`Optional content group not found: ${id}`), !0;
          if (!this.#groups.get(id).visible)
            return !1;
        }
        return !0;
      } else if (group.policy === "AnyOff") {
        for (let id of group.ids) {
          if (!this.#groups.has(id))
            return warn(`Optional content group not found: ${id}`), !0;
          if (!this.#groups.get(id).visible)
            return !0;
        }
        return !1;
      } else if (group.policy === "AllOff") {
        for (let id of group.ids) {
          if (!this.#groups.has(id))
            return warn(`Optional content group not found: ${id}`), !0;
          if (this.#groups.get(id).visible)
            return !1;
        }
        return !0;
      }
      return warn(`Unknown optional content policy ${group.policy}.`), !0;
    }
    return warn(`Unknown group type ${group.type}.`), !0;
  }
  setVisibility(id, visible = !0, preserveRB = !0) {
    let group = this.#groups.get(id);
    if (!group) {
      warn(`Optional content group not found: ${id}`);
      return;
    }
    if (preserveRB && visible && group.rbGroups.length)
      for (let rbGroup of group.rbGroups)
        for (let otherId of rbGroup)
          otherId !== id && this.#groups.get(otherId)?._setVisible(INTERNAL, !1, !0);
    group._setVisible(INTERNAL, !!visible, !0), this.#cachedGetHash = null;
  }
  setOCGState({
    state,
    preserveRB
  }) {
    let operator;
    for (let elem of state) {
      switch (elem) {
        case "ON":
        case "OFF":
        case "Toggle":
          operator = elem;
          continue;
      }
      let group = this.#groups.get(elem);
      if (group)
        switch (operator) {
          case "ON":
            this.setVisibility(elem, !0, preserveRB);
            break;
          case "OFF":
            this.setVisibility(elem, !1, preserveRB);
            break;
          case "Toggle":
            this.setVisibility(elem, !group.visible, preserveRB);
            break;
        }
    }
    this.#cachedGetHash = null;
  }
  get hasInitialVisibility() {
    return this.#initialHash === null || this.getHash() === this.#initialHash;
  }
  getOrder() {
    return this.#groups.size ? this.#order ? this.#order.slice() : [...this.#groups.keys()] : null;
  }
  getGroup(id) {
    return this.#groups.get(id) || null;
  }
  getHash() {
    if (this.#cachedGetHash !== null)
      return this.#cachedGetHash;
    let hash = new MurmurHash3_64();
    for (let [id, group] of this.#groups)
      hash.update(`${id}:${group.visible}`);
    return this.#cachedGetHash = hash.hexdigest();
  }
  [Symbol.iterator]() {
    return this.#groups.entries();
  }
}, es_iterator_find = __webpack_require__(116), BasePDFStream = class {
  #PDFStreamReader = null;
  #PDFStreamRangeReader = null;
  _fullReader = null;
  _rangeReaders = /* @__PURE__ */ new Set();
  _source = null;
  constructor(source, PDFStreamReader, PDFStreamRangeReader) {
    this._source = source, this.#PDFStreamReader = PDFStreamReader, this.#PDFStreamRangeReader = PDFStreamRangeReader;
  }
  get _progressiveDataLength() {
    return this._fullReader?._loaded ?? 0;
  }
  getFullReader() {
    return assert(!this._fullReader, "BasePDFStream.getFullReader can only be called once."), this._fullReader = new this.#PDFStreamReader(this);
  }
  getRangeReader(begin, end) {
    if (end <= this._progressiveDataLength)
      return null;
    let reader = new this.#PDFStreamRangeReader(this, begin, end);
    return this._rangeReaders.add(reader), reader;
  }
  cancelAllRequests(reason) {
    this._fullReader?.cancel(reason);
    for (let reader of new Set(this._rangeReaders))
      reader.cancel(reason);
  }
}, BasePDFStreamReader = class {
  onProgress = null;
  _contentLength = 0;
  _filename = null;
  _headersCapability = Promise.withResolvers();
  _isRangeSupported = !1;
  _isStreamingSupported = !1;
  _loaded = 0;
  _stream = null;
  constructor(stream) {
    this._stream = stream;
  }
  get headersReady() {
    return this._headersCapability.promise;
  }
  get filename() {
    return this._filename;
  }
  get contentLength() {
    return this._contentLength;
  }
  get isRangeSupported() {
    return this._isRangeSupported;
  }
  get isStreamingSupported() {
    return this._isStreamingSupported;
  }
  async read() {
    unreachable("Abstract method `read` called");
  }
  cancel(reason) {
    unreachable("Abstract method `cancel` called");
  }
}, BasePDFStreamRangeReader = class {
  _stream = null;
  constructor(stream, begin, end) {
    this._stream = stream;
  }
  async read() {
    unreachable("Abstract method `read` called");
  }
  cancel(reason) {
    unreachable("Abstract method `cancel` called");
  }
};
function getArrayBuffer(val) {
  return val instanceof Uint8Array && val.byteLength === val.buffer.byteLength ? val.buffer : new Uint8Array(val).buffer;
}
var PDFDataTransportStream = class extends BasePDFStream {
  _progressiveDone = !1;
  _queuedChunks = [];
  constructor(source) {
    super(source, PDFDataTransportStreamReader, PDFDataTransportStreamRangeReader);
    let {
      pdfDataRangeTransport
    } = source, {
      initialData,
      progressiveDone
    } = pdfDataRangeTransport;
    if (initialData?.length > 0) {
      let buffer = getArrayBuffer(initialData);
      this._queuedChunks.push(buffer);
    }
    this._progressiveDone = progressiveDone, pdfDataRangeTransport.addRangeListener((begin, chunk) => {
      this.#onReceiveData(begin, chunk);
    }), pdfDataRangeTransport.addProgressListener((loaded, total) => {
      total !== void 0 && this._fullReader?.onProgress?.({
        loaded,
        total
      });
    }), pdfDataRangeTransport.addProgressiveReadListener((chunk) => {
      this.#onReceiveData(void 0, chunk);
    }), pdfDataRangeTransport.addProgressiveDoneListener(() => {
      this._fullReader?.progressiveDone(), this._progressiveDone = !0;
    }), pdfDataRangeTransport.transportReady();
  }
  #onReceiveData(begin, chunk) {
    let buffer = getArrayBuffer(chunk);
    if (begin === void 0)
      this._fullReader ? this._fullReader._enqueue(buffer) : this._queuedChunks.push(buffer);
    else {
      let rangeReader = this._rangeReaders.keys().find((r) => r._begin === begin);
      assert(rangeReader, "#onReceiveData - no `PDFDataTransportStreamRangeReader` instance found."), rangeReader._enqueue(buffer);
    }
  }
  getFullReader() {
    let reader = super.getFullReader();
    return this._queuedChunks = null, reader;
  }
  getRangeReader(begin, end) {
    let reader = super.getRangeReader(begin, end);
    return reader && (reader.onDone = () => this._rangeReaders.delete(reader), this._source.pdfDataRangeTransport.requestDataRange(begin, end)), reader;
  }
  cancelAllRequests(reason) {
    super.cancelAllRequests(reason), this._source.pdfDataRangeTransport.abort();
  }
}, PDFDataTransportStreamReader = class extends BasePDFStreamReader {
  _done = !1;
  _queuedChunks = null;
  _requests = [];
  constructor(stream) {
    super(stream);
    let {
      pdfDataRangeTransport,
      disableRange,
      disableStream
    } = stream._source, {
      length,
      contentDispositionFilename
    } = pdfDataRangeTransport;
    this._queuedChunks = stream._queuedChunks || [];
    for (let chunk of this._queuedChunks)
      this._loaded += chunk.byteLength;
    this._done = stream._progressiveDone, this._contentLength = length, this._isStreamingSupported = !disableStream, this._isRangeSupported = !disableRange, isPdfFile(contentDispositionFilename) && (this._filename = contentDispositionFilename), this._headersCapability.resolve();
  }
  _enqueue(chunk) {
    this._done || (this._requests.length > 0 ? this._requests.shift().resolve({
      value: chunk,
      done: !1
    }) : this._queuedChunks.push(chunk), this._loaded += chunk.byteLength);
  }
  async read() {
    if (this._queuedChunks.length > 0)
      return {
        value: this._queuedChunks.shift(),
        done: !1
      };
    if (this._done)
      return {
        value: void 0,
        done: !0
      };
    let capability = Promise.withResolvers();
    return this._requests.push(capability), capability.promise;
  }
  cancel(reason) {
    this._done = !0;
    for (let capability of this._requests)
      capability.resolve({
        value: void 0,
        done: !0
      });
    this._requests.length = 0;
  }
  progressiveDone() {
    this._done ||= !0;
  }
}, PDFDataTransportStreamRangeReader = class extends BasePDFStreamRangeReader {
  onDone = null;
  _begin = -1;
  _done = !1;
  _queuedChunk = null;
  _requests = [];
  constructor(stream, begin, end) {
    super(stream, begin, end), this._begin = begin;
  }
  _enqueue(chunk) {
    if (!this._done) {
      if (this._requests.length === 0)
        this._queuedChunk = chunk;
      else {
        this._requests.shift().resolve({
          value: chunk,
          done: !1
        });
        for (let capability of this._requests)
          capability.resolve({
            value: void 0,
            done: !0
          });
        this._requests.length = 0;
      }
      this._done = !0, this.onDone?.();
    }
  }
  async read() {
    if (this._queuedChunk) {
      let chunk = this._queuedChunk;
      return this._queuedChunk = null, {
        value: chunk,
        done: !1
      };
    }
    if (this._done)
      return {
        value: void 0,
        done: !0
      };
    let capability = Promise.withResolvers();
    return this._requests.push(capability), capability.promise;
  }
  cancel(reason) {
    this._done = !0;
    for (let capability of this._requests)
      capability.resolve({
        value: void 0,
        done: !0
      });
    this._requests.length = 0, this.onDone?.();
  }
};
function getFilenameFromContentDispositionHeader(contentDisposition) {
  let needsEncodingFixup = !0, tmp = toParamRegExp("filename\\*", "i").exec(contentDisposition);
  if (tmp) {
    tmp = tmp[1];
    let filename = rfc2616unquote(tmp);
    return filename = unescape(filename), filename = rfc5987decode(filename), filename = rfc2047decode(filename), fixupEncoding(filename);
  }
  if (tmp = rfc2231getparam(contentDisposition), tmp) {
    let filename = rfc2047decode(tmp);
    return fixupEncoding(filename);
  }
  if (tmp = toParamRegExp("filename", "i").exec(contentDisposition), tmp) {
    tmp = tmp[1];
    let filename = rfc2616unquote(tmp);
    return filename = rfc2047decode(filename), fixupEncoding(filename);
  }
  function toParamRegExp(attributePattern, flags) {
    return new RegExp("(?:^|;)\\s*" + attributePattern + '\\s*=\\s*([^";\\s][^;\\s]*|"(?:[^"\\\\]|\\\\"?)+"?)', flags);
  }
  function textdecode(encoding, value) {
    if (encoding) {
      if (!/^[\x00-\xFF]+$/.test(value))
        return value;
      try {
        let decoder = new TextDecoder(encoding, {
          fatal: !0
        }), buffer = stringToBytes(value);
        value = decoder.decode(buffer), needsEncodingFixup = !1;
      } catch {
      }
    }
    return value;
  }
  function fixupEncoding(value) {
    return needsEncodingFixup && /[\x80-\xff]/.test(value) && (value = textdecode("utf-8", value), needsEncodingFixup && (value = textdecode("iso-8859-1", value))), value;
  }
  function rfc2231getparam(contentDispositionStr) {
    let matches = [], match, iter = toParamRegExp("filename\\*((?!0\\d)\\d+)(\\*?)", "ig");
    for (; (match = iter.exec(contentDispositionStr)) !== null; ) {
      let [, n, quot, part] = match;
      if (n = parseInt(n, 10), n in matches) {
        if (n === 0)
          break;
        continue;
      }
      matches[n] = [quot, part];
    }
    let parts = [];
    for (let n = 0; n < matches.length && n in matches; ++n) {
      let [quot, part] = matches[n];
      part = rfc2616unquote(part), quot && (part = unescape(part), n === 0 && (part = rfc5987decode(part))), parts.push(part);
    }
    return parts.join("");
  }
  function rfc2616unquote(value) {
    if (value.startsWith('"')) {
      let parts = value.slice(1).split('\\"');
      for (let i = 0; i < parts.length; ++i) {
        let quotindex = parts[i].indexOf('"');
        quotindex !== -1 && (parts[i] = parts[i].slice(0, quotindex), parts.length = i + 1), parts[i] = parts[i].replaceAll(/\\(.)/g, "$1");
      }
      value = parts.join('"');
    }
    return value;
  }
  function rfc5987decode(extvalue) {
    let encodingend = extvalue.indexOf("'");
    if (encodingend === -1)
      return extvalue;
    let encoding = extvalue.slice(0, encodingend), value = extvalue.slice(encodingend + 1).replace(/^[^']*'/, "");
    return textdecode(encoding, value);
  }
  function rfc2047decode(value) {
    return !value.startsWith("=?") || /[\x00-\x19\x80-\xff]/.test(value) ? value : value.replaceAll(/=\?([\w-]*)\?([QqBb])\?((?:[^?]|\?(?!=))*)\?=/g, function(matches, charset, encoding, text) {
      if (encoding === "q" || encoding === "Q")
        return text = text.replaceAll("_", " "), text = text.replaceAll(/=([0-9a-fA-F]{2})/g, function(match, hex) {
          return String.fromCharCode(parseInt(hex, 16));
        }), textdecode(charset, text);
      try {
        text = atob(text);
      } catch {
      }
      return textdecode(charset, text);
    });
  }
  return "";
}
function createHeaders(isHttp, httpHeaders) {
  let headers = new Headers();
  if (!isHttp || !httpHeaders || typeof httpHeaders != "object")
    return headers;
  for (let key in httpHeaders) {
    let val = httpHeaders[key];
    val !== void 0 && headers.append(key, val);
  }
  return headers;
}
function getResponseOrigin(url) {
  return URL.parse(url)?.origin ?? null;
}
function validateRangeRequestCapabilities({
  responseHeaders,
  isHttp,
  rangeChunkSize,
  disableRange
}) {
  let returnValues = {
    allowRangeRequests: !1,
    suggestedLength: void 0
  }, length = parseInt(responseHeaders.get("Content-Length"), 10);
  return !Number.isInteger(length) || (returnValues.suggestedLength = length, length <= 2 * rangeChunkSize) || disableRange || !isHttp || responseHeaders.get("Accept-Ranges") !== "bytes" || (responseHeaders.get("Content-Encoding") || "identity") !== "identity" || (returnValues.allowRangeRequests = !0), returnValues;
}
function extractFilenameFromHeader(responseHeaders) {
  let contentDisposition = responseHeaders.get("Content-Disposition");
  if (contentDisposition) {
    let filename = getFilenameFromContentDispositionHeader(contentDisposition);
    if (filename.includes("%"))
      try {
        filename = decodeURIComponent(filename);
      } catch {
      }
    if (isPdfFile(filename))
      return filename;
  }
  return null;
}
function createResponseError(status, url) {
  return new ResponseException(`Unexpected server response (${status}) while retrieving PDF "${url}".`, status, status === 404 || status === 0 && url.startsWith("file:"));
}
function ensureResponseOrigin(rangeOrigin, origin) {
  if (rangeOrigin !== origin)
    throw new Error(`Expected range response-origin "${rangeOrigin}" to match "${origin}".`);
}
function fetchUrl(url, headers, withCredentials, abortController) {
  return fetch(url, {
    method: "GET",
    headers,
    signal: abortController.signal,
    mode: "cors",
    credentials: withCredentials ? "include" : "same-origin",
    redirect: "follow"
  });
}
function ensureResponseStatus(status, url) {
  if (status !== 200 && status !== 206)
    throw createResponseError(status, url);
}
function fetch_stream_getArrayBuffer(val) {
  return val instanceof Uint8Array ? val.buffer : val instanceof ArrayBuffer ? val : (warn(`getArrayBuffer - unexpected data format: ${val}`), new Uint8Array(val).buffer);
}
var PDFFetchStream = class extends BasePDFStream {
  _responseOrigin = null;
  constructor(source) {
    super(source, PDFFetchStreamReader, PDFFetchStreamRangeReader), this.isHttp = /^https?:/i.test(source.url), this.headers = createHeaders(this.isHttp, source.httpHeaders);
  }
}, PDFFetchStreamReader = class extends BasePDFStreamReader {
  _abortController = new AbortController();
  _reader = null;
  constructor(stream) {
    super(stream);
    let {
      disableRange,
      disableStream,
      length,
      rangeChunkSize,
      url,
      withCredentials
    } = stream._source;
    this._contentLength = length, this._isStreamingSupported = !disableStream, this._isRangeSupported = !disableRange;
    let headers = new Headers(stream.headers);
    fetchUrl(url, headers, withCredentials, this._abortController).then((response) => {
      stream._responseOrigin = getResponseOrigin(response.url), ensureResponseStatus(response.status, url), this._reader = response.body.getReader();
      let responseHeaders = response.headers, {
        allowRangeRequests,
        suggestedLength
      } = validateRangeRequestCapabilities({
        responseHeaders,
        isHttp: stream.isHttp,
        rangeChunkSize,
        disableRange
      });
      this._isRangeSupported = allowRangeRequests, this._contentLength = suggestedLength || this._contentLength, this._filename = extractFilenameFromHeader(responseHeaders), !this._isStreamingSupported && this._isRangeSupported && this.cancel(new AbortException("Streaming is disabled.")), this._headersCapability.resolve();
    }).catch(this._headersCapability.reject);
  }
  async read() {
    await this._headersCapability.promise;
    let {
      value,
      done
    } = await this._reader.read();
    return done ? {
      value,
      done
    } : (this._loaded += value.byteLength, this.onProgress?.({
      loaded: this._loaded,
      total: this._contentLength
    }), {
      value: fetch_stream_getArrayBuffer(value),
      done: !1
    });
  }
  cancel(reason) {
    this._reader?.cancel(reason), this._abortController.abort();
  }
}, PDFFetchStreamRangeReader = class extends BasePDFStreamRangeReader {
  _abortController = new AbortController();
  _readCapability = Promise.withResolvers();
  _reader = null;
  constructor(stream, begin, end) {
    super(stream, begin, end);
    let {
      url,
      withCredentials
    } = stream._source, headers = new Headers(stream.headers);
    headers.append("Range", `bytes=${begin}-${end - 1}`), fetchUrl(url, headers, withCredentials, this._abortController).then((response) => {
      let responseOrigin = getResponseOrigin(response.url);
      ensureResponseOrigin(responseOrigin, stream._responseOrigin), ensureResponseStatus(response.status, url), this._reader = response.body.getReader(), this._readCapability.resolve();
    }).catch(this._readCapability.reject);
  }
  async read() {
    await this._readCapability.promise;
    let {
      value,
      done
    } = await this._reader.read();
    return done ? {
      value,
      done
    } : {
      value: fetch_stream_getArrayBuffer(value),
      done: !1
    };
  }
  cancel(reason) {
    this._reader?.cancel(reason), this._abortController.abort();
  }
}, OK_RESPONSE = 200, PARTIAL_CONTENT_RESPONSE = 206;
function network_getArrayBuffer(val) {
  return typeof val != "string" ? val : stringToBytes(val).buffer;
}
var PDFNetworkStream = class extends BasePDFStream {
  #pendingRequests = /* @__PURE__ */ new WeakMap();
  _responseOrigin = null;
  constructor(source) {
    super(source, PDFNetworkStreamReader, PDFNetworkStreamRangeReader), this.url = source.url, this.isHttp = /^https?:/i.test(this.url), this.headers = createHeaders(this.isHttp, source.httpHeaders);
  }
  _request(args) {
    let xhr = new XMLHttpRequest(), pendingRequest = {
      validateStatus: null,
      onHeadersReceived: args.onHeadersReceived,
      onDone: args.onDone,
      onError: args.onError,
      onProgress: args.onProgress
    };
    this.#pendingRequests.set(xhr, pendingRequest), xhr.open("GET", this.url), xhr.withCredentials = this._source.withCredentials;
    for (let [key, val] of this.headers)
      xhr.setRequestHeader(key, val);
    return this.isHttp && "begin" in args && "end" in args ? (xhr.setRequestHeader("Range", `bytes=${args.begin}-${args.end - 1}`), pendingRequest.validateStatus = (status) => status === PARTIAL_CONTENT_RESPONSE || status === OK_RESPONSE) : pendingRequest.validateStatus = (status) => status === OK_RESPONSE, xhr.responseType = "arraybuffer", assert(args.onError, "Expected `onError` callback to be provided."), xhr.onerror = () => args.onError(xhr.status), xhr.onreadystatechange = this.#onStateChange.bind(this, xhr), xhr.onprogress = this.#onProgress.bind(this, xhr), xhr.send(null), xhr;
  }
  #onProgress(xhr, evt) {
    this.#pendingRequests.get(xhr)?.onProgress?.(evt);
  }
  #onStateChange(xhr, evt) {
    let pendingRequest = this.#pendingRequests.get(xhr);
    if (!pendingRequest || (xhr.readyState >= 2 && pendingRequest.onHeadersReceived && (pendingRequest.onHeadersReceived(), delete pendingRequest.onHeadersReceived), xhr.readyState !== 4) || !this.#pendingRequests.has(xhr))
      return;
    if (this.#pendingRequests.delete(xhr), xhr.status === 0 && this.isHttp) {
      pendingRequest.onError(xhr.status);
      return;
    }
    let xhrStatus = xhr.status || OK_RESPONSE;
    if (!pendingRequest.validateStatus(xhrStatus)) {
      pendingRequest.onError(xhr.status);
      return;
    }
    let chunk = network_getArrayBuffer(xhr.response);
    if (xhrStatus === PARTIAL_CONTENT_RESPONSE) {
      let rangeHeader = xhr.getResponseHeader("Content-Range");
      /bytes (\d+)-(\d+)\/(\d+)/.test(rangeHeader) ? pendingRequest.onDone(chunk) : (warn('Missing or invalid "Content-Range" header.'), pendingRequest.onError(0));
    } else chunk ? pendingRequest.onDone(chunk) : pendingRequest.onError(xhr.status);
  }
  _abortRequest(xhr) {
    this.#pendingRequests.has(xhr) && (this.#pendingRequests.delete(xhr), xhr.abort());
  }
  getRangeReader(begin, end) {
    let reader = super.getRangeReader(begin, end);
    return reader && (reader.onClosed = () => this._rangeReaders.delete(reader)), reader;
  }
}, PDFNetworkStreamReader = class extends BasePDFStreamReader {
  _cachedChunks = [];
  _done = !1;
  _requests = [];
  _storedError = null;
  constructor(stream) {
    super(stream);
    let {
      length
    } = stream._source;
    this._contentLength = length, this._fullRequestXhr = stream._request({
      onHeadersReceived: this.#onHeadersReceived.bind(this),
      onDone: this.#onDone.bind(this),
      onError: this.#onError.bind(this),
      onProgress: this.#onProgress.bind(this)
    });
  }
  #onHeadersReceived() {
    let stream = this._stream, {
      disableRange,
      rangeChunkSize
    } = stream._source, fullRequestXhr = this._fullRequestXhr;
    stream._responseOrigin = getResponseOrigin(fullRequestXhr.responseURL);
    let rawResponseHeaders = fullRequestXhr.getAllResponseHeaders(), responseHeaders = new Headers(rawResponseHeaders ? rawResponseHeaders.trimStart().replace(/[^\S ]+$/, "").split(/[\r\n]+/).map((x) => {
      let [key, ...val] = x.split(": ");
      return [key, val.join(": ")];
    }) : []), {
      allowRangeRequests,
      suggestedLength
    } = validateRangeRequestCapabilities({
      responseHeaders,
      isHttp: stream.isHttp,
      rangeChunkSize,
      disableRange
    });
    allowRangeRequests && (this._isRangeSupported = !0), this._contentLength = suggestedLength || this._contentLength, this._filename = extractFilenameFromHeader(responseHeaders), this._isRangeSupported && stream._abortRequest(fullRequestXhr), this._headersCapability.resolve();
  }
  #onDone(chunk) {
    if (this._requests.length > 0 ? this._requests.shift().resolve({
      value: chunk,
      done: !1
    }) : this._cachedChunks.push(chunk), this._done = !0, !(this._cachedChunks.length > 0)) {
      for (let capability of this._requests)
        capability.resolve({
          value: void 0,
          done: !0
        });
      this._requests.length = 0;
    }
  }
  #onError(status) {
    this._storedError = createResponseError(status, this._stream.url), this._headersCapability.reject(this._storedError);
    for (let capability of this._requests)
      capability.reject(this._storedError);
    this._requests.length = 0, this._cachedChunks.length = 0;
  }
  #onProgress(evt) {
    this.onProgress?.({
      loaded: evt.loaded,
      total: evt.lengthComputable ? evt.total : this._contentLength
    });
  }
  async read() {
    if (await this._headersCapability.promise, this._storedError)
      throw this._storedError;
    if (this._cachedChunks.length > 0)
      return {
        value: this._cachedChunks.shift(),
        done: !1
      };
    if (this._done)
      return {
        value: void 0,
        done: !0
      };
    let capability = Promise.withResolvers();
    return this._requests.push(capability), capability.promise;
  }
  cancel(reason) {
    this._done = !0, this._headersCapability.reject(reason);
    for (let capability of this._requests)
      capability.resolve({
        value: void 0,
        done: !0
      });
    this._requests.length = 0, this._stream._abortRequest(this._fullRequestXhr), this._fullRequestXhr = null;
  }
}, PDFNetworkStreamRangeReader = class extends BasePDFStreamRangeReader {
  onClosed = null;
  _done = !1;
  _queuedChunk = null;
  _requests = [];
  _storedError = null;
  constructor(stream, begin, end) {
    super(stream, begin, end), this._requestXhr = stream._request({
      begin,
      end,
      onHeadersReceived: this.#onHeadersReceived.bind(this),
      onDone: this.#onDone.bind(this),
      onError: this.#onError.bind(this),
      onProgress: null
    });
  }
  #onHeadersReceived() {
    let responseOrigin = getResponseOrigin(this._requestXhr?.responseURL);
    try {
      ensureResponseOrigin(responseOrigin, this._stream._responseOrigin);
    } catch (ex) {
      this._storedError = ex, this.#onError(0);
    }
  }
  #onDone(chunk) {
    this._requests.length > 0 ? this._requests.shift().resolve({
      value: chunk,
      done: !1
    }) : this._queuedChunk = chunk, this._done = !0;
    for (let capability of this._requests)
      capability.resolve({
        value: void 0,
        done: !0
      });
    this._requests.length = 0, this.onClosed?.();
  }
  #onError(status) {
    this._storedError ??= createResponseError(status, this._stream.url);
    for (let capability of this._requests)
      capability.reject(this._storedError);
    this._requests.length = 0, this._queuedChunk = null;
  }
  async read() {
    if (this._storedError)
      throw this._storedError;
    if (this._queuedChunk !== null) {
      let chunk = this._queuedChunk;
      return this._queuedChunk = null, {
        value: chunk,
        done: !1
      };
    }
    if (this._done)
      return {
        value: void 0,
        done: !0
      };
    let capability = Promise.withResolvers();
    return this._requests.push(capability), capability.promise;
  }
  cancel(reason) {
    this._done = !0;
    for (let capability of this._requests)
      capability.resolve({
        value: void 0,
        done: !0
      });
    this._requests.length = 0, this._stream._abortRequest(this._requestXhr), this.onClosed?.();
  }
}, urlRegex = /^[a-z][a-z0-9\-+.]+:/i;
function parseUrlOrPath(sourceUrl) {
  if (urlRegex.test(sourceUrl))
    return new URL(sourceUrl);
  let url = process.getBuiltinModule("url");
  return new URL(url.pathToFileURL(sourceUrl));
}
function getReadableStream(readStream) {
  let {
    Readable
  } = process.getBuiltinModule("stream");
  return typeof Readable.toWeb == "function" ? Readable.toWeb(readStream) : process.getBuiltinModule("module").createRequire(import.meta.url)("node-readable-to-web-readable-stream").makeDefaultReadableStreamFromNodeReadable(readStream);
}
function node_stream_getArrayBuffer(val) {
  return val instanceof Uint8Array ? val.buffer : val instanceof ArrayBuffer ? val : (warn(`getArrayBuffer - unexpected data format: ${val}`), new Uint8Array(val).buffer);
}
var PDFNodeStream = class extends BasePDFStream {
  constructor(source) {
    super(source, PDFNodeStreamReader, PDFNodeStreamRangeReader), this.url = parseUrlOrPath(source.url), assert(this.url.protocol === "file:", "PDFNodeStream only supports file:// URLs.");
  }
}, PDFNodeStreamReader = class extends BasePDFStreamReader {
  _reader = null;
  constructor(stream) {
    super(stream);
    let {
      disableRange,
      disableStream,
      length,
      rangeChunkSize
    } = stream._source;
    this._contentLength = length, this._isStreamingSupported = !disableStream, this._isRangeSupported = !disableRange;
    let url = stream.url, fs = process.getBuiltinModule("fs");
    fs.promises.lstat(url).then((stat) => {
      let readStream = fs.createReadStream(url), readableStream = getReadableStream(readStream);
      this._reader = readableStream.getReader();
      let {
        size
      } = stat;
      size <= 2 * rangeChunkSize && (this._isRangeSupported = !1), this._contentLength = size, !this._isStreamingSupported && this._isRangeSupported && this.cancel(new AbortException("Streaming is disabled.")), this._headersCapability.resolve();
    }).catch((error) => {
      error.code === "ENOENT" && (error = createResponseError(0, url.href)), this._headersCapability.reject(error);
    });
  }
  async read() {
    await this._headersCapability.promise;
    let {
      value,
      done
    } = await this._reader.read();
    return done ? {
      value,
      done
    } : (this._loaded += value.length, this.onProgress?.({
      loaded: this._loaded,
      total: this._contentLength
    }), {
      value: node_stream_getArrayBuffer(value),
      done: !1
    });
  }
  cancel(reason) {
    this._reader?.cancel(reason);
  }
}, PDFNodeStreamRangeReader = class extends BasePDFStreamRangeReader {
  _readCapability = Promise.withResolvers();
  _reader = null;
  constructor(stream, begin, end) {
    super(stream, begin, end);
    let url = stream.url, fs = process.getBuiltinModule("fs");
    try {
      let readStream = fs.createReadStream(url, {
        start: begin,
        end: end - 1
      }), readableStream = getReadableStream(readStream);
      this._reader = readableStream.getReader(), this._readCapability.resolve();
    } catch (error) {
      this._readCapability.reject(error);
    }
  }
  async read() {
    await this._readCapability.promise;
    let {
      value,
      done
    } = await this._reader.read();
    return done ? {
      value,
      done
    } : {
      value: node_stream_getArrayBuffer(value),
      done: !1
    };
  }
  cancel(reason) {
    this._reader?.cancel(reason);
  }
}, INITIAL_DATA = /* @__PURE__ */ Symbol("INITIAL_DATA"), PDFObjects = class {
  #objs = /* @__PURE__ */ Object.create(null);
  #ensureObj(objId) {
    return this.#objs[objId] ||= {
      ...Promise.withResolvers(),
      data: INITIAL_DATA
    };
  }
  get(objId, callback = null) {
    if (callback) {
      let obj2 = this.#ensureObj(objId);
      return obj2.promise.then(() => callback(obj2.data)), null;
    }
    let obj = this.#objs[objId];
    if (!obj || obj.data === INITIAL_DATA)
      throw new Error(`Requesting object that isn't resolved yet ${objId}.`);
    return obj.data;
  }
  has(objId) {
    let obj = this.#objs[objId];
    return !!obj && obj.data !== INITIAL_DATA;
  }
  delete(objId) {
    let obj = this.#objs[objId];
    return !obj || obj.data === INITIAL_DATA ? !1 : (delete this.#objs[objId], !0);
  }
  resolve(objId, data = null) {
    let obj = this.#ensureObj(objId);
    obj.data = data, obj.resolve();
  }
  clear() {
    for (let objId in this.#objs) {
      let {
        data
      } = this.#objs[objId];
      data?.bitmap?.close();
    }
    this.#objs = /* @__PURE__ */ Object.create(null);
  }
  *[Symbol.iterator]() {
    for (let objId in this.#objs) {
      let {
        data
      } = this.#objs[objId];
      data !== INITIAL_DATA && (yield [objId, data]);
    }
  }
}, MAX_TEXT_DIVS_TO_RENDER = 1e5, DEFAULT_FONT_SIZE = 30, TextLayer = class _TextLayer {
  #capability = Promise.withResolvers();
  #container = null;
  #disableProcessItems = !1;
  #fontInspectorEnabled = !!globalThis.FontInspector?.enabled;
  #lang = null;
  #layoutTextParams = null;
  #pageHeight = 0;
  #pageWidth = 0;
  #reader = null;
  #rootContainer = null;
  #rotation = 0;
  #scale = 0;
  #styleCache = /* @__PURE__ */ Object.create(null);
  #textContentItemsStr = [];
  #textContentSource = null;
  #textDivs = [];
  #textDivProperties = /* @__PURE__ */ new WeakMap();
  #transform = null;
  static #ascentCache = /* @__PURE__ */ new Map();
  static #canvasContexts = /* @__PURE__ */ new Map();
  static #canvasCtxFonts = /* @__PURE__ */ new WeakMap();
  static #minFontSize = null;
  static #pendingTextLayers = /* @__PURE__ */ new Set();
  constructor({
    textContentSource,
    container,
    viewport
  }) {
    if (textContentSource instanceof ReadableStream)
      this.#textContentSource = textContentSource;
    else if (typeof textContentSource == "object")
      this.#textContentSource = new ReadableStream({
        start(controller) {
          controller.enqueue(textContentSource), controller.close();
        }
      });
    else
      throw new Error('No "textContentSource" parameter specified.');
    this.#container = this.#rootContainer = container, this.#scale = viewport.scale * OutputScale.pixelRatio, this.#rotation = viewport.rotation, this.#layoutTextParams = {
      div: null,
      properties: null,
      ctx: null
    };
    let {
      pageWidth,
      pageHeight,
      pageX,
      pageY
    } = viewport.rawDims;
    this.#transform = [1, 0, 0, -1, -pageX, pageY + pageHeight], this.#pageWidth = pageWidth, this.#pageHeight = pageHeight, _TextLayer.#ensureMinFontSizeComputed(), container.style.setProperty("--min-font-size", _TextLayer.#minFontSize), setLayerDimensions(container, viewport), this.#capability.promise.finally(() => {
      _TextLayer.#pendingTextLayers.delete(this), this.#layoutTextParams = null, this.#styleCache = null;
    }).catch(() => {
    });
  }
  static get fontFamilyMap() {
    let {
      isWindows,
      isFirefox
    } = util_FeatureTest.platform;
    return shadow(this, "fontFamilyMap", /* @__PURE__ */ new Map([["sans-serif", `${isWindows && isFirefox ? "Calibri, " : ""}sans-serif`], ["monospace", `${isWindows && isFirefox ? "Lucida Console, " : ""}monospace`]]));
  }
  render() {
    let pump = () => {
      this.#reader.read().then(({
        value,
        done
      }) => {
        if (done) {
          this.#capability.resolve();
          return;
        }
        this.#lang ??= value.lang, Object.assign(this.#styleCache, value.styles), this.#processItems(value.items), pump();
      }, this.#capability.reject);
    };
    return this.#reader = this.#textContentSource.getReader(), _TextLayer.#pendingTextLayers.add(this), pump(), this.#capability.promise;
  }
  update({
    viewport,
    onBefore = null
  }) {
    let scale = viewport.scale * OutputScale.pixelRatio, rotation = viewport.rotation;
    if (rotation !== this.#rotation && (onBefore?.(), this.#rotation = rotation, setLayerDimensions(this.#rootContainer, {
      rotation
    })), scale !== this.#scale) {
      onBefore?.(), this.#scale = scale;
      let params = {
        div: null,
        properties: null,
        ctx: _TextLayer.#getCtx(this.#lang)
      };
      for (let div of this.#textDivs)
        params.properties = this.#textDivProperties.get(div), params.div = div, this.#layout(params);
    }
  }
  cancel() {
    let abortEx = new AbortException("TextLayer task cancelled.");
    this.#reader?.cancel(abortEx).catch(() => {
    }), this.#reader = null, this.#capability.reject(abortEx);
  }
  get textDivs() {
    return this.#textDivs;
  }
  get textContentItemsStr() {
    return this.#textContentItemsStr;
  }
  #processItems(items) {
    if (this.#disableProcessItems)
      return;
    this.#layoutTextParams.ctx ??= _TextLayer.#getCtx(this.#lang);
    let textDivs = this.#textDivs, textContentItemsStr = this.#textContentItemsStr;
    for (let item of items) {
      if (textDivs.length > MAX_TEXT_DIVS_TO_RENDER) {
        warn("Ignoring additional textDivs for performance reasons."), this.#disableProcessItems = !0;
        return;
      }
      if (item.str === void 0) {
        if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
          let parent = this.#container;
          this.#container = document.createElement("span"), this.#container.classList.add("markedContent"), item.id && this.#container.setAttribute("id", `${item.id}`), item.tag === "Artifact" && (this.#container.ariaHidden = !0), parent.append(this.#container);
        } else item.type === "endMarkedContent" && (this.#container = this.#container.parentNode);
        continue;
      }
      textContentItemsStr.push(item.str), this.#appendText(item);
    }
  }
  #appendText(geom) {
    let textDiv = document.createElement("span"), textDivProperties = {
      angle: 0,
      canvasWidth: 0,
      hasText: geom.str !== "",
      hasEOL: geom.hasEOL,
      fontSize: 0
    };
    this.#textDivs.push(textDiv);
    let tx = Util.transform(this.#transform, geom.transform), angle = Math.atan2(tx[1], tx[0]), style = this.#styleCache[geom.fontName];
    style.vertical && (angle += Math.PI / 2);
    let fontFamily = this.#fontInspectorEnabled && style.fontSubstitution || style.fontFamily;
    fontFamily = _TextLayer.fontFamilyMap.get(fontFamily) || fontFamily;
    let fontHeight = Math.hypot(tx[2], tx[3]), fontAscent = fontHeight * _TextLayer.#getAscent(fontFamily, style, this.#lang), left, top;
    angle === 0 ? (left = tx[4], top = tx[5] - fontAscent) : (left = tx[4] + fontAscent * Math.sin(angle), top = tx[5] - fontAscent * Math.cos(angle));
    let divStyle = textDiv.style;
    divStyle.left = `${(100 * left / this.#pageWidth).toFixed(2)}%`, divStyle.top = `${(100 * top / this.#pageHeight).toFixed(2)}%`, divStyle.setProperty("--font-height", `${fontHeight.toFixed(2)}px`), divStyle.fontFamily = fontFamily, textDivProperties.fontSize = fontHeight, textDiv.setAttribute("role", "presentation"), textDiv.textContent = geom.str, textDiv.dir = geom.dir, this.#fontInspectorEnabled && (textDiv.dataset.fontName = style.fontSubstitutionLoadedName || geom.fontName), angle !== 0 && (textDivProperties.angle = angle * (180 / Math.PI));
    let shouldScaleText = !1;
    if (geom.str.length > 1)
      shouldScaleText = !0;
    else if (geom.str !== " " && geom.transform[0] !== geom.transform[3]) {
      let absScaleX = Math.abs(geom.transform[0]), absScaleY = Math.abs(geom.transform[3]);
      absScaleX !== absScaleY && Math.max(absScaleX, absScaleY) / Math.min(absScaleX, absScaleY) > 1.5 && (shouldScaleText = !0);
    }
    if (shouldScaleText && (textDivProperties.canvasWidth = style.vertical ? geom.height : geom.width), this.#textDivProperties.set(textDiv, textDivProperties), this.#layoutTextParams.div = textDiv, this.#layoutTextParams.properties = textDivProperties, this.#layout(this.#layoutTextParams), textDivProperties.hasText && this.#container.append(textDiv), textDivProperties.hasEOL) {
      let br = document.createElement("br");
      br.setAttribute("role", "presentation"), this.#container.append(br);
    }
  }
  #layout(params) {
    let {
      div,
      properties,
      ctx
    } = params, {
      style
    } = div;
    if (properties.canvasWidth !== 0 && properties.hasText) {
      let {
        fontFamily
      } = style, {
        canvasWidth,
        fontSize
      } = properties;
      _TextLayer.#ensureCtxFont(ctx, fontSize * this.#scale, fontFamily);
      let {
        width
      } = ctx.measureText(div.textContent);
      width > 0 && style.setProperty("--scale-x", canvasWidth * this.#scale / width);
    }
    properties.angle !== 0 && style.setProperty("--rotate", `${properties.angle}deg`);
  }
  static cleanup() {
    if (!(this.#pendingTextLayers.size > 0)) {
      this.#ascentCache.clear();
      for (let {
        canvas
      } of this.#canvasContexts.values())
        canvas.remove();
      this.#canvasContexts.clear();
    }
  }
  static #getCtx(lang = null) {
    let ctx = this.#canvasContexts.get(lang ||= "");
    if (!ctx) {
      let canvas = document.createElement("canvas");
      canvas.className = "hiddenCanvasElement", canvas.lang = lang, document.body.append(canvas), ctx = canvas.getContext("2d", {
        alpha: !1,
        willReadFrequently: !0
      }), this.#canvasContexts.set(lang, ctx), this.#canvasCtxFonts.set(ctx, {
        size: 0,
        family: ""
      });
    }
    return ctx;
  }
  static #ensureCtxFont(ctx, size, family) {
    let cached = this.#canvasCtxFonts.get(ctx);
    size === cached.size && family === cached.family || (ctx.font = `${size}px ${family}`, cached.size = size, cached.family = family);
  }
  static #ensureMinFontSizeComputed() {
    if (this.#minFontSize !== null)
      return;
    let div = document.createElement("div");
    div.style.opacity = 0, div.style.lineHeight = 1, div.style.fontSize = "1px", div.style.position = "absolute", div.textContent = "X", document.body.append(div), this.#minFontSize = div.getBoundingClientRect().height, div.remove();
  }
  static #getAscent(fontFamily, style, lang) {
    let cachedAscent = this.#ascentCache.get(fontFamily);
    if (cachedAscent)
      return cachedAscent;
    let ctx = this.#getCtx(lang);
    ctx.canvas.width = ctx.canvas.height = DEFAULT_FONT_SIZE, this.#ensureCtxFont(ctx, DEFAULT_FONT_SIZE, fontFamily);
    let metrics = ctx.measureText(""), ascent = metrics.fontBoundingBoxAscent, descent = Math.abs(metrics.fontBoundingBoxDescent);
    ctx.canvas.width = ctx.canvas.height = 0;
    let ratio = 0.8;
    return ascent ? ratio = ascent / (ascent + descent) : (util_FeatureTest.platform.isFirefox && warn("Enable the `dom.textMetrics.fontBoundingBox.enabled` preference in `about:config` to improve TextLayer rendering."), style.ascent ? ratio = style.ascent : style.descent && (ratio = 1 + style.descent)), this.#ascentCache.set(fontFamily, ratio), ratio;
  }
}, RENDERING_CANCELLED_TIMEOUT = 100;
function getDocument(src = {}) {
  typeof src == "string" || src instanceof URL ? src = {
    url: src
  } : (src instanceof ArrayBuffer || ArrayBuffer.isView(src)) && (src = {
    data: src
  });
  let task = new PDFDocumentLoadingTask(), {
    docId
  } = task, url = src.url ? getUrlProp(src.url) : null, data = src.data ? getDataProp(src.data) : null, httpHeaders = src.httpHeaders || null, withCredentials = src.withCredentials === !0, password = src.password ?? null, rangeTransport = src.range instanceof PDFDataRangeTransport ? src.range : null, rangeChunkSize = Number.isInteger(src.rangeChunkSize) && src.rangeChunkSize > 0 ? src.rangeChunkSize : 2 ** 16, worker = src.worker instanceof PDFWorker ? src.worker : null, verbosity2 = src.verbosity, docBaseUrl = typeof src.docBaseUrl == "string" && !isDataScheme(src.docBaseUrl) ? src.docBaseUrl : null, cMapUrl = getFactoryUrlProp(src.cMapUrl), cMapPacked = src.cMapPacked !== !1, CMapReaderFactory = src.CMapReaderFactory || (isNodeJS ? NodeCMapReaderFactory : DOMCMapReaderFactory), iccUrl = getFactoryUrlProp(src.iccUrl), standardFontDataUrl = getFactoryUrlProp(src.standardFontDataUrl), StandardFontDataFactory = src.StandardFontDataFactory || (isNodeJS ? NodeStandardFontDataFactory : DOMStandardFontDataFactory), wasmUrl = getFactoryUrlProp(src.wasmUrl), WasmFactory = src.WasmFactory || (isNodeJS ? NodeWasmFactory : DOMWasmFactory), ignoreErrors = src.stopAtErrors !== !0, maxImageSize = Number.isInteger(src.maxImageSize) && src.maxImageSize > -1 ? src.maxImageSize : -1, isEvalSupported2 = src.isEvalSupported !== !1, isOffscreenCanvasSupported = typeof src.isOffscreenCanvasSupported == "boolean" ? src.isOffscreenCanvasSupported : !isNodeJS, isImageDecoderSupported = typeof src.isImageDecoderSupported == "boolean" ? src.isImageDecoderSupported : !isNodeJS && (util_FeatureTest.platform.isFirefox || !globalThis.chrome), canvasMaxAreaInBytes = Number.isInteger(src.canvasMaxAreaInBytes) ? src.canvasMaxAreaInBytes : -1, disableFontFace = typeof src.disableFontFace == "boolean" ? src.disableFontFace : isNodeJS, fontExtraProperties = src.fontExtraProperties === !0, enableXfa = src.enableXfa === !0, ownerDocument = src.ownerDocument || globalThis.document, disableRange = src.disableRange === !0, disableStream = src.disableStream === !0, disableAutoFetch = src.disableAutoFetch === !0, pdfBug = src.pdfBug === !0, CanvasFactory = src.CanvasFactory || (isNodeJS ? NodeCanvasFactory : DOMCanvasFactory), FilterFactory = src.FilterFactory || (isNodeJS ? NodeFilterFactory : DOMFilterFactory), enableHWA = src.enableHWA === !0, useWasm = src.useWasm !== !1, length = rangeTransport ? rangeTransport.length : src.length ?? NaN, useSystemFonts = typeof src.useSystemFonts == "boolean" ? src.useSystemFonts : !isNodeJS && !disableFontFace, useWorkerFetch = typeof src.useWorkerFetch == "boolean" ? src.useWorkerFetch : !!(CMapReaderFactory === DOMCMapReaderFactory && StandardFontDataFactory === DOMStandardFontDataFactory && WasmFactory === DOMWasmFactory && cMapUrl && standardFontDataUrl && wasmUrl && isValidFetchUrl(cMapUrl, document.baseURI) && isValidFetchUrl(standardFontDataUrl, document.baseURI) && isValidFetchUrl(wasmUrl, document.baseURI)), styleElement = null;
  setVerbosityLevel(verbosity2);
  let transportFactory = {
    canvasFactory: new CanvasFactory({
      ownerDocument,
      enableHWA
    }),
    filterFactory: new FilterFactory({
      docId,
      ownerDocument
    }),
    cMapReaderFactory: useWorkerFetch ? null : new CMapReaderFactory({
      baseUrl: cMapUrl,
      isCompressed: cMapPacked
    }),
    standardFontDataFactory: useWorkerFetch ? null : new StandardFontDataFactory({
      baseUrl: standardFontDataUrl
    }),
    wasmFactory: useWorkerFetch ? null : new WasmFactory({
      baseUrl: wasmUrl
    })
  };
  worker || (worker = PDFWorker.create({
    verbosity: verbosity2,
    port: GlobalWorkerOptions.workerPort
  }), task._worker = worker);
  let docParams = {
    docId,
    apiVersion: "5.4.624",
    data,
    password,
    disableAutoFetch,
    rangeChunkSize,
    length,
    docBaseUrl,
    enableXfa,
    evaluatorOptions: {
      maxImageSize,
      disableFontFace,
      ignoreErrors,
      isEvalSupported: isEvalSupported2,
      isOffscreenCanvasSupported,
      isImageDecoderSupported,
      canvasMaxAreaInBytes,
      fontExtraProperties,
      useSystemFonts,
      useWasm,
      useWorkerFetch,
      cMapUrl,
      iccUrl,
      standardFontDataUrl,
      wasmUrl
    }
  }, transportParams = {
    ownerDocument,
    pdfBug,
    styleElement,
    enableHWA,
    loadingParams: {
      disableAutoFetch,
      enableXfa
    }
  };
  return worker.promise.then(function() {
    if (task.destroyed)
      throw new Error("Loading aborted");
    if (worker.destroyed)
      throw new Error("Worker was destroyed");
    let workerIdPromise = worker.messageHandler.sendWithPromise("GetDocRequest", docParams, data ? [data.buffer] : null), networkStream;
    if (rangeTransport)
      networkStream = new PDFDataTransportStream({
        pdfDataRangeTransport: rangeTransport,
        disableRange,
        disableStream
      });
    else if (!data) {
      if (!url)
        throw new Error("getDocument - no `url` parameter provided.");
      let NetworkStream = isValidFetchUrl(url) ? PDFFetchStream : isNodeJS ? PDFNodeStream : PDFNetworkStream;
      networkStream = new NetworkStream({
        url,
        length,
        httpHeaders,
        withCredentials,
        rangeChunkSize,
        disableRange,
        disableStream
      });
    }
    return workerIdPromise.then((workerId) => {
      if (task.destroyed)
        throw new Error("Loading aborted");
      if (worker.destroyed)
        throw new Error("Worker was destroyed");
      let messageHandler = new MessageHandler(docId, workerId, worker.port), transport = new WorkerTransport(messageHandler, task, networkStream, transportParams, transportFactory);
      task._transport = transport, messageHandler.send("Ready", null);
    });
  }).catch(task._capability.reject), task;
}
var PDFDocumentLoadingTask = class _PDFDocumentLoadingTask {
  static #docId = 0;
  _capability = Promise.withResolvers();
  _transport = null;
  _worker = null;
  docId = `d${_PDFDocumentLoadingTask.#docId++}`;
  destroyed = !1;
  onPassword = null;
  onProgress = null;
  get promise() {
    return this._capability.promise;
  }
  async destroy() {
    this.destroyed = !0;
    try {
      this._worker?.port && (this._worker._pendingDestroy = !0), await this._transport?.destroy();
    } catch (ex) {
      throw this._worker?.port && delete this._worker._pendingDestroy, ex;
    }
    this._transport = null, this._worker?.destroy(), this._worker = null;
  }
  async getData() {
    return this._transport.getData();
  }
}, PDFDataRangeTransport = class {
  #capability = Promise.withResolvers();
  #progressiveDoneListeners = [];
  #progressiveReadListeners = [];
  #progressListeners = [];
  #rangeListeners = [];
  constructor(length, initialData, progressiveDone = !1, contentDispositionFilename = null) {
    this.length = length, this.initialData = initialData, this.progressiveDone = progressiveDone, this.contentDispositionFilename = contentDispositionFilename;
  }
  addRangeListener(listener) {
    this.#rangeListeners.push(listener);
  }
  addProgressListener(listener) {
    this.#progressListeners.push(listener);
  }
  addProgressiveReadListener(listener) {
    this.#progressiveReadListeners.push(listener);
  }
  addProgressiveDoneListener(listener) {
    this.#progressiveDoneListeners.push(listener);
  }
  onDataRange(begin, chunk) {
    for (let listener of this.#rangeListeners)
      listener(begin, chunk);
  }
  onDataProgress(loaded, total) {
    this.#capability.promise.then(() => {
      for (let listener of this.#progressListeners)
        listener(loaded, total);
    });
  }
  onDataProgressiveRead(chunk) {
    this.#capability.promise.then(() => {
      for (let listener of this.#progressiveReadListeners)
        listener(chunk);
    });
  }
  onDataProgressiveDone() {
    this.#capability.promise.then(() => {
      for (let listener of this.#progressiveDoneListeners)
        listener();
    });
  }
  transportReady() {
    this.#capability.resolve();
  }
  requestDataRange(begin, end) {
    unreachable("Abstract method PDFDataRangeTransport.requestDataRange");
  }
  abort() {
  }
}, PDFDocumentProxy = class {
  constructor(pdfInfo, transport) {
    this._pdfInfo = pdfInfo, this._transport = transport;
  }
  get annotationStorage() {
    return this._transport.annotationStorage;
  }
  get canvasFactory() {
    return this._transport.canvasFactory;
  }
  get filterFactory() {
    return this._transport.filterFactory;
  }
  get numPages() {
    return this._pdfInfo.numPages;
  }
  get fingerprints() {
    return this._pdfInfo.fingerprints;
  }
  get isPureXfa() {
    return shadow(this, "isPureXfa", !!this._transport._htmlForXfa);
  }
  get allXfaHtml() {
    return this._transport._htmlForXfa;
  }
  getPage(pageNumber) {
    return this._transport.getPage(pageNumber);
  }
  getPageIndex(ref) {
    return this._transport.getPageIndex(ref);
  }
  getDestinations() {
    return this._transport.getDestinations();
  }
  getDestination(id) {
    return this._transport.getDestination(id);
  }
  getPageLabels() {
    return this._transport.getPageLabels();
  }
  getPageLayout() {
    return this._transport.getPageLayout();
  }
  getPageMode() {
    return this._transport.getPageMode();
  }
  getViewerPreferences() {
    return this._transport.getViewerPreferences();
  }
  getOpenAction() {
    return this._transport.getOpenAction();
  }
  getAttachments() {
    return this._transport.getAttachments();
  }
  getAnnotationsByType(types, pageIndexesToSkip) {
    return this._transport.getAnnotationsByType(types, pageIndexesToSkip);
  }
  getJSActions() {
    return this._transport.getDocJSActions();
  }
  getOutline() {
    return this._transport.getOutline();
  }
  getOptionalContentConfig({
    intent = "display"
  } = {}) {
    let {
      renderingIntent
    } = this._transport.getRenderingIntent(intent);
    return this._transport.getOptionalContentConfig(renderingIntent);
  }
  getPermissions() {
    return this._transport.getPermissions();
  }
  getMetadata() {
    return this._transport.getMetadata();
  }
  getMarkInfo() {
    return this._transport.getMarkInfo();
  }
  getData() {
    return this._transport.getData();
  }
  saveDocument() {
    return this._transport.saveDocument();
  }
  extractPages(pageInfos) {
    return this._transport.extractPages(pageInfos);
  }
  getDownloadInfo() {
    return this._transport.downloadInfoCapability.promise;
  }
  cleanup(keepLoadedFonts = !1) {
    return this._transport.startCleanup(keepLoadedFonts || this.isPureXfa);
  }
  destroy() {
    return this.loadingTask.destroy();
  }
  cachedPageNumber(ref) {
    return this._transport.cachedPageNumber(ref);
  }
  get loadingParams() {
    return this._transport.loadingParams;
  }
  get loadingTask() {
    return this._transport.loadingTask;
  }
  getFieldObjects() {
    return this._transport.getFieldObjects();
  }
  hasJSActions() {
    return this._transport.hasJSActions();
  }
  getCalculationOrderIds() {
    return this._transport.getCalculationOrderIds();
  }
}, PDFPageProxy = class {
  #pendingCleanup = !1;
  #pagesMapper = PagesMapper.instance;
  constructor(pageIndex, pageInfo, transport, pdfBug = !1) {
    this._pageIndex = pageIndex, this._pageInfo = pageInfo, this._transport = transport, this._stats = pdfBug ? new StatTimer() : null, this._pdfBug = pdfBug, this.commonObjs = transport.commonObjs, this.objs = new PDFObjects(), this._intentStates = /* @__PURE__ */ new Map(), this.destroyed = !1, this.recordedBBoxes = null;
  }
  get pageNumber() {
    return this._pageIndex + 1;
  }
  set pageNumber(value) {
    this._pageIndex = value - 1;
  }
  get rotate() {
    return this._pageInfo.rotate;
  }
  get ref() {
    return this._pageInfo.ref;
  }
  get userUnit() {
    return this._pageInfo.userUnit;
  }
  get view() {
    return this._pageInfo.view;
  }
  getViewport({
    scale,
    rotation = this.rotate,
    offsetX = 0,
    offsetY = 0,
    dontFlip = !1
  } = {}) {
    return new PageViewport({
      viewBox: this.view,
      userUnit: this.userUnit,
      scale,
      rotation,
      offsetX,
      offsetY,
      dontFlip
    });
  }
  getAnnotations({
    intent = "display"
  } = {}) {
    let {
      renderingIntent
    } = this._transport.getRenderingIntent(intent);
    return this._transport.getAnnotations(this._pageIndex, renderingIntent);
  }
  getJSActions() {
    return this._transport.getPageJSActions(this._pageIndex);
  }
  get filterFactory() {
    return this._transport.filterFactory;
  }
  get isPureXfa() {
    return shadow(this, "isPureXfa", !!this._transport._htmlForXfa);
  }
  async getXfa() {
    return this._transport._htmlForXfa?.children[this._pageIndex] || null;
  }
  render({
    canvasContext,
    canvas = canvasContext.canvas,
    viewport,
    intent = "display",
    annotationMode = AnnotationMode.ENABLE,
    transform = null,
    background = null,
    optionalContentConfigPromise = null,
    annotationCanvasMap = null,
    pageColors = null,
    printAnnotationStorage = null,
    isEditing = !1,
    recordOperations = !1,
    operationsFilter = null
  }) {
    this._stats?.time("Overall");
    let intentArgs = this._transport.getRenderingIntent(intent, annotationMode, printAnnotationStorage, isEditing), {
      renderingIntent,
      cacheKey
    } = intentArgs;
    this.#pendingCleanup = !1, optionalContentConfigPromise ||= this._transport.getOptionalContentConfig(renderingIntent);
    let intentState = this._intentStates.get(cacheKey);
    intentState || (intentState = /* @__PURE__ */ Object.create(null), this._intentStates.set(cacheKey, intentState)), intentState.streamReaderCancelTimeout && (clearTimeout(intentState.streamReaderCancelTimeout), intentState.streamReaderCancelTimeout = null);
    let intentPrint = !!(renderingIntent & RenderingIntentFlag.PRINT);
    intentState.displayReadyCapability || (intentState.displayReadyCapability = Promise.withResolvers(), intentState.operatorList = {
      fnArray: [],
      argsArray: [],
      lastChunk: !1,
      separateAnnots: null
    }, this._stats?.time("Page Request"), this._pumpOperatorList(intentArgs));
    let recordForDebugger = !!(this._pdfBug && globalThis.StepperManager?.enabled), shouldRecordOperations = !this.recordedBBoxes && (recordOperations || recordForDebugger), complete = (error) => {
      if (intentState.renderTasks.delete(internalRenderTask), shouldRecordOperations) {
        let recordedBBoxes = internalRenderTask.gfx?.dependencyTracker.take();
        recordedBBoxes && (internalRenderTask.stepper && internalRenderTask.stepper.setOperatorBBoxes(recordedBBoxes, internalRenderTask.gfx.dependencyTracker.takeDebugMetadata()), recordOperations && (this.recordedBBoxes = recordedBBoxes));
      }
      intentPrint && (this.#pendingCleanup = !0), this.#tryCleanup(), error ? (internalRenderTask.capability.reject(error), this._abortOperatorList({
        intentState,
        reason: error instanceof Error ? error : new Error(error)
      })) : internalRenderTask.capability.resolve(), this._stats && (this._stats.timeEnd("Rendering"), this._stats.timeEnd("Overall"), globalThis.Stats?.enabled && globalThis.Stats.add(this.pageNumber, this._stats));
    }, internalRenderTask = new InternalRenderTask({
      callback: complete,
      params: {
        canvas,
        canvasContext,
        dependencyTracker: shouldRecordOperations ? new CanvasDependencyTracker(canvas, intentState.operatorList.length, recordForDebugger) : null,
        viewport,
        transform,
        background
      },
      objs: this.objs,
      commonObjs: this.commonObjs,
      annotationCanvasMap,
      operatorList: intentState.operatorList,
      pageIndex: this._pageIndex,
      canvasFactory: this._transport.canvasFactory,
      filterFactory: this._transport.filterFactory,
      useRequestAnimationFrame: !intentPrint,
      pdfBug: this._pdfBug,
      pageColors,
      enableHWA: this._transport.enableHWA,
      operationsFilter
    });
    (intentState.renderTasks ||= /* @__PURE__ */ new Set()).add(internalRenderTask);
    let renderTask = internalRenderTask.task;
    return Promise.all([intentState.displayReadyCapability.promise, optionalContentConfigPromise]).then(([transparency, optionalContentConfig]) => {
      if (this.destroyed) {
        complete();
        return;
      }
      if (this._stats?.time("Rendering"), !(optionalContentConfig.renderingIntent & renderingIntent))
        throw new Error("Must use the same `intent`-argument when calling the `PDFPageProxy.render` and `PDFDocumentProxy.getOptionalContentConfig` methods.");
      internalRenderTask.initializeGraphics({
        transparency,
        optionalContentConfig
      }), internalRenderTask.operatorListChanged();
    }).catch(complete), renderTask;
  }
  getOperatorList({
    intent = "display",
    annotationMode = AnnotationMode.ENABLE,
    printAnnotationStorage = null,
    isEditing = !1
  } = {}) {
    function operatorListChanged() {
      intentState.operatorList.lastChunk && (intentState.opListReadCapability.resolve(intentState.operatorList), intentState.renderTasks.delete(opListTask));
    }
    let intentArgs = this._transport.getRenderingIntent(intent, annotationMode, printAnnotationStorage, isEditing, !0), intentState = this._intentStates.get(intentArgs.cacheKey);
    intentState || (intentState = /* @__PURE__ */ Object.create(null), this._intentStates.set(intentArgs.cacheKey, intentState));
    let opListTask;
    return intentState.opListReadCapability || (opListTask = /* @__PURE__ */ Object.create(null), opListTask.operatorListChanged = operatorListChanged, intentState.opListReadCapability = Promise.withResolvers(), (intentState.renderTasks ||= /* @__PURE__ */ new Set()).add(opListTask), intentState.operatorList = {
      fnArray: [],
      argsArray: [],
      lastChunk: !1,
      separateAnnots: null
    }, this._stats?.time("Page Request"), this._pumpOperatorList(intentArgs)), intentState.opListReadCapability.promise;
  }
  streamTextContent({
    includeMarkedContent = !1,
    disableNormalization = !1
  } = {}) {
    return this._transport.messageHandler.sendWithStream("GetTextContent", {
      pageId: this.#pagesMapper.getPageId(this._pageIndex + 1) - 1,
      pageIndex: this._pageIndex,
      includeMarkedContent: includeMarkedContent === !0,
      disableNormalization: disableNormalization === !0
    }, {
      highWaterMark: 100,
      size(textContent) {
        return textContent.items.length;
      }
    });
  }
  getTextContent(params = {}) {
    if (this._transport._htmlForXfa)
      return this.getXfa().then((xfa) => XfaText.textContent(xfa));
    let readableStream = this.streamTextContent(params);
    return new Promise(function(resolve, reject) {
      function pump() {
        reader.read().then(function({
          value,
          done
        }) {
          if (done) {
            resolve(textContent);
            return;
          }
          textContent.lang ??= value.lang, Object.assign(textContent.styles, value.styles), textContent.items.push(...value.items), pump();
        }, reject);
      }
      let reader = readableStream.getReader(), textContent = {
        items: [],
        styles: /* @__PURE__ */ Object.create(null),
        lang: null
      };
      pump();
    });
  }
  getStructTree() {
    return this._transport.getStructTree(this._pageIndex);
  }
  _destroy() {
    this.destroyed = !0;
    let waitOn = [];
    for (let intentState of this._intentStates.values())
      if (this._abortOperatorList({
        intentState,
        reason: new Error("Page was destroyed."),
        force: !0
      }), !intentState.opListReadCapability)
        for (let internalRenderTask of intentState.renderTasks)
          waitOn.push(internalRenderTask.completed), internalRenderTask.cancel();
    return this.objs.clear(), this.#pendingCleanup = !1, Promise.all(waitOn);
  }
  cleanup(resetStats = !1) {
    this.#pendingCleanup = !0;
    let success = this.#tryCleanup();
    return resetStats && success && (this._stats &&= new StatTimer()), success;
  }
  #tryCleanup() {
    if (!this.#pendingCleanup || this.destroyed)
      return !1;
    for (let {
      renderTasks,
      operatorList
    } of this._intentStates.values())
      if (renderTasks.size > 0 || !operatorList.lastChunk)
        return !1;
    return this._intentStates.clear(), this.objs.clear(), this.#pendingCleanup = !1, !0;
  }
  _startRenderPage(transparency, cacheKey) {
    let intentState = this._intentStates.get(cacheKey);
    intentState && (this._stats?.timeEnd("Page Request"), intentState.displayReadyCapability?.resolve(transparency));
  }
  _renderPageChunk(operatorListChunk, intentState) {
    for (let i = 0, ii = operatorListChunk.length; i < ii; i++)
      intentState.operatorList.fnArray.push(operatorListChunk.fnArray[i]), intentState.operatorList.argsArray.push(operatorListChunk.argsArray[i]);
    intentState.operatorList.lastChunk = operatorListChunk.lastChunk, intentState.operatorList.separateAnnots = operatorListChunk.separateAnnots;
    for (let internalRenderTask of intentState.renderTasks)
      internalRenderTask.operatorListChanged();
    operatorListChunk.lastChunk && this.#tryCleanup();
  }
  _pumpOperatorList({
    renderingIntent,
    cacheKey,
    annotationStorageSerializable,
    modifiedIds
  }) {
    let {
      map,
      transfer
    } = annotationStorageSerializable, reader = this._transport.messageHandler.sendWithStream("GetOperatorList", {
      pageId: this.#pagesMapper.getPageId(this._pageIndex + 1) - 1,
      pageIndex: this._pageIndex,
      intent: renderingIntent,
      cacheKey,
      annotationStorage: map,
      modifiedIds
    }, transfer).getReader(), intentState = this._intentStates.get(cacheKey);
    intentState.streamReader = reader;
    let pump = () => {
      reader.read().then(({
        value,
        done
      }) => {
        if (done) {
          intentState.streamReader = null;
          return;
        }
        this._transport.destroyed || (this._renderPageChunk(value, intentState), pump());
      }, (reason) => {
        if (intentState.streamReader = null, !this._transport.destroyed) {
          if (intentState.operatorList) {
            intentState.operatorList.lastChunk = !0;
            for (let internalRenderTask of intentState.renderTasks)
              internalRenderTask.operatorListChanged();
            this.#tryCleanup();
          }
          if (intentState.displayReadyCapability)
            intentState.displayReadyCapability.reject(reason);
          else if (intentState.opListReadCapability)
            intentState.opListReadCapability.reject(reason);
          else
            throw reason;
        }
      });
    };
    pump();
  }
  _abortOperatorList({
    intentState,
    reason,
    force = !1
  }) {
    if (intentState.streamReader) {
      if (intentState.streamReaderCancelTimeout && (clearTimeout(intentState.streamReaderCancelTimeout), intentState.streamReaderCancelTimeout = null), !force) {
        if (intentState.renderTasks.size > 0)
          return;
        if (reason instanceof RenderingCancelledException) {
          let delay = RENDERING_CANCELLED_TIMEOUT;
          reason.extraDelay > 0 && reason.extraDelay < 1e3 && (delay += reason.extraDelay), intentState.streamReaderCancelTimeout = setTimeout(() => {
            intentState.streamReaderCancelTimeout = null, this._abortOperatorList({
              intentState,
              reason,
              force: !0
            });
          }, delay);
          return;
        }
      }
      if (intentState.streamReader.cancel(new AbortException(reason.message)).catch(() => {
      }), intentState.streamReader = null, !this._transport.destroyed) {
        for (let [curCacheKey, curIntentState] of this._intentStates)
          if (curIntentState === intentState) {
            this._intentStates.delete(curCacheKey);
            break;
          }
        this.cleanup();
      }
    }
  }
  get stats() {
    return this._stats;
  }
}, PDFWorker = class _PDFWorker {
  #capability = Promise.withResolvers();
  #messageHandler = null;
  #port = null;
  #webWorker = null;
  static #fakeWorkerId = 0;
  static #isWorkerDisabled = !1;
  static #workerPorts = /* @__PURE__ */ new WeakMap();
  static {
    isNodeJS && (this.#isWorkerDisabled = !0, GlobalWorkerOptions.workerSrc ||= "./pdf.worker.mjs"), this._isSameOrigin = (baseUrl, otherUrl) => {
      let base = URL.parse(baseUrl);
      if (!base?.origin || base.origin === "null")
        return !1;
      let other = new URL(otherUrl, base);
      return base.origin === other.origin;
    }, this._createCDNWrapper = (url) => {
      let wrapper = `await import("${url}");`;
      return URL.createObjectURL(new Blob([wrapper], {
        type: "text/javascript"
      }));
    }, this.fromPort = (params) => {
      if (deprecated("`PDFWorker.fromPort` - please use `PDFWorker.create` instead."), !params?.port)
        throw new Error("PDFWorker.fromPort - invalid method signature.");
      return this.create(params);
    };
  }
  constructor({
    name = null,
    port = null,
    verbosity: verbosity2 = getVerbosityLevel()
  } = {}) {
    if (this.name = name, this.destroyed = !1, this.verbosity = verbosity2, port) {
      if (_PDFWorker.#workerPorts.has(port))
        throw new Error("Cannot use more than one PDFWorker per port.");
      _PDFWorker.#workerPorts.set(port, this), this.#initializeFromPort(port);
    } else
      this.#initialize();
  }
  get promise() {
    return this.#capability.promise;
  }
  #resolve() {
    this.#capability.resolve(), this.#messageHandler.send("configure", {
      verbosity: this.verbosity
    });
  }
  get port() {
    return this.#port;
  }
  get messageHandler() {
    return this.#messageHandler;
  }
  #initializeFromPort(port) {
    this.#port = port, this.#messageHandler = new MessageHandler("main", "worker", port), this.#messageHandler.on("ready", () => {
    }), this.#resolve();
  }
  #initialize() {
    if (_PDFWorker.#isWorkerDisabled || _PDFWorker.#mainThreadWorkerMessageHandler) {
      this.#setupFakeWorker();
      return;
    }
    let {
      workerSrc
    } = _PDFWorker;
    try {
      _PDFWorker._isSameOrigin(window.location, workerSrc) || (workerSrc = _PDFWorker._createCDNWrapper(new URL(workerSrc, window.location).href));
      let worker = new Worker(workerSrc, {
        type: "module"
      }), messageHandler = new MessageHandler("main", "worker", worker), terminateEarly = () => {
        ac.abort(), messageHandler.destroy(), worker.terminate(), this.destroyed ? this.#capability.reject(new Error("Worker was destroyed")) : this.#setupFakeWorker();
      }, ac = new AbortController();
      worker.addEventListener("error", () => {
        this.#webWorker || terminateEarly();
      }, {
        signal: ac.signal
      }), messageHandler.on("test", (data) => {
        if (ac.abort(), this.destroyed || !data) {
          terminateEarly();
          return;
        }
        this.#messageHandler = messageHandler, this.#port = worker, this.#webWorker = worker, this.#resolve();
      }), messageHandler.on("ready", (data) => {
        if (ac.abort(), this.destroyed) {
          terminateEarly();
          return;
        }
        try {
          sendTest();
        } catch {
          this.#setupFakeWorker();
        }
      });
      let sendTest = () => {
        let testObj = new Uint8Array();
        messageHandler.send("test", testObj, [testObj.buffer]);
      };
      sendTest();
      return;
    } catch {
      info("The worker has been disabled.");
    }
    this.#setupFakeWorker();
  }
  #setupFakeWorker() {
    _PDFWorker.#isWorkerDisabled || (warn("Setting up fake worker."), _PDFWorker.#isWorkerDisabled = !0), _PDFWorker._setupFakeWorkerGlobal.then((WorkerMessageHandler) => {
      if (this.destroyed) {
        this.#capability.reject(new Error("Worker was destroyed"));
        return;
      }
      let port = new LoopbackPort();
      this.#port = port;
      let id = `fake${_PDFWorker.#fakeWorkerId++}`, workerHandler = new MessageHandler(id + "_worker", id, port);
      WorkerMessageHandler.setup(workerHandler, port), this.#messageHandler = new MessageHandler(id, id + "_worker", port), this.#resolve();
    }).catch((reason) => {
      this.#capability.reject(new Error(`Setting up fake worker failed: "${reason.message}".`));
    });
  }
  destroy() {
    this.destroyed = !0, this.#webWorker?.terminate(), this.#webWorker = null, _PDFWorker.#workerPorts.delete(this.#port), this.#port = null, this.#messageHandler?.destroy(), this.#messageHandler = null;
  }
  static create(params) {
    let cachedPort = this.#workerPorts.get(params?.port);
    if (cachedPort) {
      if (cachedPort._pendingDestroy)
        throw new Error("PDFWorker.create - the worker is being destroyed.\nPlease remember to await `PDFDocumentLoadingTask.destroy()`-calls.");
      return cachedPort;
    }
    return new _PDFWorker(params);
  }
  static get workerSrc() {
    if (GlobalWorkerOptions.workerSrc)
      return GlobalWorkerOptions.workerSrc;
    throw new Error('No "GlobalWorkerOptions.workerSrc" specified.');
  }
  static get #mainThreadWorkerMessageHandler() {
    try {
      return globalThis.pdfjsWorker?.WorkerMessageHandler || null;
    } catch {
      return null;
    }
  }
  static get _setupFakeWorkerGlobal() {
    return shadow(this, "_setupFakeWorkerGlobal", (async () => this.#mainThreadWorkerMessageHandler ? this.#mainThreadWorkerMessageHandler : (await import(
      /*webpackIgnore: true*/
      /*@vite-ignore*/
      this.workerSrc
    )).WorkerMessageHandler)());
  }
}, WorkerTransport = class {
  downloadInfoCapability = Promise.withResolvers();
  #fullReader = null;
  #methodPromises = /* @__PURE__ */ new Map();
  #networkStream = null;
  #pageCache = /* @__PURE__ */ new Map();
  #pagePromises = /* @__PURE__ */ new Map();
  #pageRefCache = /* @__PURE__ */ new Map();
  #passwordCapability = null;
  #pagesMapper = PagesMapper.instance;
  constructor(messageHandler, loadingTask, networkStream, params, factory) {
    this.messageHandler = messageHandler, this.loadingTask = loadingTask, this.#networkStream = networkStream, this.commonObjs = new PDFObjects(), this.fontLoader = new FontLoader({
      ownerDocument: params.ownerDocument,
      styleElement: params.styleElement
    }), this.enableHWA = params.enableHWA, this.loadingParams = params.loadingParams, this._params = params, this.canvasFactory = factory.canvasFactory, this.filterFactory = factory.filterFactory, this.cMapReaderFactory = factory.cMapReaderFactory, this.standardFontDataFactory = factory.standardFontDataFactory, this.wasmFactory = factory.wasmFactory, this.destroyed = !1, this.destroyCapability = null, this.setupMessageHandler(), this.#pagesMapper.addListener(this.#updateCaches.bind(this));
  }
  #updateCaches() {
    let newPageCache = /* @__PURE__ */ new Map(), newPromiseCache = /* @__PURE__ */ new Map();
    for (let i = 0, ii = this.#pagesMapper.pagesNumber; i < ii; i++) {
      let prevPageIndex = this.#pagesMapper.getPrevPageNumber(i + 1) - 1, page = this.#pageCache.get(prevPageIndex);
      page && newPageCache.set(i, page);
      let promise = this.#pagePromises.get(prevPageIndex);
      promise && newPromiseCache.set(i, promise);
    }
    this.#pageCache = newPageCache, this.#pagePromises = newPromiseCache;
  }
  #cacheSimpleMethod(name, data = null) {
    let cachedPromise = this.#methodPromises.get(name);
    if (cachedPromise)
      return cachedPromise;
    let promise = this.messageHandler.sendWithPromise(name, data);
    return this.#methodPromises.set(name, promise), promise;
  }
  #onProgress({
    loaded,
    total
  }) {
    this.loadingTask.onProgress?.({
      loaded,
      total,
      percent: MathClamp(Math.round(loaded / total * 100), 0, 100)
    });
  }
  get annotationStorage() {
    return shadow(this, "annotationStorage", new AnnotationStorage());
  }
  getRenderingIntent(intent, annotationMode = AnnotationMode.ENABLE, printAnnotationStorage = null, isEditing = !1, isOpList = !1) {
    let renderingIntent = RenderingIntentFlag.DISPLAY, annotationStorageSerializable = SerializableEmpty;
    switch (intent) {
      case "any":
        renderingIntent = RenderingIntentFlag.ANY;
        break;
      case "display":
        break;
      case "print":
        renderingIntent = RenderingIntentFlag.PRINT;
        break;
      default:
        warn(`getRenderingIntent - invalid intent: ${intent}`);
    }
    let annotationStorage = renderingIntent & RenderingIntentFlag.PRINT && printAnnotationStorage instanceof PrintAnnotationStorage ? printAnnotationStorage : this.annotationStorage;
    switch (annotationMode) {
      case AnnotationMode.DISABLE:
        renderingIntent += RenderingIntentFlag.ANNOTATIONS_DISABLE;
        break;
      case AnnotationMode.ENABLE:
        break;
      case AnnotationMode.ENABLE_FORMS:
        renderingIntent += RenderingIntentFlag.ANNOTATIONS_FORMS;
        break;
      case AnnotationMode.ENABLE_STORAGE:
        renderingIntent += RenderingIntentFlag.ANNOTATIONS_STORAGE, annotationStorageSerializable = annotationStorage.serializable;
        break;
      default:
        warn(`getRenderingIntent - invalid annotationMode: ${annotationMode}`);
    }
    isEditing && (renderingIntent += RenderingIntentFlag.IS_EDITING), isOpList && (renderingIntent += RenderingIntentFlag.OPLIST);
    let {
      ids: modifiedIds,
      hash: modifiedIdsHash
    } = annotationStorage.modifiedIds, cacheKeyBuf = [renderingIntent, annotationStorageSerializable.hash, modifiedIdsHash];
    return {
      renderingIntent,
      cacheKey: cacheKeyBuf.join("_"),
      annotationStorageSerializable,
      modifiedIds
    };
  }
  destroy() {
    if (this.destroyCapability)
      return this.destroyCapability.promise;
    this.destroyed = !0, this.destroyCapability = Promise.withResolvers(), this.#passwordCapability?.reject(new Error("Worker was destroyed during onPassword callback"));
    let waitOn = [];
    for (let page of this.#pageCache.values())
      waitOn.push(page._destroy());
    this.#pageCache.clear(), this.#pagePromises.clear(), this.#pageRefCache.clear(), this.hasOwnProperty("annotationStorage") && this.annotationStorage.resetModified();
    let terminated = this.messageHandler.sendWithPromise("Terminate", null);
    return waitOn.push(terminated), Promise.all(waitOn).then(() => {
      this.commonObjs.clear(), this.fontLoader.clear(), this.#methodPromises.clear(), this.filterFactory.destroy(), TextLayer.cleanup(), this.#networkStream?.cancelAllRequests(new AbortException("Worker was terminated.")), this.messageHandler?.destroy(), this.messageHandler = null, this.destroyCapability.resolve();
    }, this.destroyCapability.reject), this.destroyCapability.promise;
  }
  setupMessageHandler() {
    let {
      messageHandler,
      loadingTask
    } = this;
    messageHandler.on("GetReader", (data, sink) => {
      assert(this.#networkStream, "GetReader - no `BasePDFStream` instance available."), this.#fullReader = this.#networkStream.getFullReader(), this.#fullReader.onProgress = (evt) => this.#onProgress(evt), sink.onPull = () => {
        this.#fullReader.read().then(function({
          value,
          done
        }) {
          if (done) {
            sink.close();
            return;
          }
          assert(value instanceof ArrayBuffer, "GetReader - expected an ArrayBuffer."), sink.enqueue(new Uint8Array(value), 1, [value]);
        }).catch((reason) => {
          sink.error(reason);
        });
      }, sink.onCancel = (reason) => {
        this.#fullReader.cancel(reason), sink.ready.catch((readyReason) => {
          if (!this.destroyed)
            throw readyReason;
        });
      };
    }), messageHandler.on("ReaderHeadersReady", async (data) => {
      await this.#fullReader.headersReady;
      let {
        isStreamingSupported,
        isRangeSupported,
        contentLength
      } = this.#fullReader;
      return isStreamingSupported && isRangeSupported && (this.#fullReader.onProgress = null), {
        isStreamingSupported,
        isRangeSupported,
        contentLength
      };
    }), messageHandler.on("GetRangeReader", (data, sink) => {
      assert(this.#networkStream, "GetRangeReader - no `BasePDFStream` instance available.");
      let rangeReader = this.#networkStream.getRangeReader(data.begin, data.end);
      if (!rangeReader) {
        sink.close();
        return;
      }
      sink.onPull = () => {
        rangeReader.read().then(function({
          value,
          done
        }) {
          if (done) {
            sink.close();
            return;
          }
          assert(value instanceof ArrayBuffer, "GetRangeReader - expected an ArrayBuffer."), sink.enqueue(new Uint8Array(value), 1, [value]);
        }).catch((reason) => {
          sink.error(reason);
        });
      }, sink.onCancel = (reason) => {
        rangeReader.cancel(reason), sink.ready.catch((readyReason) => {
          if (!this.destroyed)
            throw readyReason;
        });
      };
    }), messageHandler.on("GetDoc", ({
      pdfInfo
    }) => {
      this.#pagesMapper.pagesNumber = pdfInfo.numPages, this._numPages = pdfInfo.numPages, this._htmlForXfa = pdfInfo.htmlForXfa, delete pdfInfo.htmlForXfa, loadingTask._capability.resolve(new PDFDocumentProxy(pdfInfo, this));
    }), messageHandler.on("DocException", (ex) => {
      loadingTask._capability.reject(wrapReason(ex));
    }), messageHandler.on("PasswordRequest", (ex) => {
      this.#passwordCapability = Promise.withResolvers();
      try {
        if (!loadingTask.onPassword)
          throw wrapReason(ex);
        let updatePassword = (password) => {
          password instanceof Error ? this.#passwordCapability.reject(password) : this.#passwordCapability.resolve({
            password
          });
        };
        loadingTask.onPassword(updatePassword, ex.code);
      } catch (err) {
        this.#passwordCapability.reject(err);
      }
      return this.#passwordCapability.promise;
    }), messageHandler.on("DataLoaded", (data) => {
      this.#onProgress({
        loaded: data.length,
        total: data.length
      }), this.downloadInfoCapability.resolve(data);
    }), messageHandler.on("StartRenderPage", (data) => {
      if (this.destroyed)
        return;
      this.#pageCache.get(data.pageIndex)._startRenderPage(data.transparency, data.cacheKey);
    }), messageHandler.on("commonobj", ([id, type, exportedData]) => {
      if (this.destroyed || this.commonObjs.has(id))
        return null;
      switch (type) {
        case "Font":
          if ("error" in exportedData) {
            let exportedError = exportedData.error;
            warn(`Error during font loading: ${exportedError}`), this.commonObjs.resolve(id, exportedError);
            break;
          }
          let fontData = new FontInfo(exportedData), inspectFont = this._params.pdfBug && globalThis.FontInspector?.enabled ? (font2, url) => globalThis.FontInspector.fontAdded(font2, url) : null, font = new FontFaceObject(fontData, inspectFont, exportedData.extra, exportedData.charProcOperatorList);
          this.fontLoader.bind(font).catch(() => messageHandler.sendWithPromise("FontFallback", {
            id
          })).finally(() => {
            !font.fontExtraProperties && font.data && font.clearData(), this.commonObjs.resolve(id, font);
          });
          break;
        case "CopyLocalImage":
          let {
            imageRef
          } = exportedData;
          assert(imageRef, "The imageRef must be defined.");
          for (let pageProxy of this.#pageCache.values())
            for (let [, data] of pageProxy.objs)
              if (data?.ref === imageRef)
                return data.dataLen ? (this.commonObjs.resolve(id, structuredClone(data)), data.dataLen) : null;
          break;
        case "FontPath":
          this.commonObjs.resolve(id, new FontPathInfo(exportedData));
          break;
        case "Image":
          this.commonObjs.resolve(id, exportedData);
          break;
        case "Pattern":
          let pattern = new PatternInfo(exportedData);
          this.commonObjs.resolve(id, pattern.getIR());
          break;
        default:
          throw new Error(`Got unknown common object type ${type}`);
      }
      return null;
    }), messageHandler.on("obj", ([id, pageIndex, type, imageData]) => {
      if (this.destroyed)
        return;
      let pageProxy = this.#pageCache.get(pageIndex);
      if (!pageProxy.objs.has(id)) {
        if (pageProxy._intentStates.size === 0) {
          imageData?.bitmap?.close();
          return;
        }
        switch (type) {
          case "Image":
          case "Pattern":
            pageProxy.objs.resolve(id, imageData);
            break;
          default:
            throw new Error(`Got unknown object type ${type}`);
        }
      }
    }), messageHandler.on("DocProgress", (data) => {
      this.destroyed || this.#onProgress(data);
    }), messageHandler.on("FetchBinaryData", async (data) => {
      if (this.destroyed)
        throw new Error("Worker was destroyed.");
      let factory = this[data.type];
      if (!factory)
        throw new Error(`${data.type} not initialized, see the \`useWorkerFetch\` parameter.`);
      return factory.fetch(data);
    });
  }
  getData() {
    return this.messageHandler.sendWithPromise("GetData", null);
  }
  saveDocument() {
    this.annotationStorage.size <= 0 && warn("saveDocument called while `annotationStorage` is empty, please use the getData-method instead.");
    let {
      map,
      transfer
    } = this.annotationStorage.serializable;
    return this.messageHandler.sendWithPromise("SaveDocument", {
      isPureXfa: !!this._htmlForXfa,
      numPages: this._numPages,
      annotationStorage: map,
      filename: this.#fullReader?.filename ?? null
    }, transfer).finally(() => {
      this.annotationStorage.resetModified();
    });
  }
  extractPages(pageInfos) {
    return this.messageHandler.sendWithPromise("ExtractPages", {
      pageInfos
    });
  }
  getPage(pageNumber) {
    if (!Number.isInteger(pageNumber) || pageNumber <= 0 || pageNumber > this.#pagesMapper.pagesNumber)
      return Promise.reject(new Error("Invalid page request."));
    let pageIndex = pageNumber - 1, newPageIndex = this.#pagesMapper.getPageId(pageNumber) - 1, cachedPromise = this.#pagePromises.get(pageIndex);
    if (cachedPromise)
      return cachedPromise;
    let promise = this.messageHandler.sendWithPromise("GetPage", {
      pageIndex: newPageIndex
    }).then((pageInfo) => {
      if (this.destroyed)
        throw new Error("Transport destroyed");
      pageInfo.refStr && this.#pageRefCache.set(pageInfo.refStr, newPageIndex);
      let page = new PDFPageProxy(pageIndex, pageInfo, this, this._params.pdfBug);
      return this.#pageCache.set(pageIndex, page), page;
    });
    return this.#pagePromises.set(pageIndex, promise), promise;
  }
  async getPageIndex(ref) {
    if (!isRefProxy(ref))
      throw new Error("Invalid pageIndex request.");
    let index = await this.messageHandler.sendWithPromise("GetPageIndex", {
      num: ref.num,
      gen: ref.gen
    });
    return this.#pagesMapper.getPageNumber(index + 1) - 1;
  }
  getAnnotations(pageIndex, intent) {
    return this.messageHandler.sendWithPromise("GetAnnotations", {
      pageIndex: this.#pagesMapper.getPageId(pageIndex + 1) - 1,
      intent
    });
  }
  getFieldObjects() {
    return this.#cacheSimpleMethod("GetFieldObjects");
  }
  hasJSActions() {
    return this.#cacheSimpleMethod("HasJSActions");
  }
  getCalculationOrderIds() {
    return this.messageHandler.sendWithPromise("GetCalculationOrderIds", null);
  }
  getDestinations() {
    return this.messageHandler.sendWithPromise("GetDestinations", null);
  }
  getDestination(id) {
    return typeof id != "string" ? Promise.reject(new Error("Invalid destination request.")) : this.messageHandler.sendWithPromise("GetDestination", {
      id
    });
  }
  getPageLabels() {
    return this.messageHandler.sendWithPromise("GetPageLabels", null);
  }
  getPageLayout() {
    return this.messageHandler.sendWithPromise("GetPageLayout", null);
  }
  getPageMode() {
    return this.messageHandler.sendWithPromise("GetPageMode", null);
  }
  getViewerPreferences() {
    return this.messageHandler.sendWithPromise("GetViewerPreferences", null);
  }
  getOpenAction() {
    return this.messageHandler.sendWithPromise("GetOpenAction", null);
  }
  getAttachments() {
    return this.messageHandler.sendWithPromise("GetAttachments", null);
  }
  getAnnotationsByType(types, pageIndexesToSkip) {
    return this.messageHandler.sendWithPromise("GetAnnotationsByType", {
      types,
      pageIndexesToSkip
    });
  }
  getDocJSActions() {
    return this.#cacheSimpleMethod("GetDocJSActions");
  }
  getPageJSActions(pageIndex) {
    return this.messageHandler.sendWithPromise("GetPageJSActions", {
      pageIndex: this.#pagesMapper.getPageId(pageIndex + 1) - 1
    });
  }
  getStructTree(pageIndex) {
    return this.messageHandler.sendWithPromise("GetStructTree", {
      pageIndex: this.#pagesMapper.getPageId(pageIndex + 1) - 1
    });
  }
  getOutline() {
    return this.messageHandler.sendWithPromise("GetOutline", null);
  }
  getOptionalContentConfig(renderingIntent) {
    return this.#cacheSimpleMethod("GetOptionalContentConfig").then((data) => new OptionalContentConfig(data, renderingIntent));
  }
  getPermissions() {
    return this.messageHandler.sendWithPromise("GetPermissions", null);
  }
  getMetadata() {
    let name = "GetMetadata", cachedPromise = this.#methodPromises.get(name);
    if (cachedPromise)
      return cachedPromise;
    let promise = this.messageHandler.sendWithPromise(name, null).then((results) => ({
      info: results[0],
      metadata: results[1] ? new Metadata(results[1]) : null,
      contentDispositionFilename: this.#fullReader?.filename ?? null,
      contentLength: this.#fullReader?.contentLength ?? null,
      hasStructTree: results[2]
    }));
    return this.#methodPromises.set(name, promise), promise;
  }
  getMarkInfo() {
    return this.messageHandler.sendWithPromise("GetMarkInfo", null);
  }
  async startCleanup(keepLoadedFonts = !1) {
    if (!this.destroyed) {
      await this.messageHandler.sendWithPromise("Cleanup", null);
      for (let page of this.#pageCache.values())
        if (!page.cleanup())
          throw new Error(`startCleanup: Page ${page.pageNumber} is currently rendering.`);
      this.commonObjs.clear(), keepLoadedFonts || this.fontLoader.clear(), this.#methodPromises.clear(), this.filterFactory.destroy(!0), TextLayer.cleanup();
    }
  }
  cachedPageNumber(ref) {
    if (!isRefProxy(ref))
      return null;
    let refStr = ref.gen === 0 ? `${ref.num}R` : `${ref.num}R${ref.gen}`, pageIndex = this.#pageRefCache.get(refStr);
    return pageIndex >= 0 ? this.#pagesMapper.getPageNumber(pageIndex + 1) : null;
  }
}, RenderTask = class {
  _internalRenderTask = null;
  onContinue = null;
  onError = null;
  constructor(internalRenderTask) {
    this._internalRenderTask = internalRenderTask;
  }
  get promise() {
    return this._internalRenderTask.capability.promise;
  }
  cancel(extraDelay = 0) {
    this._internalRenderTask.cancel(null, extraDelay);
  }
  get separateAnnots() {
    let {
      separateAnnots
    } = this._internalRenderTask.operatorList;
    if (!separateAnnots)
      return !1;
    let {
      annotationCanvasMap
    } = this._internalRenderTask;
    return separateAnnots.form || separateAnnots.canvas && annotationCanvasMap?.size > 0;
  }
}, InternalRenderTask = class _InternalRenderTask {
  #rAF = null;
  static #canvasInUse = /* @__PURE__ */ new WeakSet();
  constructor({
    callback,
    params,
    objs,
    commonObjs,
    annotationCanvasMap,
    operatorList,
    pageIndex,
    canvasFactory,
    filterFactory,
    useRequestAnimationFrame = !1,
    pdfBug = !1,
    pageColors = null,
    enableHWA = !1,
    operationsFilter = null
  }) {
    this.callback = callback, this.params = params, this.objs = objs, this.commonObjs = commonObjs, this.annotationCanvasMap = annotationCanvasMap, this.operatorListIdx = null, this.operatorList = operatorList, this._pageIndex = pageIndex, this.canvasFactory = canvasFactory, this.filterFactory = filterFactory, this._pdfBug = pdfBug, this.pageColors = pageColors, this.running = !1, this.graphicsReadyCallback = null, this.graphicsReady = !1, this._useRequestAnimationFrame = useRequestAnimationFrame === !0 && typeof window < "u", this.cancelled = !1, this.capability = Promise.withResolvers(), this.task = new RenderTask(this), this._cancelBound = this.cancel.bind(this), this._continueBound = this._continue.bind(this), this._scheduleNextBound = this._scheduleNext.bind(this), this._nextBound = this._next.bind(this), this._canvas = params.canvas, this._canvasContext = params.canvas ? null : params.canvasContext, this._enableHWA = enableHWA, this._dependencyTracker = params.dependencyTracker, this._operationsFilter = operationsFilter;
  }
  get completed() {
    return this.capability.promise.catch(function() {
    });
  }
  initializeGraphics({
    transparency = !1,
    optionalContentConfig
  }) {
    if (this.cancelled)
      return;
    if (this._canvas) {
      if (_InternalRenderTask.#canvasInUse.has(this._canvas))
        throw new Error("Cannot use the same canvas during multiple render() operations. Use different canvas or ensure previous operations were cancelled or completed.");
      _InternalRenderTask.#canvasInUse.add(this._canvas);
    }
    this._pdfBug && globalThis.StepperManager?.enabled && (this.stepper = globalThis.StepperManager.create(this._pageIndex), this.stepper.init(this.operatorList), this.stepper.nextBreakPoint = this.stepper.getNextBreakPoint());
    let {
      viewport,
      transform,
      background,
      dependencyTracker
    } = this.params, canvasContext = this._canvasContext || this._canvas.getContext("2d", {
      alpha: !1,
      willReadFrequently: !this._enableHWA
    });
    this.gfx = new CanvasGraphics(canvasContext, this.commonObjs, this.objs, this.canvasFactory, this.filterFactory, {
      optionalContentConfig
    }, this.annotationCanvasMap, this.pageColors, dependencyTracker), this.gfx.beginDrawing({
      transform,
      viewport,
      transparency,
      background
    }), this.operatorListIdx = 0, this.graphicsReady = !0, this.graphicsReadyCallback?.();
  }
  cancel(error = null, extraDelay = 0) {
    this.running = !1, this.cancelled = !0, this.gfx?.endDrawing(), this.#rAF && (window.cancelAnimationFrame(this.#rAF), this.#rAF = null), _InternalRenderTask.#canvasInUse.delete(this._canvas), error ||= new RenderingCancelledException(`Rendering cancelled, page ${this._pageIndex + 1}`, extraDelay), this.callback(error), this.task.onError?.(error);
  }
  operatorListChanged() {
    if (!this.graphicsReady) {
      this.graphicsReadyCallback ||= this._continueBound;
      return;
    }
    this.gfx.dependencyTracker?.growOperationsCount(this.operatorList.fnArray.length), this.stepper?.updateOperatorList(this.operatorList), !this.running && this._continue();
  }
  _continue() {
    this.running = !0, !this.cancelled && (this.task.onContinue ? this.task.onContinue(this._scheduleNextBound) : this._scheduleNext());
  }
  _scheduleNext() {
    this._useRequestAnimationFrame ? this.#rAF = window.requestAnimationFrame(() => {
      this.#rAF = null, this._nextBound().catch(this._cancelBound);
    }) : Promise.resolve().then(this._nextBound).catch(this._cancelBound);
  }
  async _next() {
    this.cancelled || (this.operatorListIdx = this.gfx.executeOperatorList(this.operatorList, this.operatorListIdx, this._continueBound, this.stepper, this._operationsFilter), this.operatorListIdx === this.operatorList.argsArray.length && (this.running = !1, this.operatorList.lastChunk && (this.gfx.endDrawing(), _InternalRenderTask.#canvasInUse.delete(this._canvas), this.callback())));
  }
}, version = "5.4.624", build = "384c6208b", ColorPicker = class _ColorPicker {
  #button = null;
  #buttonSwatch = null;
  #defaultColor;
  #dropdown = null;
  #dropdownWasFromKeyboard = !1;
  #isMainColorPicker = !1;
  #editor = null;
  #eventBus;
  #openDropdownAC = null;
  #uiManager = null;
  static #l10nColor = null;
  static get _keyboardManager() {
    return shadow(this, "_keyboardManager", new KeyboardManager([[["Escape", "mac+Escape"], _ColorPicker.prototype._hideDropdownFromKeyboard], [[" ", "mac+ "], _ColorPicker.prototype._colorSelectFromKeyboard], [["ArrowDown", "ArrowRight", "mac+ArrowDown", "mac+ArrowRight"], _ColorPicker.prototype._moveToNext], [["ArrowUp", "ArrowLeft", "mac+ArrowUp", "mac+ArrowLeft"], _ColorPicker.prototype._moveToPrevious], [["Home", "mac+Home"], _ColorPicker.prototype._moveToBeginning], [["End", "mac+End"], _ColorPicker.prototype._moveToEnd]]));
  }
  constructor({
    editor = null,
    uiManager = null
  }) {
    editor ? (this.#isMainColorPicker = !1, this.#editor = editor) : this.#isMainColorPicker = !0, this.#uiManager = editor?._uiManager || uiManager, this.#eventBus = this.#uiManager._eventBus, this.#defaultColor = editor?.color?.toUpperCase() || this.#uiManager?.highlightColors.values().next().value || "#FFFF98", _ColorPicker.#l10nColor ||= Object.freeze({
      blue: "pdfjs-editor-colorpicker-blue",
      green: "pdfjs-editor-colorpicker-green",
      pink: "pdfjs-editor-colorpicker-pink",
      red: "pdfjs-editor-colorpicker-red",
      yellow: "pdfjs-editor-colorpicker-yellow"
    });
  }
  renderButton() {
    let button = this.#button = document.createElement("button");
    button.className = "colorPicker", button.tabIndex = "0", button.setAttribute("data-l10n-id", "pdfjs-editor-colorpicker-button"), button.ariaHasPopup = "true", this.#editor && (button.ariaControls = `${this.#editor.id}_colorpicker_dropdown`);
    let signal = this.#uiManager._signal;
    button.addEventListener("click", this.#openDropdown.bind(this), {
      signal
    }), button.addEventListener("keydown", this.#keyDown.bind(this), {
      signal
    });
    let swatch = this.#buttonSwatch = document.createElement("span");
    return swatch.className = "swatch", swatch.ariaHidden = "true", swatch.style.backgroundColor = this.#defaultColor, button.append(swatch), button;
  }
  renderMainDropdown() {
    let dropdown = this.#dropdown = this.#getDropdownRoot();
    return dropdown.ariaOrientation = "horizontal", dropdown.ariaLabelledBy = "highlightColorPickerLabel", dropdown;
  }
  #getDropdownRoot() {
    let div = document.createElement("div"), signal = this.#uiManager._signal;
    div.addEventListener("contextmenu", noContextMenu, {
      signal
    }), div.className = "dropdown", div.role = "listbox", div.ariaMultiSelectable = "false", div.ariaOrientation = "vertical", div.setAttribute("data-l10n-id", "pdfjs-editor-colorpicker-dropdown"), this.#editor && (div.id = `${this.#editor.id}_colorpicker_dropdown`);
    for (let [name, color] of this.#uiManager.highlightColors) {
      let button = document.createElement("button");
      button.tabIndex = "0", button.role = "option", button.setAttribute("data-color", color), button.title = name, button.setAttribute("data-l10n-id", _ColorPicker.#l10nColor[name]);
      let swatch = document.createElement("span");
      button.append(swatch), swatch.className = "swatch", swatch.style.backgroundColor = color, button.ariaSelected = color === this.#defaultColor, button.addEventListener("click", this.#colorSelect.bind(this, color), {
        signal
      }), div.append(button);
    }
    return div.addEventListener("keydown", this.#keyDown.bind(this), {
      signal
    }), div;
  }
  #colorSelect(color, event) {
    event.stopPropagation(), this.#eventBus.dispatch("switchannotationeditorparams", {
      source: this,
      type: AnnotationEditorParamsType.HIGHLIGHT_COLOR,
      value: color
    }), this.updateColor(color);
  }
  _colorSelectFromKeyboard(event) {
    if (event.target === this.#button) {
      this.#openDropdown(event);
      return;
    }
    let color = event.target.getAttribute("data-color");
    color && this.#colorSelect(color, event);
  }
  _moveToNext(event) {
    if (!this.#isDropdownVisible) {
      this.#openDropdown(event);
      return;
    }
    if (event.target === this.#button) {
      this.#dropdown.firstElementChild?.focus();
      return;
    }
    event.target.nextSibling?.focus();
  }
  _moveToPrevious(event) {
    if (event.target === this.#dropdown?.firstElementChild || event.target === this.#button) {
      this.#isDropdownVisible && this._hideDropdownFromKeyboard();
      return;
    }
    this.#isDropdownVisible || this.#openDropdown(event), event.target.previousSibling?.focus();
  }
  _moveToBeginning(event) {
    if (!this.#isDropdownVisible) {
      this.#openDropdown(event);
      return;
    }
    this.#dropdown.firstElementChild?.focus();
  }
  _moveToEnd(event) {
    if (!this.#isDropdownVisible) {
      this.#openDropdown(event);
      return;
    }
    this.#dropdown.lastElementChild?.focus();
  }
  #keyDown(event) {
    _ColorPicker._keyboardManager.exec(this, event);
  }
  #openDropdown(event) {
    if (this.#isDropdownVisible) {
      this.hideDropdown();
      return;
    }
    if (this.#dropdownWasFromKeyboard = event.detail === 0, this.#openDropdownAC || (this.#openDropdownAC = new AbortController(), window.addEventListener("pointerdown", this.#pointerDown.bind(this), {
      signal: this.#uiManager.combinedSignal(this.#openDropdownAC)
    })), this.#button.ariaExpanded = "true", this.#dropdown) {
      this.#dropdown.classList.remove("hidden");
      return;
    }
    let root = this.#dropdown = this.#getDropdownRoot();
    this.#button.append(root);
  }
  #pointerDown(event) {
    this.#dropdown?.contains(event.target) || this.hideDropdown();
  }
  hideDropdown() {
    this.#dropdown?.classList.add("hidden"), this.#button.ariaExpanded = "false", this.#openDropdownAC?.abort(), this.#openDropdownAC = null;
  }
  get #isDropdownVisible() {
    return this.#dropdown && !this.#dropdown.classList.contains("hidden");
  }
  _hideDropdownFromKeyboard() {
    if (!this.#isMainColorPicker) {
      if (!this.#isDropdownVisible) {
        this.#editor?.unselect();
        return;
      }
      this.hideDropdown(), this.#button.focus({
        preventScroll: !0,
        focusVisible: this.#dropdownWasFromKeyboard
      });
    }
  }
  updateColor(color) {
    if (this.#buttonSwatch && (this.#buttonSwatch.style.backgroundColor = color), !this.#dropdown)
      return;
    let i = this.#uiManager.highlightColors.values();
    for (let child of this.#dropdown.children)
      child.ariaSelected = i.next().value === color.toUpperCase();
  }
  destroy() {
    this.#button?.remove(), this.#button = null, this.#buttonSwatch = null, this.#dropdown?.remove(), this.#dropdown = null;
  }
}, BasicColorPicker = class _BasicColorPicker {
  #input = null;
  #editor = null;
  #uiManager = null;
  static #l10nColor = null;
  constructor(editor) {
    this.#editor = editor, this.#uiManager = editor._uiManager, _BasicColorPicker.#l10nColor ||= Object.freeze({
      freetext: "pdfjs-editor-color-picker-free-text-input",
      ink: "pdfjs-editor-color-picker-ink-input"
    });
  }
  renderButton() {
    if (this.#input)
      return this.#input;
    let {
      editorType,
      colorType,
      color
    } = this.#editor, input = this.#input = document.createElement("input");
    return input.type = "color", input.value = color || "#000000", input.className = "basicColorPicker", input.tabIndex = 0, input.setAttribute("data-l10n-id", _BasicColorPicker.#l10nColor[editorType]), input.addEventListener("input", () => {
      this.#uiManager.updateParams(colorType, input.value);
    }, {
      signal: this.#uiManager._signal
    }), input;
  }
  update(value) {
    this.#input && (this.#input.value = value);
  }
  destroy() {
    this.#input?.remove(), this.#input = null;
  }
  hideDropdown() {
  }
}, es_iterator_flat_map = __webpack_require__(531);
function makeColorComp(n) {
  return Math.floor(Math.max(0, Math.min(1, n)) * 255).toString(16).padStart(2, "0");
}
function scaleAndClamp(x) {
  return Math.max(0, Math.min(255, 255 * x));
}
var ColorConverters = class {
  static CMYK_G([c, y, m, k]) {
    return ["G", 1 - Math.min(1, 0.3 * c + 0.59 * m + 0.11 * y + k)];
  }
  static G_CMYK([g]) {
    return ["CMYK", 0, 0, 0, 1 - g];
  }
  static G_RGB([g]) {
    return ["RGB", g, g, g];
  }
  static G_rgb([g]) {
    return g = scaleAndClamp(g), [g, g, g];
  }
  static G_HTML([g]) {
    let G = makeColorComp(g);
    return `#${G}${G}${G}`;
  }
  static RGB_G([r, g, b]) {
    return ["G", 0.3 * r + 0.59 * g + 0.11 * b];
  }
  static RGB_rgb(color) {
    return color.map(scaleAndClamp);
  }
  static RGB_HTML(color) {
    return `#${color.map(makeColorComp).join("")}`;
  }
  static T_HTML() {
    return "#00000000";
  }
  static T_rgb() {
    return [null];
  }
  static CMYK_RGB([c, y, m, k]) {
    return ["RGB", 1 - Math.min(1, c + k), 1 - Math.min(1, m + k), 1 - Math.min(1, y + k)];
  }
  static CMYK_rgb([c, y, m, k]) {
    return [scaleAndClamp(1 - Math.min(1, c + k)), scaleAndClamp(1 - Math.min(1, m + k)), scaleAndClamp(1 - Math.min(1, y + k))];
  }
  static CMYK_HTML(components) {
    let rgb = this.CMYK_RGB(components).slice(1);
    return this.RGB_HTML(rgb);
  }
  static RGB_CMYK([r, g, b]) {
    let c = 1 - r, m = 1 - g, y = 1 - b, k = Math.min(c, m, y);
    return ["CMYK", c, m, y, k];
  }
};
var BaseSVGFactory = class {
  create(width, height, skipDimensions = !1) {
    if (width <= 0 || height <= 0)
      throw new Error("Invalid SVG dimensions");
    let svg = this._createSVG("svg:svg");
    return svg.setAttribute("version", "1.1"), skipDimensions || (svg.setAttribute("width", `${width}px`), svg.setAttribute("height", `${height}px`)), svg.setAttribute("preserveAspectRatio", "none"), svg.setAttribute("viewBox", `0 0 ${width} ${height}`), svg;
  }
  createElement(type) {
    if (typeof type != "string")
      throw new Error("Invalid SVG element type");
    return this._createSVG(type);
  }
  _createSVG(type) {
    unreachable("Abstract method `_createSVG` called.");
  }
}, DOMSVGFactory = class extends BaseSVGFactory {
  _createSVG(type) {
    return document.createElementNS(SVG_NS, type);
  }
}, annotation_layer_DEFAULT_FONT_SIZE = 9, GetElementsByNameSet = /* @__PURE__ */ new WeakSet(), TIMEZONE_OFFSET = (/* @__PURE__ */ new Date()).getTimezoneOffset() * 60 * 1e3, AnnotationElementFactory = class {
  static create(parameters) {
    switch (parameters.data.annotationType) {
      case AnnotationType.LINK:
        return new LinkAnnotationElement(parameters);
      case AnnotationType.TEXT:
        return new TextAnnotationElement(parameters);
      case AnnotationType.WIDGET:
        switch (parameters.data.fieldType) {
          case "Tx":
            return new TextWidgetAnnotationElement(parameters);
          case "Btn":
            return parameters.data.radioButton ? new RadioButtonWidgetAnnotationElement(parameters) : parameters.data.checkBox ? new CheckboxWidgetAnnotationElement(parameters) : new PushButtonWidgetAnnotationElement(parameters);
          case "Ch":
            return new ChoiceWidgetAnnotationElement(parameters);
          case "Sig":
            return new SignatureWidgetAnnotationElement(parameters);
        }
        return new WidgetAnnotationElement(parameters);
      case AnnotationType.POPUP:
        return new PopupAnnotationElement(parameters);
      case AnnotationType.FREETEXT:
        return new FreeTextAnnotationElement(parameters);
      case AnnotationType.LINE:
        return new LineAnnotationElement(parameters);
      case AnnotationType.SQUARE:
        return new SquareAnnotationElement(parameters);
      case AnnotationType.CIRCLE:
        return new CircleAnnotationElement(parameters);
      case AnnotationType.POLYLINE:
        return new PolylineAnnotationElement(parameters);
      case AnnotationType.CARET:
        return new CaretAnnotationElement(parameters);
      case AnnotationType.INK:
        return new InkAnnotationElement(parameters);
      case AnnotationType.POLYGON:
        return new PolygonAnnotationElement(parameters);
      case AnnotationType.HIGHLIGHT:
        return new HighlightAnnotationElement(parameters);
      case AnnotationType.UNDERLINE:
        return new UnderlineAnnotationElement(parameters);
      case AnnotationType.SQUIGGLY:
        return new SquigglyAnnotationElement(parameters);
      case AnnotationType.STRIKEOUT:
        return new StrikeOutAnnotationElement(parameters);
      case AnnotationType.STAMP:
        return new StampAnnotationElement(parameters);
      case AnnotationType.FILEATTACHMENT:
        return new FileAttachmentAnnotationElement(parameters);
      default:
        return new AnnotationElement(parameters);
    }
  }
}, AnnotationElement = class _AnnotationElement {
  #updates = null;
  #hasBorder = !1;
  #popupElement = null;
  constructor(parameters, {
    isRenderable = !1,
    ignoreBorder = !1,
    createQuadrilaterals = !1
  } = {}) {
    this.isRenderable = isRenderable, this.data = parameters.data, this.layer = parameters.layer, this.linkService = parameters.linkService, this.downloadManager = parameters.downloadManager, this.imageResourcesPath = parameters.imageResourcesPath, this.renderForms = parameters.renderForms, this.svgFactory = parameters.svgFactory, this.annotationStorage = parameters.annotationStorage, this.enableComment = parameters.enableComment, this.enableScripting = parameters.enableScripting, this.hasJSActions = parameters.hasJSActions, this._fieldObjects = parameters.fieldObjects, this.parent = parameters.parent, this.hasOwnCommentButton = !1, isRenderable && (this.contentElement = this.container = this._createContainer(ignoreBorder)), createQuadrilaterals && this._createQuadrilaterals();
  }
  static _hasPopupData({
    contentsObj,
    richText
  }) {
    return !!(contentsObj?.str || richText?.str);
  }
  get _isEditable() {
    return this.data.isEditable;
  }
  get hasPopupData() {
    return _AnnotationElement._hasPopupData(this.data) || this.enableComment && !!this.commentText;
  }
  get commentData() {
    let {
      data
    } = this, editor = this.annotationStorage?.getEditor(data.id);
    return editor ? editor.getData() : data;
  }
  get hasCommentButton() {
    return this.enableComment && this.hasPopupElement;
  }
  get commentButtonPosition() {
    let editor = this.annotationStorage?.getEditor(this.data.id);
    if (editor)
      return editor.commentButtonPositionInPage;
    let {
      quadPoints,
      inkLists,
      rect
    } = this.data, maxX = -1 / 0, maxY = -1 / 0;
    if (quadPoints?.length >= 8) {
      for (let i = 0; i < quadPoints.length; i += 8)
        quadPoints[i + 1] > maxY ? (maxY = quadPoints[i + 1], maxX = quadPoints[i + 2]) : quadPoints[i + 1] === maxY && (maxX = Math.max(maxX, quadPoints[i + 2]));
      return [maxX, maxY];
    }
    if (inkLists?.length >= 1) {
      for (let inkList of inkLists)
        for (let i = 0, ii = inkList.length; i < ii; i += 2)
          inkList[i + 1] > maxY ? (maxY = inkList[i + 1], maxX = inkList[i]) : inkList[i + 1] === maxY && (maxX = Math.max(maxX, inkList[i]));
      if (maxX !== 1 / 0)
        return [maxX, maxY];
    }
    return rect ? [rect[2], rect[3]] : null;
  }
  _normalizePoint(point) {
    let {
      page: {
        view
      },
      viewport: {
        rawDims: {
          pageWidth,
          pageHeight,
          pageX,
          pageY
        }
      }
    } = this.parent;
    return point[1] = view[3] - point[1] + view[1], point[0] = 100 * (point[0] - pageX) / pageWidth, point[1] = 100 * (point[1] - pageY) / pageHeight, point;
  }
  get commentText() {
    let {
      data
    } = this;
    return this.annotationStorage.getRawValue(`${AnnotationEditorPrefix}${data.id}`)?.popup?.contents || data.contentsObj?.str || "";
  }
  set commentText(text) {
    let {
      data
    } = this, popup = {
      deleted: !text,
      contents: text || ""
    };
    this.annotationStorage.updateEditor(data.id, {
      popup
    }) || this.annotationStorage.setValue(`${AnnotationEditorPrefix}${data.id}`, {
      id: data.id,
      annotationType: data.annotationType,
      page: this.parent.page,
      popup,
      popupRef: data.popupRef,
      modificationDate: /* @__PURE__ */ new Date()
    }), text || this.removePopup();
  }
  removePopup() {
    (this.#popupElement?.popup || this.popup)?.remove(), this.#popupElement = this.popup = null;
  }
  updateEdited(params) {
    if (!this.container)
      return;
    params.rect && (this.#updates ||= {
      rect: this.data.rect.slice(0)
    });
    let {
      rect,
      popup: newPopup
    } = params;
    rect && this.#setRectEdited(rect);
    let popup = this.#popupElement?.popup || this.popup;
    !popup && newPopup?.text && (this._createPopup(newPopup), popup = this.#popupElement.popup), popup && (popup.updateEdited(params), newPopup?.deleted && (popup.remove(), this.#popupElement = null, this.popup = null));
  }
  resetEdited() {
    this.#updates && (this.#setRectEdited(this.#updates.rect), this.#popupElement?.popup.resetEdited(), this.#updates = null);
  }
  #setRectEdited(rect) {
    let {
      container: {
        style
      },
      data: {
        rect: currentRect,
        rotation
      },
      parent: {
        viewport: {
          rawDims: {
            pageWidth,
            pageHeight,
            pageX,
            pageY
          }
        }
      }
    } = this;
    currentRect?.splice(0, 4, ...rect), style.left = `${100 * (rect[0] - pageX) / pageWidth}%`, style.top = `${100 * (pageHeight - rect[3] + pageY) / pageHeight}%`, rotation === 0 ? (style.width = `${100 * (rect[2] - rect[0]) / pageWidth}%`, style.height = `${100 * (rect[3] - rect[1]) / pageHeight}%`) : this.setRotation(rotation);
  }
  _createContainer(ignoreBorder) {
    let {
      data,
      parent: {
        page,
        viewport
      }
    } = this, container = document.createElement("section");
    container.setAttribute("data-annotation-id", data.id), !(this instanceof WidgetAnnotationElement) && !(this instanceof LinkAnnotationElement) && (container.tabIndex = 0);
    let {
      style
    } = container;
    if (style.zIndex = this.parent.zIndex, this.parent.zIndex += 2, data.alternativeText && (container.title = data.alternativeText), data.noRotate && container.classList.add("norotate"), !data.rect || this instanceof PopupAnnotationElement) {
      let {
        rotation: rotation2
      } = data;
      return !data.hasOwnCanvas && rotation2 !== 0 && this.setRotation(rotation2, container), container;
    }
    let {
      width,
      height
    } = this;
    if (!ignoreBorder && data.borderStyle.width > 0) {
      style.borderWidth = `${data.borderStyle.width}px`;
      let horizontalRadius = data.borderStyle.horizontalCornerRadius, verticalRadius = data.borderStyle.verticalCornerRadius;
      if (horizontalRadius > 0 || verticalRadius > 0) {
        let radius = `calc(${horizontalRadius}px * var(--total-scale-factor)) / calc(${verticalRadius}px * var(--total-scale-factor))`;
        style.borderRadius = radius;
      } else if (this instanceof RadioButtonWidgetAnnotationElement) {
        let radius = `calc(${width}px * var(--total-scale-factor)) / calc(${height}px * var(--total-scale-factor))`;
        style.borderRadius = radius;
      }
      switch (data.borderStyle.style) {
        case AnnotationBorderStyleType.SOLID:
          style.borderStyle = "solid";
          break;
        case AnnotationBorderStyleType.DASHED:
          style.borderStyle = "dashed";
          break;
        case AnnotationBorderStyleType.BEVELED:
          warn("Unimplemented border style: beveled");
          break;
        case AnnotationBorderStyleType.INSET:
          warn("Unimplemented border style: inset");
          break;
        case AnnotationBorderStyleType.UNDERLINE:
          style.borderBottomStyle = "solid";
          break;
        default:
          break;
      }
      let borderColor = data.borderColor || null;
      borderColor ? (this.#hasBorder = !0, style.borderColor = Util.makeHexColor(borderColor[0] | 0, borderColor[1] | 0, borderColor[2] | 0)) : style.borderWidth = 0;
    }
    let rect = Util.normalizeRect([data.rect[0], page.view[3] - data.rect[1] + page.view[1], data.rect[2], page.view[3] - data.rect[3] + page.view[1]]), {
      pageWidth,
      pageHeight,
      pageX,
      pageY
    } = viewport.rawDims;
    style.left = `${100 * (rect[0] - pageX) / pageWidth}%`, style.top = `${100 * (rect[1] - pageY) / pageHeight}%`;
    let {
      rotation
    } = data;
    return data.hasOwnCanvas || rotation === 0 ? (style.width = `${100 * width / pageWidth}%`, style.height = `${100 * height / pageHeight}%`) : this.setRotation(rotation, container), container;
  }
  setRotation(angle, container = this.container) {
    if (!this.data.rect)
      return;
    let {
      pageWidth,
      pageHeight
    } = this.parent.viewport.rawDims, {
      width,
      height
    } = this;
    angle % 180 !== 0 && ([width, height] = [height, width]), container.style.width = `${100 * width / pageWidth}%`, container.style.height = `${100 * height / pageHeight}%`, container.setAttribute("data-main-rotation", (360 - angle) % 360);
  }
  get _commonActions() {
    let setColor = (jsName, styleName, event) => {
      let color = event.detail[jsName], colorType = color[0], colorArray = color.slice(1);
      event.target.style[styleName] = ColorConverters[`${colorType}_HTML`](colorArray), this.annotationStorage.setValue(this.data.id, {
        [styleName]: ColorConverters[`${colorType}_rgb`](colorArray)
      });
    };
    return shadow(this, "_commonActions", {
      display: (event) => {
        let {
          display
        } = event.detail, hidden = display % 2 === 1;
        this.container.style.visibility = hidden ? "hidden" : "visible", this.annotationStorage.setValue(this.data.id, {
          noView: hidden,
          noPrint: display === 1 || display === 2
        });
      },
      print: (event) => {
        this.annotationStorage.setValue(this.data.id, {
          noPrint: !event.detail.print
        });
      },
      hidden: (event) => {
        let {
          hidden
        } = event.detail;
        this.container.style.visibility = hidden ? "hidden" : "visible", this.annotationStorage.setValue(this.data.id, {
          noPrint: hidden,
          noView: hidden
        });
      },
      focus: (event) => {
        setTimeout(() => event.target.focus({
          preventScroll: !1
        }), 0);
      },
      userName: (event) => {
        event.target.title = event.detail.userName;
      },
      readonly: (event) => {
        event.target.disabled = event.detail.readonly;
      },
      required: (event) => {
        this._setRequired(event.target, event.detail.required);
      },
      bgColor: (event) => {
        setColor("bgColor", "backgroundColor", event);
      },
      fillColor: (event) => {
        setColor("fillColor", "backgroundColor", event);
      },
      fgColor: (event) => {
        setColor("fgColor", "color", event);
      },
      textColor: (event) => {
        setColor("textColor", "color", event);
      },
      borderColor: (event) => {
        setColor("borderColor", "borderColor", event);
      },
      strokeColor: (event) => {
        setColor("strokeColor", "borderColor", event);
      },
      rotation: (event) => {
        let angle = event.detail.rotation;
        this.setRotation(angle), this.annotationStorage.setValue(this.data.id, {
          rotation: angle
        });
      }
    });
  }
  _dispatchEventFromSandbox(actions, jsEvent) {
    let commonActions = this._commonActions;
    for (let name of Object.keys(jsEvent.detail))
      (actions[name] || commonActions[name])?.(jsEvent);
  }
  _setDefaultPropertiesFromJS(element) {
    if (!this.enableScripting)
      return;
    let storedData = this.annotationStorage.getRawValue(this.data.id);
    if (!storedData)
      return;
    let commonActions = this._commonActions;
    for (let [actionName, detail] of Object.entries(storedData)) {
      let action = commonActions[actionName];
      if (action) {
        let eventProxy = {
          detail: {
            [actionName]: detail
          },
          target: element
        };
        action(eventProxy), delete storedData[actionName];
      }
    }
  }
  _createQuadrilaterals() {
    if (!this.container)
      return;
    let {
      quadPoints
    } = this.data;
    if (!quadPoints)
      return;
    let [rectBlX, rectBlY, rectTrX, rectTrY] = this.data.rect.map((x) => Math.fround(x));
    if (quadPoints.length === 8) {
      let [trX, trY, blX, blY] = quadPoints.subarray(2, 6);
      if (rectTrX === trX && rectTrY === trY && rectBlX === blX && rectBlY === blY)
        return;
    }
    let {
      style
    } = this.container, svgBuffer;
    if (this.#hasBorder) {
      let {
        borderColor,
        borderWidth
      } = style;
      style.borderWidth = 0, svgBuffer = ["url('data:image/svg+xml;utf8,", '<svg xmlns="http://www.w3.org/2000/svg"', ' preserveAspectRatio="none" viewBox="0 0 1 1">', `<g fill="transparent" stroke="${borderColor}" stroke-width="${borderWidth}">`], this.container.classList.add("hasBorder");
    }
    let width = rectTrX - rectBlX, height = rectTrY - rectBlY, {
      svgFactory
    } = this, svg = svgFactory.createElement("svg");
    svg.classList.add("quadrilateralsContainer"), svg.setAttribute("width", 0), svg.setAttribute("height", 0), svg.role = "none";
    let defs = svgFactory.createElement("defs");
    svg.append(defs);
    let clipPath = svgFactory.createElement("clipPath"), id = `clippath_${this.data.id}`;
    clipPath.setAttribute("id", id), clipPath.setAttribute("clipPathUnits", "objectBoundingBox"), defs.append(clipPath);
    for (let i = 2, ii = quadPoints.length; i < ii; i += 8) {
      let trX = quadPoints[i], trY = quadPoints[i + 1], blX = quadPoints[i + 2], blY = quadPoints[i + 3], rect = svgFactory.createElement("rect"), x = (blX - rectBlX) / width, y = (rectTrY - trY) / height, rectWidth = (trX - blX) / width, rectHeight = (trY - blY) / height;
      rect.setAttribute("x", x), rect.setAttribute("y", y), rect.setAttribute("width", rectWidth), rect.setAttribute("height", rectHeight), clipPath.append(rect), svgBuffer?.push(`<rect vector-effect="non-scaling-stroke" x="${x}" y="${y}" width="${rectWidth}" height="${rectHeight}"/>`);
    }
    this.#hasBorder && (svgBuffer.push("</g></svg>')"), style.backgroundImage = svgBuffer.join("")), this.container.append(svg), this.container.style.clipPath = `url(#${id})`;
  }
  _createPopup(popupData = null) {
    let {
      data
    } = this, contentsObj, modificationDate;
    popupData ? (contentsObj = {
      str: popupData.text
    }, modificationDate = popupData.date) : (contentsObj = data.contentsObj, modificationDate = data.modificationDate), this.#popupElement = new PopupAnnotationElement({
      data: {
        color: data.color,
        titleObj: data.titleObj,
        modificationDate,
        contentsObj,
        richText: data.richText,
        parentRect: data.rect,
        borderStyle: 0,
        id: `popup_${data.id}`,
        rotation: data.rotation,
        noRotate: !0
      },
      linkService: this.linkService,
      parent: this.parent,
      elements: [this]
    });
  }
  get hasPopupElement() {
    return !!(this.#popupElement || this.popup || this.data.popupRef);
  }
  get extraPopupElement() {
    return this.#popupElement;
  }
  render() {
    unreachable("Abstract method `AnnotationElement.render` called");
  }
  _getElementsByName(name, skipId = null) {
    let fields = [];
    if (this._fieldObjects) {
      let fieldObj = this._fieldObjects[name];
      if (fieldObj)
        for (let {
          page,
          id,
          exportValues
        } of fieldObj) {
          if (page === -1 || id === skipId)
            continue;
          let exportValue = typeof exportValues == "string" ? exportValues : null, domElement = document.querySelector(`[data-element-id="${id}"]`);
          if (domElement && !GetElementsByNameSet.has(domElement)) {
            warn(`_getElementsByName - element not allowed: ${id}`);
            continue;
          }
          fields.push({
            id,
            exportValue,
            domElement
          });
        }
      return fields;
    }
    for (let domElement of document.getElementsByName(name)) {
      let {
        exportValue
      } = domElement, id = domElement.getAttribute("data-element-id");
      id !== skipId && GetElementsByNameSet.has(domElement) && fields.push({
        id,
        exportValue,
        domElement
      });
    }
    return fields;
  }
  show() {
    this.container && (this.container.hidden = !1), this.popup?.maybeShow();
  }
  hide() {
    this.container && (this.container.hidden = !0), this.popup?.forceHide();
  }
  getElementsToTriggerPopup() {
    return this.container;
  }
  addHighlightArea() {
    let triggers = this.getElementsToTriggerPopup();
    if (Array.isArray(triggers))
      for (let element of triggers)
        element.classList.add("highlightArea");
    else
      triggers.classList.add("highlightArea");
  }
  _editOnDoubleClick() {
    if (!this._isEditable)
      return;
    let {
      annotationEditorType: mode,
      data: {
        id: editId
      }
    } = this;
    this.container.addEventListener("dblclick", () => {
      this.linkService.eventBus?.dispatch("switchannotationeditormode", {
        source: this,
        mode,
        editId,
        mustEnterInEditMode: !0
      });
    });
  }
  get width() {
    return this.data.rect[2] - this.data.rect[0];
  }
  get height() {
    return this.data.rect[3] - this.data.rect[1];
  }
}, EditorAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    }), this.editor = parameters.editor;
  }
  render() {
    return this.container.className = "editorAnnotation", this.container;
  }
  createOrUpdatePopup() {
    let {
      editor
    } = this;
    editor.hasComment && this._createPopup(editor.comment);
  }
  get hasCommentButton() {
    return this.enableComment && this.editor.hasComment;
  }
  get commentButtonPosition() {
    return this.editor.commentButtonPositionInPage;
  }
  get commentText() {
    return this.editor.comment.text;
  }
  set commentText(text) {
    this.editor.comment = text, text || this.removePopup();
  }
  get commentData() {
    return this.editor.getData();
  }
  remove() {
    this.parent.removeAnnotation(this.data.id), this.container.remove(), this.container = null, this.removePopup();
  }
}, LinkAnnotationElement = class extends AnnotationElement {
  constructor(parameters, options = null) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !!options?.ignoreBorder,
      createQuadrilaterals: !0
    }), this.isTooltipOnly = parameters.data.isTooltipOnly;
  }
  render() {
    let {
      data,
      linkService
    } = this, link = document.createElement("a");
    link.setAttribute("data-element-id", data.id);
    let isBound = !1;
    return data.url ? (linkService.addLinkAttributes(link, data.url, data.newWindow), isBound = !0) : data.action ? (this._bindNamedAction(link, data.action, data.overlaidText), isBound = !0) : data.attachment ? (this.#bindAttachment(link, data.attachment, data.overlaidText, data.attachmentDest), isBound = !0) : data.setOCGState ? (this.#bindSetOCGState(link, data.setOCGState, data.overlaidText), isBound = !0) : data.dest ? (this._bindLink(link, data.dest, data.overlaidText), isBound = !0) : (data.actions && (data.actions.Action || data.actions["Mouse Up"] || data.actions["Mouse Down"]) && this.enableScripting && this.hasJSActions && (this._bindJSAction(link, data), isBound = !0), data.resetForm ? (this._bindResetFormAction(link, data.resetForm), isBound = !0) : this.isTooltipOnly && !isBound && (this._bindLink(link, ""), isBound = !0)), this.container.classList.add("linkAnnotation"), isBound && (this.contentElement = link, this.container.append(link)), this.container;
  }
  #setInternalLink() {
    this.container.setAttribute("data-internal-link", "");
  }
  _bindLink(link, destination, overlaidText = "") {
    link.href = this.linkService.getDestinationHash(destination), link.onclick = () => (destination && this.linkService.goToDestination(destination), !1), (destination || destination === "") && this.#setInternalLink(), overlaidText && (link.title = overlaidText);
  }
  _bindNamedAction(link, action, overlaidText = "") {
    link.href = this.linkService.getAnchorUrl(""), link.onclick = () => (this.linkService.executeNamedAction(action), !1), overlaidText && (link.title = overlaidText), this.#setInternalLink();
  }
  #bindAttachment(link, attachment, overlaidText = "", dest = null) {
    link.href = this.linkService.getAnchorUrl(""), attachment.description ? link.title = attachment.description : overlaidText && (link.title = overlaidText), link.onclick = () => (this.downloadManager?.openOrDownloadData(attachment.content, attachment.filename, dest), !1), this.#setInternalLink();
  }
  #bindSetOCGState(link, action, overlaidText = "") {
    link.href = this.linkService.getAnchorUrl(""), link.onclick = () => (this.linkService.executeSetOCGState(action), !1), overlaidText && (link.title = overlaidText), this.#setInternalLink();
  }
  _bindJSAction(link, data) {
    link.href = this.linkService.getAnchorUrl("");
    let map = /* @__PURE__ */ new Map([["Action", "onclick"], ["Mouse Up", "onmouseup"], ["Mouse Down", "onmousedown"]]);
    for (let name of Object.keys(data.actions)) {
      let jsName = map.get(name);
      jsName && (link[jsName] = () => (this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
        source: this,
        detail: {
          id: data.id,
          name
        }
      }), !1));
    }
    data.overlaidText && (link.title = data.overlaidText), link.onclick || (link.onclick = () => !1), this.#setInternalLink();
  }
  _bindResetFormAction(link, resetForm) {
    let otherClickAction = link.onclick;
    if (otherClickAction || (link.href = this.linkService.getAnchorUrl("")), this.#setInternalLink(), !this._fieldObjects) {
      warn('_bindResetFormAction - "resetForm" action not supported, ensure that the `fieldObjects` parameter is provided.'), otherClickAction || (link.onclick = () => !1);
      return;
    }
    link.onclick = () => {
      otherClickAction?.();
      let {
        fields: resetFormFields,
        refs: resetFormRefs,
        include
      } = resetForm, allFields = [];
      if (resetFormFields.length !== 0 || resetFormRefs.length !== 0) {
        let fieldIds = new Set(resetFormRefs);
        for (let fieldName of resetFormFields) {
          let fields = this._fieldObjects[fieldName] || [];
          for (let {
            id
          } of fields)
            fieldIds.add(id);
        }
        for (let fields of Object.values(this._fieldObjects))
          for (let field of fields)
            fieldIds.has(field.id) === include && allFields.push(field);
      } else
        for (let fields of Object.values(this._fieldObjects))
          allFields.push(...fields);
      let storage = this.annotationStorage, allIds = [];
      for (let field of allFields) {
        let {
          id
        } = field;
        switch (allIds.push(id), field.type) {
          case "text": {
            let value = field.defaultValue || "";
            storage.setValue(id, {
              value
            });
            break;
          }
          case "checkbox":
          case "radiobutton": {
            let value = field.defaultValue === field.exportValues;
            storage.setValue(id, {
              value
            });
            break;
          }
          case "combobox":
          case "listbox": {
            let value = field.defaultValue || "";
            storage.setValue(id, {
              value
            });
            break;
          }
          default:
            continue;
        }
        let domElement = document.querySelector(`[data-element-id="${id}"]`);
        if (domElement) {
          if (!GetElementsByNameSet.has(domElement)) {
            warn(`_bindResetFormAction - element not allowed: ${id}`);
            continue;
          }
        } else continue;
        domElement.dispatchEvent(new Event("resetform"));
      }
      return this.enableScripting && this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
        source: this,
        detail: {
          id: "app",
          ids: allIds,
          name: "ResetForm"
        }
      }), !1;
    };
  }
}, TextAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0
    });
  }
  render() {
    this.container.classList.add("textAnnotation");
    let image = document.createElement("img");
    return image.src = this.imageResourcesPath + "annotation-" + this.data.name.toLowerCase() + ".svg", image.setAttribute("data-l10n-id", "pdfjs-text-annotation-type"), image.setAttribute("data-l10n-args", JSON.stringify({
      type: this.data.name
    })), !this.data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container.append(image), this.container;
  }
}, WidgetAnnotationElement = class extends AnnotationElement {
  render() {
    return this.container;
  }
  showElementAndHideCanvas(element) {
    this.data.hasOwnCanvas && (element.previousSibling?.nodeName === "CANVAS" && (element.previousSibling.hidden = !0), element.hidden = !1);
  }
  _getKeyModifier(event) {
    return util_FeatureTest.platform.isMac ? event.metaKey : event.ctrlKey;
  }
  _setEventListener(element, elementData, baseName, eventName, valueGetter) {
    baseName.includes("mouse") ? element.addEventListener(baseName, (event) => {
      this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
        source: this,
        detail: {
          id: this.data.id,
          name: eventName,
          value: valueGetter(event),
          shift: event.shiftKey,
          modifier: this._getKeyModifier(event)
        }
      });
    }) : element.addEventListener(baseName, (event) => {
      if (baseName === "blur") {
        if (!elementData.focused || !event.relatedTarget)
          return;
        elementData.focused = !1;
      } else if (baseName === "focus") {
        if (elementData.focused)
          return;
        elementData.focused = !0;
      }
      valueGetter && this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
        source: this,
        detail: {
          id: this.data.id,
          name: eventName,
          value: valueGetter(event)
        }
      });
    });
  }
  _setEventListeners(element, elementData, names, getter) {
    for (let [baseName, eventName] of names)
      (eventName === "Action" || this.data.actions?.[eventName]) && ((eventName === "Focus" || eventName === "Blur") && (elementData ||= {
        focused: !1
      }), this._setEventListener(element, elementData, baseName, eventName, getter), eventName === "Focus" && !this.data.actions?.Blur ? this._setEventListener(element, elementData, "blur", "Blur", null) : eventName === "Blur" && !this.data.actions?.Focus && this._setEventListener(element, elementData, "focus", "Focus", null));
  }
  _setBackgroundColor(element) {
    let color = this.data.backgroundColor || null;
    element.style.backgroundColor = color === null ? "transparent" : Util.makeHexColor(color[0], color[1], color[2]);
  }
  _setTextStyle(element) {
    let TEXT_ALIGNMENT = ["left", "center", "right"], {
      fontColor
    } = this.data.defaultAppearanceData, fontSize = this.data.defaultAppearanceData.fontSize || annotation_layer_DEFAULT_FONT_SIZE, style = element.style, computedFontSize, BORDER_SIZE = 2, roundToOneDecimal = (x) => Math.round(10 * x) / 10;
    if (this.data.multiLine) {
      let height = Math.abs(this.data.rect[3] - this.data.rect[1] - BORDER_SIZE), numberOfLines = Math.round(height / (LINE_FACTOR * fontSize)) || 1, lineHeight = height / numberOfLines;
      computedFontSize = Math.min(fontSize, roundToOneDecimal(lineHeight / LINE_FACTOR));
    } else {
      let height = Math.abs(this.data.rect[3] - this.data.rect[1] - BORDER_SIZE);
      computedFontSize = Math.min(fontSize, roundToOneDecimal(height / LINE_FACTOR));
    }
    style.fontSize = `calc(${computedFontSize}px * var(--total-scale-factor))`, style.color = Util.makeHexColor(fontColor[0], fontColor[1], fontColor[2]), this.data.textAlignment !== null && (style.textAlign = TEXT_ALIGNMENT[this.data.textAlignment]);
  }
  _setRequired(element, isRequired) {
    isRequired ? element.setAttribute("required", !0) : element.removeAttribute("required"), element.setAttribute("aria-required", isRequired);
  }
}, TextWidgetAnnotationElement = class extends WidgetAnnotationElement {
  constructor(parameters) {
    let isRenderable = parameters.renderForms || parameters.data.hasOwnCanvas || !parameters.data.hasAppearance && !!parameters.data.fieldValue;
    super(parameters, {
      isRenderable
    });
  }
  setPropertyOnSiblings(base, key, value, keyInStorage) {
    let storage = this.annotationStorage;
    for (let element of this._getElementsByName(base.name, base.id))
      element.domElement && (element.domElement[key] = value), storage.setValue(element.id, {
        [keyInStorage]: value
      });
  }
  render() {
    let storage = this.annotationStorage, id = this.data.id;
    this.container.classList.add("textWidgetAnnotation");
    let element = null;
    if (this.renderForms) {
      let storedData = storage.getValue(id, {
        value: this.data.fieldValue
      }), textContent = storedData.value || "", maxLen = storage.getValue(id, {
        charLimit: this.data.maxLen
      }).charLimit;
      maxLen && textContent.length > maxLen && (textContent = textContent.slice(0, maxLen));
      let fieldFormattedValues = storedData.formattedValue || this.data.textContent?.join(`
`) || null;
      fieldFormattedValues && this.data.comb && (fieldFormattedValues = fieldFormattedValues.replaceAll(/\s+/g, ""));
      let elementData = {
        userValue: textContent,
        formattedValue: fieldFormattedValues,
        lastCommittedValue: null,
        commitKey: 1,
        focused: !1
      };
      this.data.multiLine ? (element = document.createElement("textarea"), element.textContent = fieldFormattedValues ?? textContent, this.data.doNotScroll && (element.style.overflowY = "hidden")) : (element = document.createElement("input"), element.type = this.data.password ? "password" : "text", element.setAttribute("value", fieldFormattedValues ?? textContent), this.data.doNotScroll && (element.style.overflowX = "hidden")), this.data.hasOwnCanvas && (element.hidden = !0), GetElementsByNameSet.add(element), this.contentElement = element, element.setAttribute("data-element-id", id), element.disabled = this.data.readOnly, element.name = this.data.fieldName, element.tabIndex = 0;
      let {
        datetimeFormat,
        datetimeType,
        timeStep
      } = this.data, hasDateOrTime = !!datetimeType && this.enableScripting;
      datetimeFormat && (element.title = datetimeFormat), this._setRequired(element, this.data.required), maxLen && (element.maxLength = maxLen), element.addEventListener("input", (event) => {
        storage.setValue(id, {
          value: event.target.value
        }), this.setPropertyOnSiblings(element, "value", event.target.value, "value"), elementData.formattedValue = null;
      }), element.addEventListener("resetform", (event) => {
        let defaultValue = this.data.defaultFieldValue ?? "";
        element.value = elementData.userValue = defaultValue, elementData.formattedValue = null;
      });
      let blurListener = (event) => {
        let {
          formattedValue
        } = elementData;
        formattedValue != null && (event.target.value = formattedValue), event.target.scrollLeft = 0;
      };
      if (this.enableScripting && this.hasJSActions) {
        element.addEventListener("focus", (event) => {
          if (elementData.focused)
            return;
          let {
            target
          } = event;
          if (hasDateOrTime && (target.type = datetimeType, timeStep && (target.step = timeStep)), elementData.userValue) {
            let value = elementData.userValue;
            if (hasDateOrTime)
              if (datetimeType === "time") {
                let date = new Date(value), parts = [date.getHours(), date.getMinutes(), date.getSeconds()];
                target.value = parts.map((v) => v.toString().padStart(2, "0")).join(":");
              } else
                target.value = new Date(value - TIMEZONE_OFFSET).toISOString().split(datetimeType === "date" ? "T" : ".", 1)[0];
            else
              target.value = value;
          }
          elementData.lastCommittedValue = target.value, elementData.commitKey = 1, this.data.actions?.Focus || (elementData.focused = !0);
        }), element.addEventListener("updatefromsandbox", (jsEvent) => {
          this.showElementAndHideCanvas(jsEvent.target);
          let actions = {
            value(event) {
              elementData.userValue = event.detail.value ?? "", hasDateOrTime || storage.setValue(id, {
                value: elementData.userValue.toString()
              }), event.target.value = elementData.userValue;
            },
            formattedValue(event) {
              let {
                formattedValue
              } = event.detail;
              elementData.formattedValue = formattedValue, formattedValue != null && event.target !== document.activeElement && (event.target.value = formattedValue);
              let data = {
                formattedValue
              };
              hasDateOrTime && (data.value = formattedValue), storage.setValue(id, data);
            },
            selRange(event) {
              event.target.setSelectionRange(...event.detail.selRange);
            },
            charLimit: (event) => {
              let {
                charLimit
              } = event.detail, {
                target
              } = event;
              if (charLimit === 0) {
                target.removeAttribute("maxLength");
                return;
              }
              target.setAttribute("maxLength", charLimit);
              let value = elementData.userValue;
              !value || value.length <= charLimit || (value = value.slice(0, charLimit), target.value = elementData.userValue = value, storage.setValue(id, {
                value
              }), this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
                source: this,
                detail: {
                  id,
                  name: "Keystroke",
                  value,
                  willCommit: !0,
                  commitKey: 1,
                  selStart: target.selectionStart,
                  selEnd: target.selectionEnd
                }
              }));
            }
          };
          this._dispatchEventFromSandbox(actions, jsEvent);
        }), element.addEventListener("keydown", (event) => {
          elementData.commitKey = 1;
          let commitKey = -1;
          if (event.key === "Escape" ? commitKey = 0 : event.key === "Enter" && !this.data.multiLine ? commitKey = 2 : event.key === "Tab" && (elementData.commitKey = 3), commitKey === -1)
            return;
          let {
            value
          } = event.target;
          elementData.lastCommittedValue !== value && (elementData.lastCommittedValue = value, elementData.userValue = value, this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
            source: this,
            detail: {
              id,
              name: "Keystroke",
              value,
              willCommit: !0,
              commitKey,
              selStart: event.target.selectionStart,
              selEnd: event.target.selectionEnd
            }
          }));
        });
        let _blurListener = blurListener;
        blurListener = null, element.addEventListener("blur", (event) => {
          if (!elementData.focused || !event.relatedTarget)
            return;
          this.data.actions?.Blur || (elementData.focused = !1);
          let {
            target
          } = event, {
            value
          } = target;
          if (hasDateOrTime) {
            if (value && datetimeType === "time") {
              let parts = value.split(":").map((v) => parseInt(v, 10));
              value = new Date(2e3, 0, 1, parts[0], parts[1], parts[2] || 0).valueOf(), target.step = "";
            } else
              value.includes("T") || (value = `${value}T00:00`), value = new Date(value).valueOf();
            target.type = "text";
          }
          elementData.userValue = value, elementData.lastCommittedValue !== value && this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
            source: this,
            detail: {
              id,
              name: "Keystroke",
              value,
              willCommit: !0,
              commitKey: elementData.commitKey,
              selStart: event.target.selectionStart,
              selEnd: event.target.selectionEnd
            }
          }), _blurListener(event);
        }), this.data.actions?.Keystroke && element.addEventListener("beforeinput", (event) => {
          elementData.lastCommittedValue = null;
          let {
            data,
            target
          } = event, {
            value,
            selectionStart,
            selectionEnd
          } = target, selStart = selectionStart, selEnd = selectionEnd;
          switch (event.inputType) {
            case "deleteWordBackward": {
              let match = value.substring(0, selectionStart).match(/\w*[^\w]*$/);
              match && (selStart -= match[0].length);
              break;
            }
            case "deleteWordForward": {
              let match = value.substring(selectionStart).match(/^[^\w]*\w*/);
              match && (selEnd += match[0].length);
              break;
            }
            case "deleteContentBackward":
              selectionStart === selectionEnd && (selStart -= 1);
              break;
            case "deleteContentForward":
              selectionStart === selectionEnd && (selEnd += 1);
              break;
          }
          event.preventDefault(), this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
            source: this,
            detail: {
              id,
              name: "Keystroke",
              value,
              change: data || "",
              willCommit: !1,
              selStart,
              selEnd
            }
          });
        }), this._setEventListeners(element, elementData, [["focus", "Focus"], ["blur", "Blur"], ["mousedown", "Mouse Down"], ["mouseenter", "Mouse Enter"], ["mouseleave", "Mouse Exit"], ["mouseup", "Mouse Up"]], (event) => event.target.value);
      }
      if (blurListener && element.addEventListener("blur", blurListener), this.data.comb) {
        let combWidth = (this.data.rect[2] - this.data.rect[0]) / maxLen;
        element.classList.add("comb"), element.style.letterSpacing = `calc(${combWidth}px * var(--total-scale-factor) - 1ch)`;
      }
    } else
      element = document.createElement("div"), element.textContent = this.data.fieldValue, element.style.verticalAlign = "middle", element.style.display = "table-cell", this.data.hasOwnCanvas && (element.hidden = !0);
    return this._setTextStyle(element), this._setBackgroundColor(element), this._setDefaultPropertiesFromJS(element), this.container.append(element), this.container;
  }
}, SignatureWidgetAnnotationElement = class extends WidgetAnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !!parameters.data.hasOwnCanvas
    });
  }
}, CheckboxWidgetAnnotationElement = class extends WidgetAnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: parameters.renderForms
    });
  }
  render() {
    let storage = this.annotationStorage, data = this.data, id = data.id, value = storage.getValue(id, {
      value: data.exportValue === data.fieldValue
    }).value;
    typeof value == "string" && (value = value !== "Off", storage.setValue(id, {
      value
    })), this.container.classList.add("buttonWidgetAnnotation", "checkBox");
    let element = document.createElement("input");
    return GetElementsByNameSet.add(element), element.setAttribute("data-element-id", id), element.disabled = data.readOnly, this._setRequired(element, this.data.required), element.type = "checkbox", element.name = data.fieldName, value && element.setAttribute("checked", !0), element.setAttribute("exportValue", data.exportValue), element.tabIndex = 0, element.addEventListener("change", (event) => {
      let {
        name,
        checked
      } = event.target;
      for (let checkbox of this._getElementsByName(name, id)) {
        let curChecked = checked && checkbox.exportValue === data.exportValue;
        checkbox.domElement && (checkbox.domElement.checked = curChecked), storage.setValue(checkbox.id, {
          value: curChecked
        });
      }
      storage.setValue(id, {
        value: checked
      });
    }), element.addEventListener("resetform", (event) => {
      let defaultValue = data.defaultFieldValue || "Off";
      event.target.checked = defaultValue === data.exportValue;
    }), this.enableScripting && this.hasJSActions && (element.addEventListener("updatefromsandbox", (jsEvent) => {
      let actions = {
        value(event) {
          event.target.checked = event.detail.value !== "Off", storage.setValue(id, {
            value: event.target.checked
          });
        }
      };
      this._dispatchEventFromSandbox(actions, jsEvent);
    }), this._setEventListeners(element, null, [["change", "Validate"], ["change", "Action"], ["focus", "Focus"], ["blur", "Blur"], ["mousedown", "Mouse Down"], ["mouseenter", "Mouse Enter"], ["mouseleave", "Mouse Exit"], ["mouseup", "Mouse Up"]], (event) => event.target.checked)), this._setBackgroundColor(element), this._setDefaultPropertiesFromJS(element), this.container.append(element), this.container;
  }
}, RadioButtonWidgetAnnotationElement = class extends WidgetAnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: parameters.renderForms
    });
  }
  render() {
    this.container.classList.add("buttonWidgetAnnotation", "radioButton");
    let storage = this.annotationStorage, data = this.data, id = data.id, value = storage.getValue(id, {
      value: data.fieldValue === data.buttonValue
    }).value;
    if (typeof value == "string" && (value = value !== data.buttonValue, storage.setValue(id, {
      value
    })), value)
      for (let radio of this._getElementsByName(data.fieldName, id))
        storage.setValue(radio.id, {
          value: !1
        });
    let element = document.createElement("input");
    if (GetElementsByNameSet.add(element), element.setAttribute("data-element-id", id), element.disabled = data.readOnly, this._setRequired(element, this.data.required), element.type = "radio", element.name = data.fieldName, value && element.setAttribute("checked", !0), element.tabIndex = 0, element.addEventListener("change", (event) => {
      let {
        name,
        checked
      } = event.target;
      for (let radio of this._getElementsByName(name, id))
        storage.setValue(radio.id, {
          value: !1
        });
      storage.setValue(id, {
        value: checked
      });
    }), element.addEventListener("resetform", (event) => {
      let defaultValue = data.defaultFieldValue;
      event.target.checked = defaultValue != null && defaultValue === data.buttonValue;
    }), this.enableScripting && this.hasJSActions) {
      let pdfButtonValue = data.buttonValue;
      element.addEventListener("updatefromsandbox", (jsEvent) => {
        let actions = {
          value: (event) => {
            let checked = pdfButtonValue === event.detail.value;
            for (let radio of this._getElementsByName(event.target.name)) {
              let curChecked = checked && radio.id === id;
              radio.domElement && (radio.domElement.checked = curChecked), storage.setValue(radio.id, {
                value: curChecked
              });
            }
          }
        };
        this._dispatchEventFromSandbox(actions, jsEvent);
      }), this._setEventListeners(element, null, [["change", "Validate"], ["change", "Action"], ["focus", "Focus"], ["blur", "Blur"], ["mousedown", "Mouse Down"], ["mouseenter", "Mouse Enter"], ["mouseleave", "Mouse Exit"], ["mouseup", "Mouse Up"]], (event) => event.target.checked);
    }
    return this._setBackgroundColor(element), this._setDefaultPropertiesFromJS(element), this.container.append(element), this.container;
  }
}, PushButtonWidgetAnnotationElement = class extends LinkAnnotationElement {
  constructor(parameters) {
    super(parameters, {
      ignoreBorder: parameters.data.hasAppearance
    });
  }
  render() {
    let container = super.render();
    container.classList.add("buttonWidgetAnnotation", "pushButton");
    let linkElement = container.lastChild;
    return this.enableScripting && this.hasJSActions && linkElement && (this._setDefaultPropertiesFromJS(linkElement), linkElement.addEventListener("updatefromsandbox", (jsEvent) => {
      this._dispatchEventFromSandbox({}, jsEvent);
    })), container;
  }
}, ChoiceWidgetAnnotationElement = class extends WidgetAnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: parameters.renderForms
    });
  }
  render() {
    this.container.classList.add("choiceWidgetAnnotation");
    let storage = this.annotationStorage, id = this.data.id, storedData = storage.getValue(id, {
      value: this.data.fieldValue
    }), selectElement = document.createElement("select");
    GetElementsByNameSet.add(selectElement), selectElement.setAttribute("data-element-id", id), selectElement.disabled = this.data.readOnly, this._setRequired(selectElement, this.data.required), selectElement.name = this.data.fieldName, selectElement.tabIndex = 0;
    let addAnEmptyEntry = this.data.combo && this.data.options.length > 0;
    this.data.combo || (selectElement.size = this.data.options.length, this.data.multiSelect && (selectElement.multiple = !0)), selectElement.addEventListener("resetform", (event) => {
      let defaultValue = this.data.defaultFieldValue;
      for (let option of selectElement.options)
        option.selected = option.value === defaultValue;
    });
    for (let option of this.data.options) {
      let optionElement = document.createElement("option");
      optionElement.textContent = option.displayValue, optionElement.value = option.exportValue, storedData.value.includes(option.exportValue) && (optionElement.setAttribute("selected", !0), addAnEmptyEntry = !1), selectElement.append(optionElement);
    }
    let removeEmptyEntry = null;
    if (addAnEmptyEntry) {
      let noneOptionElement = document.createElement("option");
      noneOptionElement.value = " ", noneOptionElement.setAttribute("hidden", !0), noneOptionElement.setAttribute("selected", !0), selectElement.prepend(noneOptionElement), removeEmptyEntry = () => {
        noneOptionElement.remove(), selectElement.removeEventListener("input", removeEmptyEntry), removeEmptyEntry = null;
      }, selectElement.addEventListener("input", removeEmptyEntry);
    }
    let getValue = (isExport) => {
      let name = isExport ? "value" : "textContent", {
        options,
        multiple
      } = selectElement;
      return multiple ? Array.prototype.filter.call(options, (option) => option.selected).map((option) => option[name]) : options.selectedIndex === -1 ? null : options[options.selectedIndex][name];
    }, selectedValues = getValue(!1), getItems = (event) => {
      let options = event.target.options;
      return Array.prototype.map.call(options, (option) => ({
        displayValue: option.textContent,
        exportValue: option.value
      }));
    };
    return this.enableScripting && this.hasJSActions ? (selectElement.addEventListener("updatefromsandbox", (jsEvent) => {
      let actions = {
        value(event) {
          removeEmptyEntry?.();
          let value = event.detail.value, values = new Set(Array.isArray(value) ? value : [value]);
          for (let option of selectElement.options)
            option.selected = values.has(option.value);
          storage.setValue(id, {
            value: getValue(!0)
          }), selectedValues = getValue(!1);
        },
        multipleSelection(event) {
          selectElement.multiple = !0;
        },
        remove(event) {
          let options = selectElement.options, index = event.detail.remove;
          options[index].selected = !1, selectElement.remove(index), options.length > 0 && Array.prototype.findIndex.call(options, (option) => option.selected) === -1 && (options[0].selected = !0), storage.setValue(id, {
            value: getValue(!0),
            items: getItems(event)
          }), selectedValues = getValue(!1);
        },
        clear(event) {
          for (; selectElement.length !== 0; )
            selectElement.remove(0);
          storage.setValue(id, {
            value: null,
            items: []
          }), selectedValues = getValue(!1);
        },
        insert(event) {
          let {
            index,
            displayValue,
            exportValue
          } = event.detail.insert, selectChild = selectElement.children[index], optionElement = document.createElement("option");
          optionElement.textContent = displayValue, optionElement.value = exportValue, selectChild ? selectChild.before(optionElement) : selectElement.append(optionElement), storage.setValue(id, {
            value: getValue(!0),
            items: getItems(event)
          }), selectedValues = getValue(!1);
        },
        items(event) {
          let {
            items
          } = event.detail;
          for (; selectElement.length !== 0; )
            selectElement.remove(0);
          for (let item of items) {
            let {
              displayValue,
              exportValue
            } = item, optionElement = document.createElement("option");
            optionElement.textContent = displayValue, optionElement.value = exportValue, selectElement.append(optionElement);
          }
          selectElement.options.length > 0 && (selectElement.options[0].selected = !0), storage.setValue(id, {
            value: getValue(!0),
            items: getItems(event)
          }), selectedValues = getValue(!1);
        },
        indices(event) {
          let indices = new Set(event.detail.indices);
          for (let option of event.target.options)
            option.selected = indices.has(option.index);
          storage.setValue(id, {
            value: getValue(!0)
          }), selectedValues = getValue(!1);
        },
        editable(event) {
          event.target.disabled = !event.detail.editable;
        }
      };
      this._dispatchEventFromSandbox(actions, jsEvent);
    }), selectElement.addEventListener("input", (event) => {
      let exportValue = getValue(!0), change = getValue(!1);
      storage.setValue(id, {
        value: exportValue
      }), event.preventDefault(), this.linkService.eventBus?.dispatch("dispatcheventinsandbox", {
        source: this,
        detail: {
          id,
          name: "Keystroke",
          value: selectedValues,
          change,
          changeEx: exportValue,
          willCommit: !1,
          commitKey: 1,
          keyDown: !1
        }
      });
    }), this._setEventListeners(selectElement, null, [["focus", "Focus"], ["blur", "Blur"], ["mousedown", "Mouse Down"], ["mouseenter", "Mouse Enter"], ["mouseleave", "Mouse Exit"], ["mouseup", "Mouse Up"], ["input", "Action"], ["input", "Validate"]], (event) => event.target.value)) : selectElement.addEventListener("input", function(event) {
      storage.setValue(id, {
        value: getValue(!0)
      });
    }), this.data.combo && this._setTextStyle(selectElement), this._setBackgroundColor(selectElement), this._setDefaultPropertiesFromJS(selectElement), this.container.append(selectElement), this.container;
  }
}, PopupAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    let {
      data,
      elements,
      parent
    } = parameters, hasCommentManager = !!parent._commentManager;
    if (super(parameters, {
      isRenderable: !hasCommentManager && AnnotationElement._hasPopupData(data)
    }), this.elements = elements, hasCommentManager && AnnotationElement._hasPopupData(data)) {
      let popup = this.popup = this.#createPopup();
      for (let element of elements)
        element.popup = popup;
    } else
      this.popup = null;
  }
  #createPopup() {
    return new PopupElement({
      container: this.container,
      color: this.data.color,
      titleObj: this.data.titleObj,
      modificationDate: this.data.modificationDate || this.data.creationDate,
      contentsObj: this.data.contentsObj,
      richText: this.data.richText,
      rect: this.data.rect,
      parentRect: this.data.parentRect || null,
      parent: this.parent,
      elements: this.elements,
      open: this.data.open,
      commentManager: this.parent._commentManager
    });
  }
  render() {
    let {
      container
    } = this;
    container.classList.add("popupAnnotation"), container.role = "comment";
    let popup = this.popup = this.#createPopup(), elementIds = [];
    for (let element of this.elements)
      element.popup = popup, element.container.ariaHasPopup = "dialog", elementIds.push(element.data.id), element.addHighlightArea();
    return this.container.setAttribute("aria-controls", elementIds.map((id) => `${AnnotationPrefix}${id}`).join(",")), this.container;
  }
}, PopupElement = class {
  #commentManager = null;
  #boundKeyDown = this.#keyDown.bind(this);
  #boundHide = this.#hide.bind(this);
  #boundShow = this.#show.bind(this);
  #boundToggle = this.#toggle.bind(this);
  #color = null;
  #container = null;
  #contentsObj = null;
  #dateObj = null;
  #elements = null;
  #parent = null;
  #parentRect = null;
  #pinned = !1;
  #popup = null;
  #popupAbortController = null;
  #position = null;
  #commentButton = null;
  #commentButtonPosition = null;
  #popupPosition = null;
  #rect = null;
  #richText = null;
  #titleObj = null;
  #updates = null;
  #wasVisible = !1;
  #firstElement = null;
  #commentText = null;
  constructor({
    container,
    color,
    elements,
    titleObj,
    modificationDate,
    contentsObj,
    richText,
    parent,
    rect,
    parentRect,
    open,
    commentManager = null
  }) {
    this.#container = container, this.#titleObj = titleObj, this.#contentsObj = contentsObj, this.#richText = richText, this.#parent = parent, this.#color = color, this.#rect = rect, this.#parentRect = parentRect, this.#elements = elements, this.#commentManager = commentManager, this.#firstElement = elements[0], this.#dateObj = PDFDateString.toDateObject(modificationDate), this.trigger = elements.flatMap((e) => e.getElementsToTriggerPopup()), commentManager || (this.#addEventListeners(), this.#container.hidden = !0, open && this.#toggle());
  }
  #addEventListeners() {
    if (this.#popupAbortController)
      return;
    this.#popupAbortController = new AbortController();
    let {
      signal
    } = this.#popupAbortController;
    for (let element of this.trigger)
      element.addEventListener("click", this.#boundToggle, {
        signal
      }), element.addEventListener("pointerenter", this.#boundShow, {
        signal
      }), element.addEventListener("pointerleave", this.#boundHide, {
        signal
      }), element.classList.add("popupTriggerArea");
    for (let element of this.#elements)
      element.container?.addEventListener("keydown", this.#boundKeyDown, {
        signal
      });
  }
  #setCommentButtonPosition() {
    let element = this.#elements.find((e) => e.hasCommentButton);
    element && (this.#commentButtonPosition = element._normalizePoint(element.commentButtonPosition));
  }
  renderCommentButton() {
    if (this.#commentButton) {
      this.#commentButton.parentNode || this.#firstElement.container.after(this.#commentButton);
      return;
    }
    if (this.#commentButtonPosition || this.#setCommentButtonPosition(), !this.#commentButtonPosition)
      return;
    let {
      signal
    } = this.#popupAbortController = new AbortController(), hasOwnButton = this.#firstElement.hasOwnCommentButton, togglePopup = () => {
      this.#commentManager.toggleCommentPopup(this, !0, void 0, !hasOwnButton);
    }, showPopup = () => {
      this.#commentManager.toggleCommentPopup(this, !1, !0, !hasOwnButton);
    }, hidePopup = () => {
      this.#commentManager.toggleCommentPopup(this, !1, !1);
    };
    if (hasOwnButton) {
      this.#commentButton = this.#firstElement.container;
      for (let element of this.trigger)
        element.ariaHasPopup = "dialog", element.ariaControls = "commentPopup", element.addEventListener("keydown", this.#boundKeyDown, {
          signal
        }), element.addEventListener("click", togglePopup, {
          signal
        }), element.addEventListener("pointerenter", showPopup, {
          signal
        }), element.addEventListener("pointerleave", hidePopup, {
          signal
        }), element.classList.add("popupTriggerArea");
    } else {
      let button = this.#commentButton = document.createElement("button");
      button.className = "annotationCommentButton";
      let parentContainer = this.#firstElement.container;
      button.style.zIndex = parentContainer.style.zIndex + 1, button.tabIndex = 0, button.ariaHasPopup = "dialog", button.ariaControls = "commentPopup", button.setAttribute("data-l10n-id", "pdfjs-show-comment-button"), this.#updateColor(), this.#updateCommentButtonPosition(), button.addEventListener("keydown", this.#boundKeyDown, {
        signal
      }), button.addEventListener("click", togglePopup, {
        signal
      }), button.addEventListener("pointerenter", showPopup, {
        signal
      }), button.addEventListener("pointerleave", hidePopup, {
        signal
      }), parentContainer.after(button);
    }
  }
  #updateCommentButtonPosition() {
    if (this.#firstElement.extraPopupElement && !this.#firstElement.editor)
      return;
    this.#commentButton || this.renderCommentButton();
    let [x, y] = this.#commentButtonPosition, {
      style
    } = this.#commentButton;
    style.left = `calc(${x}%)`, style.top = `calc(${y}% - var(--comment-button-dim))`;
  }
  #updateColor() {
    this.#firstElement.extraPopupElement || (this.#commentButton || this.renderCommentButton(), this.#commentButton.style.backgroundColor = this.commentButtonColor || "");
  }
  get commentButtonColor() {
    let {
      color,
      opacity
    } = this.#firstElement.commentData;
    return color ? this.#parent._commentManager.makeCommentColor(color, opacity) : null;
  }
  focusCommentButton() {
    setTimeout(() => {
      this.#commentButton?.focus();
    }, 0);
  }
  getData() {
    let {
      richText,
      color,
      opacity,
      creationDate,
      modificationDate
    } = this.#firstElement.commentData;
    return {
      contentsObj: {
        str: this.comment
      },
      richText,
      color,
      opacity,
      creationDate,
      modificationDate
    };
  }
  get elementBeforePopup() {
    return this.#commentButton;
  }
  get comment() {
    return this.#commentText ||= this.#firstElement.commentText, this.#commentText;
  }
  set comment(text) {
    text !== this.comment && (this.#firstElement.commentText = this.#commentText = text);
  }
  focus() {
    this.#firstElement.container?.focus();
  }
  get parentBoundingClientRect() {
    return this.#firstElement.layer.getBoundingClientRect();
  }
  setCommentButtonStates({
    selected,
    hasPopup
  }) {
    this.#commentButton && (this.#commentButton.classList.toggle("selected", selected), this.#commentButton.ariaExpanded = hasPopup);
  }
  setSelectedCommentButton(selected) {
    this.#commentButton.classList.toggle("selected", selected);
  }
  get commentPopupPosition() {
    if (this.#popupPosition)
      return this.#popupPosition;
    let {
      x,
      y,
      height
    } = this.#commentButton.getBoundingClientRect(), {
      x: parentX,
      y: parentY,
      width: parentWidth,
      height: parentHeight
    } = this.#firstElement.layer.getBoundingClientRect();
    return [(x - parentX) / parentWidth, (y + height - parentY) / parentHeight];
  }
  set commentPopupPosition(pos) {
    this.#popupPosition = pos;
  }
  hasDefaultPopupPosition() {
    return this.#popupPosition === null;
  }
  get commentButtonPosition() {
    return this.#commentButtonPosition;
  }
  get commentButtonWidth() {
    return this.#commentButton.getBoundingClientRect().width / this.parentBoundingClientRect.width;
  }
  editComment(options) {
    let [posX, posY] = this.#popupPosition || this.commentButtonPosition.map((x) => x / 100), parentDimensions = this.parentBoundingClientRect, {
      x: parentX,
      y: parentY,
      width: parentWidth,
      height: parentHeight
    } = parentDimensions;
    this.#commentManager.showDialog(null, this, parentX + posX * parentWidth, parentY + posY * parentHeight, {
      ...options,
      parentDimensions
    });
  }
  render() {
    if (this.#popup)
      return;
    let popup = this.#popup = document.createElement("div");
    if (popup.className = "popup", this.#color) {
      let baseColor = popup.style.outlineColor = Util.makeHexColor(...this.#color);
      popup.style.backgroundColor = `color-mix(in srgb, ${baseColor} 30%, white)`;
    }
    let header = document.createElement("span");
    if (header.className = "header", this.#titleObj?.str) {
      let title = document.createElement("span");
      title.className = "title", header.append(title), {
        dir: title.dir,
        str: title.textContent
      } = this.#titleObj;
    }
    if (popup.append(header), this.#dateObj) {
      let modificationDate = document.createElement("time");
      modificationDate.className = "popupDate", modificationDate.setAttribute("data-l10n-id", "pdfjs-annotation-date-time-string"), modificationDate.setAttribute("data-l10n-args", JSON.stringify({
        dateObj: this.#dateObj.valueOf()
      })), modificationDate.dateTime = this.#dateObj.toISOString(), header.append(modificationDate);
    }
    renderRichText({
      html: this.#html || this.#contentsObj.str,
      dir: this.#contentsObj?.dir,
      className: "popupContent"
    }, popup), this.#container.append(popup);
  }
  get #html() {
    let richText = this.#richText, contentsObj = this.#contentsObj;
    return richText?.str && (!contentsObj?.str || contentsObj.str === richText.str) && this.#richText.html || null;
  }
  get #fontSize() {
    return this.#html?.attributes?.style?.fontSize || 0;
  }
  get #fontColor() {
    return this.#html?.attributes?.style?.color || null;
  }
  #makePopupContent(text) {
    let popupLines = [], popupContent = {
      str: text,
      html: {
        name: "div",
        attributes: {
          dir: "auto"
        },
        children: [{
          name: "p",
          children: popupLines
        }]
      }
    }, lineAttributes = {
      style: {
        color: this.#fontColor,
        fontSize: this.#fontSize ? `calc(${this.#fontSize}px * var(--total-scale-factor))` : ""
      }
    };
    for (let line of text.split(`
`))
      popupLines.push({
        name: "span",
        value: line,
        attributes: lineAttributes
      });
    return popupContent;
  }
  #keyDown(event) {
    event.altKey || event.shiftKey || event.ctrlKey || event.metaKey || (event.key === "Enter" || event.key === "Escape" && this.#pinned) && this.#toggle();
  }
  updateEdited({
    rect,
    popup,
    deleted
  }) {
    if (this.#commentManager) {
      deleted ? (this.remove(), this.#commentText = null) : popup && (popup.deleted ? this.remove() : (this.#updateColor(), this.#commentText = popup.text)), rect && (this.#commentButtonPosition = null, this.#setCommentButtonPosition(), this.#updateCommentButtonPosition());
      return;
    }
    if (deleted || popup?.deleted) {
      this.remove();
      return;
    }
    this.#addEventListeners(), this.#updates ||= {
      contentsObj: this.#contentsObj,
      richText: this.#richText
    }, rect && (this.#position = null), popup && popup.text && (this.#richText = this.#makePopupContent(popup.text), this.#dateObj = PDFDateString.toDateObject(popup.date), this.#contentsObj = null), this.#popup?.remove(), this.#popup = null;
  }
  resetEdited() {
    this.#updates && ({
      contentsObj: this.#contentsObj,
      richText: this.#richText
    } = this.#updates, this.#updates = null, this.#popup?.remove(), this.#popup = null, this.#position = null);
  }
  remove() {
    if (this.#popupAbortController?.abort(), this.#popupAbortController = null, this.#popup?.remove(), this.#popup = null, this.#wasVisible = !1, this.#pinned = !1, this.#commentButton?.remove(), this.#commentButton = null, this.trigger)
      for (let element of this.trigger)
        element.classList.remove("popupTriggerArea");
  }
  #setPosition() {
    if (this.#position !== null)
      return;
    let {
      page: {
        view
      },
      viewport: {
        rawDims: {
          pageWidth,
          pageHeight,
          pageX,
          pageY
        }
      }
    } = this.#parent, useParentRect = !!this.#parentRect, rect = useParentRect ? this.#parentRect : this.#rect;
    for (let element of this.#elements)
      if (!rect || Util.intersect(element.data.rect, rect) !== null) {
        rect = element.data.rect, useParentRect = !0;
        break;
      }
    let normalizedRect = Util.normalizeRect([rect[0], view[3] - rect[1] + view[1], rect[2], view[3] - rect[3] + view[1]]), parentWidth = useParentRect ? rect[2] - rect[0] + 5 : 0, popupLeft = normalizedRect[0] + parentWidth, popupTop = normalizedRect[1];
    this.#position = [100 * (popupLeft - pageX) / pageWidth, 100 * (popupTop - pageY) / pageHeight];
    let {
      style
    } = this.#container;
    style.left = `${this.#position[0]}%`, style.top = `${this.#position[1]}%`;
  }
  #toggle() {
    if (this.#commentManager) {
      this.#commentManager.toggleCommentPopup(this, !1);
      return;
    }
    this.#pinned = !this.#pinned, this.#pinned ? (this.#show(), this.#container.addEventListener("click", this.#boundToggle), this.#container.addEventListener("keydown", this.#boundKeyDown)) : (this.#hide(), this.#container.removeEventListener("click", this.#boundToggle), this.#container.removeEventListener("keydown", this.#boundKeyDown));
  }
  #show() {
    this.#popup || this.render(), this.isVisible ? this.#pinned && this.#container.classList.add("focused") : (this.#setPosition(), this.#container.hidden = !1, this.#container.style.zIndex = parseInt(this.#container.style.zIndex) + 1e3);
  }
  #hide() {
    this.#container.classList.remove("focused"), !(this.#pinned || !this.isVisible) && (this.#container.hidden = !0, this.#container.style.zIndex = parseInt(this.#container.style.zIndex) - 1e3);
  }
  forceHide() {
    this.#wasVisible = this.isVisible, this.#wasVisible && (this.#container.hidden = !0);
  }
  maybeShow() {
    this.#commentManager || (this.#addEventListeners(), this.#wasVisible && (this.#popup || this.#show(), this.#wasVisible = !1, this.#container.hidden = !1));
  }
  get isVisible() {
    return this.#commentManager ? !1 : this.#container.hidden === !1;
  }
}, FreeTextAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    }), this.textContent = parameters.data.textContent, this.textPosition = parameters.data.textPosition, this.annotationEditorType = AnnotationEditorType.FREETEXT;
  }
  render() {
    if (this.container.classList.add("freeTextAnnotation"), this.textContent) {
      let content = this.contentElement = document.createElement("div");
      content.classList.add("annotationTextContent"), content.setAttribute("role", "comment");
      for (let line of this.textContent) {
        let lineSpan = document.createElement("span");
        lineSpan.textContent = line, content.append(lineSpan);
      }
      this.container.append(content);
    }
    return !this.data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this._editOnDoubleClick(), this.container;
  }
}, LineAnnotationElement = class extends AnnotationElement {
  #line = null;
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    });
  }
  render() {
    this.container.classList.add("lineAnnotation");
    let {
      data,
      width,
      height
    } = this, svg = this.svgFactory.create(width, height, !0), line = this.#line = this.svgFactory.createElement("svg:line");
    return line.setAttribute("x1", data.rect[2] - data.lineCoordinates[0]), line.setAttribute("y1", data.rect[3] - data.lineCoordinates[1]), line.setAttribute("x2", data.rect[2] - data.lineCoordinates[2]), line.setAttribute("y2", data.rect[3] - data.lineCoordinates[3]), line.setAttribute("stroke-width", data.borderStyle.width || 1), line.setAttribute("stroke", "transparent"), line.setAttribute("fill", "transparent"), svg.append(line), this.container.append(svg), !data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container;
  }
  getElementsToTriggerPopup() {
    return this.#line;
  }
  addHighlightArea() {
    this.container.classList.add("highlightArea");
  }
}, SquareAnnotationElement = class extends AnnotationElement {
  #square = null;
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    });
  }
  render() {
    this.container.classList.add("squareAnnotation");
    let {
      data,
      width,
      height
    } = this, svg = this.svgFactory.create(width, height, !0), borderWidth = data.borderStyle.width, square = this.#square = this.svgFactory.createElement("svg:rect");
    return square.setAttribute("x", borderWidth / 2), square.setAttribute("y", borderWidth / 2), square.setAttribute("width", width - borderWidth), square.setAttribute("height", height - borderWidth), square.setAttribute("stroke-width", borderWidth || 1), square.setAttribute("stroke", "transparent"), square.setAttribute("fill", "transparent"), svg.append(square), this.container.append(svg), !data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container;
  }
  getElementsToTriggerPopup() {
    return this.#square;
  }
  addHighlightArea() {
    this.container.classList.add("highlightArea");
  }
}, CircleAnnotationElement = class extends AnnotationElement {
  #circle = null;
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    });
  }
  render() {
    this.container.classList.add("circleAnnotation");
    let {
      data,
      width,
      height
    } = this, svg = this.svgFactory.create(width, height, !0), borderWidth = data.borderStyle.width, circle = this.#circle = this.svgFactory.createElement("svg:ellipse");
    return circle.setAttribute("cx", width / 2), circle.setAttribute("cy", height / 2), circle.setAttribute("rx", width / 2 - borderWidth / 2), circle.setAttribute("ry", height / 2 - borderWidth / 2), circle.setAttribute("stroke-width", borderWidth || 1), circle.setAttribute("stroke", "transparent"), circle.setAttribute("fill", "transparent"), svg.append(circle), this.container.append(svg), !data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container;
  }
  getElementsToTriggerPopup() {
    return this.#circle;
  }
  addHighlightArea() {
    this.container.classList.add("highlightArea");
  }
}, PolylineAnnotationElement = class extends AnnotationElement {
  #polyline = null;
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    }), this.containerClassName = "polylineAnnotation", this.svgElementName = "svg:polyline";
  }
  render() {
    this.container.classList.add(this.containerClassName);
    let {
      data: {
        rect,
        vertices,
        borderStyle,
        popupRef
      },
      width,
      height
    } = this;
    if (!vertices)
      return this.container;
    let svg = this.svgFactory.create(width, height, !0), points = [];
    for (let i = 0, ii = vertices.length; i < ii; i += 2) {
      let x = vertices[i] - rect[0], y = rect[3] - vertices[i + 1];
      points.push(`${x},${y}`);
    }
    points = points.join(" ");
    let polyline = this.#polyline = this.svgFactory.createElement(this.svgElementName);
    return polyline.setAttribute("points", points), polyline.setAttribute("stroke-width", borderStyle.width || 1), polyline.setAttribute("stroke", "transparent"), polyline.setAttribute("fill", "transparent"), svg.append(polyline), this.container.append(svg), !popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container;
  }
  getElementsToTriggerPopup() {
    return this.#polyline;
  }
  addHighlightArea() {
    this.container.classList.add("highlightArea");
  }
}, PolygonAnnotationElement = class extends PolylineAnnotationElement {
  constructor(parameters) {
    super(parameters), this.containerClassName = "polygonAnnotation", this.svgElementName = "svg:polygon";
  }
}, CaretAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    });
  }
  render() {
    return this.container.classList.add("caretAnnotation"), !this.data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container;
  }
}, InkAnnotationElement = class extends AnnotationElement {
  #polylinesGroupElement = null;
  #polylines = [];
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    }), this.containerClassName = "inkAnnotation", this.svgElementName = "svg:polyline", this.annotationEditorType = this.data.it === "InkHighlight" ? AnnotationEditorType.HIGHLIGHT : AnnotationEditorType.INK;
  }
  #getTransform(rotation, rect) {
    switch (rotation) {
      case 90:
        return {
          transform: `rotate(90) translate(${-rect[0]},${rect[1]}) scale(1,-1)`,
          width: rect[3] - rect[1],
          height: rect[2] - rect[0]
        };
      case 180:
        return {
          transform: `rotate(180) translate(${-rect[2]},${rect[1]}) scale(1,-1)`,
          width: rect[2] - rect[0],
          height: rect[3] - rect[1]
        };
      case 270:
        return {
          transform: `rotate(270) translate(${-rect[2]},${rect[3]}) scale(1,-1)`,
          width: rect[3] - rect[1],
          height: rect[2] - rect[0]
        };
      default:
        return {
          transform: `translate(${-rect[0]},${rect[3]}) scale(1,-1)`,
          width: rect[2] - rect[0],
          height: rect[3] - rect[1]
        };
    }
  }
  render() {
    this.container.classList.add(this.containerClassName);
    let {
      data: {
        rect,
        rotation,
        inkLists,
        borderStyle,
        popupRef
      }
    } = this, {
      transform,
      width,
      height
    } = this.#getTransform(rotation, rect), svg = this.svgFactory.create(width, height, !0), g = this.#polylinesGroupElement = this.svgFactory.createElement("svg:g");
    svg.append(g), g.setAttribute("stroke-width", borderStyle.width || 1), g.setAttribute("stroke-linecap", "round"), g.setAttribute("stroke-linejoin", "round"), g.setAttribute("stroke-miterlimit", 10), g.setAttribute("stroke", "transparent"), g.setAttribute("fill", "transparent"), g.setAttribute("transform", transform);
    for (let i = 0, ii = inkLists.length; i < ii; i++) {
      let polyline = this.svgFactory.createElement(this.svgElementName);
      this.#polylines.push(polyline), polyline.setAttribute("points", inkLists[i].join(",")), g.append(polyline);
    }
    return !popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container.append(svg), this._editOnDoubleClick(), this.container;
  }
  updateEdited(params) {
    super.updateEdited(params);
    let {
      thickness,
      points,
      rect
    } = params, g = this.#polylinesGroupElement;
    if (thickness >= 0 && g.setAttribute("stroke-width", thickness || 1), points)
      for (let i = 0, ii = this.#polylines.length; i < ii; i++)
        this.#polylines[i].setAttribute("points", points[i].join(","));
    if (rect) {
      let {
        transform,
        width,
        height
      } = this.#getTransform(this.data.rotation, rect);
      g.parentElement.setAttribute("viewBox", `0 0 ${width} ${height}`), g.setAttribute("transform", transform);
    }
  }
  getElementsToTriggerPopup() {
    return this.#polylines;
  }
  addHighlightArea() {
    this.container.classList.add("highlightArea");
  }
}, HighlightAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0,
      createQuadrilaterals: !0
    }), this.annotationEditorType = AnnotationEditorType.HIGHLIGHT;
  }
  render() {
    let {
      data: {
        overlaidText,
        popupRef
      }
    } = this;
    if (!popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container.classList.add("highlightAnnotation"), this._editOnDoubleClick(), overlaidText) {
      let mark = document.createElement("mark");
      mark.classList.add("overlaidText"), mark.textContent = overlaidText, this.container.append(mark);
    }
    return this.container;
  }
}, UnderlineAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0,
      createQuadrilaterals: !0
    });
  }
  render() {
    let {
      data: {
        overlaidText,
        popupRef
      }
    } = this;
    if (!popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container.classList.add("underlineAnnotation"), overlaidText) {
      let underline = document.createElement("u");
      underline.classList.add("overlaidText"), underline.textContent = overlaidText, this.container.append(underline);
    }
    return this.container;
  }
}, SquigglyAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0,
      createQuadrilaterals: !0
    });
  }
  render() {
    let {
      data: {
        overlaidText,
        popupRef
      }
    } = this;
    if (!popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container.classList.add("squigglyAnnotation"), overlaidText) {
      let underline = document.createElement("u");
      underline.classList.add("overlaidText"), underline.textContent = overlaidText, this.container.append(underline);
    }
    return this.container;
  }
}, StrikeOutAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0,
      createQuadrilaterals: !0
    });
  }
  render() {
    let {
      data: {
        overlaidText,
        popupRef
      }
    } = this;
    if (!popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this.container.classList.add("strikeoutAnnotation"), overlaidText) {
      let strikeout = document.createElement("s");
      strikeout.classList.add("overlaidText"), strikeout.textContent = overlaidText, this.container.append(strikeout);
    }
    return this.container;
  }
}, StampAnnotationElement = class extends AnnotationElement {
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0,
      ignoreBorder: !0
    }), this.annotationEditorType = AnnotationEditorType.STAMP;
  }
  render() {
    return this.container.classList.add("stampAnnotation"), this.container.setAttribute("role", "img"), !this.data.popupRef && this.hasPopupData && (this.hasOwnCommentButton = !0, this._createPopup()), this._editOnDoubleClick(), this.container;
  }
}, FileAttachmentAnnotationElement = class extends AnnotationElement {
  #trigger = null;
  constructor(parameters) {
    super(parameters, {
      isRenderable: !0
    });
    let {
      file
    } = this.data;
    this.filename = file.filename, this.content = file.content, this.linkService.eventBus?.dispatch("fileattachmentannotation", {
      source: this,
      ...file
    });
  }
  render() {
    this.container.classList.add("fileAttachmentAnnotation");
    let {
      container,
      data
    } = this, trigger;
    data.hasAppearance || data.fillAlpha === 0 ? trigger = document.createElement("div") : (trigger = document.createElement("img"), trigger.src = `${this.imageResourcesPath}annotation-${/paperclip/i.test(data.name) ? "paperclip" : "pushpin"}.svg`, data.fillAlpha && data.fillAlpha < 1 && (trigger.style = `filter: opacity(${Math.round(data.fillAlpha * 100)}%);`)), trigger.addEventListener("dblclick", this.#download.bind(this)), this.#trigger = trigger;
    let {
      isMac
    } = util_FeatureTest.platform;
    return container.addEventListener("keydown", (evt) => {
      evt.key === "Enter" && (isMac ? evt.metaKey : evt.ctrlKey) && this.#download();
    }), !data.popupRef && this.hasPopupData ? (this.hasOwnCommentButton = !0, this._createPopup()) : trigger.classList.add("popupTriggerArea"), container.append(trigger), container;
  }
  getElementsToTriggerPopup() {
    return this.#trigger;
  }
  addHighlightArea() {
    this.container.classList.add("highlightArea");
  }
  #download() {
    this.downloadManager?.openOrDownloadData(this.content, this.filename);
  }
}, AnnotationLayer = class _AnnotationLayer {
  #accessibilityManager = null;
  #annotationCanvasMap = null;
  #annotationStorage = null;
  #editableAnnotations = /* @__PURE__ */ new Map();
  #structTreeLayer = null;
  #linkService = null;
  #elements = [];
  #hasAriaAttributesFromStructTree = !1;
  constructor({
    div,
    accessibilityManager,
    annotationCanvasMap,
    annotationEditorUIManager,
    page,
    viewport,
    structTreeLayer,
    commentManager,
    linkService,
    annotationStorage
  }) {
    this.div = div, this.#accessibilityManager = accessibilityManager, this.#annotationCanvasMap = annotationCanvasMap, this.#structTreeLayer = structTreeLayer || null, this.#linkService = linkService || null, this.#annotationStorage = annotationStorage || new AnnotationStorage(), this.page = page, this.viewport = viewport, this.zIndex = 0, this._annotationEditorUIManager = annotationEditorUIManager, this._commentManager = commentManager || null;
  }
  hasEditableAnnotations() {
    return this.#editableAnnotations.size > 0;
  }
  async render(params) {
    let {
      annotations
    } = params, layer = this.div;
    setLayerDimensions(layer, this.viewport);
    let popupToElements = /* @__PURE__ */ new Map(), popupAnnotations = [], elementParams = {
      data: null,
      layer,
      linkService: this.#linkService,
      downloadManager: params.downloadManager,
      imageResourcesPath: params.imageResourcesPath || "",
      renderForms: params.renderForms !== !1,
      svgFactory: new DOMSVGFactory(),
      annotationStorage: this.#annotationStorage,
      enableComment: params.enableComment === !0,
      enableScripting: params.enableScripting === !0,
      hasJSActions: params.hasJSActions,
      fieldObjects: params.fieldObjects,
      parent: this,
      elements: null
    };
    for (let data of annotations) {
      if (data.noHTML)
        continue;
      let isPopupAnnotation = data.annotationType === AnnotationType.POPUP;
      if (isPopupAnnotation) {
        let elements = popupToElements.get(data.id);
        if (!elements)
          continue;
        if (!this._commentManager) {
          popupAnnotations.push(data);
          continue;
        }
        elementParams.elements = elements;
      } else if (data.rect[2] === data.rect[0] || data.rect[3] === data.rect[1])
        continue;
      elementParams.data = data;
      let element = AnnotationElementFactory.create(elementParams);
      if (!element.isRenderable)
        continue;
      if (!isPopupAnnotation && (this.#elements.push(element), data.popupRef)) {
        let elements = popupToElements.get(data.popupRef);
        elements ? elements.push(element) : popupToElements.set(data.popupRef, [element]);
      }
      let rendered = element.render();
      data.hidden && (rendered.style.visibility = "hidden"), element._isEditable && (this.#editableAnnotations.set(element.data.id, element), this._annotationEditorUIManager?.renderAnnotationElement(element));
    }
    await this.#addElementsToDOM();
    for (let data of popupAnnotations) {
      let elements = elementParams.elements = popupToElements.get(data.id);
      elementParams.data = data;
      let element = AnnotationElementFactory.create(elementParams);
      if (!element.isRenderable)
        continue;
      let rendered = element.render();
      element.contentElement.id = `${AnnotationPrefix}${data.id}`, data.hidden && (rendered.style.visibility = "hidden"), elements.at(-1).container.after(rendered);
    }
    this.#setAnnotationCanvasMap();
  }
  async #addElementsToDOM() {
    if (this.#elements.length === 0)
      return;
    this.div.replaceChildren();
    let promises = [];
    if (!this.#hasAriaAttributesFromStructTree) {
      this.#hasAriaAttributesFromStructTree = !0;
      for (let {
        contentElement,
        data: {
          id
        }
      } of this.#elements) {
        let annotationId = contentElement.id = `${AnnotationPrefix}${id}`;
        promises.push(this.#structTreeLayer?.getAriaAttributes(annotationId).then((ariaAttributes) => {
          if (ariaAttributes)
            for (let [key, value] of ariaAttributes)
              contentElement.setAttribute(key, value);
        }));
      }
    }
    this.#elements.sort(({
      data: {
        rect: [a0, a1, a2, a3]
      }
    }, {
      data: {
        rect: [b0, b1, b2, b3]
      }
    }) => {
      if (a0 === a2 && a1 === a3)
        return 1;
      if (b0 === b2 && b1 === b3)
        return -1;
      let top1 = a3, bot1 = a1, mid1 = (a1 + a3) / 2, top2 = b3, bot2 = b1, mid2 = (b1 + b3) / 2;
      if (mid1 >= top2 && mid2 <= bot1)
        return -1;
      if (mid2 >= top1 && mid1 <= bot2)
        return 1;
      let centerX1 = (a0 + a2) / 2, centerX2 = (b0 + b2) / 2;
      return centerX1 - centerX2;
    });
    let fragment = document.createDocumentFragment();
    for (let element of this.#elements)
      fragment.append(element.container), this._commentManager ? (element.extraPopupElement?.popup || element.popup)?.renderCommentButton() : element.extraPopupElement && fragment.append(element.extraPopupElement.render());
    if (this.div.append(fragment), await Promise.all(promises), this.#accessibilityManager)
      for (let element of this.#elements)
        this.#accessibilityManager.addPointerInTextLayer(element.contentElement, !1);
  }
  async addLinkAnnotations(annotations) {
    let elementParams = {
      data: null,
      layer: this.div,
      linkService: this.#linkService,
      svgFactory: new DOMSVGFactory(),
      parent: this
    };
    for (let data of annotations) {
      data.borderStyle ||= _AnnotationLayer._defaultBorderStyle, elementParams.data = data;
      let element = AnnotationElementFactory.create(elementParams);
      element.isRenderable && (element.render(), element.contentElement.id = `${AnnotationPrefix}${data.id}`, this.#elements.push(element));
    }
    await this.#addElementsToDOM();
  }
  update({
    viewport
  }) {
    let layer = this.div;
    this.viewport = viewport, setLayerDimensions(layer, {
      rotation: viewport.rotation
    }), this.#setAnnotationCanvasMap(), layer.hidden = !1;
  }
  #setAnnotationCanvasMap() {
    if (!this.#annotationCanvasMap)
      return;
    let layer = this.div;
    for (let [id, canvas] of this.#annotationCanvasMap) {
      let element = layer.querySelector(`[data-annotation-id="${id}"]`);
      if (!element)
        continue;
      canvas.className = "annotationContent";
      let {
        firstChild
      } = element;
      firstChild ? firstChild.nodeName === "CANVAS" ? firstChild.replaceWith(canvas) : firstChild.classList.contains("annotationContent") ? firstChild.after(canvas) : firstChild.before(canvas) : element.append(canvas);
      let editableAnnotation = this.#editableAnnotations.get(id);
      editableAnnotation && (editableAnnotation._hasNoCanvas ? (this._annotationEditorUIManager?.setMissingCanvas(id, element.id, canvas), editableAnnotation._hasNoCanvas = !1) : editableAnnotation.canvas = canvas);
    }
    this.#annotationCanvasMap.clear();
  }
  getEditableAnnotations() {
    return Array.from(this.#editableAnnotations.values());
  }
  getEditableAnnotation(id) {
    return this.#editableAnnotations.get(id);
  }
  addFakeAnnotation(editor) {
    let {
      div
    } = this, {
      id,
      rotation
    } = editor, element = new EditorAnnotationElement({
      data: {
        id,
        rect: editor.getPDFRect(),
        rotation
      },
      editor,
      layer: div,
      parent: this,
      enableComment: !!this._commentManager,
      linkService: this.#linkService,
      annotationStorage: this.#annotationStorage
    });
    return element.render(), element.contentElement.id = `${AnnotationPrefix}${id}`, element.createOrUpdatePopup(), this.#elements.push(element), element;
  }
  removeAnnotation(id) {
    let index = this.#elements.findIndex((el) => el.data.id === id);
    if (index < 0)
      return;
    let [element] = this.#elements.splice(index, 1);
    this.#accessibilityManager?.removePointerInTextLayer(element.contentElement);
  }
  updateFakeAnnotations(editors) {
    if (editors.length !== 0) {
      for (let editor of editors)
        editor.updateFakeAnnotationElement(this);
      this.#addElementsToDOM();
    }
  }
  togglePointerEvents(enabled = !1) {
    this.div.classList.toggle("disabled", !enabled);
  }
  static get _defaultBorderStyle() {
    return shadow(this, "_defaultBorderStyle", Object.freeze({
      width: 1,
      rawWidth: 1,
      style: AnnotationBorderStyleType.SOLID,
      dashArray: [3],
      horizontalCornerRadius: 0,
      verticalCornerRadius: 0
    }));
  }
}, EOL_PATTERN = /\r\n?|\n/g, FreeTextEditor = class _FreeTextEditor extends AnnotationEditor {
  #content = "";
  #editorDivId = `${this.id}-editor`;
  #editModeAC = null;
  #fontSize;
  _colorPicker = null;
  static _freeTextDefaultContent = "";
  static _internalPadding = 0;
  static _defaultColor = null;
  static _defaultFontSize = 10;
  static get _keyboardManager() {
    let proto = _FreeTextEditor.prototype, arrowChecker = (self2) => self2.isEmpty(), small = AnnotationEditorUIManager.TRANSLATE_SMALL, big = AnnotationEditorUIManager.TRANSLATE_BIG;
    return shadow(this, "_keyboardManager", new KeyboardManager([[["ctrl+s", "mac+meta+s", "ctrl+p", "mac+meta+p"], proto.commitOrRemove, {
      bubbles: !0
    }], [["ctrl+Enter", "mac+meta+Enter", "Escape", "mac+Escape"], proto.commitOrRemove], [["ArrowLeft", "mac+ArrowLeft"], proto._translateEmpty, {
      args: [-small, 0],
      checker: arrowChecker
    }], [["ctrl+ArrowLeft", "mac+shift+ArrowLeft"], proto._translateEmpty, {
      args: [-big, 0],
      checker: arrowChecker
    }], [["ArrowRight", "mac+ArrowRight"], proto._translateEmpty, {
      args: [small, 0],
      checker: arrowChecker
    }], [["ctrl+ArrowRight", "mac+shift+ArrowRight"], proto._translateEmpty, {
      args: [big, 0],
      checker: arrowChecker
    }], [["ArrowUp", "mac+ArrowUp"], proto._translateEmpty, {
      args: [0, -small],
      checker: arrowChecker
    }], [["ctrl+ArrowUp", "mac+shift+ArrowUp"], proto._translateEmpty, {
      args: [0, -big],
      checker: arrowChecker
    }], [["ArrowDown", "mac+ArrowDown"], proto._translateEmpty, {
      args: [0, small],
      checker: arrowChecker
    }], [["ctrl+ArrowDown", "mac+shift+ArrowDown"], proto._translateEmpty, {
      args: [0, big],
      checker: arrowChecker
    }]]));
  }
  static _type = "freetext";
  static _editorType = AnnotationEditorType.FREETEXT;
  constructor(params) {
    super({
      ...params,
      name: "freeTextEditor"
    }), this.color = params.color || _FreeTextEditor._defaultColor || AnnotationEditor._defaultLineColor, this.#fontSize = params.fontSize || _FreeTextEditor._defaultFontSize, this.annotationElementId || this._uiManager.a11yAlert("pdfjs-editor-freetext-added-alert"), this.canAddComment = !1;
  }
  static initialize(l10n, uiManager) {
    AnnotationEditor.initialize(l10n, uiManager);
    let style = getComputedStyle(document.documentElement);
    this._internalPadding = parseFloat(style.getPropertyValue("--freetext-padding"));
  }
  static updateDefaultParams(type, value) {
    switch (type) {
      case AnnotationEditorParamsType.FREETEXT_SIZE:
        _FreeTextEditor._defaultFontSize = value;
        break;
      case AnnotationEditorParamsType.FREETEXT_COLOR:
        _FreeTextEditor._defaultColor = value;
        break;
    }
  }
  updateParams(type, value) {
    switch (type) {
      case AnnotationEditorParamsType.FREETEXT_SIZE:
        this.#updateFontSize(value);
        break;
      case AnnotationEditorParamsType.FREETEXT_COLOR:
        this.#updateColor(value);
        break;
    }
  }
  static get defaultPropertiesToUpdate() {
    return [[AnnotationEditorParamsType.FREETEXT_SIZE, _FreeTextEditor._defaultFontSize], [AnnotationEditorParamsType.FREETEXT_COLOR, _FreeTextEditor._defaultColor || AnnotationEditor._defaultLineColor]];
  }
  get propertiesToUpdate() {
    return [[AnnotationEditorParamsType.FREETEXT_SIZE, this.#fontSize], [AnnotationEditorParamsType.FREETEXT_COLOR, this.color]];
  }
  get toolbarButtons() {
    return this._colorPicker ||= new BasicColorPicker(this), [["colorPicker", this._colorPicker]];
  }
  get colorType() {
    return AnnotationEditorParamsType.FREETEXT_COLOR;
  }
  #updateFontSize(fontSize) {
    let setFontsize = (size) => {
      this.editorDiv.style.fontSize = `calc(${size}px * var(--total-scale-factor))`, this.translate(0, -(size - this.#fontSize) * this.parentScale), this.#fontSize = size, this.#setEditorDimensions();
    }, savedFontsize = this.#fontSize;
    this.addCommands({
      cmd: setFontsize.bind(this, fontSize),
      undo: setFontsize.bind(this, savedFontsize),
      post: this._uiManager.updateUI.bind(this._uiManager, this),
      mustExec: !0,
      type: AnnotationEditorParamsType.FREETEXT_SIZE,
      overwriteIfSameType: !0,
      keepUndo: !0
    });
  }
  onUpdatedColor() {
    this.editorDiv.style.color = this.color, this._colorPicker?.update(this.color), super.onUpdatedColor();
  }
  #updateColor(color) {
    let setColor = (col) => {
      this.color = col, this.onUpdatedColor();
    }, savedColor = this.color;
    this.addCommands({
      cmd: setColor.bind(this, color),
      undo: setColor.bind(this, savedColor),
      post: this._uiManager.updateUI.bind(this._uiManager, this),
      mustExec: !0,
      type: AnnotationEditorParamsType.FREETEXT_COLOR,
      overwriteIfSameType: !0,
      keepUndo: !0
    });
  }
  _translateEmpty(x, y) {
    this._uiManager.translateSelectedEditors(x, y, !0);
  }
  getInitialTranslation() {
    let scale = this.parentScale;
    return [-_FreeTextEditor._internalPadding * scale, -(_FreeTextEditor._internalPadding + this.#fontSize) * scale];
  }
  rebuild() {
    this.parent && (super.rebuild(), this.div !== null && (this.isAttachedToDOM || this.parent.add(this)));
  }
  enableEditMode() {
    if (!super.enableEditMode())
      return !1;
    this.overlayDiv.classList.remove("enabled"), this.editorDiv.contentEditable = !0, this._isDraggable = !1, this.div.removeAttribute("aria-activedescendant"), this.#editModeAC = new AbortController();
    let signal = this._uiManager.combinedSignal(this.#editModeAC);
    return this.editorDiv.addEventListener("keydown", this.editorDivKeydown.bind(this), {
      signal
    }), this.editorDiv.addEventListener("focus", this.editorDivFocus.bind(this), {
      signal
    }), this.editorDiv.addEventListener("blur", this.editorDivBlur.bind(this), {
      signal
    }), this.editorDiv.addEventListener("input", this.editorDivInput.bind(this), {
      signal
    }), this.editorDiv.addEventListener("paste", this.editorDivPaste.bind(this), {
      signal
    }), !0;
  }
  disableEditMode() {
    return super.disableEditMode() ? (this.overlayDiv.classList.add("enabled"), this.editorDiv.contentEditable = !1, this.div.setAttribute("aria-activedescendant", this.#editorDivId), this._isDraggable = !0, this.#editModeAC?.abort(), this.#editModeAC = null, this.div.focus({
      preventScroll: !0
    }), this.isEditing = !1, this.parent.div.classList.add("freetextEditing"), !0) : !1;
  }
  focusin(event) {
    this._focusEventsAllowed && (super.focusin(event), event.target !== this.editorDiv && this.editorDiv.focus());
  }
  onceAdded(focus) {
    this.width || (this.enableEditMode(), focus && this.editorDiv.focus(), this._initialOptions?.isCentered && this.center(), this._initialOptions = null);
  }
  isEmpty() {
    return !this.editorDiv || this.editorDiv.innerText.trim() === "";
  }
  remove() {
    this.isEditing = !1, this.parent && (this.parent.setEditingState(!0), this.parent.div.classList.add("freetextEditing")), super.remove();
  }
  #extractText() {
    let buffer = [];
    this.editorDiv.normalize();
    let prevChild = null;
    for (let child of this.editorDiv.childNodes)
      prevChild?.nodeType === Node.TEXT_NODE && child.nodeName === "BR" || (buffer.push(_FreeTextEditor.#getNodeContent(child)), prevChild = child);
    return buffer.join(`
`);
  }
  #setEditorDimensions() {
    let [parentWidth, parentHeight] = this.parentDimensions, rect;
    if (this.isAttachedToDOM)
      rect = this.div.getBoundingClientRect();
    else {
      let {
        currentLayer,
        div
      } = this, savedDisplay = div.style.display, savedVisibility = div.classList.contains("hidden");
      div.classList.remove("hidden"), div.style.display = "hidden", currentLayer.div.append(this.div), rect = div.getBoundingClientRect(), div.remove(), div.style.display = savedDisplay, div.classList.toggle("hidden", savedVisibility);
    }
    this.rotation % 180 === this.parentRotation % 180 ? (this.width = rect.width / parentWidth, this.height = rect.height / parentHeight) : (this.width = rect.height / parentWidth, this.height = rect.width / parentHeight), this.fixAndSetPosition();
  }
  commit() {
    if (!this.isInEditMode())
      return;
    super.commit(), this.disableEditMode();
    let savedText = this.#content, newText = this.#content = this.#extractText().trimEnd();
    if (savedText === newText)
      return;
    let setText = (text) => {
      if (this.#content = text, !text) {
        this.remove();
        return;
      }
      this.#setContent(), this._uiManager.rebuild(this), this.#setEditorDimensions();
    };
    this.addCommands({
      cmd: () => {
        setText(newText);
      },
      undo: () => {
        setText(savedText);
      },
      mustExec: !1
    }), this.#setEditorDimensions();
  }
  shouldGetKeyboardEvents() {
    return this.isInEditMode();
  }
  enterInEditMode() {
    this.enableEditMode(), this.editorDiv.focus();
  }
  keydown(event) {
    event.target === this.div && event.key === "Enter" && (this.enterInEditMode(), event.preventDefault());
  }
  editorDivKeydown(event) {
    _FreeTextEditor._keyboardManager.exec(this, event);
  }
  editorDivFocus(event) {
    this.isEditing = !0;
  }
  editorDivBlur(event) {
    this.isEditing = !1;
  }
  editorDivInput(event) {
    this.parent.div.classList.toggle("freetextEditing", this.isEmpty());
  }
  disableEditing() {
    this.editorDiv.setAttribute("role", "comment"), this.editorDiv.removeAttribute("aria-multiline");
  }
  enableEditing() {
    this.editorDiv.setAttribute("role", "textbox"), this.editorDiv.setAttribute("aria-multiline", !0);
  }
  get canChangeContent() {
    return !0;
  }
  render() {
    if (this.div)
      return this.div;
    let baseX, baseY;
    (this._isCopy || this.annotationElementId) && (baseX = this.x, baseY = this.y), super.render(), this.editorDiv = document.createElement("div"), this.editorDiv.className = "internal", this.editorDiv.setAttribute("id", this.#editorDivId), this.editorDiv.setAttribute("data-l10n-id", "pdfjs-free-text2"), this.editorDiv.setAttribute("data-l10n-attrs", "default-content"), this.enableEditing(), this.editorDiv.contentEditable = !0;
    let {
      style
    } = this.editorDiv;
    if (style.fontSize = `calc(${this.#fontSize}px * var(--total-scale-factor))`, style.color = this.color, this.div.append(this.editorDiv), this.overlayDiv = document.createElement("div"), this.overlayDiv.classList.add("overlay", "enabled"), this.div.append(this.overlayDiv), this._isCopy || this.annotationElementId) {
      let [parentWidth, parentHeight] = this.parentDimensions;
      if (this.annotationElementId) {
        let {
          position
        } = this._initialData, [tx, ty] = this.getInitialTranslation();
        [tx, ty] = this.pageTranslationToScreen(tx, ty);
        let [pageWidth, pageHeight] = this.pageDimensions, [pageX, pageY] = this.pageTranslation, posX, posY;
        switch (this.rotation) {
          case 0:
            posX = baseX + (position[0] - pageX) / pageWidth, posY = baseY + this.height - (position[1] - pageY) / pageHeight;
            break;
          case 90:
            posX = baseX + (position[0] - pageX) / pageWidth, posY = baseY - (position[1] - pageY) / pageHeight, [tx, ty] = [ty, -tx];
            break;
          case 180:
            posX = baseX - this.width + (position[0] - pageX) / pageWidth, posY = baseY - (position[1] - pageY) / pageHeight, [tx, ty] = [-tx, -ty];
            break;
          case 270:
            posX = baseX + (position[0] - pageX - this.height * pageHeight) / pageWidth, posY = baseY + (position[1] - pageY - this.width * pageWidth) / pageHeight, [tx, ty] = [-ty, tx];
            break;
        }
        this.setAt(posX * parentWidth, posY * parentHeight, tx, ty);
      } else
        this._moveAfterPaste(baseX, baseY);
      this.#setContent(), this._isDraggable = !0, this.editorDiv.contentEditable = !1;
    } else
      this._isDraggable = !1, this.editorDiv.contentEditable = !0;
    return this.div;
  }
  static #getNodeContent(node) {
    return (node.nodeType === Node.TEXT_NODE ? node.nodeValue : node.innerText).replaceAll(EOL_PATTERN, "");
  }
  editorDivPaste(event) {
    let clipboardData = event.clipboardData || window.clipboardData, {
      types
    } = clipboardData;
    if (types.length === 1 && types[0] === "text/plain")
      return;
    event.preventDefault();
    let paste = _FreeTextEditor.#deserializeContent(clipboardData.getData("text") || "").replaceAll(EOL_PATTERN, `
`);
    if (!paste)
      return;
    let selection = window.getSelection();
    if (!selection.rangeCount)
      return;
    this.editorDiv.normalize(), selection.deleteFromDocument();
    let range = selection.getRangeAt(0);
    if (!paste.includes(`
`)) {
      range.insertNode(document.createTextNode(paste)), this.editorDiv.normalize(), selection.collapseToStart();
      return;
    }
    let {
      startContainer,
      startOffset
    } = range, bufferBefore = [], bufferAfter = [];
    if (startContainer.nodeType === Node.TEXT_NODE) {
      let parent = startContainer.parentElement;
      if (bufferAfter.push(startContainer.nodeValue.slice(startOffset).replaceAll(EOL_PATTERN, "")), parent !== this.editorDiv) {
        let buffer = bufferBefore;
        for (let child of this.editorDiv.childNodes) {
          if (child === parent) {
            buffer = bufferAfter;
            continue;
          }
          buffer.push(_FreeTextEditor.#getNodeContent(child));
        }
      }
      bufferBefore.push(startContainer.nodeValue.slice(0, startOffset).replaceAll(EOL_PATTERN, ""));
    } else if (startContainer === this.editorDiv) {
      let buffer = bufferBefore, i = 0;
      for (let child of this.editorDiv.childNodes)
        i++ === startOffset && (buffer = bufferAfter), buffer.push(_FreeTextEditor.#getNodeContent(child));
    }
    this.#content = `${bufferBefore.join(`
`)}${paste}${bufferAfter.join(`
`)}`, this.#setContent();
    let newRange = new Range(), beforeLength = Math.sumPrecise(bufferBefore.map((line) => line.length));
    for (let {
      firstChild
    } of this.editorDiv.childNodes)
      if (firstChild.nodeType === Node.TEXT_NODE) {
        let length = firstChild.nodeValue.length;
        if (beforeLength <= length) {
          newRange.setStart(firstChild, beforeLength), newRange.setEnd(firstChild, beforeLength);
          break;
        }
        beforeLength -= length;
      }
    selection.removeAllRanges(), selection.addRange(newRange);
  }
  #setContent() {
    if (this.editorDiv.replaceChildren(), !!this.#content)
      for (let line of this.#content.split(`
`)) {
        let div = document.createElement("div");
        div.append(line ? document.createTextNode(line) : document.createElement("br")), this.editorDiv.append(div);
      }
  }
  #serializeContent() {
    return this.#content.replaceAll("\xA0", " ");
  }
  static #deserializeContent(content) {
    return content.replaceAll(" ", "\xA0");
  }
  get contentDiv() {
    return this.editorDiv;
  }
  getPDFRect() {
    let padding = _FreeTextEditor._internalPadding * this.parentScale;
    return this.getRect(padding, padding);
  }
  static async deserialize(data, parent, uiManager) {
    let initialData = null;
    if (data instanceof FreeTextAnnotationElement) {
      let {
        data: {
          defaultAppearanceData: {
            fontSize,
            fontColor
          },
          rect,
          rotation,
          id,
          popupRef,
          richText,
          contentsObj,
          creationDate,
          modificationDate
        },
        textContent,
        textPosition,
        parent: {
          page: {
            pageNumber
          }
        }
      } = data;
      if (!textContent || textContent.length === 0)
        return null;
      initialData = data = {
        annotationType: AnnotationEditorType.FREETEXT,
        color: Array.from(fontColor),
        fontSize,
        value: textContent.join(`
`),
        position: textPosition,
        pageIndex: pageNumber - 1,
        rect: rect.slice(0),
        rotation,
        annotationElementId: id,
        id,
        deleted: !1,
        popupRef,
        comment: contentsObj?.str || null,
        richText,
        creationDate,
        modificationDate
      };
    }
    let editor = await super.deserialize(data, parent, uiManager);
    return editor.#fontSize = data.fontSize, editor.color = Util.makeHexColor(...data.color), editor.#content = _FreeTextEditor.#deserializeContent(data.value), editor._initialData = initialData, data.comment && editor.setCommentData(data), editor;
  }
  serialize(isForCopying = !1) {
    if (this.isEmpty())
      return null;
    if (this.deleted)
      return this.serializeDeleted();
    let color = AnnotationEditor._colorManager.convert(this.isAttachedToDOM ? getComputedStyle(this.editorDiv).color : this.color), serialized = Object.assign(super.serialize(isForCopying), {
      color,
      fontSize: this.#fontSize,
      value: this.#serializeContent()
    });
    return this.addComment(serialized), isForCopying ? (serialized.isCopy = !0, serialized) : this.annotationElementId && !this.#hasElementChanged(serialized) ? null : (serialized.id = this.annotationElementId, serialized);
  }
  #hasElementChanged(serialized) {
    let {
      value,
      fontSize,
      color,
      pageIndex
    } = this._initialData;
    return this.hasEditedComment || this._hasBeenMoved || serialized.value !== value || serialized.fontSize !== fontSize || serialized.color.some((c, i) => c !== color[i]) || serialized.pageIndex !== pageIndex;
  }
  renderAnnotationElement(annotation) {
    let content = super.renderAnnotationElement(annotation);
    if (!content)
      return null;
    let {
      style
    } = content;
    style.fontSize = `calc(${this.#fontSize}px * var(--total-scale-factor))`, style.color = this.color, content.replaceChildren();
    for (let line of this.#content.split(`
`)) {
      let div = document.createElement("div");
      div.append(line ? document.createTextNode(line) : document.createElement("br")), content.append(div);
    }
    return annotation.updateEdited({
      rect: this.getPDFRect(),
      popup: this._uiManager.hasCommentManager() || this.hasEditedComment ? this.comment : {
        text: this.#content
      }
    }), content;
  }
  resetAnnotationElement(annotation) {
    super.resetAnnotationElement(annotation), annotation.resetEdited();
  }
}, Outline = class {
  static PRECISION = 1e-4;
  toSVGPath() {
    unreachable("Abstract method `toSVGPath` must be implemented.");
  }
  get box() {
    unreachable("Abstract getter `box` must be implemented.");
  }
  serialize(_bbox, _rotation) {
    unreachable("Abstract method `serialize` must be implemented.");
  }
  static _rescale(src, tx, ty, sx, sy, dest) {
    dest ||= new Float32Array(src.length);
    for (let i = 0, ii = src.length; i < ii; i += 2)
      dest[i] = tx + src[i] * sx, dest[i + 1] = ty + src[i + 1] * sy;
    return dest;
  }
  static _rescaleAndSwap(src, tx, ty, sx, sy, dest) {
    dest ||= new Float32Array(src.length);
    for (let i = 0, ii = src.length; i < ii; i += 2)
      dest[i] = tx + src[i + 1] * sx, dest[i + 1] = ty + src[i] * sy;
    return dest;
  }
  static _translate(src, tx, ty, dest) {
    dest ||= new Float32Array(src.length);
    for (let i = 0, ii = src.length; i < ii; i += 2)
      dest[i] = tx + src[i], dest[i + 1] = ty + src[i + 1];
    return dest;
  }
  static svgRound(x) {
    return Math.round(x * 1e4);
  }
  static _normalizePoint(x, y, parentWidth, parentHeight, rotation) {
    switch (rotation) {
      case 90:
        return [1 - y / parentWidth, x / parentHeight];
      case 180:
        return [1 - x / parentWidth, 1 - y / parentHeight];
      case 270:
        return [y / parentWidth, 1 - x / parentHeight];
      default:
        return [x / parentWidth, y / parentHeight];
    }
  }
  static _normalizePagePoint(x, y, rotation) {
    switch (rotation) {
      case 90:
        return [1 - y, x];
      case 180:
        return [1 - x, 1 - y];
      case 270:
        return [y, 1 - x];
      default:
        return [x, y];
    }
  }
  static createBezierPoints(x1, y1, x2, y2, x3, y3) {
    return [(x1 + 5 * x2) / 6, (y1 + 5 * y2) / 6, (5 * x2 + x3) / 6, (5 * y2 + y3) / 6, (x2 + x3) / 2, (y2 + y3) / 2];
  }
}, FreeDrawOutliner = class _FreeDrawOutliner {
  #box;
  #bottom = [];
  #innerMargin;
  #isLTR;
  #top = [];
  #last = new Float32Array(18);
  #lastX;
  #lastY;
  #min;
  #min_dist;
  #scaleFactor;
  #thickness;
  #points = [];
  static #MIN_DIST = 8;
  static #MIN_DIFF = 2;
  static #MIN = _FreeDrawOutliner.#MIN_DIST + _FreeDrawOutliner.#MIN_DIFF;
  constructor({
    x,
    y
  }, box, scaleFactor, thickness, isLTR, innerMargin = 0) {
    this.#box = box, this.#thickness = thickness * scaleFactor, this.#isLTR = isLTR, this.#last.set([NaN, NaN, NaN, NaN, x, y], 6), this.#innerMargin = innerMargin, this.#min_dist = _FreeDrawOutliner.#MIN_DIST * scaleFactor, this.#min = _FreeDrawOutliner.#MIN * scaleFactor, this.#scaleFactor = scaleFactor, this.#points.push(x, y);
  }
  isEmpty() {
    return isNaN(this.#last[8]);
  }
  #getLastCoords() {
    let lastTop = this.#last.subarray(4, 6), lastBottom = this.#last.subarray(16, 18), [x, y, width, height] = this.#box;
    return [(this.#lastX + (lastTop[0] - lastBottom[0]) / 2 - x) / width, (this.#lastY + (lastTop[1] - lastBottom[1]) / 2 - y) / height, (this.#lastX + (lastBottom[0] - lastTop[0]) / 2 - x) / width, (this.#lastY + (lastBottom[1] - lastTop[1]) / 2 - y) / height];
  }
  add({
    x,
    y
  }) {
    this.#lastX = x, this.#lastY = y;
    let [layerX, layerY, layerWidth, layerHeight] = this.#box, [x1, y1, x2, y2] = this.#last.subarray(8, 12), diffX = x - x2, diffY = y - y2, d = Math.hypot(diffX, diffY);
    if (d < this.#min)
      return !1;
    let diffD = d - this.#min_dist, K = diffD / d, shiftX = K * diffX, shiftY = K * diffY, x0 = x1, y0 = y1;
    x1 = x2, y1 = y2, x2 += shiftX, y2 += shiftY, this.#points?.push(x, y);
    let nX = -shiftY / diffD, nY = shiftX / diffD, thX = nX * this.#thickness, thY = nY * this.#thickness;
    return this.#last.set(this.#last.subarray(2, 8), 0), this.#last.set([x2 + thX, y2 + thY], 4), this.#last.set(this.#last.subarray(14, 18), 12), this.#last.set([x2 - thX, y2 - thY], 16), isNaN(this.#last[6]) ? (this.#top.length === 0 && (this.#last.set([x1 + thX, y1 + thY], 2), this.#top.push(NaN, NaN, NaN, NaN, (x1 + thX - layerX) / layerWidth, (y1 + thY - layerY) / layerHeight), this.#last.set([x1 - thX, y1 - thY], 14), this.#bottom.push(NaN, NaN, NaN, NaN, (x1 - thX - layerX) / layerWidth, (y1 - thY - layerY) / layerHeight)), this.#last.set([x0, y0, x1, y1, x2, y2], 6), !this.isEmpty()) : (this.#last.set([x0, y0, x1, y1, x2, y2], 6), Math.abs(Math.atan2(y0 - y1, x0 - x1) - Math.atan2(shiftY, shiftX)) < Math.PI / 2 ? ([x1, y1, x2, y2] = this.#last.subarray(2, 6), this.#top.push(NaN, NaN, NaN, NaN, ((x1 + x2) / 2 - layerX) / layerWidth, ((y1 + y2) / 2 - layerY) / layerHeight), [x1, y1, x0, y0] = this.#last.subarray(14, 18), this.#bottom.push(NaN, NaN, NaN, NaN, ((x0 + x1) / 2 - layerX) / layerWidth, ((y0 + y1) / 2 - layerY) / layerHeight), !0) : ([x0, y0, x1, y1, x2, y2] = this.#last.subarray(0, 6), this.#top.push(((x0 + 5 * x1) / 6 - layerX) / layerWidth, ((y0 + 5 * y1) / 6 - layerY) / layerHeight, ((5 * x1 + x2) / 6 - layerX) / layerWidth, ((5 * y1 + y2) / 6 - layerY) / layerHeight, ((x1 + x2) / 2 - layerX) / layerWidth, ((y1 + y2) / 2 - layerY) / layerHeight), [x2, y2, x1, y1, x0, y0] = this.#last.subarray(12, 18), this.#bottom.push(((x0 + 5 * x1) / 6 - layerX) / layerWidth, ((y0 + 5 * y1) / 6 - layerY) / layerHeight, ((5 * x1 + x2) / 6 - layerX) / layerWidth, ((5 * y1 + y2) / 6 - layerY) / layerHeight, ((x1 + x2) / 2 - layerX) / layerWidth, ((y1 + y2) / 2 - layerY) / layerHeight), !0));
  }
  toSVGPath() {
    if (this.isEmpty())
      return "";
    let top = this.#top, bottom = this.#bottom;
    if (isNaN(this.#last[6]) && !this.isEmpty())
      return this.#toSVGPathTwoPoints();
    let buffer = [];
    buffer.push(`M${top[4]} ${top[5]}`);
    for (let i = 6; i < top.length; i += 6)
      isNaN(top[i]) ? buffer.push(`L${top[i + 4]} ${top[i + 5]}`) : buffer.push(`C${top[i]} ${top[i + 1]} ${top[i + 2]} ${top[i + 3]} ${top[i + 4]} ${top[i + 5]}`);
    this.#toSVGPathEnd(buffer);
    for (let i = bottom.length - 6; i >= 6; i -= 6)
      isNaN(bottom[i]) ? buffer.push(`L${bottom[i + 4]} ${bottom[i + 5]}`) : buffer.push(`C${bottom[i]} ${bottom[i + 1]} ${bottom[i + 2]} ${bottom[i + 3]} ${bottom[i + 4]} ${bottom[i + 5]}`);
    return this.#toSVGPathStart(buffer), buffer.join(" ");
  }
  #toSVGPathTwoPoints() {
    let [x, y, width, height] = this.#box, [lastTopX, lastTopY, lastBottomX, lastBottomY] = this.#getLastCoords();
    return `M${(this.#last[2] - x) / width} ${(this.#last[3] - y) / height} L${(this.#last[4] - x) / width} ${(this.#last[5] - y) / height} L${lastTopX} ${lastTopY} L${lastBottomX} ${lastBottomY} L${(this.#last[16] - x) / width} ${(this.#last[17] - y) / height} L${(this.#last[14] - x) / width} ${(this.#last[15] - y) / height} Z`;
  }
  #toSVGPathStart(buffer) {
    let bottom = this.#bottom;
    buffer.push(`L${bottom[4]} ${bottom[5]} Z`);
  }
  #toSVGPathEnd(buffer) {
    let [x, y, width, height] = this.#box, lastTop = this.#last.subarray(4, 6), lastBottom = this.#last.subarray(16, 18), [lastTopX, lastTopY, lastBottomX, lastBottomY] = this.#getLastCoords();
    buffer.push(`L${(lastTop[0] - x) / width} ${(lastTop[1] - y) / height} L${lastTopX} ${lastTopY} L${lastBottomX} ${lastBottomY} L${(lastBottom[0] - x) / width} ${(lastBottom[1] - y) / height}`);
  }
  newFreeDrawOutline(outline, points, box, scaleFactor, innerMargin, isLTR) {
    return new FreeDrawOutline(outline, points, box, scaleFactor, innerMargin, isLTR);
  }
  getOutlines() {
    let top = this.#top, bottom = this.#bottom, last = this.#last, [layerX, layerY, layerWidth, layerHeight] = this.#box, points = new Float32Array((this.#points?.length ?? 0) + 2);
    for (let i = 0, ii = points.length - 2; i < ii; i += 2)
      points[i] = (this.#points[i] - layerX) / layerWidth, points[i + 1] = (this.#points[i + 1] - layerY) / layerHeight;
    if (points[points.length - 2] = (this.#lastX - layerX) / layerWidth, points[points.length - 1] = (this.#lastY - layerY) / layerHeight, isNaN(last[6]) && !this.isEmpty())
      return this.#getOutlineTwoPoints(points);
    let outline = new Float32Array(this.#top.length + 24 + this.#bottom.length), N = top.length;
    for (let i = 0; i < N; i += 2) {
      if (isNaN(top[i])) {
        outline[i] = outline[i + 1] = NaN;
        continue;
      }
      outline[i] = top[i], outline[i + 1] = top[i + 1];
    }
    N = this.#getOutlineEnd(outline, N);
    for (let i = bottom.length - 6; i >= 6; i -= 6)
      for (let j = 0; j < 6; j += 2) {
        if (isNaN(bottom[i + j])) {
          outline[N] = outline[N + 1] = NaN, N += 2;
          continue;
        }
        outline[N] = bottom[i + j], outline[N + 1] = bottom[i + j + 1], N += 2;
      }
    return this.#getOutlineStart(outline, N), this.newFreeDrawOutline(outline, points, this.#box, this.#scaleFactor, this.#innerMargin, this.#isLTR);
  }
  #getOutlineTwoPoints(points) {
    let last = this.#last, [layerX, layerY, layerWidth, layerHeight] = this.#box, [lastTopX, lastTopY, lastBottomX, lastBottomY] = this.#getLastCoords(), outline = new Float32Array(36);
    return outline.set([NaN, NaN, NaN, NaN, (last[2] - layerX) / layerWidth, (last[3] - layerY) / layerHeight, NaN, NaN, NaN, NaN, (last[4] - layerX) / layerWidth, (last[5] - layerY) / layerHeight, NaN, NaN, NaN, NaN, lastTopX, lastTopY, NaN, NaN, NaN, NaN, lastBottomX, lastBottomY, NaN, NaN, NaN, NaN, (last[16] - layerX) / layerWidth, (last[17] - layerY) / layerHeight, NaN, NaN, NaN, NaN, (last[14] - layerX) / layerWidth, (last[15] - layerY) / layerHeight], 0), this.newFreeDrawOutline(outline, points, this.#box, this.#scaleFactor, this.#innerMargin, this.#isLTR);
  }
  #getOutlineStart(outline, pos) {
    let bottom = this.#bottom;
    return outline.set([NaN, NaN, NaN, NaN, bottom[4], bottom[5]], pos), pos += 6;
  }
  #getOutlineEnd(outline, pos) {
    let lastTop = this.#last.subarray(4, 6), lastBottom = this.#last.subarray(16, 18), [layerX, layerY, layerWidth, layerHeight] = this.#box, [lastTopX, lastTopY, lastBottomX, lastBottomY] = this.#getLastCoords();
    return outline.set([NaN, NaN, NaN, NaN, (lastTop[0] - layerX) / layerWidth, (lastTop[1] - layerY) / layerHeight, NaN, NaN, NaN, NaN, lastTopX, lastTopY, NaN, NaN, NaN, NaN, lastBottomX, lastBottomY, NaN, NaN, NaN, NaN, (lastBottom[0] - layerX) / layerWidth, (lastBottom[1] - layerY) / layerHeight], pos), pos += 24;
  }
}, FreeDrawOutline = class extends Outline {
  #box;
  #bbox = new Float32Array(4);
  #innerMargin;
  #isLTR;
  #points;
  #scaleFactor;
  #outline;
  constructor(outline, points, box, scaleFactor, innerMargin, isLTR) {
    super(), this.#outline = outline, this.#points = points, this.#box = box, this.#scaleFactor = scaleFactor, this.#innerMargin = innerMargin, this.#isLTR = isLTR, this.firstPoint = [NaN, NaN], this.lastPoint = [NaN, NaN], this.#computeMinMax(isLTR);
    let [x, y, width, height] = this.#bbox;
    for (let i = 0, ii = outline.length; i < ii; i += 2)
      outline[i] = (outline[i] - x) / width, outline[i + 1] = (outline[i + 1] - y) / height;
    for (let i = 0, ii = points.length; i < ii; i += 2)
      points[i] = (points[i] - x) / width, points[i + 1] = (points[i + 1] - y) / height;
  }
  toSVGPath() {
    let buffer = [`M${this.#outline[4]} ${this.#outline[5]}`];
    for (let i = 6, ii = this.#outline.length; i < ii; i += 6) {
      if (isNaN(this.#outline[i])) {
        buffer.push(`L${this.#outline[i + 4]} ${this.#outline[i + 5]}`);
        continue;
      }
      buffer.push(`C${this.#outline[i]} ${this.#outline[i + 1]} ${this.#outline[i + 2]} ${this.#outline[i + 3]} ${this.#outline[i + 4]} ${this.#outline[i + 5]}`);
    }
    return buffer.push("Z"), buffer.join(" ");
  }
  serialize([blX, blY, trX, trY], rotation) {
    let width = trX - blX, height = trY - blY, outline, points;
    switch (rotation) {
      case 0:
        outline = Outline._rescale(this.#outline, blX, trY, width, -height), points = Outline._rescale(this.#points, blX, trY, width, -height);
        break;
      case 90:
        outline = Outline._rescaleAndSwap(this.#outline, blX, blY, width, height), points = Outline._rescaleAndSwap(this.#points, blX, blY, width, height);
        break;
      case 180:
        outline = Outline._rescale(this.#outline, trX, blY, -width, height), points = Outline._rescale(this.#points, trX, blY, -width, height);
        break;
      case 270:
        outline = Outline._rescaleAndSwap(this.#outline, trX, trY, -width, -height), points = Outline._rescaleAndSwap(this.#points, trX, trY, -width, -height);
        break;
    }
    return {
      outline: Array.from(outline),
      points: [Array.from(points)]
    };
  }
  #computeMinMax(isLTR) {
    let outline = this.#outline, lastX = outline[4], lastY = outline[5], minMax = [lastX, lastY, lastX, lastY], firstPointX = lastX, firstPointY = lastY, lastPointX = lastX, lastPointY = lastY, ltrCallback = isLTR ? Math.max : Math.min, bezierBbox = new Float32Array(4);
    for (let i = 6, ii = outline.length; i < ii; i += 6) {
      let x = outline[i + 4], y = outline[i + 5];
      isNaN(outline[i]) ? (Util.pointBoundingBox(x, y, minMax), firstPointY > y ? (firstPointX = x, firstPointY = y) : firstPointY === y && (firstPointX = ltrCallback(firstPointX, x)), lastPointY < y ? (lastPointX = x, lastPointY = y) : lastPointY === y && (lastPointX = ltrCallback(lastPointX, x))) : (bezierBbox[0] = bezierBbox[1] = 1 / 0, bezierBbox[2] = bezierBbox[3] = -1 / 0, Util.bezierBoundingBox(lastX, lastY, ...outline.slice(i, i + 6), bezierBbox), Util.rectBoundingBox(bezierBbox[0], bezierBbox[1], bezierBbox[2], bezierBbox[3], minMax), firstPointY > bezierBbox[1] ? (firstPointX = bezierBbox[0], firstPointY = bezierBbox[1]) : firstPointY === bezierBbox[1] && (firstPointX = ltrCallback(firstPointX, bezierBbox[0])), lastPointY < bezierBbox[3] ? (lastPointX = bezierBbox[2], lastPointY = bezierBbox[3]) : lastPointY === bezierBbox[3] && (lastPointX = ltrCallback(lastPointX, bezierBbox[2]))), lastX = x, lastY = y;
    }
    let bbox = this.#bbox;
    bbox[0] = minMax[0] - this.#innerMargin, bbox[1] = minMax[1] - this.#innerMargin, bbox[2] = minMax[2] - minMax[0] + 2 * this.#innerMargin, bbox[3] = minMax[3] - minMax[1] + 2 * this.#innerMargin, this.firstPoint = [firstPointX, firstPointY], this.lastPoint = [lastPointX, lastPointY];
  }
  get box() {
    return this.#bbox;
  }
  newOutliner(point, box, scaleFactor, thickness, isLTR, innerMargin = 0) {
    return new FreeDrawOutliner(point, box, scaleFactor, thickness, isLTR, innerMargin);
  }
  getNewOutline(thickness, innerMargin) {
    let [x, y, width, height] = this.#bbox, [layerX, layerY, layerWidth, layerHeight] = this.#box, sx = width * layerWidth, sy = height * layerHeight, tx = x * layerWidth + layerX, ty = y * layerHeight + layerY, outliner = this.newOutliner({
      x: this.#points[0] * sx + tx,
      y: this.#points[1] * sy + ty
    }, this.#box, this.#scaleFactor, thickness, this.#isLTR, innerMargin ?? this.#innerMargin);
    for (let i = 2; i < this.#points.length; i += 2)
      outliner.add({
        x: this.#points[i] * sx + tx,
        y: this.#points[i + 1] * sy + ty
      });
    return outliner.getOutlines();
  }
}, HighlightOutliner = class {
  #box;
  #firstPoint;
  #lastPoint;
  #verticalEdges = [];
  #intervals = [];
  constructor(boxes, borderWidth = 0, innerMargin = 0, isLTR = !0) {
    let minMax = [1 / 0, 1 / 0, -1 / 0, -1 / 0], EPSILON = 10 ** -4;
    for (let {
      x,
      y,
      width,
      height
    } of boxes) {
      let x1 = Math.floor((x - borderWidth) / EPSILON) * EPSILON, x2 = Math.ceil((x + width + borderWidth) / EPSILON) * EPSILON, y1 = Math.floor((y - borderWidth) / EPSILON) * EPSILON, y2 = Math.ceil((y + height + borderWidth) / EPSILON) * EPSILON, left = [x1, y1, y2, !0], right = [x2, y1, y2, !1];
      this.#verticalEdges.push(left, right), Util.rectBoundingBox(x1, y1, x2, y2, minMax);
    }
    let bboxWidth = minMax[2] - minMax[0] + 2 * innerMargin, bboxHeight = minMax[3] - minMax[1] + 2 * innerMargin, shiftedMinX = minMax[0] - innerMargin, shiftedMinY = minMax[1] - innerMargin, firstPointX = isLTR ? -1 / 0 : 1 / 0, firstPointY = 1 / 0, lastEdge = this.#verticalEdges.at(isLTR ? -1 : -2), lastPoint = [lastEdge[0], lastEdge[2]];
    for (let edge of this.#verticalEdges) {
      let [x, y1, y2, left] = edge;
      !left && isLTR ? y1 < firstPointY ? (firstPointY = y1, firstPointX = x) : y1 === firstPointY && (firstPointX = Math.max(firstPointX, x)) : left && !isLTR && (y1 < firstPointY ? (firstPointY = y1, firstPointX = x) : y1 === firstPointY && (firstPointX = Math.min(firstPointX, x))), edge[0] = (x - shiftedMinX) / bboxWidth, edge[1] = (y1 - shiftedMinY) / bboxHeight, edge[2] = (y2 - shiftedMinY) / bboxHeight;
    }
    this.#box = new Float32Array([shiftedMinX, shiftedMinY, bboxWidth, bboxHeight]), this.#firstPoint = [firstPointX, firstPointY], this.#lastPoint = lastPoint;
  }
  getOutlines() {
    this.#verticalEdges.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    let outlineVerticalEdges = [];
    for (let edge of this.#verticalEdges)
      edge[3] ? (outlineVerticalEdges.push(...this.#breakEdge(edge)), this.#insert(edge)) : (this.#remove(edge), outlineVerticalEdges.push(...this.#breakEdge(edge)));
    return this.#getOutlines(outlineVerticalEdges);
  }
  #getOutlines(outlineVerticalEdges) {
    let edges = [], allEdges = /* @__PURE__ */ new Set();
    for (let edge of outlineVerticalEdges) {
      let [x, y1, y2] = edge;
      edges.push([x, y1, edge], [x, y2, edge]);
    }
    edges.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    for (let i = 0, ii = edges.length; i < ii; i += 2) {
      let edge1 = edges[i][2], edge2 = edges[i + 1][2];
      edge1.push(edge2), edge2.push(edge1), allEdges.add(edge1), allEdges.add(edge2);
    }
    let outlines = [], outline;
    for (; allEdges.size > 0; ) {
      let edge = allEdges.values().next().value, [x, y1, y2, edge1, edge2] = edge;
      allEdges.delete(edge);
      let lastPointX = x, lastPointY = y1;
      for (outline = [x, y2], outlines.push(outline); ; ) {
        let e;
        if (allEdges.has(edge1))
          e = edge1;
        else if (allEdges.has(edge2))
          e = edge2;
        else
          break;
        allEdges.delete(e), [x, y1, y2, edge1, edge2] = e, lastPointX !== x && (outline.push(lastPointX, lastPointY, x, lastPointY === y1 ? y1 : y2), lastPointX = x), lastPointY = lastPointY === y1 ? y2 : y1;
      }
      outline.push(lastPointX, lastPointY);
    }
    return new HighlightOutline(outlines, this.#box, this.#firstPoint, this.#lastPoint);
  }
  #binarySearch(y) {
    let array = this.#intervals, start = 0, end = array.length - 1;
    for (; start <= end; ) {
      let middle = start + end >> 1, y1 = array[middle][0];
      if (y1 === y)
        return middle;
      y1 < y ? start = middle + 1 : end = middle - 1;
    }
    return end + 1;
  }
  #insert([, y1, y2]) {
    let index = this.#binarySearch(y1);
    this.#intervals.splice(index, 0, [y1, y2]);
  }
  #remove([, y1, y2]) {
    let index = this.#binarySearch(y1);
    for (let i = index; i < this.#intervals.length; i++) {
      let [start, end] = this.#intervals[i];
      if (start !== y1)
        break;
      if (start === y1 && end === y2) {
        this.#intervals.splice(i, 1);
        return;
      }
    }
    for (let i = index - 1; i >= 0; i--) {
      let [start, end] = this.#intervals[i];
      if (start !== y1)
        break;
      if (start === y1 && end === y2) {
        this.#intervals.splice(i, 1);
        return;
      }
    }
  }
  #breakEdge(edge) {
    let [x, y1, y2] = edge, results = [[x, y1, y2]], index = this.#binarySearch(y2);
    for (let i = 0; i < index; i++) {
      let [start, end] = this.#intervals[i];
      for (let j = 0, jj = results.length; j < jj; j++) {
        let [, y3, y4] = results[j];
        if (!(end <= y3 || y4 <= start)) {
          if (y3 >= start) {
            if (y4 > end)
              results[j][1] = end;
            else {
              if (jj === 1)
                return [];
              results.splice(j, 1), j--, jj--;
            }
            continue;
          }
          results[j][2] = start, y4 > end && results.push([x, end, y4]);
        }
      }
    }
    return results;
  }
}, HighlightOutline = class extends Outline {
  #box;
  #outlines;
  constructor(outlines, box, firstPoint, lastPoint) {
    super(), this.#outlines = outlines, this.#box = box, this.firstPoint = firstPoint, this.lastPoint = lastPoint;
  }
  toSVGPath() {
    let buffer = [];
    for (let polygon of this.#outlines) {
      let [prevX, prevY] = polygon;
      buffer.push(`M${prevX} ${prevY}`);
      for (let i = 2; i < polygon.length; i += 2) {
        let x = polygon[i], y = polygon[i + 1];
        x === prevX ? (buffer.push(`V${y}`), prevY = y) : y === prevY && (buffer.push(`H${x}`), prevX = x);
      }
      buffer.push("Z");
    }
    return buffer.join(" ");
  }
  serialize([blX, blY, trX, trY], _rotation) {
    let outlines = [], width = trX - blX, height = trY - blY;
    for (let outline of this.#outlines) {
      let points = new Array(outline.length);
      for (let i = 0; i < outline.length; i += 2)
        points[i] = blX + outline[i] * width, points[i + 1] = trY - outline[i + 1] * height;
      outlines.push(points);
    }
    return outlines;
  }
  get box() {
    return this.#box;
  }
  get classNamesForOutlining() {
    return ["highlightOutline"];
  }
}, FreeHighlightOutliner = class extends FreeDrawOutliner {
  newFreeDrawOutline(outline, points, box, scaleFactor, innerMargin, isLTR) {
    return new FreeHighlightOutline(outline, points, box, scaleFactor, innerMargin, isLTR);
  }
}, FreeHighlightOutline = class extends FreeDrawOutline {
  newOutliner(point, box, scaleFactor, thickness, isLTR, innerMargin = 0) {
    return new FreeHighlightOutliner(point, box, scaleFactor, thickness, isLTR, innerMargin);
  }
}, HighlightEditor = class _HighlightEditor extends AnnotationEditor {
  #anchorNode = null;
  #anchorOffset = 0;
  #boxes;
  #clipPathId = null;
  #colorPicker = null;
  #focusOutlines = null;
  #focusNode = null;
  #focusOffset = 0;
  #highlightDiv = null;
  #highlightOutlines = null;
  #id = null;
  #isFreeHighlight = !1;
  #firstPoint = null;
  #lastPoint = null;
  #outlineId = null;
  #text = "";
  #thickness;
  #methodOfCreation = "";
  static _defaultColor = null;
  static _defaultOpacity = 1;
  static _defaultThickness = 12;
  static _type = "highlight";
  static _editorType = AnnotationEditorType.HIGHLIGHT;
  static _freeHighlightId = -1;
  static _freeHighlight = null;
  static _freeHighlightClipId = "";
  static get _keyboardManager() {
    let proto = _HighlightEditor.prototype;
    return shadow(this, "_keyboardManager", new KeyboardManager([[["ArrowLeft", "mac+ArrowLeft"], proto._moveCaret, {
      args: [0]
    }], [["ArrowRight", "mac+ArrowRight"], proto._moveCaret, {
      args: [1]
    }], [["ArrowUp", "mac+ArrowUp"], proto._moveCaret, {
      args: [2]
    }], [["ArrowDown", "mac+ArrowDown"], proto._moveCaret, {
      args: [3]
    }]]));
  }
  constructor(params) {
    super({
      ...params,
      name: "highlightEditor"
    }), this.color = params.color || _HighlightEditor._defaultColor, this.#thickness = params.thickness || _HighlightEditor._defaultThickness, this.opacity = params.opacity || _HighlightEditor._defaultOpacity, this.#boxes = params.boxes || null, this.#methodOfCreation = params.methodOfCreation || "", this.#text = params.text || "", this._isDraggable = !1, this.defaultL10nId = "pdfjs-editor-highlight-editor", params.highlightId > -1 ? (this.#isFreeHighlight = !0, this.#createFreeOutlines(params), this.#addToDrawLayer()) : this.#boxes && (this.#anchorNode = params.anchorNode, this.#anchorOffset = params.anchorOffset, this.#focusNode = params.focusNode, this.#focusOffset = params.focusOffset, this.#createOutlines(), this.#addToDrawLayer(), this.rotate(this.rotation)), this.annotationElementId || this._uiManager.a11yAlert("pdfjs-editor-highlight-added-alert");
  }
  get telemetryInitialData() {
    return {
      action: "added",
      type: this.#isFreeHighlight ? "free_highlight" : "highlight",
      color: this._uiManager.getNonHCMColorName(this.color),
      thickness: this.#thickness,
      methodOfCreation: this.#methodOfCreation
    };
  }
  get telemetryFinalData() {
    return {
      type: "highlight",
      color: this._uiManager.getNonHCMColorName(this.color)
    };
  }
  static computeTelemetryFinalData(data) {
    return {
      numberOfColors: data.get("color").size
    };
  }
  #createOutlines() {
    let outliner = new HighlightOutliner(this.#boxes, 1e-3);
    this.#highlightOutlines = outliner.getOutlines(), [this.x, this.y, this.width, this.height] = this.#highlightOutlines.box;
    let outlinerForOutline = new HighlightOutliner(this.#boxes, 25e-4, 1e-3, this._uiManager.direction === "ltr");
    this.#focusOutlines = outlinerForOutline.getOutlines();
    let {
      firstPoint
    } = this.#highlightOutlines;
    this.#firstPoint = [(firstPoint[0] - this.x) / this.width, (firstPoint[1] - this.y) / this.height];
    let {
      lastPoint
    } = this.#focusOutlines;
    this.#lastPoint = [(lastPoint[0] - this.x) / this.width, (lastPoint[1] - this.y) / this.height];
  }
  #createFreeOutlines({
    highlightOutlines,
    highlightId,
    clipPathId
  }) {
    this.#highlightOutlines = highlightOutlines;
    let extraThickness = 1.5;
    if (this.#focusOutlines = highlightOutlines.getNewOutline(this.#thickness / 2 + extraThickness, 25e-4), highlightId >= 0)
      this.#id = highlightId, this.#clipPathId = clipPathId, this.parent.drawLayer.finalizeDraw(highlightId, {
        bbox: highlightOutlines.box,
        path: {
          d: highlightOutlines.toSVGPath()
        }
      }), this.#outlineId = this.parent.drawLayer.drawOutline({
        rootClass: {
          highlightOutline: !0,
          free: !0
        },
        bbox: this.#focusOutlines.box,
        path: {
          d: this.#focusOutlines.toSVGPath()
        }
      }, !0);
    else if (this.parent) {
      let angle = this.parent.viewport.rotation;
      this.parent.drawLayer.updateProperties(this.#id, {
        bbox: _HighlightEditor.#rotateBbox(this.#highlightOutlines.box, (angle - this.rotation + 360) % 360),
        path: {
          d: highlightOutlines.toSVGPath()
        }
      }), this.parent.drawLayer.updateProperties(this.#outlineId, {
        bbox: _HighlightEditor.#rotateBbox(this.#focusOutlines.box, angle),
        path: {
          d: this.#focusOutlines.toSVGPath()
        }
      });
    }
    let [x, y, width, height] = highlightOutlines.box;
    switch (this.rotation) {
      case 0:
        this.x = x, this.y = y, this.width = width, this.height = height;
        break;
      case 90: {
        let [pageWidth, pageHeight] = this.parentDimensions;
        this.x = y, this.y = 1 - x, this.width = width * pageHeight / pageWidth, this.height = height * pageWidth / pageHeight;
        break;
      }
      case 180:
        this.x = 1 - x, this.y = 1 - y, this.width = width, this.height = height;
        break;
      case 270: {
        let [pageWidth, pageHeight] = this.parentDimensions;
        this.x = 1 - y, this.y = x, this.width = width * pageHeight / pageWidth, this.height = height * pageWidth / pageHeight;
        break;
      }
    }
    let {
      firstPoint
    } = highlightOutlines;
    this.#firstPoint = [(firstPoint[0] - x) / width, (firstPoint[1] - y) / height];
    let {
      lastPoint
    } = this.#focusOutlines;
    this.#lastPoint = [(lastPoint[0] - x) / width, (lastPoint[1] - y) / height];
  }
  static initialize(l10n, uiManager) {
    AnnotationEditor.initialize(l10n, uiManager), _HighlightEditor._defaultColor ||= uiManager.highlightColors?.values().next().value || "#fff066";
  }
  static updateDefaultParams(type, value) {
    switch (type) {
      case AnnotationEditorParamsType.HIGHLIGHT_COLOR:
        _HighlightEditor._defaultColor = value;
        break;
      case AnnotationEditorParamsType.HIGHLIGHT_THICKNESS:
        _HighlightEditor._defaultThickness = value;
        break;
    }
  }
  translateInPage(x, y) {
  }
  get toolbarPosition() {
    return this.#lastPoint;
  }
  get commentButtonPosition() {
    return this.#firstPoint;
  }
  updateParams(type, value) {
    switch (type) {
      case AnnotationEditorParamsType.HIGHLIGHT_COLOR:
        this.#updateColor(value);
        break;
      case AnnotationEditorParamsType.HIGHLIGHT_THICKNESS:
        this.#updateThickness(value);
        break;
    }
  }
  static get defaultPropertiesToUpdate() {
    return [[AnnotationEditorParamsType.HIGHLIGHT_COLOR, _HighlightEditor._defaultColor], [AnnotationEditorParamsType.HIGHLIGHT_THICKNESS, _HighlightEditor._defaultThickness]];
  }
  get propertiesToUpdate() {
    return [[AnnotationEditorParamsType.HIGHLIGHT_COLOR, this.color || _HighlightEditor._defaultColor], [AnnotationEditorParamsType.HIGHLIGHT_THICKNESS, this.#thickness || _HighlightEditor._defaultThickness], [AnnotationEditorParamsType.HIGHLIGHT_FREE, this.#isFreeHighlight]];
  }
  onUpdatedColor() {
    this.parent?.drawLayer.updateProperties(this.#id, {
      root: {
        fill: this.color,
        "fill-opacity": this.opacity
      }
    }), this.#colorPicker?.updateColor(this.color), super.onUpdatedColor();
  }
  #updateColor(color) {
    let setColorAndOpacity = (col, opa) => {
      this.color = col, this.opacity = opa, this.onUpdatedColor();
    }, savedColor = this.color, savedOpacity = this.opacity;
    this.addCommands({
      cmd: setColorAndOpacity.bind(this, color, _HighlightEditor._defaultOpacity),
      undo: setColorAndOpacity.bind(this, savedColor, savedOpacity),
      post: this._uiManager.updateUI.bind(this._uiManager, this),
      mustExec: !0,
      type: AnnotationEditorParamsType.HIGHLIGHT_COLOR,
      overwriteIfSameType: !0,
      keepUndo: !0
    }), this._reportTelemetry({
      action: "color_changed",
      color: this._uiManager.getNonHCMColorName(color)
    }, !0);
  }
  #updateThickness(thickness) {
    let savedThickness = this.#thickness, setThickness = (th) => {
      this.#thickness = th, this.#changeThickness(th);
    };
    this.addCommands({
      cmd: setThickness.bind(this, thickness),
      undo: setThickness.bind(this, savedThickness),
      post: this._uiManager.updateUI.bind(this._uiManager, this),
      mustExec: !0,
      type: AnnotationEditorParamsType.INK_THICKNESS,
      overwriteIfSameType: !0,
      keepUndo: !0
    }), this._reportTelemetry({
      action: "thickness_changed",
      thickness
    }, !0);
  }
  get toolbarButtons() {
    return this._uiManager.highlightColors ? [["colorPicker", this.#colorPicker = new ColorPicker({
      editor: this
    })]] : super.toolbarButtons;
  }
  disableEditing() {
    super.disableEditing(), this.div.classList.toggle("disabled", !0);
  }
  enableEditing() {
    super.enableEditing(), this.div.classList.toggle("disabled", !1);
  }
  fixAndSetPosition() {
    return super.fixAndSetPosition(this.#getRotation());
  }
  getBaseTranslation() {
    return [0, 0];
  }
  getRect(tx, ty) {
    return super.getRect(tx, ty, this.#getRotation());
  }
  onceAdded(focus) {
    this.annotationElementId || this.parent.addUndoableEditor(this), focus && this.div.focus();
  }
  remove() {
    this.#cleanDrawLayer(), this._reportTelemetry({
      action: "deleted"
    }), super.remove();
  }
  rebuild() {
    this.parent && (super.rebuild(), this.div !== null && (this.#addToDrawLayer(), this.isAttachedToDOM || this.parent.add(this)));
  }
  setParent(parent) {
    let mustBeSelected = !1;
    this.parent && !parent ? this.#cleanDrawLayer() : parent && (this.#addToDrawLayer(parent), mustBeSelected = !this.parent && this.div?.classList.contains("selectedEditor")), super.setParent(parent), this.show(this._isVisible), mustBeSelected && this.select();
  }
  #changeThickness(thickness) {
    this.#isFreeHighlight && (this.#createFreeOutlines({
      highlightOutlines: this.#highlightOutlines.getNewOutline(thickness / 2)
    }), this.fixAndSetPosition(), this.setDims());
  }
  #cleanDrawLayer() {
    this.#id === null || !this.parent || (this.parent.drawLayer.remove(this.#id), this.#id = null, this.parent.drawLayer.remove(this.#outlineId), this.#outlineId = null);
  }
  #addToDrawLayer(parent = this.parent) {
    this.#id === null && ({
      id: this.#id,
      clipPathId: this.#clipPathId
    } = parent.drawLayer.draw({
      bbox: this.#highlightOutlines.box,
      root: {
        viewBox: "0 0 1 1",
        fill: this.color,
        "fill-opacity": this.opacity
      },
      rootClass: {
        highlight: !0,
        free: this.#isFreeHighlight
      },
      path: {
        d: this.#highlightOutlines.toSVGPath()
      }
    }, !1, !0), this.#outlineId = parent.drawLayer.drawOutline({
      rootClass: {
        highlightOutline: !0,
        free: this.#isFreeHighlight
      },
      bbox: this.#focusOutlines.box,
      path: {
        d: this.#focusOutlines.toSVGPath()
      }
    }, this.#isFreeHighlight), this.#highlightDiv && (this.#highlightDiv.style.clipPath = this.#clipPathId));
  }
  static #rotateBbox([x, y, width, height], angle) {
    switch (angle) {
      case 90:
        return [1 - y - height, x, height, width];
      case 180:
        return [1 - x - width, 1 - y - height, width, height];
      case 270:
        return [y, 1 - x - width, height, width];
    }
    return [x, y, width, height];
  }
  rotate(angle) {
    let {
      drawLayer
    } = this.parent, box;
    this.#isFreeHighlight ? (angle = (angle - this.rotation + 360) % 360, box = _HighlightEditor.#rotateBbox(this.#highlightOutlines.box, angle)) : box = _HighlightEditor.#rotateBbox([this.x, this.y, this.width, this.height], angle), drawLayer.updateProperties(this.#id, {
      bbox: box,
      root: {
        "data-main-rotation": angle
      }
    }), drawLayer.updateProperties(this.#outlineId, {
      bbox: _HighlightEditor.#rotateBbox(this.#focusOutlines.box, angle),
      root: {
        "data-main-rotation": angle
      }
    });
  }
  render() {
    if (this.div)
      return this.div;
    let div = super.render();
    this.#text && (div.setAttribute("aria-label", this.#text), div.setAttribute("role", "mark")), this.#isFreeHighlight ? div.classList.add("free") : this.div.addEventListener("keydown", this.#keydown.bind(this), {
      signal: this._uiManager._signal
    });
    let highlightDiv = this.#highlightDiv = document.createElement("div");
    return div.append(highlightDiv), highlightDiv.setAttribute("aria-hidden", "true"), highlightDiv.className = "internal", highlightDiv.style.clipPath = this.#clipPathId, this.setDims(), bindEvents(this, this.#highlightDiv, ["pointerover", "pointerleave"]), this.enableEditing(), div;
  }
  pointerover() {
    this.isSelected || this.parent?.drawLayer.updateProperties(this.#outlineId, {
      rootClass: {
        hovered: !0
      }
    });
  }
  pointerleave() {
    this.isSelected || this.parent?.drawLayer.updateProperties(this.#outlineId, {
      rootClass: {
        hovered: !1
      }
    });
  }
  #keydown(event) {
    _HighlightEditor._keyboardManager.exec(this, event);
  }
  _moveCaret(direction) {
    switch (this.parent.unselect(this), direction) {
      case 0:
      case 2:
        this.#setCaret(!0);
        break;
      case 1:
      case 3:
        this.#setCaret(!1);
        break;
    }
  }
  #setCaret(start) {
    if (!this.#anchorNode)
      return;
    let selection = window.getSelection();
    start ? selection.setPosition(this.#anchorNode, this.#anchorOffset) : selection.setPosition(this.#focusNode, this.#focusOffset);
  }
  select() {
    super.select(), this.#outlineId && this.parent?.drawLayer.updateProperties(this.#outlineId, {
      rootClass: {
        hovered: !1,
        selected: !0
      }
    });
  }
  unselect() {
    super.unselect(), this.#outlineId && (this.parent?.drawLayer.updateProperties(this.#outlineId, {
      rootClass: {
        selected: !1
      }
    }), this.#isFreeHighlight || this.#setCaret(!1));
  }
  get _mustFixPosition() {
    return !this.#isFreeHighlight;
  }
  show(visible = this._isVisible) {
    super.show(visible), this.parent && (this.parent.drawLayer.updateProperties(this.#id, {
      rootClass: {
        hidden: !visible
      }
    }), this.parent.drawLayer.updateProperties(this.#outlineId, {
      rootClass: {
        hidden: !visible
      }
    }));
  }
  #getRotation() {
    return this.#isFreeHighlight ? this.rotation : 0;
  }
  #serializeBoxes() {
    if (this.#isFreeHighlight)
      return null;
    let [pageWidth, pageHeight] = this.pageDimensions, [pageX, pageY] = this.pageTranslation, boxes = this.#boxes, quadPoints = new Float32Array(boxes.length * 8), i = 0;
    for (let {
      x,
      y,
      width,
      height
    } of boxes) {
      let sx = x * pageWidth + pageX, sy = (1 - y) * pageHeight + pageY;
      quadPoints[i] = quadPoints[i + 4] = sx, quadPoints[i + 1] = quadPoints[i + 3] = sy, quadPoints[i + 2] = quadPoints[i + 6] = sx + width * pageWidth, quadPoints[i + 5] = quadPoints[i + 7] = sy - height * pageHeight, i += 8;
    }
    return quadPoints;
  }
  #serializeOutlines(rect) {
    return this.#highlightOutlines.serialize(rect, this.#getRotation());
  }
  static startHighlighting(parent, isLTR, {
    target: textLayer,
    x,
    y
  }) {
    let {
      x: layerX,
      y: layerY,
      width: parentWidth,
      height: parentHeight
    } = textLayer.getBoundingClientRect(), ac = new AbortController(), signal = parent.combinedSignal(ac), pointerUpCallback = (e) => {
      ac.abort(), this.#endHighlight(parent, e);
    };
    window.addEventListener("blur", pointerUpCallback, {
      signal
    }), window.addEventListener("pointerup", pointerUpCallback, {
      signal
    }), window.addEventListener("pointerdown", stopEvent, {
      capture: !0,
      passive: !1,
      signal
    }), window.addEventListener("contextmenu", noContextMenu, {
      signal
    }), textLayer.addEventListener("pointermove", this.#highlightMove.bind(this, parent), {
      signal
    }), this._freeHighlight = new FreeHighlightOutliner({
      x,
      y
    }, [layerX, layerY, parentWidth, parentHeight], parent.scale, this._defaultThickness / 2, isLTR, 1e-3), {
      id: this._freeHighlightId,
      clipPathId: this._freeHighlightClipId
    } = parent.drawLayer.draw({
      bbox: [0, 0, 1, 1],
      root: {
        viewBox: "0 0 1 1",
        fill: this._defaultColor,
        "fill-opacity": this._defaultOpacity
      },
      rootClass: {
        highlight: !0,
        free: !0
      },
      path: {
        d: this._freeHighlight.toSVGPath()
      }
    }, !0, !0);
  }
  static #highlightMove(parent, event) {
    this._freeHighlight.add(event) && parent.drawLayer.updateProperties(this._freeHighlightId, {
      path: {
        d: this._freeHighlight.toSVGPath()
      }
    });
  }
  static #endHighlight(parent, event) {
    this._freeHighlight.isEmpty() ? parent.drawLayer.remove(this._freeHighlightId) : parent.createAndAddNewEditor(event, !1, {
      highlightId: this._freeHighlightId,
      highlightOutlines: this._freeHighlight.getOutlines(),
      clipPathId: this._freeHighlightClipId,
      methodOfCreation: "main_toolbar"
    }), this._freeHighlightId = -1, this._freeHighlight = null, this._freeHighlightClipId = "";
  }
  static async deserialize(data, parent, uiManager) {
    let initialData = null;
    if (data instanceof HighlightAnnotationElement) {
      let {
        data: {
          quadPoints: quadPoints2,
          rect,
          rotation,
          id,
          color: color2,
          opacity: opacity2,
          popupRef,
          richText,
          contentsObj,
          creationDate,
          modificationDate
        },
        parent: {
          page: {
            pageNumber
          }
        }
      } = data;
      initialData = data = {
        annotationType: AnnotationEditorType.HIGHLIGHT,
        color: Array.from(color2),
        opacity: opacity2,
        quadPoints: quadPoints2,
        boxes: null,
        pageIndex: pageNumber - 1,
        rect: rect.slice(0),
        rotation,
        annotationElementId: id,
        id,
        deleted: !1,
        popupRef,
        richText,
        comment: contentsObj?.str || null,
        creationDate,
        modificationDate
      };
    } else if (data instanceof InkAnnotationElement) {
      let {
        data: {
          inkLists: inkLists2,
          rect,
          rotation,
          id,
          color: color2,
          borderStyle: {
            rawWidth: thickness
          },
          popupRef,
          richText,
          contentsObj,
          creationDate,
          modificationDate
        },
        parent: {
          page: {
            pageNumber
          }
        }
      } = data;
      initialData = data = {
        annotationType: AnnotationEditorType.HIGHLIGHT,
        color: Array.from(color2),
        thickness,
        inkLists: inkLists2,
        boxes: null,
        pageIndex: pageNumber - 1,
        rect: rect.slice(0),
        rotation,
        annotationElementId: id,
        id,
        deleted: !1,
        popupRef,
        richText,
        comment: contentsObj?.str || null,
        creationDate,
        modificationDate
      };
    }
    let {
      color,
      quadPoints,
      inkLists,
      opacity
    } = data, editor = await super.deserialize(data, parent, uiManager);
    editor.color = Util.makeHexColor(...color), editor.opacity = opacity || 1, inkLists && (editor.#thickness = data.thickness), editor._initialData = initialData, data.comment && editor.setCommentData(data);
    let [pageWidth, pageHeight] = editor.pageDimensions, [pageX, pageY] = editor.pageTranslation;
    if (quadPoints) {
      let boxes = editor.#boxes = [];
      for (let i = 0; i < quadPoints.length; i += 8)
        boxes.push({
          x: (quadPoints[i] - pageX) / pageWidth,
          y: 1 - (quadPoints[i + 1] - pageY) / pageHeight,
          width: (quadPoints[i + 2] - quadPoints[i]) / pageWidth,
          height: (quadPoints[i + 1] - quadPoints[i + 5]) / pageHeight
        });
      editor.#createOutlines(), editor.#addToDrawLayer(), editor.rotate(editor.rotation);
    } else if (inkLists) {
      editor.#isFreeHighlight = !0;
      let points = inkLists[0], point = {
        x: points[0] - pageX,
        y: pageHeight - (points[1] - pageY)
      }, outliner = new FreeHighlightOutliner(point, [0, 0, pageWidth, pageHeight], 1, editor.#thickness / 2, !0, 1e-3);
      for (let i = 0, ii = points.length; i < ii; i += 2)
        point.x = points[i] - pageX, point.y = pageHeight - (points[i + 1] - pageY), outliner.add(point);
      let {
        id,
        clipPathId
      } = parent.drawLayer.draw({
        bbox: [0, 0, 1, 1],
        root: {
          viewBox: "0 0 1 1",
          fill: editor.color,
          "fill-opacity": editor._defaultOpacity
        },
        rootClass: {
          highlight: !0,
          free: !0
        },
        path: {
          d: outliner.toSVGPath()
        }
      }, !0, !0);
      editor.#createFreeOutlines({
        highlightOutlines: outliner.getOutlines(),
        highlightId: id,
        clipPathId
      }), editor.#addToDrawLayer(), editor.rotate(editor.parentRotation);
    }
    return editor;
  }
  serialize(isForCopying = !1) {
    if (this.isEmpty() || isForCopying)
      return null;
    if (this.deleted)
      return this.serializeDeleted();
    let color = AnnotationEditor._colorManager.convert(this._uiManager.getNonHCMColor(this.color)), serialized = super.serialize(isForCopying);
    return Object.assign(serialized, {
      color,
      opacity: this.opacity,
      thickness: this.#thickness,
      quadPoints: this.#serializeBoxes(),
      outlines: this.#serializeOutlines(serialized.rect)
    }), this.addComment(serialized), this.annotationElementId && !this.#hasElementChanged(serialized) ? null : (serialized.id = this.annotationElementId, serialized);
  }
  #hasElementChanged(serialized) {
    let {
      color
    } = this._initialData;
    return this.hasEditedComment || serialized.color.some((c, i) => c !== color[i]);
  }
  renderAnnotationElement(annotation) {
    return this.deleted ? (annotation.hide(), null) : (annotation.updateEdited({
      rect: this.getPDFRect(),
      popup: this.comment
    }), null);
  }
  static canCreateNewEmptyEditor() {
    return !1;
  }
}, DrawingOptions = class {
  #svgProperties = /* @__PURE__ */ Object.create(null);
  updateProperty(name, value) {
    this[name] = value, this.updateSVGProperty(name, value);
  }
  updateProperties(properties) {
    if (properties)
      for (let [name, value] of Object.entries(properties))
        name.startsWith("_") || this.updateProperty(name, value);
  }
  updateSVGProperty(name, value) {
    this.#svgProperties[name] = value;
  }
  toSVGProperties() {
    let root = this.#svgProperties;
    return this.#svgProperties = /* @__PURE__ */ Object.create(null), {
      root
    };
  }
  reset() {
    this.#svgProperties = /* @__PURE__ */ Object.create(null);
  }
  updateAll(options = this) {
    this.updateProperties(options);
  }
  clone() {
    unreachable("Not implemented");
  }
}, DrawingEditor = class _DrawingEditor extends AnnotationEditor {
  #drawOutlines = null;
  #mustBeCommitted;
  _colorPicker = null;
  _drawId = null;
  static _currentDrawId = -1;
  static _currentParent = null;
  static #currentDraw = null;
  static #currentDrawingAC = null;
  static #currentDrawingOptions = null;
  static _INNER_MARGIN = 3;
  constructor(params) {
    super(params), this.#mustBeCommitted = params.mustBeCommitted || !1, this._addOutlines(params);
  }
  onUpdatedColor() {
    this._colorPicker?.update(this.color), super.onUpdatedColor();
  }
  _addOutlines(params) {
    params.drawOutlines && (this.#createDrawOutlines(params), this.#addToDrawLayer());
  }
  #createDrawOutlines({
    drawOutlines,
    drawId,
    drawingOptions
  }) {
    this.#drawOutlines = drawOutlines, this._drawingOptions ||= drawingOptions, this.annotationElementId || this._uiManager.a11yAlert(`pdfjs-editor-${this.editorType}-added-alert`), drawId >= 0 ? (this._drawId = drawId, this.parent.drawLayer.finalizeDraw(drawId, drawOutlines.defaultProperties)) : this._drawId = this.#createDrawing(drawOutlines, this.parent), this.#updateBbox(drawOutlines.box);
  }
  #createDrawing(drawOutlines, parent) {
    let {
      id
    } = parent.drawLayer.draw(_DrawingEditor._mergeSVGProperties(this._drawingOptions.toSVGProperties(), drawOutlines.defaultSVGProperties), !1, !1);
    return id;
  }
  static _mergeSVGProperties(p1, p2) {
    let p1Keys = new Set(Object.keys(p1));
    for (let [key, value] of Object.entries(p2))
      p1Keys.has(key) ? Object.assign(p1[key], value) : p1[key] = value;
    return p1;
  }
  static getDefaultDrawingOptions(_options) {
    unreachable("Not implemented");
  }
  static get typesMap() {
    unreachable("Not implemented");
  }
  static get isDrawer() {
    return !0;
  }
  static get supportMultipleDrawings() {
    return !1;
  }
  static updateDefaultParams(type, value) {
    let propertyName = this.typesMap.get(type);
    propertyName && this._defaultDrawingOptions.updateProperty(propertyName, value), this._currentParent && (_DrawingEditor.#currentDraw.updateProperty(propertyName, value), this._currentParent.drawLayer.updateProperties(this._currentDrawId, this._defaultDrawingOptions.toSVGProperties()));
  }
  updateParams(type, value) {
    let propertyName = this.constructor.typesMap.get(type);
    propertyName && this._updateProperty(type, propertyName, value);
  }
  static get defaultPropertiesToUpdate() {
    let properties = [], options = this._defaultDrawingOptions;
    for (let [type, name] of this.typesMap)
      properties.push([type, options[name]]);
    return properties;
  }
  get propertiesToUpdate() {
    let properties = [], {
      _drawingOptions
    } = this;
    for (let [type, name] of this.constructor.typesMap)
      properties.push([type, _drawingOptions[name]]);
    return properties;
  }
  _updateProperty(type, name, value) {
    let options = this._drawingOptions, savedValue = options[name], setter = (val) => {
      options.updateProperty(name, val);
      let bbox = this.#drawOutlines.updateProperty(name, val);
      bbox && this.#updateBbox(bbox), this.parent?.drawLayer.updateProperties(this._drawId, options.toSVGProperties()), type === this.colorType && this.onUpdatedColor();
    };
    this.addCommands({
      cmd: setter.bind(this, value),
      undo: setter.bind(this, savedValue),
      post: this._uiManager.updateUI.bind(this._uiManager, this),
      mustExec: !0,
      type,
      overwriteIfSameType: !0,
      keepUndo: !0
    });
  }
  _onResizing() {
    this.parent?.drawLayer.updateProperties(this._drawId, _DrawingEditor._mergeSVGProperties(this.#drawOutlines.getPathResizingSVGProperties(this.#convertToDrawSpace()), {
      bbox: this.#rotateBox()
    }));
  }
  _onResized() {
    this.parent?.drawLayer.updateProperties(this._drawId, _DrawingEditor._mergeSVGProperties(this.#drawOutlines.getPathResizedSVGProperties(this.#convertToDrawSpace()), {
      bbox: this.#rotateBox()
    }));
  }
  _onTranslating(_x, _y) {
    this.parent?.drawLayer.updateProperties(this._drawId, {
      bbox: this.#rotateBox()
    });
  }
  _onTranslated() {
    this.parent?.drawLayer.updateProperties(this._drawId, _DrawingEditor._mergeSVGProperties(this.#drawOutlines.getPathTranslatedSVGProperties(this.#convertToDrawSpace(), this.parentDimensions), {
      bbox: this.#rotateBox()
    }));
  }
  _onStartDragging() {
    this.parent?.drawLayer.updateProperties(this._drawId, {
      rootClass: {
        moving: !0
      }
    });
  }
  _onStopDragging() {
    this.parent?.drawLayer.updateProperties(this._drawId, {
      rootClass: {
        moving: !1
      }
    });
  }
  commit() {
    super.commit(), this.disableEditMode(), this.disableEditing();
  }
  disableEditing() {
    super.disableEditing(), this.div.classList.toggle("disabled", !0);
  }
  enableEditing() {
    super.enableEditing(), this.div.classList.toggle("disabled", !1);
  }
  getBaseTranslation() {
    return [0, 0];
  }
  get isResizable() {
    return !0;
  }
  onceAdded(focus) {
    this.annotationElementId || this.parent.addUndoableEditor(this), this._isDraggable = !0, this.#mustBeCommitted && (this.#mustBeCommitted = !1, this.commit(), this.parent.setSelected(this), focus && this.isOnScreen && this.div.focus());
  }
  remove() {
    this.#cleanDrawLayer(), super.remove();
  }
  rebuild() {
    this.parent && (super.rebuild(), this.div !== null && (this.#addToDrawLayer(), this.#updateBbox(this.#drawOutlines.box), this.isAttachedToDOM || this.parent.add(this)));
  }
  setParent(parent) {
    let mustBeSelected = !1;
    this.parent && !parent ? (this._uiManager.removeShouldRescale(this), this.#cleanDrawLayer()) : parent && (this._uiManager.addShouldRescale(this), this.#addToDrawLayer(parent), mustBeSelected = !this.parent && this.div?.classList.contains("selectedEditor")), super.setParent(parent), mustBeSelected && this.select();
  }
  #cleanDrawLayer() {
    this._drawId === null || !this.parent || (this.parent.drawLayer.remove(this._drawId), this._drawId = null, this._drawingOptions.reset());
  }
  #addToDrawLayer(parent = this.parent) {
    if (!(this._drawId !== null && this.parent === parent)) {
      if (this._drawId !== null) {
        this.parent.drawLayer.updateParent(this._drawId, parent.drawLayer);
        return;
      }
      this._drawingOptions.updateAll(), this._drawId = this.#createDrawing(this.#drawOutlines, parent);
    }
  }
  #convertToParentSpace([x, y, width, height]) {
    let {
      parentDimensions: [pW, pH],
      rotation
    } = this;
    switch (rotation) {
      case 90:
        return [y, 1 - x, width * (pH / pW), height * (pW / pH)];
      case 180:
        return [1 - x, 1 - y, width, height];
      case 270:
        return [1 - y, x, width * (pH / pW), height * (pW / pH)];
      default:
        return [x, y, width, height];
    }
  }
  #convertToDrawSpace() {
    let {
      x,
      y,
      width,
      height,
      parentDimensions: [pW, pH],
      rotation
    } = this;
    switch (rotation) {
      case 90:
        return [1 - y, x, width * (pW / pH), height * (pH / pW)];
      case 180:
        return [1 - x, 1 - y, width, height];
      case 270:
        return [y, 1 - x, width * (pW / pH), height * (pH / pW)];
      default:
        return [x, y, width, height];
    }
  }
  #updateBbox(bbox) {
    [this.x, this.y, this.width, this.height] = this.#convertToParentSpace(bbox), this.div && (this.fixAndSetPosition(), this.setDims()), this._onResized();
  }
  #rotateBox() {
    let {
      x,
      y,
      width,
      height,
      rotation,
      parentRotation,
      parentDimensions: [pW, pH]
    } = this;
    switch ((rotation * 4 + parentRotation) / 90) {
      case 1:
        return [1 - y - height, x, height, width];
      case 2:
        return [1 - x - width, 1 - y - height, width, height];
      case 3:
        return [y, 1 - x - width, height, width];
      case 4:
        return [x, y - width * (pW / pH), height * (pH / pW), width * (pW / pH)];
      case 5:
        return [1 - y, x, width * (pW / pH), height * (pH / pW)];
      case 6:
        return [1 - x - height * (pH / pW), 1 - y, height * (pH / pW), width * (pW / pH)];
      case 7:
        return [y - width * (pW / pH), 1 - x - height * (pH / pW), width * (pW / pH), height * (pH / pW)];
      case 8:
        return [x - width, y - height, width, height];
      case 9:
        return [1 - y, x - width, height, width];
      case 10:
        return [1 - x, 1 - y, width, height];
      case 11:
        return [y - height, 1 - x, height, width];
      case 12:
        return [x - height * (pH / pW), y, height * (pH / pW), width * (pW / pH)];
      case 13:
        return [1 - y - width * (pW / pH), x - height * (pH / pW), width * (pW / pH), height * (pH / pW)];
      case 14:
        return [1 - x, 1 - y - width * (pW / pH), height * (pH / pW), width * (pW / pH)];
      case 15:
        return [y, 1 - x, width * (pW / pH), height * (pH / pW)];
      default:
        return [x, y, width, height];
    }
  }
  rotate() {
    this.parent && this.parent.drawLayer.updateProperties(this._drawId, _DrawingEditor._mergeSVGProperties({
      bbox: this.#rotateBox()
    }, this.#drawOutlines.updateRotation((this.parentRotation - this.rotation + 360) % 360)));
  }
  onScaleChanging() {
    this.parent && this.#updateBbox(this.#drawOutlines.updateParentDimensions(this.parentDimensions, this.parent.scale));
  }
  static onScaleChangingWhenDrawing() {
  }
  render() {
    if (this.div)
      return this.div;
    let baseX, baseY;
    this._isCopy && (baseX = this.x, baseY = this.y);
    let div = super.render();
    div.classList.add("draw");
    let drawDiv = document.createElement("div");
    return div.append(drawDiv), drawDiv.setAttribute("aria-hidden", "true"), drawDiv.className = "internal", this.setDims(), this._uiManager.addShouldRescale(this), this.disableEditing(), this._isCopy && this._moveAfterPaste(baseX, baseY), div;
  }
  static createDrawerInstance(_x, _y, _parentWidth, _parentHeight, _rotation) {
    unreachable("Not implemented");
  }
  static startDrawing(parent, uiManager, _isLTR, event) {
    let {
      target,
      offsetX: x,
      offsetY: y,
      pointerId,
      pointerType
    } = event;
    if (CurrentPointers.isInitializedAndDifferentPointerType(pointerType))
      return;
    let {
      viewport: {
        rotation
      }
    } = parent, {
      width: parentWidth,
      height: parentHeight
    } = target.getBoundingClientRect(), ac = _DrawingEditor.#currentDrawingAC = new AbortController(), signal = parent.combinedSignal(ac);
    if (CurrentPointers.setPointer(pointerType, pointerId), window.addEventListener("pointerup", (e) => {
      CurrentPointers.isSamePointerIdOrRemove(e.pointerId) && this._endDraw(e);
    }, {
      signal
    }), window.addEventListener("pointercancel", (e) => {
      CurrentPointers.isSamePointerIdOrRemove(e.pointerId) && this._currentParent.endDrawingSession();
    }, {
      signal
    }), window.addEventListener("pointerdown", (e) => {
      CurrentPointers.isSamePointerType(e.pointerType) && (CurrentPointers.initializeAndAddPointerId(e.pointerId), _DrawingEditor.#currentDraw.isCancellable() && (_DrawingEditor.#currentDraw.removeLastElement(), _DrawingEditor.#currentDraw.isEmpty() ? this._currentParent.endDrawingSession(!0) : this._endDraw(null)));
    }, {
      capture: !0,
      passive: !1,
      signal
    }), window.addEventListener("contextmenu", noContextMenu, {
      signal
    }), target.addEventListener("pointermove", this._drawMove.bind(this), {
      signal
    }), target.addEventListener("touchmove", (e) => {
      CurrentPointers.isSameTimeStamp(e.timeStamp) && stopEvent(e);
    }, {
      signal
    }), parent.toggleDrawing(), uiManager._editorUndoBar?.hide(), _DrawingEditor.#currentDraw) {
      parent.drawLayer.updateProperties(this._currentDrawId, _DrawingEditor.#currentDraw.startNew(x, y, parentWidth, parentHeight, rotation));
      return;
    }
    uiManager.updateUIForDefaultProperties(this), _DrawingEditor.#currentDraw = this.createDrawerInstance(x, y, parentWidth, parentHeight, rotation), _DrawingEditor.#currentDrawingOptions = this.getDefaultDrawingOptions(), this._currentParent = parent, {
      id: this._currentDrawId
    } = parent.drawLayer.draw(this._mergeSVGProperties(_DrawingEditor.#currentDrawingOptions.toSVGProperties(), _DrawingEditor.#currentDraw.defaultSVGProperties), !0, !1);
  }
  static _drawMove(event) {
    if (CurrentPointers.isSameTimeStamp(event.timeStamp), !_DrawingEditor.#currentDraw)
      return;
    let {
      offsetX,
      offsetY,
      pointerId
    } = event;
    if (CurrentPointers.isSamePointerId(pointerId)) {
      if (CurrentPointers.isUsingMultiplePointers()) {
        this._endDraw(event);
        return;
      }
      this._currentParent.drawLayer.updateProperties(this._currentDrawId, _DrawingEditor.#currentDraw.add(offsetX, offsetY)), CurrentPointers.setTimeStamp(event.timeStamp), stopEvent(event);
    }
  }
  static _cleanup(all) {
    all && (this._currentDrawId = -1, this._currentParent = null, _DrawingEditor.#currentDraw = null, _DrawingEditor.#currentDrawingOptions = null, CurrentPointers.clearTimeStamp()), _DrawingEditor.#currentDrawingAC && (_DrawingEditor.#currentDrawingAC.abort(), _DrawingEditor.#currentDrawingAC = null, CurrentPointers.clearPointerIds());
  }
  static _endDraw(event) {
    let parent = this._currentParent;
    if (parent) {
      if (parent.toggleDrawing(!0), this._cleanup(!1), event?.target === parent.div && parent.drawLayer.updateProperties(this._currentDrawId, _DrawingEditor.#currentDraw.end(event.offsetX, event.offsetY)), this.supportMultipleDrawings) {
        let draw = _DrawingEditor.#currentDraw, drawId = this._currentDrawId, lastElement = draw.getLastElement();
        parent.addCommands({
          cmd: () => {
            parent.drawLayer.updateProperties(drawId, draw.setLastElement(lastElement));
          },
          undo: () => {
            parent.drawLayer.updateProperties(drawId, draw.removeLastElement());
          },
          mustExec: !1,
          type: AnnotationEditorParamsType.DRAW_STEP
        });
        return;
      }
      this.endDrawing(!1);
    }
  }
  static endDrawing(isAborted) {
    let parent = this._currentParent;
    if (!parent)
      return null;
    if (parent.toggleDrawing(!0), parent.cleanUndoStack(AnnotationEditorParamsType.DRAW_STEP), !_DrawingEditor.#currentDraw.isEmpty()) {
      let {
        pageDimensions: [pageWidth, pageHeight],
        scale
      } = parent, editor = parent.createAndAddNewEditor({
        offsetX: 0,
        offsetY: 0
      }, !1, {
        drawId: this._currentDrawId,
        drawOutlines: _DrawingEditor.#currentDraw.getOutlines(pageWidth * scale, pageHeight * scale, scale, this._INNER_MARGIN),
        drawingOptions: _DrawingEditor.#currentDrawingOptions,
        mustBeCommitted: !isAborted
      });
      return this._cleanup(!0), editor;
    }
    return parent.drawLayer.remove(this._currentDrawId), this._cleanup(!0), null;
  }
  createDrawingOptions(_data) {
  }
  static deserializeDraw(_pageX, _pageY, _pageWidth, _pageHeight, _innerWidth, _data) {
    unreachable("Not implemented");
  }
  static async deserialize(data, parent, uiManager) {
    let {
      rawDims: {
        pageWidth,
        pageHeight,
        pageX,
        pageY
      }
    } = parent.viewport, drawOutlines = this.deserializeDraw(pageX, pageY, pageWidth, pageHeight, this._INNER_MARGIN, data), editor = await super.deserialize(data, parent, uiManager);
    return editor.createDrawingOptions(data), editor.#createDrawOutlines({
      drawOutlines
    }), editor.#addToDrawLayer(), editor.onScaleChanging(), editor.rotate(), editor;
  }
  serializeDraw(isForCopying) {
    let [pageX, pageY] = this.pageTranslation, [pageWidth, pageHeight] = this.pageDimensions;
    return this.#drawOutlines.serialize([pageX, pageY, pageWidth, pageHeight], isForCopying);
  }
  renderAnnotationElement(annotation) {
    return annotation.updateEdited({
      rect: this.getPDFRect()
    }), null;
  }
  static canCreateNewEmptyEditor() {
    return !1;
  }
}, InkDrawOutliner = class {
  #last = new Float64Array(6);
  #line;
  #lines;
  #rotation;
  #thickness;
  #points;
  #lastSVGPath = "";
  #lastIndex = 0;
  #outlines = new InkDrawOutline();
  #parentWidth;
  #parentHeight;
  constructor(x, y, parentWidth, parentHeight, rotation, thickness) {
    this.#parentWidth = parentWidth, this.#parentHeight = parentHeight, this.#rotation = rotation, this.#thickness = thickness, [x, y] = this.#normalizePoint(x, y);
    let line = this.#line = [NaN, NaN, NaN, NaN, x, y];
    this.#points = [x, y], this.#lines = [{
      line,
      points: this.#points
    }], this.#last.set(line, 0);
  }
  updateProperty(name, value) {
    name === "stroke-width" && (this.#thickness = value);
  }
  #normalizePoint(x, y) {
    return Outline._normalizePoint(x, y, this.#parentWidth, this.#parentHeight, this.#rotation);
  }
  isEmpty() {
    return !this.#lines || this.#lines.length === 0;
  }
  isCancellable() {
    return this.#points.length <= 10;
  }
  add(x, y) {
    [x, y] = this.#normalizePoint(x, y);
    let [x1, y1, x2, y2] = this.#last.subarray(2, 6), diffX = x - x2, diffY = y - y2;
    return Math.hypot(this.#parentWidth * diffX, this.#parentHeight * diffY) <= 2 ? null : (this.#points.push(x, y), isNaN(x1) ? (this.#last.set([x2, y2, x, y], 2), this.#line.push(NaN, NaN, NaN, NaN, x, y), {
      path: {
        d: this.toSVGPath()
      }
    }) : (isNaN(this.#last[0]) && this.#line.splice(6, 6), this.#last.set([x1, y1, x2, y2, x, y], 0), this.#line.push(...Outline.createBezierPoints(x1, y1, x2, y2, x, y)), {
      path: {
        d: this.toSVGPath()
      }
    }));
  }
  end(x, y) {
    let change = this.add(x, y);
    return change || (this.#points.length === 2 ? {
      path: {
        d: this.toSVGPath()
      }
    } : null);
  }
  startNew(x, y, parentWidth, parentHeight, rotation) {
    this.#parentWidth = parentWidth, this.#parentHeight = parentHeight, this.#rotation = rotation, [x, y] = this.#normalizePoint(x, y);
    let line = this.#line = [NaN, NaN, NaN, NaN, x, y];
    this.#points = [x, y];
    let last = this.#lines.at(-1);
    return last && (last.line = new Float32Array(last.line), last.points = new Float32Array(last.points)), this.#lines.push({
      line,
      points: this.#points
    }), this.#last.set(line, 0), this.#lastIndex = 0, this.toSVGPath(), null;
  }
  getLastElement() {
    return this.#lines.at(-1);
  }
  setLastElement(element) {
    return this.#lines ? (this.#lines.push(element), this.#line = element.line, this.#points = element.points, this.#lastIndex = 0, {
      path: {
        d: this.toSVGPath()
      }
    }) : this.#outlines.setLastElement(element);
  }
  removeLastElement() {
    if (!this.#lines)
      return this.#outlines.removeLastElement();
    this.#lines.pop(), this.#lastSVGPath = "";
    for (let i = 0, ii = this.#lines.length; i < ii; i++) {
      let {
        line,
        points
      } = this.#lines[i];
      this.#line = line, this.#points = points, this.#lastIndex = 0, this.toSVGPath();
    }
    return {
      path: {
        d: this.#lastSVGPath
      }
    };
  }
  toSVGPath() {
    let firstX = Outline.svgRound(this.#line[4]), firstY = Outline.svgRound(this.#line[5]);
    if (this.#points.length === 2)
      return this.#lastSVGPath = `${this.#lastSVGPath} M ${firstX} ${firstY} Z`, this.#lastSVGPath;
    if (this.#points.length <= 6) {
      let i = this.#lastSVGPath.lastIndexOf("M");
      this.#lastSVGPath = `${this.#lastSVGPath.slice(0, i)} M ${firstX} ${firstY}`, this.#lastIndex = 6;
    }
    if (this.#points.length === 4) {
      let secondX = Outline.svgRound(this.#line[10]), secondY = Outline.svgRound(this.#line[11]);
      return this.#lastSVGPath = `${this.#lastSVGPath} L ${secondX} ${secondY}`, this.#lastIndex = 12, this.#lastSVGPath;
    }
    let buffer = [];
    this.#lastIndex === 0 && (buffer.push(`M ${firstX} ${firstY}`), this.#lastIndex = 6);
    for (let i = this.#lastIndex, ii = this.#line.length; i < ii; i += 6) {
      let [c1x, c1y, c2x, c2y, x, y] = this.#line.slice(i, i + 6).map(Outline.svgRound);
      buffer.push(`C${c1x} ${c1y} ${c2x} ${c2y} ${x} ${y}`);
    }
    return this.#lastSVGPath += buffer.join(" "), this.#lastIndex = this.#line.length, this.#lastSVGPath;
  }
  getOutlines(parentWidth, parentHeight, scale, innerMargin) {
    let last = this.#lines.at(-1);
    return last.line = new Float32Array(last.line), last.points = new Float32Array(last.points), this.#outlines.build(this.#lines, parentWidth, parentHeight, scale, this.#rotation, this.#thickness, innerMargin), this.#last = null, this.#line = null, this.#lines = null, this.#lastSVGPath = null, this.#outlines;
  }
  get defaultSVGProperties() {
    return {
      root: {
        viewBox: "0 0 10000 10000"
      },
      rootClass: {
        draw: !0
      },
      bbox: [0, 0, 1, 1]
    };
  }
}, InkDrawOutline = class extends Outline {
  #bbox;
  #currentRotation = 0;
  #innerMargin;
  #lines;
  #parentWidth;
  #parentHeight;
  #parentScale;
  #rotation;
  #thickness;
  build(lines, parentWidth, parentHeight, parentScale, rotation, thickness, innerMargin) {
    this.#parentWidth = parentWidth, this.#parentHeight = parentHeight, this.#parentScale = parentScale, this.#rotation = rotation, this.#thickness = thickness, this.#innerMargin = innerMargin ?? 0, this.#lines = lines, this.#computeBbox();
  }
  get thickness() {
    return this.#thickness;
  }
  setLastElement(element) {
    return this.#lines.push(element), {
      path: {
        d: this.toSVGPath()
      }
    };
  }
  removeLastElement() {
    return this.#lines.pop(), {
      path: {
        d: this.toSVGPath()
      }
    };
  }
  toSVGPath() {
    let buffer = [];
    for (let {
      line
    } of this.#lines) {
      if (buffer.push(`M${Outline.svgRound(line[4])} ${Outline.svgRound(line[5])}`), line.length === 6) {
        buffer.push("Z");
        continue;
      }
      if (line.length === 12 && isNaN(line[6])) {
        buffer.push(`L${Outline.svgRound(line[10])} ${Outline.svgRound(line[11])}`);
        continue;
      }
      for (let i = 6, ii = line.length; i < ii; i += 6) {
        let [c1x, c1y, c2x, c2y, x, y] = line.subarray(i, i + 6).map(Outline.svgRound);
        buffer.push(`C${c1x} ${c1y} ${c2x} ${c2y} ${x} ${y}`);
      }
    }
    return buffer.join("");
  }
  serialize([pageX, pageY, pageWidth, pageHeight], isForCopying) {
    let serializedLines = [], serializedPoints = [], [x, y, width, height] = this.#getBBoxWithNoMargin(), tx, ty, sx, sy, x1, y1, x2, y2, rescaleFn;
    switch (this.#rotation) {
      case 0:
        rescaleFn = Outline._rescale, tx = pageX, ty = pageY + pageHeight, sx = pageWidth, sy = -pageHeight, x1 = pageX + x * pageWidth, y1 = pageY + (1 - y - height) * pageHeight, x2 = pageX + (x + width) * pageWidth, y2 = pageY + (1 - y) * pageHeight;
        break;
      case 90:
        rescaleFn = Outline._rescaleAndSwap, tx = pageX, ty = pageY, sx = pageWidth, sy = pageHeight, x1 = pageX + y * pageWidth, y1 = pageY + x * pageHeight, x2 = pageX + (y + height) * pageWidth, y2 = pageY + (x + width) * pageHeight;
        break;
      case 180:
        rescaleFn = Outline._rescale, tx = pageX + pageWidth, ty = pageY, sx = -pageWidth, sy = pageHeight, x1 = pageX + (1 - x - width) * pageWidth, y1 = pageY + y * pageHeight, x2 = pageX + (1 - x) * pageWidth, y2 = pageY + (y + height) * pageHeight;
        break;
      case 270:
        rescaleFn = Outline._rescaleAndSwap, tx = pageX + pageWidth, ty = pageY + pageHeight, sx = -pageWidth, sy = -pageHeight, x1 = pageX + (1 - y - height) * pageWidth, y1 = pageY + (1 - x - width) * pageHeight, x2 = pageX + (1 - y) * pageWidth, y2 = pageY + (1 - x) * pageHeight;
        break;
    }
    for (let {
      line,
      points
    } of this.#lines)
      serializedLines.push(rescaleFn(line, tx, ty, sx, sy, isForCopying ? new Array(line.length) : null)), serializedPoints.push(rescaleFn(points, tx, ty, sx, sy, isForCopying ? new Array(points.length) : null));
    return {
      lines: serializedLines,
      points: serializedPoints,
      rect: [x1, y1, x2, y2]
    };
  }
  static deserialize(pageX, pageY, pageWidth, pageHeight, innerMargin, {
    paths: {
      lines,
      points
    },
    rotation,
    thickness
  }) {
    let newLines = [], tx, ty, sx, sy, rescaleFn;
    switch (rotation) {
      case 0:
        rescaleFn = Outline._rescale, tx = -pageX / pageWidth, ty = pageY / pageHeight + 1, sx = 1 / pageWidth, sy = -1 / pageHeight;
        break;
      case 90:
        rescaleFn = Outline._rescaleAndSwap, tx = -pageY / pageHeight, ty = -pageX / pageWidth, sx = 1 / pageHeight, sy = 1 / pageWidth;
        break;
      case 180:
        rescaleFn = Outline._rescale, tx = pageX / pageWidth + 1, ty = -pageY / pageHeight, sx = -1 / pageWidth, sy = 1 / pageHeight;
        break;
      case 270:
        rescaleFn = Outline._rescaleAndSwap, tx = pageY / pageHeight + 1, ty = pageX / pageWidth + 1, sx = -1 / pageHeight, sy = -1 / pageWidth;
        break;
    }
    if (!lines) {
      lines = [];
      for (let point of points) {
        let len = point.length;
        if (len === 2) {
          lines.push(new Float32Array([NaN, NaN, NaN, NaN, point[0], point[1]]));
          continue;
        }
        if (len === 4) {
          lines.push(new Float32Array([NaN, NaN, NaN, NaN, point[0], point[1], NaN, NaN, NaN, NaN, point[2], point[3]]));
          continue;
        }
        let line = new Float32Array(3 * (len - 2));
        lines.push(line);
        let [x1, y1, x2, y2] = point.subarray(0, 4);
        line.set([NaN, NaN, NaN, NaN, x1, y1], 0);
        for (let i = 4; i < len; i += 2) {
          let x = point[i], y = point[i + 1];
          line.set(Outline.createBezierPoints(x1, y1, x2, y2, x, y), (i - 2) * 3), [x1, y1, x2, y2] = [x2, y2, x, y];
        }
      }
    }
    for (let i = 0, ii = lines.length; i < ii; i++)
      newLines.push({
        line: rescaleFn(lines[i].map((x) => x ?? NaN), tx, ty, sx, sy),
        points: rescaleFn(points[i].map((x) => x ?? NaN), tx, ty, sx, sy)
      });
    let outlines = new this.prototype.constructor();
    return outlines.build(newLines, pageWidth, pageHeight, 1, rotation, thickness, innerMargin), outlines;
  }
  #getMarginComponents(thickness = this.#thickness) {
    let margin = this.#innerMargin + thickness / 2 * this.#parentScale;
    return this.#rotation % 180 === 0 ? [margin / this.#parentWidth, margin / this.#parentHeight] : [margin / this.#parentHeight, margin / this.#parentWidth];
  }
  #getBBoxWithNoMargin() {
    let [x, y, width, height] = this.#bbox, [marginX, marginY] = this.#getMarginComponents(0);
    return [x + marginX, y + marginY, width - 2 * marginX, height - 2 * marginY];
  }
  #computeBbox() {
    let bbox = this.#bbox = new Float32Array([1 / 0, 1 / 0, -1 / 0, -1 / 0]);
    for (let {
      line
    } of this.#lines) {
      if (line.length <= 12) {
        for (let i = 4, ii = line.length; i < ii; i += 6)
          Util.pointBoundingBox(line[i], line[i + 1], bbox);
        continue;
      }
      let lastX = line[4], lastY = line[5];
      for (let i = 6, ii = line.length; i < ii; i += 6) {
        let [c1x, c1y, c2x, c2y, x, y] = line.subarray(i, i + 6);
        Util.bezierBoundingBox(lastX, lastY, c1x, c1y, c2x, c2y, x, y, bbox), lastX = x, lastY = y;
      }
    }
    let [marginX, marginY] = this.#getMarginComponents();
    bbox[0] = MathClamp(bbox[0] - marginX, 0, 1), bbox[1] = MathClamp(bbox[1] - marginY, 0, 1), bbox[2] = MathClamp(bbox[2] + marginX, 0, 1), bbox[3] = MathClamp(bbox[3] + marginY, 0, 1), bbox[2] -= bbox[0], bbox[3] -= bbox[1];
  }
  get box() {
    return this.#bbox;
  }
  updateProperty(name, value) {
    return name === "stroke-width" ? this.#updateThickness(value) : null;
  }
  #updateThickness(thickness) {
    let [oldMarginX, oldMarginY] = this.#getMarginComponents();
    this.#thickness = thickness;
    let [newMarginX, newMarginY] = this.#getMarginComponents(), [diffMarginX, diffMarginY] = [newMarginX - oldMarginX, newMarginY - oldMarginY], bbox = this.#bbox;
    return bbox[0] -= diffMarginX, bbox[1] -= diffMarginY, bbox[2] += 2 * diffMarginX, bbox[3] += 2 * diffMarginY, bbox;
  }
  updateParentDimensions([width, height], scale) {
    let [oldMarginX, oldMarginY] = this.#getMarginComponents();
    this.#parentWidth = width, this.#parentHeight = height, this.#parentScale = scale;
    let [newMarginX, newMarginY] = this.#getMarginComponents(), diffMarginX = newMarginX - oldMarginX, diffMarginY = newMarginY - oldMarginY, bbox = this.#bbox;
    return bbox[0] -= diffMarginX, bbox[1] -= diffMarginY, bbox[2] += 2 * diffMarginX, bbox[3] += 2 * diffMarginY, bbox;
  }
  updateRotation(rotation) {
    return this.#currentRotation = rotation, {
      path: {
        transform: this.rotationTransform
      }
    };
  }
  get viewBox() {
    return this.#bbox.map(Outline.svgRound).join(" ");
  }
  get defaultProperties() {
    let [x, y] = this.#bbox;
    return {
      root: {
        viewBox: this.viewBox
      },
      path: {
        "transform-origin": `${Outline.svgRound(x)} ${Outline.svgRound(y)}`
      }
    };
  }
  get rotationTransform() {
    let [, , width, height] = this.#bbox, a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
    switch (this.#currentRotation) {
      case 90:
        b = height / width, c = -width / height, e = width;
        break;
      case 180:
        a = -1, d = -1, e = width, f = height;
        break;
      case 270:
        b = -height / width, c = width / height, f = height;
        break;
      default:
        return "";
    }
    return `matrix(${a} ${b} ${c} ${d} ${Outline.svgRound(e)} ${Outline.svgRound(f)})`;
  }
  getPathResizingSVGProperties([newX, newY, newWidth, newHeight]) {
    let [marginX, marginY] = this.#getMarginComponents(), [x, y, width, height] = this.#bbox;
    if (Math.abs(width - marginX) <= Outline.PRECISION || Math.abs(height - marginY) <= Outline.PRECISION) {
      let tx = newX + newWidth / 2 - (x + width / 2), ty = newY + newHeight / 2 - (y + height / 2);
      return {
        path: {
          "transform-origin": `${Outline.svgRound(newX)} ${Outline.svgRound(newY)}`,
          transform: `${this.rotationTransform} translate(${tx} ${ty})`
        }
      };
    }
    let s1x = (newWidth - 2 * marginX) / (width - 2 * marginX), s1y = (newHeight - 2 * marginY) / (height - 2 * marginY), s2x = width / newWidth, s2y = height / newHeight;
    return {
      path: {
        "transform-origin": `${Outline.svgRound(x)} ${Outline.svgRound(y)}`,
        transform: `${this.rotationTransform} scale(${s2x} ${s2y}) translate(${Outline.svgRound(marginX)} ${Outline.svgRound(marginY)}) scale(${s1x} ${s1y}) translate(${Outline.svgRound(-marginX)} ${Outline.svgRound(-marginY)})`
      }
    };
  }
  getPathResizedSVGProperties([newX, newY, newWidth, newHeight]) {
    let [marginX, marginY] = this.#getMarginComponents(), bbox = this.#bbox, [x, y, width, height] = bbox;
    if (bbox[0] = newX, bbox[1] = newY, bbox[2] = newWidth, bbox[3] = newHeight, Math.abs(width - marginX) <= Outline.PRECISION || Math.abs(height - marginY) <= Outline.PRECISION) {
      let tx2 = newX + newWidth / 2 - (x + width / 2), ty2 = newY + newHeight / 2 - (y + height / 2);
      for (let {
        line,
        points
      } of this.#lines)
        Outline._translate(line, tx2, ty2, line), Outline._translate(points, tx2, ty2, points);
      return {
        root: {
          viewBox: this.viewBox
        },
        path: {
          "transform-origin": `${Outline.svgRound(newX)} ${Outline.svgRound(newY)}`,
          transform: this.rotationTransform || null,
          d: this.toSVGPath()
        }
      };
    }
    let s1x = (newWidth - 2 * marginX) / (width - 2 * marginX), s1y = (newHeight - 2 * marginY) / (height - 2 * marginY), tx = -s1x * (x + marginX) + newX + marginX, ty = -s1y * (y + marginY) + newY + marginY;
    if (s1x !== 1 || s1y !== 1 || tx !== 0 || ty !== 0)
      for (let {
        line,
        points
      } of this.#lines)
        Outline._rescale(line, tx, ty, s1x, s1y, line), Outline._rescale(points, tx, ty, s1x, s1y, points);
    return {
      root: {
        viewBox: this.viewBox
      },
      path: {
        "transform-origin": `${Outline.svgRound(newX)} ${Outline.svgRound(newY)}`,
        transform: this.rotationTransform || null,
        d: this.toSVGPath()
      }
    };
  }
  getPathTranslatedSVGProperties([newX, newY], parentDimensions) {
    let [newParentWidth, newParentHeight] = parentDimensions, bbox = this.#bbox, tx = newX - bbox[0], ty = newY - bbox[1];
    if (this.#parentWidth === newParentWidth && this.#parentHeight === newParentHeight)
      for (let {
        line,
        points
      } of this.#lines)
        Outline._translate(line, tx, ty, line), Outline._translate(points, tx, ty, points);
    else {
      let sx = this.#parentWidth / newParentWidth, sy = this.#parentHeight / newParentHeight;
      this.#parentWidth = newParentWidth, this.#parentHeight = newParentHeight;
      for (let {
        line,
        points
      } of this.#lines)
        Outline._rescale(line, tx, ty, sx, sy, line), Outline._rescale(points, tx, ty, sx, sy, points);
      bbox[2] *= sx, bbox[3] *= sy;
    }
    return bbox[0] = newX, bbox[1] = newY, {
      root: {
        viewBox: this.viewBox
      },
      path: {
        d: this.toSVGPath(),
        "transform-origin": `${Outline.svgRound(newX)} ${Outline.svgRound(newY)}`
      }
    };
  }
  get defaultSVGProperties() {
    let bbox = this.#bbox;
    return {
      root: {
        viewBox: this.viewBox
      },
      rootClass: {
        draw: !0
      },
      path: {
        d: this.toSVGPath(),
        "transform-origin": `${Outline.svgRound(bbox[0])} ${Outline.svgRound(bbox[1])}`,
        transform: this.rotationTransform || null
      },
      bbox
    };
  }
}, InkDrawingOptions = class _InkDrawingOptions extends DrawingOptions {
  constructor(viewerParameters) {
    super(), this._viewParameters = viewerParameters, super.updateProperties({
      fill: "none",
      stroke: AnnotationEditor._defaultLineColor,
      "stroke-opacity": 1,
      "stroke-width": 1,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      "stroke-miterlimit": 10
    });
  }
  updateSVGProperty(name, value) {
    name === "stroke-width" && (value ??= this["stroke-width"], value *= this._viewParameters.realScale), super.updateSVGProperty(name, value);
  }
  clone() {
    let clone = new _InkDrawingOptions(this._viewParameters);
    return clone.updateAll(this), clone;
  }
}, InkEditor = class _InkEditor extends DrawingEditor {
  static _type = "ink";
  static _editorType = AnnotationEditorType.INK;
  static _defaultDrawingOptions = null;
  constructor(params) {
    super({
      ...params,
      name: "inkEditor"
    }), this._willKeepAspectRatio = !0, this.defaultL10nId = "pdfjs-editor-ink-editor";
  }
  static initialize(l10n, uiManager) {
    AnnotationEditor.initialize(l10n, uiManager), this._defaultDrawingOptions = new InkDrawingOptions(uiManager.viewParameters);
  }
  static getDefaultDrawingOptions(options) {
    let clone = this._defaultDrawingOptions.clone();
    return clone.updateProperties(options), clone;
  }
  static get supportMultipleDrawings() {
    return !0;
  }
  static get typesMap() {
    return shadow(this, "typesMap", /* @__PURE__ */ new Map([[AnnotationEditorParamsType.INK_THICKNESS, "stroke-width"], [AnnotationEditorParamsType.INK_COLOR, "stroke"], [AnnotationEditorParamsType.INK_OPACITY, "stroke-opacity"]]));
  }
  static createDrawerInstance(x, y, parentWidth, parentHeight, rotation) {
    return new InkDrawOutliner(x, y, parentWidth, parentHeight, rotation, this._defaultDrawingOptions["stroke-width"]);
  }
  static deserializeDraw(pageX, pageY, pageWidth, pageHeight, innerMargin, data) {
    return InkDrawOutline.deserialize(pageX, pageY, pageWidth, pageHeight, innerMargin, data);
  }
  static async deserialize(data, parent, uiManager) {
    let initialData = null;
    if (data instanceof InkAnnotationElement) {
      let {
        data: {
          inkLists,
          rect,
          rotation,
          id,
          color,
          opacity,
          borderStyle: {
            rawWidth: thickness
          },
          popupRef,
          richText,
          contentsObj,
          creationDate,
          modificationDate
        },
        parent: {
          page: {
            pageNumber
          }
        }
      } = data;
      initialData = data = {
        annotationType: AnnotationEditorType.INK,
        color: Array.from(color),
        thickness,
        opacity,
        paths: {
          points: inkLists
        },
        boxes: null,
        pageIndex: pageNumber - 1,
        rect: rect.slice(0),
        rotation,
        annotationElementId: id,
        id,
        deleted: !1,
        popupRef,
        richText,
        comment: contentsObj?.str || null,
        creationDate,
        modificationDate
      };
    }
    let editor = await super.deserialize(data, parent, uiManager);
    return editor._initialData = initialData, data.comment && editor.setCommentData(data), editor;
  }
  get toolbarButtons() {
    return this._colorPicker ||= new BasicColorPicker(this), [["colorPicker", this._colorPicker]];
  }
  get colorType() {
    return AnnotationEditorParamsType.INK_COLOR;
  }
  get color() {
    return this._drawingOptions.stroke;
  }
  get opacity() {
    return this._drawingOptions["stroke-opacity"];
  }
  onScaleChanging() {
    if (!this.parent)
      return;
    super.onScaleChanging();
    let {
      _drawId,
      _drawingOptions,
      parent
    } = this;
    _drawingOptions.updateSVGProperty("stroke-width"), parent.drawLayer.updateProperties(_drawId, _drawingOptions.toSVGProperties());
  }
  static onScaleChangingWhenDrawing() {
    let parent = this._currentParent;
    parent && (super.onScaleChangingWhenDrawing(), this._defaultDrawingOptions.updateSVGProperty("stroke-width"), parent.drawLayer.updateProperties(this._currentDrawId, this._defaultDrawingOptions.toSVGProperties()));
  }
  createDrawingOptions({
    color,
    thickness,
    opacity
  }) {
    this._drawingOptions = _InkEditor.getDefaultDrawingOptions({
      stroke: Util.makeHexColor(...color),
      "stroke-width": thickness,
      "stroke-opacity": opacity
    });
  }
  serialize(isForCopying = !1) {
    if (this.isEmpty())
      return null;
    if (this.deleted)
      return this.serializeDeleted();
    let {
      lines,
      points
    } = this.serializeDraw(isForCopying), {
      _drawingOptions: {
        stroke,
        "stroke-opacity": opacity,
        "stroke-width": thickness
      }
    } = this, serialized = Object.assign(super.serialize(isForCopying), {
      color: AnnotationEditor._colorManager.convert(stroke),
      opacity,
      thickness,
      paths: {
        lines,
        points
      }
    });
    return this.addComment(serialized), isForCopying ? (serialized.isCopy = !0, serialized) : this.annotationElementId && !this.#hasElementChanged(serialized) ? null : (serialized.id = this.annotationElementId, serialized);
  }
  #hasElementChanged(serialized) {
    let {
      color,
      thickness,
      opacity,
      pageIndex
    } = this._initialData;
    return this.hasEditedComment || this._hasBeenMoved || this._hasBeenResized || serialized.color.some((c, i) => c !== color[i]) || serialized.thickness !== thickness || serialized.opacity !== opacity || serialized.pageIndex !== pageIndex;
  }
  renderAnnotationElement(annotation) {
    if (this.deleted)
      return annotation.hide(), null;
    let {
      points,
      rect
    } = this.serializeDraw(!1);
    return annotation.updateEdited({
      rect,
      thickness: this._drawingOptions["stroke-width"],
      points,
      popup: this.comment
    }), null;
  }
}, ContourDrawOutline = class extends InkDrawOutline {
  toSVGPath() {
    let path = super.toSVGPath();
    return path.endsWith("Z") || (path += "Z"), path;
  }
}, esnext_uint8_array_from_base64 = __webpack_require__(9432), BASE_HEADER_LENGTH = 8, POINTS_PROPERTIES_NUMBER = 3, SignatureExtractor = class {
  static #PARAMETERS = {
    maxDim: 512,
    sigmaSFactor: 0.02,
    sigmaR: 25,
    kernelSize: 16
  };
  static #neighborIndexToId(i0, j0, i, j) {
    return i -= i0, j -= j0, i === 0 ? j > 0 ? 0 : 4 : i === 1 ? j + 6 : 2 - j;
  }
  static #neighborIdToIndex = new Int32Array([0, 1, -1, 1, -1, 0, -1, -1, 0, -1, 1, -1, 1, 0, 1, 1]);
  static #clockwiseNonZero(buf, width, i0, j0, i, j, offset) {
    let id = this.#neighborIndexToId(i0, j0, i, j);
    for (let k = 0; k < 8; k++) {
      let kk = (-k + id - offset + 16) % 8, shiftI = this.#neighborIdToIndex[2 * kk], shiftJ = this.#neighborIdToIndex[2 * kk + 1];
      if (buf[(i0 + shiftI) * width + (j0 + shiftJ)] !== 0)
        return kk;
    }
    return -1;
  }
  static #counterClockwiseNonZero(buf, width, i0, j0, i, j, offset) {
    let id = this.#neighborIndexToId(i0, j0, i, j);
    for (let k = 0; k < 8; k++) {
      let kk = (k + id + offset + 16) % 8, shiftI = this.#neighborIdToIndex[2 * kk], shiftJ = this.#neighborIdToIndex[2 * kk + 1];
      if (buf[(i0 + shiftI) * width + (j0 + shiftJ)] !== 0)
        return kk;
    }
    return -1;
  }
  static #findContours(buf, width, height, threshold) {
    let N = buf.length, types = new Int32Array(N);
    for (let i = 0; i < N; i++)
      types[i] = buf[i] <= threshold ? 1 : 0;
    for (let i = 1; i < height - 1; i++)
      types[i * width] = types[i * width + width - 1] = 0;
    for (let i = 0; i < width; i++)
      types[i] = types[width * height - 1 - i] = 0;
    let nbd = 1, lnbd, contours = [];
    for (let i = 1; i < height - 1; i++) {
      lnbd = 1;
      for (let j = 1; j < width - 1; j++) {
        let ij = i * width + j, pix = types[ij];
        if (pix === 0)
          continue;
        let i2 = i, j2 = j;
        if (pix === 1 && types[ij - 1] === 0)
          nbd += 1, j2 -= 1;
        else if (pix >= 1 && types[ij + 1] === 0)
          nbd += 1, j2 += 1, pix > 1 && (lnbd = pix);
        else {
          pix !== 1 && (lnbd = Math.abs(pix));
          continue;
        }
        let points = [j, i], isHole = j2 === j + 1, contour = {
          isHole,
          points,
          id: nbd,
          parent: 0
        };
        contours.push(contour);
        let contour0;
        for (let c of contours)
          if (c.id === lnbd) {
            contour0 = c;
            break;
          }
        contour0 ? contour0.isHole ? contour.parent = isHole ? contour0.parent : lnbd : contour.parent = isHole ? lnbd : contour0.parent : contour.parent = isHole ? lnbd : 0;
        let k = this.#clockwiseNonZero(types, width, i, j, i2, j2, 0);
        if (k === -1) {
          types[ij] = -nbd, types[ij] !== 1 && (lnbd = Math.abs(types[ij]));
          continue;
        }
        let shiftI = this.#neighborIdToIndex[2 * k], shiftJ = this.#neighborIdToIndex[2 * k + 1], i1 = i + shiftI, j1 = j + shiftJ;
        i2 = i1, j2 = j1;
        let i3 = i, j3 = j;
        for (; ; ) {
          let kk = this.#counterClockwiseNonZero(types, width, i3, j3, i2, j2, 1);
          shiftI = this.#neighborIdToIndex[2 * kk], shiftJ = this.#neighborIdToIndex[2 * kk + 1];
          let i4 = i3 + shiftI, j4 = j3 + shiftJ;
          points.push(j4, i4);
          let ij3 = i3 * width + j3;
          if (types[ij3 + 1] === 0 ? types[ij3] = -nbd : types[ij3] === 1 && (types[ij3] = nbd), i4 === i && j4 === j && i3 === i1 && j3 === j1) {
            types[ij] !== 1 && (lnbd = Math.abs(types[ij]));
            break;
          } else
            i2 = i3, j2 = j3, i3 = i4, j3 = j4;
        }
      }
    }
    return contours;
  }
  static #douglasPeuckerHelper(points, start, end, output) {
    if (end - start <= 4) {
      for (let i = start; i < end - 2; i += 2)
        output.push(points[i], points[i + 1]);
      return;
    }
    let ax = points[start], ay = points[start + 1], abx = points[end - 4] - ax, aby = points[end - 3] - ay, dist = Math.hypot(abx, aby), nabx = abx / dist, naby = aby / dist, aa = nabx * ay - naby * ax, m = aby / abx, invS = 1 / dist, phi = Math.atan(m), cosPhi = Math.cos(phi), sinPhi = Math.sin(phi), tmax = invS * (Math.abs(cosPhi) + Math.abs(sinPhi)), poly = invS * (1 - tmax + tmax ** 2), partialPhi = Math.max(Math.atan(Math.abs(sinPhi + cosPhi) * poly), Math.atan(Math.abs(sinPhi - cosPhi) * poly)), dmax = 0, index = start;
    for (let i = start + 2; i < end - 2; i += 2) {
      let d = Math.abs(aa - nabx * points[i + 1] + naby * points[i]);
      d > dmax && (index = i, dmax = d);
    }
    dmax > (dist * partialPhi) ** 2 ? (this.#douglasPeuckerHelper(points, start, index + 2, output), this.#douglasPeuckerHelper(points, index, end, output)) : output.push(ax, ay);
  }
  static #douglasPeucker(points) {
    let output = [], len = points.length;
    return this.#douglasPeuckerHelper(points, 0, len, output), output.push(points[len - 2], points[len - 1]), output.length <= 4 ? null : output;
  }
  static #bilateralFilter(buf, width, height, sigmaS, sigmaR, kernelSize) {
    let kernel = new Float32Array(kernelSize ** 2), sigmaS2 = -2 * sigmaS ** 2, halfSize = kernelSize >> 1;
    for (let i = 0; i < kernelSize; i++) {
      let x = (i - halfSize) ** 2;
      for (let j = 0; j < kernelSize; j++)
        kernel[i * kernelSize + j] = Math.exp((x + (j - halfSize) ** 2) / sigmaS2);
    }
    let rangeValues = new Float32Array(256), sigmaR2 = -2 * sigmaR ** 2;
    for (let i = 0; i < 256; i++)
      rangeValues[i] = Math.exp(i ** 2 / sigmaR2);
    let N = buf.length, out = new Uint8Array(N), histogram = new Uint32Array(256);
    for (let i = 0; i < height; i++)
      for (let j = 0; j < width; j++) {
        let ij = i * width + j, center = buf[ij], sum = 0, norm = 0;
        for (let k = 0; k < kernelSize; k++) {
          let y = i + k - halfSize;
          if (!(y < 0 || y >= height))
            for (let l = 0; l < kernelSize; l++) {
              let x = j + l - halfSize;
              if (x < 0 || x >= width)
                continue;
              let neighbour = buf[y * width + x], w = kernel[k * kernelSize + l] * rangeValues[Math.abs(neighbour - center)];
              sum += neighbour * w, norm += w;
            }
        }
        let pix = out[ij] = Math.round(sum / norm);
        histogram[pix]++;
      }
    return [out, histogram];
  }
  static #getHistogram(buf) {
    let histogram = new Uint32Array(256);
    for (let g of buf)
      histogram[g]++;
    return histogram;
  }
  static #toUint8(buf) {
    let N = buf.length, out = new Uint8ClampedArray(N >> 2), max = -1 / 0, min = 1 / 0;
    for (let i = 0, ii = out.length; i < ii; i++) {
      let pix = out[i] = buf[i << 2];
      max = Math.max(max, pix), min = Math.min(min, pix);
    }
    let ratio = 255 / (max - min);
    for (let i = 0, ii = out.length; i < ii; i++)
      out[i] = (out[i] - min) * ratio;
    return out;
  }
  static #guessThreshold(histogram) {
    let i, M = -1 / 0, L = -1 / 0, min = histogram.findIndex((v) => v !== 0), pos = min, spos = min;
    for (i = min; i < 256; i++) {
      let v = histogram[i];
      v > M && (i - pos > L && (L = i - pos, spos = i - 1), M = v, pos = i);
    }
    for (i = spos - 1; i >= 0 && !(histogram[i] > histogram[i + 1]); i--)
      ;
    return i;
  }
  static #getGrayPixels(bitmap) {
    let originalBitmap = bitmap, {
      width,
      height
    } = bitmap, {
      maxDim
    } = this.#PARAMETERS, newWidth = width, newHeight = height;
    if (width > maxDim || height > maxDim) {
      let prevWidth = width, prevHeight = height, steps = Math.log2(Math.max(width, height) / maxDim), isteps = Math.floor(steps);
      steps = steps === isteps ? isteps - 1 : isteps;
      for (let i = 0; i < steps; i++) {
        newWidth = Math.ceil(prevWidth / 2), newHeight = Math.ceil(prevHeight / 2);
        let offscreen2 = new OffscreenCanvas(newWidth, newHeight);
        offscreen2.getContext("2d").drawImage(bitmap, 0, 0, prevWidth, prevHeight, 0, 0, newWidth, newHeight), prevWidth = newWidth, prevHeight = newHeight, bitmap !== originalBitmap && bitmap.close(), bitmap = offscreen2.transferToImageBitmap();
      }
      let ratio = Math.min(maxDim / newWidth, maxDim / newHeight);
      newWidth = Math.round(newWidth * ratio), newHeight = Math.round(newHeight * ratio);
    }
    let ctx = new OffscreenCanvas(newWidth, newHeight).getContext("2d", {
      willReadFrequently: !0
    });
    ctx.fillStyle = "white", ctx.fillRect(0, 0, newWidth, newHeight), ctx.filter = "grayscale(1)", ctx.drawImage(bitmap, 0, 0, bitmap.width, bitmap.height, 0, 0, newWidth, newHeight);
    let grayImage = ctx.getImageData(0, 0, newWidth, newHeight).data;
    return [this.#toUint8(grayImage), newWidth, newHeight];
  }
  static extractContoursFromText(text, {
    fontFamily,
    fontStyle,
    fontWeight
  }, pageWidth, pageHeight, rotation, innerMargin) {
    let canvas = new OffscreenCanvas(1, 1), ctx = canvas.getContext("2d", {
      alpha: !1
    }), fontSize = 200, font = ctx.font = `${fontStyle} ${fontWeight} ${fontSize}px ${fontFamily}`, {
      actualBoundingBoxLeft,
      actualBoundingBoxRight,
      actualBoundingBoxAscent,
      actualBoundingBoxDescent,
      fontBoundingBoxAscent,
      fontBoundingBoxDescent,
      width
    } = ctx.measureText(text), SCALE = 1.5, canvasWidth = Math.ceil(Math.max(Math.abs(actualBoundingBoxLeft) + Math.abs(actualBoundingBoxRight) || 0, width) * SCALE), canvasHeight = Math.ceil(Math.max(Math.abs(actualBoundingBoxAscent) + Math.abs(actualBoundingBoxDescent) || fontSize, Math.abs(fontBoundingBoxAscent) + Math.abs(fontBoundingBoxDescent) || fontSize) * SCALE);
    canvas = new OffscreenCanvas(canvasWidth, canvasHeight), ctx = canvas.getContext("2d", {
      alpha: !0,
      willReadFrequently: !0
    }), ctx.font = font, ctx.filter = "grayscale(1)", ctx.fillStyle = "white", ctx.fillRect(0, 0, canvasWidth, canvasHeight), ctx.fillStyle = "black", ctx.fillText(text, canvasWidth * (SCALE - 1) / 2, canvasHeight * (3 - SCALE) / 2);
    let uint8Buf = this.#toUint8(ctx.getImageData(0, 0, canvasWidth, canvasHeight).data), histogram = this.#getHistogram(uint8Buf), threshold = this.#guessThreshold(histogram), contourList = this.#findContours(uint8Buf, canvasWidth, canvasHeight, threshold);
    return this.processDrawnLines({
      lines: {
        curves: contourList,
        width: canvasWidth,
        height: canvasHeight
      },
      pageWidth,
      pageHeight,
      rotation,
      innerMargin,
      mustSmooth: !0,
      areContours: !0
    });
  }
  static process(bitmap, pageWidth, pageHeight, rotation, innerMargin) {
    let [uint8Buf, width, height] = this.#getGrayPixels(bitmap), [buffer, histogram] = this.#bilateralFilter(uint8Buf, width, height, Math.hypot(width, height) * this.#PARAMETERS.sigmaSFactor, this.#PARAMETERS.sigmaR, this.#PARAMETERS.kernelSize), threshold = this.#guessThreshold(histogram), contourList = this.#findContours(buffer, width, height, threshold);
    return this.processDrawnLines({
      lines: {
        curves: contourList,
        width,
        height
      },
      pageWidth,
      pageHeight,
      rotation,
      innerMargin,
      mustSmooth: !0,
      areContours: !0
    });
  }
  static processDrawnLines({
    lines,
    pageWidth,
    pageHeight,
    rotation,
    innerMargin,
    mustSmooth,
    areContours
  }) {
    rotation % 180 !== 0 && ([pageWidth, pageHeight] = [pageHeight, pageWidth]);
    let {
      curves,
      width,
      height
    } = lines, thickness = lines.thickness ?? 0, linesAndPoints = [], ratio = Math.min(pageWidth / width, pageHeight / height), xScale = ratio / pageWidth, yScale = ratio / pageHeight, newCurves = [];
    for (let {
      points
    } of curves) {
      let reducedPoints = mustSmooth ? this.#douglasPeucker(points) : points;
      if (!reducedPoints)
        continue;
      newCurves.push(reducedPoints);
      let len = reducedPoints.length, newPoints = new Float32Array(len), line = new Float32Array(3 * (len === 2 ? 2 : len - 2));
      if (linesAndPoints.push({
        line,
        points: newPoints
      }), len === 2) {
        newPoints[0] = reducedPoints[0] * xScale, newPoints[1] = reducedPoints[1] * yScale, line.set([NaN, NaN, NaN, NaN, newPoints[0], newPoints[1]], 0);
        continue;
      }
      let [x1, y1, x2, y2] = reducedPoints;
      x1 *= xScale, y1 *= yScale, x2 *= xScale, y2 *= yScale, newPoints.set([x1, y1, x2, y2], 0), line.set([NaN, NaN, NaN, NaN, x1, y1], 0);
      for (let i = 4; i < len; i += 2) {
        let x = newPoints[i] = reducedPoints[i] * xScale, y = newPoints[i + 1] = reducedPoints[i + 1] * yScale;
        line.set(Outline.createBezierPoints(x1, y1, x2, y2, x, y), (i - 2) * 3), [x1, y1, x2, y2] = [x2, y2, x, y];
      }
    }
    if (linesAndPoints.length === 0)
      return null;
    let outline = areContours ? new ContourDrawOutline() : new InkDrawOutline();
    return outline.build(linesAndPoints, pageWidth, pageHeight, 1, rotation, areContours ? 0 : thickness, innerMargin), {
      outline,
      newCurves,
      areContours,
      thickness,
      width,
      height
    };
  }
  static async compressSignature({
    outlines,
    areContours,
    thickness,
    width,
    height
  }) {
    let minDiff = 1 / 0, maxDiff = -1 / 0, outlinesLength = 0;
    for (let points of outlines) {
      outlinesLength += points.length;
      for (let i = 2, ii = points.length; i < ii; i++) {
        let dx = points[i] - points[i - 2];
        minDiff = Math.min(minDiff, dx), maxDiff = Math.max(maxDiff, dx);
      }
    }
    let bufferType;
    minDiff >= -128 && maxDiff <= 127 ? bufferType = Int8Array : minDiff >= -32768 && maxDiff <= 32767 ? bufferType = Int16Array : bufferType = Int32Array;
    let len = outlines.length, headerLength = BASE_HEADER_LENGTH + POINTS_PROPERTIES_NUMBER * len, header = new Uint32Array(headerLength), offset = 0;
    header[offset++] = headerLength * Uint32Array.BYTES_PER_ELEMENT + (outlinesLength - 2 * len) * bufferType.BYTES_PER_ELEMENT, header[offset++] = 0, header[offset++] = width, header[offset++] = height, header[offset++] = areContours ? 0 : 1, header[offset++] = Math.max(0, Math.floor(thickness ?? 0)), header[offset++] = len, header[offset++] = bufferType.BYTES_PER_ELEMENT;
    for (let points of outlines)
      header[offset++] = points.length - 2, header[offset++] = points[0], header[offset++] = points[1];
    let cs = new CompressionStream("deflate-raw"), writer = cs.writable.getWriter();
    await writer.ready, writer.write(header);
    let BufferCtor = bufferType.prototype.constructor;
    for (let points of outlines) {
      let diffs = new BufferCtor(points.length - 2);
      for (let i = 2, ii = points.length; i < ii; i++)
        diffs[i - 2] = points[i] - points[i - 2];
      writer.write(diffs);
    }
    writer.close();
    let buf = await new Response(cs.readable).arrayBuffer();
    return new Uint8Array(buf).toBase64();
  }
  static async decompressSignature(signatureData) {
    try {
      let bytes = Uint8Array.fromBase64(signatureData), {
        readable,
        writable
      } = new DecompressionStream("deflate-raw"), writer = writable.getWriter();
      await writer.ready, writer.write(bytes).then(async () => {
        await writer.ready, await writer.close();
      }).catch(() => {
      });
      let data = null, offset = 0;
      for await (let chunk of readable)
        data ||= new Uint8Array(new Uint32Array(chunk.buffer, 0, 4)[0]), data.set(chunk, offset), offset += chunk.length;
      let header = new Uint32Array(data.buffer, 0, data.length >> 2), version2 = header[1];
      if (version2 !== 0)
        throw new Error(`Invalid version: ${version2}`);
      let width = header[2], height = header[3], areContours = header[4] === 0, thickness = header[5], numberOfDrawings = header[6], bufferType = header[7], outlines = [], diffsOffset = (BASE_HEADER_LENGTH + POINTS_PROPERTIES_NUMBER * numberOfDrawings) * Uint32Array.BYTES_PER_ELEMENT, diffs;
      switch (bufferType) {
        case Int8Array.BYTES_PER_ELEMENT:
          diffs = new Int8Array(data.buffer, diffsOffset);
          break;
        case Int16Array.BYTES_PER_ELEMENT:
          diffs = new Int16Array(data.buffer, diffsOffset);
          break;
        case Int32Array.BYTES_PER_ELEMENT:
          diffs = new Int32Array(data.buffer, diffsOffset);
          break;
      }
      offset = 0;
      for (let i = 0; i < numberOfDrawings; i++) {
        let len = header[POINTS_PROPERTIES_NUMBER * i + BASE_HEADER_LENGTH], points = new Float32Array(len + 2);
        outlines.push(points);
        for (let j = 0; j < POINTS_PROPERTIES_NUMBER - 1; j++)
          points[j] = header[POINTS_PROPERTIES_NUMBER * i + BASE_HEADER_LENGTH + j + 1];
        for (let j = 0; j < len; j++)
          points[j + 2] = points[j] + diffs[offset++];
      }
      return {
        areContours,
        thickness,
        outlines,
        width,
        height
      };
    } catch (e) {
      return warn(`decompressSignature: ${e}`), null;
    }
  }
}, SignatureOptions = class _SignatureOptions extends DrawingOptions {
  constructor() {
    super(), super.updateProperties({
      fill: AnnotationEditor._defaultLineColor,
      "stroke-width": 0
    });
  }
  clone() {
    let clone = new _SignatureOptions();
    return clone.updateAll(this), clone;
  }
}, DrawnSignatureOptions = class _DrawnSignatureOptions extends InkDrawingOptions {
  constructor(viewerParameters) {
    super(viewerParameters), super.updateProperties({
      stroke: AnnotationEditor._defaultLineColor,
      "stroke-width": 1
    });
  }
  clone() {
    let clone = new _DrawnSignatureOptions(this._viewParameters);
    return clone.updateAll(this), clone;
  }
}, SignatureEditor = class _SignatureEditor extends DrawingEditor {
  #isExtracted = !1;
  #description = null;
  #signatureData = null;
  #signatureUUID = null;
  static _type = "signature";
  static _editorType = AnnotationEditorType.SIGNATURE;
  static _defaultDrawingOptions = null;
  constructor(params) {
    super({
      ...params,
      mustBeCommitted: !0,
      name: "signatureEditor"
    }), this._willKeepAspectRatio = !0, this.#signatureData = params.signatureData || null, this.#description = null, this.defaultL10nId = "pdfjs-editor-signature-editor1";
  }
  static initialize(l10n, uiManager) {
    AnnotationEditor.initialize(l10n, uiManager), this._defaultDrawingOptions = new SignatureOptions(), this._defaultDrawnSignatureOptions = new DrawnSignatureOptions(uiManager.viewParameters);
  }
  static getDefaultDrawingOptions(options) {
    let clone = this._defaultDrawingOptions.clone();
    return clone.updateProperties(options), clone;
  }
  static get supportMultipleDrawings() {
    return !1;
  }
  static get typesMap() {
    return shadow(this, "typesMap", /* @__PURE__ */ new Map());
  }
  static get isDrawer() {
    return !1;
  }
  get telemetryFinalData() {
    return {
      type: "signature",
      hasDescription: !!this.#description
    };
  }
  static computeTelemetryFinalData(data) {
    let hasDescriptionStats = data.get("hasDescription");
    return {
      hasAltText: hasDescriptionStats.get(!0) ?? 0,
      hasNoAltText: hasDescriptionStats.get(!1) ?? 0
    };
  }
  get isResizable() {
    return !0;
  }
  onScaleChanging() {
    this._drawId !== null && super.onScaleChanging();
  }
  render() {
    if (this.div)
      return this.div;
    let baseX, baseY, {
      _isCopy
    } = this;
    if (_isCopy && (this._isCopy = !1, baseX = this.x, baseY = this.y), super.render(), this._drawId === null)
      if (this.#signatureData) {
        let {
          lines,
          mustSmooth,
          areContours,
          description,
          uuid,
          heightInPage
        } = this.#signatureData, {
          rawDims: {
            pageWidth,
            pageHeight
          },
          rotation
        } = this.parent.viewport, outline = SignatureExtractor.processDrawnLines({
          lines,
          pageWidth,
          pageHeight,
          rotation,
          innerMargin: _SignatureEditor._INNER_MARGIN,
          mustSmooth,
          areContours
        });
        this.addSignature(outline, heightInPage, description, uuid);
      } else
        this.div.setAttribute("data-l10n-args", JSON.stringify({
          description: ""
        })), this.div.hidden = !0, this._uiManager.getSignature(this);
    else
      this.div.setAttribute("data-l10n-args", JSON.stringify({
        description: this.#description || ""
      }));
    return _isCopy && (this._isCopy = !0, this._moveAfterPaste(baseX, baseY)), this.div;
  }
  setUuid(uuid) {
    this.#signatureUUID = uuid, this.addEditToolbar();
  }
  getUuid() {
    return this.#signatureUUID;
  }
  get description() {
    return this.#description;
  }
  set description(description) {
    this.#description = description, this.div && (this.div.setAttribute("data-l10n-args", JSON.stringify({
      description
    })), super.addEditToolbar().then((toolbar) => {
      toolbar?.updateEditSignatureButton(description);
    }));
  }
  getSignaturePreview() {
    let {
      newCurves,
      areContours,
      thickness,
      width,
      height
    } = this.#signatureData, maxDim = Math.max(width, height), outlineData = SignatureExtractor.processDrawnLines({
      lines: {
        curves: newCurves.map((points) => ({
          points
        })),
        thickness,
        width,
        height
      },
      pageWidth: maxDim,
      pageHeight: maxDim,
      rotation: 0,
      innerMargin: 0,
      mustSmooth: !1,
      areContours
    });
    return {
      areContours,
      outline: outlineData.outline
    };
  }
  get toolbarButtons() {
    return this._uiManager.signatureManager ? [["editSignature", this._uiManager.signatureManager]] : super.toolbarButtons;
  }
  addSignature(data, heightInPage, description, uuid) {
    let {
      x: savedX,
      y: savedY
    } = this, {
      outline
    } = this.#signatureData = data;
    this.#isExtracted = outline instanceof ContourDrawOutline, this.description = description;
    let drawingOptions;
    this.#isExtracted ? drawingOptions = _SignatureEditor.getDefaultDrawingOptions() : (drawingOptions = _SignatureEditor._defaultDrawnSignatureOptions.clone(), drawingOptions.updateProperties({
      "stroke-width": outline.thickness
    })), this._addOutlines({
      drawOutlines: outline,
      drawingOptions
    });
    let [, pageHeight] = this.pageDimensions, newHeight = heightInPage / pageHeight;
    newHeight = newHeight >= 1 ? 0.5 : newHeight, this.width *= newHeight / this.height, this.width >= 1 && (newHeight *= 0.9 / this.width, this.width = 0.9), this.height = newHeight, this.setDims(), this.x = savedX, this.y = savedY, this.center(), this._onResized(), this.onScaleChanging(), this.rotate(), this._uiManager.addToAnnotationStorage(this), this.setUuid(uuid), this._reportTelemetry({
      action: "pdfjs.signature.inserted",
      data: {
        hasBeenSaved: !!uuid,
        hasDescription: !!description
      }
    }), this.div.hidden = !1;
  }
  getFromImage(bitmap) {
    let {
      rawDims: {
        pageWidth,
        pageHeight
      },
      rotation
    } = this.parent.viewport;
    return SignatureExtractor.process(bitmap, pageWidth, pageHeight, rotation, _SignatureEditor._INNER_MARGIN);
  }
  getFromText(text, fontInfo) {
    let {
      rawDims: {
        pageWidth,
        pageHeight
      },
      rotation
    } = this.parent.viewport;
    return SignatureExtractor.extractContoursFromText(text, fontInfo, pageWidth, pageHeight, rotation, _SignatureEditor._INNER_MARGIN);
  }
  getDrawnSignature(curves) {
    let {
      rawDims: {
        pageWidth,
        pageHeight
      },
      rotation
    } = this.parent.viewport;
    return SignatureExtractor.processDrawnLines({
      lines: curves,
      pageWidth,
      pageHeight,
      rotation,
      innerMargin: _SignatureEditor._INNER_MARGIN,
      mustSmooth: !1,
      areContours: !1
    });
  }
  createDrawingOptions({
    areContours,
    thickness
  }) {
    areContours ? this._drawingOptions = _SignatureEditor.getDefaultDrawingOptions() : (this._drawingOptions = _SignatureEditor._defaultDrawnSignatureOptions.clone(), this._drawingOptions.updateProperties({
      "stroke-width": thickness
    }));
  }
  serialize(isForCopying = !1) {
    if (this.isEmpty())
      return null;
    let {
      lines,
      points
    } = this.serializeDraw(isForCopying), {
      _drawingOptions: {
        "stroke-width": thickness
      }
    } = this, serialized = Object.assign(super.serialize(isForCopying), {
      isSignature: !0,
      areContours: this.#isExtracted,
      color: [0, 0, 0],
      thickness: this.#isExtracted ? 0 : thickness
    });
    return this.addComment(serialized), isForCopying ? (serialized.paths = {
      lines,
      points
    }, serialized.uuid = this.#signatureUUID, serialized.isCopy = !0) : serialized.lines = lines, this.#description && (serialized.accessibilityData = {
      type: "Figure",
      alt: this.#description
    }), serialized;
  }
  static deserializeDraw(pageX, pageY, pageWidth, pageHeight, innerMargin, data) {
    return data.areContours ? ContourDrawOutline.deserialize(pageX, pageY, pageWidth, pageHeight, innerMargin, data) : InkDrawOutline.deserialize(pageX, pageY, pageWidth, pageHeight, innerMargin, data);
  }
  static async deserialize(data, parent, uiManager) {
    let editor = await super.deserialize(data, parent, uiManager);
    return editor.#isExtracted = data.areContours, editor.description = data.accessibilityData?.alt || "", editor.#signatureUUID = data.uuid, editor;
  }
}, StampEditor = class extends AnnotationEditor {
  #bitmap = null;
  #bitmapId = null;
  #bitmapPromise = null;
  #bitmapUrl = null;
  #bitmapFile = null;
  #bitmapFileName = "";
  #canvas = null;
  #missingCanvas = !1;
  #resizeTimeoutId = null;
  #isSvg = !1;
  #hasBeenAddedInUndoStack = !1;
  static _type = "stamp";
  static _editorType = AnnotationEditorType.STAMP;
  constructor(params) {
    super({
      ...params,
      name: "stampEditor"
    }), this.#bitmapUrl = params.bitmapUrl, this.#bitmapFile = params.bitmapFile, this.defaultL10nId = "pdfjs-editor-stamp-editor";
  }
  static initialize(l10n, uiManager) {
    AnnotationEditor.initialize(l10n, uiManager);
  }
  static isHandlingMimeForPasting(mime) {
    return SupportedImageMimeTypes.includes(mime);
  }
  static paste(item, parent) {
    parent.pasteEditor({
      mode: AnnotationEditorType.STAMP
    }, {
      bitmapFile: item.getAsFile()
    });
  }
  altTextFinish() {
    this._uiManager.useNewAltTextFlow && (this.div.hidden = !1), super.altTextFinish();
  }
  get telemetryFinalData() {
    return {
      type: "stamp",
      hasAltText: !!this.altTextData?.altText
    };
  }
  static computeTelemetryFinalData(data) {
    let hasAltTextStats = data.get("hasAltText");
    return {
      hasAltText: hasAltTextStats.get(!0) ?? 0,
      hasNoAltText: hasAltTextStats.get(!1) ?? 0
    };
  }
  #getBitmapFetched(data, fromId = !1) {
    if (!data) {
      this.remove();
      return;
    }
    this.#bitmap = data.bitmap, fromId || (this.#bitmapId = data.id, this.#isSvg = data.isSvg), data.file && (this.#bitmapFileName = data.file.name), this.#createCanvas();
  }
  #getBitmapDone() {
    if (this.#bitmapPromise = null, this._uiManager.enableWaiting(!1), !!this.#canvas) {
      if (this._uiManager.useNewAltTextWhenAddingImage && this._uiManager.useNewAltTextFlow && this.#bitmap) {
        this.addEditToolbar().then(() => {
          this._editToolbar.hide(), this._uiManager.editAltText(this, !0);
        });
        return;
      }
      if (!this._uiManager.useNewAltTextWhenAddingImage && this._uiManager.useNewAltTextFlow && this.#bitmap) {
        this._reportTelemetry({
          action: "pdfjs.image.image_added",
          data: {
            alt_text_modal: !1,
            alt_text_type: "empty"
          }
        });
        try {
          this.mlGuessAltText();
        } catch {
        }
      }
      this.div.focus();
    }
  }
  async mlGuessAltText(imageData = null, updateAltTextData = !0) {
    if (this.hasAltTextData())
      return null;
    let {
      mlManager
    } = this._uiManager;
    if (!mlManager)
      throw new Error("No ML.");
    if (!await mlManager.isEnabledFor("altText"))
      throw new Error("ML isn't enabled for alt text.");
    let {
      data,
      width,
      height
    } = imageData || this.copyCanvas(null, null, !0).imageData, response = await mlManager.guess({
      name: "altText",
      request: {
        data,
        width,
        height,
        channels: data.length / (width * height)
      }
    });
    if (!response)
      throw new Error("No response from the AI service.");
    if (response.error)
      throw new Error("Error from the AI service.");
    if (response.cancel)
      return null;
    if (!response.output)
      throw new Error("No valid response from the AI service.");
    let altText = response.output;
    return await this.setGuessedAltText(altText), updateAltTextData && !this.hasAltTextData() && (this.altTextData = {
      alt: altText,
      decorative: !1
    }), altText;
  }
  #getBitmap() {
    if (this.#bitmapId) {
      this._uiManager.enableWaiting(!0), this._uiManager.imageManager.getFromId(this.#bitmapId).then((data) => this.#getBitmapFetched(data, !0)).finally(() => this.#getBitmapDone());
      return;
    }
    if (this.#bitmapUrl) {
      let url = this.#bitmapUrl;
      this.#bitmapUrl = null, this._uiManager.enableWaiting(!0), this.#bitmapPromise = this._uiManager.imageManager.getFromUrl(url).then((data) => this.#getBitmapFetched(data)).finally(() => this.#getBitmapDone());
      return;
    }
    if (this.#bitmapFile) {
      let file = this.#bitmapFile;
      this.#bitmapFile = null, this._uiManager.enableWaiting(!0), this.#bitmapPromise = this._uiManager.imageManager.getFromFile(file).then((data) => this.#getBitmapFetched(data)).finally(() => this.#getBitmapDone());
      return;
    }
    let input = document.createElement("input");
    input.type = "file", input.accept = SupportedImageMimeTypes.join(",");
    let signal = this._uiManager._signal;
    this.#bitmapPromise = new Promise((resolve) => {
      input.addEventListener("change", async () => {
        if (!input.files || input.files.length === 0)
          this.remove();
        else {
          this._uiManager.enableWaiting(!0);
          let data = await this._uiManager.imageManager.getFromFile(input.files[0]);
          this._reportTelemetry({
            action: "pdfjs.image.image_selected",
            data: {
              alt_text_modal: this._uiManager.useNewAltTextFlow
            }
          }), this.#getBitmapFetched(data);
        }
        resolve();
      }, {
        signal
      }), input.addEventListener("cancel", () => {
        this.remove(), resolve();
      }, {
        signal
      });
    }).finally(() => this.#getBitmapDone()), input.click();
  }
  remove() {
    this.#bitmapId && (this.#bitmap = null, this._uiManager.imageManager.deleteId(this.#bitmapId), this.#canvas?.remove(), this.#canvas = null, this.#resizeTimeoutId && (clearTimeout(this.#resizeTimeoutId), this.#resizeTimeoutId = null)), super.remove();
  }
  rebuild() {
    if (!this.parent) {
      this.#bitmapId && this.#getBitmap();
      return;
    }
    super.rebuild(), this.div !== null && (this.#bitmapId && this.#canvas === null && this.#getBitmap(), this.isAttachedToDOM || this.parent.add(this));
  }
  onceAdded(focus) {
    this._isDraggable = !0, focus && this.div.focus();
  }
  isEmpty() {
    return !(this.#bitmapPromise || this.#bitmap || this.#bitmapUrl || this.#bitmapFile || this.#bitmapId || this.#missingCanvas);
  }
  get toolbarButtons() {
    return [["altText", this.createAltText()]];
  }
  get isResizable() {
    return !0;
  }
  render() {
    if (this.div)
      return this.div;
    let baseX, baseY;
    return this._isCopy && (baseX = this.x, baseY = this.y), super.render(), this.div.hidden = !0, this.createAltText(), this.#missingCanvas || (this.#bitmap ? this.#createCanvas() : this.#getBitmap()), this._isCopy && this._moveAfterPaste(baseX, baseY), this._uiManager.addShouldRescale(this), this.div;
  }
  setCanvas(annotationElementId, canvas) {
    let {
      id: bitmapId,
      bitmap
    } = this._uiManager.imageManager.getFromCanvas(annotationElementId, canvas);
    canvas.remove(), bitmapId && this._uiManager.imageManager.isValidId(bitmapId) && (this.#bitmapId = bitmapId, bitmap && (this.#bitmap = bitmap), this.#missingCanvas = !1, this.#createCanvas());
  }
  _onResized() {
    this.onScaleChanging();
  }
  onScaleChanging() {
    if (!this.parent)
      return;
    this.#resizeTimeoutId !== null && clearTimeout(this.#resizeTimeoutId);
    let TIME_TO_WAIT = 200;
    this.#resizeTimeoutId = setTimeout(() => {
      this.#resizeTimeoutId = null, this.#drawBitmap();
    }, TIME_TO_WAIT);
  }
  #createCanvas() {
    let {
      div
    } = this, {
      width,
      height
    } = this.#bitmap, [pageWidth, pageHeight] = this.pageDimensions, MAX_RATIO = 0.75;
    if (this.width)
      width = this.width * pageWidth, height = this.height * pageHeight;
    else if (width > MAX_RATIO * pageWidth || height > MAX_RATIO * pageHeight) {
      let factor = Math.min(MAX_RATIO * pageWidth / width, MAX_RATIO * pageHeight / height);
      width *= factor, height *= factor;
    }
    this._uiManager.enableWaiting(!1);
    let canvas = this.#canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img"), this.addContainer(canvas), this.width = width / pageWidth, this.height = height / pageHeight, this.setDims(), this._initialOptions?.isCentered ? this.center() : this.fixAndSetPosition(), this._initialOptions = null, (!this._uiManager.useNewAltTextWhenAddingImage || !this._uiManager.useNewAltTextFlow || this.annotationElementId) && (div.hidden = !1), this.#drawBitmap(), this.#hasBeenAddedInUndoStack || (this.parent.addUndoableEditor(this), this.#hasBeenAddedInUndoStack = !0), this._reportTelemetry({
      action: "inserted_image"
    }), this.#bitmapFileName && this.div.setAttribute("aria-description", this.#bitmapFileName), this.annotationElementId || this._uiManager.a11yAlert("pdfjs-editor-stamp-added-alert");
  }
  copyCanvas(maxDataDimension, maxPreviewDimension, createImageData = !1) {
    maxDataDimension || (maxDataDimension = 224);
    let {
      width: bitmapWidth,
      height: bitmapHeight
    } = this.#bitmap, outputScale = new OutputScale(), bitmap = this.#bitmap, width = bitmapWidth, height = bitmapHeight, canvas = null;
    if (maxPreviewDimension) {
      if (bitmapWidth > maxPreviewDimension || bitmapHeight > maxPreviewDimension) {
        let ratio = Math.min(maxPreviewDimension / bitmapWidth, maxPreviewDimension / bitmapHeight);
        width = Math.floor(bitmapWidth * ratio), height = Math.floor(bitmapHeight * ratio);
      }
      canvas = document.createElement("canvas");
      let scaledWidth = canvas.width = Math.ceil(width * outputScale.sx), scaledHeight = canvas.height = Math.ceil(height * outputScale.sy);
      this.#isSvg || (bitmap = this.#scaleBitmap(scaledWidth, scaledHeight));
      let ctx = canvas.getContext("2d");
      ctx.filter = this._uiManager.hcmFilter;
      let white = "white", black = "#cfcfd8";
      this._uiManager.hcmFilter !== "none" ? black = "black" : ColorScheme.isDarkMode && (white = "#8f8f9d", black = "#42414d");
      let boxDim = 15, boxDimWidth = boxDim * outputScale.sx, boxDimHeight = boxDim * outputScale.sy, pattern = new OffscreenCanvas(boxDimWidth * 2, boxDimHeight * 2), patternCtx = pattern.getContext("2d");
      patternCtx.fillStyle = white, patternCtx.fillRect(0, 0, boxDimWidth * 2, boxDimHeight * 2), patternCtx.fillStyle = black, patternCtx.fillRect(0, 0, boxDimWidth, boxDimHeight), patternCtx.fillRect(boxDimWidth, boxDimHeight, boxDimWidth, boxDimHeight), ctx.fillStyle = ctx.createPattern(pattern, "repeat"), ctx.fillRect(0, 0, scaledWidth, scaledHeight), ctx.drawImage(bitmap, 0, 0, bitmap.width, bitmap.height, 0, 0, scaledWidth, scaledHeight);
    }
    let imageData = null;
    if (createImageData) {
      let dataWidth, dataHeight;
      if (outputScale.symmetric && bitmap.width < maxDataDimension && bitmap.height < maxDataDimension)
        dataWidth = bitmap.width, dataHeight = bitmap.height;
      else if (bitmap = this.#bitmap, bitmapWidth > maxDataDimension || bitmapHeight > maxDataDimension) {
        let ratio = Math.min(maxDataDimension / bitmapWidth, maxDataDimension / bitmapHeight);
        dataWidth = Math.floor(bitmapWidth * ratio), dataHeight = Math.floor(bitmapHeight * ratio), this.#isSvg || (bitmap = this.#scaleBitmap(dataWidth, dataHeight));
      }
      let offscreenCtx = new OffscreenCanvas(dataWidth, dataHeight).getContext("2d", {
        willReadFrequently: !0
      });
      offscreenCtx.drawImage(bitmap, 0, 0, bitmap.width, bitmap.height, 0, 0, dataWidth, dataHeight), imageData = {
        width: dataWidth,
        height: dataHeight,
        data: offscreenCtx.getImageData(0, 0, dataWidth, dataHeight).data
      };
    }
    return {
      canvas,
      width,
      height,
      imageData
    };
  }
  #scaleBitmap(width, height) {
    let {
      width: bitmapWidth,
      height: bitmapHeight
    } = this.#bitmap, newWidth = bitmapWidth, newHeight = bitmapHeight, bitmap = this.#bitmap;
    for (; newWidth > 2 * width || newHeight > 2 * height; ) {
      let prevWidth = newWidth, prevHeight = newHeight;
      newWidth > 2 * width && (newWidth = newWidth >= 16384 ? Math.floor(newWidth / 2) - 1 : Math.ceil(newWidth / 2)), newHeight > 2 * height && (newHeight = newHeight >= 16384 ? Math.floor(newHeight / 2) - 1 : Math.ceil(newHeight / 2));
      let offscreen = new OffscreenCanvas(newWidth, newHeight);
      offscreen.getContext("2d").drawImage(bitmap, 0, 0, prevWidth, prevHeight, 0, 0, newWidth, newHeight), bitmap = offscreen.transferToImageBitmap();
    }
    return bitmap;
  }
  #drawBitmap() {
    let [parentWidth, parentHeight] = this.parentDimensions, {
      width,
      height
    } = this, outputScale = new OutputScale(), scaledWidth = Math.ceil(width * parentWidth * outputScale.sx), scaledHeight = Math.ceil(height * parentHeight * outputScale.sy), canvas = this.#canvas;
    if (!canvas || canvas.width === scaledWidth && canvas.height === scaledHeight)
      return;
    canvas.width = scaledWidth, canvas.height = scaledHeight;
    let bitmap = this.#isSvg ? this.#bitmap : this.#scaleBitmap(scaledWidth, scaledHeight), ctx = canvas.getContext("2d");
    ctx.filter = this._uiManager.hcmFilter, ctx.drawImage(bitmap, 0, 0, bitmap.width, bitmap.height, 0, 0, scaledWidth, scaledHeight);
  }
  #serializeBitmap(toUrl) {
    if (toUrl) {
      if (this.#isSvg) {
        let url = this._uiManager.imageManager.getSvgUrl(this.#bitmapId);
        if (url)
          return url;
      }
      let canvas = document.createElement("canvas");
      return {
        width: canvas.width,
        height: canvas.height
      } = this.#bitmap, canvas.getContext("2d").drawImage(this.#bitmap, 0, 0), canvas.toDataURL();
    }
    if (this.#isSvg) {
      let [pageWidth, pageHeight] = this.pageDimensions, width = Math.round(this.width * pageWidth * PixelsPerInch.PDF_TO_CSS_UNITS), height = Math.round(this.height * pageHeight * PixelsPerInch.PDF_TO_CSS_UNITS), offscreen = new OffscreenCanvas(width, height);
      return offscreen.getContext("2d").drawImage(this.#bitmap, 0, 0, this.#bitmap.width, this.#bitmap.height, 0, 0, width, height), offscreen.transferToImageBitmap();
    }
    return structuredClone(this.#bitmap);
  }
  static async deserialize(data, parent, uiManager) {
    let initialData = null, missingCanvas = !1;
    if (data instanceof StampAnnotationElement) {
      let {
        data: {
          rect: rect2,
          rotation,
          id,
          structParent,
          popupRef,
          richText,
          contentsObj,
          creationDate,
          modificationDate
        },
        container,
        parent: {
          page: {
            pageNumber
          }
        },
        canvas
      } = data, bitmapId2, bitmap2;
      canvas ? (delete data.canvas, {
        id: bitmapId2,
        bitmap: bitmap2
      } = uiManager.imageManager.getFromCanvas(container.id, canvas), canvas.remove()) : (missingCanvas = !0, data._hasNoCanvas = !0);
      let altText = (await parent._structTree.getAriaAttributes(`${AnnotationPrefix}${id}`))?.get("aria-label") || "";
      initialData = data = {
        annotationType: AnnotationEditorType.STAMP,
        bitmapId: bitmapId2,
        bitmap: bitmap2,
        pageIndex: pageNumber - 1,
        rect: rect2.slice(0),
        rotation,
        annotationElementId: id,
        id,
        deleted: !1,
        accessibilityData: {
          decorative: !1,
          altText
        },
        isSvg: !1,
        structParent,
        popupRef,
        richText,
        comment: contentsObj?.str || null,
        creationDate,
        modificationDate
      };
    }
    let editor = await super.deserialize(data, parent, uiManager), {
      rect,
      bitmap,
      bitmapUrl,
      bitmapId,
      isSvg,
      accessibilityData
    } = data;
    missingCanvas ? (uiManager.addMissingCanvas(data.id, editor), editor.#missingCanvas = !0) : bitmapId && uiManager.imageManager.isValidId(bitmapId) ? (editor.#bitmapId = bitmapId, bitmap && (editor.#bitmap = bitmap)) : editor.#bitmapUrl = bitmapUrl, editor.#isSvg = isSvg;
    let [parentWidth, parentHeight] = editor.pageDimensions;
    return editor.width = (rect[2] - rect[0]) / parentWidth, editor.height = (rect[3] - rect[1]) / parentHeight, accessibilityData && (editor.altTextData = accessibilityData), editor._initialData = initialData, data.comment && editor.setCommentData(data), editor.#hasBeenAddedInUndoStack = !!initialData, editor;
  }
  serialize(isForCopying = !1, context = null) {
    if (this.isEmpty())
      return null;
    if (this.deleted)
      return this.serializeDeleted();
    let serialized = Object.assign(super.serialize(isForCopying), {
      bitmapId: this.#bitmapId,
      isSvg: this.#isSvg
    });
    if (this.addComment(serialized), isForCopying)
      return serialized.bitmapUrl = this.#serializeBitmap(!0), serialized.accessibilityData = this.serializeAltText(!0), serialized.isCopy = !0, serialized;
    let {
      decorative,
      altText
    } = this.serializeAltText(!1);
    if (!decorative && altText && (serialized.accessibilityData = {
      type: "Figure",
      alt: altText
    }), this.annotationElementId) {
      let changes = this.#hasElementChanged(serialized);
      return changes.isSame ? null : (changes.isSameAltText ? delete serialized.accessibilityData : serialized.accessibilityData.structParent = this._initialData.structParent ?? -1, serialized.id = this.annotationElementId, delete serialized.bitmapId, serialized);
    }
    if (context === null)
      return serialized;
    context.stamps ||= /* @__PURE__ */ new Map();
    let area = this.#isSvg ? (serialized.rect[2] - serialized.rect[0]) * (serialized.rect[3] - serialized.rect[1]) : null;
    if (!context.stamps.has(this.#bitmapId))
      context.stamps.set(this.#bitmapId, {
        area,
        serialized
      }), serialized.bitmap = this.#serializeBitmap(!1);
    else if (this.#isSvg) {
      let prevData = context.stamps.get(this.#bitmapId);
      area > prevData.area && (prevData.area = area, prevData.serialized.bitmap.close(), prevData.serialized.bitmap = this.#serializeBitmap(!1));
    }
    return serialized;
  }
  #hasElementChanged(serialized) {
    let {
      pageIndex,
      accessibilityData: {
        altText
      }
    } = this._initialData, isSamePageIndex = serialized.pageIndex === pageIndex, isSameAltText = (serialized.accessibilityData?.alt || "") === altText;
    return {
      isSame: !this.hasEditedComment && !this._hasBeenMoved && !this._hasBeenResized && isSamePageIndex && isSameAltText,
      isSameAltText
    };
  }
  renderAnnotationElement(annotation) {
    return this.deleted ? (annotation.hide(), null) : (annotation.updateEdited({
      rect: this.getPDFRect(),
      popup: this.comment
    }), null);
  }
}, AnnotationEditorLayer = class _AnnotationEditorLayer {
  #accessibilityManager;
  #allowClick = !1;
  #annotationLayer = null;
  #clickAC = null;
  #editorFocusTimeoutId = null;
  #editors = /* @__PURE__ */ new Map();
  #hadPointerDown = !1;
  #isDisabling = !1;
  #isEnabling = !1;
  #drawingAC = null;
  #focusedElement = null;
  #textLayer = null;
  #textSelectionAC = null;
  #textLayerDblClickAC = null;
  #lastPointerDownTimestamp = -1;
  #uiManager;
  static _initialized = !1;
  static #editorTypes = new Map([FreeTextEditor, InkEditor, StampEditor, HighlightEditor, SignatureEditor].map((type) => [type._editorType, type]));
  constructor({
    uiManager,
    pageIndex,
    div,
    structTreeLayer,
    accessibilityManager,
    annotationLayer,
    drawLayer,
    textLayer,
    viewport,
    l10n
  }) {
    let editorTypes = [..._AnnotationEditorLayer.#editorTypes.values()];
    if (!_AnnotationEditorLayer._initialized) {
      _AnnotationEditorLayer._initialized = !0;
      for (let editorType of editorTypes)
        editorType.initialize(l10n, uiManager);
    }
    uiManager.registerEditorTypes(editorTypes), this.#uiManager = uiManager, this.pageIndex = pageIndex, this.div = div, this.#accessibilityManager = accessibilityManager, this.#annotationLayer = annotationLayer, this.viewport = viewport, this.#textLayer = textLayer, this.drawLayer = drawLayer, this._structTree = structTreeLayer, this.#uiManager.addLayer(this);
  }
  updatePageIndex(newPageIndex) {
    this.pageIndex = newPageIndex;
  }
  get isEmpty() {
    return this.#editors.size === 0;
  }
  get isInvisible() {
    return this.isEmpty && this.#uiManager.getMode() === AnnotationEditorType.NONE;
  }
  updateToolbar(options) {
    this.#uiManager.updateToolbar(options);
  }
  updateMode(mode = this.#uiManager.getMode()) {
    switch (this.#cleanup(), mode) {
      case AnnotationEditorType.NONE:
        this.div.classList.toggle("nonEditing", !0), this.disableTextSelection(), this.togglePointerEvents(!1), this.toggleAnnotationLayerPointerEvents(!0), this.disableClick();
        return;
      case AnnotationEditorType.INK:
        this.disableTextSelection(), this.togglePointerEvents(!0), this.enableClick();
        break;
      case AnnotationEditorType.HIGHLIGHT:
        this.enableTextSelection(), this.togglePointerEvents(!1), this.disableClick();
        break;
      default:
        this.disableTextSelection(), this.togglePointerEvents(!0), this.enableClick();
    }
    this.toggleAnnotationLayerPointerEvents(!1);
    let {
      classList
    } = this.div;
    if (classList.toggle("nonEditing", !1), mode === AnnotationEditorType.POPUP)
      classList.toggle("commentEditing", !0);
    else {
      classList.toggle("commentEditing", !1);
      for (let editorType of _AnnotationEditorLayer.#editorTypes.values())
        classList.toggle(`${editorType._type}Editing`, mode === editorType._editorType);
    }
    this.div.hidden = !1;
  }
  hasTextLayer(textLayer) {
    return textLayer === this.#textLayer?.div;
  }
  setEditingState(isEditing) {
    this.#uiManager.setEditingState(isEditing);
  }
  addCommands(params) {
    this.#uiManager.addCommands(params);
  }
  cleanUndoStack(type) {
    this.#uiManager.cleanUndoStack(type);
  }
  toggleDrawing(enabled = !1) {
    this.div.classList.toggle("drawing", !enabled);
  }
  togglePointerEvents(enabled = !1) {
    this.div.classList.toggle("disabled", !enabled);
  }
  toggleAnnotationLayerPointerEvents(enabled = !1) {
    this.#annotationLayer?.togglePointerEvents(enabled);
  }
  get #allEditorsIterator() {
    return this.#editors.size !== 0 ? this.#editors.values() : this.#uiManager.getEditors(this.pageIndex);
  }
  async enable() {
    this.#isEnabling = !0, this.div.tabIndex = 0, this.togglePointerEvents(!0), this.div.classList.toggle("nonEditing", !1), this.#textLayerDblClickAC?.abort(), this.#textLayerDblClickAC = null;
    let annotationElementIds = /* @__PURE__ */ new Set();
    for (let editor of this.#allEditorsIterator)
      editor.enableEditing(), editor.show(!0), editor.annotationElementId && (this.#uiManager.removeChangedExistingAnnotation(editor), annotationElementIds.add(editor.annotationElementId));
    let annotationLayer = this.#annotationLayer;
    if (annotationLayer)
      for (let editable of annotationLayer.getEditableAnnotations()) {
        if (editable.hide(), this.#uiManager.isDeletedAnnotationElement(editable.data.id) || annotationElementIds.has(editable.data.id))
          continue;
        let editor = await this.deserialize(editable);
        editor && (this.addOrRebuild(editor), editor.enableEditing());
      }
    this.#isEnabling = !1, this.#uiManager._eventBus.dispatch("editorsrendered", {
      source: this,
      pageNumber: this.pageIndex + 1
    });
  }
  disable() {
    if (this.#isDisabling = !0, this.div.tabIndex = -1, this.togglePointerEvents(!1), this.div.classList.toggle("nonEditing", !0), this.#textLayer && !this.#textLayerDblClickAC) {
      this.#textLayerDblClickAC = new AbortController();
      let signal = this.#uiManager.combinedSignal(this.#textLayerDblClickAC);
      this.#textLayer.div.addEventListener("pointerdown", (e) => {
        let {
          clientX,
          clientY,
          timeStamp
        } = e, lastPointerDownTimestamp = this.#lastPointerDownTimestamp;
        if (timeStamp - lastPointerDownTimestamp > 500) {
          this.#lastPointerDownTimestamp = timeStamp;
          return;
        }
        this.#lastPointerDownTimestamp = -1;
        let {
          classList: classList2
        } = this.div;
        classList2.toggle("getElements", !0);
        let elements = document.elementsFromPoint(clientX, clientY);
        if (classList2.toggle("getElements", !1), !this.div.contains(elements[0]))
          return;
        let id, regex = new RegExp(`^${AnnotationEditorPrefix}[0-9]+$`);
        for (let element of elements)
          if (regex.test(element.id)) {
            id = element.id;
            break;
          }
        if (!id)
          return;
        let editor = this.#editors.get(id);
        editor?.annotationElementId === null && (e.stopPropagation(), e.preventDefault(), editor.dblclick(e));
      }, {
        signal,
        capture: !0
      });
    }
    let annotationLayer = this.#annotationLayer, needFakeAnnotation = [];
    if (annotationLayer) {
      let changedAnnotations = /* @__PURE__ */ new Map(), resetAnnotations = /* @__PURE__ */ new Map();
      for (let editor of this.#allEditorsIterator) {
        if (editor.disableEditing(), !editor.annotationElementId) {
          needFakeAnnotation.push(editor);
          continue;
        }
        if (editor.serialize() !== null) {
          changedAnnotations.set(editor.annotationElementId, editor);
          continue;
        } else
          resetAnnotations.set(editor.annotationElementId, editor);
        this.getEditableAnnotation(editor.annotationElementId)?.show(), editor.remove();
      }
      let editables = annotationLayer.getEditableAnnotations();
      for (let editable of editables) {
        let {
          id
        } = editable.data;
        if (this.#uiManager.isDeletedAnnotationElement(id)) {
          editable.updateEdited({
            deleted: !0
          });
          continue;
        }
        let editor = resetAnnotations.get(id);
        if (editor) {
          editor.resetAnnotationElement(editable), editor.show(!1), editable.show();
          continue;
        }
        editor = changedAnnotations.get(id), editor && (this.#uiManager.addChangedExistingAnnotation(editor), editor.renderAnnotationElement(editable) && editor.show(!1)), editable.show();
      }
    }
    this.#cleanup(), this.isEmpty && (this.div.hidden = !0);
    let {
      classList
    } = this.div;
    for (let editorType of _AnnotationEditorLayer.#editorTypes.values())
      classList.remove(`${editorType._type}Editing`);
    this.disableTextSelection(), this.toggleAnnotationLayerPointerEvents(!0), annotationLayer?.updateFakeAnnotations(needFakeAnnotation), this.#isDisabling = !1;
  }
  getEditableAnnotation(id) {
    return this.#annotationLayer?.getEditableAnnotation(id) || null;
  }
  setActiveEditor(editor) {
    this.#uiManager.getActive() !== editor && this.#uiManager.setActiveEditor(editor);
  }
  enableTextSelection() {
    if (this.div.tabIndex = -1, this.#textLayer?.div && !this.#textSelectionAC) {
      this.#textSelectionAC = new AbortController();
      let signal = this.#uiManager.combinedSignal(this.#textSelectionAC);
      this.#textLayer.div.addEventListener("pointerdown", this.#textLayerPointerDown.bind(this), {
        signal
      }), this.#textLayer.div.classList.add("highlighting");
    }
  }
  disableTextSelection() {
    this.div.tabIndex = 0, this.#textLayer?.div && this.#textSelectionAC && (this.#textSelectionAC.abort(), this.#textSelectionAC = null, this.#textLayer.div.classList.remove("highlighting"));
  }
  #textLayerPointerDown(event) {
    this.#uiManager.unselectAll();
    let {
      target
    } = event;
    if (target === this.#textLayer.div || (target.getAttribute("role") === "img" || target.classList.contains("endOfContent")) && this.#textLayer.div.contains(target)) {
      let {
        isMac
      } = util_FeatureTest.platform;
      if (event.button !== 0 || event.ctrlKey && isMac)
        return;
      this.#uiManager.showAllEditors("highlight", !0, !0), this.#textLayer.div.classList.add("free"), this.toggleDrawing(), HighlightEditor.startHighlighting(this, this.#uiManager.direction === "ltr", {
        target: this.#textLayer.div,
        x: event.x,
        y: event.y
      }), this.#textLayer.div.addEventListener("pointerup", () => {
        this.#textLayer.div.classList.remove("free"), this.toggleDrawing(!0);
      }, {
        once: !0,
        signal: this.#uiManager._signal
      }), event.preventDefault();
    }
  }
  enableClick() {
    if (this.#clickAC)
      return;
    this.#clickAC = new AbortController();
    let signal = this.#uiManager.combinedSignal(this.#clickAC);
    this.div.addEventListener("pointerdown", this.pointerdown.bind(this), {
      signal
    });
    let pointerup = this.pointerup.bind(this);
    this.div.addEventListener("pointerup", pointerup, {
      signal
    }), this.div.addEventListener("pointercancel", pointerup, {
      signal
    });
  }
  disableClick() {
    this.#clickAC?.abort(), this.#clickAC = null;
  }
  attach(editor) {
    this.#editors.set(editor.id, editor);
    let {
      annotationElementId
    } = editor;
    annotationElementId && this.#uiManager.isDeletedAnnotationElement(annotationElementId) && this.#uiManager.removeDeletedAnnotationElement(editor);
  }
  detach(editor) {
    this.#editors.delete(editor.id), this.#accessibilityManager?.removePointerInTextLayer(editor.contentDiv), !this.#isDisabling && editor.annotationElementId && this.#uiManager.addDeletedAnnotationElement(editor);
  }
  remove(editor) {
    this.detach(editor), this.#uiManager.removeEditor(editor), editor.div.remove(), editor.isAttachedToDOM = !1;
  }
  changeParent(editor) {
    editor.parent !== this && (editor.parent && editor.annotationElementId && (this.#uiManager.addDeletedAnnotationElement(editor), AnnotationEditor.deleteAnnotationElement(editor), editor.annotationElementId = null), this.attach(editor), editor.parent?.detach(editor), editor.setParent(this), editor.div && editor.isAttachedToDOM && (editor.div.remove(), this.div.append(editor.div)));
  }
  add(editor) {
    if (!(editor.parent === this && editor.isAttachedToDOM)) {
      if (this.changeParent(editor), this.#uiManager.addEditor(editor), this.attach(editor), !editor.isAttachedToDOM) {
        let div = editor.render();
        this.div.append(div), editor.isAttachedToDOM = !0;
      }
      editor.fixAndSetPosition(), editor.onceAdded(!this.#isEnabling), this.#uiManager.addToAnnotationStorage(editor), editor._reportTelemetry(editor.telemetryInitialData);
    }
  }
  moveEditorInDOM(editor) {
    if (!editor.isAttachedToDOM)
      return;
    let {
      activeElement
    } = document;
    editor.div.contains(activeElement) && !this.#editorFocusTimeoutId && (editor._focusEventsAllowed = !1, this.#editorFocusTimeoutId = setTimeout(() => {
      this.#editorFocusTimeoutId = null, editor.div.contains(document.activeElement) ? editor._focusEventsAllowed = !0 : (editor.div.addEventListener("focusin", () => {
        editor._focusEventsAllowed = !0;
      }, {
        once: !0,
        signal: this.#uiManager._signal
      }), activeElement.focus());
    }, 0)), editor._structTreeParentId = this.#accessibilityManager?.moveElementInDOM(this.div, editor.div, editor.contentDiv, !0);
  }
  addOrRebuild(editor) {
    editor.needsToBeRebuilt() ? (editor.parent ||= this, editor.rebuild(), editor.show()) : this.add(editor);
  }
  addUndoableEditor(editor) {
    let cmd = () => editor._uiManager.rebuild(editor), undo = () => {
      editor.remove();
    };
    this.addCommands({
      cmd,
      undo,
      mustExec: !1
    });
  }
  getEditorByUID(uid) {
    for (let editor of this.#editors.values())
      if (editor.uid === uid)
        return editor;
    return null;
  }
  getNextId() {
    return this.#uiManager.getId();
  }
  get #currentEditorType() {
    return _AnnotationEditorLayer.#editorTypes.get(this.#uiManager.getMode());
  }
  combinedSignal(ac) {
    return this.#uiManager.combinedSignal(ac);
  }
  #createNewEditor(params) {
    let editorType = this.#currentEditorType;
    return editorType ? new editorType.prototype.constructor(params) : null;
  }
  canCreateNewEmptyEditor() {
    return this.#currentEditorType?.canCreateNewEmptyEditor();
  }
  async pasteEditor(options, params) {
    this.updateToolbar(options), await this.#uiManager.updateMode(options.mode);
    let {
      offsetX,
      offsetY
    } = this.#getCenterPoint(), id = this.getNextId(), editor = this.#createNewEditor({
      parent: this,
      id,
      x: offsetX,
      y: offsetY,
      uiManager: this.#uiManager,
      isCentered: !0,
      ...params
    });
    editor && this.add(editor);
  }
  async deserialize(data) {
    return await _AnnotationEditorLayer.#editorTypes.get(data.annotationType ?? data.annotationEditorType)?.deserialize(data, this, this.#uiManager) || null;
  }
  createAndAddNewEditor(event, isCentered, data = {}) {
    let id = this.getNextId(), editor = this.#createNewEditor({
      parent: this,
      id,
      x: event.offsetX,
      y: event.offsetY,
      uiManager: this.#uiManager,
      isCentered,
      ...data
    });
    return editor && this.add(editor), editor;
  }
  get boundingClientRect() {
    return this.div.getBoundingClientRect();
  }
  #getCenterPoint() {
    let {
      x,
      y,
      width,
      height
    } = this.boundingClientRect, tlX = Math.max(0, x), tlY = Math.max(0, y), brX = Math.min(window.innerWidth, x + width), brY = Math.min(window.innerHeight, y + height), centerX = (tlX + brX) / 2 - x, centerY = (tlY + brY) / 2 - y, [offsetX, offsetY] = this.viewport.rotation % 180 === 0 ? [centerX, centerY] : [centerY, centerX];
    return {
      offsetX,
      offsetY
    };
  }
  addNewEditor(data = {}) {
    this.createAndAddNewEditor(this.#getCenterPoint(), !0, data);
  }
  setSelected(editor) {
    this.#uiManager.setSelected(editor);
  }
  toggleSelected(editor) {
    this.#uiManager.toggleSelected(editor);
  }
  unselect(editor) {
    this.#uiManager.unselect(editor);
  }
  pointerup(event) {
    let {
      isMac
    } = util_FeatureTest.platform;
    if (event.button !== 0 || event.ctrlKey && isMac || event.target !== this.div || !this.#hadPointerDown || (this.#hadPointerDown = !1, this.#currentEditorType?.isDrawer && this.#currentEditorType.supportMultipleDrawings))
      return;
    if (!this.#allowClick) {
      this.#allowClick = !0;
      return;
    }
    let currentMode = this.#uiManager.getMode();
    if (currentMode === AnnotationEditorType.STAMP || currentMode === AnnotationEditorType.SIGNATURE) {
      this.#uiManager.unselectAll();
      return;
    }
    this.createAndAddNewEditor(event, !1);
  }
  pointerdown(event) {
    if (this.#uiManager.getMode() === AnnotationEditorType.HIGHLIGHT && this.enableTextSelection(), this.#hadPointerDown) {
      this.#hadPointerDown = !1;
      return;
    }
    let {
      isMac
    } = util_FeatureTest.platform;
    if (event.button !== 0 || event.ctrlKey && isMac || event.target !== this.div)
      return;
    if (this.#hadPointerDown = !0, this.#currentEditorType?.isDrawer) {
      this.startDrawingSession(event);
      return;
    }
    let editor = this.#uiManager.getActive();
    this.#allowClick = !editor || editor.isEmpty();
  }
  startDrawingSession(event) {
    if (this.div.focus({
      preventScroll: !0
    }), this.#drawingAC) {
      this.#currentEditorType.startDrawing(this, this.#uiManager, !1, event);
      return;
    }
    this.#uiManager.setCurrentDrawingSession(this), this.#drawingAC = new AbortController();
    let signal = this.#uiManager.combinedSignal(this.#drawingAC);
    this.div.addEventListener("blur", ({
      relatedTarget
    }) => {
      relatedTarget && !this.div.contains(relatedTarget) && (this.#focusedElement = null, this.commitOrRemove());
    }, {
      signal
    }), this.#currentEditorType.startDrawing(this, this.#uiManager, !1, event);
  }
  pause(on) {
    if (on) {
      let {
        activeElement
      } = document;
      this.div.contains(activeElement) && (this.#focusedElement = activeElement);
      return;
    }
    this.#focusedElement && setTimeout(() => {
      this.#focusedElement?.focus(), this.#focusedElement = null;
    }, 0);
  }
  endDrawingSession(isAborted = !1) {
    return this.#drawingAC ? (this.#uiManager.setCurrentDrawingSession(null), this.#drawingAC.abort(), this.#drawingAC = null, this.#focusedElement = null, this.#currentEditorType.endDrawing(isAborted)) : null;
  }
  findNewParent(editor, x, y) {
    let layer = this.#uiManager.findParent(x, y);
    return layer === null || layer === this ? !1 : (layer.changeParent(editor), !0);
  }
  commitOrRemove() {
    return this.#drawingAC ? (this.endDrawingSession(), !0) : !1;
  }
  onScaleChanging() {
    this.#drawingAC && this.#currentEditorType.onScaleChangingWhenDrawing(this);
  }
  destroy() {
    this.commitOrRemove(), this.#uiManager.getActive()?.parent === this && (this.#uiManager.commitOrRemove(), this.#uiManager.setActiveEditor(null)), this.#editorFocusTimeoutId && (clearTimeout(this.#editorFocusTimeoutId), this.#editorFocusTimeoutId = null);
    for (let editor of this.#editors.values())
      this.#accessibilityManager?.removePointerInTextLayer(editor.contentDiv), editor.setParent(null), editor.isAttachedToDOM = !1, editor.div.remove();
    this.div = null, this.#editors.clear(), this.#uiManager.removeLayer(this);
  }
  #cleanup() {
    for (let editor of this.#editors.values())
      editor.isEmpty() && editor.remove();
  }
  render({
    viewport
  }) {
    this.viewport = viewport, setLayerDimensions(this.div, viewport);
    for (let editor of this.#uiManager.getEditors(this.pageIndex))
      this.add(editor), editor.rebuild();
    this.updateMode();
  }
  update({
    viewport
  }) {
    this.#uiManager.commitOrRemove(), this.#cleanup();
    let oldRotation = this.viewport.rotation, rotation = viewport.rotation;
    if (this.viewport = viewport, setLayerDimensions(this.div, {
      rotation
    }), oldRotation !== rotation)
      for (let editor of this.#editors.values())
        editor.rotate(rotation);
  }
  get pageDimensions() {
    let {
      pageWidth,
      pageHeight
    } = this.viewport.rawDims;
    return [pageWidth, pageHeight];
  }
  get scale() {
    return this.#uiManager.viewParameters.realScale;
  }
}, DrawLayer = class _DrawLayer {
  #parent = null;
  #mapping = /* @__PURE__ */ new Map();
  #toUpdate = /* @__PURE__ */ new Map();
  static #id = 0;
  setParent(parent) {
    if (!this.#parent) {
      this.#parent = parent;
      return;
    }
    if (this.#parent !== parent) {
      if (this.#mapping.size > 0)
        for (let root of this.#mapping.values())
          root.remove(), parent.append(root);
      this.#parent = parent;
    }
  }
  static get _svgFactory() {
    return shadow(this, "_svgFactory", new DOMSVGFactory());
  }
  static #setBox(element, [x, y, width, height]) {
    let {
      style
    } = element;
    style.top = `${100 * y}%`, style.left = `${100 * x}%`, style.width = `${100 * width}%`, style.height = `${100 * height}%`;
  }
  #createSVG() {
    let svg = _DrawLayer._svgFactory.create(1, 1, !0);
    return this.#parent.append(svg), svg.setAttribute("aria-hidden", !0), svg;
  }
  #createClipPath(defs, pathId) {
    let clipPath = _DrawLayer._svgFactory.createElement("clipPath");
    defs.append(clipPath);
    let clipPathId = `clip_${pathId}`;
    clipPath.setAttribute("id", clipPathId), clipPath.setAttribute("clipPathUnits", "objectBoundingBox");
    let clipPathUse = _DrawLayer._svgFactory.createElement("use");
    return clipPath.append(clipPathUse), clipPathUse.setAttribute("href", `#${pathId}`), clipPathUse.classList.add("clip"), clipPathId;
  }
  #updateProperties(element, properties) {
    for (let [key, value] of Object.entries(properties))
      value === null ? element.removeAttribute(key) : element.setAttribute(key, value);
  }
  draw(properties, isPathUpdatable = !1, hasClip = !1) {
    let id = _DrawLayer.#id++, root = this.#createSVG(), defs = _DrawLayer._svgFactory.createElement("defs");
    root.append(defs);
    let path = _DrawLayer._svgFactory.createElement("path");
    defs.append(path);
    let pathId = `path_${id}`;
    path.setAttribute("id", pathId), path.setAttribute("vector-effect", "non-scaling-stroke"), isPathUpdatable && this.#toUpdate.set(id, path);
    let clipPathId = hasClip ? this.#createClipPath(defs, pathId) : null, use = _DrawLayer._svgFactory.createElement("use");
    return root.append(use), use.setAttribute("href", `#${pathId}`), this.updateProperties(root, properties), this.#mapping.set(id, root), {
      id,
      clipPathId: `url(#${clipPathId})`
    };
  }
  drawOutline(properties, mustRemoveSelfIntersections) {
    let id = _DrawLayer.#id++, root = this.#createSVG(), defs = _DrawLayer._svgFactory.createElement("defs");
    root.append(defs);
    let path = _DrawLayer._svgFactory.createElement("path");
    defs.append(path);
    let pathId = `path_${id}`;
    path.setAttribute("id", pathId), path.setAttribute("vector-effect", "non-scaling-stroke");
    let maskId;
    if (mustRemoveSelfIntersections) {
      let mask = _DrawLayer._svgFactory.createElement("mask");
      defs.append(mask), maskId = `mask_${id}`, mask.setAttribute("id", maskId), mask.setAttribute("maskUnits", "objectBoundingBox");
      let rect = _DrawLayer._svgFactory.createElement("rect");
      mask.append(rect), rect.setAttribute("width", "1"), rect.setAttribute("height", "1"), rect.setAttribute("fill", "white");
      let use = _DrawLayer._svgFactory.createElement("use");
      mask.append(use), use.setAttribute("href", `#${pathId}`), use.setAttribute("stroke", "none"), use.setAttribute("fill", "black"), use.setAttribute("fill-rule", "nonzero"), use.classList.add("mask");
    }
    let use1 = _DrawLayer._svgFactory.createElement("use");
    root.append(use1), use1.setAttribute("href", `#${pathId}`), maskId && use1.setAttribute("mask", `url(#${maskId})`);
    let use2 = use1.cloneNode();
    return root.append(use2), use1.classList.add("mainOutline"), use2.classList.add("secondaryOutline"), this.updateProperties(root, properties), this.#mapping.set(id, root), id;
  }
  finalizeDraw(id, properties) {
    this.#toUpdate.delete(id), this.updateProperties(id, properties);
  }
  updateProperties(elementOrId, properties) {
    if (!properties)
      return;
    let {
      root,
      bbox,
      rootClass,
      path
    } = properties, element = typeof elementOrId == "number" ? this.#mapping.get(elementOrId) : elementOrId;
    if (element) {
      if (root && this.#updateProperties(element, root), bbox && _DrawLayer.#setBox(element, bbox), rootClass) {
        let {
          classList
        } = element;
        for (let [className, value] of Object.entries(rootClass))
          classList.toggle(className, value);
      }
      if (path) {
        let pathElement = element.firstElementChild.firstElementChild;
        this.#updateProperties(pathElement, path);
      }
    }
  }
  updateParent(id, layer) {
    if (layer === this)
      return;
    let root = this.#mapping.get(id);
    root && (layer.#parent.append(root), this.#mapping.delete(id), layer.#mapping.set(id, root));
  }
  remove(id) {
    this.#toUpdate.delete(id), this.#parent !== null && (this.#mapping.get(id).remove(), this.#mapping.delete(id));
  }
  destroy() {
    this.#parent = null;
    for (let root of this.#mapping.values())
      root.remove();
    this.#mapping.clear(), this.#toUpdate.clear();
  }
};
globalThis._pdfjsTestingUtils = {
  HighlightOutliner
};
globalThis.pdfjsLib = {
  AbortException,
  AnnotationEditorLayer,
  AnnotationEditorParamsType,
  AnnotationEditorType,
  AnnotationEditorUIManager,
  AnnotationLayer,
  AnnotationMode,
  AnnotationType,
  applyOpacity,
  build,
  ColorPicker,
  createValidAbsoluteUrl,
  CSSConstants,
  DOMSVGFactory,
  DrawLayer,
  FeatureTest: util_FeatureTest,
  fetchData,
  findContrastColor,
  getDocument,
  getFilenameFromUrl,
  getPdfFilenameFromUrl,
  getRGB,
  getUuid,
  getXfaPageViewport,
  GlobalWorkerOptions,
  ImageKind: util_ImageKind,
  InvalidPDFException,
  isDataScheme,
  isPdfFile,
  isValidExplicitDest,
  MathClamp,
  noContextMenu,
  normalizeUnicode,
  OPS,
  OutputScale,
  PagesMapper,
  PasswordResponses,
  PDFDataRangeTransport,
  PDFDateString,
  PDFWorker,
  PermissionFlag,
  PixelsPerInch,
  RenderingCancelledException,
  renderRichText,
  ResponseException,
  setLayerDimensions,
  shadow,
  SignatureExtractor,
  stopEvent,
  SupportedImageMimeTypes,
  TextLayer,
  TouchManager,
  updateUrlHash,
  Util,
  VerbosityLevel,
  version,
  XfaLayer
};
export {
  AbortException,
  AnnotationEditorLayer,
  AnnotationEditorParamsType,
  AnnotationEditorType,
  AnnotationEditorUIManager,
  AnnotationLayer,
  AnnotationMode,
  AnnotationType,
  CSSConstants,
  ColorPicker,
  DOMSVGFactory,
  DrawLayer,
  util_FeatureTest as FeatureTest,
  GlobalWorkerOptions,
  util_ImageKind as ImageKind,
  InvalidPDFException,
  MathClamp,
  OPS,
  OutputScale,
  PDFDataRangeTransport,
  PDFDateString,
  PDFWorker,
  PagesMapper,
  PasswordResponses,
  PermissionFlag,
  PixelsPerInch,
  RenderingCancelledException,
  ResponseException,
  SignatureExtractor,
  SupportedImageMimeTypes,
  TextLayer,
  TouchManager,
  Util,
  VerbosityLevel,
  XfaLayer,
  applyOpacity,
  build,
  createValidAbsoluteUrl,
  fetchData,
  findContrastColor,
  getDocument,
  getFilenameFromUrl,
  getPdfFilenameFromUrl,
  getRGB,
  getUuid,
  getXfaPageViewport,
  isDataScheme,
  isPdfFile,
  isValidExplicitDest,
  noContextMenu,
  normalizeUnicode,
  renderRichText,
  setLayerDimensions,
  shadow,
  stopEvent,
  updateUrlHash,
  version
};
