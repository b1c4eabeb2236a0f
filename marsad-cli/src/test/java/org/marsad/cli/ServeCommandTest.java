package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void anAddressOtherMachinesCanReachIsRefusedWithoutAllowRemote() {
        StringWriter err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(new byte[0]), new StringWriter(),
                new PrintWriter(err, true)).execute("serve", "--host", "0.0.0.0", "--data", dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--allow-remote");
        assertThat(dir.resolve("index")).doesNotExist();
    }
}
