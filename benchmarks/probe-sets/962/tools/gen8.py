"""p962-8: Báo Bắc Giang online ((BGĐT) - tag), Q1/2025 appraisal of repair/construction dossiers for religious establishments."""
from lib import F, P, I, change, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Xã hội › Tôn giáo

Quý I, thẩm định 35 hồ sơ tu bổ, xây dựng cơ sở tôn giáo

Cập nhật lúc 10:05, Thứ tư, 09/04/2025

(BGĐT) - Quý I/2025, Ban Tôn giáo (Sở Nội vụ) phối hợp với các sở, ngành thẩm định 35 hồ sơ đề nghị tu bổ, xây dựng cơ sở tôn giáo, tăng 6 hồ sơ so với cùng kỳ năm 2024. Trong đó, 28 hồ sơ của Phật giáo, 7 hồ sơ của Công giáo.

Tổng kinh phí các công trình khoảng 126 tỷ đồng, chủ yếu do tín đồ, nhân dân công đức; bình quân 3,6 tỷ đồng/công trình. Nhiều công trình như chùa Vĩnh Nghiêm (xã Trí Yên), chùa Bổ Đà (xã Tiên Sơn) được tu bổ đúng quy định về di tích.

Bắc Giang hiện có 5 tôn giáo với khoảng 87.000 tín đồ; 1.086 cơ sở tôn giáo, trong đó 932 chùa (chiếm 85,8%), 148 nhà thờ, nhà nguyện và 6 cơ sở khác. Hiện tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất đạt 94,2%.

Quý I cũng là mùa lễ hội xuân. Các cơ sở tôn giáo trong tỉnh đón trên 1,5 triệu lượt khách, trong đó Thiền viện Trúc Lâm Phượng Hoàng đón gần 400.000 lượt, tăng 25% so với cùng kỳ. Các lễ hội diễn ra trang trọng, không có vụ việc phức tạp.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất lên 100%. Trong quý II, Ban Tôn giáo dự kiến tổ chức 4 hội nghị phổ biến Nghị định số 95/2023/NĐ-CP cho khoảng 600 chức sắc, chức việc, nhà tu hành; đồng thời hướng dẫn tổ chức Đại lễ Phật đản Phật lịch 2569 tại 12 điểm.

Thu Hà
Tin liên quan:
- Đại hội đại biểu Phật giáo tỉnh lần thứ IX thành công tốt đẹp
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q2 = P("quý II", "2025-04-01", "2025-06-30")
NOTES = [
    "Báo Bắc Giang online, '(BGĐT) -' tag, 'Cập nhật lúc 10:05, Thứ tư, 09/04/2025': Q1/2025 dossiers to repair or build religious",
    "establishments, worship places, spring-festival visitors, 2025 targets.",
    "Distractors: '10:05', 'Thứ tư', 'Nghị định số 95/2023/NĐ-CP', 'Phật lịch 2569' (a calendar year), 'lần thứ IX', commune names.",
    "Headline 'Quý I' without a year takes 2025 from the dateline. 'Quý I cũng là mùa lễ hội' has no year: 2025 from 'Quý I/2025' before.",
    "'Trong đó, 28 hồ sơ ..., 7 hồ sơ' add up to 35: parts. 932 chùa + 148 + 6 = 1.086: parts; '(chiếm 85,8%)' is the share of 932.",
    "'gần 400.000 lượt, tăng 25% so với cùng kỳ' is a part of the 1,5 triệu lượt (trong đó) and carries the change.",
    "'Hiện tỷ lệ ... đạt 94,2%' has no period. 'Trong quý II' takes 2025 from 'Năm 2025' before it. 12 điểm continues the forecast clause.",
]
FIGS = [
    F("thẩm định 35 hồ sơ tu bổ", "35", 35, "count", "hồ sơ",
      subject="hồ sơ tu bổ, xây dựng cơ sở tôn giáo được thẩm định", period=P("Quý I", "2025-01-01", "2025-03-31")),
    F("thẩm định 35 hồ sơ đề nghị", "35", 35, "count", "hồ sơ",
      change=change("increase", 6, "hồ sơ", "cùng kỳ năm 2024"),
      subject="hồ sơ đề nghị tu bổ, xây dựng cơ sở tôn giáo được thẩm định", period=Q1),
    F("28 hồ sơ", "28", 28, "count", "hồ sơ", total=35, subject="hồ sơ của Phật giáo", period=I(Q1)),
    F("7 hồ sơ", "7", 7, "count", "hồ sơ", total=35, subject="hồ sơ của Công giáo", period=I(Q1)),
    F("khoảng 126 tỷ đồng", "126", 126e9, "money", "đồng", approx="about",
      subject="tổng kinh phí các công trình tu bổ, xây dựng cơ sở tôn giáo", period=I(Q1)),
    F("3,6 tỷ đồng/công trình", "3,6", 3.6e9, "money", "đồng/công trình",
      subject="kinh phí bình quân mỗi công trình", period=I(Q1)),
    F("có 5 tôn giáo", "5", 5, "count", "tôn giáo", subject="tôn giáo"),
    F("khoảng 87.000 tín đồ", "87.000", 87000, "count", "tín đồ", approx="about", subject="tín đồ các tôn giáo"),
    F("1.086 cơ sở tôn giáo", "1.086", 1086, "count", "cơ sở tôn giáo", subject="cơ sở tôn giáo"),
    F("932 chùa", "932", 932, "count", "chùa", total=1086, percent=85.8, subject="chùa"),
    F("148 nhà thờ", "148", 148, "count", "nhà thờ", total=1086, subject="nhà thờ, nhà nguyện"),
    F("6 cơ sở khác", "6", 6, "count", "cơ sở", total=1086, subject="cơ sở tôn giáo khác"),
    F("đạt 94,2%", "94,2", 94.2, "percent", "%",
      subject="tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất"),
    F("trên 1,5 triệu lượt khách", "1,5", 1.5e6, "count", "lượt khách", approx="over",
      subject="lượt khách đến các cơ sở tôn giáo mùa lễ hội xuân", period=I(Q1)),
    F("gần 400.000 lượt", "400.000", 400000, "count", "lượt", approx="nearly", total=1.5e6,
      change=change("increase", 25, "%", "cùng kỳ"),
      subject="lượt khách đến Thiền viện Trúc Lâm Phượng Hoàng", period=I(Q1)),
    F("lên 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("tổ chức 4 hội nghị", "4", 4, "count", "hội nghị", status="forecast",
      subject="hội nghị phổ biến Nghị định số 95/2023/NĐ-CP", period=Q2),
    F("khoảng 600 chức sắc", "600", 600, "count", "chức sắc, chức việc, nhà tu hành", approx="about",
      status="forecast", subject="chức sắc, chức việc, nhà tu hành được phổ biến Nghị định", period=Q2),
    F("tại 12 điểm", "12", 12, "count", "điểm", status="forecast",
      subject="điểm tổ chức Đại lễ Phật đản", period=Q2),
]

write("p962-8", TEXT, NOTES, FIGS, published="2025-04-09", location="Bắc Giang")
