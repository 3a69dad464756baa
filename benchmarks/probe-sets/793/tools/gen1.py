from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Bình Định có hơn 2.200 võ đường, câu lạc bộ võ cổ truyền
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.317

(binhdinh.gov.vn) - Theo Sở Văn hóa và Thể thao, tính đến 30/9/2024, toàn tỉnh có 2.236 võ đường, câu lạc bộ võ cổ truyền, tăng 148 đơn vị so với cuối năm 2023, thu hút khoảng 61.500 võ sinh tập luyện thường xuyên. Trong đó, 347 câu lạc bộ hoạt động trong trường học, chiếm 15,5%. Các địa phương có phong trào mạnh là thị xã An Nhơn (412 võ đường), huyện Tây Sơn (386 võ đường) và TP Quy Nhơn (301 võ đường).

9 tháng đầu năm, ngành đã tổ chức 27 giải võ cổ truyền cấp tỉnh, cấp huyện, đạt 90% kế hoạch năm, với hơn 4.100 lượt vận động viên tham gia. Tại Giải vô địch Võ cổ truyền quốc gia tổ chức trong tháng 8 vừa qua, đoàn Bình Định giành 15 huy chương vàng, 9 huy chương bạc và 13 huy chương đồng, xếp thứ 2 toàn đoàn, chỉ sau TP Hồ Chí Minh.

Tỉnh hiện có 64 võ sư và 1.150 huấn luyện viên có chứng chỉ; thu nhập bình quân của huấn luyện viên tại các võ đường tư nhân khoảng 6,5 triệu đồng/người/tháng.

Năm 2024, tỉnh bố trí 18,6 tỷ đồng cho công tác bảo tồn, phát huy võ cổ truyền, tăng 12,4% so với năm 2023; trong đó 5,2 tỷ đồng hỗ trợ đào tạo vận động viên năng khiếu.

Theo Kế hoạch số 125/KH-UBND, đến năm 2025 tỉnh phấn đấu 100% trường THCS, THPT đưa võ cổ truyền vào giảng dạy ngoại khóa và có 70.000 người tập võ thường xuyên. Hiện tỷ lệ này mới đạt 82,3%.

Liên hoan Quốc tế Võ cổ truyền Việt Nam lần thứ X dự kiến diễn ra năm 2026, với khoảng 1.000 võ sư, võ sinh đến từ 40 quốc gia và vùng lãnh thổ.

Bản quyền thuộc UBND tỉnh Bình Định. Địa chỉ: 01 Trần Phú, TP Quy Nhơn. Điện thoại: 0256.3821.604
"""

asof = P("tính đến 30/9/2024", None, "2024-09-30")
m9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
aug = P("tháng 8 vừa qua", "2024-08-01", "2024-08-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
t25 = P("đến năm 2025", None, "2025-12-31")
y26 = P("năm 2026", "2026-01-01", "2026-12-31")
SUBJ = "võ đường, câu lạc bộ võ cổ truyền"

FIGS = [
    F("có hơn 2.200 võ đường", "2.200", 2200, "count", "võ đường, câu lạc bộ", SUBJ, approx="over"),
    F("có 2.236 võ đường", "2.236", 2236, "count", "võ đường, câu lạc bộ", SUBJ, asof,
      change=C("increase", 148, "đơn vị", "cuối năm 2023")),
    F("khoảng 61.500 võ sinh", "61.500", 61500, "count", "võ sinh", "võ sinh tập luyện thường xuyên", asof,
      approx="about"),
    F("347 câu lạc bộ", "347", 347, "count", "câu lạc bộ", "câu lạc bộ võ cổ truyền hoạt động trong trường học",
      I(asof), total=2236, percent=15.5),
    F("An Nhơn (412 võ đường)", "412", 412, "count", "võ đường", SUBJ, I(asof), location="An Nhơn"),
    F("Tây Sơn (386 võ đường)", "386", 386, "count", "võ đường", SUBJ, I(asof), location="Tây Sơn"),
    F("Quy Nhơn (301 võ đường)", "301", 301, "count", "võ đường", SUBJ, I(asof), location="Quy Nhơn"),
    F("tổ chức 27 giải", "27", 27, "count", "giải", "giải võ cổ truyền cấp tỉnh, cấp huyện tổ chức", m9,
      percent=90),
    F("hơn 4.100 lượt", "4.100", 4100, "count", "lượt vận động viên", "lượt vận động viên tham gia", m9,
      approx="over"),
    F("giành 15 huy chương vàng", "15", 15, "count", "huy chương vàng",
      "huy chương vàng tại Giải vô địch Võ cổ truyền quốc gia", aug),
    F("9 huy chương bạc", "9", 9, "count", "huy chương bạc",
      "huy chương bạc tại Giải vô địch Võ cổ truyền quốc gia", aug),
    F("13 huy chương đồng", "13", 13, "count", "huy chương đồng",
      "huy chương đồng tại Giải vô địch Võ cổ truyền quốc gia", aug),
    F("xếp thứ 2 toàn đoàn", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn Giải vô địch Võ cổ truyền quốc gia", aug),
    F("có 64 võ sư", "64", 64, "count", "võ sư", "võ sư"),
    F("1.150 huấn luyện viên", "1.150", 1150, "count", "huấn luyện viên", "huấn luyện viên có chứng chỉ"),
    F("khoảng 6,5 triệu đồng", "6,5", 6500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của huấn luyện viên tại các võ đường tư nhân", approx="about"),
    F("bố trí 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng",
      "kinh phí bảo tồn, phát huy võ cổ truyền", y24, change=C("increase", 12.4, "%", "năm 2023")),
    F("trong đó 5,2 tỷ đồng", "5,2", 5200000000, "money", "đồng", "kinh phí hỗ trợ đào tạo vận động viên năng khiếu",
      y24, total=18600000000),
    F("phấn đấu 100% trường", "100", 100, "percent", "%",
      "tỷ lệ trường THCS, THPT đưa võ cổ truyền vào giảng dạy ngoại khóa", t25, status="target"),
    F("có 70.000 người", "70.000", 70000, "count", "người", "người tập võ thường xuyên", t25, status="target"),
    F("mới đạt 82,3%", "82,3", 82.3, "percent", "%",
      "tỷ lệ trường THCS, THPT đưa võ cổ truyền vào giảng dạy ngoại khóa"),
    F("khoảng 1.000 võ sư", "1.000", 1000, "count", "võ sư, võ sinh", "võ sư, võ sinh dự Liên hoan Quốc tế Võ cổ truyền Việt Nam",
      y26, approx="about", status="forecast"),
    F("từ 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ dự Liên hoan",
      y26, status="forecast"),
]

NOTES = [
    "Bình Định province portal (breadcrumb, 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.317'): võ đường, võ sinh, tournaments, medals, budget, targets.",
    "Distractors: Lượt xem 2.317, Kế hoạch số 125/KH-UBND, 'lần thứ X', address 01 Trần Phú, phone 0256.3821.604, dates.",
    "347 câu lạc bộ after 'Trong đó' (new sentence) is part of the 2.236 võ đường, câu lạc bộ; chiếm 15,5% is its share.",
    "'đạt 90% kế hoạch năm' after 27 giải is its percent. 'tháng 8 vừa qua' takes 2024 from 30/9/2024 before it.",
    "82,3% ('Hiện tỷ lệ này') is an actual figure in its own sentence; the 100% target stands in the sentence before, so no target attribute.",
    "The festival in 2026 is 'dự kiến' (forecast); location stays Bình Định (no venue named).",
]

write(1, TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Định")
