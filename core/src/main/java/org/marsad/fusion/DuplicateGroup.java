package org.marsad.fusion;

import java.util.List;

/** Articles that carry the same text (wire copy, light edits, another headline); the first one seen represents them. */
public record DuplicateGroup(String representative, List<String> members) {
    public DuplicateGroup {
        members = List.copyOf(members);
        if (!members.contains(representative)) {
            throw new IllegalArgumentException("representative " + representative + " is not a member");
        }
    }

    public int size() { return members.size(); }
}
