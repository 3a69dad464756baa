from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH
Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường

Thạch Hà thu gần 1,9 tỷ đồng giá dịch vụ thu gom rác thải trong quý I

Thứ Ba, 16/04/2024 - 14:25

Quý I/2024, các xã, thị trấn trên địa bàn huyện Thạch Hà đã thu giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt được gần 1,9 tỷ đồng, đạt 27,5% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, thị trấn Thạch Hà thu 356 triệu đồng, các xã thu 1,54 tỷ đồng.

Hiện toàn huyện có 31 tổ, đội thu gom rác thải với 214 công nhân; lượng rác thu gom bình quân khoảng 68 tấn/ngày, đạt 92,3% lượng rác phát sinh. Rác thải được vận chuyển về bãi chôn lấp Thạch Trị có diện tích 11,5 ha và lò đốt rác xã Thạch Đài công suất 2 tấn/giờ.

Mô hình phân loại rác thải tại nguồn đã được triển khai tại 18/29 xã, thị trấn với hơn 12.600 hộ tham gia, chiếm 38% tổng số hộ dân. Việc xử lý rác hữu cơ tại hộ gia đình giúp giảm khoảng 15-20% khối lượng rác phải vận chuyển.

Theo Quyết định số 38/2023/QĐ-UBND của UBND tỉnh, mức thu áp dụng trên địa bàn huyện đối với hộ gia đình ở thị trấn không quá 25.000 đồng/hộ/tháng, ở các xã không quá 15.000 đồng/hộ/tháng; đối với cơ sở kinh doanh, dịch vụ từ 100.000 đến 300.000 đồng/cơ sở/tháng.

Năm 2024, huyện phấn đấu thu giá dịch vụ đạt 6,9 tỷ đồng và nâng tỷ lệ thu gom rác thải lên 95%.

Hoàng Anh (Phòng TN&MT huyện)
"""

Q1H = P("quý I", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = YEAR(2024, "Năm 2024")
SUBJ = "giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt thu được"

FIGS = [
    F("thu gần 1,9 tỷ đồng giá", "1,9", 1.9e9, "money", "đồng", "giá dịch vụ thu gom rác thải thu được", Q1H,
      approx="nearly"),
    F("được gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", SUBJ, Q1, approx="nearly", percent=27.5,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("thu 356 triệu", "356", 356e6, "money", "đồng", "giá dịch vụ thu gom rác thải thị trấn Thạch Hà thu được", I(Q1),
      total=1.9e9),
    F("thu 1,54 tỷ", "1,54", 1.54e9, "money", "đồng", "giá dịch vụ thu gom rác thải các xã thu được", I(Q1),
      total=1.9e9),
    F("có 31 tổ, đội", "31", 31, "count", "tổ, đội", "tổ, đội thu gom rác thải"),
    F("với 214 công nhân", "214", 214, "count", "công nhân", "công nhân thu gom rác thải"),
    F("khoảng 68 tấn/ngày", "68", 68, "measure", "tấn/ngày", "lượng rác thu gom bình quân", approx="about", percent=92.3),
    F("tích 11,5 ha", "11,5", 11.5, "measure", "ha", "diện tích bãi chôn lấp Thạch Trị"),
    F("suất 2 tấn/giờ", "2", 2, "measure", "tấn/giờ", "công suất lò đốt rác xã Thạch Đài"),
    F("tại 18/29 xã", "18", 18, "count", "xã, thị trấn", "xã, thị trấn triển khai mô hình phân loại rác thải tại nguồn",
      total=29),
    F("hơn 12.600 hộ", "12.600", 12600, "count", "hộ", "hộ tham gia phân loại rác thải tại nguồn",
      approx="over", percent=38),
    F("khoảng 15-20%", "15", 15, "percent", "%", "khối lượng rác phải vận chuyển giảm nhờ xử lý rác hữu cơ tại hộ gia đình",
      value_max=20, approx="about"),
    F("quá 25.000 đồng", "25.000", 25000, "money", "đồng/hộ/tháng", "mức thu đối với hộ gia đình ở thị trấn",
      approx="at_most"),
    F("quá 15.000 đồng", "15.000", 15000, "money", "đồng/hộ/tháng", "mức thu đối với hộ gia đình ở các xã",
      approx="at_most"),
    F("từ 100.000 đến 300.000", "100.000", 100000, "money", "đồng/cơ sở/tháng",
      "mức thu đối với cơ sở kinh doanh, dịch vụ", value_max=300000),
    F("đạt 6,9 tỷ", "6,9", 6.9e9, "money", "đồng", "thu giá dịch vụ thu gom rác thải", Y24, status="target"),
    F("lên 95%", "95", 95, "percent", "%", "tỷ lệ thu gom rác thải", Y24, status="target"),
]

COMMENTS = [
    "District portal (huyện Thạch Hà, Hà Tĩnh): breadcrumb, dateline 'Thứ Ba, 16/04/2024 - 14:25', byline at the end.",
    "Location: the district (Thạch Hà) for every figure; the province rule is applied 'trên địa bàn huyện'.",
    "Headline 'trong quý I' has no year: nothing earlier in the text, so the published year (2024); scored (own sentence).",
    "'gần 1,9 tỷ đồng, đạt 27,5% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023' -> percent 27.5 (share of plan) and change.",
    "'Trong đó' parts (356 triệu, 1,54 tỷ) take the whole 1,9 tỷ. '68 tấn/ngày, đạt 92,3% lượng rác phát sinh' -> percent attribute.",
    "'Hiện' sentences carry no period. 'giảm khoảng 15-20% khối lượng' is a rate claim (percent figure, range, no change).",
    "'không quá' -> approx at_most. Targets 'Năm 2024, huyện phấn đấu' -> status target, period năm 2024.",
    "Distractors: Quyết định số 38/2023/QĐ-UBND, dateline, 'TN&MT', the commune names Thạch Trị, Thạch Đài.",
]

emit("p491-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Thạch Hà")
