"""p684-7: Sở GD&ĐT Thanh Hóa (department site, no dateline) — tuition table 2024-2025, one cell per line."""
from lib import *

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THANH HÓA
Trang chủ | Thông báo | Văn bản chỉ đạo

Thông báo mức thu học phí năm học 2024-2025

Căn cứ Nghị quyết số 46/2024/NQ-HĐND của HĐND tỉnh, Sở Giáo dục và Đào tạo thông báo mức thu học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập trên địa bàn tỉnh Thanh Hóa năm học 2024-2025 như sau:

Bảng mức thu học phí
Đơn vị tính: nghìn đồng/học sinh/tháng
Cấp học
Thành thị
Nông thôn
Vùng DTTS và miền núi
Mầm non
270
110
50
Trung học cơ sở
285
125
55
Trung học phổ thông
300
150
70
Giáo dục thường xuyên cấp THPT
300
150
70

Mức thu trên áp dụng từ ngày 01/9/2024, thu 9 tháng/năm học. So với năm học 2023-2024, học phí khu vực thành thị tăng 15.000 - 30.000 đồng/tháng, khu vực nông thôn và miền núi giữ nguyên. Học sinh tiểu học công lập không phải nộp học phí. Mức thu này áp dụng tại 1.936 cơ sở giáo dục mầm non, phổ thông công lập trên địa bàn tỉnh.

Học sinh thuộc diện miễn, giảm học phí theo Nghị định số 81/2021/NĐ-CP nộp hồ sơ trong vòng 45 ngày kể từ ngày khai giảng. Năm học 2023-2024, toàn tỉnh có 176.340 học sinh được miễn học phí và 21.905 học sinh được giảm 50% học phí, với tổng kinh phí cấp bù 86,3 tỷ đồng.

Mọi thắc mắc xin liên hệ Phòng Kế hoạch - Tài chính, Sở GD&ĐT, số 14 Đại lộ Lê Lợi, TP Thanh Hóa; điện thoại 0237.3852.470.

Lượt truy cập: 4.102.336
"""

T = I(NH("năm học 2024-2025", 2024))
U = "đồng/học sinh/tháng"
COLS = ("thành thị", "nông thôn", "vùng DTTS và miền núi")


def row(label, cells):
    out = []
    for (anchor, num), col in zip(cells, COLS):
        out.append(F(anchor, num, parse_num(num) * 1000, "money", U, f"mức thu học phí {label} {col}", T))
    return out


FIGS = []
FIGS += row("mầm non", [("Mầm non\n270", "270"), ("270\n110", "110"), ("110\n50", "50")])
FIGS += row("trung học cơ sở", [("Trung học cơ sở\n285", "285"), ("285\n125", "125"), ("125\n55", "55")])
FIGS += row("trung học phổ thông", [("Trung học phổ thông\n300", "300"), ("Trung học phổ thông\n300\n150", "150"),
                                    ("Trung học phổ thông\n300\n150\n70", "70")])
FIGS += row("giáo dục thường xuyên cấp THPT", [("cấp THPT\n300", "300"), ("cấp THPT\n300\n150", "150"),
                                               ("cấp THPT\n300\n150\n70", "70")])
FIGS += [
    F("thu 9 tháng/năm học", "9", 9, "measure", "tháng/năm học", "thời gian thu học phí", optional=True),
    F("tăng 15.000 - 30.000", "15.000", 15000, "money", "đồng/tháng",
      "mức tăng học phí khu vực thành thị", I(NH("năm học 2024-2025", 2024)), value_max=30000),
    F("tại 1.936 cơ sở", "1.936", 1936, "count", "cơ sở giáo dục",
      "cơ sở giáo dục mầm non, phổ thông công lập áp dụng mức thu học phí"),
    F("trong vòng 45 ngày", "45", 45, "measure", "ngày", "thời hạn nộp hồ sơ miễn, giảm học phí",
      approx="at_most", optional=True),
    F("có 176.340 học sinh", "176.340", 176340, "count", "học sinh", "học sinh được miễn học phí",
      NH("Năm học 2023-2024", 2023)),
    F("21.905 học sinh", "21.905", 21905, "count", "học sinh", "học sinh được giảm 50% học phí",
      NH("Năm học 2023-2024", 2023)),
    F("giảm 50% học phí", "50", 50, "percent", "%", "mức giảm học phí", optional=True),
    F("bù 86,3 tỷ đồng", "86,3", 86300000000, "money", "đồng", "tổng kinh phí cấp bù miễn, giảm học phí",
      NH("Năm học 2023-2024", 2023)),
]

COMMENTS = [
    "Sở GD&ĐT Thanh Hóa (department site, no dateline, visit counter in the footer): mức thu học phí năm học 2024-2025.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn đồng/học sinh/tháng': each cell ×1000; subject = row + column; period from the",
    "heading/intro 'năm học 2024-2025' (inherited). The GDTX row repeats the THPT row (anchors start at the row label).",
    "'tăng 15.000 - 30.000 đồng/tháng' has no base amount in its sentence: the increase is the claim (money range, no change).",
    "Optional: 'thu 9 tháng/năm học' (collection months), 'trong vòng 45 ngày' (deadline), the category rate 'giảm 50% học phí'.",
    "Distractors: NQ 46/2024/NQ-HĐND, NĐ 81/2021/NĐ-CP, ngày 01/9/2024, số 14 Đại lộ Lê Lợi, phone, Lượt truy cập 4.102.336.",
]

if __name__ == "__main__":
    emit("p684-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")
