"""p545-8: Đà Nẵng city portal — dry-season water supply, salinity at Cầu Đỏ, reservoir storage, April 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Tin tức - Sự kiện › Kinh tế
Ngày cập nhật 22/04/2024

Đà Nẵng: Độ mặn tại trạm bơm Cầu Đỏ lên tới 1.250 mg/l

Theo Sở Tài nguyên và Môi trường, năm 2024 nhu cầu nước sạch của thành phố vào cao điểm mùa khô khoảng 390.000 m³/ngày đêm, trong khi tổng công suất thiết kế của các nhà máy nước là 470.000 m³/ngày đêm. Trong quý I/2024, Công ty CP Cấp nước Đà Nẵng cung cấp 28,6 triệu m³ nước sạch, tăng 6,4% so với cùng kỳ.

Ngày 20/4, độ mặn tại trạm bơm Cầu Đỏ trên sông Cẩm Lệ đạt 1.250 mg/l, cao gấp 5 lần ngưỡng cho phép (250 mg/l). Thành phố đã kích hoạt phương án lấy nước từ hồ Đồng Nghệ và đập An Trạch, mỗi ngày bổ cập khoảng 120.000 m³ nước thô cho trạm Cầu Đỏ.

Tính đến ngày 15/4/2024, dung tích hồ Hòa Trung đạt 6,2 triệu m³, bằng 65% dung tích thiết kế; hồ Đồng Nghệ đạt 11,5 triệu m³, thấp hơn 1,8 triệu m³ so với cùng kỳ năm 2023. Tỷ lệ hộ dân đô thị sử dụng nước sạch đạt 99,5%, khu vực nông thôn đạt 93,2%.

Năm 2023, tỷ lệ thất thoát nước sạch của thành phố giảm còn 13,8%, thấp hơn 1,2% so với năm 2022. Giá nước sinh hoạt bậc 1 hiện là 6.100 đồng/m³.

Để chủ động nguồn nước, thành phố đang đầu tư Nhà máy nước Hòa Liên giai đoạn 1 công suất 120.000 m³/ngày đêm, tổng mức đầu tư 1.436 tỷ đồng, dự kiến vận hành trong quý IV/2025. Người dân phản ánh sự cố cấp nước xin gọi 1900.636.525.

Lượt xem: 2.945
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 15/4/2024", end="2024-04-15")

FIGS = [
    fig("lên tới 1.250 mg/l", "1.250", 1250, "measure", "mg/l", "độ mặn tại trạm bơm Cầu Đỏ"),
    fig("khoảng 390.000 m³/ngày đêm", "390.000", 390000, "measure", "m³/ngày đêm",
        "nhu cầu nước sạch của thành phố vào cao điểm mùa khô", Y24, approx="about"),
    fig("là 470.000 m³/ngày đêm", "470.000", 470000, "measure", "m³/ngày đêm",
        "tổng công suất thiết kế của các nhà máy nước", Y24),
    fig("cung cấp 28,6 triệu m³", "28,6", 28_600_000, "measure", "m³", "nước sạch Công ty CP Cấp nước Đà Nẵng cung cấp",
        per("quý I/2024", "2024-01-01", "2024-03-31"), change=chg("increase", 6.4, "%", "cùng kỳ")),
    fig("đạt 1.250 mg/l", "1.250", 1250, "measure", "mg/l", "độ mặn tại trạm bơm Cầu Đỏ trên sông Cẩm Lệ",
        per("Ngày 20/4", "2024-04-20", "2024-04-20"), change=chg("increase", 5, "lần", "ngưỡng cho phép")),
    fig("(250 mg/l)", "250", 250, "measure", "mg/l", "ngưỡng độ mặn cho phép", optional=True),
    fig("khoảng 120.000 m³", "120.000", 120000, "measure", "m³", "nước thô bổ cập mỗi ngày cho trạm Cầu Đỏ",
        approx="about"),
    fig("đạt 6,2 triệu m³", "6,2", 6_200_000, "measure", "m³", "dung tích hồ Hòa Trung", ASOF, percent=65),
    fig("đạt 11,5 triệu m³", "11,5", 11_500_000, "measure", "m³", "dung tích hồ Đồng Nghệ", ASOF,
        change=chg("decrease", 1_800_000, "m³", "cùng kỳ năm 2023")),
    fig("đạt 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ hộ dân đô thị sử dụng nước sạch"),
    fig("đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ hộ dân khu vực nông thôn sử dụng nước sạch"),
    fig("còn 13,8%", "13,8", 13.8, "percent", "%", "tỷ lệ thất thoát nước sạch của thành phố",
        per("Năm 2023", "2023-01-01", "2023-12-31"), change=chg("decrease", 1.2, "%", "năm 2022")),
    fig("là 6.100 đồng/m³", "6.100", 6100, "money", "đồng/m³", "giá nước sinh hoạt bậc 1"),
    fig("công suất 120.000", "120.000", 120000, "measure", "m³/ngày đêm",
        "công suất Nhà máy nước Hòa Liên giai đoạn 1"),
    fig("1.436 tỷ đồng", "1.436", 1_436_000_000_000, "money", "đồng", "tổng mức đầu tư Nhà máy nước Hòa Liên"),
]

COMMENTS = [
    "p545-8 (invented): Đà Nẵng city portal — dry-season water demand and supply, salinity at Cầu Đỏ, reservoir storage, April 2024.",
    "'Ngày cập nhật 22/04/2024' (no time) is the dateline; 'Lượt xem: 2.945' and hotline 1900.636.525 are furniture/distractors,",
    "as are 'giai đoạn 1' (a project phase) and 'quý IV/2025'. 'cao gấp 5 lần ngưỡng cho phép (250 mg/l)' after 1.250 mg/l is its",
    "change against the standard (unit lần), like a gap to a plan; the standard 250 mg/l is a norm: optional.",
    "'thấp hơn 1,8 triệu m³ so với cùng kỳ năm 2023' -> change 1 800 000 m³. 'dự kiến vận hành trong quý IV/2025' governs its own",
    "clause only: the plant's capacity and investment stay actual, with no period. 'mỗi ngày … 120.000 m³' unit m³ (per day in words).",
    "'tỷ lệ thất thoát … giảm còn 13,8%, thấp hơn 1,2% so với năm 2022': the level 13,8% is the figure, the gap its change;",
    "'bậc 1' is a tariff tier name (distractor).",
]

if __name__ == "__main__":
    emit("p545-8", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Đà Nẵng")
