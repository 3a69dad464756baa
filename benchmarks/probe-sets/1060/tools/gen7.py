"""p1060-7: Sở VHTTDL Đồng Tháp department site, no dateline, one-cell-per-line table, year 2023."""
from lib import F, P, I, C, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG THÁP
Trang chủ » Gia đình

Kết quả công tác phòng, chống bạo lực gia đình năm 2023

Năm 2023, toàn tỉnh phát hiện 97 vụ bạo lực gia đình, giảm 21 vụ so với năm 2022. Có 4 huyện, thành phố không để xảy ra bạo lực gia đình trong quý IV/2023 là Sa Đéc, Hồng Ngự, Tân Hồng và Tam Nông. Số vụ phân theo hình thức bạo lực như sau:

Đơn vị tính: vụ
Hình thức bạo lực
Năm 2022
Năm 2023
Thể chất
71
58
Tinh thần
32
28
Kinh tế
11
8
Tình dục
4
3
Tổng số
118
97

Trong năm, các tổ hòa giải ở cơ sở đã hòa giải thành 436 vụ việc mâu thuẫn gia đình, chiếm 88,3% số vụ việc tiếp nhận. Toàn tỉnh hiện có 1.158 nhóm phòng, chống bạo lực gia đình, 143 địa chỉ tin cậy và 16 nhà tạm lánh; kinh phí hỗ trợ từ ngân sách tỉnh năm 2023 ước đạt 620 triệu đồng, bằng 103,3% kế hoạch.

Năm 2024, Sở phấn đấu giảm ít nhất 10% số vụ bạo lực gia đình so với năm 2023 và nâng số địa chỉ tin cậy lên 180 địa chỉ; dự kiến tổ chức 12 lớp tập huấn kỹ năng hòa giải cho khoảng 700 hòa giải viên.

Các tin khác:
» Hội thi "Gia đình hạnh phúc" lần thứ V
» Triển khai Nghị định số 76/2023/NĐ-CP

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG THÁP
Địa chỉ: Số 4, đường 30/4, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.427 - Fax: 0277.3851.428
Lượt truy cập: 1.893.206
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Thể chất", "71", "58", "vụ bạo lực thể chất"), ("Tinh thần", "32", "28", "vụ bạo lực tinh thần"),
        ("Kinh tế", "11", "8", "vụ bạo lực kinh tế"), ("Tình dục", "4", "3", "vụ bạo lực tình dục"),
        ("Tổng số", "118", "97", "tổng số vụ bạo lực gia đình")]


def table_figs():
    out = []
    for label, a, b, subj in ROWS:
        out.append(F(f"{label}\n{a}\n", a, int(a), "count", "vụ", subj + " năm 2022", Y22))
        out.append(F(f"\n{a}\n{b}\n", b, int(b), "count", "vụ", subj + " năm 2023", Y23))
    return out


FIGS = [
    F("phát hiện 97 vụ", "97", 97, "count", "vụ", "vụ bạo lực gia đình", Y23,
      change=C("decrease", 21, "vụ", "năm 2022")),
    F("Có 4 huyện", "4", 4, "count", "huyện, thành phố", "huyện, thành phố không để xảy ra bạo lực gia đình",
      P("quý IV/2023", "2023-10-01", "2023-12-31")),
] + table_figs() + [
    F("thành 436 vụ việc", "436", 436, "count", "vụ việc", "vụ việc mâu thuẫn gia đình hòa giải thành", IN,
      percent=88.3),
    F("có 1.158 nhóm", "1.158", 1158, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình"),
    F("143 địa chỉ tin cậy", "143", 143, "count", "địa chỉ tin cậy", "địa chỉ tin cậy"),
    F("16 nhà tạm lánh", "16", 16, "count", "nhà tạm lánh", "nhà tạm lánh"),
    F("ước đạt 620 triệu đồng", "620", 620e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=103.3, status="estimate"),
    F("ít nhất 10%", "10", 10, "percent", "%", "số vụ bạo lực gia đình giảm so với năm 2023", Y24,
      approx="at_least", status="target"),
    F("lên 180 địa chỉ", "180", 180, "count", "địa chỉ", "số địa chỉ tin cậy", Y24, status="target"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kỹ năng hòa giải", Y24, status="forecast"),
    F("khoảng 700 hòa giải viên", "700", 700, "count", "hòa giải viên", "hòa giải viên được tập huấn", Y24,
      approx="about", status="forecast"),
]

NOTES = [
    "Sở VHTTDL Đồng Tháp department page: no dateline (published absent); footer address, phone/fax and 'Lượt truy cập: 1.893.206'.",
    "Not figures: 'Số 4, đường 30/4, Phường 1', phone/fax numbers, the visit counter, 'lần thứ V', Nghị định số 76/2023/NĐ-CP.",
    "The four places without figures (Sa Đéc, Hồng Ngự, Tân Hồng, Tam Nông) only name the 4 huyện, thành phố; location stays Đồng Tháp.",
    "One-cell-per-line table ('Đơn vị tính: vụ'): every numeric cell is a count of vụ; its subject is the row label (form of violence)",
    "and the column label, the column header (Năm 2022 / Năm 2023) is also the period; the Tổng số row is a figure of its own; table cells get no totals.",
    "revised after the first run: the cell subjects lacked the column label ('vụ bạo lực thể chất' -> 'vụ bạo lực thể chất năm 2022'),",
    "which FIGURES.md puts in a table cell's subject (as p1060-3 and shared h23 do). No other change.",
    "'chiếm 88,3% số vụ việc tiếp nhận' is the percent of the 436; 'ước đạt 620 triệu đồng, bằng 103,3% kế hoạch': estimate with percent 103.3 (no plan amount given).",
    "'Trong năm' takes 2023 from the heading/first sentence. 'Năm 2024, Sở phấn đấu ... ; dự kiến ...': target then forecast.",
]

if __name__ == "__main__":
    write("p1060-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
