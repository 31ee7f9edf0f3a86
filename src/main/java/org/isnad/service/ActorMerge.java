package org.isnad.service;

import org.isnad.domain.Actor;

/**
 * A merge as done, with everything needed to undo it: both actors as they were and what moved.
 * {@code id} names it in the database's merge log ({@code isnad actors unmerge ID}).
 */
public record ActorMerge(String id, Actor keptBefore, Actor other, Actor keptAfter, java.util.List<ActorRole> otherRoles,
                         ActorLinks moved) {
}
