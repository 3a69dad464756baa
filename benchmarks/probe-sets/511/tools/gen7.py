from lib import F, P, I, CH, T, emit

ROWS = [
    ("Đắk Glei", "11.874", "12.105", "96,9"),
    ("Kon Plông", "6.712", "7.018", "95,5"),
    ("Tu Mơ Rông", "5.403", "5.781", "93,6"),
    ("Sa Thầy", "14.436", "14.712", "98,5"),
    ("Ia H'Drai", "2.515", "2.896", "90,1"),
]

table = "\n".join(f"{d}\n{a}\n{b}\n{c}" for d, a, b, c in ROWS)

TEXT = f"""SỞ CÔNG THƯƠNG TỈNH KON TUM
Trang chủ » Quản lý điện năng » Điện nông thôn

Kết quả cấp điện cho hộ dân các huyện vùng sâu, vùng xa

Thực hiện Chương trình cấp điện nông thôn, miền núi và hải đảo, những năm qua tỉnh Kon Tum tập trung đầu tư đưa điện lưới quốc gia về các thôn, làng vùng đồng bào dân tộc thiểu số. Kết quả tại một số huyện như sau:

Bảng 2. Số hộ sử dụng điện lưới quốc gia
Đơn vị tính: hộ
Huyện
Năm 2022
Năm 2023
Tỷ lệ hộ có điện năm 2023 (%)
{table}

Toàn tỉnh hiện có 99,3% số hộ được sử dụng điện, trong đó 98,6% sử dụng điện lưới quốc gia. Còn 1.364 hộ chưa có điện lưới, tập trung tại 58 thôn, làng đặc biệt khó khăn.

Dự án cấp điện nông thôn từ lưới điện quốc gia tỉnh Kon Tum giai đoạn 2021-2025 có tổng mức đầu tư 689,4 tỷ đồng, trong đó vốn ngân sách trung ương 585,9 tỷ đồng (85%), vốn đối ứng của tỉnh 103,5 tỷ đồng. Đến nay, dự án đã hoàn thành 34 km đường dây trung áp, 51 km đường dây hạ áp và 29 trạm biến áp, cấp điện cho 1.920 hộ. Phấn đấu đến hết năm 2025, 100% thôn, làng trên địa bàn tỉnh có điện lưới quốc gia.

Phòng Quản lý năng lượng - Sở Công Thương, số 02 Phan Đình Phùng, TP Kon Tum. Điện thoại: 0260.3862.453
Tổng lượt truy cập: 2.146.875 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for d, a, b, c in ROWS:
    FIGS.append(F(f"{d}\n{a}\n", a, num(a), "count", "hộ", "Số hộ sử dụng điện lưới quốc gia năm 2022", Y22, location=d))
    FIGS.append(F(f"{a}\n{b}\n", b, num(b), "count", "hộ", "Số hộ sử dụng điện lưới quốc gia năm 2023", Y23, location=d))
    FIGS.append(F(f"{b}\n{c}\n", c, num(c), "percent", "%", "Tỷ lệ hộ có điện năm 2023", Y23, location=d))

FIGS += [
    F("có 99,3%", "99,3", 99.3, "percent", "%", "số hộ được sử dụng điện"),
    F("trong đó 98,6%", "98,6", 98.6, "percent", "%", "số hộ sử dụng điện lưới quốc gia"),
    F("Còn 1.364 hộ", "1.364", 1364, "count", "hộ", "hộ chưa có điện lưới"),
    F("tại 58 thôn", "58", 58, "count", "thôn, làng", "thôn, làng đặc biệt khó khăn có hộ chưa có điện lưới"),
    F("đầu tư 689,4 tỷ đồng", "689,4", 689.4e9, "money", "đồng",
      "tổng mức đầu tư Dự án cấp điện nông thôn từ lưới điện quốc gia", G2125),
    F("trung ương 585,9 tỷ đồng", "585,9", 585.9e9, "money", "đồng", "vốn ngân sách trung ương", G2125,
      total=689.4e9, percent=85),
    F("tỉnh 103,5 tỷ đồng", "103,5", 103.5e9, "money", "đồng", "vốn đối ứng của tỉnh", G2125, total=689.4e9),
    F("thành 34 km", "34", 34, "measure", "km", "đường dây trung áp hoàn thành"),
    F("51 km", "51", 51, "measure", "km", "đường dây hạ áp hoàn thành"),
    F("và 29 trạm", "29", 29, "count", "trạm biến áp", "trạm biến áp hoàn thành"),
    F("cho 1.920 hộ", "1.920", 1920, "count", "hộ", "hộ được cấp điện"),
    F("2025, 100%", "100", 100, "percent", "%", "thôn, làng trên địa bàn tỉnh có điện lưới quốc gia",
      P("đến hết năm 2025", end="2025-12-31"), status="target"),
]

emit("p511-7", TEXT, [
    "Sở Công Thương Kon Tum department site, no dateline, visit counter in the footer: households with grid power by district (one cell per line table,",
    "'Đơn vị tính: hộ', percent column with (%) in its header), province shares, rural electrification project 2021-2025 capital and works.",
    "Table cells: district row labels go to location; period from the column header (scored, as shared h23). No published date.",
    "'hiện'/'Đến nay' with no dateline -> no period (unscored). 98,6% after 'trong đó' is a percent of its own (percents get no total).",
    "585,9 tỷ and 103,5 tỷ follow 'trong đó' after 689,4 tỷ and add up to it -> total; '(85%)' is the share of 585,9 tỷ.",
    "Distractors: Bảng 2, số 02 Phan Đình Phùng, 0260.3862.453, Tổng lượt truy cập 2.146.875, Đang trực tuyến 37, giai đoạn 2021-2025.",
], FIGS, published=None, location="Kon Tum")
