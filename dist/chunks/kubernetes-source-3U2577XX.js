import {
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf
} from "./chunk-MSUMXUZ5.js";
import "./chunk-OUA4VDMS.js";
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
