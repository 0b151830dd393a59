package townstats.ingest;

/** A report that cannot be read; the message is the one-line reason shown to the user. */
public class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
