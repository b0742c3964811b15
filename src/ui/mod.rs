//! The Yew components of the widget.
