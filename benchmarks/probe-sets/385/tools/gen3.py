from lib import F, P, CH, emit

TEXT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LỤC NGẠN                         Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND                    Lục Ngạn, ngày 20 tháng 9 năm 2023

BÁO CÁO
Kết quả sản xuất, tiêu thụ vải thiều năm 2023 và nhiệm vụ năm 2024

Thực hiện Công văn số 1127/SNN-TT ngày 05/9/2023 của Sở Nông nghiệp và PTNT tỉnh Bắc Giang, UBND huyện Lục Ngạn báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Sản xuất
Năm 2023, toàn huyện có 17.850 ha vải thiều, giảm 150 ha so với năm 2022; sản lượng đạt 105.300 tấn, đạt 110,8% kế hoạch, tăng 8,6% so với năm 2022. Năng suất bình quân đạt 5,9 tấn/ha. Các xã có sản lượng lớn gồm: Phượng Sơn (14.200 tấn), Quý Sơn (12.800 tấn), Hồng Giang (9.650 tấn).

2. Tiêu thụ
Kết quả tiêu thụ vải thiều theo thị trường:
Đơn vị tính: tấn
TT | Thị trường | Năm 2022 | Năm 2023 | Kế hoạch 2024
1 | Tiêu thụ nội địa | 46.500 | 51.200 | 50.000
2 | Xuất khẩu sang Trung Quốc | 48.100 | 52.700 | 55.000
3 | Xuất khẩu thị trường khác | 2.350 | 1.400 | 2.000
 | Tổng cộng | 96.950 | 105.300 | 107.000

3. Giá bán, doanh thu
Giá bán bình quân năm 2023 đạt 27.000 đồng/kg, cao hơn 4.000 đồng/kg so với năm 2022. Tổng doanh thu từ vải thiều ước đạt 2.843 tỷ đồng (năm 2022 đạt 2.230 tỷ đồng).

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 giữ ổn định diện tích khoảng 17.800 ha; sản lượng 107.000 tấn; tỷ lệ diện tích sản xuất theo tiêu chuẩn VietGAP, GlobalGAP đạt trên 75%.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Tiêu thụ nội địa", "1 | Tiêu thụ nội địa | ", ["46.500", "51.200", "50.000"]),
        ("Xuất khẩu sang Trung Quốc", "2 | Xuất khẩu sang Trung Quốc | ", ["48.100", "52.700", "55.000"]),
        ("Xuất khẩu thị trường khác", "3 | Xuất khẩu thị trường khác | ", ["2.350", "1.400", "2.000"]),
        ("Tổng cộng", " | Tổng cộng | ", ["96.950", "105.300", "107.000"])]
COLS = [("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch 2024", K24, "target")]

TABLE = []
for label, prefix, cells in ROWS:
    for i, (cell, (clabel, per, st)) in enumerate(zip(cells, COLS)):
        # anchor: the cell with its neighbours in the row
        if i == 0:
            anchor = prefix + cell + " |"
        elif i == 1:
            anchor = cells[0] + " | " + cell + " |"
        else:
            anchor = cells[1] + " | " + cell
        kw = {"status": st} if st != "actual" else {}
        TABLE.append(F(anchor, cell, float(cell.replace(".", "")), "measure", "tấn",
                       f"{label} vải thiều {clabel}", per, **kw))

FIGS = [
    F("có 17.850 ha", "17.850", 17850, "measure", "ha", "diện tích vải thiều", Y23,
      change=CH("decrease", 150, "ha", "năm 2022")),
    F("sản lượng đạt 105.300 tấn", "105.300", 105300, "measure", "tấn", "sản lượng vải thiều", Y23,
      percent=110.8, change=CH("increase", 8.6, "%", "năm 2022")),
    F("đạt 5,9 tấn/ha", "5,9", 5.9, "measure", "tấn/ha", "năng suất bình quân vải thiều", Y23i),
    F("Phượng Sơn (14.200 tấn)", "14.200", 14200, "measure", "tấn", "sản lượng vải thiều", Y23i),
    F("Quý Sơn (12.800 tấn)", "12.800", 12800, "measure", "tấn", "sản lượng vải thiều", Y23i),
    F("Hồng Giang (9.650 tấn)", "9.650", 9650, "measure", "tấn", "sản lượng vải thiều", Y23i),
] + TABLE + [
    F("đạt 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá bán bình quân vải thiều",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 4000, "đồng/kg", "năm 2022")),
    F("ước đạt 2.843 tỷ đồng", "2.843", 2843e9, "money", "đồng", "tổng doanh thu từ vải thiều", Y23i,
      status="estimate"),
    F("năm 2022 đạt 2.230 tỷ đồng", "2.230", 2230e9, "money", "đồng", "tổng doanh thu từ vải thiều",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 17.800 ha", "17.800", 17800, "measure", "ha", "diện tích vải thiều", Y24,
      approx="about", status="target"),
    F("sản lượng 107.000 tấn", "107.000", 107000, "measure", "tấn", "sản lượng vải thiều", Y24, status="target"),
    F("đạt trên 75%", "75", 75, "percent", "%",
      "tỷ lệ diện tích sản xuất theo tiêu chuẩn VietGAP, GlobalGAP", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Số: 215/BC-UBND), UBND huyện Lục Ngạn (Bắc Giang): vải thiều 2023 results, 2024 tasks.",
    "Published from the place-and-date line 'Lục Ngạn, ngày 20 tháng 9 năm 2023'. Distractors: report and Công văn numbers, section",
    "numbers (I., 1., 2., 3.), row numbers of the table (TT 1-3), 'Lưu: VT, NN'.",
    "'đạt 110,8% kế hoạch' is the percent of the output (as shared h14). Commune items keep the district as location (communes are",
    "not a level FIGURES.md names); their subject is the list's indicator (FIGURES.md lists rule).",
    "revised: commune list items' subject was 'sản lượng vải thiều xã …'; the list rule gives the list's indicator only.",
    "Flattened '|' table with 'Đơn vị tính: tấn': every cell a figure; subject row + column; period from the column header;",
    "'Kế hoạch 2024' column -> status target. Total row cells are figures (no total attribute for table cells).",
    "'(năm 2022 đạt 2.230 tỷ đồng)' is a bracketed figure with its own verb and year: actual, năm 2022.",
]

emit("p385-3", TEXT, COMMENTS, FIGS, published="2023-09-20", location="Lục Ngạn")
