import {
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf
} from "./chunk-FFR56BAB.js";
import "./chunk-TPUVWFR4.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf
};
