import {
  run
} from "./chunks/chunk-D542GM3E.js";
import "./chunks/chunk-RRYCCU26.js";
import "./chunks/chunk-GMAGG4T7.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-3F3EF5DZ.js";
import "./chunks/chunk-QXFYG55Z.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-ONPGCSSF.js";
import "./chunks/chunk-DMM3Y673.js";
import "./chunks/chunk-IAQKOIK6.js";
import "./chunks/chunk-CCPQCK47.js";
import "./chunks/chunk-VFSO6U6C.js";
import "./chunks/chunk-GUPMF7TG.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
