import { mark } from "./lib/startup";
import { mount } from "svelte";
import App from "./App.svelte";
import "./styles.css";

mark("bundle evaluated");
mount(App, { target: document.getElementById("app")! });
mark("mounted");
