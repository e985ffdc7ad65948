package uk.nhs.talent.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls a static method on the copy of a class held by the JVM's system class loader.
 * <p>
 * Quarkus loads test resources and test classes in a new class loader on every application restart (another
 * profile, other resource arguments), so a plain static field would start one server per restart, and the
 * server would run on classes of a loader Quarkus later closes. The system class loader's copy is one per JVM
 * and is never closed. Only JDK types (String, PrivateKey...) cross the boundary.
 * <p>
 * The context class loader is switched for the call too: Kafka instantiates plugins through it, and threads
 * started during the call inherit it.
 */
final class JvmWide {

    private JvmWide() {
    }

    static Object call(Class<?> holder, String staticMethod) {
        Class<?> shared = systemCopyOf(holder);
        Thread thread = Thread.currentThread();
        ClassLoader callerContext = thread.getContextClassLoader();
        thread.setContextClassLoader(shared.getClassLoader());
        try {
            Method method = shared.getDeclaredMethod(staticMethod);
            method.setAccessible(true);
            return method.invoke(null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + holder.getName() + "." + staticMethod, e);
        } finally {
            thread.setContextClassLoader(callerContext);
        }
    }

    private static Class<?> systemCopyOf(Class<?> holder) {
        try {
            return Class.forName(holder.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            // e.g. continuous testing, where the system class path is the launcher's: this loader's copy will do
            return holder;
        }
    }
}
