// The system's SQLite, as a Swift module (libsqlite3; headers from Debian's libsqlite3-dev).
#include <sqlite3.h>
