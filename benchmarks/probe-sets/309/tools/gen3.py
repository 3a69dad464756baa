from lib import *

text = """UBND TỈNH THÁI NGUYÊN
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 2146/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình tuyển dụng, sử dụng và quản lý người lao động nước ngoài quý III và 9 tháng năm 2024

Thực hiện Công văn số 3712/LĐTBXH-CVL ngày 16/9/2024 của Cục Việc làm, Sở Lao động - Thương binh và Xã hội tỉnh Thái Nguyên báo cáo như sau:

I. KẾT QUẢ CẤP, GIA HẠN GIẤY PHÉP LAO ĐỘNG
Bảng 1. Kết quả giải quyết thủ tục hành chính về lao động nước ngoài
Đơn vị tính: trường hợp
Nội dung | Quý III/2024 | 9 tháng năm 2024 | Cùng kỳ năm 2023 | So sánh (%)
Cấp mới giấy phép lao động | 412 | 1.286 | 1.154 | 111,4
Cấp lại giấy phép lao động | 37 | 118 | 96 | 122,9
Gia hạn giấy phép lao động | 205 | 673 | 702 | 95,9
Xác nhận không thuộc diện cấp | 21 | 64 | 58 | 110,3
Thu hồi giấy phép lao động | 3 | 9 | 5 | 180,0

II. TÌNH HÌNH SỬ DỤNG LAO ĐỘNG NƯỚC NGOÀI
Tính đến ngày 30/9/2024, toàn tỉnh có 2.934 người lao động nước ngoài làm việc tại 236 doanh nghiệp, trong đó 2.105 người làm việc tại các doanh nghiệp có vốn đầu tư nước ngoài, chiếm 71,7%. Lao động đến từ Hàn Quốc có 1.247 người, Trung Quốc 862 người, Nhật Bản 318 người, các quốc gia khác 507 người.

III. CÔNG TÁC THANH TRA, KIỂM TRA
Trong quý III/2024, Sở phối hợp với Công an tỉnh kiểm tra 14 doanh nghiệp sử dụng lao động nước ngoài tại các KCN Yên Bình, Sông Công I, Điềm Thụy; phát hiện 23 người lao động nước ngoài làm việc không có giấy phép lao động. Sở đã ban hành 6 quyết định xử phạt với tổng số tiền 315 triệu đồng.

IV. KIẾN NGHỊ
Năm 2025, Sở đặt chỉ tiêu kiểm tra ít nhất 30 doanh nghiệp có sử dụng lao động nước ngoài.

Nơi nhận:
- Cục Việc làm (b/c);
- Lưu: VT, VL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hoàng Văn Thắng
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CK = P("Cùng kỳ năm 2023", "2023-01-01", "2023-09-30")
SSi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Ai = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Q3s = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)

rows = [
    ("Cấp mới giấy phép lao động", "412", "1.286", "1.154", "111,4"),
    ("Cấp lại giấy phép lao động", "37", "118", "96", "122,9"),
    ("Gia hạn giấy phép lao động", "205", "673", "702", "95,9"),
    ("Xác nhận không thuộc diện cấp", "21", "64", "58", "110,3"),
    ("Thu hồi giấy phép lao động", "3", "9", "5", "180,0"),
]
figs = []
for label, a, b, c, d in rows:
    figs += [
        F(f"{label} | {a} |", a, parse_num(a), "count", "trường hợp", f"{label} quý III/2024", Q3),
        F(f"| {a} | {b} |", b, parse_num(b), "count", "trường hợp", f"{label} 9 tháng năm 2024", N9),
        F(f"| {b} | {c} |", c, parse_num(c), "count", "trường hợp", f"{label} cùng kỳ năm 2023", CK),
        F(f"| {c} | {d}\n", d, parse_num(d), "percent", "%", f"{label} so sánh với cùng kỳ", SSi),
    ]
figs += [
    F("có 2.934 người", "2.934", 2934, "count", "người lao động nước ngoài",
      "người lao động nước ngoài làm việc trên địa bàn tỉnh", A),
    F("tại 236 doanh nghiệp", "236", 236, "count", "doanh nghiệp",
      "doanh nghiệp sử dụng lao động nước ngoài", A),
    F("trong đó 2.105 người", "2.105", 2105, "count", "người",
      "người lao động nước ngoài làm việc tại doanh nghiệp có vốn đầu tư nước ngoài", A,
      total=2934, percent=71.7),
    F("Hàn Quốc có 1.247 người", "1.247", 1247, "count", "người",
      "lao động đến từ Hàn Quốc", Ai),
    F("Trung Quốc 862 người", "862", 862, "count", "người", "lao động đến từ Trung Quốc", Ai),
    F("Nhật Bản 318 người", "318", 318, "count", "người", "lao động đến từ Nhật Bản", Ai),
    F("khác 507 người", "507", 507, "count", "người", "lao động đến từ các quốc gia khác", Ai),
    F("kiểm tra 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      "doanh nghiệp sử dụng lao động nước ngoài được kiểm tra", Q3s),
    F("phát hiện 23 người", "23", 23, "count", "người",
      "người lao động nước ngoài làm việc không có giấy phép lao động", Q3s),
    F("ban hành 6 quyết định", "6", 6, "count", "quyết định xử phạt",
      "quyết định xử phạt", Q3i),
    F("tiền 315 triệu đồng", "315", 315000000, "money", "đồng",
      "tổng số tiền xử phạt", Q3i),
    F("ít nhất 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp",
      "doanh nghiệp có sử dụng lao động nước ngoài được kiểm tra",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

comments = [
    "Formal report with letterhead (Sở LĐ-TB&XH Thái Nguyên, 'Số: 2146/BC-SLĐTBXH'); the place-and-date line gives published 2024-10-08.",
    "Flattened '|' table, 'Đơn vị tính: trường hợp', columns Quý III/2024 | 9 tháng năm 2024 | Cùng kỳ năm 2023 | So sánh (%). Every numeric cell is a figure;",
    "subject = row label + column label; period from the column header ('Cùng kỳ năm 2023' in a 9-month report = 2023-01-01..2023-09-30);",
    "the So sánh (%) cells are percents whose period is inherited (not scored). Table cells carry no totals.",
    "'trong đó 2.105 người' → total 2934 with share 71,7%. Nationality counts sum to the whole but have no cue: no total.",
    "Distractors: document numbers, Công văn số 3712/LĐTBXH-CVL ngày 16/9/2024, section numerals I.–IV., 'Bảng 1', 'Sông Công I', 'Lưu: VT, VL'.",
    "'ít nhất 30 doanh nghiệp' under 'chỉ tiêu' for năm 2025: status target, approx at_least.",
]
emit("p309-3", text, comments, figs, published="2024-10-08", location="Thái Nguyên")
