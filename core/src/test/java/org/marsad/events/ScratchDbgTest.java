package org.marsad.events;
import java.nio.file.*; import java.util.*;
import org.junit.jupiter.api.Test;
class ScratchDbgTest {
  @Test void dump() throws Exception {
    String t = Files.readString(Path.of(System.getProperty("dbg.file", "/tmp/ev7/a018.txt")));
    Folded f = Folded.of(t);
    for (Candidate c : EventSegmenter.candidates(f, EventSegmenter.sentencesOf(t))) {
      System.out.println("CAND " + c.type() + " trig=" + f.folded().substring(c.fTriggerStart(), c.fTriggerEnd()) + " seg=[" + f.folded().substring(c.fSegStart(), c.fSegEnd()) + "] -> " + NonEventFilter.judge(f, c));
    }
  }
}
