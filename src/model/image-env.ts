// Environment variables that base images commonly define. BuildKit knows a
// base image's ENV (it fetches the image config); a static linter does not,
// so rules about undefined variables stay silent for these names.
import type { Stage } from "./types";

/** Set by (nearly) every image, the runtime or the shell. */
export const COMMON_ENV = new Set([
  "PATH", "HOME", "HOSTNAME", "USER", "LOGNAME", "SHELL", "PWD", "TERM", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "TZ",
  "DEBIAN_FRONTEND", "LD_LIBRARY_PATH", "LD_PRELOAD", "PKG_CONFIG_PATH", "MANPATH", "CLASSPATH", "TMPDIR", "XDG_CONFIG_HOME",
  "XDG_DATA_HOME", "XDG_CACHE_HOME", "container",
]);

/** Names defined by well-known images, keyed by the last path component of the image. */
const BY_IMAGE: Record<string, string[]> = {
  golang: ["GOPATH", "GOROOT", "GOTOOLCHAIN", "GOLANG_VERSION", "GOFLAGS", "CGO_ENABLED"],
  python: ["PYTHON_VERSION", "PYTHON_SHA256", "GPG_KEY", "PYTHON_PIP_VERSION", "PYTHON_SETUPTOOLS_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256", "PYTHONIOENCODING"],
  pypy: ["PYPY_VERSION", "PYTHONIOENCODING"],
  node: ["NODE_VERSION", "YARN_VERSION", "NODE_ENV", "NODE_PATH"],
  ruby: ["RUBY_VERSION", "RUBY_MAJOR", "RUBY_DOWNLOAD_SHA256", "RUBY_DOWNLOAD_URL", "GEM_HOME", "BUNDLE_APP_CONFIG", "BUNDLE_SILENCE_ROOT_WARNING", "BUNDLE_PATH", "BUNDLE_BIN"],
  rust: ["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
  php: ["PHP_VERSION", "PHP_INI_DIR", "PHPIZE_DEPS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256", "GPG_KEYS", "APACHE_CONFDIR", "APACHE_ENVVARS", "COMPOSER_HOME", "COMPOSER_ALLOW_SUPERUSER"],
  tomcat: ["CATALINA_HOME", "CATALINA_BASE", "TOMCAT_VERSION", "TOMCAT_MAJOR", "TOMCAT_SHA512", "TOMCAT_NATIVE_LIBDIR", "JAVA_HOME", "JAVA_VERSION"],
  maven: ["MAVEN_HOME", "MAVEN_CONFIG", "MAVEN_VERSION", "JAVA_HOME", "JAVA_VERSION"],
  gradle: ["GRADLE_HOME", "GRADLE_VERSION", "GRADLE_USER_HOME", "JAVA_HOME", "JAVA_VERSION"],
  postgres: ["PGDATA", "PG_MAJOR", "PG_VERSION", "PG_SHA256", "GOSU_VERSION"],
  postgis: ["PGDATA", "PG_MAJOR", "PG_VERSION", "POSTGIS_VERSION", "POSTGIS_MAJOR"],
  mysql: ["MYSQL_VERSION", "MYSQL_MAJOR", "MYSQL_SHELL_VERSION", "GOSU_VERSION"],
  mariadb: ["MARIADB_VERSION", "MARIADB_MAJOR", "GOSU_VERSION"],
  nginx: ["NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE"],
  httpd: ["HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"],
  jupyter: ["NB_USER", "NB_UID", "NB_GID", "CONDA_DIR", "JUPYTER_PORT", "SHELL", "XDG_CACHE_HOME"],
  jenkins: ["JENKINS_HOME", "JENKINS_VERSION", "JENKINS_UC", "JENKINS_SLAVE_AGENT_PORT", "JENKINS_AGENT_PORT", "REF", "COPY_REFERENCE_FILE_LOG", "JAVA_HOME", "JAVA_OPTS"],
  dotnet: ["DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "APP_UID", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"],
  cuda: ["CUDA_VERSION", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES", "NVIDIA_REQUIRE_CUDA", "NV_CUDA_CUDART_VERSION", "CUDA_HOME"],
  miniconda3: ["CONDA_DIR", "CONDA_PREFIX"],
  "micromamba": ["MAMBA_ROOT_PREFIX", "MAMBA_USER", "MAMBA_USER_ID", "MAMBA_USER_GID", "MAMBA_EXE", "ENV_NAME"],
  erlang: ["OTP_VERSION", "REBAR_VERSION", "REBAR3_VERSION"],
  elixir: ["ELIXIR_VERSION", "OTP_VERSION", "MIX_HOME"],
  swift: ["SWIFT_VERSION", "SWIFT_PLATFORM", "SWIFT_BRANCH", "SWIFT_SIGNING_KEY"],
  julia: ["JULIA_VERSION", "JULIA_PATH", "JULIA_GPG"],
  docker: ["DOCKER_VERSION", "DOCKER_TLS_CERTDIR", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DIND_COMMIT"],
  redis: ["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA", "GOSU_VERSION"],
  mongo: ["MONGO_VERSION", "MONGO_MAJOR", "MONGO_PACKAGE", "MONGO_REPO", "GOSU_VERSION", "JSYAML_VERSION"],
  rabbitmq: ["RABBITMQ_VERSION", "RABBITMQ_HOME", "RABBITMQ_DATA_DIR", "RABBITMQ_LOGS", "OPENSSL_VERSION", "OTP_VERSION"],
  wordpress: ["PHP_VERSION", "PHP_INI_DIR", "WORDPRESS_VERSION", "WORDPRESS_CLI_VERSION", "APACHE_CONFDIR", "APACHE_ENVVARS"],
  drupal: ["PHP_VERSION", "PHP_INI_DIR", "DRUPAL_VERSION", "COMPOSER_ALLOW_SUPERUSER"],
  haproxy: ["HAPROXY_VERSION", "HAPROXY_URL", "HAPROXY_SHA256"],
};

/** Images (last path component) that ship a JDK and set JAVA_HOME. */
const JAVA_IMAGES = /^(openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|ibmjava|sapmachine|zulu-openjdk|azul\/zulu.*|jdk|jre|java|.*-jdk|.*-jre|.*java.*|kotlin|clojure|groovy|scala|sbt.*|bazel)$/;

/** The base image a stage ultimately builds on (following FROM <stage>). */
export function rootImageOf(stage: Stage): Stage {
  // Asked for every variable reference var-defined judges: a short chain that ends is followed
  // without the set (it cannot have met a stage twice), which only guards against a cycle.
  let s = stage;
  for (let i = 0; i < 32 && s.parent; i++) s = s.parent;
  if (!s.parent) return s;
  s = stage;
  const seen = new Set<Stage>();
  while (s.parent && !seen.has(s)) {
    seen.add(s);
    s = s.parent;
  }
  return s;
}

/**
 * Whether the base image of `stage` may plausibly define `name`: a common name,
 * a name listed for the image, or a name prefixed with the image name
 * (`node` -> `NODE_*`). Unknown images are not assumed to define anything else.
 */
export function imageMayDefine(stage: Stage, name: string): boolean {
  if (COMMON_ENV.has(name)) return true;
  const root = rootImageOf(stage);
  if (root.image.isScratch) return false;
  if (root.image.unresolved) return true; // base image unknown: anything may come from it
  const known = namesOfImage(root.image.path);
  return name.startsWith(known.prefix) || known.names.has(name) || (known.java && name.startsWith("JAVA_"));
}

/** What imageMayDefine knows of an image path besides the common names. */
interface ImageNames {
  /** The image name as a variable prefix (`node` -> `NODE_`). */
  prefix: string;
  /** The names listed for every BY_IMAGE entry the path matches. */
  names: ReadonlySet<string>;
  /** A JDK image, which sets JAVA_* variables. */
  java: boolean;
}

// Per image path (files share a few base images): imageMayDefine is asked for every reference that
// the scope does not resolve, and worked the path out and walked BY_IMAGE's entries each time.
const namesByPath = new Map<string, ImageNames>();

function namesOfImage(imagePath: string): ImageNames {
  let known = namesByPath.get(imagePath);
  if (known) return known;
  const path = imagePath.toLowerCase();
  const last = path.split("/").pop() ?? "";
  const names = new Set<string>();
  for (const [img, list] of Object.entries(BY_IMAGE)) {
    if (last === img || last.startsWith(img + "-") || path.includes("/" + img + "/") || path.startsWith(img + "/")) for (const n of list) names.add(n);
  }
  known = { prefix: last.replace(/[^a-z0-9]+/g, "_").toUpperCase() + "_", names, java: JAVA_IMAGES.test(last) };
  if (namesByPath.size >= 10_000) namesByPath.clear();
  namesByPath.set(imagePath, known);
  return known;
}

const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "mirror.gcr.io"]);

/**
 * True when the base image's ENV is known well enough to call a name undefined:
 * scratch, or an official Docker Hub image (`alpine`, `library/node`), whose
 * variables are the common ones plus those listed above. Vendor images
 * (`oracle/...`, `mcr.microsoft.com/...`) may define anything.
 */
export function baseEnvKnown(stage: Stage): boolean {
  const root = rootImageOf(stage);
  if (root.image.isScratch) return true;
  if (root.image.unresolved || root.image.stage) return false;
  if (root.image.registry !== null && !DOCKER_HUB.has(root.image.registry.toLowerCase())) return false;
  let path = root.image.path.toLowerCase();
  if (path.startsWith("library/")) path = path.slice("library/".length);
  if (path.includes("/")) return false;
  return DISTROS.has(path) || path in BY_IMAGE || OFFICIAL_JDKS.has(path);
}

const OFFICIAL_JDKS = new Set(["openjdk", "eclipse-temurin", "amazoncorretto", "ibmjava", "sapmachine", "ibm-semeru-runtimes"]);

/** Official base OS images: they set PATH (and sometimes LANG) only. */
const DISTROS = new Set([
  "alpine", "debian", "ubuntu", "busybox", "centos", "fedora", "amazonlinux", "oraclelinux", "rockylinux", "almalinux",
  "archlinux", "photon", "clearlinux", "mageia", "buildpack-deps", "gcc", "bash",
]);

/** True when the stage's environment is fully known: it is built on scratch. */
export function onScratch(stage: Stage): boolean {
  return rootImageOf(stage).image.isScratch;
}
