"""p675-5: Party newspaper (Báo Cao Bằng) — Non nước Cao Bằng revalidated (green card): funding 2019-2023, community tourism, Q1/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Non nước Cao Bằng giữ vững danh hiệu công viên địa chất toàn cầu UNESCO

Sau đợt tái thẩm định của UNESCO, Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng tiếp tục được công nhận thêm 4 năm (thẻ xanh). Đây là kết quả của quá trình bảo tồn, phát huy giá trị di sản kể từ khi công viên được công nhận vào tháng 4/2018.

Công viên có diện tích 3.275,9 km², bao trùm 9/10 huyện, thành phố của tỉnh Cao Bằng, với 132 điểm di sản, trong đó có 47 điểm di sản địa chất. Sau đợt thẩm định lần đầu, UNESCO đưa ra 8 khuyến nghị; đến nay tỉnh đã thực hiện xong 8/8 khuyến nghị.

Giai đoạn 2019 - 2023, tổng kinh phí đầu tư cho bảo tồn và phát triển công viên đạt 1.245 tỷ đồng, trong đó vốn ngân sách trung ương 812,6 tỷ đồng, ngân sách địa phương 287,4 tỷ đồng, còn lại là vốn xã hội hóa. Riêng năm 2023, tỉnh chi gần 18 tỷ đồng cho hoạt động truyền thông, giáo dục di sản tại 64 trường học trong vùng.

Toàn vùng hiện có 12 làng du lịch cộng đồng với 215 cơ sở homestay; giá dịch vụ lưu trú phổ biến từ 150.000 đến 250.000 đồng/người/đêm. Lao động là người dân địa phương chiếm trên 70% tổng số lao động tại các cơ sở du lịch.

Quý I/2024, vùng công viên đón 412.300 lượt khách, tăng 12,4% so với cùng kỳ; doanh thu đạt khoảng 365 tỷ đồng. Theo Nghị quyết số 06-NQ/TU của Tỉnh ủy, đến năm 2025 Cao Bằng phấn đấu đón 2 triệu lượt khách, trong đó 120.000 lượt khách quốc tế.

BẾ HOA

22/05/2024
"""

G = P("Giai đoạn 2019 - 2023", "2019-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = P("đến nay", None, "2024-05-22")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thêm 4 năm", "4", 4, "measure", "năm", "thời hạn công nhận thêm", optional=True),
    F("diện tích 3.275,9 km²", "3.275,9", 3275.9, "measure", "km²", "diện tích công viên"),
    F("9/10 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố công viên bao trùm", total=10),
    F("với 132 điểm di sản", "132", 132, "count", "điểm di sản", "điểm di sản"),
    F("có 47 điểm", "47", 47, "count", "điểm di sản địa chất", "điểm di sản địa chất", total=132),
    F("đưa ra 8 khuyến nghị", "8", 8, "count", "khuyến nghị", "khuyến nghị UNESCO đưa ra sau đợt thẩm định lần đầu"),
    F("xong 8/8 khuyến nghị", "8", 8, "count", "khuyến nghị", "khuyến nghị tỉnh đã thực hiện xong", NOW, total=8),
    F("đạt 1.245 tỷ đồng", "1.245", 1245000000000, "money", "đồng", "tổng kinh phí đầu tư cho bảo tồn và phát triển công viên", G),
    F("trung ương 812,6 tỷ đồng", "812,6", 812600000000, "money", "đồng", "vốn ngân sách trung ương", G, total=1245000000000),
    F("địa phương 287,4 tỷ đồng", "287,4", 287400000000, "money", "đồng", "vốn ngân sách địa phương", G, total=1245000000000),
    F("gần 18 tỷ đồng", "18", 18000000000, "money", "đồng", "kinh phí cho hoạt động truyền thông, giáo dục di sản", Y23,
      approx="nearly"),
    F("tại 64 trường học", "64", 64, "count", "trường học", "trường học trong vùng được truyền thông, giáo dục di sản", Y23),
    F("có 12 làng", "12", 12, "count", "làng du lịch cộng đồng", "làng du lịch cộng đồng toàn vùng"),
    F("với 215 cơ sở", "215", 215, "count", "cơ sở homestay", "cơ sở homestay toàn vùng"),
    F("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/người/đêm", "giá dịch vụ lưu trú", value_max=250000),
    F("trên 70%", "70", 70, "percent", "%", "lao động là người dân địa phương trong tổng số lao động tại các cơ sở du lịch",
      approx="over"),
    F("đón 412.300 lượt khách", "412.300", 412300, "count", "lượt khách", "lượt khách vùng công viên đón", Q1,
      change=CH("increase", 12.4, baseline="cùng kỳ")),
    F("khoảng 365 tỷ đồng", "365", 365000000000, "money", "đồng", "doanh thu", Q1, approx="about"),
    F("đón 2 triệu lượt khách", "2", 2000000, "count", "lượt khách", "lượt khách đến Cao Bằng", T25, status="target"),
    F("trong đó 120.000 lượt", "120.000", 120000, "count", "lượt khách quốc tế", "lượt khách quốc tế", T25,
      total=2000000, status="target"),
]

COMMENTS = [
    "Báo Cao Bằng (Party newspaper): Non nước Cao Bằng geopark revalidated (thẻ xanh); funding 2019-2023, community tourism, Q1/2024, 2025 target.",
    "Byline 'BẾ HOA' and the bare date '22/05/2024' at the end give `published`. Location Cao Bằng (named).",
    "'thêm 4 năm' (the renewal term) is a duration: optional. 'tháng 4/2018', 'lần đầu', 'Nghị quyết số 06-NQ/TU' are not figures.",
    "9/10 huyện: total 10. 812,6 and 287,4 tỷ follow 'trong đó' after 1.245 tỷ (total; they need not add up since 'còn lại' is unnamed).",
    "'chiếm trên 70% tổng số lao động' stands without a base count: a percent figure (approx over).",
    "'đến năm 2025 … phấn đấu' governs the 2 triệu and its 'trong đó' part 120.000 (target, total 2 triệu).",
    "'Hiện có' / no period phrase: no period annotated (unscored).",
]

if __name__ == "__main__":
    emit("p675-5", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Cao Bằng")
