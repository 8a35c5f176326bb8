import {
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf
} from "./chunk-K4XHQG6B.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
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
