from lib import emit, fig, P, I, C, T

TEXT = """Thời sự › Giao thông
Chủ nhật, 17/11/2024, 07:30 (GMT+7)

Sáu cống ngăn triều ở TP HCM sắp vận hành sau gần 8 năm thi công

Dự án giải quyết ngập do triều khu vực TP HCM có xét đến yếu tố biến đổi khí hậu (giai đoạn 1) với 6 cống kiểm soát triều đã hoàn thành khoảng 98% khối lượng, dự kiến vận hành thử toàn hệ thống vào cuối tháng 12.

Theo Ban Quản lý dự án, sáu cống gồm Tân Thuận, Phú Xuân, Mương Chuối, Cây Khô, Phú Định và Bến Nghé có tổng khẩu độ thông thuyền 640 m; riêng cống Phú Xuân rộng 160 m, lớn nhất. Khi vận hành, hệ thống kiểm soát triều cho khu vực rộng khoảng 570 km2 với 6,5 triệu dân ở bờ hữu sông Sài Gòn.

9 tháng đầu năm, thành phố ghi nhận 21 đợt triều cường vượt báo động I. Ngày 18/10, đỉnh triều tại trạm Phú An đạt 1,77 m, vượt mức báo động III khoảng 0,27 m, khiến hơn 30 tuyến đường bị ngập. Theo tính toán, nếu các cống được vận hành, mực nước trong vùng bảo vệ sẽ được giữ dưới 1,5 m, giảm ngập cho khoảng 70% tuyến đường bị ảnh hưởng bởi triều.

Tổng mức đầu tư dự án gần 10.000 tỷ đồng, theo hình thức hợp đồng BT. Dự án khởi công năm 2016, dự kiến hoàn thành năm 2018 nhưng nhiều lần phải dừng do vướng thủ tục thanh toán, có thời điểm ngưng thi công hơn 2 năm.

Ông Lê Văn Tám, Phó giám đốc Sở Nông nghiệp và PTNT TP HCM, cho biết thành phố đã bố trí 1.450 tỷ đồng để thanh toán cho nhà đầu tư trong năm 2024; phần còn lại khoảng 2.100 tỷ đồng dự kiến thanh toán trong năm 2025. Chi phí vận hành hệ thống dự kiến khoảng 45 tỷ đồng mỗi năm.

GIA MINH
"""

DAY = P("Ngày 18/10", "2024-10-18", "2024-10-18")

FIGS = [
    fig("Sáu cống ngăn triều", "Sáu", "count", "cống", "cống ngăn triều sắp vận hành"),
    fig("gần 8 năm thi công", "8", "measure", "năm", "thời gian thi công", approx="nearly"),
    fig("với 6 cống kiểm soát triều", "6", "count", "cống", "cống kiểm soát triều của dự án"),
    fig("khoảng 98% khối lượng", "98", "percent", "%", "khối lượng dự án đã hoàn thành", approx="about"),
    fig("sáu cống gồm", "sáu", "count", "cống", "cống của dự án", optional=True),
    fig("thông thuyền 640 m", "640", "measure", "m", "tổng khẩu độ thông thuyền của sáu cống"),
    fig("rộng 160 m", "160", "measure", "m", "chiều rộng cống Phú Xuân"),
    fig("khoảng 570 km2", "570", "measure", "km2", "diện tích khu vực được kiểm soát triều", approx="about"),
    fig("6,5 triệu dân", "6,5", "count", "dân", "dân trong khu vực được kiểm soát triều", m=1e6),
    fig("gần 10.000 tỷ đồng", "10.000", "money", "đồng", "tổng mức đầu tư dự án", m=1e9, approx="nearly"),
    fig("hơn 2 năm", "2", "measure", "năm", "thời gian ngưng thi công", approx="over"),
    fig("nhận 21 đợt", "21", "count", "đợt", "đợt triều cường vượt báo động I",
        P("9 tháng đầu năm", "2024-01-01", "2024-09-30")),
    fig("đạt 1,77 m", "1,77", "measure", "m", "đỉnh triều tại trạm Phú An", DAY,
        change=C("increase", 0.27, "m", "mức báo động III", approx="about")),
    fig("hơn 30 tuyến đường", "30", "count", "tuyến đường", "tuyến đường bị ngập", DAY, approx="over"),
    fig("dưới 1,5 m", "1,5", "measure", "m", "mực nước trong vùng bảo vệ", approx="under", status="forecast"),
    fig("khoảng 70%", "70", "percent", "%", "tuyến đường bị ảnh hưởng bởi triều được giảm ngập", approx="about",
        status="forecast"),
    fig("bố trí 1.450 tỷ đồng", "1.450", "money", "đồng", "vốn thanh toán cho nhà đầu tư",
        P("trong năm 2024", "2024-01-01", "2024-12-31"), m=1e9),
    fig("khoảng 2.100 tỷ đồng", "2.100", "money", "đồng", "phần vốn còn lại thanh toán cho nhà đầu tư",
        P("trong năm 2025", "2025-01-01", "2025-12-31"), m=1e9, approx="about", status="forecast"),
    fig("khoảng 45 tỷ đồng mỗi năm", "45", "money", "đồng/năm", "chi phí vận hành hệ thống", m=1e9, approx="about",
        status="forecast"),
]

COMMENTS = [
    "National newspaper: TP HCM tide-control project (6 sluices), 'Chủ nhật, 17/11/2024, 07:30 (GMT+7)', byline GIA MINH at the end.",
    "Number words: headline 'Sáu cống' is a figure; 'sáu cống gồm ...' re-names the same six sluices: optional.",
    "Durations that are the claim ('gần 8 năm thi công', 'ngưng thi công hơn 2 năm') are measures in năm; 'năm 2016', 'năm 2018' only locate events.",
    "'vượt mức báo động III khoảng 0,27 m' is the gap of 1,77 m to the alarm level: a change. 'Theo tính toán ... sẽ được giữ' is a forecast.",
    "Tide paragraph stands before the history paragraph, so the year-less '9 tháng đầu năm' and 'Ngày 18/10' take 2024 from the dateline.",
    "Distractors: 07:30, '(giai đoạn 1)', 'báo động I/III', 'cuối tháng 12', Lê Văn Tám, the sluice names.",
]

if __name__ == "__main__":
    emit("p810-6", TEXT, COMMENTS, FIGS, published="2024-11-17", location="TP Hồ Chí Minh")
