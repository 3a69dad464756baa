"""p907-7: Chi cục Trồng trọt và BVTV Sơn La, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Dâu tằm thành cây trồng chủ lực ở Mộc Châu, Mai Sơn

Năm 2024, sản xuất dâu tằm trên địa bàn tỉnh Sơn La tiếp tục phát triển khá. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Kế hoạch 2025
Diện tích dâu
ha
1.320
1.585
1.800
Số hộp trứng tằm
hộp
43.000
52.600
60.000
Sản lượng kén
tấn
1.560
2.010
2.300
Giá trị sản xuất
tỷ đồng
234
322
380

Diện tích dâu tập trung chủ yếu tại các huyện Mộc Châu (620 ha), Mai Sơn (410 ha) và Yên Châu (236 ha). Toàn tỉnh có 2.150 hộ trồng dâu nuôi tằm và 4 hợp tác xã chuyên ngành dâu tằm. Năng suất kén bình quân năm 2024 đạt 38,2 kg/hộp, tăng 1,9 kg/hộp so với năm 2023. Giá kén bình quân 160.000 đồng/kg; lao động trồng dâu nuôi tằm có thu nhập 6-8 triệu đồng/người/tháng.

Năm 2025, Chi cục đặt mục tiêu hướng dẫn nông dân trồng mới khoảng 200 ha dâu giống VA-201, phấn đấu 100% hộp trứng tằm sử dụng là giống lai F1 có nguồn gốc rõ ràng.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH SƠN LA
Địa chỉ: Số 139, đường Tô Hiệu, phường Tô Hiệu, thành phố Sơn La
Điện thoại: 0212.3852.437 - Email: ccttbvtv@sonla.gov.vn
Lượt truy cập: 587.342
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Diện tích dâu", "ha", "measure", "ha", 1, ("1.320", "1.585", "1.800")),
    ("Số hộp trứng tằm", "hộp", "count", "hộp", 1, ("43.000", "52.600", "60.000")),
    ("Sản lượng kén", "tấn", "measure", "tấn", 1, ("1.560", "2.010", "2.300")),
    ("Giá trị sản xuất", "tỷ đồng", "money", "đồng", 1e9, ("234", "322", "380")),
]
FIGS = []
for label, ucell, kind, unit, mult, (a, b, c) in ROWS:
    v = lambda s: float(s.replace(".", "")) * mult
    FIGS.append(F(f"{ucell}\n{a}\n", a, v(a), kind, unit, f"{label} năm 2023", Y23))
    FIGS.append(F(f"{a}\n{b}\n", b, v(b), kind, unit, f"{label} năm 2024", Y24))
    FIGS.append(F(f"{b}\n{c}\n", c, v(c), kind, unit, f"{label} kế hoạch 2025", K25, status="target"))

DT = "diện tích dâu"
FIGS += [
    F("Mộc Châu (620 ha)", "620", 620, "measure", "ha", DT, I(Y24), location="Mộc Châu"),
    F("Mai Sơn (410 ha)", "410", 410, "measure", "ha", DT, I(Y24), location="Mai Sơn"),
    F("Yên Châu (236 ha)", "236", 236, "measure", "ha", DT, I(Y24), location="Yên Châu"),
    F("có 2.150 hộ", "2.150", 2150, "count", "hộ", "hộ trồng dâu nuôi tằm", I(Y24)),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã chuyên ngành dâu tằm", I(Y24)),
    F("đạt 38,2 kg/hộp", "38,2", 38.2, "measure", "kg/hộp", "năng suất kén bình quân", y24,
      change=C("increase", 1.9, "kg/hộp", "năm 2023")),
    F("bình quân 160.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá kén bình quân", I(y24)),
    F("6-8 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của lao động trồng dâu nuôi tằm",
      I(y24), value_max=8e6),
    F("khoảng 200 ha", "200", 200, "measure", "ha", "diện tích dâu trồng mới giống VA-201", Y25, status="target",
      approx="about"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "hộp trứng tằm sử dụng giống lai F1 có nguồn gốc rõ ràng", Y25,
      status="target"),
]

COMMENTS = [
    "Chi cục Trồng trọt và BVTV Sơn La: department page with no dateline (published absent), footer address, phone and visit counter.",
    "One-cell-per-line table: Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Kế hoạch 2025. Unit and multiplier from the Đơn vị tính cell",
    "('tỷ đồng' → ×10^9 đồng); period from the column header (scored); 'Kế hoạch 2025' → target. Location Sơn La (named in the lead).",
    "District list (620+410+236 = 1.266 ≠ 1.585): no total. Distractors: 'VA-201', 'lai F1', 'Số 139', phone '0212.3852.437',",
    "'Lượt truy cập: 587.342'.",
]

emit("p907-7", TEXT, FIGS, COMMENTS, published=None, location="Sơn La")
