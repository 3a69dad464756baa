from lib import F, P, CH, inh, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ > Tin tức > Chăn nuôi gia súc

Cả nước có hơn 330 nghìn con bò sữa, sản lượng sữa trên 1,2 triệu tấn

Ngày đăng: 22/03/2024 | Lượt xem: 3.416

Theo số liệu của Cục Chăn nuôi, tính đến hết năm 2023, tổng đàn bò sữa cả nước đạt 331.560 con, tăng 3,1% so với năm 2022; sản lượng sữa tươi năm 2023 đạt 1,21 triệu tấn, tăng 6,4%.

Bò sữa được nuôi tại 46 tỉnh, thành phố nhưng tập trung chủ yếu ở một số địa phương: TP Hồ Chí Minh 72.850 con, Nghệ An 70.120 con, Sơn La 31.460 con, Hà Nội 18.240 con, Lâm Đồng 16.930 con. Về sản lượng sữa, Nghệ An và TP Hồ Chí Minh dẫn đầu với lần lượt 276.500 tấn và 268.400 tấn.

Cả nước hiện có 12 doanh nghiệp chăn nuôi bò sữa quy mô lớn, quản lý khoảng 110.000 con, chiếm 33,2% tổng đàn; còn lại là chăn nuôi nông hộ với trên 21.000 hộ. Năng suất sữa bình quân đạt 5,8 tấn/con/năm; các trang trại ứng dụng công nghệ cao đạt từ 9 đến 10 tấn/con/năm.

Mức tiêu thụ sữa bình quân khoảng 27 lít/người/năm, nhưng sữa tươi sản xuất trong nước mới đáp ứng khoảng 38% nhu cầu. Năm 2023, kim ngạch nhập khẩu sữa và sản phẩm sữa đạt 1,07 tỷ USD, giảm 4,5% so với năm trước.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn năm 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 tổng đàn bò sữa đạt khoảng 500.000 con, sản lượng sữa đạt 2,6 triệu tấn, đáp ứng 60% nhu cầu tiêu dùng trong nước.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội. ĐT: 024.3734.5443
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 330 nghìn con", "330", 330000, "count", "con", "bò sữa cả nước", inh(ASOF), approx="over"),
    F("trên 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "sản lượng sữa", inh(Y23), approx="over"),
    F("đạt 331.560 con", "331.560", 331560, "count", "con", "tổng đàn bò sữa cả nước", ASOF,
      change=CH("increase", 3.1, "%", "năm 2022")),
    F("đạt 1,21 triệu tấn", "1,21", 1210000, "measure", "tấn", "sản lượng sữa tươi", Y23,
      change=CH("increase", 6.4, "%")),
    F("tại 46 tỉnh, thành phố", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố nuôi bò sữa"),
    F("Hồ Chí Minh 72.850 con", "72.850", 72850, "count", "con", "bò sữa", inh(ASOF), location="Hồ Chí Minh"),
    F("Nghệ An 70.120 con", "70.120", 70120, "count", "con", "bò sữa", inh(ASOF), location="Nghệ An"),
    F("Sơn La 31.460 con", "31.460", 31460, "count", "con", "bò sữa", inh(ASOF), location="Sơn La"),
    F("Hà Nội 18.240 con", "18.240", 18240, "count", "con", "bò sữa", inh(ASOF), location="Hà Nội"),
    F("Lâm Đồng 16.930 con", "16.930", 16930, "count", "con", "bò sữa", inh(ASOF), location="Lâm Đồng"),
    F("lần lượt 276.500 tấn", "276.500", 276500, "measure", "tấn", "sản lượng sữa", inh(Y23), location="Nghệ An"),
    F("và 268.400 tấn", "268.400", 268400, "measure", "tấn", "sản lượng sữa", inh(Y23), location="Hồ Chí Minh"),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp chăn nuôi bò sữa quy mô lớn"),
    F("khoảng 110.000 con", "110.000", 110000, "count", "con", "bò sữa do doanh nghiệp quy mô lớn quản lý",
      approx="about", percent=33.2),
    F("trên 21.000 hộ", "21.000", 21000, "count", "hộ", "hộ chăn nuôi bò sữa nông hộ", approx="over"),
    F("đạt 5,8 tấn/con/năm", "5,8", 5.8, "measure", "tấn/con/năm", "năng suất sữa bình quân"),
    F("từ 9 đến 10 tấn/con/năm", "9", 9, "measure", "tấn/con/năm",
      "năng suất sữa của các trang trại ứng dụng công nghệ cao", value_max=10),
    F("khoảng 27 lít/người/năm", "27", 27, "measure", "lít/người/năm", "mức tiêu thụ sữa bình quân", approx="about"),
    F("khoảng 38% nhu cầu", "38", 38, "percent", "%", "sữa tươi sản xuất trong nước đáp ứng nhu cầu", approx="about"),
    F("đạt 1,07 tỷ USD", "1,07", 1.07e9, "money", "USD", "kim ngạch nhập khẩu sữa và sản phẩm sữa", Y23b,
      change=CH("decrease", 4.5, "%", "năm trước")),
    F("khoảng 500.000 con", "500.000", 500000, "count", "con", "tổng đàn bò sữa", T30, approx="about", status="target"),
    F("đạt 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn", "sản lượng sữa", T30, status="target"),
    F("đáp ứng 60% nhu cầu", "60", 60, "percent", "%", "sữa sản xuất trong nước đáp ứng nhu cầu tiêu dùng", T30,
      status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT - Cục Chăn nuôi): national dairy herd and milk output 2023, leading provinces, 2030 targets.",
    "'Ngày đăng: 22/03/2024 | Lượt xem: 3.416': dateline + counter. National figures -> Việt Nam; provinces in the list -> location.",
    "Province list after ':' follows no figure of the same thing in the sentence: no total. 'lần lượt' pairs Nghệ An / TP HCM in order.",
    "'1,21 triệu tấn' takes 'năm 2023' (the nearer phrase), not the as-of phrase of the herd. 'đáp ứng 60%' is not one of the share cues",
    "(đạt/chiếm/bằng/tương đương): a percent figure of its own (target). 'giai đoạn 2021-2030', 'tầm nhìn năm 2045', '1520/QĐ-TTg',",
    "'Số 16 Thụy Khuê', '024.3734.5443' are distractors.",
]

emit("p625-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")
