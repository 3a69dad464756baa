"""p861-7: department site (Sở VHTTDL Lâm Đồng), no dateline, one-cell-per-line table 2022-2024 + plan 2025."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ / Thể dục thể thao / Quản lý thể thao

Cơ sở kinh doanh thể dục thể hình tăng đều qua các năm

Những năm gần đây, số cơ sở kinh doanh thể dục thể hình, thể dục thẩm mỹ trên địa bàn tỉnh tăng đều, tập trung chủ yếu ở TP Đà Lạt và TP Bảo Lộc. Số cơ sở được cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao như sau:

Đơn vị tính: cơ sở
Loại hình
Năm 2022
Năm 2023
Năm 2024
Kế hoạch 2025
Thể dục thể hình, thể dục thẩm mỹ
41
53
67
75
Yoga
12
15
19
22
Bơi, lặn
18
20
23
25
Tổng cộng
71
88
109
122

Năm 2024, TP Đà Lạt có 38 cơ sở thể dục thể hình, chiếm 56,7% số cơ sở cùng loại của tỉnh; TP Bảo Lộc có 17 cơ sở. Giá vé tập bình quân khoảng 350.000 đồng/người/tháng, thấp hơn 15-20% so với các thành phố lớn. Các cơ sở đón trung bình khoảng 9.500 lượt người tập mỗi ngày. Vào mùa du lịch, lượng khách đến tập tăng thêm khoảng 30%.

Theo kế hoạch, năm 2025 Sở sẽ kiểm tra tối thiểu 50% số cơ sở thể dục thể hình; tổ chức hai lớp tập huấn chuyên môn cho người hướng dẫn tập luyện.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.154 - Fax: 0263.3834.726
Tổng lượt truy cập: 1.284.617 | Đang trực tuyến: 37
"""

COLS = [("Năm 2022", "2022", "actual"), ("Năm 2023", "2023", "actual"), ("Năm 2024", "2024", "actual"),
        ("Kế hoạch 2025", "2025", "target")]
ROWS = [
    ("Thể dục thể hình, thể dục thẩm mỹ", ["41", "53", "67", "75"], "cơ sở thể dục thể hình, thể dục thẩm mỹ"),
    ("Yoga", ["12", "15", "19", "22"], "cơ sở yoga"),
    ("Bơi, lặn", ["18", "20", "23", "25"], "cơ sở bơi, lặn"),
    ("Tổng cộng", ["71", "88", "109", "122"], "tổng cộng cơ sở"),
]


def table_figs():
    out = []
    for label, cells, subj in ROWS:
        for j, cell in enumerate(cells):
            prev = label if j == 0 else cells[j - 1]
            anchor = f"{prev}\n{cell}\n"
            head, year, status = COLS[j]
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, int(cell), "count", "cơ sở", subj + " " + head.lower(),
                         P(head, f"{year}-01-01", f"{year}-12-31"), **kw))
    return out


Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = table_figs() + [
    F("Đà Lạt có 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở thể dục thể hình", Y24,
      percent=56.7, location="Đà Lạt"),
    F("Bảo Lộc có 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở thể dục thể hình", Y24, location="Bảo Lộc"),
    F("khoảng 350.000 đồng", "350.000", 350_000, "money", "đồng/người/tháng", "giá vé tập bình quân", I(Y24),
      approx="about", change=C("decrease", 15, "%", "các thành phố lớn")),
    F("khoảng 9.500 lượt", "9.500", 9500, "measure", "lượt người/ngày", "lượt người tập tại các cơ sở mỗi ngày",
      I(Y24), approx="about"),
    F("thêm khoảng 30%", "30", 30, "percent", "%", "lượng khách đến tập vào mùa du lịch", I(Y24), approx="about"),
    F("tối thiểu 50% số cơ sở", "50", 50, "percent", "%", "tỷ lệ cơ sở thể dục thể hình được kiểm tra", Y25,
      approx="at_least", status="target"),
    F("tổ chức hai lớp", "hai", 2, "count", "lớp tập huấn", "lớp tập huấn chuyên môn cho người hướng dẫn tập luyện",
      Y25, status="target"),
]

NOTES = [
    "Sở VHTTDL Lâm Đồng department page: no dateline (published null); footer address, phone, fax, visit counter.",
    "One-cell-per-line table (Đơn vị tính: cơ sở): header cells one per line, then each row's cells; every cell a count of cơ sở,",
    "subject = row label + column label ('cơ sở yoga năm 2022'), period from the column header (scored, as in shared gold h23/h24),",
    "'Kế hoạch 2025' → status target.",
    "revised after the first run: table subjects had the row label only; the column label added (FIGURES.md: 'the row label and the",
    "column label'), and the total row's subject shortened from 'tổng cộng cơ sở được cấp giấy chứng nhận' to 'tổng cộng cơ sở <column>'.",
    "'chiếm 56,7% số cơ sở cùng loại của tỉnh' → percent of 38 (38/67). 'thấp hơn 15-20% so với các thành phố lớn' → change of 350.000",
    "(decrease 15, the range's lower end). 'Vào mùa du lịch, lượng khách đến tập tăng thêm khoảng 30%' stands in its own sentence",
    "with no base amount: a percent figure, no change. 'hai lớp' is a number word (2). Sentences after the first inherit 'Năm 2024'.",
    "Distractors: Số 36 Trần Phú, Phường 4, phone/fax, Tổng lượt truy cập 1.284.617, Đang trực tuyến 37.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Lâm Đồng")
