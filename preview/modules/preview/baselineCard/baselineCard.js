// The render benchmark's baseline: a bare lightning-card holding a plain Join link.
import { LightningElement } from 'lwc';

export default class BaselineCard extends LightningElement {}
