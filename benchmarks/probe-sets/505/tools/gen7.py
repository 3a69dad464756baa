"""p505-7: department site (CDC Nghệ An), no dateline — water quality monitoring 2023, one-cell-per-line table."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN
Hoạt động chuyên môn > Sức khỏe môi trường

Kết quả giám sát chất lượng nước sạch sử dụng cho mục đích sinh hoạt năm 2023

Năm 2023, Trung tâm Kiểm soát bệnh tật tỉnh đã ngoại kiểm tại 148 cơ sở cấp nước, đạt 105,7% kế hoạch; lấy và xét nghiệm 2.235 mẫu nước theo QCVN 01-1:2018/BYT. Kết quả cụ thể như sau:

Bảng 2. Kết quả xét nghiệm mẫu nước theo loại hình cấp nước
Đơn vị tính: mẫu
Loại hình cấp nước
Số mẫu xét nghiệm
Số mẫu đạt
Tỷ lệ đạt (%)
Cấp nước tập trung đô thị
412
405
98,3
Cấp nước tập trung nông thôn
1.236
1.018
82,4
Hộ gia đình tự cấp
587
329
56,0
Tổng cộng
2.235
1.752
78,4

Các chỉ tiêu không đạt chủ yếu là Coliform, E.coli (chiếm 46,5% số mẫu không đạt), Clo dư và độ đục. Có 23 mẫu nước giếng khoan tại các huyện Hưng Nguyên, Nam Đàn có hàm lượng Asen vượt giới hạn cho phép từ 1,5 đến 4 lần.

So với năm 2022, tỷ lệ mẫu đạt chung toàn tỉnh tăng 3,2%, xếp thứ 3 trong 6 tỉnh khu vực Bắc Trung Bộ. Tỷ lệ mắc bệnh tiêu chảy giảm còn 41,6 ca/vạn dân.

Năm 2024, Trung tâm đặt mục tiêu giám sát 100% cơ sở cấp nước tập trung có công suất từ 1.000 m³/ngày đêm trở lên, đồng thời hướng dẫn người dân xử lý nước giếng khoan trước khi sử dụng.

Địa chỉ: Số 140 Lê Hồng Phong, TP. Vinh, Nghệ An
Điện thoại: 0238.3844.530
Lượt truy cập: 1.286.447
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ROWS = [("Cấp nước tập trung đô thị", "cấp nước tập trung đô thị"),
        ("Cấp nước tập trung nông thôn", "cấp nước tập trung nông thôn"),
        ("Hộ gia đình tự cấp", "hộ gia đình tự cấp"),
        ("Tổng cộng", "tổng cộng")]
COLS = [("Số mẫu xét nghiệm", "count", "mẫu"), ("Số mẫu đạt", "count", "mẫu"), ("Tỷ lệ đạt", "percent", "%")]


def cell_figs(text):
    out = []
    lines = text.split("\n")
    for label, low in ROWS:
        i = lines.index(label)
        for j, (col, kind, unit) in enumerate(COLS):
            cell = lines[i + 1 + j]
            prev = lines[i + j]
            anchor = prev + "\n" + cell
            value = float(cell.replace(".", "").replace(",", "."))
            out.append(fig(anchor, cell, value, kind, unit, f"{col} {low}", inh(Y23)))
    return out


FIGS = [
    fig("148 cơ sở", "148", 148, "count", "cơ sở cấp nước", "cơ sở cấp nước được ngoại kiểm", Y23, percent=105.7),
    fig("xét nghiệm 2.235 mẫu", "2.235", 2235, "count", "mẫu", "mẫu nước lấy và xét nghiệm", Y23),
] + cell_figs(TEXT) + [
    fig("chiếm 46,5%", "46,5", 46.5, "percent", "%", "Coliform, E.coli trong số mẫu không đạt", inh(Y23)),
    fig("Có 23 mẫu", "23", 23, "count", "mẫu", "mẫu nước giếng khoan có hàm lượng Asen vượt giới hạn cho phép", inh(Y23)),
    fig("từ 1,5 đến 4 lần", "1,5", 1.5, "multiple", "lần", "hàm lượng Asen vượt giới hạn cho phép", value_max=4),
    fig("tăng 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ mẫu đạt chung toàn tỉnh so với năm 2022"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", "tỷ lệ mẫu đạt chung toàn tỉnh trong khu vực Bắc Trung Bộ", total=6),
    fig("41,6 ca/vạn dân", "41,6", 41.6, "measure", "ca/vạn dân", "tỷ lệ mắc bệnh tiêu chảy"),
    fig("giám sát 100%", "100", 100, "percent", "%", "cơ sở cấp nước tập trung được giám sát", Y24, status="target"),
    fig("từ 1.000 m³/ngày đêm", "1.000", 1000, "measure", "m³/ngày đêm", "công suất cơ sở cấp nước tập trung",
        approx="at_least", optional=True),
]

COMMENTS = [
    "Department site (invented, CDC Nghệ An): drinking-water quality monitoring 2023 by supply type. No dateline (published null);",
    "footer visit counter 'Lượt truy cập: 1.286.447', address 'Số 140 Lê Hồng Phong', phone 0238.3844.530 are not figures.",
    "Not figures: QCVN 01-1:2018/BYT, 'Bảng 2', 'E.coli'. 'đạt 105,7% kế hoạch' is the share of 148 cơ sở.",
    "Table, one cell per line, 'Đơn vị tính: mẫu' and '(%)' in the last column header: every numeric cell is a figure (count mẫu or",
    "percent), subject = column + row label; period from the text/title (năm 2023), not a column header: inherited.",
    "'vượt giới hạn cho phép từ 1,5 đến 4 lần' is a multiple of its own (range), not a change of the 23 samples.",
    "'tăng 3,2%' (the rate's growth is the claim): percent, no change. 'xếp thứ 3 trong 6 tỉnh' rank with total 6 ('trong số N');",
    "the 6 is an attribute, not a figure. 'giảm còn 41,6 ca/vạn dân' is a level (rate unit with its denominator). Periods of the",
    "'So với năm 2022 …' paragraph are left out (the year is only the baseline). 'Năm 2024 … đặt mục tiêu giám sát 100%': target.",
    "'từ 1.000 m³/ngày đêm trở lên' is a size threshold: optional.",
]

if __name__ == "__main__":
    emit("p505-7", TEXT, COMMENTS, FIGS, location="Nghệ An")
