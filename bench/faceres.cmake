# bench_faceres: FaceRes ms per face at 1 and 2 torch threads, and its gender head accuracy on UTKFace crops.
