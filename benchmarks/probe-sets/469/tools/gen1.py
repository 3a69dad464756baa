from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Tin tức » Kinh tế - Nông nghiệp

Lâm Đồng: Diện tích nông nghiệp ứng dụng công nghệ cao đạt gần 66.000 ha
Cập nhật: 12/07/2024 09:15
Lượt xem: 2.317

(LĐ) - Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, diện tích sản xuất nông nghiệp ứng dụng công nghệ cao toàn tỉnh Lâm Đồng đạt 65.870 ha, chiếm 23,4% tổng diện tích canh tác, tăng 3,1% so với cùng kỳ năm 2023.

Trong đó, diện tích nhà kính, nhà màng đạt hơn 5.600 ha, tập trung chủ yếu tại thành phố Đà Lạt (2.950 ha), huyện Đơn Dương (1.420 ha) và huyện Lạc Dương (680 ha). Diện tích áp dụng hệ thống tưới nhỏ giọt, tưới phun tự động khoảng 28.500 ha.

Giá trị sản xuất bình quân trên diện tích ứng dụng công nghệ cao ước đạt 215 triệu đồng/ha/năm. Mức này gấp 1,7 lần so với sản xuất truyền thống. Riêng diện tích trồng hoa, rau trong nhà kính tại Đà Lạt cho doanh thu từ 1 đến 1,5 tỷ đồng/ha/năm.

Toàn tỉnh hiện có 112 doanh nghiệp nông nghiệp ứng dụng công nghệ cao và 10 vùng sản xuất nông nghiệp ứng dụng công nghệ cao được công nhận theo Quyết định số 2115/QĐ-UBND. Tính đến ngày 30/6/2024, có 46 mã số vùng trồng rau, hoa, cây ăn quả được cấp phục vụ xuất khẩu với diện tích 3.250 ha.

Theo kế hoạch, đến năm 2025, tỉnh phấn đấu diện tích nông nghiệp ứng dụng công nghệ cao đạt 70.000 ha, chiếm khoảng 25% diện tích canh tác; giá trị sản xuất bình quân đạt 230 triệu đồng/ha.

Mọi thông tin xin liên hệ Phòng Trồng trọt - Bảo vệ thực vật, số 18 Trần Phú, Phường 4, thành phố Đà Lạt; điện thoại 0263.3822.457.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
D30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
HT = "diện tích nhà kính, nhà màng"

FIGS = [
    F("đạt gần 66.000 ha", "66.000", 66000, "measure", "ha",
      "diện tích nông nghiệp ứng dụng công nghệ cao", I(H1), approx="nearly"),
    F("đạt 65.870 ha", "65.870", 65870, "measure", "ha",
      "diện tích sản xuất nông nghiệp ứng dụng công nghệ cao", H1,
      percent=23.4, change=CH("increase", 3.1, baseline="cùng kỳ năm 2023")),
    F("đạt hơn 5.600 ha", "5.600", 5600, "measure", "ha", HT, I(H1), approx="over", total=65870),
    F("Đà Lạt (2.950 ha)", "2.950", 2950, "measure", "ha", HT, I(H1), location="Đà Lạt"),
    F("Đơn Dương (1.420 ha)", "1.420", 1420, "measure", "ha", HT, I(H1), location="Đơn Dương"),
    F("Lạc Dương (680 ha)", "680", 680, "measure", "ha", HT, I(H1), location="Lạc Dương"),
    F("khoảng 28.500 ha", "28.500", 28500, "measure", "ha",
      "diện tích áp dụng hệ thống tưới nhỏ giọt, tưới phun tự động", I(H1), approx="about"),
    F("ước đạt 215 triệu", "215", 215000000, "money", "đồng/ha/năm",
      "giá trị sản xuất bình quân trên diện tích ứng dụng công nghệ cao", I(H1), status="estimate"),
    F("gấp 1,7 lần", "1,7", 1.7, "multiple", "lần",
      "giá trị sản xuất ứng dụng công nghệ cao so với sản xuất truyền thống"),
    F("từ 1 đến 1,5 tỷ", "1", 1000000000, "money", "đồng/ha/năm",
      "doanh thu trồng hoa, rau trong nhà kính", I(H1), value_max=1500000000, location="Đà Lạt"),
    F("có 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp",
      "doanh nghiệp nông nghiệp ứng dụng công nghệ cao"),
    F("và 10 vùng", "10", 10, "count", "vùng",
      "vùng sản xuất nông nghiệp ứng dụng công nghệ cao được công nhận"),
    F("có 46 mã số", "46", 46, "count", "mã số vùng trồng",
      "mã số vùng trồng rau, hoa, cây ăn quả được cấp phục vụ xuất khẩu", D30),
    F("diện tích 3.250 ha", "3.250", 3250, "measure", "ha",
      "diện tích mã số vùng trồng phục vụ xuất khẩu", D30),
    F("đạt 70.000 ha", "70.000", 70000, "measure", "ha",
      "diện tích nông nghiệp ứng dụng công nghệ cao", T25, percent=25, status="target"),
    F("đạt 230 triệu", "230", 230000000, "money", "đồng/ha",
      "giá trị sản xuất bình quân", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lâm Đồng (province portal): high-tech agriculture area, greenhouses, drip irrigation, revenue per ha, H1/2024.",
    "Dateline 'Cập nhật: 12/07/2024 09:15'. Distractors: 'Lượt xem: 2.317', 'Quyết định số 2115/QĐ-UBND', 'số 18 Trần Phú, Phường 4', phone.",
    "'Trong đó, diện tích nhà kính ... hơn 5.600 ha' after a sentence break: part of 65.870 ha. The district list in brackets does not add",
    "up to 5.600 (5.050) and has no cue, so no total. Drip-irrigation area stands in its own sentence: no total.",
    "'chiếm khoảng 25%' after the 2025 target area: percent attribute of 70.000 ha. 'gấp 1,7 lần' stands alone as a sentence: multiple.",
    "'112 doanh nghiệp', '10 vùng' with 'hiện có' and no period phrase: no period. Headline figure takes the lead's period (inherited).",
]

emit("p469-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Lâm Đồng")
