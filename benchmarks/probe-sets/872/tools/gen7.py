"""p872-7: department site (Sở LĐTBXH Thái Nguyên), no dateline, rehabilitation centre results, one-cell-per-line table."""
from lib import F, P, I, C, build

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
Trung tâm Phục hồi chức năng - Chỉnh hình: điểm tựa của người khuyết tật

Trung tâm Phục hồi chức năng - Chỉnh hình trực thuộc Sở hiện có 3 khoa, 52 giường bệnh và 38 viên chức, người lao động. Năm 2023, Trung tâm điều trị nội trú cho 1.924 lượt bệnh nhân, ngoại trú 6.350 lượt; công suất sử dụng giường bệnh đạt 112%.

Người khuyết tật thuộc hộ nghèo, cận nghèo được hỗ trợ 100% chi phí dụng cụ chỉnh hình; các đối tượng khác được hỗ trợ 50%. 9 tháng đầu năm 2024, Trung tâm đã cấp 108 chân giả, đạt 72% kế hoạch năm.

Kết quả cung cấp dụng cụ chỉnh hình:
Đơn vị tính: chiếc
Loại dụng cụ
Năm 2022
Năm 2023
Kế hoạch 2024
Chân giả
118
134
150
Tay giả
22
19
25
Nẹp chỉnh hình
356
402
450
Giày chỉnh hình
241
265
300
Xe lăn
187
210
220
Tổng cộng
924
1.030
1.145

Theo đánh giá của Trung tâm, nhu cầu dụng cụ chỉnh hình trên địa bàn tỉnh còn lớn, nhất là ở các huyện Võ Nhai, Định Hóa, Đại Từ, nơi có nhiều người khuyết tật vận động là đồng bào dân tộc thiểu số.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI NGUYÊN
Địa chỉ: Số 8 đường Đội Cấn, phường Trưng Vương, TP Thái Nguyên
Điện thoại: 0208.3855.467 - Fax: 0208.3856.218
Tổng lượt truy cập: 1.386.204 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [
    ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]
ROWS = [
    ("Chân giả", ["118", "134", "150"]),
    ("Tay giả", ["22", "19", "25"]),
    ("Nẹp chỉnh hình", ["356", "402", "450"]),
    ("Giày chỉnh hình", ["241", "265", "300"]),
    ("Xe lăn", ["187", "210", "220"]),
    ("Tổng cộng", ["924", "1.030", "1.145"]),
]


def table_figs():
    out = []
    for label, cells in ROWS:
        for i, cell in enumerate(cells):
            left = label if i == 0 else cells[i - 1]
            anchor = f"{left}\n{cell}"
            colname, period, status = COLS[i]
            subj = f"{label.lower()} cung cấp" if label != "Tổng cộng" else "tổng cộng dụng cụ chỉnh hình cung cấp"
            if status == "target":
                subj += " kế hoạch"
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, int(cell.replace(".", "")), "count", "chiếc", subj, period=period, **kw))
    return out


FIGS = [
    F("có 3 khoa", "3", 3, "count", "khoa", "khoa của Trung tâm Phục hồi chức năng - Chỉnh hình"),
    F("52 giường bệnh", "52", 52, "count", "giường bệnh", "giường bệnh của Trung tâm"),
    F("38 viên chức", "38", 38, "count", "viên chức, người lao động", "viên chức, người lao động của Trung tâm"),
    F("cho 1.924 lượt bệnh nhân", "1.924", 1924, "count", "lượt bệnh nhân", "lượt bệnh nhân điều trị nội trú",
      period=Y23),
    F("ngoại trú 6.350 lượt", "6.350", 6350, "count", "lượt", "lượt bệnh nhân điều trị ngoại trú", period=Y23),
    F("đạt 112%", "112", 112, "percent", "%", "công suất sử dụng giường bệnh", period=Y23),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%",
      "chi phí dụng cụ chỉnh hình hỗ trợ người khuyết tật thuộc hộ nghèo, cận nghèo"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "chi phí dụng cụ chỉnh hình hỗ trợ các đối tượng khác"),
    F("cấp 108 chân giả", "108", 108, "count", "chân giả", "chân giả Trung tâm cấp", percent=72,
      period=P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")),
] + table_figs()

COMMENTS = [
    "Sở LĐTBXH Thái Nguyên (department site, no dateline): Trung tâm Phục hồi chức năng - Chỉnh hình; one-cell-per-line table (invented, probe set 872).",
    "No published date (no dateline; the footer has none). Table: header cells one per line (Loại dụng cụ | Năm 2022 | Năm 2023 | Kế hoạch 2024),",
    "then each row's cells one per line; 'Đơn vị tính: chiếc'. Every numeric cell is a figure, unit chiếc, subject = row label (+ plan column),",
    "period from the column header (scored, as in the shared table gold), 'Kế hoạch 2024' cells status target; the 'Tổng cộng' row is its own figure.",
    "'hỗ trợ 100% chi phí' and 'hỗ trợ 50%' are policy support rates: percent figures. 'đạt 72% kế hoạch năm' is the percent of the 108.",
    "Distractors: Số 8 đường Đội Cấn, 0208.3855.467, Fax 0208.3856.218, Tổng lượt truy cập: 1.386.204, Đang trực tuyến: 37.",
]

if __name__ == "__main__":
    build("p872-7", TEXT, FIGS, COMMENTS, published=None, location="Thái Nguyên")
