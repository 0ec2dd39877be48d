import { expect } from '@open-wc/testing';
import { chartAction } from '../../src/controllers/chart-keys.js';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  chartAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('chartAction', () => {
  it('maps zoom, pan, reset, moves and activation', () => {
    expect(key('+')).to.deep.equal({ type: 'zoom', factor: 2 });
    expect(key('=')).to.deep.equal({ type: 'zoom', factor: 2 });
    expect(key('-')).to.deep.equal({ type: 'zoom', factor: 0.5 });
    expect(key('0')).to.deep.equal({ type: 'reset' });
    expect(key('ArrowLeft', { shiftKey: true })).to.deep.equal({ type: 'pan', fraction: -0.25 });
    expect(key('ArrowRight', { shiftKey: true })).to.deep.equal({ type: 'pan', fraction: 0.25 });
    expect(key('ArrowRight')).to.deep.equal({ type: 'move', to: 'next' });
    expect(key('ArrowUp')).to.deep.equal({ type: 'move', to: 'previous' });
    expect(key('Home')).to.deep.equal({ type: 'move', to: 'first' });
    expect(key('End')).to.deep.equal({ type: 'move', to: 'last' });
    expect(key('Enter')).to.deep.equal({ type: 'activate' });
    expect(key(' ')).to.deep.equal({ type: 'activate' });
    expect(key('Escape')).to.deep.equal({ type: 'close' });
  });

  it('leaves the browser its own shortcuts and other keys', () => {
    expect(key('+', { ctrlKey: true })).to.equal(null);
    expect(key('0', { metaKey: true })).to.equal(null);
    expect(key('ArrowLeft', { altKey: true })).to.equal(null);
    expect(key('a')).to.equal(null);
    expect(key('Tab')).to.equal(null);
  });
});
