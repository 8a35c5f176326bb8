import {
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf
} from "./chunk-GSJZESBB.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-CAGAAVCG.js";
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
