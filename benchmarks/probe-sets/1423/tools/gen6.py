"""p1423-6: department site (Sở LĐ-TB&XH Đồng Tháp), no dateline, one-cell-per-line table: insurance support to sellers."""
from lib import F, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Hỗ trợ người bán vé số lưu động tham gia bảo hiểm

Thực hiện Kế hoạch số 215/KH-SLĐTBXH, Sở phối hợp với Công ty TNHH MTV Xổ số kiến thiết Đồng Tháp và Bảo hiểm xã hội tỉnh vận động người bán vé số lưu động tham gia bảo hiểm xã hội (BHXH) tự nguyện và bảo hiểm y tế (BHYT). Toàn tỉnh hiện có khoảng 5.400 người bán vé số lưu động, tập trung ở TP Cao Lãnh, TP Sa Đéc và huyện Lai Vung.

Kết quả hỗ trợ người bán vé số lưu động
(Đơn vị: người)
Nội dung
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Tổng số người được hỗ trợ
2.172
2.545
117,2
Trong đó: - Tham gia BHXH tự nguyện
312
405
129,8
- Được cấp thẻ BHYT
1.860
2.140
115,1

Ngoài mức hỗ trợ của Nhà nước, Công ty Xổ số kiến thiết Đồng Tháp hỗ trợ thêm 50.000 đồng/người/tháng cho người bán vé số tham gia BHXH tự nguyện. Tổng kinh phí hỗ trợ năm 2024 ước khoảng 1,75 tỷ đồng, tăng 18,7% so với năm 2023. Riêng TP Sa Đéc có 96 người bán vé số tham gia BHXH tự nguyện, nhiều nhất tỉnh.

Mục tiêu đến năm 2025, toàn tỉnh có ít nhất 600 người bán vé số tham gia BHXH tự nguyện và 100% người bán vé số thuộc hộ nghèo, hộ cận nghèo có thẻ BHYT.

Tin khác:
- Đồng Tháp tổ chức Ngày hội việc làm lần thứ 3
- Hướng dẫn chi trả trợ cấp xã hội tháng 10/2024

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Địa chỉ: Số 2, đường 30/4, Phường 1, TP Cao Lãnh
Điện thoại: 0277.3851.290
Lượt truy cập: 1.937.402
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")

ROWS = [("Tổng số người được hỗ trợ", "tổng số người bán vé số được hỗ trợ", None, ["2.172", "2.545", "117,2"]),
        ("Trong đó: - Tham gia BHXH tự nguyện", "người bán vé số tham gia BHXH tự nguyện được hỗ trợ",
         (2172, 2545), ["312", "405", "129,8"]),
        ("- Được cấp thẻ BHYT", "người bán vé số được cấp thẻ BHYT", (2172, 2545), ["1.860", "2.140", "115,1"])]
CELLS = []
for label, subj, totals, (a, b, c) in ROWS:
    kw_a = {"total": totals[0]} if totals else {}
    kw_b = {"total": totals[1]} if totals else {}
    CELLS += [
        F(f"{label}\n{a}", a, float(a.replace(".", "")), "count", "người", subject=f"{subj} năm 2023",
          period=Y23, **kw_a),
        F(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "người", status="estimate",
          subject=f"{subj} ước thực hiện 2024", period=E24, **kw_b),
        F(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
          subject=f"{subj} so với cùng kỳ"),
    ]

FIGS = [
    F("khoảng 5.400 người", "5.400", 5400, "count", "người", approx="about",
      subject="người bán vé số lưu động"),
] + CELLS + [
    F("thêm 50.000 đồng", "50.000", 50000, "money", "đồng/người/tháng",
      subject="mức công ty xổ số hỗ trợ thêm cho người bán vé số tham gia BHXH tự nguyện"),
    F("ước khoảng 1,75 tỷ", "1,75", 1.75e9, "money", "đồng", approx="about", status="estimate",
      change=chg("increase", 18.7, "%", "năm 2023"), subject="tổng kinh phí hỗ trợ", period=Y24),
    F("có 96 người", "96", 96, "count", "người",
      subject="người bán vé số tham gia BHXH tự nguyện", location="Sa Đéc"),
    F("ít nhất 600 người", "600", 600, "count", "người", approx="at_least", status="target",
      subject="người bán vé số tham gia BHXH tự nguyện", period=BY25),
    F("và 100% người", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ người bán vé số thuộc hộ nghèo, hộ cận nghèo có thẻ BHYT", period=BY25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đồng Tháp), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập'. published: none.",
    "Distractors: 'Kế hoạch số 215/KH-SLĐTBXH', 'lần thứ 3', 'tháng 10/2024' in a link, 'Số 2, đường 30/4, Phường 1', phone 0277.3851.290,",
    "'Lượt truy cập: 1.937.402'.",
    "One-cell-per-line table, '(Đơn vị: người)', columns Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%), a 'Tổng số' row and",
    "'Trong đó' sub-rows. Count cells: subject = row + column label, period from the column (scored), 'Ước thực hiện 2024' → estimate.",
    "The 'Trong đó' sub-rows are parts of the Tổng số row in the same column → total 2172 / 2545 (spec: a part after 'trong đó' that",
    "follows the whole). 'So với cùng kỳ (%)' cells are percent figures (ratios to the year before), no period stated in their header.",
    "'Tổng kinh phí hỗ trợ năm 2024 ước khoảng 1,75 tỷ đồng, tăng 18,7%' → estimate + about + change.",
    "'Riêng TP Sa Đéc có 96 người ...' → location Sa Đéc; 'riêng' is no part-of cue, so no total. 'Mục tiêu đến năm 2025' → target for both.",
    "'hỗ trợ thêm 50.000 đồng/người/tháng' is a standing rate: no period.",
]

if __name__ == "__main__":
    write("p1423-6", TEXT, NOTES, FIGS, location="Đồng Tháp")
