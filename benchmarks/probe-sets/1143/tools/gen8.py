"""p1143-8: provincial newspaper online (Báo Vĩnh Long, tag (VLO) -), cảng Vĩnh Long in quý I/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO VĨNH LONG ĐIỆN TỬ
Kinh tế › Giao thông

Hơn 1.900 lượt tàu, sà lan cập cảng Vĩnh Long trong quý I
Ngày 08/04/2025 | 09:15

(VLO) - Quý I/2025, cảng Vĩnh Long (TP Vĩnh Long) đón 1.936 lượt tàu, sà lan, tăng 214 lượt so với cùng kỳ; hàng hóa thông qua cảng đạt 842.000 tấn, bằng 26,3% kế hoạch năm. Trong đó, hàng container đạt 9.480 TEU, hàng rời và hàng bao 615.000 tấn.

Doanh thu bốc xếp, lưu kho bãi quý I ước đạt 31,5 tỷ đồng, tăng 8,7%. Riêng tháng 3, cảng làm hàng cho 742 lượt phương tiện, cao nhất từ trước đến nay.

Ông Trần Văn Bé Năm, Giám đốc Công ty cổ phần Cảng Vĩnh Long, cho biết cảng hiện có 3 cầu cảng với tổng chiều dài 362 m, 2 cẩu chân đế sức nâng 36 tấn và bãi container rộng 3,2 ha. Công ty có 186 lao động, thu nhập bình quân 10,2 triệu đồng/người/tháng.

Toàn tỉnh hiện có 6 cảng và 48 bến thủy nội địa đang hoạt động. Cũng trong quý I, cảng Bình Minh (thị xã Bình Minh) bốc xếp khoảng 210.000 tấn hàng, gấp đôi cùng kỳ, chủ yếu là gạo và vật liệu xây dựng.

Theo kế hoạch, năm 2025 cảng Vĩnh Long phấn đấu đạt 3,2 triệu tấn hàng hóa, trong đó container từ 40.000 đến 45.000 TEU. Công ty dự kiến đầu tư khoảng 120 tỷ đồng nâng cấp cầu cảng số 1 để tiếp nhận sà lan 4.000 tấn, hoàn thành trong năm 2026.

HOÀNG LAN
"""

Q1H = per("trong quý I", "2025-01-01", "2025-03-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Q1D = per("quý I", "2025-01-01", "2025-03-31")
Q1C = per("Cũng trong quý I", "2025-01-01", "2025-03-31")
M3 = per("Riêng tháng 3", "2025-03-01", "2025-03-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 1.900 lượt", "1.900", 1900, "count", "lượt tàu, sà lan", approx="over",
        subject="lượt tàu, sà lan cập cảng Vĩnh Long", period=Q1H),
    fig("đón 1.936 lượt", "1.936", 1936, "count", "lượt tàu, sà lan",
        change=chg("increase", 214, "lượt", "cùng kỳ"),
        subject="lượt tàu, sà lan cảng Vĩnh Long đón", period=Q1),
    fig("đạt 842.000 tấn", "842.000", 842000, "measure", "tấn", percent=26.3,
        subject="hàng hóa thông qua cảng Vĩnh Long", period=Q1),
    fig("đạt 9.480 TEU", "9.480", 9480, "measure", "TEU", subject="hàng container thông qua cảng",
        period=inh(Q1)),
    fig("bao 615.000 tấn", "615.000", 615000, "measure", "tấn", total=842000,
        subject="hàng rời và hàng bao thông qua cảng", period=inh(Q1)),
    fig("ước đạt 31,5 tỷ", "31,5", 31500000000, "money", "đồng", status="estimate",
        change=chg("increase", 8.7, "%"),
        subject="doanh thu bốc xếp, lưu kho bãi", period=Q1D),
    fig("cho 742 lượt", "742", 742, "count", "lượt phương tiện",
        subject="lượt phương tiện cảng làm hàng", period=M3),
    fig("có 3 cầu cảng", "3", 3, "count", "cầu cảng", subject="cầu cảng của cảng Vĩnh Long"),
    fig("dài 362 m", "362", 362, "measure", "m", subject="tổng chiều dài cầu cảng"),
    fig("2 cẩu chân đế", "2", 2, "count", "cẩu chân đế", subject="cẩu chân đế của cảng Vĩnh Long"),
    fig("sức nâng 36 tấn", "36", 36, "measure", "tấn", subject="sức nâng cẩu chân đế"),
    fig("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích bãi container"),
    fig("có 186 lao động", "186", 186, "count", "lao động", subject="lao động Công ty cổ phần Cảng Vĩnh Long"),
    fig("10,2 triệu", "10,2", 10200000, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động"),
    fig("có 6 cảng", "6", 6, "count", "cảng", subject="cảng thủy nội địa đang hoạt động"),
    fig("và 48 bến", "48", 48, "count", "bến", subject="bến thủy nội địa đang hoạt động"),
    fig("khoảng 210.000 tấn", "210.000", 210000, "measure", "tấn", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="hàng bốc xếp tại cảng Bình Minh", period=Q1C, location="Bình Minh"),
    fig("đạt 3,2 triệu tấn", "3,2", 3200000, "measure", "tấn", status="target",
        subject="hàng hóa thông qua cảng Vĩnh Long", period=Y25),
    fig("từ 40.000 đến 45.000 TEU", "40.000", 40000, "measure", "TEU", value_max=45000, status="target",
        subject="container thông qua cảng Vĩnh Long", period=Y25),
    fig("khoảng 120 tỷ", "120", 120000000000, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư nâng cấp cầu cảng số 1"),
    fig("sà lan 4.000 tấn", "4.000", 4000, "measure", "tấn", status="forecast",
        subject="trọng tải sà lan", optional=True),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): headline figure 'Hơn 1.900 lượt', 'Ngày 08/04/2025 | 09:15', tag '(VLO) -', byline at the end.",
    "Distractors: 'Trần Văn Bé Năm' (a name holding the number word 'năm'), 'cầu cảng số 1', time 09:15, 'hoàn thành trong năm 2026' (date).",
    "Headline 'trong quý I' and 'quý I', 'Riêng tháng 3' take 2025 (the dateline / 'Quý I/2025'). 'tăng 214 lượt so với cùng kỳ' is a change in lượt.",
    "'Trong đó, ... hàng rời và hàng bao 615.000 tấn' -> total 842.000 tấn; 9.480 TEU (another unit) no total. 'gấp đôi cùng kỳ' after a figure -> change 2 lần.",
    "'Theo kế hoạch, năm 2025 ... phấn đấu' -> target; the container range after 'trong đó' counts TEU: no total. 'sà lan 4.000 tấn' (vessel class) optional.",
    "Stock figures with 'hiện' have no period. Cảng Bình Minh in thị xã Bình Minh -> location Bình Minh.",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-8", TEXT, NOTES, FIGS, published="2025-04-08", location="Vĩnh Long")
