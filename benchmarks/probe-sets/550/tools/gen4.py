"""p550-4: ministry site (Cục Du lịch Quốc gia Việt Nam), international arrivals 2024 and 2025 targets."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Số liệu thống kê

Năm 2024, Việt Nam đón 17,6 triệu lượt khách quốc tế

Ngày đăng: 07/01/2025 | Lượt xem: 2.905

Theo Tổng cục Thống kê, năm 2024 Việt Nam đón 17,6 triệu lượt khách quốc tế, tăng 39,5% so với năm 2023, đạt 98% mục tiêu 18 triệu lượt. Riêng tháng 12/2024 đạt 1,76 triệu lượt, tăng 4,6% so với tháng trước.

Hàn Quốc tiếp tục là thị trường dẫn đầu với 4,6 triệu lượt, chiếm 26,1% tổng lượng khách quốc tế; tiếp theo là Trung Quốc 3,7 triệu lượt, Đài Loan (Trung Quốc) hơn 1,1 triệu lượt, Mỹ khoảng 890.000 lượt và Nhật Bản 720.000 lượt. Khách từ châu Âu đạt gần 2,2 triệu lượt, tăng 27,5%. Đáng chú ý, lượng khách Ấn Độ gấp 1,5 lần năm 2023.

Khách du lịch nội địa ước đạt 110 triệu lượt, trong đó khoảng 61 triệu lượt khách có lưu trú. Tổng thu từ khách du lịch ước đạt 840.000 tỷ đồng, tăng 24,4% so với năm 2023.

Trong năm, Hội An được độc giả tạp chí Travel + Leisure bình chọn xếp thứ 2 trong số 25 thành phố được yêu thích nhất thế giới; Việt Nam lần thứ 5 được World Travel Awards vinh danh là Điểm đến di sản hàng đầu thế giới.

Thực hiện Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ, năm 2025 ngành du lịch phấn đấu đón từ 22 đến 23 triệu lượt khách quốc tế, phục vụ 120-130 triệu lượt khách nội địa; tổng thu từ khách du lịch khoảng 980.000-1.050.000 tỷ đồng. Theo Chiến lược phát triển du lịch Việt Nam, đến năm 2030 phấn đấu đón 35 triệu lượt khách quốc tế.

Cục Du lịch Quốc gia Việt Nam - Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội. Giấy phép số 59/GP-TTĐT.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Năm 2024, Việt Nam đón 17,6 triệu", "17,6", 17600000, "count", "lượt khách quốc tế",
      subject="lượt khách quốc tế", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("năm 2024 Việt Nam đón 17,6 triệu", "17,6", 17600000, "count", "lượt khách quốc tế", percent=98,
      change=CH("increase", 39.5, baseline="năm 2023"), target=T(18000000, "lượt"),
      subject="lượt khách quốc tế", period=Y24),
    F("đạt 1,76 triệu lượt", "1,76", 1760000, "count", "lượt", change=CH("increase", 4.6, baseline="tháng trước"),
      subject="lượt khách quốc tế", period=P("tháng 12/2024", "2024-12-01", "2024-12-31")),
    F("với 4,6 triệu lượt", "4,6", 4600000, "count", "lượt", percent=26.1,
      subject="khách quốc tế từ thị trường Hàn Quốc", period=I(Y24)),
    F("Trung Quốc 3,7 triệu lượt", "3,7", 3700000, "count", "lượt", subject="khách quốc tế từ thị trường Trung Quốc",
      period=I(Y24)),
    F("hơn 1,1 triệu lượt", "1,1", 1100000, "count", "lượt", approx="over",
      subject="khách quốc tế từ thị trường Đài Loan (Trung Quốc)", period=I(Y24)),
    F("khoảng 890.000 lượt", "890.000", 890000, "count", "lượt", approx="about",
      subject="khách quốc tế từ thị trường Mỹ", period=I(Y24)),
    F("Nhật Bản 720.000 lượt", "720.000", 720000, "count", "lượt", subject="khách quốc tế từ thị trường Nhật Bản",
      period=I(Y24)),
    F("gần 2,2 triệu lượt", "2,2", 2200000, "count", "lượt", approx="nearly", change=CH("increase", 27.5),
      subject="khách từ châu Âu", period=I(Y24)),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="lượng khách Ấn Độ so với năm 2023", period=I(Y24)),
    F("ước đạt 110 triệu lượt", "110", 110000000, "count", "lượt", status="estimate",
      subject="khách du lịch nội địa", period=I(Y24)),
    F("khoảng 61 triệu lượt", "61", 61000000, "count", "lượt", approx="about", total=110000000,
      status="estimate", subject="khách du lịch nội địa có lưu trú", period=I(Y24)),
    F("ước đạt 840.000 tỷ đồng", "840.000", 840000e9, "money", "đồng", change=CH("increase", 24.4, baseline="năm 2023"),
      status="estimate", subject="tổng thu từ khách du lịch", period=I(Y24)),
    F("xếp thứ 2", "2", 2, "rank", "hạng", total=25,
      subject="thành phố được yêu thích nhất thế giới do độc giả Travel + Leisure bình chọn",
      period=I(Y24), location="Hội An"),
    F("từ 22 đến 23 triệu", "22", 22000000, "count", "lượt khách quốc tế", value_max=23000000, status="target",
      subject="lượt khách quốc tế", period=Y25),
    F("phục vụ 120-130 triệu", "120", 120000000, "count", "lượt khách nội địa", value_max=130000000,
      status="target", subject="lượt khách nội địa", period=Y25),
    F("khoảng 980.000-1.050.000 tỷ đồng", "980.000", 980000e9, "money", "đồng", value_max=1050000e9,
      approx="about", status="target", subject="tổng thu từ khách du lịch", period=Y25),
    F("đón 35 triệu lượt", "35", 35000000, "count", "lượt khách quốc tế", status="target",
      subject="lượt khách quốc tế", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cục Du lịch Quốc gia Việt Nam (Bộ VHTTDL) site: international arrivals 2024, markets, domestic visitors, revenue, Hội An ranking, 2025 targets.",
    "Location Việt Nam (national figures); source markets are not places (subject names the market, cf. h26); Hội An's rank has location Hội An.",
    "'đạt 98% mục tiêu 18 triệu lượt': percent 98 and target 18 triệu (not a figure of its own). 'chiếm 26,1% tổng lượng khách quốc tế' → percent.",
    "'gấp 1,5 lần năm 2023' standing alone as the claim → multiple. 'xếp thứ 2 trong số 25 thành phố' → rank 2, total 25 (25 is no figure of its own).",
    "'khoảng 61 triệu lượt' after 'trong đó' → total 110 triệu; 'ước' governs both clauses. 2025 targets are ranges ('từ 22 đến 23 triệu', '120-130 triệu', 'khoảng 980.000-1.050.000 tỷ').",
    "Distractors: 'Lượt xem: 2.905', 'Nghị quyết số 82/NQ-CP ngày 18/5/2023', 'lần thứ 5', 'Số 80 Quán Sứ', 'Giấy phép số 59/GP-TTĐT', 'Travel + Leisure'.",
]

if __name__ == "__main__":
    emit("p550-4", TEXT, COMMENTS, FIGS, published="2025-01-07", location="Việt Nam")
