"""p976-7: Chi cục Thủy sản Nam Định (department site, no dateline), ngao (hard clam) farming on tidal flats; one-cell-per-line table."""
from lib import F, P, I, CH, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NAM ĐỊNH
CHI CỤC THỦY SẢN
Trang chủ » Tin chuyên ngành » Nuôi trồng thủy sản

Nuôi ngao vùng bãi triều: mở rộng diện tích giao khoán, nâng giá trị xuất khẩu

Năm 2023, diện tích nuôi ngao (nghêu) của tỉnh đạt 3.200 ha, tăng 150 ha so với năm 2022; sản lượng đạt 81.500 tấn, chiếm khoảng 60% sản lượng nuôi trồng thủy sản mặn lợ của tỉnh. Vùng nuôi tập trung ở hai huyện Giao Thủy và Nghĩa Hưng, với trên 1.200 hộ và 35 doanh nghiệp, HTX tham gia.

Kết quả nuôi ngao theo địa phương
Đơn vị tính: ha, tấn
Địa phương
Diện tích năm 2023 (ha)
Sản lượng năm 2023 (tấn)
Kế hoạch sản lượng năm 2024 (tấn)
Giao Thủy
1.850
49.200
52.000
Nghĩa Hưng
1.350
32.300
35.000
Tổng số
3.200
81.500
87.000

Giá ngao thương phẩm tại bãi năm 2023 bình quân 18.000-22.000 đồng/kg; lợi nhuận đạt 150-200 triệu đồng/ha. Ngao Nam Định chủ yếu xuất khẩu sang EU, Nhật Bản, Hàn Quốc, kim ngạch năm 2023 ước đạt 42 triệu USD. Các cơ sở trên địa bàn sản xuất khoảng 5,8 tỷ con ngao giống. Tuy vậy, nguồn giống tại chỗ mới đáp ứng gần 70% nhu cầu.

Năm 2024, tỉnh đặt mục tiêu hoàn thành giao khoán 100% diện tích bãi triều nuôi ngao; phấn đấu có thêm 2 vùng nuôi được cấp chứng nhận ASC.

Chi cục Thủy sản Nam Định - Số 31 Trần Thánh Tông, TP Nam Định
Điện thoại: 0228.3849.102 - Email: chicucthuysan@namdinh.gov.vn
Lượt truy cập: 486.215
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COL23a = P("Diện tích năm 2023", "2023-01-01", "2023-12-31")
COL23b = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
COL24 = P("Kế hoạch sản lượng năm 2024", "2024-01-01", "2024-12-31")


def v(s):
    return float(s.replace(".", ""))


TABLE = []
for place, a, b, c in [("Giao Thủy", "1.850", "49.200", "52.000"), ("Nghĩa Hưng", "1.350", "32.300", "35.000"),
                       ("Tổng số", "3.200", "81.500", "87.000")]:
    loc = None if place == "Tổng số" else place
    pre = "tổng số " if place == "Tổng số" else ""
    TABLE += [
        F(f"{place}\n{a}", a, v(a), "measure", "ha", pre + "diện tích nuôi ngao", COL23a, location=loc),
        F(f"{place}\n{a}\n{b}", b, v(b), "measure", "tấn", pre + "sản lượng ngao", COL23b, location=loc),
        F(f"{place}\n{a}\n{b}\n{c}", c, v(c), "measure", "tấn", pre + "kế hoạch sản lượng ngao", COL24, location=loc,
          status="target"),
    ]

FIGS = [
    F("đạt 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích nuôi ngao", Y23,
      change=CH("increase", 150, "ha", "năm 2022")),
    F("đạt 81.500 tấn", "81.500", 81500, "measure", "tấn", "sản lượng ngao", Y23, percent=60),
    F("hai huyện Giao Thủy", "hai", 2, "count", "huyện", "huyện có vùng nuôi ngao tập trung", I(Y23), optional=True),
    F("trên 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ tham gia nuôi ngao", I(Y23), approx="over"),
    F("35 doanh nghiệp", "35", 35, "count", "doanh nghiệp, HTX", "doanh nghiệp, HTX tham gia nuôi ngao", I(Y23)),
] + TABLE + [
    F("bình quân 18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá ngao thương phẩm tại bãi", y23,
      value_max=22000),
    F("đạt 150-200 triệu đồng/ha", "150", 150e6, "money", "đồng/ha", "lợi nhuận nuôi ngao", y23, value_max=200e6),
    F("ước đạt 42 triệu USD", "42", 42e6, "money", "USD", "kim ngạch xuất khẩu ngao", y23, status="estimate"),
    F("khoảng 5,8 tỷ con", "5,8", 5.8e9, "count", "con ngao giống", "ngao giống các cơ sở sản xuất", I(y23),
      approx="about"),
    F("gần 70% nhu cầu", "70", 70, "percent", "%", "nhu cầu giống được nguồn giống tại chỗ đáp ứng", I(y23),
      approx="nearly"),
    F("giao khoán 100% diện tích", "100", 100, "percent", "%", "diện tích bãi triều nuôi ngao được giao khoán", Y24,
      status="target"),
    F("thêm 2 vùng nuôi", "2", 2, "count", "vùng nuôi", "vùng nuôi được cấp chứng nhận ASC", Y24, status="target"),
]

build("p976-7", TEXT, [
    "Chi cục Thủy sản Nam Định (Sở NN&PTNT), no dateline: ngao (nghêu) farming on tidal flats; one-cell-per-line table by district.",
    "Table: column headers give unit and period ('Diện tích năm 2023 (ha)', 'Kế hoạch sản lượng năm 2024 (tấn)' -> target); district",
    "row label -> location; 'Tổng số' row -> Nam Định; no totals on cells. 'tăng 150 ha so với năm 2022' is a change in ha.",
    "Distractors: address Số 31 Trần Thánh Tông, phone 0228.3849.102, 'Lượt truy cập: 486.215'. 'hai huyện' (counts the two",
    "districts it names) is optional.",
], FIGS, published=None, location="Nam Định")
