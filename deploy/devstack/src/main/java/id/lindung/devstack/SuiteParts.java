package id.lindung.devstack;

import java.util.List;

/** The parts of a running suite, as {@link ControlServer} acts on them (see {@link Suite}). */
interface SuiteParts {

    List<String> partIds();

    PartState state(String partId);

    void stop(String partId);

    void start(String partId);
}
