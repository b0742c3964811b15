//! Embedding: reads the host element's configuration and mounts the widget into its shadow root.
