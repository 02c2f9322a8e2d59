#include "libpq.h"

#include <QLibrary>

namespace ap::LibPq {

namespace {

struct Loaded
{
    Functions functions;
    bool ok = false;
    QString error;
};

template<typename F>
bool resolve(QLibrary &library, const char *name, F *into)
{
    *into = reinterpret_cast<F>(library.resolve(name));
    return *into != nullptr;
}

Loaded load()
{
    Loaded out;
    // The soname of every libpq since PostgreSQL 8.2; Debian's libpq5 package.
    QLibrary library(QStringLiteral("pq"), 5);
    if (!library.load()) {
        out.error = library.errorString();
        return out;
    }
    Functions &f = out.functions;
    out.ok = resolve(library, "PQencryptPasswordConn", &f.encryptPasswordConn)
        && resolve(library, "PQerrorMessage", &f.errorMessage) && resolve(library, "PQfreemem", &f.freemem)
        && resolve(library, "PQpingParams", &f.pingParams);
    if (!out.ok)
        out.error = library.errorString();
    // Never unloaded: QLibrary's destructor leaves a loaded library in place.
    return out;
}

} // namespace

const Functions *functions(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.ok && error)
        *error = loaded.error;
    return loaded.ok ? &loaded.functions : nullptr;
}

} // namespace ap::LibPq
