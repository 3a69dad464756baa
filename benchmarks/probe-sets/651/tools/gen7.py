"""p651-7: department site (NHNN Chi nhánh tỉnh Hưng Yên), no dateline, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả hoạt động của các quỹ tín dụng nhân dân trên địa bàn tỉnh

Trên địa bàn tỉnh Hưng Yên hiện có 23 QTDND, hoạt động tại 8/10 huyện, thị xã, thành phố với 52.760 thành viên. Qua giám sát từ xa và thanh tra tại chỗ, hoạt động của các quỹ cơ bản an toàn, tuân thủ các giới hạn, tỷ lệ bảo đảm an toàn theo quy định.

Bảng: Một số chỉ tiêu hoạt động của hệ thống QTDND
Đơn vị tính: tỷ đồng

Chỉ tiêu
31/12/2022
31/12/2023
30/6/2024
Vốn điều lệ
68,2
73,5
75,1
Nguồn vốn huy động
2.184
2.390
2.512
Dư nợ cho vay
1.926
2.107
2.198
Nợ xấu
27,4
21,6
19,8

Nợ xấu giảm dần qua các năm; tỷ lệ nợ xấu đến 30/6/2024 còn 0,9%, giảm 0,52 điểm phần trăm so với cuối năm 2022. Năm 2023, lợi nhuận của các quỹ đạt 41,3 tỷ đồng, các quỹ chi trả lãi góp vốn cho thành viên với mức từ 6 đến 9%/năm. Riêng quý I/2024, các quỹ giải ngân mới 865 tỷ đồng cho 4.120 lượt khách hàng.

Trong 6 tháng đầu năm 2024, Chi nhánh đã tổ chức 2 lớp tập huấn cho 146 cán bộ quản lý, điều hành và kiểm soát của các quỹ.

Địa chỉ: Số 4 Chùa Chuông, phường Hiến Nam, TP. Hưng Yên
Điện thoại: 0221.3862.143 - Fax: 0221.3862.508
Tổng số lượt truy cập: 1.284.506
"""

C22 = P("31/12/2022", end="2022-12-31")
C23 = P("31/12/2023", end="2023-12-31")
C24 = P("30/6/2024", end="2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")


def cell(anchor, number, row, col, per):
    return F(anchor, number, parse(number) * 1e9, "money", "đồng", f"{row} {col}", per)


def parse(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 23 QTDND", "23", 23, "count", "QTDND", "QTDND"),
    F("tại 8/10 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có QTDND hoạt động", total=10),
    F("52.760 thành viên", "52.760", 52760, "count", "thành viên", "thành viên QTDND"),
    cell("Vốn điều lệ\n68,2", "68,2", "Vốn điều lệ", "31/12/2022", C22),
    cell("68,2\n73,5", "73,5", "Vốn điều lệ", "31/12/2023", C23),
    cell("73,5\n75,1", "75,1", "Vốn điều lệ", "30/6/2024", C24),
    cell("huy động\n2.184", "2.184", "Nguồn vốn huy động", "31/12/2022", C22),
    cell("2.184\n2.390", "2.390", "Nguồn vốn huy động", "31/12/2023", C23),
    cell("2.390\n2.512", "2.512", "Nguồn vốn huy động", "30/6/2024", C24),
    cell("cho vay\n1.926", "1.926", "Dư nợ cho vay", "31/12/2022", C22),
    cell("1.926\n2.107", "2.107", "Dư nợ cho vay", "31/12/2023", C23),
    cell("2.107\n2.198", "2.198", "Dư nợ cho vay", "30/6/2024", C24),
    cell("Nợ xấu\n27,4", "27,4", "Nợ xấu", "31/12/2022", C22),
    cell("27,4\n21,6", "21,6", "Nợ xấu", "31/12/2023", C23),
    cell("21,6\n19,8", "19,8", "Nợ xấu", "30/6/2024", C24),
    F("còn 0,9%", "0,9", 0.9, "percent", "%", "tỷ lệ nợ xấu", P("đến 30/6/2024", end="2024-06-30"),
      change=CH("decrease", 0.52, "điểm phần trăm", "cuối năm 2022")),
    F("đạt 41,3 tỷ đồng", "41,3", 41.3e9, "money", "đồng", "lợi nhuận của các quỹ", Y23),
    F("từ 6 đến 9%", "6", 6, "percent", "%", "mức chi trả lãi góp vốn cho thành viên", Y23, value_max=9),
    F("mới 865 tỷ đồng", "865", 865e9, "money", "đồng", "vốn giải ngân mới", Q1),
    F("4.120 lượt", "4.120", 4120, "count", "lượt khách hàng", "lượt khách hàng được giải ngân mới", Q1),
    F("2 lớp tập huấn", "2", 2, "count", "lớp tập huấn", "lớp tập huấn", H1),
    F("cho 146 cán bộ", "146", 146, "count", "cán bộ", "cán bộ quản lý, điều hành và kiểm soát của các quỹ được tập huấn", H1),
]

COMMENTS = [
    "Department site (NHNN Chi nhánh tỉnh Hưng Yên), no dateline: published null. Table one cell per line, 'Đơn vị tính: tỷ đồng'.",
    "Table cells: money x10^9 đồng, subject = row label + column header, as-of period from the column header (scored, as h23).",
    "'8/10 huyện' -> total 10. 0,9% carries a change in 'điểm phần trăm'. 'Hiện có' sentence: no period.",
    "Distractors: 'Số 4 Chùa Chuông', phone and fax, 'Tổng số lượt truy cập: 1.284.506', 'Bảng:'.",
]

if __name__ == "__main__":
    emit("p651-7", TEXT, COMMENTS, FIGS, published=None, location="Hưng Yên")
