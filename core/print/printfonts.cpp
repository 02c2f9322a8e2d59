#include "printfonts.h"

#include "printtext.h"

#include <QDir>
#include <QFontDatabase>

#include <mutex>

namespace ap {

using printlayout::firstInstalled;

namespace {

struct RoleFonts
{
    QStringList names;   // in order of preference
    int official;        // how many of them are the 公文 font or a Windows office PC's name for it
    QString windows;     // the name Word on a Windows PC knows it by, for w:altName
};

const RoleFonts &roleFonts(PrintFonts::Role role)
{
    // 小标宋 has no Windows name of its own; an office PC with Microsoft Office has 华文中宋.
    static const RoleFonts xiaobiaosong{{QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
                                          QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("华文中宋"),
                                          QStringLiteral("STZhongsong"), QStringLiteral("Noto Serif CJK SC"),
                                          QStringLiteral("FandolSong"), QStringLiteral("AR PL UMing CN")},
                                         5, QStringLiteral("华文中宋")};
    static const RoleFonts fangsong{{QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                                      QStringLiteral("FangSong_GB2312"), QStringLiteral("FandolFang"),
                                      QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN")},
                                     4, QStringLiteral("仿宋")};
    static const RoleFonts all[PrintFonts::RoleCount] = {
        xiaobiaosong,
        xiaobiaosong,
        {{QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("FandolHei"),
          QStringLiteral("WenQuanYi Zen Hei")},
         2, QStringLiteral("SimHei")},
        {{QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("KaiTi_GB2312"),
          QStringLiteral("FandolKai"), QStringLiteral("LXGW WenKai"), QStringLiteral("AR PL UKai CN")},
         4, QStringLiteral("楷体")},
        fangsong,
        fangsong,
        {{QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("FandolSong"),
          QStringLiteral("AR PL UMing CN")},
         2, QStringLiteral("SimSun")},
    };
    return all[role];
}

// Where Debian keeps the Fandol fonts (texlive-lang-chinese), outside fontconfig's folders.
const char *const kFreeFontFolders[] = {
    "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",
    "/usr/share/texmf/fonts/opentype/public/fandol",
};

} // namespace

void PrintFonts::loadFreeFonts()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QStringList known = QFontDatabase::families();
        for (const char *folder : kFreeFontFolders) {
            const QDir dir(QString::fromLatin1(folder));
            // The faces the roles use; the Braille ones are not wanted.
            for (const QString &file : dir.entryList({QStringLiteral("Fandol*.otf")}, QDir::Files, QDir::Name)) {
                if (file.startsWith(QLatin1String("FandolBraille")))
                    continue;
                if (known.contains(file.section(u'-', 0, 0), Qt::CaseInsensitive))
                    continue;   // fontconfig has it already
                QFontDatabase::addApplicationFont(dir.filePath(file));
            }
        }
    });
}

PrintFonts PrintFonts::defaults()
{
    loadFreeFonts();
    PrintFonts f;
    for (int r = 0; r < RoleCount; ++r)
        f.setFamily(Role(r), firstInstalled(roleFonts(Role(r)).names));
    return f;
}

QString PrintFonts::family(Role role) const
{
    switch (role) {
    case Title: return title;
    case IssuerMark: return issuer;
    case Heading1: return heading1;
    case Heading2: return heading2;
    case Body: return body;
    case Table: return table;
    case PageNumber: return pageNumber;
    case RoleCount: break;
    }
    return body;
}

void PrintFonts::setFamily(Role role, const QString &family)
{
    switch (role) {
    case Title: title = family; break;
    case IssuerMark: issuer = family; break;
    case Heading1: heading1 = family; break;
    case Heading2: heading2 = family; break;
    case Body: body = family; break;
    case Table: table = family; break;
    case PageNumber: pageNumber = family; break;
    case RoleCount: break;
    }
}

QStringList PrintFonts::candidates(Role role)
{
    return roleFonts(role).names;
}

int PrintFonts::officialNames(Role role)
{
    return roleFonts(role).official;
}

QString PrintFonts::wordName(Role role, const QString &family)
{
    const QStringList &names = roleFonts(role).names;
    return names.contains(family, Qt::CaseInsensitive) ? names.first() : family;
}

QStringList PrintFonts::wordAlternates(Role role, const QString &family)
{
    QStringList out;
    const QString name = wordName(role, family);
    for (const QString &alt : {roleFonts(role).windows, family})
        if (alt.compare(name, Qt::CaseInsensitive) != 0 && !out.contains(alt))
            out << alt;
    return out;
}

bool PrintFonts::bold(Role role, const QString &family)
{
    if (role != Title && role != IssuerMark)
        return false;
    const RoleFonts &r = roleFonts(role);
    const qsizetype at = r.names.indexOf(family);
    return at >= r.official && QFontDatabase::styles(family).contains(QStringLiteral("Bold"));
}

QFont PrintFonts::font(Role role, double points) const
{
    QFont f(family(role));
    f.setPointSizeF(points);
    if (bold(role, family(role)))
        f.setWeight(QFont::Bold);
    return f;
}

QList<QFont> PrintFonts::faces() const
{
    QList<QFont> out;
    for (int r = 0; r < RoleCount; ++r) {
        const QFont f = font(Role(r), 16);
        if (!out.contains(f))
            out << f;
    }
    return out;
}

QList<PrintFonts::Substitute> PrintFonts::substitutes()
{
    loadFreeFonts();
    const QStringList families = QFontDatabase::families();
    QList<Substitute> out;
    QStringList told;
    for (int r = 0; r < RoleCount; ++r) {
        const RoleFonts &role = roleFonts(Role(r));
        if (told.contains(role.names.first()))
            continue;   // 小标宋 and 仿宋 serve two roles each: told once
        told << role.names.first();
        bool official = false;
        for (int i = 0; i < role.official && !official; ++i)
            official = families.contains(role.names.at(i), Qt::CaseInsensitive);
        if (!official)
            out << Substitute{role.names.first(), firstInstalled(role.names)};
    }
    return out;
}

} // namespace ap
