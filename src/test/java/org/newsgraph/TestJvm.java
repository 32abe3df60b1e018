package org.newsgraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line for a JVM of its own on the tests' class path, as the tests' JVM runs: the provided
 * Spark libraries on that class path register the StAX parser of Hadoop's client, which lacks a setting Jena asks for,
 * so that Jena prints an error line on the child's output; the JDK's parser is named instead, as in the tests' JVM.
 */
public final class TestJvm {
    private TestJvm() {}

    /** {@code java -D... -cp CLASSPATH}, with the class path of the running tests. */
    public static List<String> command() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl");
        command.add("-Djavax.xml.stream.XMLOutputFactory=com.sun.xml.internal.stream.XMLOutputFactoryImpl");
        command.add("-Djavax.xml.stream.XMLEventFactory=com.sun.xml.internal.stream.events.XMLEventFactoryImpl");
        command.add("-cp");
        command.add(classpath);
        return command;
    }
}
