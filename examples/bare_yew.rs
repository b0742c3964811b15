//! The yardstick for the widget's size: the smallest Yew app (one button that counts),
//! built with the widget's release profile. `scripts/bare-yew.sh` builds it as Trunk builds
//! the widget and prints its sizes, so that the benchmark can say how much of the widget's
//! weight is Yew itself.

#[cfg(target_arch = "wasm32")]
mod counter {
    use yew::prelude::*;

    #[component]
    fn Counter() -> Html {
        let count = use_state(|| 0_u32);
        let onclick = {
            let count = count.clone();
            Callback::from(move |_: MouseEvent| count.set(*count + 1))
        };
        html! { <button {onclick}>{ *count }</button> }
    }

    pub fn start() {
        yew::Renderer::<Counter>::new().render();
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    counter::start();
}
