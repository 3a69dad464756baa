from lib import F, P, inh, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh An Giang
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

An Giang: Tỷ lệ cơ giới hóa khâu thu hoạch lúa đạt 98,5%

Cập nhật: 18/07/2024 08:30
Lượt xem: 3.412

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh xuống giống 231.460 ha lúa vụ Đông Xuân; tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu thu hoạch đạt 98,5%, khâu gieo sạ đạt 72,3%, khâu phun thuốc bảo vệ thực vật từ 40 đến 45% và khâu sấy lúa đạt 65%.

Tính đến ngày 30/6/2024, toàn tỉnh có 2.156 máy gặt đập liên hợp, tăng 124 máy so với cùng kỳ năm 2023, bình quân 0,93 máy/100 ha lúa; trong đó tập trung nhiều nhất ở các huyện Thoại Sơn (412 máy), Châu Phú (365 máy), Tri Tôn (298 máy) và Phú Tân (241 máy).

Ngoài ra, tỉnh có khoảng 9.800 máy cày, máy xới các loại; 1.045 lò sấy với công suất hơn 21.000 tấn/mẻ và 186 thiết bị bay không người lái phục vụ phun thuốc, gấp 2,4 lần so với cuối năm 2022.

Nhờ đưa máy móc vào sản xuất, chi phí thu hoạch lúa giảm từ 1,5 đến 2 triệu đồng/ha so với thu hoạch thủ công; tỷ lệ thất thoát sau thu hoạch giảm còn dưới 5%.

Vụ Hè Thu 2024, dự kiến toàn tỉnh huy động khoảng 1.900 máy gặt đập liên hợp để thu hoạch 228.000 ha lúa.

Phấn đấu đến năm 2025, tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa của tỉnh đạt trên 80%, số thiết bị bay phun thuốc đạt 300 chiếc.

Cơ quan chủ quản: UBND tỉnh An Giang
Địa chỉ: Số 16 Lê Triệu Kiết, phường Mỹ Bình, TP. Long Xuyên
Điện thoại: 0296.3852.124
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lúa đạt 98,5%\n", "98,5", 98.5, "percent", "%", "Tỷ lệ cơ giới hóa khâu thu hoạch lúa", inh(H1)),
    F("xuống giống 231.460 ha", "231.460", 231460, "measure", "ha", "diện tích lúa vụ Đông Xuân xuống giống", H1),
    F("làm đất đạt 100%", "100", 100, "percent", "%", "tỷ lệ cơ giới hóa khâu làm đất", H1),
    F("khâu thu hoạch đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch", H1),
    F("gieo sạ đạt 72,3%", "72,3", 72.3, "percent", "%", "tỷ lệ cơ giới hóa khâu gieo sạ", H1),
    F("từ 40 đến 45%", "40", 40, "percent", "%", "tỷ lệ cơ giới hóa khâu phun thuốc bảo vệ thực vật", H1, value_max=45),
    F("sấy lúa đạt 65%", "65", 65, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy lúa", H1),
    F("có 2.156 máy", "2.156", 2156, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", ASOF,
      change=CH("increase", 124, "máy", "cùng kỳ năm 2023")),
    F("0,93 máy/100 ha", "0,93", 0.93, "measure", "máy/100 ha", "máy gặt đập liên hợp bình quân trên 100 ha lúa", ASOF),
    F("(412 máy)", "412", 412, "count", "máy", "máy gặt đập liên hợp", ASOF, total=2156, location="Thoại Sơn"),
    F("(365 máy)", "365", 365, "count", "máy", "máy gặt đập liên hợp", ASOF, total=2156, location="Châu Phú"),
    F("(298 máy)", "298", 298, "count", "máy", "máy gặt đập liên hợp", ASOF, total=2156, location="Tri Tôn"),
    F("(241 máy)", "241", 241, "count", "máy", "máy gặt đập liên hợp", ASOF, total=2156, location="Phú Tân"),
    F("khoảng 9.800 máy", "9.800", 9800, "count", "máy cày", "máy cày, máy xới các loại", inh(ASOF), approx="about"),
    F("1.045 lò sấy", "1.045", 1045, "count", "lò sấy", "lò sấy", inh(ASOF)),
    F("hơn 21.000 tấn/mẻ", "21.000", 21000, "measure", "tấn/mẻ", "công suất lò sấy", inh(ASOF), approx="over"),
    F("186 thiết bị bay", "186", 186, "count", "thiết bị bay", "thiết bị bay không người lái phục vụ phun thuốc", inh(ASOF),
      change=CH("increase", 2.4, "lần", "cuối năm 2022")),
    F("từ 1,5 đến 2 triệu", "1,5", 1500000, "money", "đồng/ha", "chi phí thu hoạch lúa giảm so với thu hoạch thủ công",
      value_max=2000000),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ thất thoát sau thu hoạch", approx="under"),
    F("khoảng 1.900 máy", "1.900", 1900, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp huy động vụ Hè Thu",
      approx="about", status="forecast"),
    F("thu hoạch 228.000 ha", "228.000", 228000, "measure", "ha", "diện tích lúa thu hoạch vụ Hè Thu", status="forecast"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa", T25, approx="over", status="target"),
    F("đạt 300 chiếc", "300", 300, "count", "chiếc", "số thiết bị bay phun thuốc", T25, status="target"),
]

COMMENTS = [
    "Probe 661-1. Province portal (An Giang): mechanisation rates by stage of rice growing, combine harvesters by district, drones, dryers.",
    "Breadcrumb, 'Cập nhật: 18/07/2024 08:30' dateline, 'Lượt xem: 3.412' counter, footer address and phone are not figures.",
    "District items after 'trong đó' are parts of the 2.156 harvesters (total), not of the 0,93 máy/100 ha rate that stands between.",
    "'gấp 2,4 lần so với cuối năm 2022' after 186 drones is its change (lần). Season 'Vụ Hè Thu 2024' gives no calendar period.",
    "'chi phí ... giảm từ 1,5 đến 2 triệu đồng/ha' is the claim itself: a money range, no change object.",
]

if __name__ == "__main__":
    emit("p661-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="An Giang")
