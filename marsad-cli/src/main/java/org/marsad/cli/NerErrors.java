package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** How the {@code ner} commands report a file they cannot use: one {@code marsad: } line, exit status 1. */
final class NerErrors {
    static final int FAILED = 1;

    private NerErrors() {
    }

    static int fail(PrintWriter stderr, String message) {
        stderr.println("marsad: " + message);
        stderr.flush();
        return FAILED;
    }

    /**
     * The message of an I/O failure with the file it concerns: Java's file-system exceptions carry only the path,
     * so they get the reason added; our own exceptions (a damaged model) already say both.
     */
    static String message(IOException e) {
        if (e instanceof NoSuchFileException f) return f.getFile() + ": no such file";
        if (e instanceof AccessDeniedException f) return f.getFile() + ": permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
