import {
  ErrorOnce,
  KubernetesSource,
  POINTER_FILE,
  PollSchedule,
  checkPollInterval,
  contentRevision,
  parsePointerText,
  pollFloorMs
} from "./chunk-MSUMXUZ5.js";
import {
  generateTokens,
  getSharedLlama,
  importNodeLlamaCpp,
  loadLlamaModel,
  promptTokens
} from "./chunk-XIRHHIFP.js";
import {
  cachedFilePaths,
  downloadArtifact,
  scrubCachedFile
} from "./chunk-ZHWFVG5Q.js";
import {
  artifactFiles,
  fsyncDir,
  openStore
} from "./chunk-CCCON3DT.js";
import {
  canaryRole
} from "./chunk-OUA4VDMS.js";
import {
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  storeMetadataKey
} from "./chunk-6XFSSTIM.js";
import {
  parseMetadata
} from "./chunk-NJIZENZ6.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-SE6IUDCK.js";

// node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function(value) {
      return Number.isNaN(value) ? "Nan" : Number.isFinite(value) ? `${value}` : value < 0 ? "-Inf" : "+Inf";
    };
    exports.removeLabels = function(hashMap, labels, sortedLabelNames) {
      let hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function(hashMap, value, labels) {
      let hash = hashObject(labels);
      return hashMap[hash] = {
        value: typeof value == "number" ? value : 0,
        labels: labels || {}
      }, hashMap;
    };
    exports.setValueDelta = function(hashMap, deltaValue, labels, hash = "") {
      let value = typeof deltaValue == "number" ? deltaValue : 0;
      return hashMap[hash] ? hashMap[hash].value += value : hashMap[hash] = { value, labels }, hashMap;
    };
    exports.getLabels = function(labelNames, args) {
      if (typeof args[0] == "object")
        return args[0];
      if (labelNames.length !== args.length)
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames.length}): "${labelNames.join(", ")}".`
        );
      let acc = {};
      for (let i = 0; i < labelNames.length; i++)
        acc[labelNames[i]] = args[i];
      return acc;
    };
    function fastHashObject(keys, labels) {
      if (keys.length === 0)
        return "";
      let hash = "";
      for (let i = 0; i < keys.length; i++) {
        let key = keys[i], value = labels[key];
        value !== void 0 && (hash += `${key}:${value},`);
      }
      return hash;
    }
    function hashObject(labels, labelNames) {
      if (labelNames)
        return fastHashObject(labelNames, labels);
      let keys = Object.keys(labels);
      return keys.length > 1 && keys.sort(), fastHashObject(keys, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function(obj) {
      return obj !== null && typeof obj == "object";
    };
    exports.nowTimestamp = function() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        this.has(key) ? this.get(key).push(value) : this.set(key, [value]);
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util(), Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        if (this._metrics = {}, this._collectors = [], this._defaultLabels = {}, regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE)
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        let metric = typeof metrics.getForPromString == "function" ? await metrics.getForPromString() : await metrics.get(), name = escapeString(metric.name), help = `# HELP ${name} ${escapeString(metric.help)}`, type = `# TYPE ${name} ${metric.type}`, values = [help, type], defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null, isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (let val of metric.values || []) {
          let { metricName = name, labels = {} } = val, { sharedLabels = {} } = val;
          isOpenMetrics && metric.type === "counter" && (metricName = `${metricName}_total`), defaultLabels && (labels = { ...labels, ...defaultLabels, ...labels });
          let formattedLabels = formatLabels(labels, sharedLabels), flattenedShared = flattenSharedLabels(sharedLabels), labelParts = [...formattedLabels, flattenedShared].filter(Boolean), labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "", fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`, { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            let formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values.push(fullMetricLine);
        }
        return values.join(`
`);
      }
      async metrics() {
        let isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE, promises = this.getMetricsAsArray().map((metric) => (isOpenMetrics && metric.type === "counter" && (metric.name = standardizeCounterName(metric.name)), this.getMetricsAsString(metric))), resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join(`
`)}
# EOF
` : `${resolves.join(`

`)}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric)
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {}, this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        let metrics = [], defaultLabelNames = Object.keys(this._defaultLabels), promises = [];
        for (let metric of this.getMetricsAsArray())
          promises.push(metric.get());
        let resolves = await Promise.all(promises);
        for (let item of resolves) {
          if (item.values && defaultLabelNames.length > 0)
            for (let val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (let labelName of defaultLabelNames)
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
            }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name) {
        delete this._metrics[name];
      }
      getSingleMetricAsString(name) {
        return this.getMetricsAsString(this._metrics[name]);
      }
      getSingleMetric(name) {
        return this._metrics[name];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (let metric in this._metrics)
          this._metrics[metric].reset();
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE)
          this._contentType = metricsContentType;
        else
          throw new Error(`Content type ${metricsContentType} is unsupported`);
      }
      static merge(registers) {
        let regType = registers[0].contentType;
        for (let reg of registers)
          if (reg.contentType !== regType)
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
        let mergedRegistry = new _Registry(regType);
        return registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        ).forEach(mergedRegistry.registerMetric, mergedRegistry), mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      let { hasOwnProperty } = Object.prototype, formatted = [];
      for (let [name, value] of Object.entries(labels))
        (!exclude || !hasOwnProperty.call(exclude, name)) && formatted.push(`${name}="${escapeLabelValue(value)}"`);
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      let cached = sharedLabelCache.get(labels);
      if (cached)
        return cached;
      let flattened = formatLabels(labels).join(",");
      return sharedLabelCache.set(labels, flattened), flattened;
    }
    function escapeLabelValue(str3) {
      return typeof str3 != "string" ? str3 : escapeString(str3).replace(/"/g, '\\"');
    }
    function escapeString(str3) {
      return str3.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name) {
      return name.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util"), metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/, labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name) {
      return metricRegexp.test(name);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name) => labelRegexp.test(name));
    };
    exports.validateLabel = function(savedLabels, labels) {
      for (let label in labels)
        if (!savedLabels.includes(label))
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
    };
  }
});

// node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry(), { isObject } = require_util(), { validateMetricName, validateLabelName } = require_validation(), Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject(config))
          throw new TypeError("constructor expected a config object");
        if (Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: !1
          },
          defaults,
          config
        ), this.registers || (this.registers = [Registry2.globalRegistry]), !this.help)
          throw new Error("Missing mandatory help parameter");
        if (!this.name)
          throw new Error("Missing mandatory name parameter");
        if (!validateMetricName(this.name))
          throw new Error("Invalid metric name");
        if (!validateLabelName(this.labelNames))
          throw new Error("Invalid label name");
        if (this.collect && typeof this.collect != "function")
          throw new Error('Optional "collect" parameter must be a function');
        this.labelNames ? this.sortedLabelNames = [...this.labelNames].sort() : this.sortedLabelNames = [], this.reset();
        for (let register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE)
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet, this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (let [labelName, labelValue] of Object.entries(labelSet))
          res += `${labelName}${labelValue}`;
        if (res.length > 128)
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util"), {
      hashObject,
      isObject,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), Exemplar = require_exemplar(), Counter2 = class extends Metric {
      constructor(config) {
        super(config), this.type = "counter", this.defaultLabels = {}, this.defaultValue = 1, this.defaultExemplarLabelSet = {}, config.enableExemplars ? (this.enableExemplars = !0, this.inc = this.incWithExemplar) : this.inc = this.incWithoutExemplar;
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject(labels) ? (hash = hashObject(labels, this.sortedLabelNames), validateLabel(this.labelNames, labels)) : (value = labels, labels = {}), value && !Number.isFinite(value))
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        if (value < 0)
          throw new Error("It is not possible to decrease a counter");
        return value == null && (value = 1), setValue(this.hashMap, value, labels, hash), { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        let res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        exemplarLabels !== this.defaultExemplarLabelSet && (isObject(this.hashMap[hash].exemplar) || (this.hashMap[hash].exemplar = new Exemplar()), this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels), this.hashMap[hash].exemplar.labelSet = exemplarLabels, this.hashMap[hash].exemplar.value = value || 1, this.hashMap[hash].exemplar.timestamp = nowTimestamp());
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {}, this.labelNames.length === 0 && setValue(this.hashMap, 0);
      }
      async get() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args) || {};
        return validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      return hashMap[hash] ? hashMap[hash].value += value : hashMap[hash] = { value, labels }, hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util"), {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject,
      removeLabels
    } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), Gauge2 = class extends Metric {
      constructor(config) {
        super(config), this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value), labels = getLabelArg(labels), set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {}, this.labelNames.length === 0 && setValue(this.hashMap, 0, {});
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value), labels = getLabelArg(labels), value === void 0 && (value = 1), setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value), labels = getLabelArg(labels), value === void 0 && (value = 1), setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        let now = Date.now() / 1e3;
        labels === void 0 ? this.set(now) : this.set(labels, now);
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        let start2 = process.hrtime();
        return (endLabels) => {
          let delta = process.hrtime(start2), value = delta[0] + delta[1] / 1e9;
          return this.set(Object.assign({}, labels, endLabels), value), value;
        };
      }
      async get() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        let hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args);
        return validateLabel(this.labelNames, labels), {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value != "number")
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      validateLabel(gauge.labelNames, labels), setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta) {
      if (typeof delta != "number")
        throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
      validateLabel(gauge.labelNames, labels);
      let hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject(labels) ? value : labels;
    }
    module.exports = Gauge2;
  }
});

// node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util"), {
      getLabels,
      hashObject,
      isObject,
      removeLabels,
      nowTimestamp
    } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), Exemplar = require_exemplar(), Histogram2 = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        }), this.type = "histogram", this.defaultLabels = {}, this.defaultExemplarLabelSet = {}, this.enableExemplars = !1;
        for (let label of this.labelNames)
          if (label === "le")
            throw new Error("le is a reserved label keyword");
        this.upperBounds = this.buckets, this.bucketValues = this.upperBounds.reduce((acc, upperBound) => (acc[upperBound] = 0, acc), {}), config.enableExemplars ? (this.enableExemplars = !0, this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => (acc[upperBound] = null, acc), {}), Object.freeze(this.bucketExemplars), this.observe = this.observeWithExemplar) : this.observe = this.observeWithoutExemplar, Object.freeze(this.bucketValues), Object.freeze(this.upperBounds), this.labelNames.length === 0 && (this.hashMap = {
          [hashObject({})]: createBaseValues(
            {},
            this.bucketValues,
            this.bucketExemplars
          )
        });
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value), this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        let hash = hashObject(labels, this.sortedLabelNames), bound = findBound(this.upperBounds, value), { bucketExemplars } = this.hashMap[hash], exemplar = bucketExemplars[bound];
        isObject(exemplar) || (exemplar = new Exemplar(), bucketExemplars[bound] = exemplar), exemplar.validateExemplarLabelSet(exemplarLabels), exemplar.labelSet = exemplarLabels, exemplar.value = value, exemplar.timestamp = nowTimestamp();
      }
      async get() {
        let data = await this.getForPromString();
        return data.values = data.values.map(splayLabels), data;
      }
      async getForPromString() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        let values = Object.values(this.hashMap).map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        let hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args);
        return validateLabel(this.labelNames, labels), {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        let start2 = process.hrtime();
        return (endLabels) => {
          let delta = process.hrtime(start2), value = delta[0] + delta[1] / 1e9;
          return this.observe(Object.assign({}, startLabels, endLabels), value), value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        let start2 = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          let delta = process.hrtime(start2), value = delta[0] + delta[1] / 1e9;
          return this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          }), value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        let bound = upperBounds[i];
        if (value <= bound)
          return bound;
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        let labelValuePair = convertLabelsAndValues(labels, value);
        if (validateLabel(this.labelNames, labelValuePair.labels), !Number.isFinite(labelValuePair.value))
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        let hash = hashObject(labelValuePair.labels, this.sortedLabelNames), valueFromMap = this.hashMap[hash];
        valueFromMap || (valueFromMap = createBaseValues(
          labelValuePair.labels,
          this.bucketValues,
          this.bucketExemplars
        ));
        let b = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value, valueFromMap.count += 1, Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b) && (valueFromMap.bucketValues[b] += 1), this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      let result = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      return bucketExemplars && (result.bucketExemplars = { ...bucketExemplars }), result;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      let name = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        return { buckets: histogram.upperBounds.map((upperBound) => (acc += bucketData.bucketValues[upperBound], setValuePair(
          { le: upperBound },
          acc,
          name,
          bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
          bucketData.labels
        ))), data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d) => {
        acc.push(...d.buckets);
        let infLabel = { le: "+Inf" };
        return acc.push(
          setValuePair(
            infLabel,
            d.data.count,
            `${histogram.name}_bucket`,
            d.data.bucketExemplars ? d.data.bucketExemplars[-1] : null,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.count,
            `${histogram.name}_count`,
            void 0,
            d.data.labels
          )
        ), acc;
      };
    }
    function splayLabels(bucket) {
      let { sharedLabels, labels, ...newBucket } = bucket;
      for (let label of Object.keys(sharedLabels))
        labels[label] = sharedLabels[label];
      return newBucket.labels = labels, newBucket;
    }
    module.exports = Histogram2;
  }
});

// node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null, this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      for (var res = this._root; res !== null; ) {
        var c = this._comparator(data, res.data);
        if (c === 0)
          return res.data;
        res = res.get_child(c > 0);
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      for (var res = this._root, iter = this.iterator(); res !== null; ) {
        var c = this._comparator(data, res.data);
        if (c === 0)
          return iter._cursor = res, iter;
        iter._ancestors.push(res), res = res.get_child(c > 0);
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      for (var cur = this._root, iter = this.iterator(), cmp = this._comparator; cur !== null; ) {
        var c = cmp(item, cur.data);
        if (c === 0)
          return iter._cursor = cur, iter;
        iter._ancestors.push(cur), cur = cur.get_child(c > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i)
        if (cur = iter._ancestors[i], cmp(item, cur.data) < 0)
          return iter._cursor = cur, iter._ancestors.length = i, iter;
      return iter._ancestors.length = 0, iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      for (var iter = this.lowerBound(item), cmp = this._comparator; iter.data() !== null && cmp(iter.data(), item) === 0; )
        iter.next();
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null)
        return null;
      for (; res.left !== null; )
        res = res.left;
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null)
        return null;
      for (; res.right !== null; )
        res = res.right;
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb) {
      for (var it = this.iterator(), data; (data = it.next()) !== null; )
        if (cb(data) === !1)
          return;
    };
    TreeBase.prototype.reach = function(cb) {
      for (var it = this.iterator(), data; (data = it.prev()) !== null; )
        if (cb(data) === !1)
          return;
    };
    function Iterator(tree) {
      this._tree = tree, this._ancestors = [], this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        root !== null && this._minNode(root);
      } else if (this._cursor.right === null) {
        var save;
        do
          if (save = this._cursor, this._ancestors.length)
            this._cursor = this._ancestors.pop();
          else {
            this._cursor = null;
            break;
          }
        while (this._cursor.right === save);
      } else
        this._ancestors.push(this._cursor), this._minNode(this._cursor.right);
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        root !== null && this._maxNode(root);
      } else if (this._cursor.left === null) {
        var save;
        do
          if (save = this._cursor, this._ancestors.length)
            this._cursor = this._ancestors.pop();
          else {
            this._cursor = null;
            break;
          }
        while (this._cursor.left === save);
      } else
        this._ancestors.push(this._cursor), this._maxNode(this._cursor.left);
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start2) {
      for (; start2.left !== null; )
        this._ancestors.push(start2), start2 = start2.left;
      this._cursor = start2;
    };
    Iterator.prototype._maxNode = function(start2) {
      for (; start2.right !== null; )
        this._ancestors.push(start2), start2 = start2.right;
      this._cursor = start2;
    };
    module.exports = TreeBase;
  }
});

// node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data, this.left = null, this.right = null, this.red = !0;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      dir ? this.right = val : this.left = val;
    };
    function RBTree(comparator) {
      this._root = null, this._comparator = comparator, this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = !1;
      if (this._root === null)
        this._root = new Node(data), ret2 = !0, this.size++;
      else {
        var head = new Node(void 0), dir = 0, last = 0, gp = null, ggp = head, p = null, node = this._root;
        for (ggp.right = this._root; ; ) {
          if (node === null ? (node = new Node(data), p.set_child(dir, node), ret2 = !0, this.size++) : is_red(node.left) && is_red(node.right) && (node.red = !0, node.left.red = !1, node.right.red = !1), is_red(node) && is_red(p)) {
            var dir2 = ggp.right === gp;
            node === p.get_child(last) ? ggp.set_child(dir2, single_rotate(gp, !last)) : ggp.set_child(dir2, double_rotate(gp, !last));
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0)
            break;
          last = dir, dir = cmp < 0, gp !== null && (ggp = gp), gp = p, p = node, node = node.get_child(dir);
        }
        this._root = head.right;
      }
      return this._root.red = !1, ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null)
        return !1;
      var head = new Node(void 0), node = head;
      node.right = this._root;
      for (var p = null, gp = null, found = null, dir = 1; node.get_child(dir) !== null; ) {
        var last = dir;
        gp = p, p = node, node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        if (dir = cmp > 0, cmp === 0 && (found = node), !is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p.set_child(last, sr), p = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p.get_child(!last);
            if (sibling !== null)
              if (!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last)))
                p.red = !1, sibling.red = !0, node.red = !0;
              else {
                var dir2 = gp.right === p;
                is_red(sibling.get_child(last)) ? gp.set_child(dir2, double_rotate(p, last)) : is_red(sibling.get_child(!last)) && gp.set_child(dir2, single_rotate(p, last));
                var gpc = gp.get_child(dir2);
                gpc.red = !0, node.red = !0, gpc.left.red = !1, gpc.right.red = !1;
              }
          }
        }
      }
      return found !== null && (found.data = node.data, p.set_child(p.right === node, node.get_child(node.left === null)), this.size--), this._root = head.right, this._root !== null && (this._root.red = !1), found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root, dir) {
      var save = root.get_child(!dir);
      return root.set_child(!dir, save.get_child(dir)), save.set_child(dir, root), root.red = !0, save.red = !1, save;
    }
    function double_rotate(root, dir) {
      return root.set_child(!dir, single_rotate(root.get_child(!dir), !dir)), single_rotate(root, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data, this.left = null, this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      dir ? this.right = val : this.left = val;
    };
    function BinTree(comparator) {
      this._root = null, this._comparator = comparator, this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null)
        return this._root = new Node(data), this.size++, !0;
      for (var dir = 0, p = null, node = this._root; ; ) {
        if (node === null)
          return node = new Node(data), p.set_child(dir, node), ret = !0, this.size++, !0;
        if (this._comparator(node.data, data) === 0)
          return !1;
        dir = this._comparator(node.data, data) < 0, p = node, node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null)
        return !1;
      var head = new Node(void 0), node = head;
      node.right = this._root;
      for (var p = null, found = null, dir = 1; node.get_child(dir) !== null; ) {
        p = node, node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0, cmp === 0 && (found = node);
      }
      return found !== null ? (found.data = node.data, p.set_child(p.right === node, node.get_child(node.left === null)), this._root = head.right, this.size--, !0) : !1;
    };
    module.exports = BinTree;
  }
});

// node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta, K, CX) {
      this.discrete = delta === !1, this.delta = delta || 0.01, this.K = K === void 0 ? 25 : K, this.CX = CX === void 0 ? 1.1 : CX, this.centroids = new RBTree(compare_centroid_means), this.nreset = 0, this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear(), this.n = 0, this.nreset += 1, this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result = [];
      return everything ? (this._cumulate(!0), this.centroids.each(function(c) {
        result.push(c);
      })) : this.centroids.each(function(c) {
        result.push({ mean: c.mean, n: c.n });
      }), result;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ", s = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s.join(`
