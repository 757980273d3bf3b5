package lupsite.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One file of the site: where it goes and how to make its bytes (run later, in parallel with the others).
 * {@code inputs}, when not null, is everything the bytes are made from (template and view records, which
 * compare by value): equal inputs give equal bytes, so an incremental build may reuse the earlier bytes.
 */
public record Output(String path, Object inputs, Producer producer) {

    /** A file whose inputs are not tracked; it is always produced again. */
    public Output(String path, Producer producer) {
        this(path, null, producer);
    }

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws RenderException;
    }

    /** Where {@link #produceAll} hands each output's bytes, from whichever thread made them. */
    @FunctionalInterface
    public interface Sink {
        void accept(Output output, byte[] bytes) throws IOException;
    }

    /**
     * Makes every output's bytes, one output at a time per core, each taken from the list as a core comes free
     * (a parallel stream would cut the list into fixed runs, and the council PDFs, which take far longer than
     * any page, would stand in one run on one core). Stops at the first failure and throws it as it was.
     */
    public static void produceAll(List<Output> outputs, Sink sink) throws IOException, RenderException {
        // Errors too: one that ended a helper thread silently would leave its output out of a "finished" site.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < outputs.size() && failure.get() == null; i = next.getAndIncrement()) {
                Output output = outputs.get(i);
                try {
                    sink.accept(output, output.producer().produce());
                } catch (IOException | RenderException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(outputs.size(), Runtime.getRuntime().availableProcessors()); i++) {
            Thread helper = new Thread(worker, "output-" + i);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new InterruptedIOException("Bygget avbröts."));
            }
        }
        Throwable e = failure.get();
        if (e instanceof RenderException render) {
            throw render;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw (RuntimeException) e;
        }
    }
}
