from lib import emit, fig, per, inh, ch

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thư viện tỉnh phục vụ hơn 215.000 lượt bạn đọc trong 6 tháng
Cập nhật: 12/07/2024 09:20 | Lượt xem: 1.486

(Cổng TTĐT Quảng Trị) - 6 tháng đầu năm 2024, Thư viện tỉnh Quảng Trị đã phục vụ hơn 215.000 lượt bạn đọc, tăng 12,4% so với cùng kỳ năm 2023, đạt 56% kế hoạch năm; luân chuyển gần 480.000 lượt tài liệu. Riêng quý II/2024, Thư viện phục vụ 118.600 lượt bạn đọc. Thư viện cấp mới 3.126 thẻ bạn đọc, trong đó thẻ thiếu nhi là 1.870 thẻ; số thẻ bạn đọc đang hoạt động đạt 47 thẻ/vạn dân.

Tính đến ngày 30/6/2024, tổng vốn tài liệu của Thư viện đạt 312.450 bản, trong đó có 24.600 bản sách địa chí. Trong 6 tháng, Thư viện bổ sung 6.820 bản sách mới với kinh phí 1.215,6 triệu đồng.

Xe thư viện lưu động đã thực hiện 46 chuyến phục vụ tại các trường học vùng sâu, vùng xa, tập trung ở các huyện Hướng Hóa (14 chuyến), Đakrông (12 chuyến), Gio Linh (9 chuyến) và Vĩnh Linh (8 chuyến), thu hút khoảng 18.500 lượt học sinh tham gia.

Công tác số hóa tiếp tục được đẩy mạnh: Thư viện đã số hóa thêm 42.300 trang tài liệu, nâng tổng số trang tài liệu số lên 1,05 triệu trang; Thư viện số ghi nhận 96.700 lượt truy cập.

Năm 2024, Thư viện tỉnh phấn đấu phục vụ 385.000 lượt bạn đọc và thực hiện 90 chuyến xe lưu động; đến năm 2025, 100% thư viện cấp huyện được kết nối liên thông với Thư viện tỉnh.

Cơ quan chủ quản: UBND tỉnh Quảng Trị. Địa chỉ: 45 Hùng Vương, phường 1, TP. Đông Hà. Điện thoại: 0233.3852.411. Giấy phép số 18/GP-TTĐT.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1y = per("Trong 6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    fig("phục vụ hơn 215.000 lượt bạn đọc trong", "215.000", 215000, "count", "lượt bạn đọc",
        "lượt bạn đọc Thư viện tỉnh phục vụ", per("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    fig("đã phục vụ hơn 215.000 lượt", "215.000", 215000, "count", "lượt bạn đọc",
        "lượt bạn đọc Thư viện tỉnh Quảng Trị phục vụ", H1, approx="over", percent=56,
        change=ch("increase", 12.4, baseline="cùng kỳ năm 2023")),
    fig("gần 480.000 lượt", "480.000", 480000, "count", "lượt tài liệu",
        "lượt tài liệu luân chuyển", H1, approx="nearly"),
    fig("phục vụ 118.600 lượt", "118.600", 118600, "count", "lượt bạn đọc",
        "lượt bạn đọc Thư viện phục vụ quý II/2024", per("quý II/2024", "2024-04-01", "2024-06-30")),
    fig("cấp mới 3.126 thẻ", "3.126", 3126, "count", "thẻ bạn đọc",
        "thẻ bạn đọc cấp mới", inh(H1)),
    fig("là 1.870 thẻ", "1.870", 1870, "count", "thẻ", "thẻ bạn đọc thiếu nhi cấp mới", inh(H1), total=3126),
    fig("đạt 47 thẻ/vạn dân", "47", 47, "measure", "thẻ/vạn dân",
        "số thẻ bạn đọc đang hoạt động", inh(H1)),
    fig("đạt 312.450 bản", "312.450", 312450, "count", "bản",
        "tổng vốn tài liệu của Thư viện", per("Tính đến ngày 30/6/2024", end="2024-06-30")),
    fig("có 24.600 bản", "24.600", 24600, "count", "bản", "bản sách địa chí",
        per("Tính đến ngày 30/6/2024", end="2024-06-30"), total=312450),
    fig("bổ sung 6.820 bản", "6.820", 6820, "count", "bản sách", "bản sách mới Thư viện bổ sung", H1y),
    fig("kinh phí 1.215,6 triệu đồng", "1.215,6", 1215600000, "money", "đồng",
        "kinh phí bổ sung sách mới", H1y),
    fig("thực hiện 46 chuyến", "46", 46, "count", "chuyến",
        "chuyến xe thư viện lưu động phục vụ tại các trường học vùng sâu, vùng xa", inh(H1)),
    fig("Hướng Hóa (14 chuyến)", "14", 14, "count", "chuyến", "chuyến xe thư viện lưu động",
        inh(H1), location="Hướng Hóa"),
    fig("Đakrông (12 chuyến)", "12", 12, "count", "chuyến", "chuyến xe thư viện lưu động",
        inh(H1), location="Đakrông"),
    fig("Gio Linh (9 chuyến)", "9", 9, "count", "chuyến", "chuyến xe thư viện lưu động",
        inh(H1), location="Gio Linh"),
    fig("Vĩnh Linh (8 chuyến)", "8", 8, "count", "chuyến", "chuyến xe thư viện lưu động",
        inh(H1), location="Vĩnh Linh"),
    fig("khoảng 18.500 lượt", "18.500", 18500, "count", "lượt học sinh",
        "lượt học sinh tham gia", inh(H1), approx="about"),
    fig("thêm 42.300 trang", "42.300", 42300, "count", "trang", "trang tài liệu số hóa thêm", inh(H1)),
    fig("lên 1,05 triệu trang", "1,05", 1050000, "count", "trang", "tổng số trang tài liệu số", inh(H1)),
    fig("ghi nhận 96.700 lượt truy cập", "96.700", 96700, "count", "lượt truy cập",
        "lượt truy cập Thư viện số", inh(H1)),
    fig("phục vụ 385.000 lượt", "385.000", 385000, "count", "lượt bạn đọc",
        "lượt bạn đọc Thư viện tỉnh phục vụ", per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("thực hiện 90 chuyến", "90", 90, "count", "chuyến", "chuyến xe lưu động",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("2025, 100% thư viện", "100", 100, "percent", "%",
        "thư viện cấp huyện được kết nối liên thông với Thư viện tỉnh",
        per("đến năm 2025", end="2025-12-31"), status="target"),
]

emit("p538-1", TEXT, [
    "Cổng TTĐT Quảng Trị (province portal): Thư viện tỉnh, 6 tháng đầu năm 2024 — bạn đọc, thẻ, vốn tài liệu, xe lưu động, số hóa.",
    "Breadcrumb, 'Cập nhật: 12/07/2024 09:20' (published), 'Lượt xem: 1.486', address, phone, licence number are furniture.",
    "District bracket list (14+12+9+8 = 43 ≠ 46, after 'tập trung ở', no trong đó cue) gets no total; districts go to location.",
    "'nâng tổng số … lên 1,05 triệu trang' is a cumulative figure, not the whole of the 42.300 added (no part-of cue).",
    "Headline 'trong 6 tháng' (no year, nothing dated before it) takes the year of published: 2024-01-01..06-30; 'Trong 6 tháng' likewise.",
], FIGS, published="2024-07-12", location="Quảng Trị")
