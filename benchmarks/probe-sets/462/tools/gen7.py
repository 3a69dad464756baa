from lib import F, P, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 08 tháng 10 năm 2024

BÁO CÁO
Công tác bảo vệ môi trường tại các khu, cụm công nghiệp quý III/2024

I. KẾT QUẢ THỰC HIỆN
1. Thu gom, xử lý nước thải
Toàn tỉnh có 11 KCN đang hoạt động, trong đó 10 KCN đã có nhà máy xử lý nước thải tập trung; KCN Hưng Đạo đang xây dựng mô-đun 1 công suất 1.500 m³/ngày đêm, dự kiến hoàn thành trong tháng 12/2024. Số liệu các KCN có lưu lượng lớn như sau:

Bảng 1. Tình hình xử lý nước thải tại các KCN
Đơn vị tính: m³/ngày đêm
TT | KCN | Công suất thiết kế | Lượng nước thải tiếp nhận | Tỷ lệ vận hành (%)
1 | Đại An | 6.000 | 4.350 | 72,5
2 | Phúc Điền | 4.000 | 2.920 | 73,0
3 | Tân Trường | 3.500 | 2.105 | 60,1
4 | Lai Vu | 2.000 | 640 | 32,0
5 | Việt Hòa - Kenmark | 2.000 | 1.530 | 76,5
Cộng | | 17.500 | 11.545 | 66,0

2. Kiểm tra, xử lý vi phạm
Trong quý III/2024, Sở Tài nguyên và Môi trường chủ trì kiểm tra 28 cơ sở trong KCN và 17 cơ sở trong cụm công nghiệp (CCN); lũy kế 9 tháng năm 2024 đã kiểm tra 96 cơ sở, đạt 80% kế hoạch năm (120 cơ sở). Đã xử phạt 7 cơ sở với tổng số tiền 1.045 triệu đồng; trong đó 5 cơ sở vi phạm về xả nước thải vượt quy chuẩn (số tiền 890 triệu đồng).

3. Quan trắc môi trường
100% KCN đang hoạt động đã lắp đặt trạm quan trắc nước thải tự động, truyền dữ liệu về Sở. Kết quả quan trắc tại 24 vị trí trên các sông, kênh tiếp nhận nước thải cho thấy 21/24 vị trí đạt QCVN 08:2023/BTNMT; 3 vị trí có thông số amoni vượt từ 1,2 đến 1,8 lần.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% cơ sở có lưu lượng nước thải từ 200 m³/ngày đêm trở lên kết nối dữ liệu quan trắc; hoàn thành kiểm tra 24 cơ sở còn lại theo kế hoạch.

Nơi nhận:
- Bộ TN&MT (b/c);
- Lưu: VT, TNMT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

U = "m³/ngày đêm"
rows = [
    ("1 | Đại An | ", "Đại An", ("6.000", 6000), ("4.350", 4350), ("72,5", 72.5)),
    ("2 | Phúc Điền | ", "Phúc Điền", ("4.000", 4000), ("2.920", 2920), ("73,0", 73.0)),
    ("3 | Tân Trường | ", "Tân Trường", ("3.500", 3500), ("2.105", 2105), ("60,1", 60.1)),
    ("4 | Lai Vu | ", "Lai Vu", ("2.000", 2000), ("640", 640), ("32,0", 32.0)),
    ("5 | Việt Hòa - Kenmark | ", "Việt Hòa - Kenmark", ("2.000", 2000), ("1.530", 1530), ("76,5", 76.5)),
    ("Cộng | | ", "tổng cộng", ("17.500", 17500), ("11.545", 11545), ("66,0", 66.0)),
]
TABLE = []
for lead, name, cap, rec, rate in rows:
    lab = f"KCN {name}" if name != "tổng cộng" else "tổng cộng các KCN"
    TABLE.append(F(f"{lead}{cap[0]} |", cap[0], cap[1], "measure", U, f"Công suất thiết kế {lab}", Q3i))
    TABLE.append(F(f"{cap[0]} | {rec[0]} |", rec[0], rec[1], "measure", U, f"Lượng nước thải tiếp nhận {lab}", Q3i))
    TABLE.append(F(f"{rec[0]} | {rate[0]}\n", rate[0], rate[1], "percent", "%", f"Tỷ lệ vận hành {lab}", Q3i))

