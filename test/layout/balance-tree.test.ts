import { expect } from '@open-wc/testing';
import { treeMove } from '../../src/layout/balance-tree.js';

describe('treeMove', () => {
  it('goes down from the view into the bar last visited, and from a bar into its first bloc', () => {
    expect(treeMove([], 'ArrowDown', 11, 4)).to.deep.equal([0]);
    expect(treeMove([], 'ArrowDown', 11, 4, 7)).to.deep.equal([7]);
    // A bar that left the view: the last one there is.
    expect(treeMove([], 'ArrowDown', 11, 4, 30)).to.deep.equal([10]);
    expect(treeMove([3], 'ArrowDown', 11, 4)).to.deep.equal([3, 0]);
    expect(treeMove([3, 2], 'ArrowDown', 11, 4)).to.equal(null);
  });

  it('goes up from a bloc to its bar and from a bar to the view', () => {
    expect(treeMove([3, 2], 'ArrowUp', 11, 4)).to.deep.equal([3]);
    expect(treeMove([3], 'ArrowUp', 11, 4)).to.deep.equal([]);
    expect(treeMove([], 'ArrowUp', 11, 4)).to.equal(null);
  });

  it('goes across periods, and across the blocs of one period', () => {
    expect(treeMove([3], 'ArrowRight', 11, 4)).to.deep.equal([4]);
    expect(treeMove([3], 'ArrowLeft', 11, 4)).to.deep.equal([2]);
    expect(treeMove([3, 1], 'ArrowRight', 11, 4)).to.deep.equal([3, 2]);
    expect(treeMove([3, 1], 'ArrowLeft', 11, 4)).to.deep.equal([3, 0]);
    expect(treeMove([3], 'Home', 11, 4)).to.deep.equal([0]);
    expect(treeMove([3], 'End', 11, 4)).to.deep.equal([10]);
    expect(treeMove([3, 1], 'End', 11, 4)).to.deep.equal([3, 3]);
    expect(treeMove([3, 1], 'Home', 11, 4)).to.deep.equal([3, 0]);
  });

  it('stays at the ends, at the top, and for other keys', () => {
    expect(treeMove([0], 'ArrowLeft', 11, 4)).to.equal(null);
    expect(treeMove([10], 'ArrowRight', 11, 4)).to.equal(null);
    expect(treeMove([3, 3], 'ArrowRight', 11, 4)).to.equal(null);
    expect(treeMove([0], 'Home', 11, 4)).to.equal(null);
    expect(treeMove([], 'ArrowLeft', 11, 4)).to.equal(null);
    expect(treeMove([], 'Home', 11, 4)).to.equal(null);
    expect(treeMove([3], 'Enter', 11, 4)).to.equal(null);
    expect(treeMove([], 'ArrowDown', 0, 4)).to.equal(null);
  });
});
