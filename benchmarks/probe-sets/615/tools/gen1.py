"""p615-1: An Giang province portal — mechanisation of rice harvesting, machines, drones by district, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh An Giang
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 14/08/2024 08:30
Lượt xem: 1.482

An Giang: 98,6% diện tích lúa được thu hoạch bằng máy

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh thu hoạch 261.438,5 ha lúa vụ Đông Xuân và Hè Thu sớm, trong đó 257.740 ha được thu hoạch bằng máy gặt đập liên hợp, chiếm 98,6%. Tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu bơm tưới đạt 100%, khâu gieo sạ đạt khoảng 65%, khâu sấy đạt 72,4%.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.930 máy gặt đập liên hợp, 8.650 máy kéo các loại và 1.128 máy sấy lúa với tổng công suất sấy khoảng 17.500 tấn/mẻ. Đáng chú ý, số thiết bị bay không người lái (drone) phục vụ phun thuốc bảo vệ thực vật, bón phân đạt 312 chiếc, tăng 87 chiếc so với cuối năm 2023; tập trung nhiều ở các huyện Thoại Sơn (64 chiếc), Châu Thành (51 chiếc), Tri Tôn (43 chiếc) và thị xã Tịnh Biên (29 chiếc).

Nhờ cơ giới hóa, chi phí thu hoạch lúa hiện ở mức 2,8-3,2 triệu đồng/ha, thấp hơn khoảng 1,5 triệu đồng/ha so với thu hoạch thủ công. Tỷ lệ tổn thất khi thu hoạch bằng máy chỉ còn dưới 5%, trong khi gặt tay là 10-12%.

Theo Kế hoạch số 412/KH-UBND ngày 25/3/2024, tỉnh phấn đấu đến năm 2025 tỷ lệ cơ giới hóa khâu gieo sạ đạt trên 80%, khâu sấy đạt 85% và toàn tỉnh có ít nhất 450 thiết bị bay không người lái.

Sở Nông nghiệp và PTNT An Giang - Số 07 Lê Triệu Kiết, phường Mỹ Bình, TP. Long Xuyên. ĐT: 0296.3852.612
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
DRONE = "thiết bị bay không người lái (drone)"

FIGS = [
    F("An Giang: 98,6%", "98,6", 98.6, "percent", "%", "diện tích lúa được thu hoạch bằng máy", I(H1)),
    F("thu hoạch 261.438,5 ha", "261.438,5", 261438.5, "measure", "ha",
      "diện tích lúa vụ Đông Xuân và Hè Thu sớm thu hoạch", H1),
    F("trong đó 257.740 ha", "257.740", 257740, "measure", "ha",
      "diện tích lúa được thu hoạch bằng máy gặt đập liên hợp", H1, total=261438.5, percent=98.6),
    F("làm đất đạt 100%", "100", 100, "percent", "%", "tỷ lệ cơ giới hóa khâu làm đất", I(H1)),
    F("bơm tưới đạt 100%", "100", 100, "percent", "%", "tỷ lệ cơ giới hóa khâu bơm tưới", I(H1)),
    F("khoảng 65%", "65", 65, "percent", "%", "tỷ lệ cơ giới hóa khâu gieo sạ", I(H1), approx="about"),
    F("sấy đạt 72,4%", "72,4", 72.4, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", I(H1)),
    F("có 1.930 máy", "1.930", 1930, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", ASOF),
    F("8.650 máy kéo", "8.650", 8650, "count", "máy kéo", "máy kéo các loại", ASOF),
    F("1.128 máy sấy", "1.128", 1128, "count", "máy sấy lúa", "máy sấy lúa", ASOF),
    F("khoảng 17.500 tấn/mẻ", "17.500", 17500, "measure", "tấn/mẻ", "tổng công suất sấy", ASOF, approx="about"),
    F("đạt 312 chiếc", "312", 312, "count", "chiếc",
      "thiết bị bay không người lái (drone) phục vụ phun thuốc bảo vệ thực vật, bón phân", I(ASOF),
      change=CH("increase", 87, "chiếc", "cuối năm 2023")),
    F("Thoại Sơn (64 chiếc)", "64", 64, "count", "chiếc", DRONE, I(ASOF), location="Thoại Sơn"),
    F("Châu Thành (51 chiếc)", "51", 51, "count", "chiếc", DRONE, I(ASOF), location="Châu Thành"),
    F("Tri Tôn (43 chiếc)", "43", 43, "count", "chiếc", DRONE, I(ASOF), location="Tri Tôn"),
    F("Tịnh Biên (29 chiếc)", "29", 29, "count", "chiếc", DRONE, I(ASOF), location="Tịnh Biên"),
    F("mức 2,8-3,2 triệu", "2,8", 2800000, "money", "đồng/ha", "chi phí thu hoạch lúa", value_max=3200000,
      change=CH("decrease", 1500000, "đồng/ha", "thu hoạch thủ công", approx="about")),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ tổn thất khi thu hoạch bằng máy", approx="under"),
    F("là 10-12%", "10", 10, "percent", "%", "tỷ lệ tổn thất khi gặt tay", value_max=12),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ cơ giới hóa khâu gieo sạ", T25, approx="over", status="target"),
    F("sấy đạt 85%", "85", 85, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", T25, status="target"),
    F("ít nhất 450", "450", 450, "count", "thiết bị bay không người lái", "thiết bị bay không người lái", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "An Giang province portal (breadcrumb, Cập nhật, Lượt xem): rice harvest mechanisation H1/2024, machine fleet as of 30/6/2024,",
    "drones by district, harvest cost and losses, 2025 targets. Distractors: Lượt xem 1.482, Kế hoạch số 412/KH-UBND ngày 25/3/2024,",
    "address Số 07 Lê Triệu Kiết, phone 0296.3852.612. The headline 98,6% is its own figure; the body 'chiếm 98,6%' is the share of 257.740 ha.",
    "Districts in the bracketed list go to location (no cue, items do not add up to 312: no total). 'thấp hơn khoảng 1,5 triệu đồng/ha so với'",
    "is the change of the cost range. Sentences with no period phrase of their own carry the lead's period as inherited (unscored).",
]

if __name__ == "__main__":
    emit("p615-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="An Giang")
