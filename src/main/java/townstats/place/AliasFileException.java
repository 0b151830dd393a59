package townstats.place;

/** The aliases file cannot be used: bad YAML, or a well-formed file that says something impossible. */
public class AliasFileException extends RuntimeException {
    public AliasFileException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }

    public AliasFileException(String file, String reason) {
        this(file, reason, null);
    }
}
