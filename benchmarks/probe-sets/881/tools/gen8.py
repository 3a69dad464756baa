"""p881-8: provincial newspaper online (Báo Bình Định, tag (BĐ)) - gấc in Hoài Ân, headline figure."""
from lib import F, write, period, year, change

TEXT = """
Hoài Ân thu gần 35 tỷ đồng từ cây gấc
Thứ Hai, 23/12/2024 | 15:40

(BĐ) - Năm 2024, huyện Hoài Ân trồng 148 ha gấc, tăng 1,4 lần so với năm 2022; sản lượng ước đạt 3.850 tấn, mang về doanh thu gần 35 tỷ đồng cho nông dân.

Gấc được trồng nhiều ở các xã Ân Tín, Ân Thạnh, Ân Đức với tổng diện tích gần 90 ha, chiếm khoảng 60% diện tích gấc toàn huyện. Năm nay, giá gấc tại vườn dao động 10.000 - 13.000 đồng/kg; với năng suất bình quân 26 tấn/ha, mỗi ha gấc cho lãi trên 150 triệu đồng.

Hiện trên địa bàn huyện có 2 doanh nghiệp và 4 HTX tham gia thu mua, chế biến gấc. Riêng Công ty TNHH Chế biến nông sản Ân Hảo (cụm công nghiệp Gò Bằng, dọc tuyến ĐT.630) đã thu mua 1.650 tấn quả, chiếm 42,9% sản lượng toàn huyện, sản xuất 48 tấn màng gấc sấy và 2.400 lít dầu gấc, doanh thu đạt 11,3 tỷ đồng. Vào mùa thu hoạch, công ty tạo việc làm cho khoảng 120 lao động địa phương với thu nhập 6-7 triệu đồng/người/tháng. Sản phẩm dầu gấc Ân Hảo vừa được vinh danh tại Hội chợ nông sản tỉnh lần thứ 5. Theo kế hoạch, năm 2025 công ty đầu tư thêm dây chuyền đóng viên nang dầu gấc, nâng công suất chế biến lên 2.500 tấn/năm.

Ông Đinh Văn Hai, Trưởng phòng NN&PTNT huyện cho biết, mục tiêu đến năm 2026 huyện nâng diện tích gấc lên 250 ha, trong đó có 100 ha đạt chuẩn VietGAP; dự kiến tổng kinh phí hỗ trợ khoảng 2,5 tỷ đồng.

NGUYỄN HÂN
"""

Y24 = year(2024, "Năm 2024")
Y24i = year(2024, "Năm 2024", inherited=True)
NOW = year(2024, "Năm nay")
NOWi = year(2024, "Năm nay", inherited=True)
T26 = period("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("Hoài Ân thu gần 35 tỷ đồng", "35", 35e9, "money", "đồng", "doanh thu từ cây gấc", approx="nearly"),
    F("trồng 148 ha gấc", "148", 148, "measure", "ha", "diện tích gấc", Y24,
      change=change("increase", 1.4, "lần", "năm 2022")),
    F("ước đạt 3.850 tấn", "3.850", 3850, "measure", "tấn", "sản lượng gấc", Y24, status="estimate"),
    F("doanh thu gần 35 tỷ đồng", "35", 35e9, "money", "đồng", "doanh thu từ gấc cho nông dân", Y24,
      approx="nearly", status="estimate"),
    F("gần 90 ha", "90", 90, "measure", "ha", "diện tích gấc các xã Ân Tín, Ân Thạnh, Ân Đức", Y24i,
      approx="nearly", percent=60),
    F("10.000 - 13.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá gấc tại vườn", NOW, value_max=13000),
    F("bình quân 26 tấn/ha", "26", 26, "measure", "tấn/ha", "năng suất gấc bình quân", NOW),
    F("trên 150 triệu đồng", "150", 150e6, "money", "đồng/ha", "lãi mỗi ha gấc", NOW, approx="over"),
    F("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp tham gia thu mua, chế biến gấc"),
    F("và 4 HTX", "4", 4, "count", "HTX", "HTX tham gia thu mua, chế biến gấc"),
    F("thu mua 1.650 tấn", "1.650", 1650, "measure", "tấn", "gấc quả Công ty Ân Hảo thu mua", NOWi, percent=42.9),
    F("sản xuất 48 tấn", "48", 48, "measure", "tấn", "màng gấc sấy sản xuất", NOWi),
    F("2.400 lít dầu gấc", "2.400", 2400, "measure", "lít", "dầu gấc sản xuất", NOWi),
    F("đạt 11,3 tỷ đồng", "11,3", 11.3e9, "money", "đồng", "doanh thu Công ty Ân Hảo", NOWi),
    F("khoảng 120 lao động", "120", 120, "count", "lao động", "lao động địa phương có việc làm vào mùa thu hoạch",
      approx="about"),
    F("thu nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập lao động", value_max=7e6),
    F("lên 2.500 tấn/năm", "2.500", 2500, "measure", "tấn/năm", "công suất chế biến", year(2025),
      status="target"),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích gấc", T26, status="target"),
    F("có 100 ha", "100", 100, "measure", "ha", "diện tích gấc đạt chuẩn VietGAP", T26, total=250,
      status="target"),
    F("khoảng 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "tổng kinh phí hỗ trợ", T26, approx="about",
      status="forecast"),
]

NOTES = [
    "Báo Bình Định online: gấc ở huyện Hoài Ân. Headline figure, 'Thứ Hai, 23/12/2024 | 15:40', tag '(BĐ) -', byline at end.",
    "All figures are located in the district Hoài Ân (communes lie in it). 'Năm nay' = 2024.",
    "'tăng 1,4 lần so với năm 2022' is the change of 148 ha; 'doanh thu gần 35 tỷ đồng' continues the 'ước đạt' clause -> estimate.",
    "'gần 90 ha, chiếm khoảng 60%' -> percent 60 (no numeric whole in the sentence -> no total).",
    "'Theo kế hoạch, năm 2025 ... 2.500 tấn/năm' -> target. 'dự kiến tổng kinh phí' -> forecast, period from 'đến năm 2026' earlier in the sentence.",
    "Distractors: lần thứ 5, ĐT.630, cụm công nghiệp Gò Bằng, Đinh Văn Hai, 15:40, Thứ Hai.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2024-12-23", location="Hoài Ân")
