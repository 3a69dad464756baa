"""p585-3: UBND tỉnh Hà Tĩnh formal report, 9 months 2024, flattened | table by market."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, TG, F, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả đưa người lao động đi làm việc ở nước ngoài theo hợp đồng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Lao động xuất cảnh
9 tháng năm 2024, toàn tỉnh có 9.846 lao động đi làm việc ở nước ngoài, đạt 82,1% kế hoạch năm (12.000 người), tăng 11,3% so với cùng kỳ năm 2023. Kết quả theo thị trường như sau:

Bảng 1. Lao động xuất cảnh theo thị trường
Thị trường | Kế hoạch năm 2024 (người) | Thực hiện 9 tháng (người) | Tỷ lệ so với kế hoạch (%)
Nhật Bản | 5.500 | 4.928 | 89,6
Đài Loan (Trung Quốc) | 3.800 | 3.214 | 84,6
Hàn Quốc | 1.500 | 1.083 | 72,2
Thị trường khác | 1.200 | 621 | 51,8

Lao động nữ chiếm 37,4%; lao động đã qua đào tạo nghề chiếm 58%. Các huyện có nhiều lao động xuất cảnh là Thạch Hà 1.236 người, Cẩm Xuyên 1.105 người, Can Lộc 968 người, Đức Thọ 874 người.

2. Công tác hỗ trợ
Ngân sách tỉnh đã chi 8,65 tỷ đồng hỗ trợ 1.730 lao động (mức 5 triệu đồng/người) theo Nghị quyết số 68/2022/NQ-HĐND; Ngân hàng Chính sách xã hội cho 2.415 lao động vay với dư nợ 213,7 tỷ đồng. Kiều hối chuyển về tỉnh ước đạt 385 triệu USD.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV đưa thêm 2.200 lao động đi làm việc ở nước ngoài, nâng tổng số cả năm lên trên 12.000 người, hoàn thành 100% kế hoạch.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
FIGS = [
    F("có 9.846 lao động", "9.846", 9846, "count", "lao động", "lao động đi làm việc ở nước ngoài", M9,
      percent=82.1, change=CH("increase", 11.3, baseline="cùng kỳ năm 2023"), target=TG(12000, "người")),
]
ROWS = [("Nhật Bản", "5.500", 5500, "4.928", 4928, "89,6", 89.6),
        ("Đài Loan (Trung Quốc)", "3.800", 3800, "3.214", 3214, "84,6", 84.6),
        ("Hàn Quốc", "1.500", 1500, "1.083", 1083, "72,2", 72.2),
        ("Thị trường khác", "1.200", 1200, "621", 621, "51,8", 51.8)]
for label, pn, pv, dn, dv, rn, rv in ROWS:
    FIGS.append(F(f"{label} | {pn} |", pn, pv, "count", "người", f"lao động xuất cảnh {label} kế hoạch năm 2024", PLAN,
                  status="target"))
    FIGS.append(F(f"| {dn} |", dn, dv, "count", "người", f"lao động xuất cảnh {label} thực hiện 9 tháng", DONE))
    FIGS.append(F(f"| {rn}\n", rn, rv, "percent", "%", f"tỷ lệ lao động xuất cảnh {label} so với kế hoạch", I(M9)))
FIGS += [
    F("nữ chiếm 37,4%", "37,4", 37.4, "percent", "%", "lao động nữ trong số lao động xuất cảnh", I(M9)),
    F("chiếm 58%", "58", 58, "percent", "%", "lao động đã qua đào tạo nghề trong số lao động xuất cảnh", I(M9)),
    F("Thạch Hà 1.236 người", "1.236", 1236, "count", "người", "lao động xuất cảnh", I(M9), location="Thạch Hà"),
    F("Cẩm Xuyên 1.105 người", "1.105", 1105, "count", "người", "lao động xuất cảnh", I(M9), location="Cẩm Xuyên"),
    F("Can Lộc 968 người", "968", 968, "count", "người", "lao động xuất cảnh", I(M9), location="Can Lộc"),
    F("Đức Thọ 874 người", "874", 874, "count", "người", "lao động xuất cảnh", I(M9), location="Đức Thọ"),
    F("chi 8,65 tỷ đồng", "8,65", 8650000000, "money", "đồng", "ngân sách tỉnh chi hỗ trợ lao động đi làm việc ở nước ngoài", I(M9)),
    F("hỗ trợ 1.730 lao động", "1.730", 1730, "count", "lao động", "lao động được ngân sách tỉnh hỗ trợ", I(M9)),
    F("mức 5 triệu đồng/người", "5", 5000000, "money", "đồng/người", "mức hỗ trợ lao động", I(M9)),
    F("cho 2.415 lao động", "2.415", 2415, "count", "lao động", "lao động được Ngân hàng Chính sách xã hội cho vay", I(M9)),
    F("dư nợ 213,7 tỷ đồng", "213,7", 213700000000, "money", "đồng", "dư nợ cho lao động vay đi làm việc ở nước ngoài", I(M9)),
    F("ước đạt 385 triệu USD", "385", 385000000, "money", "USD", "kiều hối chuyển về tỉnh", I(M9), status="estimate"),
    F("thêm 2.200 lao động", "2.200", 2200, "count", "lao động", "lao động đi làm việc ở nước ngoài đưa thêm",
      P("quý IV", "2024-10-01", "2024-12-31"), status="target"),
    F("trên 12.000 người", "12.000", 12000, "count", "người", "tổng số lao động đi làm việc ở nước ngoài cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", percent=100, status="target"),
]

COMMENTS = [
    "UBND tỉnh Hà Tĩnh formal report (letterhead, 'Số: 412/BC-UBND', place-and-date line): workers sent abroad 9 months 2024.",
    "Flattened '|' table with units in the column headers: plan column -> status target, period năm 2024; 'Thực hiện 9 tháng' -> 9 months",
    "2024 (year from the title); the ratio column has no period of its own (inherited). Markets stay in the subject; location Hà Tĩnh.",
    "'đạt 82,1% kế hoạch năm (12.000 người)': percent 82.1 and target 12000 (the bracketed plan is an attribute, not a figure).",
    "'trên 12.000 người, hoàn thành 100% kế hoạch': 100 is the share; period 'cả năm' = 2024. Districts listed as 'Thạch Hà 1.236 người' -> location.",
    "Distractors: Số 412/BC-UBND, Nghị quyết số 68/2022/NQ-HĐND, section numbers I./1./2./II., 'Bảng 1.', 'Lưu: VT, VX1', dateline.",
    "revised after the first run: subjects of the 37,4%/58% shares no longer start with an invented 'tỷ lệ' (sentence: 'Lao động nữ chiếm 37,4%').",
]

if __name__ == "__main__":
    emit("p585-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Tĩnh")
