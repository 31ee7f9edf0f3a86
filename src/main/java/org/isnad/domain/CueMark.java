package org.isnad.domain;

/** A speech cue («قال», «أضاف», «بحسب») has no attributes of its own. */
public record CueMark() implements SpanAttributes {
    @Override
    public Layer layer() {
        return Layer.CUE;
    }
}
