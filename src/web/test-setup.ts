// What the jsdom environment lacks for Designsystemet and React Testing Library.
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// A page's first render loads its lazy chunk; on a busy machine that takes more than the default
// second, and `findBy…` would fail on a page that is merely slow to come.
configure({ asyncUtilTimeout: 5000 });

if (typeof CSS === "undefined") {
  Object.defineProperty(globalThis, "CSS", { value: {}, configurable: true });
}
if (typeof CSS.escape !== "function") {
  // The CSSOM `CSS.escape` for identifiers (https://drafts.csswg.org/cssom/#serialize-an-identifier),
  // which Designsystemet's popover polyfill uses.
  CSS.escape = (value: string) => {
    let out = "";
    const text = String(value);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const char = text.charAt(i);
      if (code === 0) out += "\uFFFD";
      else if (code <= 0x1f || code === 0x7f || (/\d/.test(char) && (i === 0 || (i === 1 && text[0] === "-"))))
        out += `\\${code.toString(16)} `;
      else if (i === 0 && char === "-" && text.length === 1) out += `\\${char}`;
      else if (code >= 0x80 || /[\w-]/.test(char)) out += char;
      else out += `\\${char}`;
    }
    return out;
  };
}

if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}

if (typeof window.scrollTo !== "function" || !("_isMock" in window.scrollTo)) {
  window.scrollTo = Object.assign(() => {}, { _isMock: true });
}

// Designsystemet's web components wait for animations to finish.
if (typeof document.getAnimations !== "function") {
  document.getAnimations = () => [];
}
if (typeof Element.prototype.getAnimations !== "function") {
  Element.prototype.getAnimations = () => [];
}

afterEach(() => {
  cleanup();
});
