"""p1351-7: department site (Sở LĐ-TB&XH Long An), no dateline: children in special circumstances, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Long An: Kết quả chăm sóc trẻ em có hoàn cảnh đặc biệt năm 2024

Năm 2024, toàn tỉnh có 3.060 trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc, đạt 96,8% tổng số trẻ em có hoàn cảnh đặc biệt. Cả năm, Quỹ Bảo trợ trẻ em tỉnh ước vận động được 5,4 tỷ đồng, vượt 8% kế hoạch.

Số trẻ em có hoàn cảnh đặc biệt theo địa phương
Đơn vị tính: trẻ em
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Tân An
412
398
380
Huyện Đức Hòa
705
688
660
Huyện Cần Giuộc
563
541
520
Các huyện, thị xã còn lại
1.555
1.534
1.490
Tổng số
3.235
3.161
3.050

Toàn tỉnh hiện có 188/188 xã, phường, thị trấn bố trí cộng tác viên làm công tác trẻ em; 141 xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em. Từ đầu năm 2024 đến ngày 15/12/2024, các cơ quan chức năng tiếp nhận, xử lý 18 vụ xâm hại trẻ em, giảm 4 vụ so với cùng kỳ năm 2023; xấp xỉ 40% số vụ do người thân trong gia đình gây ra.

Bài viết liên quan:
- Long An phát động Tháng hành động vì trẻ em
- Hướng dẫn thủ tục đăng ký nhận chăm sóc thay thế trẻ em

Bản quyền thuộc Sở Lao động - Thương binh và Xã hội tỉnh Long An
Địa chỉ: số 58 Hùng Vương, Phường 2, TP Tân An | Điện thoại: 0272.3826.458
Lượt truy cập: 1.204.336
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YR = per("Cả năm", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
SINCE = per("Từ đầu năm 2024 đến ngày 15/12/2024", "2024-01-01", "2024-12-15")
IND = "trẻ em có hoàn cảnh đặc biệt"


def row(label, nums, place=None, subj=None):
    out = []
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        s = f"{IND} {subj + ' ' if subj else ''}{col}"
        out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "trẻ em", subject=s, period=p, **kw))
        prev = n
    return out


TABLE = (row("TP Tân An", ["412", "398", "380"], place="Tân An")
         + row("Huyện Đức Hòa", ["705", "688", "660"], place="Đức Hòa")
         + row("Huyện Cần Giuộc", ["563", "541", "520"], place="Cần Giuộc")
         + row("Các huyện, thị xã còn lại", ["1.555", "1.534", "1.490"], subj="các huyện, thị xã còn lại")
         + row("Tổng số", ["3.235", "3.161", "3.050"], subj="tổng số"))

FIGS = [
    fig("có 3.060 trẻ em", "3.060", 3060, "count", "trẻ em", percent=96.8,
        subject="trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", period=Y24),
    fig("được 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", status="estimate",
        change=chg("increase", 8, "%", "kế hoạch"), subject="kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động",
        period=YR),
] + TABLE + [
    fig("188/188 xã", "188", 188, "count", "xã, phường, thị trấn", total=188,
        subject="xã, phường, thị trấn bố trí cộng tác viên làm công tác trẻ em"),
    fig("; 141 xã", "141", 141, "count", "xã, phường, thị trấn",
        subject="xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em"),
    fig("xử lý 18 vụ", "18", 18, "count", "vụ", change=chg("decrease", 4, "vụ", "cùng kỳ năm 2023"),
        subject="vụ xâm hại trẻ em được tiếp nhận, xử lý", period=SINCE),
    fig("xấp xỉ 40%", "40", 40, "percent", "%", approx="about",
        subject="số vụ do người thân trong gia đình gây ra", period=SINCE),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Long An), no dateline: menu, related links, copyright, address, phone, 'Lượt truy cập: 1.204.336'.",
    "Distractors: 'số 58 Hùng Vương, Phường 2', phone 0272.3826.458, visitor counter, years in column headers.",
    "'đạt 96,8% tổng số trẻ em có hoàn cảnh đặc biệt' → percent 96,8 (no number for the whole in that sentence, so no total).",
    "'ước vận động được 5,4 tỷ đồng, vượt 8% kế hoạch' → estimate; the gap to the plan is a change (increase 8 %, baseline kế hoạch).",
    "One-cell-per-line table, 'Đơn vị tính: trẻ em': district rows (TP Tân An, Đức Hòa, Cần Giuộc) → location; 'Các huyện, thị xã còn lại'",
    "and 'Tổng số' rows stay in Long An with the label in the subject; periods from column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total. Columns add up to the 'Tổng số' row.",
    "'188/188' → total 188; '141 xã ...' after ';' has no part-of cue: no total. 'xấp xỉ 40%' → about; same sentence as 'Từ đầu năm 2024 đến ngày 15/12/2024'.",
]

if __name__ == "__main__":
    write("p1351-7", TEXT, NOTES, FIGS, location="Long An")
