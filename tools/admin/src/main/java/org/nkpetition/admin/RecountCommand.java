package org.nkpetition.admin;

import java.io.PrintWriter;
import org.nkpetition.count.Recount;
import org.nkpetition.count.RecountResult;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Recounts a petition from its confirmed signatures and repairs counters that drifted. */
@Command(name = "recount", mixinStandardHelpOptions = true,
        description = "Recount a petition from its signatures, repair drifted counters and print what changed.")
public final class RecountCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Petition id")
    String petitionId;

    @Override
    public Integer call() {
        String table = admin.target.table("SignaturesTable");
        Recount recount = new Recount(new DynamoDbConfirmedSignatures(admin.target.dynamo(), table),
                new DynamoDbCountStore(admin.target.dynamo(), table, admin.target.counterShards));
        RecountResult result = recount.recount(petitionId);
        PrintWriter out = spec.commandLine().getOut();
        if (!result.changed()) {
            out.println(petitionId + ": counters are right (" + result.after().total() + " confirmed signatures)");
            return 0;
        }
        out.printf("%s: total %d -> %d%n", petitionId, result.before().total(), result.after().total());
        result.countryCorrections().forEach((country, delta) -> out.printf("  %s %d -> %d (%+d)%n", country,
                result.before().byCountry().getOrDefault(country, 0L), result.after().byCountry().getOrDefault(country, 0L),
                delta));
        result.missionCorrections().forEach((mission, delta) -> out.printf("  mission %s %d -> %d (%+d)%n", mission,
                result.before().byMission().getOrDefault(mission, 0L), result.after().byMission().getOrDefault(mission, 0L),
                delta));
        return 0;
    }
}
