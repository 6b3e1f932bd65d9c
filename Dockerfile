# An image that runs casebook: `docker build -t casebook .`, then
#   docker run --rm -v "$PWD:/work" casebook run export.json --out site
# The build stage compiles a release binary with the Swift runtime linked in; the final image holds only
# it and the five runtime libraries it loads.
ARG SWIFT_IMAGE=swift:6.2-bookworm
FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libxml2-dev libsqlite3-dev libcmark-gfm-dev \
      libcmark-gfm-extensions-dev libstemmer-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
COPY Tests Tests
COPY Templates Templates
RUN swift build -c release --static-swift-stdlib --product casebook \
 && install -m 755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/casebook" /usr/local/bin/casebook \
 && strip /usr/local/bin/casebook

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libxml2 libsqlite3-0 libcmark-gfm0.29.0.gfm.6 \
      libcmark-gfm-extensions0.29.0.gfm.6 libstemmer0d \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/casebook /usr/local/bin/casebook
RUN useradd --create-home --uid 1000 casebook
USER casebook
WORKDIR /work
ENTRYPOINT ["casebook"]
CMD ["--help"]
