"""p794-1: Khánh Hòa province portal - ốc hương area, output, prices, households, seed, targets."""
from lib import F, build, chg, inh, per

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp - Thủy sản
Khánh Hòa: Diện tích nuôi ốc hương vượt 1.500 ha
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến hết tháng 7/2024, diện tích nuôi ốc hương trên địa bàn tỉnh Khánh Hòa đạt 1.540 ha, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, thị xã Ninh Hòa và huyện Vạn Ninh là hai địa phương có diện tích lớn nhất, lần lượt 610 ha và 525 ha; còn lại là TP Cam Ranh (280 ha) và huyện Cam Lâm (125 ha).

Sản lượng ốc hương thu hoạch 7 tháng đầu năm ước đạt 4.850 tấn, bằng 58,4% kế hoạch năm, tăng 9,8% so với cùng kỳ. Năng suất bình quân đạt 3,2 tấn/ha/vụ. Giá ốc hương thương phẩm cỡ 80-100 con/kg hiện dao động từ 330.000 đến 380.000 đồng/kg, cao hơn khoảng 40.000 đồng/kg so với đầu năm. Với mức giá này, mỗi ha ốc hương cho lợi nhuận từ 350 đến 500 triệu đồng.

Toàn tỉnh hiện có 1.126 hộ nuôi ốc hương, 4 hợp tác xã và 17 tổ hợp tác. Các trại giống trên địa bàn đã sản xuất hơn 1,2 tỷ con giống ốc hương. Lượng giống này đáp ứng khoảng 65% nhu cầu của người nuôi, phần còn lại được nhập từ Phú Yên và Bình Thuận.

Thực hiện Quyết định số 1256/QĐ-UBND ngày 12/5/2023 của UBND tỉnh, ngành nông nghiệp đã khoanh vùng nuôi ốc hương tập trung dọc Quốc lộ 1A qua các xã Vạn Hưng, Vạn Lương. Kế hoạch năm 2024, tỉnh đặt chỉ tiêu sản lượng ốc hương là 8.300 tấn; đến năm 2025 phấn đấu đạt 1.800 ha và 10.000 tấn.
"""

P_JUL = per("tính đến hết tháng 7/2024", end="2024-07-31")
P7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
P25 = per("đến năm 2025", end="2025-12-31")
DT = "diện tích nuôi ốc hương"
SL = "sản lượng ốc hương thu hoạch"

FIGS = [
    F("ốc hương vượt 1.500 ha", "1.500", 1500, "measure", "ha", DT, approx="over"),
    F("đạt 1.540 ha", "1.540", 1540, "measure", "ha", DT, P_JUL,
      change=chg("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("là hai địa phương", "hai", 2, "count", "địa phương", optional=True),
    F("lần lượt 610 ha", "610", 610, "measure", "ha", DT, inh(P_JUL), total=1540, location="Ninh Hòa"),
    F("và 525 ha", "525", 525, "measure", "ha", DT, inh(P_JUL), total=1540, location="Vạn Ninh"),
    F("(280 ha)", "280", 280, "measure", "ha", DT, inh(P_JUL), total=1540, location="Cam Ranh"),
    F("(125 ha)", "125", 125, "measure", "ha", DT, inh(P_JUL), total=1540, location="Cam Lâm"),
    F("ước đạt 4.850 tấn", "4.850", 4850, "measure", "tấn", SL, P7, percent=58.4,
      change=chg("increase", 9.8, baseline="cùng kỳ"), status="estimate"),
    F("đạt 3,2 tấn/ha/vụ", "3,2", 3.2, "measure", "tấn/ha/vụ", "năng suất bình quân ốc hương", inh(P7)),
    F("cỡ 80-100 con/kg", "80", 80, "measure", "con/kg", value_max=100, optional=True),
    F("từ 330.000 đến 380.000 đồng/kg", "330.000", 330000, "money", "đồng/kg", "giá ốc hương thương phẩm",
      value_max=380000, change=chg("increase", 40000, "đồng/kg", "đầu năm", approx="about")),
    F("từ 350 đến 500 triệu đồng", "350", 350e6, "money", "đồng/ha", "lợi nhuận mỗi ha ốc hương",
      value_max=500e6),
    F("có 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ nuôi ốc hương"),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã nuôi ốc hương"),
    F("17 tổ hợp tác", "17", 17, "count", "tổ hợp tác", "tổ hợp tác nuôi ốc hương"),
    F("hơn 1,2 tỷ con giống", "1,2", 1.2e9, "count", "con giống", "con giống ốc hương các trại giống sản xuất",
      approx="over"),
    F("khoảng 65% nhu cầu", "65", 65, "percent", "%", "nhu cầu giống của người nuôi được đáp ứng", approx="about"),
    F("là 8.300 tấn", "8.300", 8300, "measure", "tấn", "chỉ tiêu sản lượng ốc hương",
      per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 1.800 ha", "1.800", 1800, "measure", "ha", DT, P25, status="target"),
    F("và 10.000 tấn", "10.000", 10000, "measure", "tấn", "sản lượng ốc hương", P25, status="target"),
]

COMMENTS = [
    "Khánh Hòa province portal: ốc hương area as of end-July 2024, district list after 'Trong đó' (parts add to 1.540 ha),",
    "7-month output vs annual plan (percent 58,4), price range with change in đồng/kg, households, co-operatives, seed, targets.",
    "Distractors: Lượt xem 2.316, 09:45, Quyết định số 1256/QĐ-UBND ngày 12/5/2023, Quốc lộ 1A. Headline has no period.",
    "'cỡ 80-100 con/kg' is a size class (optional); 'hai địa phương' is structure (optional).",
]

if __name__ == "__main__":
    build("p794-1", TEXT, FIGS, COMMENTS, published="2024-08-14", location="Khánh Hòa")
