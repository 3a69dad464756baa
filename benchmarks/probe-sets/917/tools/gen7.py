"""p917-7: Sở LĐ-TB&XH Long An department site, no dateline; one-cell-per-line table of support by year; footer."""
from lib import F, P, I, C, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Dạy nghề, giải quyết việc làm giúp người chấp hành xong án phạt tù hòa nhập cộng đồng

Thực hiện Nghị định số 49/2020/NĐ-CP của Chính phủ, Sở Lao động - Thương binh và Xã hội phối hợp Công an tỉnh, Chi nhánh Ngân hàng Chính sách xã hội tỉnh triển khai các chính sách hỗ trợ người chấp hành xong án phạt tù trên địa bàn tỉnh Long An. Kết quả thực hiện như sau:

Đơn vị tính: người
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Được tư vấn học nghề
312
358
400
Được đào tạo nghề
145
173
210
Được giới thiệu việc làm
268
301
350
Được vay vốn tạo việc làm
74
112
150

Năm 2023, tổng số vốn cho vay đối với người chấp hành xong án phạt tù đạt 6,9 tỷ đồng, bình quân 61,6 triệu đồng/lao động. Số người được vay vốn năm 2023 gấp khoảng 1,5 lần năm 2022. Tỷ lệ lao động có việc làm sau học nghề đạt 78,6%, cao hơn 4,2% so với năm 2022.

Các doanh nghiệp trong các khu công nghiệp của tỉnh đã tiếp nhận 86 lao động là người chấp hành xong án phạt tù, với mức lương từ 6,5 đến 8 triệu đồng/người/tháng.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LONG AN
Địa chỉ: Số 137 Nguyễn Đình Chiểu, phường 1, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.105 - Fax: 0272.3825.307
Đang truy cập: 27 | Tổng lượt truy cập: 1.486.902
"""

COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Được tư vấn học nghề", [312, 358, 400]),
        ("Được đào tạo nghề", [145, 173, 210]),
        ("Được giới thiệu việc làm", [268, 301, 350]),
        ("Được vay vốn tạo việc làm", [74, 112, 150])]


def table_figs():
    out = []
    for label, cells in ROWS:
        for i, v in enumerate(cells):
            anchor = label + "\n" + "\n".join(str(c) for c in cells[: i + 1])
            col, per, st = COLS[i]
            kw = {"status": st} if st != "actual" else {}
            out.append(F(anchor, str(v), v, "count", "người", f"{label} {col.lower()}", per, **kw))
    return out


Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    *table_figs(),
    F("đạt 6,9 tỷ đồng", "6,9", 6.9e9, "money", "đồng", "tổng số vốn cho vay đối với người chấp hành xong án phạt tù", Y23),
    F("bình quân 61,6 triệu", "61,6", 61.6e6, "money", "đồng/lao động", "vốn vay bình quân", Y23),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "số người được vay vốn năm 2023 so với năm 2022",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ lao động có việc làm sau học nghề", I(Y23),
      change=C("increase", 4.2, "%", "năm 2022")),
    F("tiếp nhận 86 lao động", "86", 86, "count", "lao động",
      "lao động là người chấp hành xong án phạt tù được doanh nghiệp tiếp nhận"),
    F("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "mức lương", value_max=8e6),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Long An) with no dateline; footer with address, phone, fax and visit counters (not figures).",
    "Table pasted one cell per line: header cells, then each row's label and cells. Period from the column header;",
    "'Kế hoạch 2024' column → status target. Subject = row label + column label. Unit from 'Đơn vị tính: người'.",
    "'gấp khoảng 1,5 lần năm 2022' stands alone as the claim → multiple. 78,6% is a level: 'cao hơn 4,2% so với năm 2022' is its change.",
    "Distractors: NĐ 49/2020/NĐ-CP, Số 137 Nguyễn Đình Chiểu, phường 1, phone/fax, Đang truy cập: 27, Tổng lượt truy cập: 1.486.902.",
]

if __name__ == "__main__":
    write("p917-7", TEXT, NOTES, FIGS, published=None, location="Long An")
