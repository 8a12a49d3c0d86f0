package org.peacekeeping.pledges.platform;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets the bounds of the application's connection pool from {@code PLEDGES_DB_POOL_MIN} and
 * {@code PLEDGES_DB_POOL_MAX} once it exists.
 * <p>
 * Why this way: the pool is defined by {@code @DataSourceDefinition} on {@link DatabaseMigrations}, whose
 * {@code minPoolSize} and {@code maxPoolSize} are {@code int}s that Payara copies as they are (unlike the URL, the
 * user and the {@code properties}, which it expands with {@code ${ENV=...}} and {@code ${MPCONFIG=...}}); Payara's
 * own {@code fish.payara.*} pool properties include neither bound; a {@code web.xml} {@code <data-source>} with a
 * variable in {@code max-pool-size} fails the schema's integer check at deployment; and a pool defined in the
 * server's configuration would not be the application's own. So the running pool is resized the way Payara's own
 * {@code set ...max-pool-size} does it for a server pool: through its connector runtime (Payara 6; its classes
 * are internal, hence reflection). Anything unexpected there refuses the start with a message naming the two
 * variables, rather than running with other bounds than the operator asked for.
 */
final class PayaraPoolSize {

    private static final String POOL_PREFIX = "__SYSTEM/pools/__datasource_definition/";

    private PayaraPoolSize() {
    }

    /**
     * Resizes the pool of the datasource definition {@code jndiName} of application {@code application} and returns
     * what it holds now.
     *
     * @throws IllegalStateException when the pool cannot be found or resized, saying why
     */
    static PoolSize apply(String application, String jndiName, PoolSize size) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> runtimeClass = Class.forName("com.sun.enterprise.connectors.ConnectorRuntime", true, loader);
            Object runtime = runtimeClass.getMethod("getRuntime").invoke(null);
            Object poolManager = runtimeClass.getMethod("getPoolManager").invoke(runtime);
            Object pool = find(poolManager, POOL_PREFIX + application + "/" + jndiName);
            int steadyBefore = (Integer) pool.getClass().getMethod("getSteadyPoolSize").invoke(pool);
            // The most first (it closes free connections beyond it), then the structure holding them, then the least.
            pool.getClass().getMethod("setMaxPoolSize", int.class).invoke(pool, size.max());
            Object connections = field(pool.getClass(), "ds").get(pool);
            connections.getClass().getMethod("setMaxSize", int.class).invoke(connections, size.max());
            pool.getClass().getMethod("setSteadyPoolSize", int.class).invoke(pool, size.min());
            Method steady = method(pool.getClass(), "reconfigureSteadyPoolSize", int.class, int.class);
            steady.invoke(pool, steadyBefore, size.min()); // opens connections up to a larger least at once
            PoolSize now = new PoolSize((Integer) pool.getClass().getMethod("getSteadyPoolSize").invoke(pool),
                    (Integer) pool.getClass().getMethod("getMaxPoolSize").invoke(pool));
            if (!now.equals(size)) {
                throw new IllegalStateException("the pool holds " + now + " after being set to " + size);
            }
            return now;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(e.toString(), e);
        }
    }

    private static Object find(Object poolManager, String name) throws ReflectiveOperationException {
        Map<?, ?> pools = (Map<?, ?>) field(poolManager.getClass(), "poolTable").get(poolManager);
        List<String> names = new ArrayList<>();
        for (Map.Entry<?, ?> entry : pools.entrySet()) {
            Object info = entry.getKey();
            String poolName = String.valueOf(info.getClass().getMethod("getName").invoke(info));
            if (poolName.equals(name)) {
                return entry.getValue();
            }
            names.add(poolName);
        }
        throw new IllegalStateException("no connection pool " + name + " among " + names);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(name, parameters);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