`);
    };
    function compare_centroid_means(a, b) {
      return a.mean > b.mean ? 1 : a.mean < b.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a, b) {
      return a.mean_cumn - b.mean_cumn;
    }
    TDigest.prototype.push = function(x, n) {
      n = n || 1, x = Array.isArray(x) ? x : [x];
      for (var i = 0; i < x.length; i++)
        this._digest(x[i], n);
    };
    TDigest.prototype.push_centroid = function(c) {
      c = Array.isArray(c) ? c : [c];
      for (var i = 0; i < c.length; i++)
        this._digest(c[i].mean, c[i].n);
    };
    TDigest.prototype._cumulate = function(exact) {
      if (!(this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate)) {
        var cumn = 0;
        this.centroids.each(function(c) {
          c.mean_cumn = cumn + c.n / 2, cumn = c.cumn = cumn + c.n;
        }), this.n = this.last_cumulate = cumn;
      }
    };
    TDigest.prototype.find_nearest = function(x) {
      if (this.size() === 0)
        return null;
      var iter = this.centroids.lowerBound({ mean: x }), c = iter.data() === null ? iter.prev() : iter.data();
      if (c.mean === x || this.discrete)
        return c;
      var prev = iter.prev();
      return prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x) ? prev : c;
    };
    TDigest.prototype._new_centroid = function(x, n, cumn) {
      var c = { mean: x, n, cumn };
      return this.centroids.insert(c), this.n += n, c;
    };
    TDigest.prototype._addweight = function(nearest, x, n) {
      x !== nearest.mean && (nearest.mean += n * (x - nearest.mean) / (nearest.n + n)), nearest.cumn += n, nearest.mean_cumn += n / 2, nearest.n += n, this.n += n;
    };
    TDigest.prototype._digest = function(x, n) {
      var min = this.centroids.min(), max = this.centroids.max(), nearest = this.find_nearest(x);
      if (nearest && nearest.mean === x)
        this._addweight(nearest, x, n);
      else if (nearest === min)
        this._new_centroid(x, n, 0);
      else if (nearest === max)
        this._new_centroid(x, n, this.n);
      else if (this.discrete)
        this._new_centroid(x, n, nearest.cumn);
      else {
        var p = nearest.mean_cumn / this.n, max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        max_n - nearest.n >= n ? this._addweight(nearest, x, n) : this._new_centroid(x, n, nearest.cumn);
      }
      this._cumulate(!1), !this.discrete && this.K && this.size() > this.K / this.delta && this.compress();
    };
    TDigest.prototype.bound_mean = function(x) {
      var iter = this.centroids.upperBound({ mean: x }), lower = iter.prev(), upper = lower.mean === x ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist], ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x) {
      if (this.size() !== 0) {
        {
          if (x < this.centroids.min().mean)
            return 0;
          if (x > this.centroids.max().mean)
            return 1;
        }
        this._cumulate(!0);
        var bound = this.bound_mean(x), lower = bound[0], upper = bound[1];
        if (this.discrete)
          return lower.cumn / this.n;
        var cumn = lower.mean_cumn;
        return lower !== upper && (cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean)), cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev(), upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist], qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p) {
      if (this.size() !== 0) {
        this._cumulate(!0);
        var h = this.n * p, bound = this.bound_mean_cumn(h), lower = bound[0], upper = bound[1];
        return upper === lower || lower === null || upper === null ? (lower || upper).mean : this.discrete ? h <= lower.cumn ? lower.mean : upper.mean : lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (!this.compressing) {
        var points = this.toArray();
        for (this.reset(), this.compressing = !0; points.length > 0; )
          this.push_centroid(pop_random(points));
        this._cumulate(!0), this.compressing = !1;
      }
    };
    function Digest(config) {
      this.config = config || {}, this.mode = this.config.mode || "auto", TDigest.call(this, this.mode === "cont" ? config.delta : !1), this.digest_ratio = this.config.ratio || 0.9, this.digest_thresh = this.config.thresh || 1e3, this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist), this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x, n, cumn) {
      this.n_unique += 1, TDigest.prototype._new_centroid.call(this, x, n, cumn);
    };
    Digest.prototype._addweight = function(nearest, x, n) {
      nearest.n === 1 && (this.n_unique -= 1), TDigest.prototype._addweight.call(this, nearest, x, n);
    };
    Digest.prototype.check_continuous = function() {
      return this.mode !== "auto" || this.size() < this.digest_thresh ? !1 : this.n_unique / this.size() > this.digest_ratio ? (this.mode = "cont", this.discrete = !1, this.delta = this.config.delta || 0.01, this.compress(), !0) : !1;
    };
    module.exports = {
      TDigest,
      Digest
    };
  }
});

// node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest(), TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0, this.ageBuckets = ageBuckets || 0, this.shouldRotate = maxAgeSeconds && ageBuckets, this.ringBuffer = Array(ageBuckets).fill(new TDigest()), this.currentBuffer = 0, this.lastRotateTimestampMillis = Date.now(), this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || 1 / 0;
      }
      size() {
        return rotate.call(this).size();
      }
      percentile(quantile) {
        return rotate.call(this).percentile(quantile);
      }
      push(value) {
        rotate.call(this), this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      for (; timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate; )
        this.ringBuffer[this.currentBuffer] = new TDigest(), ++this.currentBuffer >= this.ringBuffer.length && (this.currentBuffer = 0), timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis, this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util"), { getLabels, hashObject, removeLabels } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), timeWindowQuantiles = require_timeWindowQuantiles(), DEFAULT_COMPRESS_COUNT = 1e3, Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        }), this.type = "summary";
        for (let label of this.labelNames)
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        this.labelNames.length === 0 && (this.hashMap = {
          [hashObject({})]: {
            labels: {},
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          }
        });
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        let hashKeys = Object.keys(this.hashMap), values = [];
        return hashKeys.forEach((hashKey) => {
          let s = this.hashMap[hashKey];
          s && (this.pruneAgedBuckets && s.td.size() === 0 ? delete this.hashMap[hashKey] : (extractSummariesForExport(s, this.percentiles).forEach((v) => {
            values.push(v);
          }), values.push(getSumForExport(s, this)), values.push(getCountForExport(s, this))));
        }), {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        Object.values(this.hashMap).forEach((s) => {
          s.td.reset(), s.count = 0, s.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args);
        return validateLabel(this.labelNames, labels), {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      return summaryOfLabels.td.compress(), percentiles.map((percentile) => {
        let percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue || 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        let start2 = process.hrtime();
        return (endLabels) => {
          let delta = process.hrtime(start2), value = delta[0] + delta[1] / 1e9;
          return this.observe(Object.assign({}, startLabels, endLabels), value), value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        let labelValuePair = convertLabelsAndValues(labels, value);
        if (validateLabel(this.labelNames, labels), !Number.isFinite(labelValuePair.value))
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        let hash = hashObject(labelValuePair.labels, this.sortedLabelNames), summaryOfLabel = this.hashMap[hash];
        summaryOfLabel || (summaryOfLabel = {
          labels: labelValuePair.labels,
          td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
          count: 0,
          sum: 0
        }), summaryOfLabel.td.push(labelValuePair.value), summaryOfLabel.count++, summaryOfLabel.count % this.compressCount === 0 && summaryOfLabel.td.compress(), summaryOfLabel.sum += labelValuePair.value, this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      return value === void 0 ? {
        value: labels,
        labels: {}
      } : {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url"), http = __require("http"), https = __require("https"), { gzipSync } = __require("zlib"), { globalRegistry } = require_registry(), Pushgateway = class {
      constructor(gatewayUrl, options, registry) {
        registry || (registry = globalRegistry), this.registry = registry, this.gatewayUrl = gatewayUrl;
        let { requireJobName, ...requestOptions } = {
          requireJobName: !0,
          ...options
        };
        this.requireJobName = requireJobName, this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName)
          throw new Error("Missing jobName parameter");
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName)
          throw new Error("Missing jobName parameter");
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName)
          throw new Error("Missing jobName parameter");
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      let gatewayUrlParsed = url.parse(this.gatewayUrl), gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "", jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "", path7 = `${gatewayUrlPath}/metrics${jobPath}`, target = url.resolve(this.gatewayUrl, path7), requestParams = url.parse(target), httpModule = isHttps(requestParams.href) ? https : http, options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve, reject) => {
        method === "DELETE" && options.headers && delete options.headers["Content-Encoding"];
        let req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8"), resp.on("data", (chunk) => {
            body += chunk;
          }), resp.on("end", () => {
            resp.statusCode >= 400 ? reject(
              new Error(`push failed with status ${resp.statusCode}, ${body}`)
            ) : resolve({ resp, body });
          });
        });
        req.on("error", (err) => {
          reject(err);
        }), req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        }), method !== "DELETE" ? this.registry.metrics().then((metrics) => {
          options.headers && options.headers["Content-Encoding"] === "gzip" && (metrics = gzipSync(metrics)), req.write(metrics), req.end();
        }).catch((err) => {
          reject(err);
        }) : req.end();
      });
    }
    function generateGroupings(groupings) {
      return groupings ? Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("") : "";
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start2, width, count) => {
      if (count < 1)
        throw new Error("Linear buckets needs a positive count");
      let buckets = new Array(count);
      for (let i = 0; i < count; i++)
        buckets[i] = start2 + i * width;
      return buckets;
    };
    exports.exponentialBuckets = (start2, factor, count) => {
      if (start2 <= 0)
        throw new Error("Exponential buckets needs a positive start");
      if (count < 1)
        throw new Error("Exponential buckets needs a positive count");
      if (factor <= 1)
        throw new Error("Exponential buckets needs a factor greater than 1");
      let buckets = new Array(count);
      for (let i = 0; i < count; i++)
        buckets[i] = start2, start2 *= factor;
      return buckets;
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      return DiagLogLevel2[DiagLogLevel2.NONE = 0] = "NONE", DiagLogLevel2[DiagLogLevel2.ERROR = 30] = "ERROR", DiagLogLevel2[DiagLogLevel2.WARN = 50] = "WARN", DiagLogLevel2[DiagLogLevel2.INFO = 60] = "INFO", DiagLogLevel2[DiagLogLevel2.DEBUG = 70] = "DEBUG", DiagLogLevel2[DiagLogLevel2.VERBOSE = 80] = "VERBOSE", DiagLogLevel2[DiagLogLevel2.ALL = 9999] = "ALL", DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION = "1.10.0";
    exports.VERSION = VERSION;
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version(), re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      let acceptedVersions = /* @__PURE__ */ new Set([ownVersion]), rejectedVersions = /* @__PURE__ */ new Set(), myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => !1;
      let ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v) {
        return rejectedVersions.add(v), !1;
      }
      function _accept(v) {
        return acceptedVersions.add(v), !0;
      }
      return function(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return !0;
        if (rejectedVersions.has(globalVersion)) return !1;
        let globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        let globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        return globalVersionParsed.prerelease != null || ownVersionParsed.major !== globalVersionParsed.major ? _reject(globalVersion) : ownVersionParsed.major === 0 ? ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch ? _accept(globalVersion) : _reject(globalVersion) : ownVersionParsed.minor <= globalVersionParsed.minor ? _accept(globalVersion) : _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version(), require_semver2 = require_semver(), major = require_version3.VERSION.split(".")[0], GLOBAL_OPENTELEMETRY_API_KEY = Symbol.for(`opentelemetry.js.api.${major}`), _global = typeof globalThis == "object" ? globalThis : typeof self == "object" ? self : typeof window == "object" ? window : typeof global == "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: !0,
        writable: !1,
        configurable: !1
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = !1) {
      var _global$GLOBAL_OPENTE;
      let api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        let err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        return diag.error(err.stack || err.message), !1;
      }
      if (api.version !== "1.10.0") {
        let err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        return diag.error(err.stack || err.message), !1;
      }
      return api[type] = instance, diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`), !0;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      let api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api != null) {
        if (api !== _compatibleGlobalApi) {
          if (!api.version || !require_semver2.isCompatible(api.version)) return;
          _compatibleGlobalApi = api;
        }
        return api[type];
      }
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      let api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      api && delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      let logger = require_global_utils2.getGlobal("diag");
      if (logger)
        return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      maxLevel < 0 ? maxLevel = 0 : maxLevel > 9999 && (maxLevel = 9999), logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        let theFunc = logger[funcName];
        return typeof theFunc == "function" && maxLevel >= theLevel ? theFunc.bind(logger) : function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger(), API_NAME = "diag", DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        return this._instance || (this._instance = new DiagAPI2()), this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            let logger = require_global_utils2.getGlobal("diag");
            if (logger)
              return logger[funcName](...args);
          };
        }
        let self2 = this, setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            let err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            return self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message), !1;
          }
          typeof optionsOrLogLevel == "number" && (optionsOrLogLevel = { logLevel: optionsOrLogLevel });
          let oldLogger = require_global_utils2.getGlobal("diag"), newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            let stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`), newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, !0);
        };
        self2.setLogger = setLogger, self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        }, self2.createComponentLogger = (options) => new require_ComponentLogger2.DiagComponentLogger(options), self2.verbose = _logProxy("verbose"), self2.debug = _logProxy("debug"), self2.info = _logProxy("info"), self2.warn = _logProxy("warn"), self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries) {
        this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        let entry = this._entries.get(key);
        if (entry)
          return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        let newBaggage = new BaggageImpl2(this._entries);
        return newBaggage._entries.set(key, entry), newBaggage;
      }
      removeEntry(key) {
        let newBaggage = new BaggageImpl2(this._entries);
        return newBaggage._entries.delete(key), newBaggage;
      }
      removeEntries(...keys) {
        let newBaggage = new BaggageImpl2(this._entries);
        for (let key of keys) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag(), require_baggage_impl2 = require_baggage_impl(), require_symbol2 = require_symbol(), diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries)));
    }
    function baggageEntryMetadataFromString(str3) {
      return typeof str3 != "string" && (diag.error(`Cannot create baggage metadata from unknown type: ${typeof str3}`), str3 = ""), {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str3;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        let self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map(), self2.getValue = (key) => self2._currentContext.get(key), self2.setValue = (key, value) => {
          let context = new BaseContext(self2._currentContext);
          return context._currentContext.set(key, value), context;
        }, self2.deleteValue = (key) => {
          let context = new BaseContext(self2._currentContext);
          return context._currentContext.delete(key), context;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ], _originalConsoleMethods = {};
    if (typeof console < "u")
      for (let key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) typeof console[key] == "function" && (_originalConsoleMethods[key] = console[key]);
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc != "function" && (theFunc = _originalConsoleMethods.log), typeof theFunc != "function" && console && (theFunc = console[funcName], typeof theFunc != "function" && (theFunc = console.log)), typeof theFunc == "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    }, NoopMetric = class {
    }, NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    }, NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    }, NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    }, NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    }, NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    }, NoopObservableCounterMetric = class extends NoopObservableMetric {
    }, NoopObservableGaugeMetric = class extends NoopObservableMetric {
    }, NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    }, NOOP_METER = new NoopMeter(), NOOP_COUNTER_METRIC = new NoopCounterMetric(), NOOP_GAUGE_METRIC = new NoopGaugeMetric(), NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric(), NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric(), NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric(), NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric(), NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      return ValueType2[ValueType2.INT = 0] = "INT", ValueType2[ValueType2.DOUBLE = 1] = "DOUBLE", ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return !1;
      }
    }, NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      return SeverityNumber2[SeverityNumber2.UNSPECIFIED = 0] = "UNSPECIFIED", SeverityNumber2[SeverityNumber2.TRACE = 1] = "TRACE", SeverityNumber2[SeverityNumber2.TRACE2 = 2] = "TRACE2", SeverityNumber2[SeverityNumber2.TRACE3 = 3] = "TRACE3", SeverityNumber2[SeverityNumber2.TRACE4 = 4] = "TRACE4", SeverityNumber2[SeverityNumber2.DEBUG = 5] = "DEBUG", SeverityNumber2[SeverityNumber2.DEBUG2 = 6] = "DEBUG2", SeverityNumber2[SeverityNumber2.DEBUG3 = 7] = "DEBUG3", SeverityNumber2[SeverityNumber2.DEBUG4 = 8] = "DEBUG4", SeverityNumber2[SeverityNumber2.INFO = 9] = "INFO", SeverityNumber2[SeverityNumber2.INFO2 = 10] = "INFO2", SeverityNumber2[SeverityNumber2.INFO3 = 11] = "INFO3", SeverityNumber2[SeverityNumber2.INFO4 = 12] = "INFO4", SeverityNumber2[SeverityNumber2.WARN = 13] = "WARN", SeverityNumber2[SeverityNumber2.WARN2 = 14] = "WARN2", SeverityNumber2[SeverityNumber2.WARN3 = 15] = "WARN3", SeverityNumber2[SeverityNumber2.WARN4 = 16] = "WARN4", SeverityNumber2[SeverityNumber2.ERROR = 17] = "ERROR", SeverityNumber2[SeverityNumber2.ERROR2 = 18] = "ERROR2", SeverityNumber2[SeverityNumber2.ERROR3 = 19] = "ERROR3", SeverityNumber2[SeverityNumber2.ERROR4 = 20] = "ERROR4", SeverityNumber2[SeverityNumber2.FATAL = 21] = "FATAL", SeverityNumber2[SeverityNumber2.FATAL2 = 22] = "FATAL2", SeverityNumber2[SeverityNumber2.FATAL3 = 23] = "FATAL3", SeverityNumber2[SeverityNumber2.FATAL4 = 24] = "FATAL4", SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier != null)
          return carrier[key];
      },
      keys(carrier) {
        return carrier == null ? [] : Object.keys(carrier);
      }
    }, defaultTextMapSetter = { set(carrier, key, value) {
      carrier != null && (carrier[key] = value);
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      return TraceFlags2[TraceFlags2.NONE = 0] = "NONE", TraceFlags2[TraceFlags2.SAMPLED = 1] = "SAMPLED", TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000", INVALID_TRACEID = "00000000000000000000000000000000", INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants(), NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return !1;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan(), isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id != "string" || id.length !== length) return !1;
      let r = 0;
      for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context(), NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_NoopContextManager2 = require_NoopContextManager(), API_NAME = "context", NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager(), NOOP_TOKEN = Object.freeze({ dispose: () => {
    } }), ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = !1;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        return this._instance || (this._instance = new ContextAPI2()), this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context, fn, thisArg, ...args) {
        return this._getContextManager().with(context, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context, target) {
        return this._getContextManager().bind(context, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context) {
        let contextManager = this._getContextManager();
        return contextManager.attach ? contextManager.attach(context) : (this._attachUnsupportedWarned || (this._attachUnsupportedWarned = !0, require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.")), NOOP_TOKEN);
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable(), require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context(), require_context$1 = require_context2(), require_NonRecordingSpan2 = require_NonRecordingSpan(), SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context) {
      return context.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context, span) {
      return context.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context) {
      return context.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context, spanContext) {
      return setSpan(context, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context) {
      var _getSpan;
      return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2(), require_NonRecordingSpan2 = require_NonRecordingSpan(), require_context_utils2 = require_context_utils(), require_spancontext_utils2 = require_spancontext_utils(), contextApi = require_context3.ContextAPI.getInstance(), NoopTracer = class {
      startSpan(name, options, context = contextApi.active()) {
        if (options?.root) return new require_NonRecordingSpan2.NonRecordingSpan();
        let parentFromContext = context && require_context_utils2.getSpanContext(context);
        return isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext) ? new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext) : new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts, ctx, fn;
        if (arguments.length < 2) return;
        arguments.length === 2 ? fn = arg2 : arguments.length === 3 ? (opts = arg2, fn = arg3) : (opts = arg2, ctx = arg3, fn = arg4);
        let parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active(), span = this.startSpan(name, opts, parentContext), contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext == "object" && "spanId" in spanContext && typeof spanContext.spanId == "string" && "traceId" in spanContext && typeof spanContext.traceId == "string" && "traceFlags" in spanContext && typeof spanContext.traceFlags == "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer(), ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider, this.name = name, this.version = version, this.options = options;
      }
      startSpan(name, options, context) {
        return this._getTracer().startSpan(name, options, context);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        let tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        let tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        return tracer ? (this._delegate = tracer, this._delegate) : NOOP_TRACER;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      return SpanKind2[SpanKind2.INTERNAL = 0] = "INTERNAL", SpanKind2[SpanKind2.SERVER = 1] = "SERVER", SpanKind2[SpanKind2.CLIENT = 2] = "CLIENT", SpanKind2[SpanKind2.PRODUCER = 3] = "PRODUCER", SpanKind2[SpanKind2.CONSUMER = 4] = "CONSUMER", SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      return SpanStatusCode2[SpanStatusCode2.UNSET = 0] = "UNSET", SpanStatusCode2[SpanStatusCode2.OK = 1] = "OK", SpanStatusCode2[SpanStatusCode2.ERROR = 2] = "ERROR", SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]", VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`), VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/, INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators(), MAX_TRACE_STATE_ITEMS = 32, MAX_TRACE_STATE_LEN = 512, LIST_MEMBERS_SEPARATOR = ",", LIST_MEMBER_KEY_VALUE_SPLITTER = "=", TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map(), rawTraceState && this._parse(rawTraceState);
      }
      set(key, value) {
        let currValue = this._internalState.get(key), newLength = this.serialize().length;
        if (typeof currValue == "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        let traceState = this._clone();
        return traceState._internalState.has(key) && traceState._internalState.delete(key), traceState._internalState.set(key, value), traceState;
      }
      unset(key) {
        let traceState = this._clone();
        return traceState._internalState.delete(key), traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => (agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key)), agg), []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        rawTraceState.length > MAX_TRACE_STATE_LEN || (this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          let listMember = part.trim(), i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            let key = listMember.slice(0, i), value = listMember.slice(i + 1, part.length);
            require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value) && agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map()), this._internalState.size > MAX_TRACE_STATE_ITEMS && (this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS))));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        let traceState = new TraceStateImpl2();
        return traceState._internalState = new Map(this._internalState), traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer(), NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer(), NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider(), ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      return SamplingDecision2[SamplingDecision2.NOT_RECORD = 0] = "NOT_RECORD", SamplingDecision2[SamplingDecision2.RECORD = 1] = "RECORD", SamplingDecision2[SamplingDecision2.RECORD_AND_SAMPLED = 2] = "RECORD_AND_SAMPLED", SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context = require_context2().ContextAPI.getInstance();
    exports.context = context;
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger(), NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    }, NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger(), ProxyLogger = class {
      constructor(provider, name, version, options) {
        this._provider = provider, this.name = name, this.version = version, this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        let logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        return logger ? (this._delegate = logger, this._delegate) : require_NoopLogger2.NOOP_LOGGER;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider(), require_ProxyLogger2 = require_ProxyLogger(), ProxyLoggerProvider = class {
      getLogger(name, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_ProxyLoggerProvider2 = require_ProxyLoggerProvider(), API_NAME = "logs", LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        return this._instance || (this._instance = new LogsAPI2()), this._instance;
      }
      setGlobalLoggerProvider(provider) {
        let success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        return success && this._proxyLoggerProvider._setDelegate(provider), success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name, version, options) {
        return this.getLoggerProvider().getLogger(name, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance()), this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs = require_logs().LogsAPI.getInstance();
    exports.logs = logs;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter(), NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    }, NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_NoopMeterProvider2 = require_NoopMeterProvider(), API_NAME = "metrics", MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        return this._instance || (this._instance = new MetricsAPI2()), this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name, version, options) {
        return this.getMeterProvider().getMeter(name, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context, _carrier) {
        return context;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context(), require_context$1 = require_context2(), BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context) {
      return context.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context, baggage) {
      return context.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context) {
      return context.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_utils3 = require_utils(), require_TextMapPropagator2 = require_TextMapPropagator(), require_NoopTextMapPropagator2 = require_NoopTextMapPropagator(), require_context_helpers2 = require_context_helpers(), API_NAME = "propagation", NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator(), PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils3.createBaggage, this.getBaggage = require_context_helpers2.getBaggage, this.getActiveBaggage = require_context_helpers2.getActiveBaggage, this.setBaggage = require_context_helpers2.setBaggage, this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        return this._instance || (this._instance = new PropagationAPI2()), this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_context_utils2 = require_context_utils(), require_spancontext_utils2 = require_spancontext_utils(), require_ProxyTracerProvider2 = require_ProxyTracerProvider(), API_NAME = "trace", TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider(), this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext, this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid, this.deleteSpan = require_context_utils2.deleteSpan, this.getSpan = require_context_utils2.getSpan, this.getActiveSpan = require_context_utils2.getActiveSpan, this.getSpanContext = require_context_utils2.getSpanContext, this.setSpan = require_context_utils2.setSpan, this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        return this._instance || (this._instance = new TraceAPI2()), this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        let success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        return success && this._proxyTracerProvider.setDelegate(provider), success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance()), this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/@opentelemetry/api/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: !0 },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types(), require_utils3 = require_utils(), require_context3 = require_context(), require_consoleLogger2 = require_consoleLogger(), require_NoopMeter2 = require_NoopMeter(), require_Metric2 = require_Metric(), require_NoopLogger2 = require_NoopLogger(), require_LogRecord2 = require_LogRecord(), require_TextMapPropagator2 = require_TextMapPropagator(), require_trace_flags2 = require_trace_flags(), require_invalid_span_constants2 = require_invalid_span_constants(), require_spancontext_utils2 = require_spancontext_utils(), require_ProxyTracer2 = require_ProxyTracer(), require_span_kind2 = require_span_kind(), require_status2 = require_status(), require_utils$1 = require_utils2(), require_ProxyTracerProvider2 = require_ProxyTracerProvider(), require_SamplingResult2 = require_SamplingResult(), require_context_api2 = require_context_api(), require_diag_api2 = require_diag_api(), require_logs_api2 = require_logs_api(), require_metrics_api2 = require_metrics_api(), require_propagation_api2 = require_propagation_api(), require_trace_api2 = require_trace_api(), src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils3.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist(), Counter2 = require_counter(), PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total", PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total", PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry, config = {}) => {
      let registers = registry ? [registry] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, exemplars = config.enableExemplars ? config.enableExemplars : !1, labelNames = Object.keys(labels), lastCpuUsage = process.cpuUsage(), cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          let cpuUsage = process.cpuUsage(), userUsageMicros = cpuUsage.user - lastCpuUsage.user, systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          if (lastCpuUsage = cpuUsage, this.enableExemplars) {
            let exemplarLabels = {}, currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            currentSpan && (exemplarLabels = {
              traceId: currentSpan.spanContext().traceId,
              spanId: currentSpan.spanContext().spanId
            }), cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            }), cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            }), cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6), cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6), cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
        }
      }), cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      }), cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), startInSeconds = Math.round(Date.now() / 1e3 - process.uptime()), PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry, config = {}) => {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry ? [registry] : void 0,
        labelNames,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), fs = __require("fs"), values = ["VmSize", "VmRSS", "VmData"], PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes", PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes", PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split(`
`).reduce((acc, string) => {
        if (!values.some((value2) => string.startsWith(value2)))
          return acc;
        let split = string.split(":"), value = split[1].trim();
        return value = value.substr(0, value.length - 3), value = Number(value) * 1024, acc[split[0]] = value, acc;
      }, {});
    }
    module.exports = (registry, config = {}) => {
      let registers = registry ? [registry] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels), residentMemGauge = new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            let stat5 = fs.readFileSync("/proc/self/status", "utf8"), structuredOutput = structureOutput(stat5);
            residentMemGauge.set(labels, structuredOutput.VmRSS), virtualMemGauge.set(labels, structuredOutput.VmSize), heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      }), virtualMemGauge = new Gauge2({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames
      }), heapSizeMemGauge = new Gauge2({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), linuxVariant = require_osMemoryHeapLinux(), safeMemoryUsage = require_safeMemoryUsage(), PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry, config = {}) {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          let memUsage = safeMemoryUsage();
          memUsage && this.set(labels, memUsage.rss);
        }
      });
    }
    module.exports = (registry, config) => process.platform === "linux" ? linuxVariant(registry, config) : notLinuxVariant(registry, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), fs = __require("fs"), process2 = __require("process"), PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry, config = {}) => {
      if (process2.platform !== "linux")
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          try {
            let fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), fs = __require("fs"), PROCESS_MAX_FDS = "process_max_fds", maxFds;
    module.exports = (registry, config = {}) => {
      if (maxFds === void 0)
        try {
          let lines = fs.readFileSync("/proc/self/limits", "utf8").split(`
`);
          for (let line of lines)
            if (line.startsWith("Max open files")) {
              let parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
        } catch {
          return;
        }
      if (maxFds === void 0) return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          maxFds !== void 0 && this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds", NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds", NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds", NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds", NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds", NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds", NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds", NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start2, gauge, labels) {
      let delta = process.hrtime(start2), seconds = (delta[0] * 1e9 + delta[1]) / 1e9;
      gauge.set(labels, seconds);
    }
    module.exports = (registry, config = {}) => {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels), registers = registry ? [registry] : void 0, collect = () => {
        let start2 = process.hrtime();
        setImmediate(reportEventloopLag, start2, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay)
        try {
          let histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable(), collect = () => {
            let start2 = process.hrtime();
            setImmediate(reportEventloopLag, start2, lag, labels), lagMin.set(labels, histogram.min / 1e9), lagMax.set(labels, histogram.max / 1e9), lagMean.set(labels, histogram.mean / 1e9), lagStddev.set(labels, histogram.stddev / 1e9), lagP50.set(labels, histogram.percentile(50) / 1e9), lagP90.set(labels, histogram.percentile(90) / 1e9), lagP99.set(labels, histogram.percentile(99) / 1e9), histogram.reset();
          };
        } catch (e) {
          if (e.code === "ERR_NOT_IMPLEMENTED")
            return;
          throw e;
        }
      let lag = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect
      }), lagMin = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "min"
      }), lagMax = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "max"
      }), lagMean = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      }), lagStddev = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      }), lagP50 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      }), lagP90 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      }), lagP99 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list) {
      let data = {};
      for (let i = 0; i < list.length; i++) {
        let listElement = list[i];
        !listElement || typeof listElement.constructor > "u" || (Object.hasOwnProperty.call(data, listElement.constructor.name) ? data[listElement.constructor.name] += 1 : data[listElement.constructor.name] = 1);
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (let key in data)
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers(), { updateMetrics } = require_processMetricsHelpers(), Gauge2 = require_gauge(), NODEJS_ACTIVE_HANDLES = "nodejs_active_handles", NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveHandles != "function")
        return;
      let registers = registry ? [registry] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers,
        collect() {
          let handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      }), new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames,
        collect() {
          let handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), { aggregateByObjectName } = require_processMetricsHelpers(), { updateMetrics } = require_processMetricsHelpers(), NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests", NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveRequests != "function")
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          let requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      }), new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          let requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), { updateMetrics } = require_processMetricsHelpers(), NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources", NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry, config = {}) => {
      if (typeof process.getActiveResourcesInfo != "function")
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          let resources = process.getActiveResourcesInfo(), data = {};
          for (let i = 0; i < resources.length; i++) {
            let resource = resources[i];
            Object.hasOwn(data, resource) ? data[resource] += 1 : data[resource] = 1;
          }
          updateMetrics(this, data, labels);
        }
      }), new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          let resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), safeMemoryUsage = require_safeMemoryUsage(), NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes", NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes", NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry, config = {}) => {
      if (typeof process.memoryUsage != "function")
        return;
      let labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels), registers = registry ? [registry] : void 0, namePrefix = config.prefix ? config.prefix : "", collect = () => {
        let memUsage = safeMemoryUsage();
        memUsage && (heapSizeTotal.set(labels, memUsage.heapTotal), heapSizeUsed.set(labels, memUsage.heapUsed), memUsage.external !== void 0 && externalMemUsed.set(labels, memUsage.external));
      }, heapSizeTotal = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect
      }), heapSizeUsed = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames
      }), externalMemUsed = new Gauge2({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), v8 = __require("v8"), METRICS = ["total", "used", "available"], NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e) {
        if (e.code === "ERR_NOT_IMPLEMENTED")
          return;
        throw e;
      }
      let registers = registry ? [registry] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = ["space", ...Object.keys(labels)], gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge2({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames,
          registers
        });
      }), gauges.total.collect = () => {
        for (let space of v8.getHeapSpaceStatistics()) {
          let spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size), gauges.used.set({ space: spaceName, ...labels }, space.space_used_size), gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), version = process.version, versionSegments = version.slice(1).split(".").map(Number), NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry, config = {}) => {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames],
        registers: registry ? [registry] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram2 = require_histogram(), perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds", DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5], kinds = [];
    perf_hooks && perf_hooks.constants && (kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major", kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor", kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental", kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb");
    module.exports = (registry, config = {}) => {
      if (!perf_hooks)
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames = Object.keys(labels), buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS, gcHistogram = new Histogram2({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames],
        enableExemplars: !1,
        buckets,
        registers: registry ? [registry] : void 0
      });
      new perf_hooks.PerformanceObserver((list) => {
        let entry = list.getEntries()[0], kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      }).observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject } = require_util(), processCpuTotal = require_processCpuTotal(), processStartTime = require_processStartTime(), osMemoryHeap = require_osMemoryHeap(), processOpenFileDescriptors = require_processOpenFileDescriptors(), processMaxFileDescriptors = require_processMaxFileDescriptors(), eventLoopLag = require_eventLoopLag(), processHandles = require_processHandles(), processRequests = require_processRequests(), processResources = require_processResources(), heapSizeAndUsed = require_heapSizeAndUsed(), heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed(), version = require_version2(), gc = require_gc(), metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo == "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    }, metricsList = Object.keys(metrics);
    module.exports = function(config) {
      if (config != null && !isObject(config))
        throw new TypeError("config must be null, undefined, or an object");
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (let metric of Object.values(metrics))
        metric(config.register, config);
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        let result = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        }, byLabels = new Grouper();
        return metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            let key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        }), byLabels.forEach((values) => {
          if (values.length === 0) return;
          let valObj = {
            value: aggregatorFn(values),
            labels: values[0].labels
          };
          values[0].metricName && (valObj.metricName = values[0].metricName), result.values.push(valObj);
        }), result;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v) => v.reduce((p, c) => p + c.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v) => v[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v) => v.reduce((p, c) => p + c.value, 0) / v.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.min(p, c.value), 1 / 0)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.max(p, c.value), -1 / 0)
      )
    };
  }
});

