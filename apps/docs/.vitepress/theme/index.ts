// The default VitePress theme plus the live-example components, registered globally so pages in
// docs/ use them without imports.
import { inBrowser, type Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";

import LiveExample from "./components/LiveExample.vue";
import MrcViewer from "./components/MrcViewer.vue";
import PlaygroundEditor from "./components/PlaygroundEditor.vue";
import { escapeUndecodableHash } from "./runtime/share-link.js";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Runs before the router reads the address, so a hash that decodeURIComponent rejects, such as
    // a broken playground link, reaches the page escaped instead of throwing in VitePress.
    if (inBrowser) {
      const hash = escapeUndecodableHash(window.location.hash);
      if (hash !== window.location.hash) window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}${hash}`);
    }
    app.component("LiveExample", LiveExample);
    app.component("PlaygroundEditor", PlaygroundEditor);
    app.component("MrcViewer", MrcViewer);
  },
} satisfies Theme;
