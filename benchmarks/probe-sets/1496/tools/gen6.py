"""p1496-6: department site (Sở Công Thương Yên Bái), no dateline; one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH YÊN BÁI
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Sản xuất đồ gỗ gia dụng 9 tháng năm 2024 tăng trưởng khá

9 tháng năm 2024, tổng giá trị sản xuất đồ gỗ gia dụng trên địa bàn tỉnh đạt 352,4 tỷ đồng, tăng 10,6% so với cùng kỳ; đũa gỗ vẫn là sản phẩm chủ lực, chiếm 58% giá trị sản xuất.

Giá trị sản xuất theo sản phẩm
Đơn vị tính: tỷ đồng
Sản phẩm
9 tháng năm 2023
9 tháng năm 2024
So với cùng kỳ (%)
Đũa gỗ
187,2
204,5
109,2
Thớt, khay gỗ
96,3
108,7
112,9
Muỗng, thìa và sản phẩm khác
35,1
39,2
111,7
Tổng số
318,6
352,4
110,6

Toàn tỉnh có 64 cơ sở sản xuất đũa gỗ, tập trung ở các huyện Văn Yên (28 cơ sở), Trấn Yên (19 cơ sở) và Yên Bình (11 cơ sở). Nguyên liệu chủ yếu là gỗ bồ đề, keo rừng trồng; mỗi năm các cơ sở tiêu thụ khoảng 120.000 m3 gỗ.

Quý IV/2024, Sở dự kiến hỗ trợ 5 cơ sở đầu tư dây chuyền sấy, đánh bóng đũa từ nguồn kinh phí khuyến công, tổng kinh phí 1,2 tỷ đồng; phấn đấu cả năm giá trị sản xuất toàn ngành đạt trên 480 tỷ đồng.

Tin khác
- Yên Bái: Hội nghị tổng kết công tác khuyến công năm 2023
- Hướng dẫn hồ sơ đề nghị hỗ trợ khuyến công năm 2025

SỞ CÔNG THƯƠNG TỈNH YÊN BÁI
Địa chỉ: Số 12, đường Điện Biên, phường Đồng Tâm, TP Yên Bái
Điện thoại: 0216.3852.314 - Email: sct@yenbai.gov.vn
Lượt truy cập: 1.204.377 | Trực tuyến: 21
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")
SUBJ = "cơ sở sản xuất đũa gỗ"

ROWS = [("Đũa gỗ", ["187,2", "204,5", "109,2"]), ("Thớt, khay gỗ", ["96,3", "108,7", "112,9"]),
        ("Muỗng, thìa và sản phẩm khác", ["35,1", "39,2", "111,7"]), ("Tổng số", ["318,6", "352,4", "110,6"])]
CELLS = []
for label, nums in ROWS:
    row = label.lower()
    a, b, c = nums
    CELLS.append(fig(f"{label}\n{a}", a, float(a.replace(",", ".")) * 1e9, "money", "đồng",
                     subject=f"giá trị sản xuất {row} 9 tháng năm 2023", period=C23))
    CELLS.append(fig(f"{a}\n{b}", b, float(b.replace(",", ".")) * 1e9, "money", "đồng",
                     subject=f"giá trị sản xuất {row} 9 tháng năm 2024", period=M9))
    CELLS.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"giá trị sản xuất {row} so với cùng kỳ"))

FIGS = [
    fig("đạt 352,4 tỷ", "352,4", 352.4e9, "money", "đồng", change=chg("increase", 10.6, "%", "cùng kỳ"),
        subject="tổng giá trị sản xuất đồ gỗ gia dụng", period=M9),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="đũa gỗ trong giá trị sản xuất", period=M9),
] + CELLS + [
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở", subject=SUBJ),
    fig("Văn Yên (28 cơ sở)", "28", 28, "count", "cơ sở", subject=SUBJ, location="Văn Yên"),
    fig("Trấn Yên (19 cơ sở)", "19", 19, "count", "cơ sở", subject=SUBJ, location="Trấn Yên"),
    fig("Yên Bình (11 cơ sở)", "11", 11, "count", "cơ sở", subject=SUBJ, location="Yên Bình"),
    fig("khoảng 120.000 m3", "120.000", 120000, "measure", "m3", approx="about",
        subject="gỗ các cơ sở tiêu thụ mỗi năm"),
    fig("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", status="forecast",
        subject="cơ sở được hỗ trợ đầu tư dây chuyền sấy, đánh bóng đũa", period=Q4),
    fig("phí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="forecast", subject="tổng kinh phí khuyến công",
        period=Q4),
    fig("trên 480 tỷ", "480", 480e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất toàn ngành", period=FY),
]

NOTES = [
    "Department site (Sở Công Thương Yên Bái), no dateline: menu, 'Tin khác' links, footer address, phone, e-mail, counters.",
    "Distractors: 'Số 12, đường Điện Biên', phone 0216.3852.314, 'Lượt truy cập: 1.204.377', 'Trực tuyến: 21', years in link titles.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' (×10^9 đồng); rows are products, 'Tổng số' row; period from the headers '9 tháng năm 2023/2024'.",
    "'So với cùng kỳ (%)' cells are percent figures (value as written, e.g. 109,2 = 109.2% of the same period), no change object;",
    "their header states no period, so the gold gives none (not scored). Cells get no total.",
    "'đũa gỗ ... chiếm 58% giá trị sản xuất' has no base amount of its own in the sentence: a percent figure.",
    "'Văn Yên (28 cơ sở), Trấn Yên (19 cơ sở) và Yên Bình (11 cơ sở)' add up to 58, not 64 ('tập trung ở'): no total; each district is its location.",
    "'Quý IV/2024, Sở dự kiến hỗ trợ 5 cơ sở ..., tổng kinh phí 1,2 tỷ' forecast (the cue governs the continuing clause);",
    "'; phấn đấu cả năm ... trên 480 tỷ' target, period cả năm = 2024. 'mỗi năm ... khoảng 120.000 m3 gỗ': unit m3, 'mỗi năm' in the subject.",
    "revised after the first run: 'mỗi năm ... khoảng 120.000 m3' unit m3/năm → m3 (shared gold habit for 'mỗi X', see 004 and 001).",
]

if __name__ == "__main__":
    write("p1496-6", TEXT, NOTES, FIGS, location="Yên Bái")
