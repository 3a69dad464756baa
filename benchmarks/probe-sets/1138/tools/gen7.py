"""p1138-7: department site (Sở VHTTDL Long An), no dateline, one-cell-per-line table of commune facilities."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Đẩy mạnh xây dựng thiết chế văn hóa, thể thao cấp xã

Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, đến nay 161/161 xã của tỉnh có trung tâm văn hóa - thể thao, trong đó 142 xã có sân bóng đá mini cỏ nhân tạo. Năm 2023, các địa phương huy động hơn 62 tỷ đồng để xây mới, sửa chữa thiết chế văn hóa, thể thao, gấp 1,3 lần năm 2022.

Số lượng thiết chế văn hóa, thể thao cấp xã, ấp:
Đơn vị tính: công trình
Loại công trình
Năm 2022
Năm 2023
Kế hoạch 2024
Nhà văn hóa ấp
1.012
1.034
1.040
Sân bóng đá mini
176
193
205
Nhà thi đấu đa năng
21
26
30
Hồ bơi
14
18
22
Tổng cộng
1.223
1.271
1.297

Năm 2023, toàn tỉnh tổ chức 1.420 giải thể thao cấp xã, ấp; số câu lạc bộ thể dục thể thao đạt 2.150 câu lạc bộ, tăng 6,5% so với năm 2022. Các sân bóng đá mini cấp xã phục vụ bình quân 80-100 lượt người/ngày, giá thuê từ 200.000 đến 300.000 đồng/giờ.

Năm 2024, Sở phấn đấu 100% ấp có nhà văn hóa đạt chuẩn và tổ chức ít nhất 2 giải thể thao cấp tỉnh dành cho vận động viên phong trào.

Tin liên quan:
- Khai mạc Giải bóng đá nông dân tỉnh Long An lần thứ 7
- Hội thao các xã nông thôn mới năm 2023

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LONG AN
Địa chỉ: Số 03 Võ Văn Tần, Phường 2, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.396 - Fax: 0272.3826.397
Lượt truy cập: 2.345.812 | Đang online: 41
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", Y22), ("Năm 2023", Y23), ("Kế hoạch 2024", K24)]
ROWS = [("Nhà văn hóa ấp", ["1.012", "1.034", "1.040"]),
        ("Sân bóng đá mini", ["176", "193", "205"]),
        ("Nhà thi đấu đa năng", ["21", "26", "30"]),
        ("Hồ bơi", ["14", "18", "22"]),
        ("Tổng cộng", ["1.223", "1.271", "1.297"])]


def table():
    out = []
    for label, cells in ROWS:
        prev = label
        for (col, per), num in zip(COLS, cells):
            kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
            out.append(F(f"{prev}\n{num}", num, float(num.replace(".", "")), "count", "công trình",
                         subject=f"số lượng {label.lower()} {col.lower()}", period=per, **kw))
            prev = num
    return out


FIGS = [
    F("161/161", "161", 161, "count", "xã", total=161, subject="xã có trung tâm văn hóa - thể thao"),
    F("142 xã", "142", 142, "count", "xã", total=161, subject="xã có sân bóng đá mini cỏ nhân tạo"),
    F("hơn 62 tỷ", "62", 62e9, "money", "đồng", approx="over", change=C("increase", 1.3, "lần", "năm 2022"),
      subject="kinh phí huy động để xây mới, sửa chữa thiết chế văn hóa, thể thao", period=Y23),
] + table() + [
    F("1.420 giải", "1.420", 1420, "count", "giải thể thao", subject="giải thể thao cấp xã, ấp tổ chức", period=Y23),
    F("đạt 2.150", "2.150", 2150, "count", "câu lạc bộ", change=C("increase", 6.5, "%", "năm 2022"),
      subject="câu lạc bộ thể dục thể thao", period=Y23),
    F("80-100", "80", 80, "measure", "lượt người/ngày", value_max=100,
      subject="lượt người sân bóng đá mini cấp xã phục vụ bình quân", period=I(Y23)),
    F("từ 200.000 đến 300.000", "200.000", 200000, "money", "đồng/giờ", value_max=300000,
      subject="giá thuê sân bóng đá mini cấp xã", period=I(Y23)),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ ấp có nhà văn hóa đạt chuẩn", period=Y24),
    F("ít nhất 2 giải", "2", 2, "count", "giải thể thao", approx="at_least", status="target",
      subject="giải thể thao cấp tỉnh dành cho vận động viên phong trào", period=Y24),
]

NOTES = [
    "Department site (Sở VHTTDL Long An) with no dateline: no published. Menu, related links, footer address, phone/fax, counters.",
    "One-cell-per-line table, 'Đơn vị tính: công trình'; rows are items, columns are years: subject = 'số lượng' + row label + column label,",
    "period from the column header (scored), 'Kế hoạch 2024' → target. Cells get no totals; the 'Tổng cộng' row is its own figures.",
    "'161/161 xã … trong đó 142 xã' → 142 has total 161. 'hơn 62 tỷ …, gấp 1,3 lần năm 2022' → change of the money (1,3 lần).",
    "Distractors: 'lần thứ 7', 'năm 2023' in a link title, 'Số 03 Võ Văn Tần, Phường 2', phones 0272.3826.396/397, 'Lượt truy cập: 2.345.812', 'Đang online: 41'.",
    "'80-100 lượt người/ngày' is a written rate → measure. The two sentences after 'Năm 2023, …' inherit its period.",
]

if __name__ == "__main__":
    write("p1138-7", TEXT, NOTES, FIGS, published=None, location="Long An")