// node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry(), { Grouper } = require_util(), { aggregators } = require_metricAggregators(), cluster = () => {
      let data = __require("cluster");
      return cluster = () => data, data;
    }, GET_METRICS_REQ = "prom-client:getMetricsReq", GET_METRICS_RES = "prom-client:getMetricsRes", registries = [Registry2.globalRegistry], requestCtr = 0, listenersAdded = !1, requests = /* @__PURE__ */ new Map(), AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType), addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        let requestId = requestCtr++;
        return new Promise((resolve, reject) => {
          let settled = !1;
          function done(err, result) {
            settled || (settled = !0, err ? reject(err) : resolve(result));
          }
          let request = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              let err = new Error("Operation timed out.");
              request.done(err);
            }, 5e3)
          };
          requests.set(requestId, request);
          let message = {
            type: GET_METRICS_REQ,
            requestId
          };
          for (let id in cluster().workers)
            cluster().workers[id].isConnected() && (cluster().workers[id].send(message), request.pending++);
          request.pending === 0 && (clearTimeout(request.errorTimeout), process.nextTick(() => done(null, "")));
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        let aggregatedRegistry = new Registry2(), metricsByName = new Grouper();
        return aggregatedRegistry.setContentType(registryType), metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        }), metricsByName.forEach((metrics) => {
          let aggregatorName = metrics[0].aggregator, aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn != "function")
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          let aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            let aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        }), aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        Array.isArray(regs) || (regs = [regs]), regs.forEach((reg) => {
          if (!(reg instanceof Registry2))
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
        }), registries = regs;
      }
    };
    function addListeners() {
      listenersAdded || (listenersAdded = !0, cluster().isMaster && cluster().on("message", (worker, message) => {
        if (message.type === GET_METRICS_RES) {
          let request = requests.get(message.requestId);
          if (message.error) {
            request.done(new Error(message.error));
            return;
          }
          if (message.metrics.forEach((registry) => request.responses.push(registry)), request.pending--, request.pending === 0) {
            requests.delete(message.requestId), clearTimeout(request.errorTimeout);
            let promString = AggregatorRegistry.aggregate(request.responses).metrics();
            request.done(null, promString);
          }
        }
      }), cluster().isWorker && process.on("message", (message) => {
        message.type === GET_METRICS_REQ && Promise.all(registries.map((r) => r.getMetricsAsJSON())).then((metrics) => {
          process.send({
            type: GET_METRICS_RES,
            requestId: message.requestId,
            metrics
          });
        }).catch((error) => {
          process.send({
            type: GET_METRICS_RES,
            requestId: message.requestId,
            error: error.message
          });
        });
      }));
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: !1,
      enumerable: !0,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// src/serve/agent.ts
import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import path from "node:path";

// src/serve/prometheus-metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);
function servingRole(follower) {
  return follower?.serving()?.role === "canary" ? "canary" : "stable";
}
var LATENCY_BUCKETS = Array.from({ length: 65 }, (_, i) => Number((5e-3 * 2 ** (i / 4)).toPrecision(4))), REQUEST_LABELS = ["environment", "model", "version", "role"], HEALTH_STATES = ["ok", "starting", "loading", "switching", "failed", "no-pointer"];
function requestMetrics(registers) {
  let labelNames = [...REQUEST_LABELS];
  return {
    requests: new import_prom_client.Counter({
      name: "mreg_requests_total",
      help: "Inference requests by the version that answered and their outcome (error: a 5xx reply or a failed generation).",
      labelNames: [...labelNames, "outcome"],
      registers
    }),
    requestDuration: new import_prom_client.Histogram({
      name: "mreg_request_duration_seconds",
      help: "Inference requests, from arrival to the end of the reply.",
      labelNames,
      buckets: LATENCY_BUCKETS,
      registers
    }),
    firstToken: new import_prom_client.Histogram({
      name: "mreg_time_to_first_token_seconds",
      help: "Inference requests, from arrival to the first generated text.",
      labelNames,
      buckets: LATENCY_BUCKETS,
      registers
    }),
    tokens: new import_prom_client.Counter({
      name: "mreg_generated_tokens_total",
      help: "Tokens generated.",
      labelNames,
      registers
    }),
    generationSeconds: new import_prom_client.Counter({
      name: "mreg_generation_seconds_total",
      help: "Seconds spent in the model (prompt and generation); tokens per second = rate(tokens) / rate(seconds).",
      labelNames,
      registers
    })
  };
}
var ServeMetrics = class {
  registry = new import_prom_client.Registry();
  switches;
  duration;
  lag;
  bytes;
  follower = null;
  forwarded = null;
  requests;
  requestDuration;
  firstToken;
  tokens;
  generationSeconds;
  constructor(o = {}) {
    let registers = [this.registry], self2 = () => this.follower;
    new import_prom_client.Gauge({
      name: "mreg_model_info",
      help: "The model version this server serves and its role, stable or canary (value 1; no series while nothing is loaded).",
      labelNames: ["environment", "model", "version", "quantization", "sha256", "role"],
      registers,
      collect() {
        this.reset();
        let i = self2()?.info();
        i?.version && this.set(
          {
            environment: str(i.environment),
            model: str(i.model),
            version: str(i.version),
            quantization: str(i.quantization),
            sha256: str(i.sha256),
            role: str(i.role) || "stable"
          },
          1
        );
      }
    }), new import_prom_client.Gauge({
      name: "mreg_health",
      help: "The /health state of this server: 1 for the current state, 0 for the others.",
      labelNames: ["state"],
      registers,
      collect() {
        let h = self2()?.health();
        for (let s of HEALTH_STATES) this.set({ state: s }, h?.status === s ? 1 : 0);
      }
    }), this.switches = new import_prom_client.Counter({
      name: "mreg_switches_total",
      help: "Version switches by outcome.",
      labelNames: ["outcome"],
      registers
    });
    for (let outcome of ["success", "failure"]) this.switches.inc({ outcome }, 0);
    this.duration = new import_prom_client.Histogram({
      name: "mreg_switch_duration_seconds",
      help: "From the pointer change seen to the new version serving (wait, fetch, verify, load).",
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
      registers
    }), this.lag = new import_prom_client.Histogram({
      name: "mreg_follow_lag_seconds",
      help: "From the registry commit that moved the pointer to this server serving it.",
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
      registers
    }), this.bytes = new import_prom_client.Counter({
      name: "mreg_fetched_bytes_total",
      help: "Artifact bytes downloaded from the store.",
      labelNames: ["reason"],
      registers
    });
    for (let reason of ["switch", "prefetch"]) this.bytes.inc({ reason }, 0);
    ({
      requests: this.requests,
      requestDuration: this.requestDuration,
      firstToken: this.firstToken,
      tokens: this.tokens,
      generationSeconds: this.generationSeconds
    } = requestMetrics(registers)), o.processMetrics !== !1 && (0, import_prom_client.collectDefaultMetrics)({ register: this.registry, prefix: "mreg_" });
  }
  attach(follower) {
    this.follower = follower;
  }
  switched(o) {
    this.switches.inc({ outcome: o.outcome }), o.outcome === "success" && (this.duration.observe(o.seconds), o.lagSeconds !== null && this.lag.observe(o.lagSeconds));
  }
  /** Counts one finished inference request under the version that answered it. */
  request(r) {
    let labels = { ...r.labels, role: servingRole(this.follower) };
    this.requests.inc({ ...labels, outcome: r.outcome }), this.requests.inc({ ...labels, outcome: r.outcome === "ok" ? "error" : "ok" }, 0), this.requestDuration.observe(labels, r.seconds), r.firstTokenSeconds !== null && this.firstToken.observe(labels, r.firstTokenSeconds), this.tokens.inc(labels, r.tokens), this.generationSeconds.inc(labels, r.generationSeconds);
  }
  fetched(bytes, why) {
    this.bytes.inc({ reason: why }, bytes);
  }
  /** Metrics of another server, appended to ours on every scrape (`mreg agent`: llama-server's). */
  forward(source) {
    this.forwarded = source;
  }
  get contentType() {
    return this.registry.contentType;
  }
  async text() {
    let ours = await this.registry.metrics();
    return this.forwarded ? ours + await this.forwarded() : ours;
  }
};
function str(v) {
  return v == null ? "" : String(v);
}

// src/serve/relabel-metrics.ts
function relabelExposition(text, labels) {
  let out = [], dropped = 0;
  for (let line of text.split(`
`)) {
    if (line.trim() === "" || line.trim() === "# EOF") continue;
    if (line.startsWith("#")) {
      out.push(line);
      continue;
    }
    let sample = parseSample(line);
    if (!sample) {
      dropped++;
      continue;
    }
    let theirs = sample.labels.map(([k, v]) => [k in labels ? `exported_${k}` : k, v]), all = [...Object.entries(labels), ...theirs].map(([k, v]) => `${k}="${escapeValue(v)}"`);
    out.push(`${sample.name}{${all.join(",")}} ${sample.rest}`);
  }
  return { text: out.length ? out.join(`
`) + `
` : "", dropped };
}
var NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/, LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
function parseSample(line) {
  let name = NAME.exec(line)?.[0];
  if (!name) return null;
  let i = name.length, labels = [];
  if (line[i] === "{") {
    for (i++; ; ) {
      for (; line[i] === " "; ) i++;
      if (line[i] === "}") break;
      let key = LABEL_NAME.exec(line.slice(i))?.[0];
      if (!key) return null;
      for (i += key.length; line[i] === " "; ) i++;
      if (line[i] !== "=") return null;
      for (i++; line[i] === " "; ) i++;
      if (line[i] !== '"') return null;
      i++;
      let value = "";
      for (; i < line.length && line[i] !== '"'; i++)
        line[i] !== "\\" ? value += line[i] : value += line[++i] === "n" ? `
` : line[i];
      if (line[i] !== '"') return null;
      for (labels.push([key, value]), i++; line[i] === " "; ) i++;
      if (line[i] === ",") i++;
      else if (line[i] !== "}") return null;
    }
    i++;
  }
  let rest = line.slice(i).trim();
  return !/^\S+( -?\d+)?$/.test(rest) || line[i] !== " " ? null : { name, labels, rest };
}
function escapeValue(v) {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

// src/serve/agent.ts
var ADAPTER_APIS = ["llama-server", "vllm"];
function splitCommand(line) {
  let out = [], cur = "", has = !1, quote = null;
  for (let i = 0; i < line.length; i++) {
    let ch = line[i];
    quote ? ch === quote ? quote = null : ch === "\\" && quote === '"' && i + 1 < line.length ? cur += line[++i] : cur += ch : ch === '"' || ch === "'" ? (quote = ch, has = !0) : ch === "\\" && i + 1 < line.length ? (cur += line[++i], has = !0) : /\s/.test(ch) ? ((has || cur) && out.push(cur), cur = "", has = !1) : cur += ch;
  }
  if (quote) throw new MregError("USAGE", `unterminated ${quote} in command ${JSON.stringify(line)}`);
  return (has || cur) && out.push(cur), out;
}
var AgentRuntime = class {
  constructor(o) {
    this.o = o;
    if (o.adapterApi && !o.serverUrl)
      throw new MregError("USAGE", `the ${o.adapterApi} adapter API needs the server's URL (--server-url)`);
  }
  /** vLLM: the adapter this agent loaded last (unloaded once its successor is loaded). */
  vllmAdapter = null;
  get server() {
    return this.o.serverUrl.replace(/\/+$/, "");
  }
  async call(method, route, body) {
    let url = `${this.server}${route}`, res = await fetch(url, {
      method,
      ...body !== void 0 ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {},
      signal: AbortSignal.timeout(12e4)
    }).catch((err) => {
      throw new MregError("SERVE", `${method} ${url}: ${errorMessage(err)}`);
    }), text = await res.text();
    if (!res.ok) throw new MregError("SERVE", `${method} ${url} answered HTTP ${res.status}: ${text.slice(0, 200)}`);
    try {
      return text ? JSON.parse(text) : null;
    } catch {
      return text;
    }
  }
  /**
   * llama-server: the adapter `a` at scale 1 and every other at 0 (a plain model: all at 0), then
   * read back. Its adapters are the files it was started with; they are matched by path.
   */
  async llamaServerAdapters(a) {
    let list = async () => {
      let j = await this.call("GET", "/lora-adapters");
      if (!Array.isArray(j))
        throw new MregError("SERVE", `${this.server}/lora-adapters did not answer a list of adapters`);
      return j;
    }, adapters = await list(), target;
    if (a.base) {
      let real = await realpath(a.path).catch(() => a.path);
      for (let e of adapters)
        typeof e.path == "string" && (e.path === a.path || path.basename(e.path) === path.basename(a.path) || await realpath(e.path).catch(() => null) === real) && (target = e);
      if (!target)
        throw new MregError(
          "SERVE",
          `${this.server} has no LoRA adapter loaded from ${a.path} (it has ${adapters.map((e) => e.path).join(", ") || "none"}): llama-server loads adapter files at startup; start it with --lora ${a.path} (and --lora-init-without-apply)`
        );
    }
    await this.call(
      "POST",
      "/lora-adapters",
      adapters.map((e) => ({ id: e.id, scale: e === target ? 1 : 0 }))
    );
    let after = await list();
    if (after.filter((e) => target && e.id === target.id ? e.scale !== 1 : e.scale !== 0).length)
      throw new MregError(
        "SERVE",
        `${this.server}/lora-adapters did not take the new scales: ${JSON.stringify(after)}`
      );
  }
  /** vLLM: load the adapter under its artifact id, check /v1/models lists it, unload the previous one. */
  async vllmAdapters(a) {
    let previous = this.vllmAdapter;
    if (a.base && previous !== a.id) {
      if (await this.call("POST", "/v1/load_lora_adapter", { lora_name: a.id, lora_path: a.path }), !(await this.call("GET", "/v1/models"))?.data?.some((m) => m.id === a.id))
        throw new MregError("SERVE", `${this.server}/v1/models does not list ${a.id} after loading it`);
      this.vllmAdapter = a.id;
    }
    previous && previous !== a.id && (await this.call("POST", "/v1/unload_lora_adapter", { lora_name: previous }), a.base || (this.vllmAdapter = null));
  }
  env(a) {
    return {
      MREG_MODEL_PATH: a.path,
      MREG_ACTIVE_PATH: this.o.activeLink,
      MREG_MODEL: a.meta.model,
      MREG_VERSION: a.meta.version,
      MREG_QUANTIZATION: a.meta.quantization,
      MREG_ARTIFACT_ID: a.id,
      MREG_SHA256: a.meta.artifact.sha256,
      ...a.base ? { MREG_BASE_MODEL_PATH: a.base.path } : {}
    };
  }
  async activate(a) {
    if (!this.o.adapterApi) return this.reload(a);
    let base = a.base ?? a;
    if (!await this.confirmed(base, !1).catch(() => !1)) {
      if (!this.o.reloadCommand?.length && !this.o.reloadUrl)
        throw new MregError(
          "SERVE",
          `${this.server} does not serve ${base.id}${a.base ? `, the base of ${a.id}` : ""}, and no --reload-command or --reload-url is set to load it: the adapter API switches adapters, not base models`
        );
      await this.reload(base), this.vllmAdapter = null;
    }
    this.o.adapterApi === "llama-server" ? await this.llamaServerAdapters(a) : await this.vllmAdapters(a), this.o.log?.(
      `${this.server}: ${a.base ? `adapter ${a.id} applied on ${a.base.id}` : `no adapter on ${a.id}`} (${this.o.adapterApi} adapter API)`
    );
  }
  /** The reload hook for a whole model: command and/or URL, then confirmation on the server. */
  async reload(a) {
    if (this.o.serverUrl && await this.confirmed(a, !1).catch(() => !1)) {
      this.o.log?.(`${this.o.serverUrl} already serves ${a.id}; no reload needed`);
      return;
    }
    if (this.o.reloadCommand?.length) {
      let [cmd, ...args] = this.o.reloadCommand;
      await new Promise((resolve, reject) => {
        execFile(cmd, args, { env: { ...process.env, ...this.env(a) }, timeout: 12e4 }, (err, _stdout, stderr) => {
          err ? reject(
            new MregError(
              "SERVE",
              `reload command ${JSON.stringify(this.o.reloadCommand.join(" "))} failed: ${(stderr || errorMessage(err)).trim().split(`
`).pop()}`
            )
          ) : resolve();
        });
      });
    }
    if (this.o.reloadUrl) {
      let body = {
        model_path: a.path,
        active_path: this.o.activeLink,
        model: a.meta.model,
        version: a.meta.version,
        quantization: a.meta.quantization,
        artifact_id: a.id,
        sha256: a.meta.artifact.sha256
      }, res = await fetch(this.o.reloadUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(12e4)
      }).catch((err) => {
        throw new MregError("SERVE", `reload URL ${this.o.reloadUrl}: ${errorMessage(err)}`);
      });
      if (!res.ok)
        throw new MregError(
          "SERVE",
          `reload URL ${this.o.reloadUrl} answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`
        );
    }
    if (!this.o.serverUrl) return;
    let deadline = Date.now() + (this.o.confirmTimeoutMs ?? 12e4), last = "";
    for (; Date.now() < deadline; ) {
      try {
        if (await this.confirmed(a, !0)) return;
        last = "the server still reports another model";
      } catch (err) {
        last = errorMessage(err);
      }
      await new Promise((r) => setTimeout(r, this.o.pollMs ?? 500));
    }
    throw new MregError(
      "SERVE",
      `${this.o.serverUrl} did not confirm ${a.id} within ${this.o.confirmTimeoutMs ?? 12e4} ms (${last})`
    );
  }
  /** llama.cpp `/props` → model_path; otherwise `/v1/models` → data[].id (vLLM, llama.cpp). */
  async confirmed(a, reloaded) {
    let base = this.o.serverUrl.replace(/\/+$/, ""), props = await fetch(`${base}/props`, { signal: AbortSignal.timeout(5e3) });
    if (props.ok) {
      let j2 = await props.json().catch(() => ({}));
      if (typeof j2.model_path == "string") return this.matches(a, j2.model_path, reloaded);
    }
    let models = await fetch(`${base}/v1/models`, { signal: AbortSignal.timeout(5e3) });
    if (!models.ok) throw new MregError("SERVE", `${base}/v1/models answered HTTP ${models.status}`);
    let j = await models.json();
    for (let m of j.data ?? []) if (typeof m.id == "string" && await this.matches(a, m.id, reloaded)) return !0;
    return !1;
  }
  async matches(a, reported, reloaded) {
    let base = path.basename(reported);
    if (reported === a.path || reported === a.id || base === path.basename(a.path) || base.replace(/\.gguf$/i, "") === a.id)
      return !0;
    if (path.resolve(reported) === path.resolve(this.o.activeLink) || path.basename(reported) === "active")
      return reloaded && this.o.log?.(
        `${this.o.serverUrl} reports the active link, not a file: confirmation only shows that it answers`
      ), reloaded;
    let real = await realpath(reported).catch(() => null);
    return real !== null && real === await realpath(a.path).catch(() => a.path);
  }
  async close() {
  }
};
function serverMetrics(serverUrl, follower, log) {
  let url = `${serverUrl.replace(/\/+$/, "")}/metrics`, warned = !1;
  return async () => {
    try {
      let res = await fetch(url, { signal: AbortSignal.timeout(2e3) });
      if (!res.ok) return "";
      let info = follower.info(), s = (v) => v == null ? "" : String(v), labels = {
        environment: s(info.environment),
        model: s(info.model),
        version: s(info.version),
        role: servingRole(follower)
      };
      return relabelExposition(await res.text(), labels).text;
    } catch (err) {
      return warned || log?.(`${url}: ${errorMessage(err)}; its metrics are left out of /metrics until it answers`), warned = !0, "";
    }
  };
}

// src/serve/index.ts
import path6 from "node:path";

// src/serve/cache.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import path2 from "node:path";
var ServeCache = class {
  constructor(o) {
    this.o = o;
  }
  get activeLink() {
    return path2.join(this.o.dir, "active");
  }
  /** Downloads to staging, verifies sha256 and size, renames into artifacts/ (or finds it there). */
  async fetch(meta, base) {
    let id = formatArtifactId(meta), baseArtifact = base ? await this.fetch(base) : void 0, r = await downloadArtifact(meta, {
      cacheDir: this.o.dir,
      store: this.o.store,
      storeOptions: { ...this.o.storeOptions, download: this.o.download ?? this.o.storeOptions?.download }
    });
    return { id, meta, path: r.path, paths: r.paths, base: baseArtifact, downloaded: r.downloaded };
  }
  /**
   * Whether every file of `meta` has a verified copy (its sha256 sidecar) in the cache: a switch to
   * it would not download. Cheap (no hashing); fetch still checks the copy before it is used.
   */
  async has(meta) {
    for (let p of cachedFilePaths(meta, this.o.dir)) if (!await stat(`${p}.sha256`).catch(() => null)) return !1;
    return !0;
  }
  /**
   * Re-hashes every cached file of `a` (and of its base) against the registry's sha256, whatever
   * the stamps say. Wrong files are deleted (the next fetch downloads them again); returns them.
   */
  async scrub(a) {
    let discarded = [], files = artifactFiles(a.meta);
    for (let [i, p] of a.paths.entries()) {
      let f = files[i];
      f && await scrubCachedFile(p, f.sha256) === "discarded" && discarded.push(p);
    }
    return a.base && discarded.push(...await this.scrub(a.base)), discarded;
  }
  /** Where `active` points now (absolute), or null. */
  async activeTarget() {
    let t = await readlink(this.activeLink).catch(() => null);
    return t === null ? null : path2.resolve(this.o.dir, t);
  }
  /**
   * Points `<dir>/active` at `target` atomically: a new symlink under a temporary name, then
   * rename(2) over the old one. A reader (llama-server started with `-m <cache>/active`, a human)
   * sees the old target or the new one, never a missing link. Relative, so the cache folder can
   * be mounted elsewhere (a sidecar and its server see the same volume at different paths).
   */
  async pointActive(target) {
    if (target === null) {
      await rm(this.activeLink, { force: !0 });
      return;
    }
    await mkdir(this.o.dir, { recursive: !0 });
    let tmp = path2.join(this.o.dir, `.active.${process.pid}.${randomBytes(4).toString("hex")}`);
    await symlink(path2.relative(this.o.dir, target), tmp);
    try {
      await rename(tmp, this.activeLink);
    } catch (err) {
      throw await rm(tmp, { force: !0 }), err;
    }
    await fsyncDir(this.o.dir);
  }
  get recentFile() {
    return path2.join(this.o.dir, "serve-recent.json");
  }
  /**
   * Records `a` as the most recently activated and deletes the cached files of artifacts beyond
   * the newest `keep` (only our local copies: the store is never touched). Files still used by a
   * kept artifact (a LoRA base shared by several adapters) stay.
   */
  async remember(a) {
    let recent = await readFile(this.recentFile, "utf8").then(
      (t) => JSON.parse(t),
      () => []
    ), next = [{ id: a.id, paths: [...a.paths, ...a.base ? a.base.paths : []] }, ...recent.filter((e) => e.id !== a.id)], keep = Math.max(1, this.o.keep), kept = next.slice(0, keep), dropped = next.slice(keep), keptPaths = new Set(kept.flatMap((e) => e.paths)), removed = [];
    for (let e of dropped)
      for (let p of e.paths)
        keptPaths.has(p) || path2.relative(path2.join(this.o.dir, "artifacts"), p).startsWith("..") || (await rm(p, { force: !0 }), await rm(`${p}.sha256`, { force: !0 }), removed.push(p));
    let tmp = `${this.recentFile}.${process.pid}.tmp`;
    return await writeFile(tmp, JSON.stringify(kept, null, 2) + `
`), await rename(tmp, this.recentFile), removed;
  }
};

// src/serve/engine.ts
import { stat as stat2 } from "node:fs/promises";
import os from "node:os";

// src/serve/generated-text.ts
var GeneratedText = class {
  constructor(model, stops, onTextChunk) {
    this.model = model;
    this.stops = stops;
    this.onTextChunk = onTextChunk;
  }
  generated = [];
  pending = [];
  text = "";
  sent = 0;
  stopped = !1;
  /** Takes the next token; true once the text holds a stop string (the generation stops there). */
  add(token) {
    if (this.stopped) return !0;
    this.pending.push(token);
    let piece = this.model.detokenize(this.pending, !1, this.generated.slice(-8));
    if (piece.endsWith("\uFFFD") && this.pending.length <= 3) return !1;
    this.generated.push(...this.pending.splice(0));
    let searchFrom = Math.max(0, this.text.length - this.longestStop() + 1);
    this.text += piece;
    let at = this.firstStop(searchFrom);
    return at !== null && (this.text = this.text.slice(0, at), this.stopped = !0), this.send(this.stopped ? this.text.length : this.text.length - this.heldBack()), this.stopped;
  }
  /** The whole text, once the generation ended: what was held back for a stop string is sent. */
  finish() {
    return !this.stopped && this.pending.length && (this.text += this.model.detokenize(this.pending.splice(0), !1, this.generated.slice(-8))), this.send(this.text.length), this.text;
  }
  send(upTo) {
    upTo <= this.sent || (this.onTextChunk?.(this.text.slice(this.sent, upTo)), this.sent = upTo);
  }
  longestStop() {
    return this.stops.reduce((n, s) => Math.max(n, s.length), 0);
  }
  firstStop(from) {
    let first = null;
    for (let s of this.stops) {
      let i = s ? this.text.indexOf(s, from) : -1;
      i >= 0 && (first === null || i < first) && (first = i);
    }
    return first;
  }
  /** The length of the text's longest end that begins some stop string. */
  heldBack() {
    let hold = 0;
    for (let s of this.stops)
      for (let k = Math.min(s.length - 1, this.text.length); k > hold; k--)
        if (this.text.endsWith(s.slice(0, k))) {
          hold = k;
          break;
        }
    return hold;
  }
};

// src/serve/engine.ts
var LoadedModel = class {
  constructor(artifact, model, context, loadedAt, modelLoadedAt = loadedAt, releaseModel = () => model.dispose()) {
    this.artifact = artifact;
    this.model = model;
    this.context = context;
    this.loadedAt = loadedAt;
    this.modelLoadedAt = modelLoadedAt;
    this.releaseModel = releaseModel;
    for (let i = 0; i < context.totalSequences; i++) this.free.push(context.getSequence());
  }
  free = [];
  waiters = [];
  inflight = 0;
  drained = null;
  enter() {
    this.inflight++;
  }
  leave() {
    this.inflight--, this.inflight === 0 && this.drained?.();
  }
  /** One sequence per request; requests beyond the pool wait their turn (FIFO). */
  async acquire() {
    let s = this.free.pop();
    return s || new Promise((resolve) => this.waiters.push(resolve));
  }
  async release(s) {
    await s.clearHistory().catch(() => {
    });
    let w = this.waiters.shift();
    w ? w(s) : this.free.push(s);
  }
  /** Resolves once no request uses this model any more (new ones go to its successor). */
  async drain() {
    this.inflight !== 0 && await new Promise((resolve) => this.drained = resolve);
  }
  async dispose() {
    await this.context.dispose().catch(() => {
    }), await this.releaseModel().catch(() => {
    });
  }
}, LlamaEngine = class {
  constructor(o = {}) {
    this.o = o;
  }
  current = null;
  /** Loaded model files by path, shared between the current context and retiring ones. */
  models = /* @__PURE__ */ new Map();
  llama = null;
  retiring = /* @__PURE__ */ new Set();
  /** Set by close(): a load that finishes afterwards is disposed instead of becoming current. */
  closed = !1;
  threads() {
    return this.o.threads && this.o.threads > 0 ? this.o.threads : Math.max(1, Math.floor(os.availableParallelism() / 2));
  }
  /** The loaded model of `modelPath`, reused when any context still uses it, else loaded. */
  async acquireModel(modelPath) {
    let identity = await fileIdentity(modelPath), shared = this.models.get(modelPath);
    if (!shared || shared.identity !== identity) {
      let model = await loadLlamaModel(modelPath, this.llama);
      shared = { path: modelPath, identity, model, loadedAt: (/* @__PURE__ */ new Date()).toISOString(), refs: 0 }, this.models.set(modelPath, shared);
    }
    return shared.refs++, shared;
  }
  async releaseModel(shared) {
    --shared.refs > 0 || (this.models.get(shared.path) === shared && this.models.delete(shared.path), await shared.model.dispose());
  }
  /**
   * Loads `a` beside what serves. A LoRA adapter is applied to a context of its base; when that
   * base is already loaded (an adapter-only change, or a rollback from an adapter to its base)
   * the base is reused, not loaded again: only the new context (and the adapter) is loaded.
   */
  async activate(a) {
    this.llama ??= await getSharedLlama(this.o.gpu);
    let modelPath = a.base ? a.base.path : a.path, shared = await this.acquireModel(modelPath), model = shared.model, release = () => this.releaseModel(shared), context;
    try {
      let contextSize = Math.min(this.o.contextSize ?? 2048, model.trainContextSize || 2048);
      context = await model.createContext({
        contextSize,
        sequences: Math.max(1, this.o.parallel ?? 2),
        threads: this.threads(),
        ...a.base ? { lora: { adapters: [{ filePath: a.path }] } } : {}
      });
    } catch (err) {
      await release().catch(() => {
      });
      let what = a.base ? `could not apply the LoRA adapter to its base ${a.base.id}` : "could not create a context";
      throw new MregError("GGUF", `${a.id}: llama.cpp ${what}: ${errorMessage(err)}`, { cause: err });
    }
    let next = new LoadedModel(a, model, context, (/* @__PURE__ */ new Date()).toISOString(), shared.loadedAt, release);
    try {
      await smokeEvaluate(next);
    } catch (err) {
      throw await next.dispose(), new MregError("GGUF", `${a.id}: loaded, but evaluating one token failed: ${errorMessage(err)}`, {
        cause: err
      });
    }
    if (this.closed)
      throw await next.dispose(), new MregError("SERVE", `${a.id}: the server is shutting down; the model was unloaded`);
    let old = this.current;
    this.current = next, old && this.retire(old);
  }
  retire(old) {
    let p = old.drain().then(() => old.dispose());
    this.retiring.add(p), p.finally(() => this.retiring.delete(p));
  }
  /** Runs `fn` on the current model with a sequence of its own; null when nothing is loaded. */
  async withModel(fn) {
    let m = this.current;
    if (!m) return null;
    m.enter();
    try {
      let seq = await m.acquire();
      try {
        return await fn(m, seq);
      } finally {
        await m.release(seq);
      }
    } finally {
      m.leave();
    }
  }
  loaded() {
    return this.current;
  }
  async close() {
    this.closed = !0;
    let c = this.current;
    this.current = null, c && this.retire(c), await Promise.allSettled([...this.retiring]);
  }
};
async function fileIdentity(file) {
  let s = await stat2(file).catch(() => null);
  return s ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}` : "missing";
}
async function smokeEvaluate(m) {
  m.enter();
  let seq = await m.acquire();
  try {
    let tokens = m.model.tokenize("Hello");
    m.model.tokens.bos !== null && m.model.tokens.shouldPrependBosToken && tokens.unshift(m.model.tokens.bos);
    let it = seq.evaluate(tokens, { temperature: 0 });
    await it.next(), await it.return(void 0);
  } finally {
    await m.release(seq), m.leave();
  }
}
function tokenCounter() {
  let n = 0;
  return {
    add: (tokens) => void (n += tokens.length),
    count: (finishReason, maxTokens) => finishReason === "length" ? maxTokens : Math.min(n, maxTokens)
  };
}
function finish(stopReason) {
  return stopReason === "maxTokens" ? "length" : "stop";
}
async function complete(m, seq, prompt, o) {
  if (o.ignoreEos) return completeToMaxTokens(m, seq, prompt, o);
  let { LlamaCompletion } = await importNodeLlamaCpp(), c = new LlamaCompletion({ contextSequence: seq }), generated = tokenCounter();
  try {
    let r = await c.generateCompletionWithMeta(prompt, {
      onToken: generated.add,
      maxTokens: o.maxTokens,
      temperature: o.temperature,
      topP: o.topP,
      seed: o.seed,
      signal: o.signal,
      stopOnAbortSignal: !0,
      customStopTriggers: o.stop?.length ? o.stop : void 0,
      onTextChunk: o.onTextChunk
    });
    return {
      text: r.response,
      finishReason: finish(r.metadata.stopReason),
      promptTokens: m.model.tokenize(prompt).length,
      completionTokens: generated.count(finish(r.metadata.stopReason), o.maxTokens)
    };
  } finally {
    c.dispose({ disposeSequence: !1 });
  }
}
async function completeToMaxTokens(m, seq, prompt, o) {
  let text = new GeneratedText(m.model, o.stop ?? [], o.onTextChunk), r = await generateTokens(m.model, seq, promptTokens(m.model, prompt), o.maxTokens, {
    ignoreEnd: !0,
    temperature: o.temperature,
    topP: o.topP,
    seed: o.seed,
    signal: o.signal,
    onToken: (token) => text.add(token)
  });
  return {
    text: text.finish(),
    finishReason: r.stop === "length" ? "length" : "stop",
    promptTokens: m.model.tokenize(prompt).length,
    completionTokens: r.tokens.length
  };
}
async function chat(m, seq, messages, o) {
  let { LlamaChatSession } = await importNodeLlamaCpp(), last = messages[messages.length - 1];
  if (!last || last.role !== "user") throw new MregError("USAGE", "messages must end with a user message");
  let system = messages.filter((x) => x.role === "system" || x.role === "developer").map((x) => x.content).join(`
`), session = new LlamaChatSession({
    contextSequence: seq,
    systemPrompt: system || "You are a helpful assistant.",
    autoDisposeSequence: !1
  });
  try {
    let history = [{ type: "system", text: system || "You are a helpful assistant." }];
    for (let x of messages.slice(0, -1))
      x.role === "user" ? history.push({ type: "user", text: x.content }) : x.role === "assistant" && history.push({ type: "model", response: [x.content] });
    session.setChatHistory(history);
    let generated = tokenCounter(), r = await session.promptWithMeta(last.content, {
      onToken: generated.add,
      maxTokens: o.maxTokens,
      temperature: o.temperature,
      topP: o.topP,
      seed: o.seed,
      signal: o.signal,
      stopOnAbortSignal: !0,
      customStopTriggers: o.stop?.length ? o.stop : void 0,
      onTextChunk: o.onTextChunk
    }), promptTokens2 = messages.reduce((n, x) => n + m.model.tokenize(x.content).length, 0);
    return {
      text: r.responseText,
      finishReason: finish(r.stopReason),
      promptTokens: promptTokens2,
      completionTokens: generated.count(finish(r.stopReason), o.maxTokens)
    };
  } finally {
    session.dispose({ disposeSequence: !1 });
  }
}

// src/serve/follower.ts
import { createHash } from "node:crypto";
import os2 from "node:os";
var Follower = class {
  constructor(o) {
    this.o = o;
    this.log = o.logger ?? { info: () => {
    }, warn: () => {
    } };
  }
  desired = null;
  current = null;
  phase = "starting";
  failure = null;
  sourceError = null;
  running = null;
  retryTimer = null;
  stopped = !1;
  switches = 0;
  log;
  /** Activated artifacts still worth scrubbing (the current one and recent rollback targets). */
  recent = /* @__PURE__ */ new Map();
  scrubTimer = null;
  scrubbing = null;
  wake = null;
  prefetching = null;
  /** Ends the pre-fetch's spread wait early, cancelling it (a switch needs the cache now). */
  cancelPrefetchWait = null;
  /** When the spread delay of the pending switch ends (for /model-info). */
  waitUntil = null;
  async start() {
    this.o.scrubMs && this.o.scrubMs > 0 && (this.scrubTimer = setInterval(
      () => void this.scrub().catch((err) => this.log.warn(`scrub failed: ${errorMessage(err)}`)),
      this.o.scrubMs
    ), this.scrubTimer.unref()), await this.o.source.start(
      (u) => this.onUpdate(u),
      (err) => {
        this.sourceError = errorMessage(err), this.log.warn(`pointer source ${this.o.source.description}: ${this.sourceError}`);
      }
    );
  }
  /** This instance's name: its download spread and its canary role. */
  get instance() {
    return this.o.instance ?? os2.hostname();
  }
  /**
   * What this instance follows of an update: the stable version, or the canary when the canary's
   * percent puts this instance's name among the canary instances. A canary instance keeps the
   * stable version as its previous one (pre-fetched, so an abort never downloads).
   */
  forThisInstance(u) {
    let c = u.canary;
    if (!c || !u.pointer || canaryRole(this.instance, c.percent) !== "canary") return { ...u, role: "stable" };
    let { canary: _, ...stable } = u.pointer;
    return {
      ...u,
      role: "canary",
      pointer: c.pointer,
      metadata: c.metadata,
      baseMetadata: c.baseMetadata,
      previous: stable,
      previousMetadata: u.metadata
    };
  }
  onUpdate(update) {
    this.sourceError = null;
    let prev = this.desired, u = this.forThisInstance(update);
    this.desired = u;
    let id = u.pointer ? formatArtifactId(u.pointer) : "nothing";
    (!prev || idOf(prev.pointer) !== idOf(u.pointer)) && (this.log.info(`${this.o.env} -> ${id} (registry revision ${u.revision})`), this.failure && this.failure.artifact !== id && (this.failure = null), this.retryTimer && clearTimeout(this.retryTimer), this.retryTimer = null, this.wake?.()), this.kick();
  }
  kick() {
    this.stopped || this.running || (this.running = this.reconcile().finally(() => {
      this.running = null;
    }));
  }
  async reconcile() {
    for (; !this.stopped; ) {
      let want = this.desired;
      if (!want) return;
      if (!want.pointer) {
        this.phase = this.current ? "serving" : "idle";
        return;
      }
      if (this.current && !this.current.tainted && idOf(this.current.pointer) === idOf(want.pointer)) {
        this.current.revision = want.revision, this.current.pointer = want.pointer, this.current.role = want.role, this.phase = "serving", this.failure = null;
        return;
      }
      let id = formatArtifactId(want.pointer);
      if (this.failure?.artifact === id && this.failure.retryAt && Date.parse(this.failure.retryAt) > Date.now())
        return;
      let started = performance.now();
      try {
        if (!await this.switchTo(want)) continue;
        this.failure = null, this.o.observer?.switched({
          outcome: "success",
          seconds: (performance.now() - started) / 1e3,
          lagSeconds: want.committedAt ? Math.max(0, (Date.now() - Date.parse(want.committedAt)) / 1e3) : null,
          downloaded: this.current?.artifact.downloaded ?? !1
        }), this.prefetchPrevious(want);
      } catch (err) {
        if (this.stopped) return;
        this.o.observer?.switched({
          outcome: "failure",
          seconds: (performance.now() - started) / 1e3,
          lagSeconds: null,
          downloaded: !1
        });
        let attempts = this.failure?.artifact === id ? this.failure.attempts + 1 : 1, r = this.o.retryMs ?? { initial: 1e3, max: 6e4 }, delay = Math.min(r.max, r.initial * 2 ** (attempts - 1));
        if (this.failure = {
          artifact: id,
          code: err instanceof MregError ? err.code : "INTERNAL",
          message: errorMessage(err),
          at: (/* @__PURE__ */ new Date()).toISOString(),
          attempts,
          retryAt: new Date(Date.now() + delay).toISOString()
        }, this.phase = "failed", this.log.warn(
          `switch to ${id} failed (attempt ${attempts}, retrying in ${delay} ms); ${this.current ? `still serving ${this.current.artifact.id}` : "nothing loaded"}: ${this.failure.message}`
        ), this.desired && idOf(this.desired.pointer) !== id) continue;
        this.retryTimer && clearTimeout(this.retryTimer), this.retryTimer = setTimeout(() => {
          this.retryTimer = null, this.failure && (this.failure.retryAt = null), this.kick();
        }, delay), this.retryTimer.unref();
        return;
      }
    }
  }
  /** Switches to `want`; false when the pointer moved on while waiting out the spread delay. */
  async switchTo(want) {
    let pointer = want.pointer;
    this.phase = "fetching";
    let meta = await this.resolveMetadata(pointer, want);
    meta.status === "blocked" && this.log.warn(
      `${formatArtifactId(meta)} is blocked (${meta.blocked_reason ?? "no reason"}), but ${this.o.env} points at it; loading it`
    );
    let base = meta.base ? await this.resolveBase(meta, want) : void 0, id = formatArtifactId(meta), delay = this.spreadDelayMs(id);
    if (delay > 0 && this.current && !(await this.o.cache.has(meta) && (!base || await this.o.cache.has(base)))) {
      if (this.phase = "waiting", this.waitUntil = new Date(Date.now() + delay).toISOString(), this.log.info(
        `${id} is not cached: downloading it in ${(delay / 1e3).toFixed(1)} s (rollout.spread_s ${this.o.spreadS} spreads the fleet's downloads)`
      ), await new Promise((resolve) => {
        let t = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(t), resolve();
        };
      }), this.wake = null, this.waitUntil = null, this.stopped || idOf(this.desired?.pointer) !== idOf(pointer)) return !1;
      this.phase = "fetching";
    }
    this.cancelPrefetchWait?.(), await this.prefetching;
    let artifact = await this.o.cache.fetch(meta, base);
    artifact.downloaded && this.o.observer?.fetched(bytesOf(meta) + (base && artifact.base?.downloaded ? bytesOf(base) : 0), "switch"), this.log.info(
      `${artifact.id}: ${artifact.downloaded ? "downloaded and verified" : "verified copy in the cache"} (${artifact.path})`
    );
    let previous = await this.o.cache.activeTarget();
    await this.o.cache.pointActive(artifact.path), this.phase = "loading";
    try {
      await this.o.runtime.activate(artifact);
    } catch (err) {
      throw await this.o.cache.pointActive(previous).catch(() => {
      }), err;
    }
    this.current = { pointer, role: want.role, revision: want.revision, artifact, loadedAt: (/* @__PURE__ */ new Date()).toISOString() }, this.failure = null, this.recent.delete(artifact.id), this.recent.set(artifact.id, artifact);
    for (let id2 of [...this.recent.keys()].slice(0, Math.max(0, this.recent.size - Math.max(1, this.o.cache.o.keep))))
      this.recent.delete(id2);
    this.phase = "serving", this.switches++, this.log.info(
      `serving ${artifact.id} (${this.o.env}${want.canary ? `, role ${want.role} at canary ${want.canary.percent}%` : ""}, registry revision ${want.revision})`
    );
    try {
      let removed = await this.o.cache.remember(artifact);
      for (let p of removed) this.log.info(`pruned ${p} from the cache (keeping the last ${this.o.cache.o.keep})`);
    } catch (err) {
      this.log.warn(`cache bookkeeping failed (serving is unaffected): ${errorMessage(err)}`);
    }
    return !0;
  }
  /** Deterministic per instance and artifact, uniform over [0, spread_s). */
  spreadDelayMs(artifactId) {
    let s = this.o.spreadS ?? 0;
    if (!(s > 0)) return 0;
    let h = createHash("sha256").update(`${this.instance}\0${artifactId}`).digest();
    return Math.floor(h.readUInt32BE(0) / 2 ** 32 * s * 1e3);
  }
  /**
   * Downloads the environment's previous known-good version into the cache in the background
   * (after this instance's spread delay), so that a rollback never downloads. Best effort.
   */
  prefetchPrevious(want) {
    let prev = want.previous;
    if (!prev || this.o.prefetchPrevious === !1 || this.prefetching || this.stopped) return;
    let id = formatArtifactId(prev);
    this.prefetching = (async () => {
      let meta = want.previousMetadata && formatArtifactId(want.previousMetadata) === id ? want.previousMetadata : await this.resolveMetadata(prev, { ...want, metadata: void 0 });
      if (meta.base || await this.o.cache.has(meta)) return;
      let delay = this.spreadDelayMs(`prefetch:${id}`), cancelled = !1;
      if (delay > 0 && await new Promise((resolve) => {
        let t = setTimeout(resolve, delay);
        this.cancelPrefetchWait = () => {
          cancelled = !0, clearTimeout(t), resolve();
        };
      }), this.cancelPrefetchWait = null, this.stopped || cancelled) return;
      (await this.o.cache.fetch(meta)).downloaded && (this.o.observer?.fetched(bytesOf(meta), "prefetch"), this.log.info(`pre-fetched ${id}, the previous version of ${this.o.env}: a rollback to it will not download`));
    })().catch(
      (err) => this.log.warn(
        `pre-fetching the previous version ${id} failed (a rollback to it would download it): ${errorMessage(err)}`
      )
    ).finally(() => this.prefetching = null);
  }
  /** The update's own metadata (a ConfigMap), then the source's registry/models/, then the store. */
  async resolveMetadata(ref, want) {
    let id = formatArtifactId(ref);
    if (want.metadata && formatArtifactId(want.metadata) === id) return want.metadata;
    let fromSource = await this.o.source.readMetadata?.(ref, want.revision);
    if (fromSource) return fromSource;
    if (this.o.store) {
      let key = storeMetadataKey(ref), bytes = await this.o.store.getBytes(key).catch(() => null);
      if (bytes) return parseMetadata(bytes.toString("utf8"), this.o.store.uriFor(key));
    }
    throw new MregError(
      "NOT_FOUND",
      `no metadata for ${id}: the source ${this.o.source.description} has no registry/models/ entry for it${this.o.store ? ` and the store has no ${this.o.store.uriFor(storeMetadataKey(ref))}` : " (pass --store URI to read the metadata JSON beside the artifact)"}`
    );
  }
  async resolveBase(meta, want) {
    let pin = meta.base, baseRef = parseArtifactId(pin.id), base = want.baseMetadata && formatArtifactId(want.baseMetadata) === pin.id ? want.baseMetadata : await this.resolveMetadata(baseRef, { ...want, metadata: void 0 });
    if (base.artifact.sha256 !== pin.sha256)
      throw new MregError(
        "INTEGRITY",
        `${formatArtifactId(meta)} is pinned to base ${pin.id} sha256 ${pin.sha256}, but that base has sha256 ${base.artifact.sha256}`
      );
    return base;
  }
  /**
   * Re-hashes the cached files of the active artifact and of the recently activated ones (the
   * periodic scrub; callable directly). A changed file is discarded; when it is the active one, the
   * follower switches to the same artifact again (fresh download, reload). Skipped while a switch
   * runs (that switch verifies what it uses). Returns the discarded paths.
   */
  async scrub() {
    return this.running || this.stopped ? [] : (this.scrubbing ??= (async () => {
      let bad = [];
      for (let a of [...this.recent.values()]) {
        let discarded = await this.o.cache.scrub(a);
        if (!discarded.length) continue;
        bad.push(...discarded), this.recent.delete(a.id);
        let active = this.current?.artifact.id === a.id;
        this.log.warn(
          `scrub: ${discarded.join(", ")} no longer hash${discarded.length > 1 ? "" : "es"} to the sha256 the registry records for ${a.id}; discarded${active ? "; downloading it again and reloading" : ""}`
        ), active && this.current && (this.current.tainted = !0, this.kick());
      }
      return bad;
    })().finally(() => this.scrubbing = null), this.scrubbing);
  }
  /** For /model-info. */
  info() {
    let c = this.current, d = this.desired?.pointer ?? null, switching = !!d && (!c || idOf(c.pointer) !== idOf(d));
    return {
      environment: this.o.env,
      model: c?.pointer.model ?? null,
      version: c?.pointer.version ?? null,
      quantization: c?.pointer.quantization ?? null,
      artifact_id: c?.artifact.id ?? null,
      sha256: c?.artifact.meta.artifact.sha256 ?? null,
      path: c?.artifact.path ?? null,
      loaded_at: c?.loadedAt ?? null,
      history_id: c?.pointer.history_id ?? null,
      revision: c?.revision ?? null,
      instance: this.instance,
      role: c?.role ?? null,
      canary_percent: this.desired?.canary?.percent ?? null,
      source: this.o.source.description,
      state: this.phase,
      desired: switching || this.failure ? {
        model: d?.model ?? null,
        version: d?.version ?? null,
        quantization: d?.quantization ?? null,
        history_id: d?.history_id ?? null,
        revision: this.desired?.revision ?? null
      } : null,
      error: this.failure ? {
        code: this.failure.code,
        message: this.failure.message,
        artifact: this.failure.artifact,
        attempts: this.failure.attempts,
        at: this.failure.at,
        retry_at: this.failure.retryAt
      } : null,
      source_error: this.sourceError,
      switches: this.switches,
      ...this.waitUntil ? { download_at: this.waitUntil } : {}
    };
  }
  /** For /health: ok only while the desired version is the one being served. */
  health() {
    let c = this.current, d = this.desired, loaded = !!c;
    return this.failure ? {
      ok: !1,
      status: "failed",
      loaded,
      reason: `switch to ${this.failure.artifact} failed (${this.failure.code}, attempt ${this.failure.attempts}): ${this.failure.message}; ${c ? `still serving ${c.artifact.id}` : "nothing loaded"}`
    } : d ? d.pointer ? !c || idOf(c.pointer) !== idOf(d.pointer) ? {
      ok: !1,
      status: c ? "switching" : "loading",
      loaded,
      reason: `${this.phase === "waiting" ? "waiting for this server's turn (rollout.spread_s) to download" : this.phase === "fetching" ? "fetching" : "loading"} ${formatArtifactId(d.pointer)}${c ? `; serving ${c.artifact.id} meanwhile` : ""}`
    } : {
      ok: !0,
      status: "ok",
      loaded,
      reason: this.sourceError ? `serving the last pointer read; the source currently fails: ${this.sourceError}` : null
    } : {
      ok: !1,
      status: "no-pointer",
      loaded,
      reason: `environment ${this.o.env} has no active version${c ? `; still serving ${c.artifact.id}` : ""}`
    } : {
      ok: !1,
      status: "starting",
      loaded,
      reason: this.sourceError ? `cannot read the pointer: ${this.sourceError}` : "waiting for the first pointer reading"
    };
  }
  /** What this instance serves now and in which role (null before the first load), for metrics. */
  serving() {
    let c = this.current;
    return c ? { model: c.pointer.model, version: c.pointer.version, quantization: c.pointer.quantization, role: c.role } : null;
  }
  currentArtifact() {
    return this.current?.artifact ?? null;
  }
  async stop() {
    this.stopped = !0, this.wake?.(), this.cancelPrefetchWait?.(), this.retryTimer && clearTimeout(this.retryTimer), this.scrubTimer && clearInterval(this.scrubTimer), await this.scrubbing?.catch(() => {
    }), await this.o.source.close(), this.running && await Promise.race([this.running, new Promise((r) => setTimeout(r, 2e3).unref())]);
  }
};
function bytesOf(meta) {
  return artifactFiles(meta).reduce((n, f) => n + f.size, 0);
}
function idOf(p) {
  return p ? `${p.model}-v${p.version}-${p.quantization}` : "";
}

