"""p713-2: huyện Đức Hòa district portal, working-hours / overtime check Q1/2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Kiểm tra thời giờ làm việc, làm thêm giờ tại 18 doanh nghiệp
Thứ Năm, 18/04/2024 - 14:20

Trong quý I/2024, Phòng Lao động - Thương binh và Xã hội huyện phối hợp Liên đoàn Lao động huyện kiểm tra việc thực hiện quy định về thời giờ làm việc, thời giờ nghỉ ngơi tại 18 doanh nghiệp thuộc Khu công nghiệp Tân Đức, Hải Sơn và Đức Hòa 1, với tổng số 9.640 lao động, trong đó lao động nữ 6.215 người, chiếm 64,5%.

Kết quả, 11/18 doanh nghiệp có tổ chức làm thêm giờ; thời gian làm thêm bình quân từ 24 đến 36 giờ/tháng. Có ba doanh nghiệp để người lao động làm thêm quá 40 giờ/tháng, cao nhất là 58 giờ; 2 doanh nghiệp chưa thông báo với Sở Lao động - Thương binh và Xã hội tỉnh khi tổ chức làm thêm trên 200 giờ/năm.

Đoàn kiểm tra yêu cầu các doanh nghiệp trả bổ sung hơn 426 triệu đồng tiền lương làm thêm giờ cho 512 lao động. Tiền lương làm thêm giờ bình quân một lao động nhận được khoảng 1,8 triệu đồng/tháng, chiếm 17,6% tổng thu nhập.

Tính chung quý I, số doanh nghiệp vi phạm quy định về làm thêm giờ là 5 doanh nghiệp, giảm 4 doanh nghiệp so với cùng kỳ năm 2023. Trong quý II, huyện dự kiến kiểm tra 15 doanh nghiệp tại các xã Đức Lập Hạ, Mỹ Hạnh Nam, Hựu Thạnh và thị trấn Hậu Nghĩa.

Thanh Tâm - Phòng LĐ-TB&XH huyện
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")

F = [
    fig("làm thêm giờ tại 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp",
        "doanh nghiệp được kiểm tra thời giờ làm việc, làm thêm giờ", inh(Q1)),
    fig("nghỉ ngơi tại 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp",
        "doanh nghiệp được kiểm tra việc thực hiện quy định về thời giờ làm việc, thời giờ nghỉ ngơi", Q1),
    fig("tổng số 9.640 lao động", "9.640", 9640, "count", "lao động",
        "lao động tại các doanh nghiệp được kiểm tra", Q1),
    fig("nữ 6.215 người", "6.215", 6215, "count", "người",
        "lao động nữ", Q1, total=9640, percent=64.5),
    fig("11/18 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        "doanh nghiệp có tổ chức làm thêm giờ", inh(Q1), total=18),
    fig("từ 24 đến 36 giờ/tháng", "24", 24, "measure", "giờ/tháng",
        "thời gian làm thêm bình quân", inh(Q1), value_max=36),
    fig("Có ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp",
        "doanh nghiệp để người lao động làm thêm quá 40 giờ/tháng", inh(Q1)),
    fig("quá 40 giờ/tháng", "40", 40, "measure", "giờ/tháng", approx="over", optional=True),
    fig("cao nhất là 58 giờ", "58", 58, "measure", "giờ",
        "thời gian làm thêm cao nhất", inh(Q1)),
    fig("2 doanh nghiệp chưa", "2", 2, "count", "doanh nghiệp",
        "doanh nghiệp chưa thông báo với Sở Lao động - Thương binh và Xã hội tỉnh khi tổ chức làm thêm trên 200 giờ/năm",
        inh(Q1)),
    fig("trên 200 giờ/năm", "200", 200, "measure", "giờ/năm", approx="over", optional=True),
    fig("hơn 426 triệu đồng", "426", 426e6, "money", "đồng",
        "tiền lương làm thêm giờ trả bổ sung", inh(Q1), approx="over"),
    fig("cho 512 lao động", "512", 512, "count", "lao động",
        "lao động được trả bổ sung tiền lương làm thêm giờ", inh(Q1)),
    fig("khoảng 1,8 triệu đồng/tháng", "1,8", 1.8e6, "money", "đồng/tháng",
        "tiền lương làm thêm giờ bình quân một lao động nhận được", inh(Q1), approx="about", percent=17.6),
    fig("là 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        "doanh nghiệp vi phạm quy định về làm thêm giờ", per("quý I", "2024-01-01", "2024-03-31"),
        change=chg("decrease", 4, "doanh nghiệp", "cùng kỳ năm 2023")),
    fig("kiểm tra 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp",
        "doanh nghiệp được kiểm tra", per("quý II", "2024-04-01", "2024-06-30"), status="forecast"),
]

write("p713-2", TEXT, [
    "Đức Hòa (Long An) district portal, weekday dateline 'Thứ Năm, 18/04/2024 - 14:20', byline at the end: Q1/2024 check of working hours.",
    "Location is the district throughout (the province is never named). 'Đức Hòa 1' (an industrial park name) is not a figure;",
    "'bình quân một lao động' is a rate denominator. Headline count takes Q1 as inherited. 'ba' is a number word (count 3).",
    "Thresholds 'quá 40 giờ/tháng', 'trên 200 giờ/năm' optional. 'chiếm 64,5%' and 'chiếm 17,6% tổng thu nhập' are shares (percent).",
    "'giảm 4 doanh nghiệp so với cùng kỳ năm 2023' is the change of '5 doanh nghiệp'. 'quý I', 'quý II' take 2024.",
], F, published="2024-04-18", location="Đức Hòa")
