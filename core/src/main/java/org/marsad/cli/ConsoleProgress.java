package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.marsad.common.Progress;

/**
 * Progress on stderr: a redrawn bar when the output is a terminal, else a plain line at most every
 * few seconds (logs stay readable). stdout is left to the command's real output.
 */
final class ConsoleProgress implements Progress {
    private final PrintStream err = System.err;
    private final boolean terminal;
    private long last;
    private String lastPhase = "";

    private ConsoleProgress(boolean terminal) {
        this.terminal = terminal;
    }

    static ConsoleProgress create() {
        return new ConsoleProgress(isTerminal());
    }

    /** System.console() is non-null on JDK 22+ even when redirected; there Console.isTerminal() tells. */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void update(String phase, long done, long total, String note) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        boolean newPhase = !phase.equals(lastPhase);
        long gap = terminal ? 100_000_000L : 3_000_000_000L;
        if (!finished && !newPhase && now - last < gap) return;
        last = now;
        lastPhase = phase;
        String counts = total > 0 ? done + "/" + total : String.valueOf(done);
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) (width * Math.min(1.0, (double) done / total)) : 0;
            String bar = "#".repeat(filled) + "-".repeat(width - filled);
            err.print(String.format(Locale.ROOT, "\r%-8s [%s] %s %s   ", phase, bar, counts, note));
            if (finished) err.println();
        } else if (!finished || total > 0) {
            err.println("marsad: " + phase + " " + counts + (note.isEmpty() ? "" : " (" + note + ")"));
        }
        err.flush();
    }
}