// src/serve/inference-server.ts
import { createServer } from "node:http";
var MAX_BODY = 4 * 1024 * 1024;
function send(res, status, body, headers = {}) {
  let text = JSON.stringify(body, null, 2) + `
`;
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers
  }), res.end(text);
}
function apiError(res, status, message, type) {
  send(res, status, { error: { message, type, code: status } });
}
async function readJson(req) {
  let chunks = [], n = 0;
  for await (let c of req) {
    if (n += c.length, n > MAX_BODY) throw new MregError("USAGE", `request body over ${MAX_BODY} bytes`);
    chunks.push(c);
  }
  let text = Buffer.concat(chunks).toString("utf8"), v;
  try {
    v = JSON.parse(text || "{}");
  } catch {
    throw new MregError("USAGE", "request body is not valid JSON");
  }
  if (!v || typeof v != "object" || Array.isArray(v))
    throw new MregError("USAGE", "request body must be a JSON object");
  return v;
}
function numberField(body, name, dflt, min, max) {
  let v = body[name];
  if (v == null) return dflt;
  if (typeof v != "number" || !Number.isFinite(v) || v < min || v > max)
    throw new MregError("USAGE", `${name} must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`);
  return v;
}
function booleanField(body, name) {
  let v = body[name];
  if (v == null) return !1;
  if (typeof v != "boolean") throw new MregError("USAGE", `${name} must be true or false, got ${JSON.stringify(v)}`);
  return v;
}
function generateOptions(body, signal) {
  let stop = body.stop === void 0 || body.stop === null ? [] : Array.isArray(body.stop) ? body.stop : [body.stop];
  if (!stop.every((s) => typeof s == "string"))
    throw new MregError("USAGE", "stop must be a string or an array of strings");
  return {
    maxTokens: numberField(body, "max_tokens", 16, 1, 32768),
    temperature: numberField(body, "temperature", 0, 0, 2),
    topP: body.top_p === void 0 ? void 0 : numberField(body, "top_p", 1, 0, 1),
    seed: body.seed === void 0 ? void 0 : numberField(body, "seed", 0, 0, 2 ** 31),
    stop,
    ignoreEos: booleanField(body, "ignore_eos"),
    signal
  };
}
function adapterInfo(a, loaded) {
  if (!a?.base) return { adapter: null, base: null };
  let served = loaded && loaded.artifact.id === a.id ? loaded : null;
  return {
    adapter: { id: a.id, model: a.meta.model, version: a.meta.version, sha256: a.meta.artifact.sha256, path: a.path },
    base: {
      id: a.base.id,
      sha256: a.base.meta.artifact.sha256,
      path: a.base.path,
      ...served ? { loaded_at: served.modelLoadedAt } : {}
    }
  };
}
function chatMessages(body) {
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    throw new MregError("USAGE", "messages must be a non-empty array");
  return body.messages.map((m, i) => {
    let x = m, content = typeof x.content == "string" ? x.content : Array.isArray(x.content) ? x.content.map((p) => typeof p?.text == "string" ? p.text : "").join("") : null;
    if (typeof x.role != "string" || content === null)
      throw new MregError("USAGE", `messages[${i}] needs a role and string content`);
    return { role: x.role, content };
  });
}
function completionPrompt(body) {
  let p = Array.isArray(body.prompt) ? body.prompt : [body.prompt ?? ""];
  if (p.length !== 1 || typeof p[0] != "string")
    throw new MregError("USAGE", "prompt must be a string (or an array of one string)");
  return p[0];
}
function inferInput(body, kind) {
  return kind === "chat" ? { messages: chatMessages(body), prompt: "" } : { messages: [], prompt: completionPrompt(body) };
}
function newReply(kind) {
  let id = `${kind === "chat" ? "chatcmpl" : "cmpl"}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return { kind, id, created: Math.floor(Date.now() / 1e3), model: "" };
}
function streamChunk(r, text, finishReason) {
  return r.kind === "chat" ? {
    id: r.id,
    object: "chat.completion.chunk",
    created: r.created,
    model: r.model,
    choices: [{ index: 0, delta: text ? { content: text } : {}, finish_reason: finishReason }]
  } : {
    id: r.id,
    object: "text_completion",
    created: r.created,
    model: r.model,
    choices: [{ index: 0, text, finish_reason: finishReason }]
  };
}
function startStream(res, r, opts) {
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-store",
    "x-mreg-artifact": r.model
  }), r.kind === "chat" && res.write(
    `data: ${JSON.stringify({ ...streamChunk(r, "", null), choices: [{ index: 0, delta: { role: "assistant" }, finish_reason: null }] })}

`
  ), opts.onTextChunk = (t) => res.write(`data: ${JSON.stringify(streamChunk(r, t, null))}

`);
}
function finishReply(res, r, g, streamed) {
  let usage = {
    prompt_tokens: g.promptTokens,
    completion_tokens: g.completionTokens,
    total_tokens: g.promptTokens + g.completionTokens
  };
  if (streamed) {
    res.write(`data: ${JSON.stringify({ ...streamChunk(r, "", g.finishReason), usage })}

`), res.end(`data: [DONE]

`);
    return;
  }
  let choice = r.kind === "chat" ? { index: 0, message: { role: "assistant", content: g.text }, finish_reason: g.finishReason } : { index: 0, text: g.text, logprobs: null, finish_reason: g.finishReason }, object = r.kind === "chat" ? "chat.completion" : "text_completion";
  send(
    res,
    200,
    { id: r.id, object, created: r.created, model: r.model, choices: [choice], usage },
    { "x-mreg-artifact": r.model }
  );
}
function checkFitsContext(m, contextSize, input, seen) {
  let tokens = (input.messages.length ? input.messages.map((x) => x.content) : [input.prompt]).reduce((n, t) => n + m.model.tokenize(t).length, 0);
  if (!(tokens < contextSize))
    throw seen.overflow = !0, new MregError(
      "USAGE",
      `the prompt is ${tokens} tokens, more than ${m.artifact.id} can hold (its context is ${contextSize} tokens)`
    );
}
async function infer(engine, req, res, kind, seen) {
  let body = await readJson(req), abort = new AbortController();
  res.on("close", () => {
    res.writableFinished || abort.abort();
  });
  let opts = generateOptions(body, abort.signal);
  if (kind === "chat" && opts.ignoreEos)
    throw new MregError(
      "USAGE",
      "ignore_eos is not supported on /v1/chat/completions: use /v1/completions for a fixed number of tokens"
    );
  let input = inferInput(body, kind), stream = body.stream === !0, reply = newReply(kind), started = !1, g = await engine.withModel(async (m, seq) => {
    reply.model = m.artifact.id, seen.answered = { model: m.artifact.meta.model, version: m.artifact.meta.version }, seen.pinnedAt = performance.now(), checkFitsContext(m, seq.contextSize, input, seen), stream && (startStream(res, reply, opts), started = !0);
    let write = opts.onTextChunk;
    return opts.onTextChunk = (t) => {
      seen.firstTextAt ??= performance.now(), write?.(t);
    }, kind === "chat" ? chat(m, seq, input.messages, opts) : complete(m, seq, input.prompt, opts);
  });
  if (g === null) return apiError(res, 503, "no model is loaded yet (see /health)", "unavailable");
  seen.generated = g, finishReply(res, reply, g, stream && started);
}
function recordRequest(o, res, seen, failed) {
  if (!o.metrics || failed instanceof MregError && failed.code === "USAGE" && !seen.overflow || !failed && !res.writableFinished) return;
  let outcome = failed || res.statusCode >= 500 || !seen.generated ? "error" : "ok", now = performance.now(), info = o.follower.info(), labels = {
    environment: str2(info.environment),
    model: str2(seen.answered?.model ?? info.model),
    version: str2(seen.answered?.version ?? info.version)
  };
  o.metrics.request({
    labels,
    outcome,
    seconds: (now - seen.arrivedAt) / 1e3,
    firstTokenSeconds: seen.firstTextAt === null ? null : (seen.firstTextAt - seen.arrivedAt) / 1e3,
    tokens: seen.generated?.completionTokens ?? 0,
    generationSeconds: seen.pinnedAt === null ? 0 : (now - seen.pinnedAt) / 1e3
  });
}
async function measuredInfer(o, req, res, kind) {
  let seen = {
    arrivedAt: performance.now(),
    overflow: !1,
    answered: null,
    pinnedAt: null,
    firstTextAt: null,
    generated: null
  };
  try {
    await infer(o.engine, req, res, kind, seen);
  } catch (err) {
    throw recordRequest(o, res, seen, err), err;
  }
  recordRequest(o, res, seen, null);
}
function str2(v) {
  return v == null ? "" : String(v);
}
function healthReply(o, url) {
  let h = o.follower.health(), ok = url.searchParams.get("serving") === "1" ? h.loaded : h.ok, info = o.follower.info();
  return {
    status: ok ? 200 : 503,
    body: {
      status: h.status,
      reason: h.reason,
      version: info.version,
      desired_version: info.desired?.version ?? info.version
    }
  };
}
function modelList(engine) {
  let m = engine.loaded();
  return { object: "list", data: m ? [
    {
      id: m.artifact.id,
      object: "model",
      created: Math.floor(Date.parse(m.loadedAt) / 1e3),
      owned_by: "mreg",
      root: m.artifact.meta.model,
      version: m.artifact.meta.version,
      quantization: m.artifact.meta.quantization
    }
  ] : [] };
}
function endpoints(o) {
  return [
    "/model-info",
    "/health",
    ...o.metrics ? ["/metrics"] : [],
    ...o.engine ? ["/v1/models", "/v1/completions", "/v1/chat/completions"] : []
  ];
}
async function routeRequest(o, req, res) {
  let { follower, engine } = o, url = new URL(req.url ?? "/", "http://localhost"), route = `${req.method} ${url.pathname.replace(/\/+$/, "") || "/"}`;
  switch (route) {
    case "GET /model-info":
      return send(res, 200, {
        ...follower.info(),
        ...adapterInfo(follower.currentArtifact(), engine?.loaded() ?? null)
      });
    case "GET /health": {
      let h = healthReply(o, url);
      return send(res, h.status, h.body);
    }
    case "GET /metrics": {
      if (!o.metrics) break;
      let text = await o.metrics.text();
      return res.writeHead(200, { "content-type": o.metrics.contentType, "cache-control": "no-store" }), void res.end(text);
    }
    case "GET /v1/models":
      if (!engine) break;
      return send(res, 200, modelList(engine));
    case "POST /v1/completions":
      if (!engine) break;
      return measuredInfer(o, req, res, "completion");
    case "POST /v1/chat/completions":
      if (!engine) break;
      return measuredInfer(o, req, res, "chat");
    case "GET /":
      return send(res, 200, { name: "mreg", endpoints: endpoints(o) });
  }
  apiError(res, 404, `no route ${route}`, "not_found");
}
function createServeServer(o) {
  return createServer((req, res) => {
    routeRequest(o, req, res).catch((err) => {
      let usageError = err instanceof MregError && err.code === "USAGE";
      if (usageError || o.log?.(`${req.method} ${req.url}: ${errorMessage(err)}`), res.headersSent) {
        res.end();
        return;
      }
      apiError(res, usageError ? 400 : 500, errorMessage(err), usageError ? "invalid_request_error" : "server_error");
    });
  });
}
async function listen(server, port, host) {
  await new Promise((resolve, reject) => {
    server.once(
      "error",
      (err) => reject(new MregError("SERVE", `cannot listen on ${host}:${port}: ${err.code ?? err.message}`))
    ), server.listen(port, host, () => resolve());
  });
  let a = server.address();
  return `http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}`;
}
async function closeServer(server, graceMs = 5e3) {
  let closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let t = setTimeout(() => server.closeAllConnections(), graceMs);
  t.unref(), await closed, clearTimeout(t);
}

// src/serve/sources/index.ts
import path5 from "node:path";
import { fileURLToPath } from "node:url";

// src/serve/sources/file-source.ts
import { watch } from "node:fs";
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import path3 from "node:path";
var FileSource = class {
  constructor(o) {
    this.o = o;
    let abs = path3.resolve(o.path);
    this.description = `file:${abs}`, this.explicitFile = abs.endsWith(".json") ? abs : null, this.dir = this.explicitFile ? path3.dirname(abs) : abs;
  }
  description;
  dir;
  explicitFile;
  watcher = null;
  timer = null;
  debounce = null;
  lastText = null;
  errors = new ErrorOnce();
  reading = null;
  again = !1;
  closed = !1;
  /** registry.json beside a `models/` folder (a checkout's registry/) or a pointer document. */
  async file() {
    if (this.explicitFile) return this.explicitFile;
    for (let name of [POINTER_FILE, "registry.json", path3.join("registry", "registry.json")]) {
      let p = path3.join(this.dir, name);
      if (await stat3(p).then(
        (s) => s.isFile(),
        () => !1
      ))
        return p;
    }
    throw new MregError("NOT_FOUND", `${this.dir} holds no ${POINTER_FILE} or registry.json`);
  }
  async start(onUpdate, onError) {
    let read = async () => {
      let file = "";
      try {
        file = await this.file();
        let text = await readFile2(file, "utf8");
        if (text === this.lastText) return;
        let update;
        try {
          update = parsePointerText(text, file, this.o.env);
        } catch (err) {
          if (await new Promise((r) => setTimeout(r, 50)), await readFile2(file, "utf8") !== text) return void this.kick();
          throw err;
        }
        this.lastText = text, this.errors.ok(), onUpdate(update);
      } catch (err) {
        this.errors.report(err, onError);
      }
    }, run2 = () => {
      if (!this.closed) {
        if (this.reading) {
          this.again = !0;
          return;
        }
        this.reading = read().finally(() => {
          this.reading = null, this.again && !this.closed && (this.again = !1, run2());
        });
      }
    };
    this.kick = () => {
      this.closed || (this.debounce && clearTimeout(this.debounce), this.debounce = setTimeout(run2, 10));
    };
    try {
      this.watcher = watch(this.dir, { persistent: !1 }, () => this.kick()), this.watcher.on("error", () => {
      });
    } catch (err) {
      onError(
        new MregError(
          "SERVE",
          `cannot watch ${this.dir} (${errorMessage(err)}); falling back to polling every ${this.o.pollMs ?? 2e3} ms`
        )
      );
    }
    this.timer = setInterval(run2, this.o.pollMs ?? 2e3), this.timer.unref(), run2(), await this.reading;
  }
  kick = () => {
  };
  async readMetadata(ref) {
    let file = await this.file().catch(() => null), registryDir = file ? path3.dirname(file) : this.dir, rel = metadataPath(ref).replace(/^registry\//, "");
    for (let p of [path3.join(registryDir, rel), path3.join(registryDir, "registry", rel)]) {
      let text = await readFile2(p, "utf8").catch(() => null);
      if (text !== null) return parseMetadata(text, p);
    }
  }
  async close() {
    this.closed = !0, this.watcher?.close(), this.timer && clearInterval(this.timer), this.debounce && clearTimeout(this.debounce), await this.reading;
  }
};

// src/serve/sources/git-source.ts
import { execFile as execFile2 } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, stat as stat4 } from "node:fs/promises";
import path4 from "node:path";
function parseGitSpec(spec) {
  let m = /^git\+(.+?)(?:#([^#]+))?$/.exec(spec);
  if (!m)
    throw new MregError(
      "USAGE",
      `invalid git source ${JSON.stringify(spec)}: expected git+URL#BRANCH, e.g. git+https://github.com/org/registry.git#main`
    );
  return { url: m[1], branch: m[2] ?? "main" };
}
function gitAuthEnv(url, env) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return {};
  }
  if (u.protocol !== "https:") return {};
  let token = env.MREG_GIT_TOKEN || (u.hostname === "github.com" ? env.GITHUB_TOKEN : void 0);
  if (!token) return {};
  let basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: `http.${u.origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`
  };
}
function run(args, cwd, extraEnv = {}, timeoutMs = 6e4) {
  return new Promise((resolve, reject) => {
    execFile2(
      "git",
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...extraEnv }
      },
      (err, stdout, stderr) => {
        err ? reject(
          new MregError("GIT", `git ${args[0]} failed: ${(stderr || errorMessage(err)).trim().split(`
`).pop()}`)
        ) : resolve(stdout);
      }
    );
  });
}
var GitSource = class {
  constructor(o) {
    this.o = o;
    this.description = `git+${o.url}#${o.branch}`, checkPollInterval("git", o.url, o.pollMs), this.schedule = new PollSchedule(o.pollMs);
    let key = createHash2("sha256").update(`${o.url}#${o.branch}`).digest("hex").slice(0, 16);
    this.bare = path4.join(o.cacheDir, "git", key);
  }
  description;
  bare;
  timer = null;
  lastHead = null;
  errors = new ErrorOnce();
  polling = null;
  closed = !1;
  failures = 0;
  schedule;
  /** Remote round trips made (ls-remote, fetch), for the fleet benchmark. */
  requests = { lsRemote: 0, fetch: 0 };
  async ensureBare() {
    await stat4(path4.join(this.bare, "HEAD")).then(
      () => !0,
      () => !1
    ) || (await mkdir2(this.bare, { recursive: !0 }), await run(["init", "--quiet", "--bare"], this.bare));
  }
  async poll(onUpdate, onError) {
    try {
      let ref = `refs/heads/${this.o.branch}`, auth = gitAuthEnv(this.o.url, process.env);
      this.requests.lsRemote++;
      let head = (await run(["ls-remote", "--", this.o.url, ref], this.bare, auth)).split(`
`).map((l) => l.split("	")).find((p) => p[1] === ref)?.[0];
      if (!head) throw new MregError("NOT_FOUND", `${this.description}: the remote has no branch ${this.o.branch}`);
      if (this.failures = 0, head === this.lastHead) return;
      this.requests.fetch++, await run(
        [
          "-c",
          "maintenance.auto=false",
          "-c",
          "gc.auto=0",
          "fetch",
          "--quiet",
          "--depth=1",
          "--no-tags",
          "--",
          this.o.url,
          `+${ref}:refs/mreg/head`
        ],
        this.bare,
        auth
      );
      let fetched = (await run(["rev-parse", "refs/mreg/head"], this.bare)).trim(), file = this.o.file ?? "registry/registry.json", text = await run(["show", `${fetched}:${file}`], this.bare), update = parsePointerText(text, `${this.description}:${file}`, this.o.env, fetched);
      this.lastHead = fetched, this.errors.ok(), onUpdate(update);
    } catch (err) {
      this.failures++, this.errors.report(err, onError);
    }
  }
  async start(onUpdate, onError) {
    await this.ensureBare();
    let tick = async () => {
      this.closed || (this.schedule.started(), this.polling = this.poll(onUpdate, onError), await this.polling, this.polling = null, this.closed || (this.timer = setTimeout(() => void tick(), this.schedule.nextDelay(this.failures))));
    };
    await tick();
  }
  async readMetadata(ref, revision) {
    let file = metadataPath(ref), rev = /^[0-9a-f]{40,64}$/.test(revision) ? revision : "refs/mreg/head", text = await run(["show", `${rev}:${file}`], this.bare).catch(() => null);
    return text === null ? void 0 : parseMetadata(text, `${this.description}:${file}`);
  }
  async close() {
    this.closed = !0, this.timer && clearTimeout(this.timer), await this.polling;
  }
};

