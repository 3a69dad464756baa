from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG
Tin tức - Sự kiện

Nâng cao độ tin cậy cung cấp điện trên địa bàn huyện

Điện lực Đức Trọng cho biết, 9 tháng năm 2024, chỉ số thời gian mất điện bình quân của khách hàng (SAIDI) trên địa bàn huyện là 412,6 phút, giảm 18,3% so với cùng kỳ; trong đó, SAIDI do sự cố là 96,4 phút, do công tác theo kế hoạch là 316,2 phút. Chỉ số tần suất mất điện kéo dài (SAIFI) là 3,42 lần, tần suất mất điện thoáng qua (MAIFI) là 1,08 lần. Riêng quý III/2024, SAIDI chỉ còn 118 phút.

Năm 2024, đơn vị được giao chỉ tiêu SAIDI không quá 520 phút, SAIFI không quá 4,8 lần. Từ đầu năm đến nay, Điện lực đã thực hiện 214 lượt công tác hotline (sửa chữa điện nóng), tránh cắt điện cho khoảng 46.800 lượt khách hàng, giữ lại gần 5,2 triệu kWh sản lượng.

Huyện hiện có 68.935 khách hàng sử dụng điện, tỷ lệ hộ dân sử dụng điện lưới quốc gia đạt 99,87%. Sản lượng điện thương phẩm 9 tháng ước đạt 386,4 triệu kWh, trong đó điện cho nông nghiệp công nghệ cao (tưới tiêu, chiếu sáng nhà kính) chiếm hơn 31%. Toàn huyện có 1.126 khách hàng lắp đặt điện mặt trời mái nhà với tổng công suất 61,5 MWp.

Thời gian tới, Điện lực Đức Trọng phấn đấu đến năm 2025 giảm SAIDI xuống dưới 400 phút; 100% trạm biến áp được giám sát từ xa qua hệ thống SCADA.

Mọi phản ánh về cung cấp điện, khách hàng liên hệ Điện lực Đức Trọng, số 856 Quốc lộ 20, thị trấn Liên Nghĩa; điện thoại 0263.3843.512.

Đức Trọng, ngày 21/10/2024
Văn phòng HĐND - UBND huyện
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
FIGS = [
    F("huyện là 412,6 phút", "412,6", 412.6, "measure", "phút", "chỉ số thời gian mất điện bình quân của khách hàng (SAIDI)", N9,
      change=CH("decrease", 18.3, baseline="cùng kỳ")),
    F("sự cố là 96,4 phút", "96,4", 96.4, "measure", "phút", "SAIDI do sự cố", N9, total=412.6),
    F("kế hoạch là 316,2 phút", "316,2", 316.2, "measure", "phút", "SAIDI do công tác theo kế hoạch", N9, total=412.6),
    F("là 3,42 lần", "3,42", 3.42, "measure", "lần", "chỉ số tần suất mất điện kéo dài (SAIFI)", I(N9)),
    F("là 1,08 lần", "1,08", 1.08, "measure", "lần", "tần suất mất điện thoáng qua (MAIFI)", I(N9)),
    F("còn 118 phút", "118", 118, "measure", "phút", "SAIDI", P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("không quá 520 phút", "520", 520, "measure", "phút", "chỉ tiêu SAIDI", Y24, approx="at_most", status="target"),
    F("không quá 4,8 lần", "4,8", 4.8, "measure", "lần", "SAIFI", Y24, approx="at_most", status="target"),
    F("thực hiện 214 lượt", "214", 214, "count", "lượt", "công tác hotline (sửa chữa điện nóng)", YTD),
    F("khoảng 46.800 lượt", "46.800", 46800, "count", "lượt khách hàng", "lượt khách hàng tránh cắt điện", YTD, approx="about"),
    F("gần 5,2 triệu kWh", "5,2", 5.2e6, "measure", "kWh", "sản lượng giữ lại", YTD, approx="nearly"),
    F("có 68.935 khách hàng", "68.935", 68935, "count", "khách hàng", "khách hàng sử dụng điện", None),
    F("đạt 99,87%", "99,87", 99.87, "percent", "%", "tỷ lệ hộ dân sử dụng điện lưới quốc gia", None),
    F("ước đạt 386,4 triệu kWh", "386,4", 386.4e6, "measure", "kWh", "sản lượng điện thương phẩm",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("chiếm hơn 31%", "31", 31, "percent", "%", "điện cho nông nghiệp công nghệ cao", P("9 tháng", "2024-01-01", "2024-09-30"),
      approx="over", status="estimate"),
    F("có 1.126 khách hàng", "1.126", 1126, "count", "khách hàng", "khách hàng lắp đặt điện mặt trời mái nhà", None),
    F("công suất 61,5 MWp", "61,5", 61.5, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", None),
    F("dưới 400 phút", "400", 400, "measure", "phút", "SAIDI", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
    F("100% trạm", "100", 100, "percent", "%", "trạm biến áp được giám sát từ xa qua hệ thống SCADA",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "District portal (huyện Đức Trọng, Lâm Đồng): power-supply reliability 9 months 2024 — SAIDI/SAIFI/MAIFI, hotline work, customers, rooftop solar.",
    "No dateline at the top; the bare 'Đức Trọng, ngày 21/10/2024' at the end is the article's date. Location Đức Trọng (the district).",
    "SAIDI breakdown after 'trong đó' (96,4 + 316,2 = 412,6 phút) -> total. SAIFI/MAIFI in 'lần' are measures (average interruptions), not multiples.",
    "'chiếm hơn 31%' after 'trong đó' has no base amount of its own: a percent figure; it continues the 'ước đạt' clause -> estimate.",
    "'hiện có' figures have no stated period (not scored). 'Từ đầu năm đến nay' ends at the article's date 2024-10-21.",
    "Targets: 'được giao chỉ tiêu ... không quá' -> target, at_most; 'phấn đấu đến năm 2025 ... dưới 400 phút', '100% trạm biến áp' -> target.",
    "Distractors: 'số 856 Quốc lộ 20', phone 0263.3843.512, date line, 'SCADA'.",
]
emit("p456-6", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Đức Trọng")
