package org.marsad.store;

/** The store could not be read or written (disk, locked file, schema). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
