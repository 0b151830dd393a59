package townstats.ingest;

/**
 * POI and PDFBox log through log4j-api (PDFBox by way of commons-logging); without a log4j implementation on the class
 * path the first use prints "ERROR StatusLogger ...". Log4j's simple logger, switched off, keeps the output to
 * townstats' own lines: what went wrong with a file is said in its one-line reason.
 */
final class LibraryLogs {
    private LibraryLogs() {
    }

    static void silence() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }
}
