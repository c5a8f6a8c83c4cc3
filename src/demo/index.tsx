/** Demo entry: no office.js at all — the pane talks to the fake Excel through the same services. */
import { createRoot } from "react-dom/client";
import { DemoApp } from "./DemoApp";

const raiz = document.getElementById("raiz");
if (!raiz) throw new Error("demo.html no tiene el elemento #raiz");
createRoot(raiz).render(<DemoApp />);
