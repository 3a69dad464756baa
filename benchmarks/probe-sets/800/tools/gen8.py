"""p800-8: provincial newspaper online (Báo Đồng Tháp), headline figure, (BĐT) tag, chili exports Q1/2025, season, codes, targets."""
from lib import F, P, I, C, write_set

TEXT = """BÁO ĐỒNG THÁP ONLINE
Kinh tế › Nông nghiệp
Thứ tư, 09/04/2025 | 15:40

Quý I, xuất khẩu ớt tăng 35%

(BĐT) - Theo Sở Nông nghiệp và Môi trường, quý I/2025 các doanh nghiệp trên địa bàn tỉnh xuất khẩu 4.820 tấn ớt tươi và ớt chế biến, trị giá 8,7 triệu USD, tăng 35% so với cùng kỳ năm 2024. Thị trường chính là Trung Quốc (chiếm 72%), tiếp đến là Hàn Quốc, Nhật Bản.

Vụ ớt Đông Xuân 2024 - 2025, toàn tỉnh xuống giống 3.860 ha, tăng 12,4% so với vụ trước, tập trung ở các huyện Lấp Vò (1.250 ha), Lai Vung (980 ha), Tháp Mười (640 ha) và thành phố Cao Lãnh (315 ha). Đến cuối tháng 3, nông dân đã thu hoạch 2.940 ha, năng suất bình quân 18,6 tấn/ha.

Giá ớt tại ruộng hiện dao động 35.000 - 38.000 đồng/kg, cao hơn 8.000 đồng/kg so với cùng kỳ. Với chi phí sản xuất khoảng 8.500 đồng/kg, người trồng ớt lãi từ 300 triệu đồng/ha trở lên.

Toàn tỉnh hiện có 19 doanh nghiệp, cơ sở thu mua, sơ chế ớt, trong đó 6 doanh nghiệp có kho lạnh và lò sấy với tổng công suất sấy 85 tấn/ngày. Tỉnh đã được cấp 37 mã số vùng trồng ớt với diện tích 1.126 ha, gấp 1,6 lần so với cuối năm 2023. Vựa ớt Năm Hùng (ấp 3, xã Bình Thạnh Trung, huyện Lấp Vò) mỗi ngày thu mua 40 - 50 tấn ớt, giao cho các doanh nghiệp ở TP Hồ Chí Minh và Long An.

Theo kế hoạch, năm 2025 Đồng Tháp phấn đấu đạt 7.000 ha ớt, sản lượng 120.000 tấn, kim ngạch xuất khẩu ớt 35 triệu USD.

Lê Minh
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
HQ = P("Quý I", "2025-01-01", "2025-03-31")
SEASON = P("Vụ ớt Đông Xuân 2024 - 2025", "2024-01-01", "2025-12-31")
ENDMAR = P("Đến cuối tháng 3", None, "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("xuất khẩu ớt tăng 35%", "35", 35, "percent", "%", "kim ngạch xuất khẩu ớt", HQ),
    F("xuất khẩu 4.820 tấn", "4.820", 4820, "measure", "tấn", "ớt tươi và ớt chế biến xuất khẩu", Q1),
    F("trị giá 8,7 triệu USD", "8,7", 8_700_000, "money", "USD", "trị giá ớt xuất khẩu", Q1,
      change=C("increase", 35, "%", "cùng kỳ năm 2024")),
    F("chiếm 72%", "72", 72, "percent", "%", "tỷ trọng thị trường Trung Quốc trong xuất khẩu ớt", I(Q1)),
    F("xuống giống 3.860 ha", "3.860", 3860, "measure", "ha", "diện tích ớt xuống giống", SEASON,
      change=C("increase", 12.4, "%", "vụ trước")),
    F("Lấp Vò (1.250 ha)", "1.250", 1250, "measure", "ha", "diện tích ớt xuống giống", SEASON, location="Lấp Vò"),
    F("Lai Vung (980 ha)", "980", 980, "measure", "ha", "diện tích ớt xuống giống", SEASON, location="Lai Vung"),
    F("Tháp Mười (640 ha)", "640", 640, "measure", "ha", "diện tích ớt xuống giống", SEASON, location="Tháp Mười"),
    F("Cao Lãnh (315 ha)", "315", 315, "measure", "ha", "diện tích ớt xuống giống", SEASON, location="Cao Lãnh"),
    F("thu hoạch 2.940 ha", "2.940", 2940, "measure", "ha", "diện tích ớt đã thu hoạch", ENDMAR),
    F("bình quân 18,6 tấn/ha", "18,6", 18.6, "measure", "tấn/ha", "năng suất ớt bình quân", ENDMAR),
    F("dao động 35.000 - 38.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá ớt tại ruộng",
      value_max=38000, change=C("increase", 8000, "đồng/kg", "cùng kỳ")),
    F("khoảng 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", "chi phí sản xuất ớt", approx="about"),
    F("từ 300 triệu đồng/ha", "300", 300_000_000, "money", "đồng/ha", "lãi của người trồng ớt", approx="at_least"),
    F("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp, cơ sở", "doanh nghiệp, cơ sở thu mua, sơ chế ớt"),
    F("trong đó 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp có kho lạnh và lò sấy", total=19),
    F("sấy 85 tấn/ngày", "85", 85, "measure", "tấn/ngày", "tổng công suất sấy ớt"),
    F("cấp 37 mã số", "37", 37, "count", "mã số vùng trồng", "mã số vùng trồng ớt được cấp"),
    F("diện tích 1.126 ha", "1.126", 1126, "measure", "ha", "diện tích vùng trồng ớt được cấp mã số",
      change=C("increase", 1.6, "lần", "cuối năm 2023")),
    F("thu mua 40 - 50 tấn", "40", 40, "measure", "tấn/ngày", "ớt vựa Năm Hùng thu mua mỗi ngày",
      value_max=50, location="Lấp Vò"),
    F("đạt 7.000 ha", "7.000", 7000, "measure", "ha", "diện tích ớt", Y25, status="target"),
    F("sản lượng 120.000 tấn", "120.000", 120000, "measure", "tấn", "sản lượng ớt", Y25, status="target"),
    F("ớt 35 triệu USD", "35", 35_000_000, "money", "USD", "kim ngạch xuất khẩu ớt", Y25, status="target"),
]

NOTES = [
    "Báo Đồng Tháp online: headline figure 'Quý I, xuất khẩu ớt tăng 35%', tag (BĐT), chili exports Q1/2025, season, codes, targets.",
    "Distractors: Thứ tư, 09/04/2025 | 15:40; (BĐT); 'Vựa ớt Năm Hùng' (name with a number word), 'ấp 3', 'cuối năm 2023' baseline.",
    "Headline growth rate is the claim: percent figure, year-less 'Quý I' takes 2025 (published / the body's quý I/2025).",
    "In the body the 35% is the change of 8,7 triệu USD. 'Trung Quốc (chiếm 72%)': share, location Đồng Tháp, inherited Q1.",
    "Crop season 'Vụ ớt Đông Xuân 2024 - 2025': FIGURES.md has no season rule; read like a year range (giai đoạn 2021-2025):",
    "2024-01-01 .. 2025-12-31. The district list (sum 3.185) does not add up to 3.860 ha: no total.",
    "'Đến cuối tháng 3' = as-of 2025-03-31. 'gấp 1,6 lần so với cuối năm 2023' is the change of 1.126 ha.",
    "'trong đó 6 doanh nghiệp' part of the 19 doanh nghiệp, cơ sở. 'mỗi ngày thu mua 40 - 50 tấn' unit tấn/ngày, location Lấp Vò.",
]

if __name__ == "__main__":
    write_set(8, TEXT, FIGS, NOTES, published="2025-04-09", location="Đồng Tháp")
