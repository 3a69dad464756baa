"""p1098-8: Báo Gia Lai online, headline figure and (GLO) tag; Tết grape harvest in huyện Chư Sê, Feb 2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế > Nông nghiệp
Chư Sê thu gần 5 tỷ đồng từ vụ nho Tết
Cập nhật lúc 08:15, Thứ ba, 18/02/2025

(GLO) - Trong tháng 1/2025, nông dân huyện Chư Sê thu hoạch khoảng 160 tấn nho phục vụ thị trường Tết, doanh thu gần 5 tỷ đồng.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến ngày 31/12/2024, toàn huyện có 54 ha nho, tăng 18 ha so với cuối năm 2023, trong đó 38 ha đã cho thu hoạch. Các xã Ia Blang, Dun và Ia Pal có diện tích lớn nhất, lần lượt 21 ha, 15 ha và 10 ha. Tổng sản lượng nho cả năm 2024 đạt 780 tấn. Trong đó, nho hạ đen 520 tấn, nho xanh không hạt 260 tấn.

Nho hạ đen cho năng suất 15-18 tấn/ha/vụ. Dịp Tết, giá nho tại vườn lên 70.000-90.000 đồng/kg, cao hơn khoảng 20.000 đồng/kg so với ngày thường. Ông Rơ Châm Hùng ở làng Ia Pết, xã Dun, có 0,8 ha nho, vụ Tết vừa qua thu hơn 12 tấn, lãi trên 500 triệu đồng.

Trong quý IV/2024, huyện phối hợp tổ chức 3 đợt kết nối tiêu thụ, ký hợp đồng bao tiêu 120 tấn nho với 4 doanh nghiệp. Nhiều vườn nho ven Quốc lộ 14 đã mở cửa đón khách, giá vé từ 20.000 đến 40.000 đồng/lượt.

Dự kiến năm 2025, sản lượng nho toàn huyện đạt khoảng 950 tấn. Huyện đặt mục tiêu đến năm 2027 có 100 ha nho, trong đó 30% diện tích sản xuất theo VietGAP. Ngày hội nho Chư Sê lần thứ 2 sẽ diễn ra vào tháng 3/2025.

PHAN LÀNH
"""

J25 = P("tháng 1/2025", "2025-01-01", "2025-01-31")
D24 = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
F25 = P("năm 2025", "2025-01-01", "2025-12-31")
T27 = P("đến năm 2027", None, "2027-12-31")

FIGS = [
    F("Sê thu gần 5 tỷ", "5", 5e9, "money", "đồng", "doanh thu từ vụ nho Tết", approx="nearly"),
    F("khoảng 160 tấn", "160", 160, "measure", "tấn", "sản lượng nho thu hoạch phục vụ thị trường Tết", J25,
      approx="about"),
    F("doanh thu gần 5 tỷ", "5", 5e9, "money", "đồng", "doanh thu từ vụ nho Tết", J25, approx="nearly"),
    F("có 54 ha nho", "54", 54, "measure", "ha", "diện tích nho", D24,
      change=C("increase", 18, "ha", "cuối năm 2023")),
    F("38 ha", "38", 38, "measure", "ha", "diện tích nho cho thu hoạch", D24, total=54),
    F("lần lượt 21 ha", "21", 21, "measure", "ha", "diện tích nho", I(D24)),
    F("15 ha và", "15", 15, "measure", "ha", "diện tích nho", I(D24)),
    F("10 ha.", "10", 10, "measure", "ha", "diện tích nho", I(D24)),
    F("đạt 780 tấn", "780", 780, "measure", "tấn", "tổng sản lượng nho", Y24),
    F("520 tấn", "520", 520, "measure", "tấn", "sản lượng nho hạ đen", I(Y24), total=780),
    F("260 tấn", "260", 260, "measure", "tấn", "sản lượng nho xanh không hạt", I(Y24), total=780),
    F("15-18 tấn/ha/vụ", "15", 15, "measure", "tấn/ha/vụ", "năng suất nho hạ đen", value_max=18),
    F("70.000-90.000", "70.000", 70000, "money", "đồng/kg", "giá nho tại vườn dịp Tết", value_max=90000,
      change=C("increase", 20000, "đồng/kg", "ngày thường", "about")),
    F("có 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích nho của ông Rơ Châm Hùng"),
    F("hơn 12 tấn", "12", 12, "measure", "tấn", "sản lượng nho vụ Tết của ông Rơ Châm Hùng", approx="over"),
    F("trên 500 triệu", "500", 500e6, "money", "đồng", "lãi vụ nho Tết của ông Rơ Châm Hùng", approx="over"),
    F("3 đợt", "3", 3, "count", "đợt", "đợt kết nối tiêu thụ nho", Q4),
    F("bao tiêu 120 tấn", "120", 120, "measure", "tấn", "nho ký hợp đồng bao tiêu", Q4),
    F("4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng bao tiêu nho", Q4),
    F("từ 20.000 đến", "20.000", 20000, "money", "đồng/lượt", "giá vé tham quan vườn nho", value_max=40000),
    F("khoảng 950 tấn", "950", 950, "measure", "tấn", "sản lượng nho toàn huyện", F25, approx="about",
      status="forecast"),
    F("có 100 ha", "100", 100, "measure", "ha", "diện tích nho", T27, status="target"),
    F("30% diện tích", "30", 30, "percent", "%", "diện tích nho sản xuất theo VietGAP", T27, status="target"),
]

NOTES = [
    "Báo Gia Lai online: headline figure (year-less, no period), 'Cập nhật lúc 08:15, Thứ ba, 18/02/2025', '(GLO) -' tag.",
    "All figures describe huyện Chư Sê (communes roll up into the district).",
    "'trong đó 38 ha' -> total 54; 'Trong đó, nho hạ đen 520 tấn, ...' after a sentence break -> total 780.",
    "'lần lượt 21 ha, 15 ha và 10 ha' share the indicator diện tích nho; they do not add up to 54: no total.",
    "'30% diện tích' after 'trong đó' is a share with no base amount: a percent target figure.",
    "Distractors: Quốc lộ 14, 'lần thứ 2', 'tháng 3/2025', name 'Rơ Châm Hùng', 'làng Ia Pết', the time 08:15.",
]

write("p1098-8", TEXT, NOTES, FIGS, published="2025-02-18", location="Chư Sê")
