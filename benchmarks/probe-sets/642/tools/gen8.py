from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG PHÚC - HUYỆN QUẢNG XƯƠNG - TỈNH THANH HÓA
Tin tức - Sự kiện | Ngày cập nhật 08/03/2024

Xã Quảng Phúc ra quân diệt chuột, bảo vệ lúa vụ Chiêm Xuân

Thực hiện Kế hoạch số 15/KH-UBND của UBND xã, sáng ngày 06/3/2024, xã Quảng Phúc tổ chức ra quân diệt chuột, thu gom ốc bươu vàng trên toàn bộ diện tích lúa. Tham gia có hơn 320 hội viên nông dân, đoàn viên thanh niên của 6 thôn, trong đó thôn 3 và thôn Đông Hải có số người tham gia đông nhất.

Vụ Chiêm Xuân năm 2024, toàn xã gieo cấy 415,5 ha lúa, đạt 100,4% kế hoạch; trong đó lúa chất lượng cao 260 ha, chiếm 62,6%. Qua điều tra của cán bộ khuyến nông, chuột đã gây hại 18,6 ha, tỷ lệ dảnh bị hại phổ biến 3-5%, cục bộ 10-15% ở các xứ đồng ven kênh N6 và đường liên xã số 4.

Kết quả, bà con đã đào bắt, đánh bả tiêu diệt 4.865 con chuột, thu gom 1,2 tấn ốc bươu vàng và 35 kg trứng ốc. UBND xã hỗ trợ 40 kg thuốc diệt chuột sinh học, trị giá 12,5 triệu đồng, từ nguồn kinh phí sự nghiệp nông nghiệp năm 2024.

Năm 2023, xã tổ chức hai đợt diệt chuột, tiêu diệt hơn 7.000 con, giảm đáng kể thiệt hại cho sản xuất. Năm 2024, xã phấn đấu giảm diện tích lúa bị chuột hại xuống dưới 5 ha, tỷ lệ hại không quá 2%.

Mọi ý kiến đóng góp xin gửi về Văn phòng UBND xã Quảng Phúc, điện thoại 0237.3863.215.
"""

FIGS = [
    F("hơn 320 hội viên", "320", 320, "count", "hội viên", approx="over",
      subject="hội viên nông dân, đoàn viên thanh niên tham gia ra quân diệt chuột"),
    F("của 6 thôn", "6", 6, "count", "thôn", subject="thôn tham gia ra quân diệt chuột"),
    F("415,5 ha", "415,5", 415.5, "measure", "ha", percent=100.4, subject="diện tích lúa vụ Chiêm Xuân gieo cấy"),
    F("cao 260 ha", "260", 260, "measure", "ha", total=415.5, percent=62.6, subject="diện tích lúa chất lượng cao"),
    F("hại 18,6 ha", "18,6", 18.6, "measure", "ha", subject="diện tích lúa bị chuột gây hại"),
    F("phổ biến 3-5%", "3", 3, "percent", "%", value_max=5, subject="tỷ lệ dảnh lúa bị chuột hại phổ biến"),
    F("cục bộ 10-15%", "10", 10, "percent", "%", value_max=15, subject="tỷ lệ dảnh lúa bị chuột hại cục bộ"),
    F("4.865 con chuột", "4.865", 4865, "count", "con chuột", subject="chuột bị tiêu diệt"),
    F("1,2 tấn", "1,2", 1.2, "measure", "tấn", subject="ốc bươu vàng thu gom"),
    F("35 kg", "35", 35, "measure", "kg", subject="trứng ốc bươu vàng thu gom"),
    F("40 kg", "40", 40, "measure", "kg", subject="thuốc diệt chuột sinh học UBND xã hỗ trợ"),
    F("12,5 triệu đồng", "12,5", 12500000, "money", "đồng", subject="trị giá thuốc diệt chuột sinh học hỗ trợ"),
    F("hai đợt", "hai", 2, "count", "đợt", subject="đợt diệt chuột tổ chức",
      period=P("Năm 2023", start="2023-01-01", end="2023-12-31")),
    F("hơn 7.000 con", "7.000", 7000, "count", "con", approx="over", subject="chuột bị tiêu diệt",
      period=P("Năm 2023", start="2023-01-01", end="2023-12-31")),
    F("dưới 5 ha", "5", 5, "measure", "ha", approx="under", status="target", subject="diện tích lúa bị chuột hại",
      period=P("Năm 2024", start="2024-01-01", end="2024-12-31")),
    F("không quá 2%", "2", 2, "percent", "%", approx="at_most", status="target", subject="tỷ lệ hại do chuột",
      period=P("Năm 2024", start="2024-01-01", end="2024-12-31")),
]

COMMENTS = [
    "Commune portal, xã Quảng Phúc (huyện Quảng Xương, Thanh Hóa): rat-control campaign 06/3/2024, vụ Chiêm Xuân 2024 rice, 2024 targets.",
    "'Ngày cập nhật 08/03/2024' gives published. 'Kế hoạch số 15/KH-UBND', 'thôn 3', 'kênh N6', 'đường liên xã số 4', phone are not figures.",
    "Location: a commune is not a province, city or district, so the figures take the district the portal names, Quảng Xương.",
    "'trong đó lúa chất lượng cao 260 ha, chiếm 62,6%' — part of 415,5 ha, with its share. 'trị giá 12,5 triệu đồng' an equivalent",
    "amount (own figure). 'hai đợt' is a count in words. 'phấn đấu … dưới 5 ha, … không quá 2%' → targets (under / at_most).",
    "The campaign-day figures ('sáng ngày 06/3/2024') and season figures get no period (a single day / a crop season).",
    "'trong đó thôn 3 và thôn Đông Hải …' carries no number: no part.",
]

if __name__ == "__main__":
    emit("p642-8", TEXT, COMMENTS, FIGS, published="2024-03-08", location="Quảng Xương")
