# The Debian package, built by CPack's DEB generator from the project's own install() rules:
#   cmake --build build && (cd build && cpack -G DEB)     ->  build/carebook_<version>-1_<arch>.deb
# CPack rather than debian/ + dh: the install rules are already the single list of what ships, the
# package needs no second build through debhelper, and dpkg-shlibdeps still computes Depends from
# the binary's real shared-library needs (CPACK_DEBIAN_PACKAGE_SHLIBDEPS).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME carebook)
set(CPACK_PACKAGE_VENDOR "The Carebook authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline self-care reference for back spasms and cramps")
set(CPACK_PACKAGE_DESCRIPTION
    "Carebook helps you look after back spasms, muscle cramps and stiffness at home: what to do now, \
what helps over weeks, what a clinician may offer, and the warning signs that need care, which stay \
on screen while you read. It searches every article, finds the foods richest in a nutrient (USDA \
data) and prints a one-page home-care sheet. It works offline and never connects to anything. It \
gives general information, not medical advice.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Directories in the package are 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Carebook authors <carebook@carebook.org>" CACHE STRING
    "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's X11 platform plugin is in libqt6gui6 and its SVG plugins in libqt6svg6, both found by
# dpkg-shlibdeps through the libraries they ship; the Wayland plugin is a separate package that
# Qt can do without (it falls back to XWayland), so it is only recommended.
# Read aloud speaks through Qt's speech-dispatcher plugin, the daemon and its espeak-ng voice: run-time
# only, and the app runs without them (the action says what to install), so recommended, not required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
