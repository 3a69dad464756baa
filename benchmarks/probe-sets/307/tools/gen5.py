from lib import F, P, write

ART = """CÔNG AN TỈNH NGHỆ AN
PHÒNG CẢNH SÁT PCCC VÀ CNCH
Số: 1215/BC-PC07
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác PCCC và CNCH 9 tháng năm 2024

I. TÌNH HÌNH CHÁY, NỔ VÀ CỨU NẠN, CỨU HỘ
Bảng 1. Tình hình cháy, nổ, CNCH so với cùng kỳ
Chỉ tiêu | Đơn vị | 9 tháng năm 2024 | 9 tháng năm 2023 | So sánh (%)
Số vụ cháy | vụ | 96 | 118 | 81,4
Số người chết | người | 3 | 5 | 60
Số người bị thương | người | 7 | 4 | 175
Thiệt hại tài sản | tỷ đồng | 17,45 | 23,9 | 73
Số vụ nổ | vụ | 2 | 1 | 200
Số vụ CNCH | vụ | 58 | 47 | 123,4
Số người được cứu | người | 31 | 26 | 119,2

Về nguyên nhân: do sự cố hệ thống, thiết bị điện 61 vụ (chiếm 63,5%), do sơ suất sử dụng lửa 18 vụ, chưa rõ nguyên nhân 6 vụ. Địa bàn xảy ra nhiều vụ cháy: TP Vinh 27 vụ, huyện Nghi Lộc 12 vụ, TX Hoàng Mai 9 vụ.

II. KẾT QUẢ CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ PCCC
1. Kiểm tra an toàn PCCC 3.874 lượt cơ sở, đạt 96,9% kế hoạch năm; kiến nghị khắc phục 2.216 tồn tại, thiếu sót.
2. Xử phạt vi phạm hành chính 247 trường hợp, phạt tiền 1.682 triệu đồng; tạm đình chỉ 21 trường hợp, đình chỉ 6 trường hợp.
3. Tổ chức 412 cuộc thực tập phương án chữa cháy có lực lượng Cảnh sát PCCC tham gia.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu hoàn thành 100% chỉ tiêu kiểm tra năm 2024 (4.000 lượt cơ sở); tăng cường tuyên truyền mùa hanh khô.

Nơi nhận:
- Cục C07 (b/c);
- Lãnh đạo Công an tỉnh;
- Lưu: VT, PC07.
TRƯỞNG PHÒNG
Thượng tá Trần Văn Minh
"""

C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Ti = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

rows = [
    ("Số vụ cháy", "vụ", "count", 1, ("96", 96), ("118", 118), ("81,4", 81.4)),
    ("Số người chết", "người", "count", 1, ("3", 3), ("5", 5), ("60", 60)),
    ("Số người bị thương", "người", "count", 1, ("7", 7), ("4", 4), ("175", 175)),
    ("Thiệt hại tài sản", "đồng", "money", 1e9, ("17,45", 17.45), ("23,9", 23.9), ("73", 73)),
    ("Số vụ nổ", "vụ", "count", 1, ("2", 2), ("1", 1), ("200", 200)),
    ("Số vụ CNCH", "vụ", "count", 1, ("58", 58), ("47", 47), ("123,4", 123.4)),
    ("Số người được cứu", "người", "count", 1, ("31", 31), ("26", 26), ("119,2", 119.2)),
]
figs = []
for label, unit, kind, mult, a, b, c in rows:
    u = "tỷ đồng" if kind == "money" else unit
    pre = f"{label} | {u} | "
    figs.append(F(f"{pre}{a[0]} |", a[0], round(a[1] * mult, 6), kind, unit, f"{label} 9 tháng năm 2024", period=C24))
    figs.append(F(f"| {a[0]} | {b[0]} |", b[0], round(b[1] * mult, 6), kind, unit, f"{label} 9 tháng năm 2023", period=C23))
    figs.append(F(f"| {b[0]} | {c[0]}\n", c[0], c[1], "percent", "%", f"{label} so sánh với cùng kỳ", period=Ti))

figs += [
    F("điện 61 vụ", "61", 61, "count", "vụ", "vụ cháy do sự cố hệ thống, thiết bị điện", percent=63.5, period=Ti),
    F("lửa 18 vụ", "18", 18, "count", "vụ", "vụ cháy do sơ suất sử dụng lửa", period=Ti),
    F("nguyên nhân 6 vụ", "6", 6, "count", "vụ", "vụ cháy chưa rõ nguyên nhân", period=Ti),
    F("Vinh 27 vụ", "27", 27, "count", "vụ", "vụ cháy", location="Vinh", period=Ti),
    F("Nghi Lộc 12 vụ", "12", 12, "count", "vụ", "vụ cháy", location="Nghi Lộc", period=Ti),
    F("Hoàng Mai 9 vụ", "9", 9, "count", "vụ", "vụ cháy", location="Hoàng Mai", period=Ti),
    F("PCCC 3.874 lượt", "3.874", 3874, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", percent=96.9, period=Ti),
    F("khắc phục 2.216 tồn tại", "2.216", 2216, "count", "tồn tại, thiếu sót", "tồn tại, thiếu sót kiến nghị khắc phục", period=Ti),
    F("hành chính 247 trường hợp", "247", 247, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", period=Ti),
    F("phạt tiền 1.682 triệu đồng", "1.682", 1682e6, "money", "đồng", "tiền phạt vi phạm hành chính", period=Ti),
    F("tạm đình chỉ 21", "21", 21, "count", "trường hợp", "trường hợp bị tạm đình chỉ", period=Ti),
    F("đình chỉ 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp bị đình chỉ", period=Ti),
    F("Tổ chức 412 cuộc", "412", 412, "count", "cuộc", "cuộc thực tập phương án chữa cháy có lực lượng Cảnh sát PCCC tham gia", period=Ti),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "tỷ lệ hoàn thành chỉ tiêu kiểm tra an toàn PCCC",
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("(4.000 lượt cơ sở)", "4.000", 4000, "count", "lượt cơ sở", "chỉ tiêu kiểm tra an toàn PCCC", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

write("p307-5", ART, figs, [
    "Formal report with letterhead (Phòng PC07 Công an tỉnh Nghệ An, 'Số: 1215/BC-PC07', 'Nghệ An, ngày 05 tháng 10 năm 2024').",
    "Flattened '|' table with a 'Đơn vị' column (row units; 'tỷ đồng' multiplies 17,45 and 23,9); every numeric cell is a figure.",
    "Period from the column headers ('9 tháng năm 2024' / '9 tháng năm 2023'); the 'So sánh (%)' column is a percent figure with the",
    "report's period inherited. Text below the table inherits '9 tháng năm 2024' from the title. Cause counts have no part-of cue (no total).",
    "Section III: '100% chỉ tiêu kiểm tra năm 2024 (4.000 lượt cơ sở)' two target figures. '96,9% kế hoạch năm' is the share of 3.874.",
    "Distractors: document number, 'Bảng 1', section numbers I./II./III./1./2./3., 'QUÝ IV/2024' heading, 'Cục C07', 'Lưu: VT, PC07', rank/name.",
], published="2024-10-05", location="Nghệ An")
