"""p750-3: formal report (UBND tỉnh Sóc Trăng), phòng chống mù lòa 9 tháng 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sóc Trăng, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống mù lòa 9 tháng năm 2024

Thực hiện Kế hoạch số 35/KH-UBND ngày 15/02/2024 của UBND tỉnh về phòng, chống mù lòa năm 2024, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

1. Khám sàng lọc và phẫu thuật
Trong 9 tháng năm 2024, toàn tỉnh đã khám sàng lọc bệnh về mắt cho 28.614 người, đạt 81,8% kế hoạch; phẫu thuật đục thủy tinh thể đạt 2.057/2.600 ca kế hoạch năm, tăng 9,1% so với cùng kỳ. Kết quả theo địa bàn tại Bảng 1.

Bảng 1. Kết quả 9 tháng năm 2024 theo địa bàn
Địa bàn | Khám sàng lọc (người) | Phẫu thuật ĐTTT (ca) | Cấp kính (chiếc)
TP. Sóc Trăng | 5.120 | 342 | 610
Huyện Trần Đề | 4.386 | 315 | 402
Huyện Mỹ Xuyên | 3.975 | 288 | 355
Thị xã Vĩnh Châu | 6.240 | 476 | 518
Các địa bàn còn lại | 8.893 | 636 | 1.015

2. Khám tật khúc xạ học đường
Đã khám mắt cho 41.320 học sinh tại 126 trường, phát hiện 5.785 em mắc tật khúc xạ (chiếm 14%); cấp 2.900 kính miễn phí cho học sinh có hoàn cảnh khó khăn. Hiện nay, 11/11 huyện, thị xã, thành phố đã có điểm khám mắt hoạt động thường xuyên.

3. Kinh phí
Tổng kinh phí thực hiện ước đạt 5,86 tỷ đồng, trong đó vận động xã hội hóa 3,12 tỷ đồng, chiếm 53,2%.

II. NHIỆM VỤ QUÝ IV/2024
- Phấn đấu phẫu thuật tối thiểu 550 ca đục thủy tinh thể, bảo đảm vượt chỉ tiêu năm;
- Hoàn thành khám sàng lọc cho 35.000 người theo kế hoạch năm.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T = inh(per("Kết quả 9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Q4 = inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31"))
COLS = [("Khám sàng lọc", "người"), ("Phẫu thuật ĐTTT", "ca"), ("Cấp kính", "chiếc")]
ROWS = [
    ("TP. Sóc Trăng", "Sóc Trăng", None, ["5.120", "342", "610"]),
    ("Huyện Trần Đề", "Trần Đề", None, ["4.386", "315", "402"]),
    ("Huyện Mỹ Xuyên", "Mỹ Xuyên", None, ["3.975", "288", "355"]),
    ("Thị xã Vĩnh Châu", "Vĩnh Châu", None, ["6.240", "476", "518"]),
    ("Các địa bàn còn lại", None, "các địa bàn còn lại", ["8.893", "636", "1.015"]),
]


def table():
    out = []
    for label, loc, extra, cells in ROWS:
        line = label + " | " + " | ".join(cells)
        pos = len(label)
        for (col, unit), cell in zip(COLS, cells):
            # anchor: the cell with its left neighbour separator and the previous cell / row label tail
            i = line.index(" | " + cell, pos)
            start = max(0, i - 6)
            anchor = line[start:i + 3 + len(cell)]
            end = i + 3 + len(cell)
            if end < len(line):
                anchor += line[end:end + 2]
            pos = i + 1
            subj = col + (" " + extra if extra else "")
            kw = {"location": loc} if loc else {}
            out.append(fig(anchor, cell, float(cell.replace(".", "")), "count", unit, subj, T, **kw))
    return out


FIGS = [
    fig("cho 28.614 người", "28.614", 28614, "count", "người", "người được khám sàng lọc bệnh về mắt", P9, percent=81.8),
    fig("đạt 2.057/2.600 ca", "2.057", 2057, "count", "ca", "phẫu thuật đục thủy tinh thể", P9,
        target=tgt(2600, "ca"), change=chg("increase", 9.1, "%", "cùng kỳ")),
] + table() + [
    fig("cho 41.320 học sinh", "41.320", 41320, "count", "học sinh", "học sinh được khám mắt", inh(P9)),
    fig("tại 126 trường", "126", 126, "count", "trường", "trường được khám mắt", inh(P9)),
    fig("phát hiện 5.785 em", "5.785", 5785, "count", "em", "học sinh mắc tật khúc xạ", inh(P9), percent=14),
    fig("cấp 2.900 kính", "2.900", 2900, "count", "kính", "kính cấp miễn phí cho học sinh có hoàn cảnh khó khăn", inh(P9)),
    fig("Hiện nay, 11/11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố có điểm khám mắt hoạt động thường xuyên", total=11),
    fig("ước đạt 5,86 tỷ đồng", "5,86", 5.86e9, "money", "đồng", "tổng kinh phí thực hiện", inh(P9), status="estimate"),
    fig("hóa 3,12 tỷ đồng", "3,12", 3.12e9, "money", "đồng", "kinh phí vận động xã hội hóa", inh(P9),
        total=5.86e9, percent=53.2, status="estimate"),
    fig("tối thiểu 550 ca", "550", 550, "count", "ca", "ca đục thủy tinh thể phẫu thuật", Q4, approx="at_least",
        status="target"),
    fig("cho 35.000 người", "35.000", 35000, "count", "người", "người được khám sàng lọc theo kế hoạch năm",
        status="target"),
]

NOTES = [
    "Báo cáo số 287/BC-UBND của UBND tỉnh Sóc Trăng ngày 08/10/2024: phòng chống mù lòa 9 tháng năm 2024; flattened '|' table (Bảng 1).",
    "'đạt 2.057/2.600 ca kế hoạch năm': 2.600 is the plan -> target, not total (FIGURES.md 'Result against plan').",
    "Table: every numeric cell is a count; unit from the column header; place rows go to location, 'Các địa bàn còn lại' stays in the subject.",
    "Table period from its title line 'Kết quả 9 tháng năm 2024' (inherited, unscored); no 'Kế hoạch'/'Ước' column, so cells are actual.",
    "Section 2/3 sentences carry no period phrase: inherited 9 tháng. 'ước đạt' governs the 'trong đó' part too (estimate).",
    "Section II tasks: 'Phấn đấu … tối thiểu 550 ca' target; '35.000 người theo kế hoạch năm' target (the annual plan: 28.614 = 81,8% of it).",
    "Distractors: Số 287/BC-UBND, Kế hoạch số 35/KH-UBND ngày 15/02/2024, section numbers I./II./1./2./3., 'Bảng 1', place-and-date line.",
]

if __name__ == "__main__":
    write("p750-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Sóc Trăng")
