"""p908-8: provincial newspaper online (Báo Cà Mau, '(CMO) -'), sea cages around Hòn Chuối, headline figure."""
from lib import F, period, inherit, change, target, write

TEXT = """
Báo Cà Mau điện tử
Kinh tế » Thủy sản
Hòn Chuối có hơn 400 lồng nuôi cá biển
Ngày 05/05/2025 | 10:12
(CMO) - Quý I/2025, các hộ nuôi cá lồng bè quanh đảo Hòn Chuối (xã Khánh Bình Tây, huyện Trần Văn Thời) đã thu hoạch khoảng 95 tấn cá mú, cá bớp, tăng 18 tấn so với cùng kỳ năm 2024, giá bán bình quân 180.000 đồng/kg.
Theo Ban Quản lý đảo Hòn Chuối, hiện đảo có 27 hộ nuôi với 412 lồng, tăng 64 lồng so với đầu năm 2024. Trong đó, cá mú 236 lồng, cá bớp 148 lồng, còn lại là cá chim và cá hồng. Mỗi lồng thả nuôi bình quân 400-500 con giống, sau 8-10 tháng cho thu hoạch.
Ông Lâm Văn Chín, một trong những hộ nuôi đầu tiên trên đảo, cho biết gia đình ông có 18 lồng, năm 2024 thu hoạch 7,5 tấn cá, lãi trên 300 triệu đồng. "Cá mú nuôi ở đây nước sạch, ít bệnh, tỷ lệ hao hụt chỉ khoảng 10%", ông Chín nói.
Dự kiến trong quý II/2025, sản lượng thu hoạch trên đảo đạt khoảng 120 tấn.
Toàn tỉnh Cà Mau hiện có gần 1.050 lồng nuôi cá biển tại Hòn Chuối, Hòn Khoai và cửa biển Sông Đốc. Theo Sở Nông nghiệp và Môi trường, sản lượng cá biển nuôi lồng năm 2024 của tỉnh đạt 410 tấn, bằng 117% kế hoạch. Tỉnh phấn đấu năm 2025 đạt 500 tấn; đến năm 2030 phát triển 3.000 lồng, trong đó có 200 lồng HDPE ở vùng biển xa bờ.
Để hỗ trợ người nuôi, Bộ đội Biên phòng tỉnh phối hợp Đồn Biên phòng Hòn Chuối tổ chức tuần tra, bảo vệ khu vực nuôi; Trạm Y tế đảo duy trì trực 24/24 giờ.
Minh Khang
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
Q2 = period("quý II/2025", "2025-04-01", "2025-06-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có hơn 400 lồng", "400", 400, "count", "lồng", "lồng nuôi cá biển",
      approx="over", location="Trần Văn Thời"),
    F("khoảng 95 tấn", "95", 95, "measure", "tấn", "cá mú, cá bớp thu hoạch",
      approx="about", change=change("increase", 18, "tấn", "cùng kỳ năm 2024"), period=Q1,
      location="Trần Văn Thời"),
    F("bình quân 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá bán bình quân",
      period=Q1, location="Trần Văn Thời"),
    F("có 27 hộ", "27", 27, "count", "hộ", "hộ nuôi cá lồng", location="Trần Văn Thời"),
    F("với 412 lồng", "412", 412, "count", "lồng", "lồng nuôi cá",
      change=change("increase", 64, "lồng", "đầu năm 2024"), location="Trần Văn Thời"),
    F("cá mú 236 lồng", "236", 236, "count", "lồng", "lồng nuôi cá mú", total=412,
      location="Trần Văn Thời"),
    F("cá bớp 148 lồng", "148", 148, "count", "lồng", "lồng nuôi cá bớp", total=412,
      location="Trần Văn Thời"),
    F("bình quân 400-500 con giống", "400", 400, "measure", "con giống/lồng",
      "con giống thả nuôi mỗi lồng", value_max=500, location="Trần Văn Thời"),
    F("sau 8-10 tháng", "8", 8, "measure", "tháng", "thời gian nuôi đến thu hoạch",
      value_max=10, location="Trần Văn Thời"),
    F("có 18 lồng", "18", 18, "count", "lồng", "lồng nuôi của gia đình ông Lâm Văn Chín",
      location="Trần Văn Thời"),
    F("thu hoạch 7,5 tấn", "7,5", 7.5, "measure", "tấn", "cá thu hoạch của gia đình",
      period=Y24, location="Trần Văn Thời"),
    F("lãi trên 300 triệu đồng", "300", 300_000_000, "money", "đồng", "lãi của gia đình",
      approx="over", period=Y24, location="Trần Văn Thời"),
    F("chỉ khoảng 10%", "10", 10, "percent", "%", "tỷ lệ hao hụt cá mú", approx="about",
      location="Trần Văn Thời"),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn", "sản lượng thu hoạch trên đảo",
      approx="about", status="forecast", period=Q2, location="Trần Văn Thời"),
    F("gần 1.050 lồng", "1.050", 1050, "count", "lồng", "lồng nuôi cá biển", approx="nearly"),
    F("đạt 410 tấn", "410", 410, "measure", "tấn", "sản lượng cá biển nuôi lồng",
      percent=117, period=Y24),
    F("đạt 500 tấn", "500", 500, "measure", "tấn", "sản lượng cá biển nuôi lồng",
      status="target", period=period("năm 2025", "2025-01-01", "2025-12-31")),
    F("phát triển 3.000 lồng", "3.000", 3000, "count", "lồng", "lồng nuôi cá biển",
      status="target", period=TO30),
    F("có 200 lồng", "200", 200, "count", "lồng", "lồng HDPE ở vùng biển xa bờ",
      total=3000, status="target", period=TO30),
]

NOTES = [
    "Provincial newspaper online (Báo Cà Mau): headline with a figure, 'Ngày 05/05/2025 | 10:12', '(CMO) -' tag, byline at the end.",
    "Hòn Chuối figures (xã Khánh Bình Tây, huyện Trần Văn Thời): location Trần Văn Thời; 'Toàn tỉnh Cà Mau' figures: Cà Mau (file default).",
    "'Trong đó, cá mú 236 lồng, cá bớp 148 lồng' after a sentence break -> total 412 (236 + 148 < 412, the rest is 'còn lại').",
    "'tăng 18 tấn so với cùng kỳ năm 2024', 'tăng 64 lồng so với đầu năm 2024' -> changes in the figure's own unit. 'bằng 117% kế hoạch' -> percent of 410 tấn.",
    "'400-500 con giống' per cage and 'sau 8-10 tháng' grow-out time are claims: required. The quoted 'tỷ lệ hao hụt chỉ khoảng 10%' is a percent figure.",
    "'phấn đấu năm 2025 ...; đến năm 2030 phát triển 3.000 lồng, trong đó có 200 lồng HDPE' -> target continues; 200 has total 3000.",
    "Distractors: 'Ngày 05/05/2025 | 10:12', '(CMO)', 'Ông Lâm Văn Chín', 'trực 24/24 giờ'.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-05-05", location="Cà Mau")
