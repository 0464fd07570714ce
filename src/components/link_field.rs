//! A read-only field with a link in it, and its label. Copying falls back to selecting the
//! text in it, through `field_ref`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkFieldProps {
    /// The field's id (the label's `for`); tests and the print style know the fields by it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub url: AttrValue,
    #[prop_or_default]
    pub field_ref: NodeRef,
}

#[function_component(LinkField)]
pub fn link_field(props: &LinkFieldProps) -> Html {
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} ref={props.field_ref.clone()} type="text" readonly=true
                spellcheck="false" value={props.url.clone()} />
        </div>
    }
}
