"""p747-7: Sở NN&PTNT Quảng Ninh department site (no dateline), one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Thông tin chuyên ngành > Thủy sản

Quảng Ninh mở rộng nuôi trồng rong biển gắn với chế biến sâu

Năm 2023, diện tích nuôi trồng rong biển toàn tỉnh đạt 115 ha, sản lượng 1.965 tấn tươi, với 86 hộ tham gia. Kết quả theo địa phương như sau:

Địa phương
Diện tích năm 2023 (ha)
Sản lượng năm 2023 (tấn tươi)
Kế hoạch diện tích năm 2024 (ha)
Vân Đồn
62
1.150
80
Cô Tô
25
410
35
Đầm Hà
18
260
25
Hải Hà
10
145
15
Toàn tỉnh
115
1.965
155

Các loài nuôi chủ yếu là rong sụn, rong câu và rong bún; riêng huyện Vân Đồn đã nuôi thử nghiệm thành công rong sụn trên giàn treo xa bờ với năng suất 25-30 tấn tươi/ha/năm. Năm 2023, tỉnh cấp 7 quyết định giao khu vực biển nuôi rong với tổng diện tích 96 ha cho 5 doanh nghiệp và 2 hợp tác xã.

Công ty CP Thủy sản Vân Đồn 68 (cụm công nghiệp Đông Xá, huyện Vân Đồn) đã đầu tư nhà máy chế biến rong biển công suất 3.000 tấn nguyên liệu/năm, tổng vốn 45 tỷ đồng; nhà máy dự kiến đi vào hoạt động từ quý II/2024, tạo việc làm cho 120 lao động.

Mục tiêu đến năm 2025, diện tích nuôi trồng rong biển của tỉnh đạt 250 ha, sản lượng 5.000 tấn tươi, giá trị sản xuất đạt trên 20 tỷ đồng.

Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP. Hạ Long. Điện thoại: 0203.3835.602
Lượt truy cập: 1.204.337
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
C24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

ROWS = [("Vân Đồn", ("Vân Đồn\n62", "62"), ("62\n1.150", "1.150"), ("1.150\n80", "80")),
        ("Cô Tô", ("Cô Tô\n25", "25"), ("25\n410", "410"), ("410\n35", "35")),
        ("Đầm Hà", ("Đầm Hà\n18", "18"), ("18\n260", "260"), ("260\n25", "25")),
        ("Hải Hà", ("Hải Hà\n10", "10"), ("10\n145", "145"), ("145\n15", "15")),
        ("Quảng Ninh", ("Toàn tỉnh\n115", "115"), ("115\n1.965", "1.965"), ("1.965\n155", "155"))]
COLS = [("measure", "ha", "diện tích nuôi trồng rong biển năm 2023", C23, "actual"),
        ("measure", "tấn tươi", "sản lượng rong biển năm 2023", C23, "actual"),
        ("measure", "ha", "kế hoạch diện tích nuôi trồng rong biển năm 2024", C24, "target")]

TABLE = []
for place, *cells in ROWS:
    for (anchor, n), (kind, unit, subj, per, st) in zip(cells, COLS):
        kw = {"status": st} if st != "actual" else {}
        TABLE.append(F(anchor, n, float(n.replace(".", "")), kind, unit, subj, per, location=place, **kw))

VD = "Vân Đồn"
FIGS = [
    F("đạt 115 ha", "115", 115, "measure", "ha", "diện tích nuôi trồng rong biển", Y23),
    F("sản lượng 1.965 tấn", "1.965", 1965, "measure", "tấn tươi", "sản lượng rong biển", Y23),
    F("với 86 hộ", "86", 86, "count", "hộ", "hộ tham gia nuôi trồng rong biển", Y23),
] + TABLE + [
    F("25-30 tấn tươi/ha/năm", "25", 25, "measure", "tấn tươi/ha/năm", "năng suất rong sụn nuôi trên giàn treo xa bờ",
      value_max=30, location=VD),
    F("cấp 7 quyết định", "7", 7, "count", "quyết định", "quyết định giao khu vực biển nuôi rong", Y23),
    F("tổng diện tích 96 ha", "96", 96, "measure", "ha", "tổng diện tích khu vực biển giao nuôi rong", Y23),
    F("cho 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp được giao khu vực biển nuôi rong", Y23),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã được giao khu vực biển nuôi rong", Y23),
    F("công suất 3.000 tấn", "3.000", 3000, "measure", "tấn nguyên liệu/năm", "công suất nhà máy chế biến rong biển", location=VD),
    F("tổng vốn 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn đầu tư nhà máy chế biến rong biển", location=VD),
    F("cho 120 lao động", "120", 120, "count", "lao động", "lao động có việc làm tại nhà máy chế biến rong biển",
      status="forecast", location=VD),
    F("đạt 250 ha", "250", 250, "measure", "ha", "diện tích nuôi trồng rong biển", T25, status="target"),
    F("sản lượng 5.000 tấn", "5.000", 5000, "measure", "tấn tươi", "sản lượng rong biển", T25, status="target"),
    F("trên 20 tỷ đồng", "20", 20e9, "money", "đồng", "giá trị sản xuất rong biển", T25, approx="over", status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Quảng Ninh (department site, no dateline, so no published): nuôi trồng rong biển 2023 by locality, one-cell-per-line table,",
    "units and periods in the column headers ('Diện tích năm 2023 (ha)', 'Kế hoạch diện tích năm 2024 (ha)' → status target, period scored).",
    "Distractors: 'Công ty CP Thủy sản Vân Đồn 68', 'Tầng 4', 'Trụ sở Liên cơ quan số 3', phone, 'Lượt truy cập: 1.204.337'.",
    "'7 quyết định … cho 5 doanh nghiệp và 2 hợp tác xã': three counts (different units; no total). The factory figures are in huyện Vân Đồn.",
    "'dự kiến đi vào hoạt động từ quý II/2024, tạo việc làm cho 120 lao động' → forecast; 'từ quý II/2024' is a start date, not the figure's period.",
]

if __name__ == "__main__":
    emit("p747-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")
