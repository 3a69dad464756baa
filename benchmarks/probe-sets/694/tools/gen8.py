"""p694-8: Cần Thơ city portal — city book fair 2024 and libraries at 30/9/2024."""
from lib import write, fig, per, inh, ch, tg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Văn hóa - Xã hội
Ngày cập nhật 14/10/2024

Hội sách thành phố năm 2024 bán ra gần 47.000 cuốn sách

Hội sách thành phố Cần Thơ năm 2024 diễn ra từ ngày 5 đến 10/10 tại Công viên sông Hậu với 58 gian hàng. Hội sách thu hút khoảng 96.000 lượt khách, bán ra 46.850 cuốn sách, doanh thu đạt 3,46 tỷ đồng, vượt 15% so với kế hoạch. Trong đó, sách thiếu nhi chiếm khoảng 40% số sách bán ra.

Lần đầu tiên, hội sách có khu sách ngoại văn với 6 đơn vị đến từ Nhật Bản, Hàn Quốc, Singapore và Pháp, giới thiệu hơn 3.200 đầu sách. Bên cạnh đó, chương trình "Đổi sách cũ lấy sách mới" tiếp nhận gần 4.000 cuốn sách cũ.

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến ngày 30/9/2024, thành phố có 9 thư viện cấp quận, huyện và 83 thư viện, tủ sách xã, phường, thị trấn; số bạn đọc có thẻ đạt 215 người/vạn dân.

Riêng quý III/2024, hệ thống thư viện phục vụ 68.400 lượt bạn đọc, tăng 5,6% so với quý II; tính chung 9 tháng, tổng lượt bạn đọc đạt 192.700 lượt, bằng 74,1% kế hoạch năm.

Thành phố đặt mục tiêu đến năm 2025 có 100% trường phổ thông có thư viện đạt chuẩn và thu hút 10% dân số đến thư viện thường xuyên.

Thư viện thành phố Cần Thơ - Số 2 Đường 30 Tháng 4, quận Ninh Kiều | ĐT: 0292.3830.157
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
FAIR = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 47.000 cuốn sách", "47.000", 47000, "count", "cuốn sách", "sách Hội sách thành phố bán ra", Y24,
        approx="nearly"),
    fig("với 58 gian hàng", "58", 58, "count", "gian hàng", "gian hàng Hội sách thành phố", FAIR),
    fig("khoảng 96.000 lượt khách", "96.000", 96000, "count", "lượt khách", "lượt khách Hội sách thu hút", FAIR,
        approx="about"),
    fig("bán ra 46.850 cuốn sách", "46.850", 46850, "count", "cuốn sách", "sách Hội sách bán ra", FAIR),
    fig("đạt 3,46 tỷ đồng", "3,46", 3460000000, "money", "đồng", "doanh thu Hội sách", FAIR,
        change=ch("increase", 15, "%", "kế hoạch")),
    fig("khoảng 40%", "40", 40, "percent", "%", "sách thiếu nhi trong số sách bán ra", FAIR, approx="about"),
    fig("với 6 đơn vị", "6", 6, "count", "đơn vị", "đơn vị tham gia khu sách ngoại văn", FAIR),
    fig("hơn 3.200 đầu sách", "3.200", 3200, "count", "đầu sách", "đầu sách ngoại văn giới thiệu", FAIR,
        approx="over"),
    fig("gần 4.000 cuốn sách cũ", "4.000", 4000, "count", "cuốn sách cũ",
        "sách cũ chương trình Đổi sách cũ lấy sách mới tiếp nhận", FAIR, approx="nearly"),
    fig("có 9 thư viện", "9", 9, "count", "thư viện cấp quận, huyện", "thư viện cấp quận, huyện", ASOF),
    fig("và 83 thư viện", "83", 83, "count", "thư viện, tủ sách xã, phường, thị trấn",
        "thư viện, tủ sách xã, phường, thị trấn", ASOF),
    fig("đạt 215 người/vạn dân", "215", 215, "measure", "người/vạn dân", "số bạn đọc có thẻ", ASOF),
    fig("phục vụ 68.400 lượt bạn đọc", "68.400", 68400, "count", "lượt bạn đọc",
        "lượt bạn đọc hệ thống thư viện phục vụ", Q3, change=ch("increase", 5.6, "%", "quý II")),
    fig("đạt 192.700 lượt", "192.700", 192700, "count", "lượt", "tổng lượt bạn đọc", M9, percent=74.1),
    fig("có 100% trường", "100", 100, "percent", "%", "trường phổ thông có thư viện đạt chuẩn", T25,
        status="target"),
    fig("thu hút 10% dân số", "10", 10, "percent", "%", "dân số đến thư viện thường xuyên", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Cần Thơ, 'Ngày cập nhật 14/10/2024': city book fair (5-10/10/2024) and libraries as of 30/9/2024.",
    "Not figures: 'Lần đầu tiên', foreign countries (not places of the figures), '30/9/2024', 'Số 2 Đường 30 Tháng 4' (address with a",
    "street named by a date), 'quận Ninh Kiều' (footer), phone. Every figure is the city's (Cần Thơ).",
    "Headline 'gần 47.000' and body 46.850 are two figures. 'vượt 15% so với kế hoạch' → change with baseline kế hoạch;",
    "'bằng 74,1% kế hoạch năm' → percent. Fair figures inherit 'năm 2024' from the first sentence (not scored; the day range is finer).",
]

if __name__ == "__main__":
    write("p694-8", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Cần Thơ")
