package org.isnad.suggest;

import java.util.Arrays;
import java.util.List;

/**
 * The drafts of an article ordered by the token of their cue (else the first token of their quote), so that
 * the drafts whose cue stands in one stretch of tokens are found without scanning every draft before it.
 */
final class DraftsByToken {
    private final List<Draft> drafts;
    /** (token &lt;&lt; 32 | index in {@link #drafts}), sorted: by token, then by index. */
    private final long[] keys;

    DraftsByToken(List<Draft> drafts) {
        this.drafts = drafts;
        keys = new long[drafts.size()];
        for (int i = 0; i < keys.length; i++) {
            Draft e = drafts.get(i);
            int at = e.cue != null ? e.cue.firstToken() : e.firstToken;
            keys[i] = (long) at << 32 | i;
        }
        Arrays.sort(keys);
    }

    /**
     * The largest index below {@code before} of a draft whose token is in [{@code from}, {@code to}) and which has
     * an actor by now; -1 if none.
     */
    int lastBefore(int from, int to, int before) {
        int p = Arrays.binarySearch(keys, (long) from << 32);
        p = p < 0 ? -p - 1 : p;
        int best = -1;
        for (; p < keys.length && (int) (keys[p] >>> 32) < to; p++) {
            int i = (int) keys[p];
            if (i < before && i > best && drafts.get(i).actorName != null) {
                best = i;
            }
        }
        return best;
    }
}
