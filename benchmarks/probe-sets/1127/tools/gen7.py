"""p1127-7: department site (Sở NN&PTNT Bà Rịa - Vũng Tàu), no dateline, one-cell-per-line table of products."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Nâng cao giá trị hải sản khô Phước Hải

Làng nghề chế biến hải sản khô Phước Hải (huyện Đất Đỏ) hiện có 215 hộ tham gia, giải quyết việc làm cho hơn 1.600 lao động. Năm 2024, sản lượng hải sản khô toàn tỉnh đạt 9.880 tấn, tăng 4,9% so với năm 2023, trong đó làng nghề Phước Hải chiếm khoảng 35%.

Sản lượng một số sản phẩm hải sản khô chủ yếu của tỉnh
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Mực khô
1.720
1.865
2.000
Cá khô các loại
5.940
6.210
6.400
Tôm khô, ruốc khô
1.760
1.805
1.850
Tổng cộng
9.420
9.880
10.250

Giá bán tại làng nghề Phước Hải hiện nay: mực khô loại 1 từ 1,2 đến 1,5 triệu đồng/kg, cá đù khô một nắng 160.000-180.000 đồng/kg. Tỉnh có 23 sản phẩm hải sản khô đạt OCOP, trong đó 6 sản phẩm 4 sao. Dự kiến năm 2025, xuất khẩu hải sản khô của tỉnh đạt khoảng 35 triệu USD, chủ yếu sang Hàn Quốc, Đài Loan (Trung Quốc) và Australia.

Tin liên quan:
- Lễ hội Nghinh Ông Phước Hải lần thứ 45
- Hướng dẫn phơi, sấy hải sản bảo đảm an toàn thực phẩm

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Địa chỉ: Số 4 Phạm Văn Đồng, phường Phước Trung, TP Bà Rịa
Điện thoại: 0254.3826.174
Lượt truy cập: 3.214.559 | Đang online: 41
"""

COLP = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31")}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row.lower()} {col.lower()}",
               period=COLP[col], **kw)


FIGS = [
    fig("có 215 hộ", "215", 215, "count", "hộ", location="Đất Đỏ",
        subject="hộ tham gia làng nghề chế biến hải sản khô Phước Hải"),
    fig("hơn 1.600 lao động", "1.600", 1600, "count", "lao động", approx="over", location="Đất Đỏ",
        subject="lao động được làng nghề giải quyết việc làm"),
    fig("đạt 9.880 tấn", "9.880", 9880, "measure", "tấn", change=chg("increase", 4.9, "%", "năm 2023"),
        subject="sản lượng hải sản khô toàn tỉnh", period=COLP["Năm 2024"]),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about", location="Đất Đỏ",
        subject="làng nghề Phước Hải trong sản lượng hải sản khô toàn tỉnh", period=COLP["Năm 2024"]),
    cell("Mực khô\n1.720", "1.720", 1720, "Mực khô", "Năm 2023"),
    cell("1.720\n1.865", "1.865", 1865, "Mực khô", "Năm 2024"),
    cell("1.865\n2.000", "2.000", 2000, "Mực khô", "Kế hoạch 2025"),
    cell("loại\n5.940", "5.940", 5940, "Cá khô các loại", "Năm 2023"),
    cell("5.940\n6.210", "6.210", 6210, "Cá khô các loại", "Năm 2024"),
    cell("6.210\n6.400", "6.400", 6400, "Cá khô các loại", "Kế hoạch 2025"),
    cell("ruốc khô\n1.760", "1.760", 1760, "Tôm khô, ruốc khô", "Năm 2023"),
    cell("1.760\n1.805", "1.805", 1805, "Tôm khô, ruốc khô", "Năm 2024"),
    cell("1.805\n1.850", "1.850", 1850, "Tôm khô, ruốc khô", "Kế hoạch 2025"),
    cell("Tổng cộng\n9.420", "9.420", 9420, "tổng cộng", "Năm 2023"),
    cell("9.420\n9.880", "9.880", 9880, "tổng cộng", "Năm 2024"),
    cell("9.880\n10.250", "10.250", 10250, "tổng cộng", "Kế hoạch 2025"),
    fig("từ 1,2 đến 1,5 triệu", "1,2", 1200000, "money", "đồng/kg", value_max=1500000, location="Đất Đỏ",
        subject="giá bán mực khô loại 1 tại làng nghề Phước Hải"),
    fig("160.000-180.000", "160.000", 160000, "money", "đồng/kg", value_max=180000, location="Đất Đỏ",
        subject="giá bán cá đù khô một nắng tại làng nghề Phước Hải"),
    fig("có 23 sản phẩm", "23", 23, "count", "sản phẩm", subject="sản phẩm hải sản khô đạt OCOP"),
    fig("6 sản phẩm", "6", 6, "count", "sản phẩm", total=23, subject="sản phẩm hải sản khô OCOP 4 sao"),
    fig("khoảng 35 triệu USD", "35", 35000000, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu hải sản khô", period=per("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Bà Rịa - Vũng Tàu): dried seafood village Phước Hải (huyện Đất Đỏ). No dateline, no published date.",
    "One-cell-per-line table (Đơn vị tính: tấn; Sản phẩm × Năm 2023 / Năm 2024 / Kế hoạch 2025; Tổng cộng row).",
    "Cells: subject = row label + column label; period from the column header (scored); 'Kế hoạch 2025' → target; location the province.",
    "Figures of the Phước Hải village (households, workers, its share, its prices) are located in Đất Đỏ; the rest in the province.",
    "Distractors: 'một số sản phẩm' (some), 'một nắng', 'loại 1', '4 sao', 'lần thứ 45', address, phone, 'Lượt truy cập: 3.214.559', 'Đang online: 41'.",
]

if __name__ == "__main__":
    write("p1127-7", TEXT, NOTES, FIGS, location="Bà Rịa - Vũng Tàu")
