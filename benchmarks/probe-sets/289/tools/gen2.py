from lib import *
T = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN
Số: 1876/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác giáo dục nghề nghiệp 6 tháng đầu năm 2024, nhiệm vụ 6 tháng cuối năm

I. KẾT QUẢ THỰC HIỆN
1. Tuyển sinh
Thực hiện Kế hoạch số 112/KH-UBND ngày 25/01/2024 của UBND tỉnh, 6 tháng đầu năm 2024 toàn tỉnh tuyển sinh được 38.680 người, đạt 48,4% kế hoạch, tăng 7,1% so với cùng kỳ. Kết quả cụ thể như sau:

Bảng 1. Kết quả tuyển sinh theo trình độ
Đơn vị tính: người
Trình độ | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với KH (%)
Cao đẳng | 8.500 | 2.140 | 25,2
Trung cấp | 12.000 | 3.865 | 32,2
Sơ cấp | 28.000 | 14.720 | 52,6
Đào tạo thường xuyên | 31.500 | 17.955 | 57,0
Cộng | 80.000 | 38.680 | 48,4

2. Tốt nghiệp và giải quyết việc làm
Quý II/2024 có 21.306 người tốt nghiệp các trình độ, trong đó cao đẳng 1.842 người, trung cấp 2.615 người. Theo khảo sát của 45/62 cơ sở giáo dục nghề nghiệp, tỷ lệ người học có việc làm sau tốt nghiệp đạt 87,3%; riêng các nghề hàn, điện công nghiệp, công nghệ ô tô đạt trên 95%. Thu nhập bình quân của người tốt nghiệp trình độ cao đẳng từ 7 đến 9 triệu đồng/tháng.

3. Đánh giá kỹ năng nghề
Đã cấp 1.146 chứng chỉ kỹ năng nghề quốc gia bậc 1, bậc 2 cho người lao động; 03 trường cao đẳng được công nhận đạt tiêu chuẩn kiểm định chất lượng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu hoàn thành chỉ tiêu tuyển sinh 80.000 người; tỷ lệ người học có việc làm sau tốt nghiệp đạt trên 85%.

Nơi nhận:
- UBND tỉnh (b/c);
- Tổng cục GDNN;
- Lưu: VT, GDNN.
GIÁM ĐỐC
Trần Văn Minh
"""
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
p6 = lambda inh=True: P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh)
rows = [("Cao đẳng", "8.500", 8500, "2.140", 2140, "25,2", 25.2),
        ("Trung cấp", "12.000", 12000, "3.865", 3865, "32,2", 32.2),
        ("Sơ cấp", "28.000", 28000, "14.720", 14720, "52,6", 52.6),
        ("Đào tạo thường xuyên", "31.500", 31500, "17.955", 17955, "57,0", 57.0),
        ("Cộng", "80.000", 80000, "38.680", 38680, "48,4", 48.4)]
figs = [
 F("tuyển sinh được 38.680 người", "38.680", 38680, "count", "người", "người được tuyển sinh", percent=48.4,
   change={"direction": "increase", "value": 7.1, "unit": "%", "baseline": "cùng kỳ"}, period=p6(False)),
]
for lab, a, av, b, bv, c, cv in rows:
    figs += [
     F(f"{lab} | {a} |", a, av, "count", "người", f"kế hoạch tuyển sinh {lab}", status="target", period=KH),
     F(f"{a} | {b} |", b, bv, "count", "người", f"thực hiện tuyển sinh 6 tháng {lab}", period=TH),
     F(f"{b} | {c}\n", c, cv, "percent", "%", f"tỷ lệ tuyển sinh so với kế hoạch {lab}", period=TH),
    ]
figs += [
 F("có 21.306 người", "21.306", 21306, "count", "người", "người tốt nghiệp các trình độ", period=P("Quý II/2024", "2024-04-01", "2024-06-30")),
 F("cao đẳng 1.842 người", "1.842", 1842, "count", "người", "người tốt nghiệp trình độ cao đẳng", total=21306, period=P("Quý II/2024", "2024-04-01", "2024-06-30")),
 F("trung cấp 2.615 người", "2.615", 2615, "count", "người", "người tốt nghiệp trình độ trung cấp", total=21306, period=P("Quý II/2024", "2024-04-01", "2024-06-30")),
 F("45/62 cơ sở", "45", 45, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp khảo sát", total=62, period=P("Quý II/2024", "2024-04-01", "2024-06-30", True)),
 F("đạt 87,3%", "87,3", 87.3, "percent", "%", "tỷ lệ người học có việc làm sau tốt nghiệp", period=P("Quý II/2024", "2024-04-01", "2024-06-30", True)),
 F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ người học có việc làm sau tốt nghiệp các nghề hàn, điện công nghiệp, công nghệ ô tô", approx="over",
   period=P("Quý II/2024", "2024-04-01", "2024-06-30", True)),
 F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/tháng", "thu nhập bình quân của người tốt nghiệp trình độ cao đẳng", value_max=9000000,
   period=P("Quý II/2024", "2024-04-01", "2024-06-30", True)),
 F("cấp 1.146 chứng chỉ", "1.146", 1146, "count", "chứng chỉ kỹ năng nghề quốc gia", "chứng chỉ kỹ năng nghề quốc gia đã cấp", period=p6()),
 F("03 trường cao đẳng", "03", 3, "count", "trường cao đẳng", "trường cao đẳng được công nhận đạt tiêu chuẩn kiểm định chất lượng", period=p6()),
 F("tuyển sinh 80.000 người", "80.000", 80000, "count", "người", "chỉ tiêu tuyển sinh", status="target", period=P("năm 2024", "2024-01-01", "2024-12-31", True)),
 F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ người học có việc làm sau tốt nghiệp", approx="over", status="target",
   period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31", True)),
]
write(2, T, figs, [
 "Formal report with letterhead (Sở LĐ-TB&XH Nghệ An, 'Số: 1876/BC-SLĐTBXH'); the place-and-date line 'Nghệ An, ngày 08 tháng 7 năm 2024' is its date.",
 "Flattened '|' table, 'Đơn vị tính: người', last column '(%)'. Every numeric cell is a figure; 'Kế hoạch năm 2024' column -> status target,",
 "'Thực hiện 6 tháng' -> actual, period from the column header (year from the header 'Kế hoạch năm 2024'/title). No totals for table cells (as p205-7).",
 "Distractors: document numbers (Số 1876/BC-SLĐTBXH, Kế hoạch số 112/KH-UBND ngày 25/01/2024), section numbers I./II./1./2./3., 'Bảng 1',",
 "'bậc 1, bậc 2' (levels), 'Lưu: VT, GDNN', signer. '45/62 cơ sở' total 62. Targets in section II (phấn đấu); '03 trường' count 3.",
 "Graduates: Quý II/2024 stated in their sentence; the survey sentence and income inherit it.",
], published="2024-07-08", location="Nghệ An")
