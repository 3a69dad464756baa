"""p753-7: department site (Chi cục Thủy sản Vĩnh Long), no dateline; one-cell-per-line table, 'Đơn vị tính: tấn'."""
from lib import fig, per, inh, chg, write, parse_number

ROWS = [
    ("Long Hồ", ["1.245", "1.410", "760"]),
    ("Mang Thít", ["860,5", "982", "515"]),
    ("Vũng Liêm", ["634", "702,5", "388"]),
    ("Tam Bình", ["512", "598", "320"]),
    ("Trà Ôn", ["318", "356,5", "190"]),
    ("Toàn tỉnh", ["3.569,5", "4.049", "2.173"]),
]
COLS = [
    ("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    ("Ước 6 tháng 2024", per("Ước 6 tháng 2024", "2024-01-01", "2024-06-30"), "estimate"),
]
TABLE = "\n".join(["Huyện"] + [c[0] for c in COLS] + [x for name, cells in ROWS for x in [name] + cells])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH VĨNH LONG
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nuôi ếch thương phẩm: sinh kế phù hợp cho hộ nghèo vùng nông thôn

Năm 2023, sản lượng ếch nuôi toàn tỉnh Vĩnh Long đạt 4.049 tấn, tăng 13,4% so với năm 2022; giá trị ước đạt 161,9 tỷ đồng. Số hộ nuôi ếch là 1.236 hộ, trong đó hộ nghèo và cận nghèo chiếm 21,5%. Nhiều hộ tận dụng đất vườn, ao cũ để làm bể lót bạt, vốn đầu tư thấp, quay vòng nhanh.

Chi phí nuôi bình quân khoảng 28.000-30.000 đồng/kg; với giá bán 40.000 đồng/kg, người nuôi lãi từ 10.000 đến 12.000 đồng/kg. Theo đánh giá của Chi cục, mô hình phù hợp với hộ ít đất, thiếu lao động; ếch ít dịch bệnh, đầu ra chủ yếu do thương lái thu mua tại chỗ và cung cấp cho các nhà hàng ở TP. Hồ Chí Minh.

Sản lượng ếch nuôi phân theo huyện
Đơn vị tính: tấn
""" + TABLE + """

Giai đoạn 2024-2025, Chi cục phấn đấu mỗi năm chuyển giao kỹ thuật nuôi ếch cho ít nhất 150 hộ nghèo, cận nghèo; mỗi hộ được hỗ trợ 70% giá con giống.

Địa chỉ: số 107/2 đường 2/9, Phường 1, TP. Vĩnh Long | Điện thoại: 0270.3823.514
Tổng lượt truy cập: 2.045.118 | Đang online: 37
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
PLAN = per("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    fig("đạt 4.049 tấn", "4.049", 4049, "measure", "tấn", "sản lượng ếch nuôi toàn tỉnh", Y23,
        change=chg("increase", 13.4, "%", "năm 2022")),
    fig("ước đạt 161,9 tỷ đồng", "161,9", 161_900_000_000, "money", "đồng", "giá trị sản lượng ếch nuôi", Y23,
        status="estimate"),
    fig("là 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ nuôi ếch", inh(Y23)),
    fig("chiếm 21,5%", "21,5", 21.5, "percent", "%", "tỷ lệ hộ nghèo và cận nghèo trong số hộ nuôi ếch", inh(Y23)),
    fig("khoảng 28.000-30.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "chi phí nuôi ếch bình quân",
        value_max=30000, approx="about"),
    fig("giá bán 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá bán ếch"),
    fig("từ 10.000 đến 12.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "lãi của người nuôi ếch",
        value_max=12000),
]
lines = TEXT.split("\n")
for name, cells in ROWS:
    place = "Vĩnh Long" if name == "Toàn tỉnh" else name
    extra = " toàn tỉnh" if name == "Toàn tỉnh" else ""
    for cell, (col, p, status) in zip(cells, COLS):
        i = lines.index(cell)
        anchor = lines[i - 1] + "\n" + cell + "\n"
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(fig(anchor, cell, parse_number(cell), "measure", "tấn",
                        f"sản lượng ếch nuôi{extra} {col.lower()}", p, location=place, **kw))
FIGS += [
    fig("ít nhất 150 hộ", "150", 150, "count", "hộ", "hộ nghèo, cận nghèo được chuyển giao kỹ thuật nuôi ếch mỗi năm",
        PLAN, approx="at_least", status="target"),
    fig("hỗ trợ 70%", "70", 70, "percent", "%", "hỗ trợ giá con giống mỗi hộ", PLAN, status="target"),
]

NOTES = [
    "Chi cục Thủy sản Vĩnh Long (department site), no dateline: frog output 2023, costs and margins per kg, and a",
    "one-cell-per-line table 'Sản lượng ếch nuôi phân theo huyện' with 'Đơn vị tính: tấn' and columns Năm 2022 | Năm 2023 |",
    "Ước 6 tháng 2024 (estimate, period from the header, scored as in shared h23). Districts -> location; 'Toàn tỉnh' -> Vĩnh Long.",
    "'trong đó hộ nghèo và cận nghèo chiếm 21,5%' is a share of its own (percent figure), not the share of the 1.236 hộ.",
    "'số 107/2 đường 2/9', 'Phường 1', phone, 'Tổng lượt truy cập: 2.045.118', 'Đang online: 37' are not figures.",
    "'phấn đấu' governs its clause and the continuing clause after ';' (70% seed support): both target, period giai đoạn.",
]

if __name__ == "__main__":
    write("p753-7", TEXT, NOTES, FIGS, location="Vĩnh Long")