// src/serve/sources/http-source.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]), MAX_REDIRECTS = 5, GITHUB_HOSTS = /* @__PURE__ */ new Set(["api.github.com", "raw.githubusercontent.com", "github.com"]);
function authHeaders(url, env) {
  let h = {};
  return env.MREG_HTTP_TOKEN ? h.authorization = `Bearer ${env.MREG_HTTP_TOKEN}` : env.GITHUB_TOKEN && GITHUB_HOSTS.has(url.hostname) && (h.authorization = `Bearer ${env.GITHUB_TOKEN}`), url.hostname === "api.github.com" && (h.accept = "application/vnd.github.raw+json"), h;
}
var HttpSource = class {
  constructor(o) {
    this.o = o;
    this.schedule = new PollSchedule(o.pollMs);
    try {
      this.url = new URL(o.url);
    } catch {
      throw new MregError("USAGE", `invalid source URL ${JSON.stringify(o.url)}`);
    }
    this.description = o.url, this.env = o.environment ?? process.env, checkPollInterval("http", o.url, o.pollMs);
  }
  description;
  etag = null;
  lastText = null;
  errors = new ErrorOnce();
  timer = null;
  polling = null;
  closed = !1;
  failures = 0;
  retryAfterMs = 0;
  schedule;
  /** Requests made and what they answered, for the fleet benchmark and the logs. */
  requests = { total: 0, notModified: 0, full: 0 };
  url;
  env;
  /**
   * One GET, following redirects by hand: only to the same origin (scheme, host and port). A
   * redirect to another origin is refused, so whoever can answer a 3xx at the configured URL
   * cannot hand us a registry (and with it the artifacts to serve) from a server of their choosing.
   */
  async get(url, etag) {
    let signal = AbortSignal.timeout(this.o.timeoutMs ?? 3e4), at = url;
    for (let hop = 0; ; hop++) {
      let headers = { ...authHeaders(at, this.env), "user-agent": "mreg" };
      etag && (headers["if-none-match"] = etag), this.requests.total++;
      let res = await fetch(at, { headers, signal, redirect: "manual" });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => {
        });
        let location = res.headers.get("location");
        if (!location)
          throw new MregError("SERVE", `${at.href}: HTTP ${res.status} redirect without a Location header`);
        let next;
        try {
          next = new URL(location, at);
        } catch {
          throw new MregError(
            "SERVE",
            `${at.href}: HTTP ${res.status} redirect to an invalid URL ${JSON.stringify(location)}`
          );
        }
        if (next.origin !== url.origin)
          throw new MregError(
            "SERVE",
            `${at.href}: HTTP ${res.status} redirects to ${next.href}, another origin than the source ${url.origin}; refusing to follow it (point the source at the final URL if that server is trusted)`
          );
        if (hop >= MAX_REDIRECTS) throw new MregError("SERVE", `${url.href}: more than ${MAX_REDIRECTS} redirects`);
        at = next;
        continue;
      }
      let text = res.status === 304 ? "" : await res.text();
      return { status: res.status, text, etag: res.headers.get("etag"), retryAfter: res.headers.get("retry-after") };
    }
  }
  async poll(onUpdate, onError) {
    try {
      let r = await this.get(this.url, this.etag);
      if (this.retryAfterMs = retryAfterMs(r.retryAfter), r.status === 304) {
        this.requests.notModified++, this.failures = 0;
        return;
      }
      if (r.status === 200 && this.requests.full++, r.status !== 200)
        throw new MregError(
          "SERVE",
          `${this.description}: HTTP ${r.status}${r.text ? `: ${r.text.slice(0, 200)}` : ""}`
        );
      if (this.etag = r.etag, r.text === this.lastText) return;
      let update = parsePointerText(
        r.text,
        this.description,
        this.o.env,
        r.etag ? `etag:${r.etag.replace(/^W\//, "").replace(/"/g, "")}` : contentRevision(r.text)
      );
      this.lastText = r.text, this.failures = 0, this.errors.ok(), onUpdate(update);
    } catch (err) {
      this.failures++, this.errors.report(err, onError);
    }
  }
  async start(onUpdate, onError) {
    let tick = async () => {
      this.closed || (this.schedule.started(), this.polling = this.poll(onUpdate, onError), await this.polling, this.polling = null, this.closed || (this.timer = setTimeout(() => void tick(), this.schedule.nextDelay(this.failures, this.retryAfterMs))));
    };
    await tick();
  }
  /** `.../registry/registry.json?ref=main` -> `.../registry/models/<m>/<id>.json?ref=main`. */
  async readMetadata(ref) {
    if (!this.url.pathname.endsWith("registry/registry.json")) return;
    let u = new URL(this.url.href);
    u.pathname = u.pathname.slice(0, -22) + metadataPath(ref);
    let r = await this.get(u, null);
    if (r.status !== 404) {
      if (r.status !== 200) throw new MregError("SERVE", `${u.href}: HTTP ${r.status}`);
      return parseMetadata(r.text, u.href);
    }
  }
  async close() {
    this.closed = !0, this.timer && clearTimeout(this.timer), await this.polling;
  }
};
function retryAfterMs(v) {
  if (!v) return 0;
  let ms = /^\d+$/.test(v.trim()) ? Number(v) * 1e3 : Date.parse(v) - Date.now();
  return Number.isFinite(ms) ? Math.min(36e5, Math.max(0, ms)) : 0;
}

