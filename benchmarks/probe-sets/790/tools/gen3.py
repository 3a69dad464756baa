"""p790-3: formal report (UBND tỉnh Bình Định), tuồng and bài chòi 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án bảo tồn và phát huy nghệ thuật Tuồng, Bài chòi năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động biểu diễn
Năm 2024, các đơn vị nghệ thuật truyền thống trên địa bàn tỉnh đã tổ chức 386 buổi biểu diễn, đạt 110,3% kế hoạch, phục vụ khoảng 152.000 lượt khán giả. Kết quả cụ thể như sau:

Đơn vị tính: buổi; lượt người; triệu đồng
Đơn vị | Buổi diễn | Khán giả | Doanh thu
Nhà hát Nghệ thuật truyền thống tỉnh | 214 | 96.500 | 4.850
Đội Tuồng huyện Tuy Phước | 68 | 21.300 | 612
Đội Bài chòi thị xã Hoài Nhơn | 59 | 18.700 | 438
Câu lạc bộ Tuồng TP Quy Nhơn | 45 | 15.500 | 205
Tổng cộng | 386 | 152.000 | 6.105

2. Công tác đào tạo, bảo tồn
Trong năm, tỉnh mở 6 lớp truyền dạy hát Tuồng, Bài chòi cho 174 học viên; số hóa 35 kịch bản Tuồng cổ, nâng tổng số kịch bản đã số hóa lên 128 kịch bản. Toàn tỉnh hiện có 47 câu lạc bộ Bài chòi với khoảng 1.100 hội viên, tăng 5 câu lạc bộ so với năm 2023.

Kinh phí thực hiện Đề án năm 2024 là 3,6 tỷ đồng, trong đó ngân sách tỉnh 2,8 tỷ đồng, xã hội hóa 800 triệu đồng (theo Quyết định số 3480/QĐ-UBND ngày 28/9/2021).

II. PHƯƠNG HƯỚNG NĂM 2025
1. Phấn đấu tổ chức 420 buổi biểu diễn, thu hút trên 165.000 lượt khán giả; dàn dựng mới 3 vở Tuồng và 2 vở Bài chòi.
2. Đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ khoảng 5 tỷ đồng nâng cấp Nhà hát Tuồng Đào Tấn.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YT = I(Y24)
TRONGNAM = P("Trong năm", "2024-01-01", "2024-12-31")
KP = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def row(label, cells, loc, unitname):
    """Figures of one table row: (anchor, number, value) per column."""
    out = []
    cols = (("buổi diễn", "count", "buổi", 1), ("khán giả", "count", "lượt người", 1),
            ("doanh thu", "money", "đồng", 1e6))
    for (anchor, number), (col, kind, unit, mult) in zip(cells, cols):
        from lib import number_value
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, number, number_value(number) * mult, kind, unit, f"{col} {unitname}", YT, **kw))
    return out


FIGS = [
    F("tổ chức 386 buổi biểu diễn", "386", 386, "count", "buổi biểu diễn",
      "buổi biểu diễn của các đơn vị nghệ thuật truyền thống", Y24, percent=110.3),
    F("khoảng 152.000 lượt khán giả", "152.000", 152000, "count", "lượt khán giả",
      "lượt khán giả được phục vụ", Y24, approx="about"),
]
FIGS += row("Nhà hát", [("tỉnh | 214", "214"), ("214 | 96.500", "96.500"), ("96.500 | 4.850", "4.850")],
            None, "Nhà hát Nghệ thuật truyền thống tỉnh")
FIGS += row("Tuy Phước", [("Phước | 68", "68"), ("68 | 21.300", "21.300"), ("21.300 | 612", "612")],
            "Tuy Phước", "Đội Tuồng huyện Tuy Phước")
FIGS += row("Hoài Nhơn", [("Nhơn | 59", "59"), ("59 | 18.700", "18.700"), ("18.700 | 438", "438")],
            "Hoài Nhơn", "Đội Bài chòi thị xã Hoài Nhơn")
FIGS += row("Quy Nhơn", [("Nhơn | 45", "45"), ("45 | 15.500", "15.500"), ("15.500 | 205", "205")],
            "Quy Nhơn", "Câu lạc bộ Tuồng TP Quy Nhơn")
FIGS += row("Tổng", [("cộng | 386", "386"), ("386 | 152.000", "152.000"), ("152.000 | 6.105", "6.105")],
            None, "tổng cộng")
FIGS += [
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp truyền dạy hát Tuồng, Bài chòi", TRONGNAM),
    F("cho 174 học viên", "174", 174, "count", "học viên", "học viên lớp truyền dạy hát Tuồng, Bài chòi", TRONGNAM),
    F("số hóa 35 kịch bản", "35", 35, "count", "kịch bản", "kịch bản Tuồng cổ được số hóa", TRONGNAM),
    F("lên 128 kịch bản", "128", 128, "count", "kịch bản", "tổng số kịch bản đã số hóa", TRONGNAM),
    F("có 47 câu lạc bộ", "47", 47, "count", "câu lạc bộ", "câu lạc bộ Bài chòi",
      change=C("increase", 5, "câu lạc bộ", "năm 2023")),
    F("khoảng 1.100 hội viên", "1.100", 1100, "count", "hội viên", "hội viên câu lạc bộ Bài chòi", approx="about"),
    F("là 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí thực hiện Đề án", KP),
    F("ngân sách tỉnh 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "kinh phí Đề án từ ngân sách tỉnh", KP,
      total=3.6e9),
    F("xã hội hóa 800 triệu đồng", "800", 800e6, "money", "đồng", "kinh phí Đề án từ xã hội hóa", KP,
      total=3.6e9),
    F("tổ chức 420 buổi", "420", 420, "count", "buổi biểu diễn", "buổi biểu diễn", Y25, status="target"),
    F("trên 165.000 lượt khán giả", "165.000", 165000, "count", "lượt khán giả", "lượt khán giả thu hút", Y25,
      approx="over", status="target"),
    F("mới 3 vở Tuồng", "3", 3, "count", "vở Tuồng", "vở Tuồng dàn dựng mới", Y25, status="target"),
    F("và 2 vở Bài chòi", "2", 2, "count", "vở Bài chòi", "vở Bài chòi dàn dựng mới", Y25, status="target"),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "kinh phí đề nghị Bộ hỗ trợ nâng cấp Nhà hát Tuồng Đào Tấn",
      approx="about"),
]

NOTES = [
    "Formal report of UBND tỉnh Bình Định (Số: 27/BC-UBND, 15/01/2025): tuồng and bài chòi in 2024, flattened '|' table by unit.",
    "Table: 'Đơn vị tính: buổi; lượt người; triệu đồng' gives the columns' units in order (Doanh thu ×10^6 đồng).",
    "Period of the cells comes from 'Năm 2024' in the sentence above the table (inherited). A row of a district troupe",
    "(Đội Tuồng huyện Tuy Phước, Đội Bài chòi thị xã Hoài Nhơn, CLB Tuồng TP Quy Nhơn) describes that district/city: location.",
    "Cells carry no total (the Tổng cộng row is its own figure). 'Trong năm' = 2024. Section II targets take 'NĂM 2025' from the heading (inherited).",
    "'đạt 110,3% kế hoạch' is the percent of 386. The request 'hỗ trợ khoảng 5 tỷ đồng' is a proposal: actual status, no period.",
    "Not figures: Số: 27/BC-UBND, the date line, section numbers I., 1., 2., II., Quyết định số 3480/QĐ-UBND ngày 28/9/2021.",
]

write(3, TEXT, FIGS, NOTES, published="2025-01-15", location="Bình Định")
