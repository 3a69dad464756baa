"""p844-1: province portal (Đồng Nai), black soldier fly farms, mid-2024."""
from lib import F, P, I, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Nuôi ruồi lính đen cho thu nhập hơn 300 triệu đồng/năm
Cập nhật: 12/08/2024 09:45 | Lượt xem: 1.236

(Cổng TTĐT Đồng Nai) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/6/2024, toàn tỉnh có 146 cơ sở nuôi ruồi lính đen, tăng 38 cơ sở so với cuối năm 2023. Các cơ sở tập trung chủ yếu tại huyện Trảng Bom (41 cơ sở), Thống Nhất (35 cơ sở), Xuân Lộc (27 cơ sở) và Cẩm Mỹ (19 cơ sở).

Trong 6 tháng đầu năm 2024, sản lượng ấu trùng tươi đạt 5.820 tấn, tăng 27,4% so với cùng kỳ. Trong đó, khoảng 1.450 tấn được sấy khô hoặc ép lấy dầu, phần còn lại dùng trực tiếp làm thức ăn cho gà, vịt, cá. Các cơ sở đã xử lý gần 41.000 tấn phụ phẩm nông nghiệp như bã đậu, vỏ trái cây, phân gia cầm, giúp người chăn nuôi giảm từ 15-20% chi phí thức ăn.

Giá ấu trùng tươi dao động 7.000-9.000 đồng/kg, ấu trùng sấy khô từ 45.000 đến 55.000 đồng/kg. Điển hình, trang trại của ông Nguyễn Văn Bảy ở ấp 3, xã Bàu Hàm 2 (huyện Trảng Bom) có nhà xưởng rộng 1.200 m2, mỗi ngày xử lý khoảng 8 tấn phụ phẩm, thu nhập hơn 300 triệu đồng mỗi năm, tạo việc làm cho 6 lao động địa phương.

Thực hiện Kế hoạch số 125/KH-UBND ngày 15/3/2023 của UBND tỉnh, ngành nông nghiệp đã tổ chức 12 lớp tập huấn cho hơn 480 lượt nông dân. Tỉnh phấn đấu đến năm 2025 có 200 cơ sở nuôi ruồi lính đen, xử lý trên 100.000 tấn phụ phẩm mỗi năm, góp phần giảm ô nhiễm môi trường dọc Quốc lộ 1A và Quốc lộ 20.
"""

ASOF = P("tính đến 30/6/2024", end="2024-06-30")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")
SUBJ = "cơ sở nuôi ruồi lính đen"

FIGS = [
    F("cho thu nhập hơn 300 triệu đồng/năm", "300", 300e6, "money", "đồng/năm", "thu nhập từ nuôi ruồi lính đen", approx="over"),
    F("toàn tỉnh có 146 cơ sở", "146", 146, "count", "cơ sở", SUBJ, ASOF,
      change=chg("increase", 38, "cơ sở", "cuối năm 2023")),
    F("Trảng Bom (41 cơ sở)", "41", 41, "count", "cơ sở", SUBJ, I(ASOF), location="Trảng Bom"),
    F("Thống Nhất (35 cơ sở)", "35", 35, "count", "cơ sở", SUBJ, I(ASOF), location="Thống Nhất"),
    F("Xuân Lộc (27 cơ sở)", "27", 27, "count", "cơ sở", SUBJ, I(ASOF), location="Xuân Lộc"),
    F("Cẩm Mỹ (19 cơ sở)", "19", 19, "count", "cơ sở", SUBJ, I(ASOF), location="Cẩm Mỹ"),
    F("tươi đạt 5.820 tấn", "5.820", 5820, "measure", "tấn", "sản lượng ấu trùng tươi", H1,
      change=chg("increase", 27.4, "%", "cùng kỳ")),
    F("khoảng 1.450 tấn", "1.450", 1450, "measure", "tấn", "ấu trùng được sấy khô hoặc ép lấy dầu", I(H1),
      approx="about", total=5820),
    F("gần 41.000 tấn", "41.000", 41000, "measure", "tấn", "phụ phẩm nông nghiệp được xử lý", I(H1), approx="nearly"),
    F("từ 15-20%", "15", 15, "percent", "%", "chi phí thức ăn giảm", I(H1), value_max=20),
    F("dao động 7.000-9.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá ấu trùng tươi", value_max=9000),
    F("từ 45.000 đến 55.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá ấu trùng sấy khô", value_max=55000),
    F("rộng 1.200 m2", "1.200", 1200, "measure", "m2", "diện tích nhà xưởng", location="Trảng Bom", optional=True),
    F("khoảng 8 tấn phụ phẩm", "8", 8, "measure", "tấn/ngày", "phụ phẩm xử lý mỗi ngày", approx="about",
      location="Trảng Bom"),
    F("thu nhập hơn 300 triệu đồng mỗi năm", "300", 300e6, "money", "đồng/năm", "thu nhập của trang trại",
      approx="over", location="Trảng Bom"),
    F("cho 6 lao động", "6", 6, "count", "lao động", "lao động địa phương có việc làm", location="Trảng Bom"),
    F("tổ chức 12 lớp tập huấn", "12", 12, "count", "lớp tập huấn", "lớp tập huấn"),
    F("hơn 480 lượt nông dân", "480", 480, "count", "lượt nông dân", "lượt nông dân được tập huấn", approx="over"),
    F("có 200 cơ sở", "200", 200, "count", "cơ sở", SUBJ, T25, status="target"),
    F("trên 100.000 tấn phụ phẩm", "100.000", 100000, "measure", "tấn/năm", "phụ phẩm được xử lý mỗi năm", T25,
      approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT Đồng Nai: black soldier fly (ruồi lính đen) farms, output and prices, H1/2024; headline figure restated in the body.",
    "Dateline 'Cập nhật: 12/08/2024 09:45' gives published; 'Lượt xem: 1.236', Kế hoạch số 125/KH-UBND, ấp 3, xã Bàu Hàm 2,",
    "Quốc lộ 1A/20 are not figures. The district list (41+35+27+19=122) does not add up to 146: no total.",
    "The model farm is in Trảng Bom (location); its floor area is an example's specification (optional).",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Đồng Nai")