// src/serve/sources/index.ts
function openSource(spec, o) {
  if (!spec)
    throw new MregError("USAGE", "--source is required (a path, file:PATH, git+URL#BRANCH or an https:// URL)");
  if (spec.startsWith("git+")) {
    let { url, branch } = parseGitSpec(spec);
    return new GitSource({
      url,
      branch,
      env: o.env,
      cacheDir: o.cacheDir,
      pollMs: o.pollMs ?? Math.max(5e3, pollFloorMs("git", url))
    });
  }
  if (spec.startsWith("k8s:"))
    return new KubernetesSource({ spec, env: o.env, pollMs: o.pollMs, environment: o.environment });
  if (/^https?:\/\//.test(spec))
    return new HttpSource({
      url: spec,
      env: o.env,
      pollMs: o.pollMs ?? Math.max(5e3, pollFloorMs("http", spec)),
      environment: o.environment
    });
  let p = spec;
  if (spec.startsWith("file://")) p = fileURLToPath(spec);
  else if (spec.startsWith("file:")) p = spec.slice(5);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec))
    throw new MregError(
      "USAGE",
      `unsupported source ${JSON.stringify(spec)}: expected a path, file:PATH, git+URL#BRANCH or http(s)://`
    );
  return new FileSource({ path: path5.resolve(o.cwd ?? process.cwd(), p), env: o.env, pollMs: o.pollMs ?? 2e3 });
}

