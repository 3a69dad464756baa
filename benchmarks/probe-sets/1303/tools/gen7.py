"""p1303-7: department site (Sở GD&ĐT Lào Cai), no dateline: school milk programme; one-cell-per-line table by place."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Sữa học đường: hơn 61 nghìn trẻ được thụ hưởng

Chương trình Sữa học đường tại tỉnh Lào Cai được triển khai từ năm 2020 cho trẻ mầm non và học sinh tiểu học. Mỗi trẻ được uống 1 hộp sữa 180 ml mỗi ngày, 5 ngày mỗi tuần. Giá mỗi hộp sữa là 7.000 đồng, ngân sách nhà nước hỗ trợ 70%, phần còn lại do phụ huynh đóng góp.

Số trẻ được uống sữa theo địa bàn
Đơn vị tính: trẻ
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Lào Cai
14.820
15.300
15.900
Huyện Bát Xát
9.640
10.150
10.600
Thị xã Sa Pa
7.210
7.480
7.800
Các huyện khác
26.950
28.270
30.700
Tổng số
58.620
61.200
65.000
Trong đó: trẻ mầm non
31.400
32.850
34.500

Tổng kinh phí thực hiện năm 2024 ước đạt 76,4 tỷ đồng, bằng 98,2% kế hoạch, tăng 5,1% so với năm 2023. Tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở các trường thụ hưởng giảm từ 17,2% xuống 15,6%, trong khi tỷ lệ thừa cân, béo phì được giữ ở mức dưới 4%.

Bài viết liên quan:
- Hướng dẫn tổ chức bữa ăn bán trú tại các trường PTDTBT
- Lào Cai tập huấn dinh dưỡng cho 350 cô nuôi

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI
Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.075 | Email: sogddt@laocai.gov.vn
Lượt truy cập: 1.274.903
"""

C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Lào Cai", "TP Lào Cai", None, ["14.820", "15.300", "15.900"]),
        ("Huyện Bát Xát", "Bát Xát", None, ["9.640", "10.150", "10.600"]),
        ("Thị xã Sa Pa", "Sa Pa", None, ["7.210", "7.480", "7.800"]),
        ("Các huyện khác", None, "trẻ được uống sữa các huyện khác", ["26.950", "28.270", "30.700"]),
        ("Tổng số", None, "tổng số trẻ được uống sữa", ["58.620", "61.200", "65.000"]),
        ("Trong đó: trẻ mầm non", None, "trẻ mầm non được uống sữa", ["31.400", "32.850", "34.500"])]
CELLS = []
totals = dict(zip([c[0] for c in COLS], [58620, 61200, 65000]))
for label, place, subj, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        if label.startswith("Trong đó"):
            kw["total"] = totals[col]
        s = f"{subj or 'trẻ được uống sữa'} {col}"
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "trẻ", subject=s, period=per, **kw))
        prev = n

FIGS = [
    F("hơn 61 nghìn", "61", 61000, "count", "trẻ", approx="over",
      subject="trẻ được thụ hưởng Chương trình Sữa học đường"),
    F("uống 1 hộp", "1", 1, "measure", "hộp/ngày", subject="sữa mỗi trẻ được uống"),
    F("sữa 180 ml", "180", 180, "measure", "ml", optional=True),
    F("ngày, 5 ngày", "5", 5, "measure", "ngày/tuần", subject="số ngày uống sữa"),
    F("là 7.000 đồng", "7.000", 7000, "money", "đồng/hộp", subject="giá mỗi hộp sữa"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", subject="ngân sách nhà nước hỗ trợ giá sữa"),
] + CELLS + [
    F("ước đạt 76,4 tỷ", "76,4", 76.4e9, "money", "đồng", status="estimate", percent=98.2,
      change=C("increase", 5.1, "%", "năm 2023"), subject="tổng kinh phí thực hiện Chương trình Sữa học đường",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 17,2%", "17,2", 17.2, "percent", "%",
      subject="tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở các trường thụ hưởng"),
    F("xuống 15,6%", "15,6", 15.6, "percent", "%",
      subject="tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở các trường thụ hưởng"),
    F("cho 350 cô nuôi", "350", 350, "count", "cô nuôi", subject="cô nuôi được tập huấn dinh dưỡng", optional=True),
    F("dưới 4%", "4", 4, "percent", "%", approx="under", subject="tỷ lệ thừa cân, béo phì ở các trường thụ hưởng"),
]

NOTES = [
    "Department site (Sở GD&ĐT Lào Cai), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: 'từ năm 2020', 'Tầng 4, Khối 5', phone 0214.3840.075, 'Lượt truy cập: 1.274.903', 'PTDTBT'.",
    "'350 cô nuôi' stands in a related-link title (another article's headline): optional.",
    "'hộp sữa 180 ml' is the pack size (a product spec): optional. '1 hộp ... mỗi ngày', '5 ngày mỗi tuần' are the programme's rates.",
    "'ngân sách nhà nước hỗ trợ 70%' is a percent figure (no đạt/chiếm/bằng cue to attach it to 7.000 đồng).",
    "One-cell-per-line table, 'Đơn vị tính: trẻ'; rows are places (→ location; 'Các huyện khác', 'Tổng số' stay Lào Cai);",
    "period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: trẻ mầm non' row follows the 'Tổng số' row: a part after 'trong đó' → total = the Tổng số cell of its column.",
    "'ước đạt 76,4 tỷ đồng, bằng 98,2% kế hoạch, tăng 5,1% so với năm 2023' → estimate with percent and change.",
    "'giảm từ 17,2% xuống 15,6%' → two percent figures; no period is stated (programme since 2020).",
]

if __name__ == "__main__":
    write("p1303-7", TEXT, NOTES, FIGS, location="Lào Cai")
