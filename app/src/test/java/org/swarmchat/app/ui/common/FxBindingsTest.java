package org.swarmchat.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bridge's loads call back on the JavaFX thread, and never from inside their caller. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FxBindingsTest {
    @Start
    void start(Stage stage) {
        // No window: the toolkit is all these tests need.
    }

    @Test
    void handsALoadThatIsAlreadyDoneToItsCallbackAsAnEventOfItsOwn() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        // A synchronous executor: the work is done before load() attaches its callback, as happens now and then
        // with a fast query while the JavaFX thread is descheduled.
        WaitForAsyncUtils.asyncFx(() -> {
            FxBindings.load(Runnable::run, () -> "page", (page, error) -> {
                order.add("callback with " + page);
                onFxThread.complete(UIThread.isFxThread());
            });
            order.add("caller returned");
        }).get(10, TimeUnit.SECONDS);

        assertThat(onFxThread.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("caller returned", "callback with page");
    }
}
