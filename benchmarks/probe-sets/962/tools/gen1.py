"""p962-1: Tây Ninh province portal, 6-month results of state management of religion (2024)."""
from lib import F, P, I, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Tây Ninh giải quyết 214 hồ sơ về tôn giáo trong 6 tháng

Cập nhật: 18/07/2024 09:45 | Lượt xem: 1.236

Theo Ban Tôn giáo (Sở Nội vụ), 6 tháng đầu năm 2024, cơ quan quản lý nhà nước các cấp trên địa bàn tỉnh đã tiếp nhận 221 hồ sơ liên quan đến hoạt động tôn giáo, đã giải quyết 214 hồ sơ, đạt 96,8%, tăng 12,6% so với cùng kỳ năm 2023; trong đó đăng ký người được phong phẩm, bổ nhiệm, bầu cử, suy cử chức sắc, chức việc 96 hồ sơ, đăng ký sinh hoạt tôn giáo tập trung 23 hồ sơ, đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo 41 hồ sơ, sửa chữa, cải tạo, xây dựng cơ sở tôn giáo 54 hồ sơ. Cấp tỉnh giải quyết 87 hồ sơ, cấp huyện giải quyết 127 hồ sơ; 100% hồ sơ được giải quyết đúng thời hạn theo Luật Tín ngưỡng, tôn giáo năm 2016 và Nghị định số 95/2023/NĐ-CP.

Hiện toàn tỉnh có 7 tôn giáo với 12 tổ chức tôn giáo được công nhận, khoảng 720.000 tín đồ, chiếm 59,8% dân số; trong đó tín đồ Cao Đài chiếm hơn 70%. Toàn tỉnh có 2.150 chức sắc, 6.720 chức việc và 589 cơ sở tôn giáo với tổng diện tích đất khoảng 412 ha. Tính đến 30/6/2024, 531/589 cơ sở đã được cấp giấy chứng nhận quyền sử dụng đất, đạt 90,2%, tăng 18 cơ sở so với cuối năm 2023.

Từ đầu năm đến nay, các cuộc lễ lớn như Đại lễ Vía Đức Chí Tôn của Hội thánh Cao Đài Tòa Thánh Tây Ninh, Hội xuân núi Bà Đen thu hút hơn 2,3 triệu lượt khách, tăng 8% so với cùng kỳ, diễn ra an toàn, đúng quy định.

Phấn đấu đến cuối năm 2024, 95% cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất. Trong 6 tháng cuối năm, Sở Nội vụ dự kiến tổ chức 10 lớp bồi dưỡng pháp luật về tín ngưỡng, tôn giáo cho khoảng 800 chức sắc, chức việc, kinh phí gần 1,2 tỷ đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOTES = [
    "Tây Ninh province portal: dossiers on religious activity handled in H1/2024, religions, followers, dignitaries, land certificates.",
    "Distractors: 'Cập nhật: 18/07/2024 09:45', 'Lượt xem: 1.236', 'Luật Tín ngưỡng, tôn giáo năm 2016', 'Nghị định số 95/2023/NĐ-CP'.",
    "Headline '6 tháng' has no year: nothing dated stands before it, so it takes the year of the dateline (2024).",
    "The four dossier types after 'trong đó' add up to 214 (96+23+41+54): parts of the 214 solved. Provincial/district split has no cue: no total.",
    "'Hiện toàn tỉnh có' gives no period. 'trong đó tín đồ Cao Đài chiếm hơn 70%' is a share of followers: a percent figure of its own.",
]
FIGS = [
    F("Tây Ninh giải quyết 214 hồ sơ", "214", 214, "count", "hồ sơ",
      subject="hồ sơ về tôn giáo được giải quyết", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 221 hồ sơ", "221", 221, "count", "hồ sơ",
      subject="hồ sơ liên quan đến hoạt động tôn giáo được tiếp nhận", period=H1),
    F("đã giải quyết 214 hồ sơ", "214", 214, "count", "hồ sơ", percent=96.8,
      change=change("increase", 12.6, "%", "cùng kỳ năm 2023"),
      subject="hồ sơ liên quan đến hoạt động tôn giáo đã giải quyết", period=H1),
    F("chức việc 96 hồ sơ", "96", 96, "count", "hồ sơ", total=214,
      subject="hồ sơ đăng ký người được phong phẩm, bổ nhiệm, bầu cử, suy cử chức sắc, chức việc", period=H1),
    F("tập trung 23 hồ sơ", "23", 23, "count", "hồ sơ", total=214,
      subject="hồ sơ đăng ký sinh hoạt tôn giáo tập trung", period=H1),
    F("tôn giáo 41 hồ sơ", "41", 41, "count", "hồ sơ", total=214,
      subject="hồ sơ đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo", period=H1),
    F("tôn giáo 54 hồ sơ", "54", 54, "count", "hồ sơ", total=214,
      subject="hồ sơ sửa chữa, cải tạo, xây dựng cơ sở tôn giáo", period=H1),
    F("giải quyết 87 hồ sơ", "87", 87, "count", "hồ sơ",
      subject="hồ sơ cấp tỉnh giải quyết", period=I(H1)),
    F("giải quyết 127 hồ sơ", "127", 127, "count", "hồ sơ",
      subject="hồ sơ cấp huyện giải quyết", period=I(H1)),
    F("100% hồ sơ", "100", 100, "percent", "%",
      subject="hồ sơ được giải quyết đúng thời hạn", period=I(H1)),
    F("có 7 tôn giáo", "7", 7, "count", "tôn giáo", subject="tôn giáo"),
    F("12 tổ chức tôn giáo", "12", 12, "count", "tổ chức tôn giáo",
      subject="tổ chức tôn giáo được công nhận"),
    F("khoảng 720.000 tín đồ", "720.000", 720000, "count", "tín đồ", approx="about", percent=59.8,
      subject="tín đồ tôn giáo"),
    F("chiếm hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tín đồ Cao Đài trong tổng số tín đồ"),
    F("2.150 chức sắc", "2.150", 2150, "count", "chức sắc", subject="chức sắc"),
    F("6.720 chức việc", "6.720", 6720, "count", "chức việc", subject="chức việc"),
    F("và 589 cơ sở tôn giáo", "589", 589, "count", "cơ sở tôn giáo", subject="cơ sở tôn giáo"),
    F("khoảng 412 ha", "412", 412, "measure", "ha", approx="about",
      subject="tổng diện tích đất cơ sở tôn giáo"),
    F("531/589 cơ sở", "531", 531, "count", "cơ sở", total=589, percent=90.2,
      change=change("increase", 18, "cơ sở", "cuối năm 2023"),
      subject="cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất",
      period=P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("hơn 2,3 triệu lượt khách", "2,3", 2300000, "count", "lượt khách", approx="over",
      change=change("increase", 8, "%", "cùng kỳ"),
      subject="lượt khách dự các cuộc lễ lớn", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")),
    F("2024, 95% cơ sở", "95", 95, "percent", "%", status="target",
      subject="cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("tổ chức 10 lớp", "10", 10, "count", "lớp", status="forecast",
      subject="lớp bồi dưỡng pháp luật về tín ngưỡng, tôn giáo",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("khoảng 800 chức sắc", "800", 800, "count", "chức sắc, chức việc", approx="about", status="forecast",
      subject="chức sắc, chức việc được bồi dưỡng pháp luật",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("gần 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", approx="nearly", status="forecast",
      subject="kinh phí bồi dưỡng pháp luật về tín ngưỡng, tôn giáo",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
]

write("p962-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Tây Ninh")
