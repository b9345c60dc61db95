package kr.bizsos.reporting;

/** A code with the Korean label the reports and screens show for it. */
public interface Labelled {

    String name();

    String label();
}
