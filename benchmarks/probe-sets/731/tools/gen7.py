"""p731-7: Chi cục Kiểm lâm Bắc Giang (department site, no dateline) — one-cell-per-line table by district."""
from lib import F, P, INH, Y, CH, emit

TEXT = """CHI CỤC KIỂM LÂM TỈNH BẮC GIANG
Trang chủ > Tin hoạt động > Bảo tồn thiên nhiên

Số cơ sở nuôi động vật rừng thông thường tăng 26% sau hai năm

Thực hiện Luật Lâm nghiệp năm 2017 và Thông tư số 29/2019/TT-BNNPTNT, Chi cục Kiểm lâm đã phối hợp với UBND cấp xã hướng dẫn các cơ sở nuôi động vật rừng thông thường lập hồ sơ, ghi sổ theo dõi. Đến hết tháng 6/2024, toàn tỉnh có 534 cơ sở được ghi sổ, tăng 26,2% so với năm 2022, nuôi tổng cộng 21.350 cá thể. Trong đó, dúi 9.840 cá thể, nhím 6.215 cá thể, rắn ráo trâu 3.170 cá thể, cầy vòi hương 1.245 cá thể, các loài khác 880 cá thể. Riêng huyện Lục Ngạn chiếm 33,9% tổng số cơ sở của tỉnh.

Số cơ sở nuôi động vật rừng thông thường được ghi sổ theo dõi
Đơn vị tính: cơ sở
Huyện
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Lục Ngạn
142
167
181
Sơn Động
98
121
126
Lục Nam
85
93
104
Yên Thế
61
74
79
Lạng Giang
37
40
44
Cộng
423
495
534

Giá bán tại cơ sở: dúi thịt 320.000-350.000 đồng/kg, nhím thịt 180.000 đồng/kg, rắn ráo trâu 450.000 đồng/kg. Bình quân mỗi cơ sở có lãi từ 40 đến 60 triệu đồng/năm.

Năm 2024, Chi cục phấn đấu hướng dẫn thêm 65 cơ sở ghi sổ theo dõi và tổ chức 12 lớp tập huấn kỹ thuật nuôi, phòng bệnh cho người nuôi.

Chi cục Kiểm lâm tỉnh Bắc Giang - Số 62 đường Hùng Vương, TP. Bắc Giang - ĐT: 0204.3854.236
Tổng số lượt truy cập: 486.912
"""

ASOF = P("Đến hết tháng 6/2024", None, "2024-06-30")
COLS = [(Y(2022, "Năm 2022"), "năm 2022"), (Y(2023, "Năm 2023"), "năm 2023"),
        (P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), "6 tháng đầu năm 2024")]
TSUBJ = "Số cơ sở nuôi động vật rừng thông thường được ghi sổ theo dõi"
ROWS = [
    ("Lục Ngạn", "Lục Ngạn", ["142", "167", "181"]),
    ("Sơn Động", "Sơn Động", ["98", "121", "126"]),
    ("Lục Nam", "Lục Nam", ["85", "93", "104"]),
    ("Yên Thế", "Yên Thế", ["61", "74", "79"]),
    ("Lạng Giang", "Lạng Giang", ["37", "40", "44"]),
    ("Cộng", "Bắc Giang", ["423", "495", "534"]),
]
TABLE = []
for label, loc, cells in ROWS:
    prev = label
    for (per, coltxt), c in zip(COLS, cells):
        TABLE.append(F(f"{prev}\n{c}", c, int(c), "count", "cơ sở", f"{TSUBJ} {coltxt}", per, location=loc))
        prev = c

FIGS = [
    F("tăng 26%", "26", 26, "percent", "%", "số cơ sở nuôi động vật rừng thông thường",
      note="headline: growth rate that is the claim; 'sau hai năm' is a duration, not a figure"),
    F("có 534 cơ sở", "534", 534, "count", "cơ sở", "cơ sở nuôi động vật rừng thông thường được ghi sổ", ASOF,
      change=CH("increase", 26.2, "%", "năm 2022")),
    F("21.350 cá thể", "21.350", 21350, "count", "cá thể", "cá thể động vật rừng thông thường được nuôi", ASOF),
    F("dúi 9.840 cá thể", "9.840", 9840, "count", "cá thể", "cá thể dúi", INH(ASOF), total=21350),
    F("nhím 6.215 cá thể", "6.215", 6215, "count", "cá thể", "cá thể nhím", INH(ASOF), total=21350),
    F("rắn ráo trâu 3.170 cá thể", "3.170", 3170, "count", "cá thể", "cá thể rắn ráo trâu", INH(ASOF), total=21350),
    F("cầy vòi hương 1.245 cá thể", "1.245", 1245, "count", "cá thể", "cá thể cầy vòi hương", INH(ASOF),
      total=21350),
    F("880 cá thể", "880", 880, "count", "cá thể", "cá thể các loài khác", INH(ASOF), total=21350),
    F("chiếm 33,9%", "33,9", 33.9, "percent", "%", "tỷ trọng số cơ sở trong tổng số cơ sở của tỉnh", INH(ASOF),
      location="Lục Ngạn"),
] + TABLE + [
    F("320.000-350.000", "320.000", 320000, "money", "đồng/kg", "giá bán dúi thịt tại cơ sở", value_max=350000),
    F("nhím thịt 180.000", "180.000", 180000, "money", "đồng/kg", "giá bán nhím thịt tại cơ sở"),
    F("450.000 đồng/kg", "450.000", 450000, "money", "đồng/kg", "giá bán rắn ráo trâu tại cơ sở"),
    F("từ 40 đến 60 triệu", "40", 40000000, "money", "đồng/năm", "lãi bình quân mỗi cơ sở", value_max=60000000),
    F("thêm 65 cơ sở", "65", 65, "count", "cơ sở", "cơ sở được hướng dẫn ghi sổ theo dõi thêm", Y(2024, "Năm 2024"),
      status="target"),
    F("12 lớp tập huấn", "12", 12, "count", "lớp tập huấn", "lớp tập huấn kỹ thuật nuôi, phòng bệnh",
      Y(2024, "Năm 2024"), status="target"),
]

COMMENTS = [
    "Chi cục Kiểm lâm tỉnh Bắc Giang (department site, no dateline): cơ sở nuôi động vật rừng thông thường được ghi sổ theo dõi.",
    "One-cell-per-line table with 'Đơn vị tính: cơ sở': district rows × columns Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024;",
    "periods from the column headers (scored, as shared h23); row districts → location; the 'Cộng' row is the province's.",
    "Not figures: Luật Lâm nghiệp năm 2017, Thông tư số 29/2019/TT-BNNPTNT, 'sau hai năm' (duration), address 'Số 62 đường",
    "Hùng Vương', phone 0204.3854.236, 'Tổng số lượt truy cập: 486.912'. No published date (none stated).",
    "'Trong đó' species parts (sum 21.350) → total 21.350. Prices and profit carry no period (no dateline, no phrase).",
]

if __name__ == "__main__":
    emit("p731-7", TEXT, COMMENTS, FIGS, location="Bắc Giang")
