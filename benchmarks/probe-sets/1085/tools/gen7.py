"""p1085-7: Sở TN&MT Sóc Trăng site (no dateline), one-cell-per-line table, 2023-2025."""
from lib import F, P, I, C, build

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả cấp giấy chứng nhận quyền sử dụng đất lần đầu năm 2024

Năm 2024, Văn phòng Đăng ký đất đai tỉnh Sóc Trăng và 11 chi nhánh đã cấp 4.005 giấy chứng nhận lần đầu, giảm 3,5% so với năm 2023 và đạt 93,1% kế hoạch. Diện tích được cấp giấy lần đầu là 1.276,4 ha, chủ yếu là đất trồng lúa và đất nuôi trồng thủy sản.

Số giấy chứng nhận cấp lần đầu theo loại đất
Đơn vị tính: giấy
Loại đất
Năm 2023
Năm 2024
Kế hoạch 2025
Đất ở
1.245
1.388
1.450
Đất nông nghiệp
2.904
2.617
2.650
Tổng cộng
4.149
4.005
4.100

Tính đến ngày 31/12/2024, toàn tỉnh đã cấp giấy chứng nhận lần đầu cho 96,2% diện tích cần cấp. Hiện còn 1.862 hồ sơ tồn đọng, trong đó 1.104 hồ sơ đất nông nghiệp có nguồn gốc khai hoang và 758 hồ sơ đất ở chưa thống nhất ranh giới. Thời gian giải quyết hồ sơ cấp giấy lần đầu bình quân là 18 ngày, ngắn hơn 2 ngày so với năm 2023.

Năm 2025, Sở phấn đấu hoàn thành đo đạc, chỉnh lý bản đồ địa chính cho 45.000 thửa đất tại các huyện Mỹ Xuyên, Trần Đề, Long Phú; kinh phí dự kiến 28,5 tỷ đồng.

Địa chỉ: Số 18 Hùng Vương, Phường 6, TP Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3822.646 - Email: stnmt@soctrang.gov.vn
Tổng lượt truy cập: 2.318.447 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def row(label, nums, anchors):
    out = []
    for (num, val), anc, per, col in zip(nums, anchors, (Y23, Y24, K25), ("Năm 2023", "Năm 2024", "Kế hoạch 2025")):
        kw = {"status": "target"} if per is K25 else {}
        out.append(F(anc, num, val, "count", "giấy", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("và 11 chi nhánh", "11", 11, "count", "chi nhánh", "chi nhánh Văn phòng Đăng ký đất đai", optional=True),
    F("cấp 4.005 giấy", "4.005", 4005, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu đã cấp",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=C("decrease", 3.5, "%", "năm 2023"), percent=93.1),
    F("là 1.276,4 ha", "1.276,4", 1276.4, "measure", "ha", "diện tích được cấp giấy lần đầu", I(Y24)),
]
FIGS += row("Đất ở", [("1.245", 1245), ("1.388", 1388), ("1.450", 1450)],
            ["Đất ở\n1.245", "1.245\n1.388", "1.388\n1.450"])
FIGS += row("Đất nông nghiệp", [("2.904", 2904), ("2.617", 2617), ("2.650", 2650)],
            ["Đất nông nghiệp\n2.904", "2.904\n2.617", "2.617\n2.650"])
FIGS += row("Tổng cộng", [("4.149", 4149), ("4.005", 4005), ("4.100", 4100)],
            ["Tổng cộng\n4.149", "4.149\n4.005", "4.005\n4.100"])
FIGS += [
    F("cho 96,2% diện tích", "96,2", 96.2, "percent", "%", "diện tích cần cấp đã được cấp giấy chứng nhận lần đầu",
      P("Tính đến ngày 31/12/2024", None, "2024-12-31")),
    F("còn 1.862 hồ sơ", "1.862", 1862, "count", "hồ sơ", "hồ sơ tồn đọng"),
    F("1.104 hồ sơ", "1.104", 1104, "count", "hồ sơ", "hồ sơ đất nông nghiệp có nguồn gốc khai hoang", total=1862),
    F("758 hồ sơ", "758", 758, "count", "hồ sơ", "hồ sơ đất ở chưa thống nhất ranh giới", total=1862),
    F("là 18 ngày", "18", 18, "measure", "ngày", "thời gian giải quyết hồ sơ cấp giấy lần đầu bình quân",
      change=C("decrease", 2, "ngày", "năm 2023")),
    F("cho 45.000 thửa đất", "45.000", 45000, "count", "thửa đất",
      "thửa đất hoàn thành đo đạc, chỉnh lý bản đồ địa chính", Y25, status="target"),
    F("dự kiến 28,5 tỷ đồng", "28,5", 28.5e9, "money", "đồng", "kinh phí đo đạc, chỉnh lý bản đồ địa chính", Y25,
      status="forecast"),
]

COMMENTS = [
    "Sở TN&MT Sóc Trăng site, no dateline (published absent): cấp GCN lần đầu năm 2024 with a table pasted one cell per line",
    "(Loại đất x Năm 2023 / Năm 2024 / Kế hoạch 2025, 'Đơn vị tính: giấy'). Cells: subject = row label + column label, period from the column",
    "header (scored), 'Kế hoạch 2025' -> status target; the 'Tổng cộng' row is its own figure; cells carry no totals.",
    "Footer address 'Số 18 Hùng Vương, Phường 6', phone, 'Tổng lượt truy cập: 2.318.447', 'Đang trực tuyến: 37' are furniture.",
    "'11 chi nhánh' describes the office's structure (optional). '4.005 ..., giảm 3,5% so với năm 2023 và đạt 93,1% kế hoạch':",
    "change and percent of the same figure. 'Hiện còn 1.862 hồ sơ' has no period; its 'trong đó' parts add up to it.",
    "'45.000 thửa đất' covers three districts together: location stays Sóc Trăng. 'kinh phí dự kiến' -> forecast.",
    "revised: table subjects were 'giấy chứng nhận cấp lần đầu <row>' (the caption); now row label + column label as FIGURES.md says.",
]

build("p1085-7", TEXT, COMMENTS, FIGS, location="Sóc Trăng")
