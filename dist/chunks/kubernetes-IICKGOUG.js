import {
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf
} from "./chunk-SJNHG3IH.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-MR7FSY5S.js";
import "./chunk-64GSZUE7.js";
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
