from lib import F, P, build

TEXT = """
CỤC KINH TẾ HỢP TÁC VÀ PHÁT TRIỂN NÔNG THÔN - BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Ngày đăng: 05/11/2024 | Lượt xem: 1.032

Cơ giới hóa sản xuất lúa: Khâu gieo trồng, chăm sóc vẫn là "điểm nghẽn"

Tại hội thảo "Thúc đẩy cơ giới hóa đồng bộ trong sản xuất lúa" tổ chức ngày 4/11 tại TP Cần Thơ, Cục Kinh tế hợp tác và Phát triển nông thôn cho biết, tính đến tháng 9/2024 cả nước có khoảng 780.000 máy kéo, 48.500 máy gặt đập liên hợp, 14.200 máy cấy và hơn 6.000 thiết bị bay không người lái phục vụ sản xuất nông nghiệp.

Năm 2023, tỷ lệ cơ giới hóa trong sản xuất lúa của cả nước: khâu làm đất đạt 97%, gieo sạ và cấy 55%, chăm sóc 75%, thu hoạch 85%. Theo vùng, khâu thu hoạch có tỷ lệ cao nhất ở Đồng bằng sông Cửu Long (98%), tiếp đến là Đồng bằng sông Hồng (92%); thấp nhất là vùng Trung du và miền núi phía Bắc, chỉ từ 30 đến 40%.

Mức trang bị động lực bình quân hiện đạt khoảng 2,5 HP/ha canh tác, thấp hơn nhiều so với Thái Lan (4 HP/ha) và Hàn Quốc (10 HP/ha). Giai đoạn 2021-2023, kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp bình quân đạt 1,1 tỷ USD/năm, trong khi các doanh nghiệp cơ khí trong nước mới đáp ứng khoảng 35-40% nhu cầu. Dư nợ cho vay mua máy theo Nghị định số 55/2015/NĐ-CP đến 30/9/2024 đạt khoảng 4,6 nghìn tỷ đồng.

Theo Quyết định số 858/QĐ-TTg ngày 20/7/2022 của Thủ tướng Chính phủ, mục tiêu đến năm 2025 tỷ lệ cơ giới hóa khâu làm đất lúa đạt 100%, khâu thu hoạch đạt 95%; đến năm 2030, mức trang bị động lực đạt 3,5 HP/ha, tổn thất sau thu hoạch lúa giảm xuống dưới 5%. Hiện có 12 tỉnh đã đạt mục tiêu về cơ giới hóa khâu thu hoạch, gồm An Giang, Kiên Giang, Đồng Tháp, Long An, Hậu Giang…
"""

SEP = P("tính đến tháng 9/2024", None, "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ cơ giới hóa khâu "
HARV = "tỷ lệ cơ giới hóa khâu thu hoạch"

FIGS = [
    F("khoảng 780.000 máy kéo", "780.000", "count", "máy kéo", "máy kéo", approx="about", period=SEP),
    F("48.500 máy gặt", "48.500", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", period=SEP),
    F("14.200 máy cấy", "14.200", "count", "máy cấy", "máy cấy", period=SEP),
    F("hơn 6.000 thiết bị bay", "6.000", "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ sản xuất nông nghiệp", approx="over", period=SEP),
    F("làm đất đạt 97%", "97", "percent", "%", RATE + "làm đất", period=Y23),
    F("gieo sạ và cấy 55%", "55", "percent", "%", RATE + "gieo sạ và cấy", period=Y23),
    F("chăm sóc 75%", "75", "percent", "%", RATE + "chăm sóc", period=Y23),
    F("thu hoạch 85%", "85", "percent", "%", RATE + "thu hoạch", period=Y23),
    F("Cửu Long (98%)", "98", "percent", "%", HARV, location="Đồng bằng sông Cửu Long", period=Y23i),
    F("sông Hồng (92%)", "92", "percent", "%", HARV, location="Đồng bằng sông Hồng", period=Y23i),
    F("chỉ từ 30 đến 40%", "30", "percent", "%", HARV, value_max=40,
      location="Trung du và miền núi phía Bắc", period=Y23i),
    F("khoảng 2,5 HP/ha", "2,5", "measure", "HP/ha", "mức trang bị động lực bình quân", approx="about"),
    F("Thái Lan (4 HP/ha)", "4", "measure", "HP/ha", "mức trang bị động lực bình quân", location="Thái Lan",
      optional=True),
    F("Hàn Quốc (10 HP/ha)", "10", "measure", "HP/ha", "mức trang bị động lực bình quân", location="Hàn Quốc",
      optional=True),
    F("đạt 1,1 tỷ USD/năm", "1,1", "money", "USD/năm",
      "kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp bình quân", mult=10**9, period=G),
    F("khoảng 35-40% nhu cầu", "35", "percent", "%", "tỷ lệ nhu cầu máy móc doanh nghiệp cơ khí trong nước đáp ứng",
      approx="about", value_max=40, period=G),
    F("khoảng 4,6 nghìn tỷ đồng", "4,6", "money", "đồng", "dư nợ cho vay mua máy", value=4.6e12, approx="about",
      period=P("đến 30/9/2024", None, "2024-09-30")),
    F("lúa đạt 100%", "100", "percent", "%", RATE + "làm đất lúa", status="target", period=TO25),
    F("thu hoạch đạt 95%", "95", "percent", "%", RATE + "thu hoạch", status="target", period=TO25),
    F("đạt 3,5 HP/ha", "3,5", "measure", "HP/ha", "mức trang bị động lực", status="target", period=TO30),
    F("dưới 5%", "5", "percent", "%", "tổn thất sau thu hoạch lúa", approx="under", status="target", period=TO30),
    F("có 12 tỉnh", "12", "count", "tỉnh", "tỉnh đã đạt mục tiêu về cơ giới hóa khâu thu hoạch"),
]

COMMENTS = [
    "Ministry site (Cục Kinh tế hợp tác và PTNT, Bộ NN&PTNT): national mechanisation figures. 'Ngày đăng: 05/11/2024 | Lượt xem: 1.032'.",
    "National figures → location Việt Nam; the venue 'tại TP Cần Thơ' is not the place of the figures. The regions (ĐBSCL, ĐBSH, Trung du",
    "và miền núi phía Bắc) are the places their harvest rates describe, so they go to location (judgment call: FIGURES.md names provinces",
    "and districts only); the regional items take 'Năm 2023' from the previous sentence (inherited).",
    "Foreign benchmarks 'Thái Lan (4 HP/ha)', 'Hàn Quốc (10 HP/ha)' describe other countries: optional.",
    "'12 tỉnh …, gồm An Giang, …' is a national count: location Việt Nam. Distractors: 'Nghị định số 55/2015/NĐ-CP', 'Quyết định số 858/QĐ-TTg",
    "ngày 20/7/2022', 'ngày 4/11', counter. '4,6 nghìn tỷ đồng' = 4,6·10¹². Targets under 'mục tiêu đến năm 2025 / đến năm 2030' (start null).",
    "'khoảng 35-40% nhu cầu' takes the sentence's 'Giai đoạn 2021-2023'. 'hiện đạt khoảng 2,5 HP/ha' has no period phrase.",
]

build(4, TEXT, FIGS, COMMENTS, published="2024-11-05", location="Việt Nam")
