"""p982-8: Báo Quảng Ngãi online style, headline figure, (BQNg) tag; Nghĩa Hành district, 11 months 2024."""
from lib import F, P, I, C, write

TEXT = """Báo Quảng Ngãi điện tử
Nghĩa Hành kiên cố hóa hơn 27 km kênh mương nội đồng
Cập nhật lúc 16:05, Thứ hai, 02/12/2024

(BQNg) - Trong 11 tháng năm 2024, huyện Nghĩa Hành đã kiên cố hóa 27,3 km kênh mương nội đồng, vượt 9,2% kế hoạch năm. Tổng vốn đầu tư 31,6 tỷ đồng, gồm vốn Chương trình MTQG xây dựng nông thôn mới 18,4 tỷ đồng, ngân sách huyện 8,5 tỷ đồng và vốn xã hội hóa 4,7 tỷ đồng.

Các xã thực hiện nhiều là Hành Thiện (4,6 km), Hành Phước (4,1 km) và Hành Thịnh (3,8 km). Riêng tại xã Hành Thiện, người dân đã hiến hơn 2.100 m2 đất và góp trên 1.500 ngày công. Nhiều tuyến kênh nhánh của kênh chính Thạch Nham chạy dọc Quốc lộ 24B đã được bê tông hóa, đơn giá bình quân khoảng 1,15 tỷ đồng/km.

Nhờ đó, huyện nâng tổng diện tích lúa được tưới chủ động lên 6.850/7.120 ha, tăng 420 ha so với năm 2023. Với kết quả này, Nghĩa Hành xếp thứ 2 toàn tỉnh về khối lượng kênh mương được kiên cố hóa, sau huyện Tư Nghĩa.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2025, huyện dự kiến bố trí khoảng 30 tỷ đồng để kiên cố hóa thêm 25 km kênh, phấn đấu 100% xã duy trì đạt tiêu chí số 3 về thủy lợi. Ông Lê Văn Ba, Chủ tịch UBND xã Hành Thiện cho biết, xã đã họp dân lần thứ 3 để thống nhất phương án góp đất, góp công làm kênh năm tới.

Ph.Lý
"""

M11 = P("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "kênh mương kiên cố hóa"

FIGS = [
    F("hơn 27 km", "27", 27, "measure", "km", "kênh mương nội đồng kiên cố hóa", approx="over"),
    F("hóa 27,3 km", "27,3", 27.3, "measure", "km", "kênh mương nội đồng kiên cố hóa", M11,
      change=C("increase", 9.2, "%", "kế hoạch năm")),
    F("tư 31,6 tỷ đồng", "31,6", 31.6e9, "money", "đồng", "tổng vốn đầu tư", I(M11)),
    F("mới 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "vốn Chương trình MTQG xây dựng nông thôn mới", I(M11),
      total=31.6e9),
    F("huyện 8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng", "ngân sách huyện", I(M11), total=31.6e9),
    F("hội hóa 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", "vốn xã hội hóa", I(M11), total=31.6e9),
    F("Hành Thiện (4,6 km)", "4,6", 4.6, "measure", "km", LIST, I(M11), location="Hành Thiện"),
    F("Hành Phước (4,1 km)", "4,1", 4.1, "measure", "km", LIST, I(M11), location="Hành Phước"),
    F("Hành Thịnh (3,8 km)", "3,8", 3.8, "measure", "km", LIST, I(M11), location="Hành Thịnh"),
    F("hơn 2.100 m2", "2.100", 2100, "measure", "m2", "đất người dân hiến", I(M11), approx="over",
      location="Hành Thiện"),
    F("trên 1.500 ngày công", "1.500", 1500, "count", "ngày công", "ngày công người dân góp", I(M11),
      approx="over", location="Hành Thiện"),
    F("khoảng 1,15 tỷ đồng/km", "1,15", 1.15e9, "money", "đồng/km", "đơn giá bình quân bê tông hóa kênh",
      approx="about"),
    F("6.850/7.120 ha", "6.850", 6850, "measure", "ha", "tổng diện tích lúa được tưới chủ động", I(M11),
      total=7120, change=C("increase", 420, "ha", "năm 2023")),
    F("xếp thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", "khối lượng kênh mương được kiên cố hóa", I(M11)),
    F("khoảng 30 tỷ đồng", "30", 30e9, "money", "đồng", "vốn bố trí để kiên cố hóa kênh", Y25,
      approx="about", status="forecast"),
    F("thêm 25 km", "25", 25, "measure", "km", "kênh kiên cố hóa thêm", Y25, status="forecast"),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã duy trì đạt tiêu chí về thủy lợi", Y25,
      status="target"),
]

NOTES = [
    "Báo Quảng Ngãi online style: headline with a figure, 'Cập nhật lúc 16:05, Thứ hai, 02/12/2024', '(BQNg) -' tag, byline at end.",
    "Figures are the district's (Nghĩa Hành); the commune list items take the commune as location.",
    "'vượt 9,2% kế hoạch năm' is a change with baseline kế hoạch năm (FIGURES.md: a gap to a plan).",
    "'6.850/7.120 ha, tăng 420 ha so với năm 2023': total 7120 and change 420 ha. Headline figure has no period.",
    "Not figures: 16:05, 02/12/2024, Quốc lộ 24B, tiêu chí số 3, Ông Lê Văn Ba (name), lần thứ 3 (ordinal), 'năm tới'.",
]

write(8, TEXT, FIGS, published="2024-12-02", location="Nghĩa Hành", notes=NOTES)
