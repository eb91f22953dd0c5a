import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-500.css";
import "@fontsource/inter/latin-600.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createBrowserRouter, RouterProvider } from "react-router";
import { i18n, i18nReady } from "./i18n/index.js";
import { routes } from "./routes.js";

const router = createBrowserRouter(routes);
const container = document.getElementById("root");
if (container === null) throw new Error("The page has no #root element");

// Nynorsk or English, when chosen before, load first (bokmål is there at once).
await i18nReady;
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  </StrictMode>,
);
