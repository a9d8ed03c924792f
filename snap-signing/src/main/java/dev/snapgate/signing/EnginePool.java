package dev.snapgate.signing;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A small lock-free pool of initialised crypto engines ({@code Mac}, {@code Signature}) owned by one signer. It
 * replaces thread-locals, which kept every thread's engine (and so the key inside it) reachable after the signer
 * was dropped: here the engines live only as long as the signer. Borrowing and returning allocate nothing once the
 * pool is warm; when every pooled engine is in use, a new one is made and the surplus dropped on return.
 */
final class EnginePool<T> {

    private final AtomicReferenceArray<T> slots;
    private final Supplier<T> factory;

    EnginePool(Supplier<T> factory) {
        this.factory = factory;
        this.slots = new AtomicReferenceArray<>(Math.max(4, Math.min(64,
                Runtime.getRuntime().availableProcessors() * 4)));
    }

    T borrow() {
        int n = slots.length();
        int start = (int) (Thread.currentThread().getId() % n);
        for (int i = 0; i < n; i++) {
            int index = (start + i) % n;
            if (slots.get(index) != null) {
                T engine = slots.getAndSet(index, null);
                if (engine != null) {
                    return engine;
                }
            }
        }
        return factory.get();
    }

    void giveBack(T engine) {
        int n = slots.length();
        int start = (int) (Thread.currentThread().getId() % n);
        for (int i = 0; i < n; i++) {
            if (slots.compareAndSet((start + i) % n, null, engine)) {
                return;
            }
        }
        // the pool is full: let this engine go
    }
}
