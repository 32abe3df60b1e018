package org.newsgraph.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.evaluate.AuditReport;

/**
 * {@code newsgraph audit}: reads a sample file from {@code newsgraph sample} whose verdict column a person filled
 * in, and prints precision per relation with its 95% interval and a calibration table by confidence band.
 */
final class AuditCommand implements Command {
    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "precision per relation and by confidence band from a judged sample file";
    }

    @Override
    public String arguments() {
        return "[options] SAMPLE.csv";
    }

    @Override
    public String example() {
        return "newsgraph audit sample.csv";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (line.getArgList().size() != 1)
            throw new UsageException("pass one judged sample file");
        Path file = Path.of(line.getArgList().get(0));
        AuditReport report;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = AuditReport.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CommandException(file + ": no such file", e);
        } catch (MalformedInputException e) {
            throw new CommandException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new CommandException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        if (report.total().judged() == 0)
            throw new CommandException(file + ": no fact has a verdict yet (fill the verdict column with yes or no)");
        report.lines().forEach(terminal.out()::println);
        return Main.OK;
    }
}
