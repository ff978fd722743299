// How the preview builds its page: from data, never from HTML text.

/** A DOM element with attributes and children. */
export function h(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    node.append(...children);
    return node;
}

/** A labelled text box (or `textarea`) in SLDS form-element markup, and its control. */
export function textField(id, label, tag = 'input') {
    const control = h(tag, { id, class: tag === 'input' ? 'slds-input' : 'slds-textarea', 'data-preview': id });
    const wrap = h(
        'div',
        { class: 'slds-form-element slds-m-top_x-small' },
        h('label', { class: 'slds-form-element__label', for: id }, label),
        h('div', { class: 'slds-form-element__control' }, control)
    );
    return [wrap, control];
}

export const button = (hook, text, type = 'button') =>
    h('button', { type, class: 'slds-button slds-button_neutral slds-m-top_x-small', 'data-preview': hook }, text);
