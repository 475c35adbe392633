package org.dialectica.ui.session;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;
import org.eclipse.swt.widgets.Display;

/**
 * Development aid: logs every stall of the UI thread longer than a threshold, with the UI thread's stack at
 * the time, so that work which belongs in a job is found. Active when the system property
 * {@value #PROPERTY} gives the threshold in milliseconds ({@code ./dialectica} sets it to 100).
 */
public class UiStallWatchdog {

    public static final String PROPERTY = "dialectica.uiWatchdogMillis";
    private static final long PROBE_INTERVAL_MS = 50;

    private volatile boolean running;
    private Thread thread;

    /** Starts watching once the workbench is up: start-up itself is allowed to take its time. */
    @Inject
    @Optional
    void started(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, Display display) {
        long threshold = Long.getLong(PROPERTY, 0);
        if (threshold <= 0) {
            return;
        }
        ILog log = Platform.getLog(UiStallWatchdog.class);
        Thread uiThread = display.getThread();
        running = true;
        thread = new Thread(() -> watch(display, uiThread, threshold, log), "Dialectica UI watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Display display, Thread uiThread, long threshold, ILog log) {
        AtomicLong answered = new AtomicLong(System.nanoTime());
        while (running && !display.isDisposed()) {
            long sent = System.nanoTime();
            display.asyncExec(() -> answered.set(System.nanoTime()));
            StackTraceElement[] sample = null;
            while (running && answered.get() < sent) {
                sleep(10);
                long waitedMs = (System.nanoTime() - sent) / 1_000_000;
                if (sample == null && waitedMs > threshold) {
                    sample = uiThread.getStackTrace();
                }
                if (display.isDisposed()) {
                    return;
                }
            }
            long stalledMs = (answered.get() - sent) / 1_000_000;
            if (sample != null && stalledMs > threshold && !waitsInNativeDialog(sample)) {
                String stack = Arrays.stream(sample).limit(25).map(f -> "\tat " + f).collect(Collectors.joining("\n"));
                log.warn("The UI thread was blocked for " + stalledMs + " ms (threshold " + threshold + " ms):\n" + stack);
            }
            sleep(PROBE_INTERVAL_MS);
        }
    }

    /**
     * Whether the UI thread is in a native modal dialog (a file or folder chooser): GTK runs the dialog's own loop,
     * which keeps the dialog responsive but does not run SWT's queued work, so the probe waits without a stall.
     */
    public static boolean waitsInNativeDialog(StackTraceElement[] stack) {
        return Arrays.stream(stack).limit(3).anyMatch(frame -> frame.getMethodName().equals("gtk_native_dialog_run")
                || frame.getMethodName().equals("gtk_dialog_run"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
