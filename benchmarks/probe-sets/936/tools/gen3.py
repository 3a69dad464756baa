"""p936-3: formal report (UBND tỉnh Lâm Đồng), 11 months of 2024, flattened | table by district."""
from lib import C, F, I, P, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động quảng cáo ngoài trời 11 tháng năm 2024

Thực hiện Công văn số 4512/BVHTTDL-VHCS ngày 28/10/2024 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác cấp phép
Trong 11 tháng năm 2024, Sở Xây dựng và UBND các huyện, thành phố đã cấp 138 giấy phép xây dựng công trình quảng cáo, tăng 23 giấy phép so với cùng kỳ; tổng diện tích mặt biển được cấp phép khoảng 9.640 m2. Toàn tỉnh có 171/246 vị trí quảng cáo tấm lớn theo quy hoạch đã được cấp phép khai thác.

2. Kiểm tra, xử lý vi phạm
Kết quả kiểm tra, xử lý biển quảng cáo ngoài trời 11 tháng năm 2024:
Đơn vị tính: biển
Địa bàn | Số biển kiểm tra | Số biển vi phạm | Số biển đã tháo dỡ
Thành phố Đà Lạt | 1.245 | 318 | 296
Thành phố Bảo Lộc | 864 | 197 | 181
Huyện Đức Trọng | 530 | 112 | 104
Huyện Di Linh | 412 | 86 | 79
Huyện Lâm Hà | 375 | 64 | 61
Tổng cộng | 3.426 | 777 | 721

Tỷ lệ biển vi phạm đã được tháo dỡ, khắc phục đạt 92,8%. Thanh tra Sở Văn hóa, Thể thao và Du lịch ban hành 46 quyết định xử phạt, thu nộp ngân sách nhà nước 368,5 triệu đồng. Các địa phương tổ chức 214 đợt ra quân, bóc, xóa trên 41.000 tờ quảng cáo rao vặt.

II. PHƯƠNG HƯỚNG NĂM 2025
1. Phấn đấu cấp phép mới khoảng 150 công trình quảng cáo; xử lý dứt điểm 56 biển vi phạm còn tồn đọng.
2. 100% huyện, thành phố hoàn thành rà soát, điều chỉnh quy hoạch quảng cáo dọc Quốc lộ 20 và Quốc lộ 27.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, VX2.
"""

M11 = P("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30")
TAB = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inh=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("cấp 138 giấy phép", "138", 138, "count", "giấy phép",
      "giấy phép xây dựng công trình quảng cáo được cấp",
      change=C("increase", 23, "giấy phép", "cùng kỳ"), period=M11),
    F("khoảng 9.640 m2", "9.640", 9640, "measure", "m2",
      "tổng diện tích mặt biển được cấp phép", approx="about", period=M11),
    F("có 171/246 vị trí", "171", 171, "count", "vị trí",
      "vị trí quảng cáo tấm lớn theo quy hoạch đã được cấp phép khai thác", total=246),
]

ROWS = [("Thành phố Đà Lạt", "Đà Lạt", ["1.245", "318", "296"]),
        ("Thành phố Bảo Lộc", "Bảo Lộc", ["864", "197", "181"]),
        ("Huyện Đức Trọng", "Đức Trọng", ["530", "112", "104"]),
        ("Huyện Di Linh", "Di Linh", ["412", "86", "79"]),
        ("Huyện Lâm Hà", "Lâm Hà", ["375", "64", "61"]),
        ("Tổng cộng", None, ["3.426", "777", "721"])]
COLS = ["Số biển kiểm tra", "Số biển vi phạm", "Số biển đã tháo dỡ"]
for label, place, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for j, (col, cell) in enumerate(zip(COLS, cells)):
        # anchor: the cell with its neighbours on the row, unique in the table
        if j == 0:
            anchor = f"{label} | {cell}"
        else:
            anchor = f"{cells[j - 1]} | {cell}"
            if TEXT.count(anchor) != 1:
                anchor = f"{label} | " + " | ".join(cells[:j + 1])
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "biển",
                      col, location=place, period=TAB))

FIGS += [
    F("khắc phục đạt 92,8%", "92,8", 92.8, "percent", "%",
      "tỷ lệ biển vi phạm đã được tháo dỡ, khắc phục", period=I(TAB)),
    F("ban hành 46 quyết định", "46", 46, "count", "quyết định",
      "quyết định xử phạt", period=I(TAB)),
    F("thu nộp ngân sách nhà nước 368,5 triệu đồng", "368,5", 368500000, "money", "đồng",
      "tiền phạt thu nộp ngân sách nhà nước", period=I(TAB)),
    F("tổ chức 214 đợt", "214", 214, "count", "đợt ra quân",
      "đợt ra quân bóc, xóa quảng cáo rao vặt", period=I(TAB)),
    F("trên 41.000 tờ", "41.000", 41000, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", approx="over", period=I(TAB)),
    F("khoảng 150 công trình", "150", 150, "count", "công trình quảng cáo",
      "công trình quảng cáo cấp phép mới", approx="about", status="target", period=Y25),
    F("dứt điểm 56 biển", "56", 56, "count", "biển",
      "biển vi phạm còn tồn đọng xử lý dứt điểm", status="target", period=Y25),
    F("2. 100% huyện", "100", 100, "percent", "%",
      "huyện, thành phố hoàn thành rà soát, điều chỉnh quy hoạch quảng cáo", status="target", period=Y25),
]

write(3, TEXT, FIGS, location="Lâm Đồng", published="2024-12-16", notes=(
    "Formal report (UBND tỉnh Lâm Đồng, Số: 287/BC-UBND): 11 months of 2024, licences, flattened | table by district, 2025 directions.",
    "Table cells: unit from 'Đơn vị tính: biển', subject = column label, place row label -> location, 'Tổng cộng' row -> Lâm Đồng;",
    "period from the line above the table (inherited). Cells get no total (the total row is a figure of its own).",
    "'171/246 vị trí' -> total 246 (no period: a stock). Section II items take status target and the heading's year (inherited).",
    "Distractors: Số 287/BC-UBND, Công văn số 4512/BVHTTDL-VHCS ngày 28/10/2024, section numbers, Quốc lộ 20/27, VX2.",
))
