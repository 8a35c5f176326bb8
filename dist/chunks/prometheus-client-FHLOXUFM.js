import {
  PrometheusClient
} from "./chunk-S4JMLGET.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PrometheusClient
};