FIGS = [
    F("có 11 KCN", "11", 11, "count", "KCN", "KCN đang hoạt động", Q3i),
    F("trong đó 10 KCN", "10", 10, "count", "KCN", "KCN đã có nhà máy xử lý nước thải tập trung", Q3i, total=11),
    F("công suất 1.500 m³", "1.500", 1500, "measure", U, "công suất mô-đun 1 nhà máy xử lý nước thải KCN Hưng Đạo"),
] + TABLE + [
    F("kiểm tra 28 cơ sở", "28", 28, "count", "cơ sở", "cơ sở trong KCN được kiểm tra", Q3),
    F("và 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở trong cụm công nghiệp được kiểm tra", Q3),
    F("kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở được kiểm tra lũy kế", M9,
      percent=80, target=TG(120, "cơ sở")),
    F("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở bị xử phạt", M9i),
    F("tiền 1.045 triệu đồng", "1.045", 1045000000, "money", "đồng", "tổng số tiền xử phạt", M9i),
    F("trong đó 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở vi phạm về xả nước thải vượt quy chuẩn", M9i, total=7),
    F("tiền 890 triệu đồng", "890", 890000000, "money", "đồng",
      "số tiền xử phạt vi phạm về xả nước thải vượt quy chuẩn", M9i, total=1045000000),
    F("100% KCN đang", "100", 100, "percent", "%", "KCN đang hoạt động đã lắp đặt trạm quan trắc nước thải tự động", Q3i),
    F("tại 24 vị trí", "24", 24, "count", "vị trí", "vị trí quan trắc trên các sông, kênh tiếp nhận nước thải", Q3i),
    F("21/24 vị trí", "21", 21, "count", "vị trí", "vị trí đạt QCVN 08:2023/BTNMT", Q3i, total=24),
    F("; 3 vị trí", "3", 3, "count", "vị trí", "vị trí có thông số amoni vượt", Q3i),
    F("từ 1,2 đến 1,8 lần", "1,2", 1.2, "multiple", "lần", "thông số amoni vượt", value_max=1.8),
    F("Phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở có lưu lượng nước thải từ 200 m³/ngày đêm trở lên kết nối dữ liệu quan trắc", Q4i, status="target"),
    F("từ 200 m³", "200", 200, "measure", U, "lưu lượng nước thải", approx="at_least", optional=True),
    F("kiểm tra 24 cơ sở", "24", 24, "count", "cơ sở", "cơ sở còn lại được kiểm tra theo kế hoạch", Q4i,
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Hải Dương, 'Số: 287/BC-UBND'); the place-and-date line 'Hải Dương, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: m³/ngày đêm' and a '(%)' column: every numeric cell is a figure; subject = column label + KCN row label",
    "(KCN names are not places, location stays Hải Dương); period quý III/2024 from the report title (inherited). Row numbers 1–5 are not figures; no totals on table cells.",
    "'96 cơ sở, đạt 80% kế hoạch năm (120 cơ sở)' → percent 80, target 120. '7 cơ sở …; trong đó 5 cơ sở' total 7; the bracketed 890 triệu, a part of 1.045 triệu, total 1.045e9.",
    "'21/24 vị trí' total 24; '; 3 vị trí' no cue → no total. Section II heading 'QUÝ IV/2024' + 'Phấn đấu' → targets (inherited period).",
    "Distractors: document number, 'mô-đun 1', 'tháng 12/2024' (a completion date), QCVN 08:2023/BTNMT, section numbers, 'Bảng 1', 'Lưu: VT'.",
]

emit("p462-7", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hải Dương")
