import { render } from "solid-js/web";
import { App } from "./App.jsx";
import "./styles.css";
import "./console.css";

const root = document.getElementById("root");
if (root) render(() => <App />, root);
