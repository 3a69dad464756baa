from lib import F, P, C, T, emit

text = """ỦY BAN NHÂN DÂN
HUYỆN TIÊN LỮ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiên Lữ, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác giáo dục nghề nghiệp, giải quyết việc làm năm 2024

Thực hiện Kế hoạch số 46/KH-UBND ngày 05/3/2024 của UBND huyện về giáo dục nghề nghiệp và giải quyết việc làm, UBND huyện báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Bảng 1. Kết quả thực hiện chỉ tiêu năm 2024
Đơn vị tính: người
Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024 | So với KH (%)
Tuyển sinh, đào tạo nghề | 1.500 | 1.620 | 108,0
- Trình độ trung cấp | 250 | 238 | 95,2
- Trình độ sơ cấp, dưới 3 tháng | 1.250 | 1.382 | 110,6
Lao động nông thôn được hỗ trợ đào tạo | 600 | 645 | 107,5
Giải quyết việc làm mới | 2.200 | 2.318 | 105,4
Xuất khẩu lao động | 180 | 203 | 112,8

2. Đánh giá
Năm 2024, huyện phối hợp mở 46 lớp đào tạo nghề cho lao động nông thôn; tỷ lệ học viên có việc làm sau đào tạo đạt 88,2%. Tỷ lệ lao động qua đào tạo của huyện đạt 72,6%, vượt 1,6% so với chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI (71%). Tổng kinh phí đào tạo nghề năm 2024 là 1.936 triệu đồng, bằng 96,8% dự toán (2.000 triệu đồng).

II. NHIỆM VỤ NĂM 2025
Phấn đấu tuyển sinh, đào tạo nghề 1.600 người; giải quyết việc làm mới cho 2.250 lao động; tỷ lệ lao động qua đào tạo đạt 74%.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở LĐ-TB&XH tỉnh Hưng Yên;
- Lưu: VT, LĐTBXH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hậu
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
rows = [
    ("Tuyển sinh, đào tạo nghề", "1.500", 1500, "1.620", 1620, "108,0", 108.0),
    ("- Trình độ trung cấp", "250", 250, "238", 238, "95,2", 95.2),
    ("- Trình độ sơ cấp, dưới 3 tháng", "1.250", 1250, "1.382", 1382, "110,6", 110.6),
    ("Lao động nông thôn được hỗ trợ đào tạo", "600", 600, "645", 645, "107,5", 107.5),
    ("Giải quyết việc làm mới", "2.200", 2200, "2.318", 2318, "105,4", 105.4),
    ("Xuất khẩu lao động", "180", 180, "203", 203, "112,8", 112.8),
]
label = {"- Trình độ trung cấp": "Tuyển sinh, đào tạo nghề trình độ trung cấp",
         "- Trình độ sơ cấp, dưới 3 tháng": "Tuyển sinh, đào tạo nghề trình độ sơ cấp, dưới 3 tháng"}
figs = []
for row, kn, kv, tn, tv, rn, rv in rows:
    lab = label.get(row, row)
    figs.append(F(f"{row} | {kn} |", kn, kv, "count", "người", f"{lab} kế hoạch năm 2024", Y, status="target"))
    figs.append(F(f"| {kn} | {tn} |", tn, tv, "count", "người", f"{lab} thực hiện năm 2024", Y))
    figs.append(F(f"| {tn} | {rn}\n", rn, rv, "percent", "%", f"{lab} so với kế hoạch", Yi))
figs.append(F("dưới 3 tháng |", "3", 3, "measure", "tháng", approx="under", optional=True))
figs += [
    F("mở 46 lớp", "46", 46, "count", "lớp", "lớp đào tạo nghề cho lao động nông thôn", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 88,2%", "88,2", 88.2, "percent", "%", "tỷ lệ học viên có việc làm sau đào tạo", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 72,6%", "72,6", 72.6, "percent", "%", "tỷ lệ lao động qua đào tạo", Yi,
      change=C("increase", 1.6, "%", "chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện"), target=T(71, "%", True)),
    F("là 1.936 triệu đồng", "1.936", 1.936e9, "money", "đồng", "tổng kinh phí đào tạo nghề", Y,
      percent=96.8, target=T(2e9, "đồng", False)),
    F("nghề 1.600 người", "1.600", 1600, "count", "người", "tuyển sinh, đào tạo nghề", Y25i, status="target"),
    F("cho 2.250 lao động", "2.250", 2250, "count", "lao động", "giải quyết việc làm mới", Y25i, status="target"),
    F("đạt 74%", "74", 74, "percent", "%", "tỷ lệ lao động qua đào tạo", Y25i, status="target"),
]

emit("p414-5", text, [
    "Formal report with letterhead (UBND huyện Tiên Lữ, Hưng Yên), 'Số: 287/BC-UBND', place-and-date line 'Tiên Lữ, ngày 16 tháng 12 năm 2024'.",
    "Flattened '|' table 'Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024 | So với KH (%)' under 'Đơn vị tính: người': every numeric cell is a figure;",
    "plan cells are targets, result cells actual, ratio cells percent (the '(%)' column overrides 'Đơn vị tính'). Period from the column headers",
    "(scored, as in shared h23); the ratio column has no year of its own (inherited). Sub-rows '- Trình độ …' get no total (no rule for table sub-rows).",
    "Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 46/KH-UBND ngày 05/3/2024', 'Bảng 1', 'I.', '1.', '2.', 'lần thứ XXVI', 'Lưu: VT'.",
    "'đạt 72,6%, vượt 1,6% so với chỉ tiêu … (71%)': change +1,6 against the plan, target 71 (met). 'bằng 96,8% dự toán (2.000 triệu đồng)':",
    "percent 96,8 and target 2.000 triệu (the plan in brackets). '1.936 triệu đồng' = 1,936·10⁹ đồng. Section II targets take 'NĂM 2025' from its heading (inherited).",
], figs, published="2024-12-16", location="Tiên Lữ")
