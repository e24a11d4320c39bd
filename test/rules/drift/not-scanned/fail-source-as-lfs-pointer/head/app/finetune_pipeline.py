version https://git-lfs.github.com/spec/v1
oid sha256:9f2b6c1d7e4a8b3c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4
size 2048
