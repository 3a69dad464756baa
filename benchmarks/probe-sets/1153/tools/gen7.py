"""p1153-7: department site (Sở TT&TT Đồng Nai), no dateline, one-cell-per-line table of distribution outlets by type."""
from lib import F, P, I, C, T, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Thủ tục hành chính | Hỏi đáp | Liên hệ

Hoạt động phát hành xuất bản phẩm trên địa bàn tỉnh phát triển ổn định

Đồng Nai hiện có 184 cơ sở phát hành xuất bản phẩm, trong đó có 12 doanh nghiệp; các cơ sở tập trung chủ yếu tại TP Biên Hòa (71 cơ sở) và TP Long Khánh (19 cơ sở). 6 tháng đầu năm 2024, Sở đã cấp 9 giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm, tiếp nhận 27 hồ sơ đề nghị cấp phép nhập khẩu xuất bản phẩm để kinh doanh. Qua kiểm tra 35 cơ sở, đoàn kiểm tra phát hiện ba cơ sở kinh doanh sách không rõ nguồn gốc, xử phạt 46 triệu đồng, tịch thu hơn 1.200 bản sách giả, sách in lậu.

Số lượng cơ sở phát hành xuất bản phẩm phân theo loại hình:
Đơn vị tính: cơ sở
Loại hình
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Nhà sách
58
63
65
Cửa hàng, quầy sách
79
84
86
Đại lý, điểm bán
35
33
33
Tổng số
172
180
184

Trong 6 tháng cuối năm, Sở dự kiến phối hợp tổ chức Hội sách Đồng Nai lần thứ V với khoảng 60 gian hàng, thu hút 50.000 lượt khách.

Tin liên quan:
- Tập huấn nghiệp vụ quản lý hoạt động xuất bản, in, phát hành năm 2024
- Ngày hội đọc sách tại huyện Định Quán

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG NAI
Địa chỉ: Tầng 5, Khối nhà Sở ngành, số 2 Nguyễn Văn Trị, TP Biên Hòa
Điện thoại: 0251.3822.745 - Email: stttt@dongnai.gov.vn
Lượt truy cập: 2.305.118 | Đang online: 43
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "6 tháng đầu năm 2024": H1}
LIST = "cơ sở phát hành xuất bản phẩm"


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cơ sở", subject=f"cơ sở phát hành {row.lower()} {col.lower()}",
             period=COLS[col])


FIGS = [
    F("có 184 cơ sở", "184", 184, "count", "cơ sở", subject=LIST),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=184,
      subject="doanh nghiệp phát hành xuất bản phẩm"),
    F("(71 cơ sở)", "71", 71, "count", "cơ sở", subject=LIST, location="Biên Hòa"),
    F("(19 cơ sở)", "19", 19, "count", "cơ sở", subject=LIST, location="Long Khánh"),
    F("cấp 9 giấy", "9", 9, "count", "giấy xác nhận",
      subject="giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm cấp", period=H1),
    F("tiếp nhận 27 hồ sơ", "27", 27, "count", "hồ sơ",
      subject="hồ sơ đề nghị cấp phép nhập khẩu xuất bản phẩm để kinh doanh tiếp nhận", period=H1),
    F("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở", subject="cơ sở được kiểm tra", period=I(H1)),
    F("phát hiện ba cơ sở", "ba", 3, "count", "cơ sở",
      subject="cơ sở kinh doanh sách không rõ nguồn gốc", period=I(H1)),
    F("xử phạt 46 triệu", "46", 46000000, "money", "đồng", subject="tiền xử phạt", period=I(H1)),
    F("hơn 1.200 bản", "1.200", 1200, "count", "bản sách giả, sách in lậu", approx="over",
      subject="bản sách giả, sách in lậu bị tịch thu", period=I(H1)),
    cell("Nhà sách\n58", "58", 58, "Nhà sách", "Năm 2022"),
    cell("58\n63", "63", 63, "Nhà sách", "Năm 2023"),
    cell("63\n65", "65", 65, "Nhà sách", "6 tháng đầu năm 2024"),
    cell("quầy sách\n79", "79", 79, "Cửa hàng, quầy sách", "Năm 2022"),
    cell("79\n84", "84", 84, "Cửa hàng, quầy sách", "Năm 2023"),
    cell("84\n86", "86", 86, "Cửa hàng, quầy sách", "6 tháng đầu năm 2024"),
    cell("điểm bán\n35", "35", 35, "Đại lý, điểm bán", "Năm 2022"),
    cell("35\n33", "33", 33, "Đại lý, điểm bán", "Năm 2023"),
    cell("33\nTổng số", "33", 33, "Đại lý, điểm bán", "6 tháng đầu năm 2024"),
    cell("Tổng số\n172", "172", 172, "Tổng số", "Năm 2022"),
    cell("172\n180", "180", 180, "Tổng số", "Năm 2023"),
    cell("180\n184", "184", 184, "Tổng số", "6 tháng đầu năm 2024"),
    F("khoảng 60 gian hàng", "60", 60, "count", "gian hàng", approx="about", status="forecast",
      subject="gian hàng Hội sách Đồng Nai", period=H2),
    F("thu hút 50.000", "50.000", 50000, "count", "lượt khách", status="forecast",
      subject="lượt khách Hội sách Đồng Nai", period=H2),
]

NOTES = [
    "Department site (Sở TT&TT Đồng Nai) with no dateline: no published. Menu, related links, footer address, phone, email, counters.",
    "One-cell-per-line table ('Đơn vị tính: cơ sở'); rows are types of outlet, columns periods (scored); subject = row + column label.",
    "Cells get no totals; the 'Tổng số' row is its own figures. 'hiện có 184' gets no period (the table's 184 is '6 tháng đầu năm 2024').",
    "'trong đó có 12 doanh nghiệp' → total 184. District list 'tập trung chủ yếu tại … (71 cơ sở) … (19 cơ sở)' → location, no total.",
    "Inspection figures in the next sentence inherit '6 tháng đầu năm 2024'. 'ba cơ sở' is a number word. 'phát hiện ba' of 'kiểm tra 35' has no cue: no total.",
    "'Trong 6 tháng cuối năm' → 2024-07-01..2024-12-31 (year of the nearest earlier period); 'dự kiến' governs both figures → forecast.",
    "Distractors: 'lần thứ V', 'Tầng 5', 'số 2 Nguyễn Văn Trị', phone 0251.3822.745, 'Lượt truy cập: 2.305.118', 'Đang online: 43', 'năm 2024' in a link.",
]

if __name__ == "__main__":
    write("p1153-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
