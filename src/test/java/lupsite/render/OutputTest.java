package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OutputTest {

    private static Output file(int i) {
        return new Output("f" + i, () -> ("nr " + i).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyOutputIsProducedOnceAndHandedOnWithItsBytes() throws Exception {
        List<Output> outputs = IntStream.range(0, 1_000).mapToObj(OutputTest::file).toList();
        AtomicInteger calls = new AtomicInteger();
        Map<String, String> written = new ConcurrentHashMap<>();

        Output.produceAll(outputs, (output, bytes) -> {
            calls.incrementAndGet();
            written.put(output.path(), new String(bytes, StandardCharsets.UTF_8));
        });

        assertThat(calls).hasValue(1_000);
        assertThat(written).hasSize(1_000).containsEntry("f0", "nr 0").containsEntry("f999", "nr 999");
    }

    @Test
    void aFailureIsThrownAsItWasEvenAnErrorOnAHelperThread() {
        List<Output> failing = new ArrayList<>(IntStream.range(0, 50).mapToObj(OutputTest::file).toList());
        failing.add(25, new Output("mall", () -> {
            throw new RenderException("templates/x.ftlh:3:7: Mallfel: något", null);
        }));
        assertThatThrownBy(() -> Output.produceAll(failing, (output, bytes) -> { }))
                .isInstanceOf(RenderException.class).hasMessage("templates/x.ftlh:3:7: Mallfel: något");

        for (int at : new int[] {0, 1, 49}) {
            List<Output> erring = new ArrayList<>(IntStream.range(0, 50).mapToObj(OutputTest::file).toList());
            erring.set(at, new Output("fel", () -> {
                throw new StackOverflowError("för djupt");
            }));
            assertThatThrownBy(() -> Output.produceAll(erring, (output, bytes) -> { }))
                    .isInstanceOf(StackOverflowError.class).hasMessage("för djupt");
        }
    }
}
