"""p1291-6: department site (Sở NN&PTNT Hải Phòng), no dateline, one-cell-per-line table of rươi output by district."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản lượng rươi Hải Phòng ước đạt 640 tấn

Vụ rươi năm 2024, toàn thành phố có khoảng 1.050 ha ruộng, bãi có rươi tại 5 huyện ven sông Thái Bình, sông Văn Úc và sông Lạch Tray. Sản lượng ước đạt 640 tấn, tăng 14,3% so với năm 2023; giá trị ước khoảng 230 tỷ đồng.

Sản lượng rươi theo huyện
Đơn vị tính: tấn
Huyện
Năm 2022
Năm 2023
Ước thực hiện 2024
Tiên Lãng
190,5
215,0
248,0
Vĩnh Bảo
142,0
160,4
181,6
Kiến Thụy
68,2
75,0
92,5
An Lão
52,8
61,6
68,9
Thủy Nguyên
38,5
48,0
49,0
Tổng số
492,0
560,0
640,0

Giá rươi tại ruộng bình quân từ 360.000 đến 420.000 đồng/kg. Riêng huyện Vĩnh Bảo có 3 làng nghề chế biến chả rươi, mắm rươi với khoảng 120 hộ tham gia. Từ đầu năm đến nay, Chi cục Thủy sản đã kiểm tra 26 cơ sở chế biến rươi, phát hiện 4 cơ sở vi phạm về an toàn thực phẩm. Thành phố phấn đấu đến năm 2025 có ít nhất 5 sản phẩm từ rươi đạt chuẩn OCOP.

Tin cùng chuyên mục:
- Hải Phòng: Ra quân kiểm tra vật tư nông nghiệp năm 2024
- Hướng dẫn chăm sóc lúa vụ Đông Xuân 2024-2025

Địa chỉ: Số 8 Lạch Tray, phường Lạch Tray, quận Ngô Quyền, TP Hải Phòng
Điện thoại: 0225.3846.112
Lượt truy cập: 1.928.436 | Đang trực tuyến: 52
"""

Y24 = year("Vụ rươi năm 2024", 2024)
COLS = [("Năm 2022", year("Năm 2022", 2022), None), ("Năm 2023", year("Năm 2023", 2023), None),
        ("Ước thực hiện 2024", year("Ước thực hiện 2024", 2024), "estimate")]
ROWS = [("Tiên Lãng", ["190,5", "215,0", "248,0"]), ("Vĩnh Bảo", ["142,0", "160,4", "181,6"]),
        ("Kiến Thụy", ["68,2", "75,0", "92,5"]), ("An Lão", ["52,8", "61,6", "68,9"]),
        ("Thủy Nguyên", ["38,5", "48,0", "49,0"]), ("Tổng số", ["492,0", "560,0", "640,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label == "Tổng số":
            subj = f"sản lượng rươi tổng số {col}"
        else:
            subj = f"sản lượng rươi {col}"
            kw["location"] = label
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "measure", "tấn",
                         subject=subj, period=p, **kw))
        prev = n

YTD = per("Từ đầu năm đến nay", "2024-01-01", None)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hải Phòng ước đạt 640", "640", 640, "measure", "tấn", status="estimate", subject="sản lượng rươi"),
    fig("khoảng 1.050 ha", "1.050", 1050, "measure", "ha", approx="about",
        subject="diện tích ruộng, bãi có rươi", period=Y24),
    fig("tại 5 huyện", "5", 5, "count", "huyện", subject="huyện ven sông có rươi", period=Y24),
    fig("Sản lượng ước đạt 640", "640", 640, "measure", "tấn", status="estimate",
        change=chg("increase", 14.3, "%", "năm 2023"), subject="sản lượng rươi", period=inh(Y24)),
    fig("ước khoảng 230 tỷ", "230", 230e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị rươi", period=inh(Y24)),
] + CELLS + [
    fig("từ 360.000 đến 420.000", "360.000", 360000, "money", "đồng/kg", value_max=420000,
        subject="giá rươi tại ruộng bình quân"),
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề",
        subject="làng nghề chế biến chả rươi, mắm rươi", location="Vĩnh Bảo"),
    fig("khoảng 120 hộ", "120", 120, "count", "hộ", approx="about",
        subject="hộ tham gia làng nghề chế biến chả rươi, mắm rươi", location="Vĩnh Bảo"),
    fig("kiểm tra 26 cơ sở", "26", 26, "count", "cơ sở",
        subject="cơ sở chế biến rươi Chi cục Thủy sản kiểm tra", period=YTD),
    fig("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở",
        subject="cơ sở vi phạm về an toàn thực phẩm", period=YTD),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm từ rươi đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "Department site (Sở NN&PTNT Hải Phòng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 8 Lạch Tray', phone 0225.3846.112, 'Lượt truy cập: 1.928.436', 'Đang trực tuyến: 52', 'vụ Đông Xuân 2024-2025',",
    "'năm 2024' in a link title, the table's year headers.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', rows are districts: a district row label goes to location, the subject is the caption",
    "indicator + column label; 'Tổng số' row stays Hải Phòng; 'Ước thực hiện 2024' -> estimate; period from the column header (scored).",
    "Headline 'ước đạt 640 tấn' has no period of its own (no dateline): no period.",
    "'Từ đầu năm đến nay' without a dateline: start 2024-01-01 (year of the nearest earlier period), end null.",
    "'kiểm tra 26 cơ sở, phát hiện 4 cơ sở vi phạm': no part-of cue, so no total.",
]

if __name__ == "__main__":
    write("p1291-6", TEXT, NOTES, FIGS, location="Hải Phòng")
