package dev.kiln.compiler.render;

import com.hubspot.jinjava.lib.Importable;
import com.hubspot.jinjava.objects.collections.PyList;
import com.hubspot.jinjava.objects.collections.PyMap;
import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;
import jinjava.javax.el.MethodNotFoundException;
import jinjava.javax.el.PropertyNotFoundException;

/**
 * First in Jinjava's resolver chain: lets templates call the Python list and dict methods Jinja
 * has ({@code l.append(x)}, {@code d.items()}) and Jinjava's own filters and tests, and nothing
 * else. Jinjava would otherwise call any
 * public Java method or getter ({@code 'x'.repeat(2000000000)}, {@code s.bytes}). It never resolves
 * anything itself; what it allows goes on down the chain.
 */
final class PythonMethodsOnly extends ELResolver {

    private static final Set<String> LIST_METHODS =
            Set.of("append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "copy", "clear");
    private static final Set<String> DICT_METHODS =
            Set.of("items", "keys", "values", "get", "update", "pop", "popitem", "copy", "clear", "setdefault");

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) return null;
        String name = String.valueOf(method);
        // Jinjava runs its own filters and tests ({{ x | f }}, {% if x is t %}) as method calls too.
        boolean allowed = base instanceof Importable
                || (base instanceof PyList
                        ? LIST_METHODS.contains(name)
                        : base instanceof PyMap && DICT_METHODS.contains(name));
        // The wording is Jinjava's own, which TemplateErrors turns into "Method call not allowed".
        if (!allowed) throw new MethodNotFoundException("Cannot find method '" + name + "' in " + base.getClass());
        return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        // Bean properties of strings, numbers and booleans are Java getters ('x'.bytes, 'x'.empty).
        if (base instanceof CharSequence || base instanceof Number || base instanceof Boolean) {
            throw new PropertyNotFoundException("Cannot find method '" + property + "' in " + base.getClass());
        }
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Left to the rest of the chain, which is read-only.
    }
}
