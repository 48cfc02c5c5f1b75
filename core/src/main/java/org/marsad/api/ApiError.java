package org.marsad.api;

/** An answer other than 200 with a message a person can act on; mapped to JSON once in {@link WorkspaceRoutes}. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String parameter;

    public ApiError(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter == null ? "" : parameter;
    }

    public static ApiError notFound(String what) { return new ApiError(404, what + " not found", ""); }

    public static ApiError unauthorized(String message) { return new ApiError(401, message, ""); }

    public static ApiError bad(String parameter, String message) { return new ApiError(400, message, parameter); }

    public int status() { return status; }

    public String parameter() { return parameter; }
}
