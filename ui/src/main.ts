import { FONTCONFIG_CLASS, usesFontconfig } from "./lib/fonts";
import { mark } from "./lib/startup";
import { mount } from "svelte";
import App from "./App.svelte";
import "./styles.css";

mark("bundle evaluated");
// Before the first layout: the font stack WebKitGTK finds fastest.
document.documentElement.classList.toggle(FONTCONFIG_CLASS, usesFontconfig());
mount(App, { target: document.getElementById("app")! });
mark("mounted");
// When WebKit gives the page its first frame (its first rendering, the window's frame before any data).
requestAnimationFrame(() => mark("first frame"));
