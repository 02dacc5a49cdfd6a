package org.displacementstats.cli;

import java.util.ArrayList;
import java.util.List;

/** The command that runs the program in a Java process of its own, as {@code java -jar} would. */
final class ProgramProcess {
    private ProgramProcess() {}

    /**
     * @param jvm options for the JVM
     * @param args the program's arguments
     * @return this JVM's {@code java}, the options, this JVM's class path, the main class and the arguments
     */
    static List<String> command(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
