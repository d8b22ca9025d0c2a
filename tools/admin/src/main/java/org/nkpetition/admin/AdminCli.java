package org.nkpetition.admin;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** bin/admin: what organisers run from a terminal, against AWS or (with --local) a running bin/dev. */
@Command(name = "admin", mixinStandardHelpOptions = true, version = "admin 1.0",
        description = "Operate the petition platform: petitions, THE LIST, missions and deliveries, reports, signers' data, the email queue.",
        subcommands = {PetitionsCommand.class, ListCommand.class, SignaturesCommand.class, RecountCommand.class, ReportCommand.class,
            MissionsCommand.class, DeliveriesCommand.class, MailCommand.class,
            CommandLine.HelpCommand.class})
public final class AdminCli implements Runnable {
    @Mixin
    Target target;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given output streams (tests capture them); returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AdminCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            line.getErr().println("Error: " + error.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }
}
