package org.isnad.service;

import org.isnad.agreement.CurationUnit;

/** How the units of a curation stand: by the analysts' agreement and by the curator's decision. */
public record CurationTally(int units, int allAgree, int disagree, int onlySome, int curatorOnly, int open, int taken,
                            int fixed, int none, int changed) {

    static CurationTally of(CurationSession session) {
        int[] c = new int[10];
        for (CurationUnit u : session.units()) {
            c[0]++;
            switch (u.state()) {
                case ALL_AGREE -> c[1]++;
                case DISAGREE -> c[2]++;
                case ONLY_SOME -> c[3]++;
                case CURATOR_ONLY -> c[4]++;
            }
            switch (session.decision(u)) {
                case OPEN -> c[5]++;
                case TAKEN -> c[6]++;
                case FIXED -> c[7]++;
                case NONE -> c[8]++;
            }
            if (u.changed()) {
                c[9]++;
            }
        }
        return new CurationTally(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    }
}