// src/serve/index.ts
async function start(o, runtime, engine) {
  let cacheDir = path6.resolve(o.cwd ?? process.cwd(), o.cacheDir), store = typeof o.store == "string" ? openStore(o.store, { ...o.storeConfig, baseDir: o.cwd }) : o.store, source = typeof o.source == "string" ? openSource(o.source, { env: o.env, cacheDir, pollMs: o.pollMs, cwd: o.cwd }) : o.source, cache = new ServeCache({
    dir: cacheDir,
    keep: o.keep ?? 3,
    store,
    storeOptions: { ...o.storeConfig, baseDir: o.cwd },
    download: o.storeConfig?.download
  }), metrics = new ServeMetrics(), follower = new Follower({
    env: o.env,
    source,
    cache,
    runtime,
    store,
    logger: o.logger,
    retryMs: o.retryMs,
    scrubMs: o.scrubMs,
    spreadS: o.spreadS,
    instance: o.instance,
    observer: metrics
  });
  metrics.attach(follower), o.serverUrl && metrics.forward(serverMetrics(o.serverUrl, follower, (m) => o.logger?.warn(m)));
  let server = createServeServer({ follower, engine, log: (m) => o.logger?.warn(m), metrics }), url = await listen(server, o.port ?? 8080, o.host ?? "127.0.0.1");
  try {
    await follower.start();
  } catch (err) {
    throw await closeServer(server, 0), err;
  }
  let stopping = null;
  return {
    url,
    follower,
    engine,
    stop: () => stopping ??= (async () => {
      await follower.stop().catch((err) => o.logger?.warn(`stopping the follower: ${errorMessage(err)}`)), await closeServer(server), await runtime.close();
    })()
  };
}
async function startServe(o) {
  let engine = new LlamaEngine({ gpu: o.gpu, threads: o.threads, contextSize: o.contextSize, parallel: o.parallel });
  return start(o, engine, engine);
}
async function startAgent(o) {
  let cacheDir = path6.resolve(o.cwd ?? process.cwd(), o.cacheDir), runtime = new AgentRuntime({ ...o, activeLink: path6.join(cacheDir, "active"), log: (m) => o.logger?.info(m) });
  return start(o, runtime, void 0);
}

export {
  ADAPTER_APIS,
  splitCommand,
  startServe,
  startAgent
};
