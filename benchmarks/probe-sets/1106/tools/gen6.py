"""p1106-6: national newspaper (VnExpress style), Phú Yên tuna prices at Đông Tác port before Tết 2025."""
from lib import F, P, I, C, build

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 12/1/2025, 07:30 (GMT+7)
Cá ngừ đại dương được giá dịp cận Tết

Giá cá ngừ đại dương tại cảng cá Phú Yên tăng lên 135.000-145.000 đồng/kg, cao nhất từ đầu vụ, thương lái đến tận cảng tranh mua.

Sáng 11/1, tại cảng cá Đông Tác (phường Phú Đông), hơn 30 tàu câu cá ngừ cập bến, mỗi tàu bán từ 1,5 đến 3 tấn cá. Ông Võ Văn Tư, chủ tàu PY 96189 TS, cho biết sau chuyến biển 25 ngày, tàu ông câu được 46 con cá ngừ, con lớn nhất nặng 72 kg, thu về gần 390 triệu đồng. Trừ chi phí dầu, đá, lương thực khoảng 210 triệu đồng, mỗi thuyền viên được chia hơn 15 triệu đồng.

Theo Ban Quản lý cảng cá Phú Yên, từ đầu tháng 12/2024 đến nay, cảng đã tiếp nhận 412 lượt tàu câu cá ngừ, sản lượng cá ngừ qua cảng đạt 685 tấn, tăng 22% so với cùng kỳ. Giá cá ngừ loại từ 30 kg trở lên đạt chuẩn xuất khẩu hiện cao hơn khoảng 20.000 đồng/kg so với tháng 11/2024.

Năm 2024, sản lượng khai thác cá ngừ đại dương của tỉnh ước đạt 5.300 tấn, chiếm khoảng 28% cả nước. Cả nước hiện có khoảng 1.100 tàu câu cá ngừ đại dương, tập trung ở Bình Định, Phú Yên và Khánh Hòa.

Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) dự báo giá cá ngừ xuất khẩu của Việt Nam sẽ tăng 5-7% trong quý I/2025 do nhu cầu từ Nhật Bản, Mỹ phục hồi. Tuy vậy, tại Phú Yên chi phí nhiên liệu và nước đá vẫn cao, giá dầu DO 0,05S ở mức 19.800 đồng/lít, nước đá 30.000 đồng/cây.

Ngọc Oanh
"""

SINCE = P("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-12")
FIGS = [
    F("135.000-145.000 đồng/kg", "135.000", 135000, "money", "đồng/kg", "giá cá ngừ đại dương tại cảng cá",
      value_max=145000),
    F("hơn 30 tàu", "30", 30, "count", "tàu", "tàu câu cá ngừ cập bến", approx="over"),
    F("từ 1,5 đến 3 tấn", "1,5", 1.5, "measure", "tấn", "lượng cá mỗi tàu bán", value_max=3),
    F("chuyến biển 25 ngày", "25", 25, "measure", "ngày", "thời gian chuyến biển", optional=True),
    F("46 con cá ngừ", "46", 46, "count", "con", "cá ngừ câu được trong chuyến biển"),
    F("nặng 72 kg", "72", 72, "measure", "kg", "trọng lượng con cá ngừ lớn nhất"),
    F("gần 390 triệu đồng", "390", 390e6, "money", "đồng", "số tiền thu về của chuyến biển", approx="nearly"),
    F("khoảng 210 triệu đồng", "210", 210e6, "money", "đồng", "chi phí dầu, đá, lương thực", approx="about"),
    F("hơn 15 triệu đồng", "15", 15e6, "money", "đồng", "thu nhập mỗi thuyền viên được chia", approx="over"),
    F("tiếp nhận 412 lượt tàu", "412", 412, "count", "lượt tàu", "lượt tàu câu cá ngừ cập cảng", SINCE),
    F("đạt 685 tấn", "685", 685, "measure", "tấn", "sản lượng cá ngừ qua cảng", SINCE,
      change=C("increase", 22, "%", "cùng kỳ")),
    F("từ 30 kg trở lên", "30", 30, "measure", "kg", "trọng lượng cá ngừ đạt chuẩn xuất khẩu", approx="at_least",
      optional=True),
    F("khoảng 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg",
      "mức giá cá ngừ đạt chuẩn xuất khẩu cao hơn so với tháng 11/2024", approx="about"),
    F("ước đạt 5.300 tấn", "5.300", 5300, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương",
      P("Năm 2024", "2024-01-01", "2024-12-31"), percent=28, status="estimate"),
    F("khoảng 1.100 tàu", "1.100", 1100, "count", "tàu", "tàu câu cá ngừ đại dương", approx="about",
      location="Việt Nam"),
    F("tăng 5-7%", "5", 5, "percent", "%", "giá cá ngừ xuất khẩu", P("quý I/2025", "2025-01-01", "2025-03-31"),
      value_max=7, status="forecast", location="Việt Nam"),
    F("19.800 đồng/lít", "19.800", 19800, "money", "đồng/lít", "giá dầu DO 0,05S"),
    F("30.000 đồng/cây", "30.000", 30000, "money", "đồng/cây", "giá nước đá"),
]

COMMENTS = [
    "National newspaper (VnExpress style): giá cá ngừ đại dương tại cảng cá Đông Tác, Phú Yên, cận Tết 2025. Byline at the end.",
    "Not figures: 'Chủ nhật, 12/1/2025, 07:30 (GMT+7)', 'Sáng 11/1' (a day), boat number 'PY 96189 TS', name 'Võ Văn Tư',",
    "fuel grade 'DO 0,05S', 'tháng 11/2024' (baseline). Optional: trip length modifier 'chuyến biển 25 ngày', grade threshold 'từ 30 kg trở lên'.",
    "'cao hơn khoảng 20.000 đồng/kg so với tháng 11/2024' has no base amount: the difference is the claim (money, no change).",
    "'chiếm khoảng 28% cả nước' is the share of 5.300 tấn (percent attribute). National fleet and VASEP forecast: Việt Nam.",
    "'từ đầu tháng 12/2024 đến nay' ends at the dateline 2025-01-12.",
]

if __name__ == "__main__":
    build("p1106-6", TEXT, FIGS, COMMENTS, published="2025-01-12", location="Phú Yên")
