package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void anAddressOtherMachinesCanReachIsRefusedWithoutAllowRemote() {
        CommandRun run = CommandRun.of("serve", "--host", "0.0.0.0", "--data", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--allow-remote");
        assertThat(dir.resolve("index")).doesNotExist();
    }
}
