"""p476-3: formal district report (Can Lộc, Hà Tĩnh), 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN CAN LỘC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Can Lộc, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả đào tạo nghề cho lao động nông thôn 9 tháng đầu năm và nhiệm vụ quý IV năm 2024

Thực hiện Kế hoạch số 38/KH-UBND ngày 15/02/2024 của UBND huyện, UBND huyện báo cáo kết quả 9 tháng năm 2024 như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuyển sinh, đào tạo
Toàn huyện đã mở 27 lớp đào tạo nghề cho 755 lao động nông thôn, đạt 68,6% kế hoạch năm; trong đó 612 người được hỗ trợ chi phí học nghề theo Quyết định số 46/2015/QĐ-TTg. Học viên là người dân tộc thiểu số, người khuyết tật, lao động thuộc hộ nghèo, hộ cận nghèo là 143 người. Kết quả theo nhóm nghề:

TT | Nhóm nghề | Kế hoạch năm 2024 (người) | Thực hiện 9 tháng (người) | Tỷ lệ (%)
1 | Nông nghiệp (trồng trọt, chăn nuôi) | 520 | 386 | 74,2
2 | Phi nông nghiệp (may, hàn, điện dân dụng) | 430 | 298 | 69,3
3 | Dịch vụ, du lịch | 150 | 71 | 47,3
 | Tổng cộng | 1.100 | 755 | 68,6

2. Kinh phí
Tổng kinh phí đã giải ngân 1.847,6 triệu đồng, bằng 71,5% dự toán được giao; mức hỗ trợ bình quân 2,45 triệu đồng/học viên/khóa.

3. Hiệu quả sau đào tạo
Có 621/755 học viên có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, đạt 82,3%.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Dự kiến mở thêm 12 lớp cho khoảng 345 học viên, bảo đảm hoàn thành 100% kế hoạch năm.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở LĐ-TB&XH;
- Lưu: VT, LĐTBXH.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV năm 2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Nông nghiệp (trồng trọt, chăn nuôi)", "| 520 |", "520", 520, "| 386 |", "386", 386, "| 74,2", "74,2", 74.2),
    ("Phi nông nghiệp (may, hàn, điện dân dụng)", "| 430 |", "430", 430, "| 298 |", "298", 298, "| 69,3", "69,3", 69.3),
    ("Dịch vụ, du lịch", "| 150 |", "150", 150, "| 71 |", "71", 71, "| 47,3", "47,3", 47.3),
    ("Tổng cộng", "| 1.100 |", "1.100", 1100, "| 755 |", "755", 755, "| 68,6", "68,6", 68.6),
]

FIGS = [
    F("mở 27 lớp", "27", 27, "count", "lớp", "lớp đào tạo nghề cho lao động nông thôn", I(M9)),
    F("cho 755 lao động", "755", 755, "count", "lao động nông thôn", "lao động nông thôn được đào tạo nghề", I(M9),
      percent=68.6),
    F("trong đó 612 người", "612", 612, "count", "người", "người được hỗ trợ chi phí học nghề", I(M9), total=755),
    F("là 143 người", "143", 143, "count", "người",
      "học viên là người dân tộc thiểu số, người khuyết tật, lao động thuộc hộ nghèo, hộ cận nghèo", I(M9)),
]
for label, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    FIGS += [
        F(label + " " + a1, n1, v1, "count", "người", f"{label} kế hoạch năm 2024", PLAN, status="target"),
        F(a1 + " " + n2, n2, v2, "count", "người", f"{label} thực hiện 9 tháng", DONE),
        F(n2 + " " + a3, n3, v3, "percent", "%", f"{label} tỷ lệ", I(M9)),
    ]
FIGS += [
    F("giải ngân 1.847,6 triệu đồng", "1.847,6", 1847.6e6, "money", "đồng", "tổng kinh phí đã giải ngân", I(M9),
      percent=71.5),
    F("bình quân 2,45 triệu", "2,45", 2.45e6, "money", "đồng/học viên/khóa", "mức hỗ trợ bình quân", I(M9)),
    F("Có 621/755", "621", 621, "count", "học viên",
      "học viên có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn", I(M9), total=755, percent=82.3),
    F("thêm 12 lớp", "12", 12, "count", "lớp", "lớp đào tạo nghề mở thêm", I(Q4), status="forecast"),
    F("khoảng 345 học viên", "345", 345, "count", "học viên", "học viên các lớp mở thêm", I(Q4), approx="about",
      status="forecast"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm", I(Q4), status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND huyện Can Lộc (Hà Tĩnh) số 412/BC-UBND, 07/10/2024: đào tạo nghề cho lao động nông thôn 9 tháng năm 2024.",
    "Flattened '|' table: every numeric cell is a figure; plan column -> status target, period from the column header (scored);",
    "'Thực hiện 9 tháng' column period from its header (year from the title); 'Tỷ lệ (%)' column inherits the 9 months. Row numbers are not figures;",
    "table cells get no total (no cue). '621/755' -> total 755 and percent 82,3. 'Dự kiến' governs the whole quý IV sentence (forecast).",
    "revised after the first scoring: the four 'Tỷ lệ (%)' cell subjects were '<row> tỷ lệ thực hiện so với kế hoạch', words from neither label; now '<row> tỷ lệ' (FIGURES.md: row label and column label).",
    "Distractors: Số: 412/BC-UBND, Kế hoạch số 38/KH-UBND ngày 15/02/2024, Quyết định số 46/2015/QĐ-TTg, section numbers I., II., 1., 2., 3.",
]

if __name__ == "__main__":
    emit("p476-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Can Lộc")
