package org.isnad.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX toolkit for every UI test (headless under Monocle with the build's settings). Before each test
 * the primary stage is registered, and a {@code @Start(Stage)} method of the test, if it has one, builds its
 * scene on it; a test of the whole window starts the real application with {@link #start} instead. After
 * each test the application is stopped, every window closed and every key and button released, so that the
 * next test begins on a clean toolkit.
 *
 * <p>Use {@code @ExtendWith(FxToolkitExtension.class)} with a {@code @Start} method, or a field
 * {@code @RegisterExtension final FxToolkitExtension fx = new FxToolkitExtension();} to start applications.
 * Test methods may take an {@link FxRobot} or the primary {@link Stage} as parameters.
 */
public final class FxToolkitExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private Stage stage;
    private Application application;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Object test = context.getRequiredTestInstance();
        for (Method start : test.getClass().getDeclaredMethods()) {
            if (start.isAnnotationPresent(Start.class)) {
                start.setAccessible(true);
                FxToolkit.setupStage(primary -> {
                    invoke(start, test, primary);
                    // an application started by an earlier test may have sized the shared stage itself
                    primary.sizeToScene();
                });
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (application != null) {
                FxToolkit.cleanupApplication(application);
            }
        } finally {
            application = null;
            FxToolkit.cleanupStages();
            FxToolkit.cleanupInput(new FxRobot());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Starts an application on the primary stage, as the program's launcher would, and lets it settle. */
    public <A extends Application> A start(Supplier<A> make) throws Exception {
        @SuppressWarnings("unchecked")
        A started = (A) FxToolkit.setupApplication(make::get);
        application = started;
        WaitForAsyncUtils.waitForFxEvents();
        return started;
    }

    /** Stops the running application (as closing the program would) and starts another, e.g. in another language. */
    public <A extends Application> A restart(Supplier<A> make) throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
            application = null;
        }
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        return start(make);
    }

    /** Starts an application and brings its window to the front, for tests that click and type into it. */
    public <A extends Application> A startInFront(Supplier<A> make) throws Exception {
        A started = start(make);
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
        return started;
    }

    /** The primary stage registered for the running test. */
    public Stage stage() {
        return stage;
    }

    /** Runs work on the JavaFX thread and waits for its result; its failure fails the test. */
    public static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e.getCause() != null ? e.getCause() : e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FxRobot.class || type == Stage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stage.class ? stage : new FxRobot();
    }

    private static void invoke(Method start, Object test, Stage primary) {
        try {
            start.invoke(test, primary);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
