#include "zipwriter.h"

#include <zip.h>

#include <memory>

namespace ap {

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    m_members.append({name, data, compress});
}

bool ZipWriter::finish(QByteArray *out, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = tr("The package could not be made: %1").arg(why);
        return false;
    };
    zip_error_t ze;
    zip_error_init(&ze);
    // The archive is written into a growing buffer source, kept alive past zip_close to be read back.
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &ze);
    if (!buffer) {
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return fail(why);
    }
    zip_source_keep(buffer);
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, &zip_source_free);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &ze);
    if (!archive) {
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return fail(why);
    }
    zip_error_fini(&ze);
    for (const Member &m : m_members) {
        // The member's bytes are m_members' own and outlive zip_close: no copy (freep 0).
        zip_source_t *data = zip_source_buffer(archive, m.data.constData(), zip_uint64_t(m.data.size()), 0);
        const zip_int64_t index = data ? zip_file_add(archive, m.name.toUtf8().constData(), data,
                                                      ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                       : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return fail(why);
        }
        zip_set_file_compression(archive, zip_uint64_t(index), m.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        // A fixed time, so that the same plan makes the same bytes.
        zip_file_set_mtime(archive, zip_uint64_t(index), 1546300800 /* 2019-01-01 */, 0);
    }
    if (zip_close(archive) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return fail(why);
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(buffer) != 0)
        return fail(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer))));
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), st.size);
    zip_source_close(buffer);
    if (read != zip_int64_t(st.size))
        return fail(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer))));
    *out = bytes;
    return true;
}

} // namespace ap
