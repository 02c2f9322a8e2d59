#include "documentlanguage.h"

#include <QTranslator>

#include <memory>

namespace ap::doclang {

namespace {
std::unique_ptr<QTranslator> &catalogue()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
} // namespace

bool setCatalogue(const QString &qmPath)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(qmPath)) {
        catalogue().reset();
        return false;
    }
    catalogue() = std::move(t);
    return true;
}

bool hasCatalogue()
{
    return catalogue() != nullptr;
}

QString text(const char *context, const char *source, const char *disambiguation, int n)
{
    QString out;
    if (catalogue())
        out = catalogue()->translate(context, source, disambiguation, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0)
        out.replace(QLatin1String("%n"), QString::number(n));
    return out;
}

} // namespace ap::doclang
