from lib import F, P, I, C, T, write

TEXT = """
UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 37/BC-UBND
Kiên Giang, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ nước mắm truyền thống năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở sản xuất
Tính đến ngày 31/12/2024, toàn tỉnh có 118 cơ sở sản xuất nước mắm truyền thống, tăng 5 cơ sở so với cuối năm 2023; trong đó 92 cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, đạt 78%. Tổng số thùng gỗ ủ chượp là 4.860 thùng, dung tích bình quân 12 tấn/thùng.
2. Sản lượng
Năm 2024, sản lượng nước mắm toàn tỉnh đạt 24,6 triệu lít, bằng 102,5% kế hoạch, tăng 3,8% so với năm 2023. Sản lượng theo địa phương:
Đơn vị tính: nghìn lít
STT | Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | TP Phú Quốc | 19.850 | 20.720 | 21.500
2 | TP Rạch Giá | 1.940 | 2.010 | 2.100
3 | TP Hà Tiên | 860 | 905 | 950
4 | Huyện Kiên Hải | 620 | 640 | 700
5 | Huyện An Minh | 430 | 325 | 400
 | Tổng cộng | 23.700 | 24.600 | 25.650
3. Tiêu thụ
Giá trị sản xuất ước đạt 1.480 tỷ đồng. Sản lượng xuất khẩu đạt 1,3 triệu lít, chiếm 5,3% tổng sản lượng, chủ yếu sang Nhật Bản, Hàn Quốc và Liên minh châu Âu. Giá bán bình quân nước mắm Phú Quốc (Chỉ dẫn địa lý số 00001) loại 35 độ đạm từ 90.000 đến 120.000 đồng/lít.

II. TỒN TẠI, HẠN CHẾ
Giá cá cơm nguyên liệu tăng lên 18.000-22.000 đồng/kg, cao hơn 20% so với năm 2023; có 14 cơ sở tạm ngừng sản xuất do thiếu vốn.

III. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng đạt 25,65 triệu lít; hỗ trợ 20 cơ sở xây dựng mã số vùng nguyên liệu và 6 sản phẩm đạt OCOP 4 sao trở lên.
"""

ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
SL = "sản lượng nước mắm"


def row(place, cells, loc, subj=SL):
    out = []
    a, b, c = cells
    out.append(F(f"{place} | {a} |", a, num(a) * 1e3, "measure", "lít", subj, Y23, location=loc))
    out.append(F(f"| {a} | {b} |", b, num(b) * 1e3, "measure", "lít", subj, Y24, location=loc))
    out.append(F(f"| {b} | {c}\n", c, num(c) * 1e3, "measure", "lít", subj, K25, location=loc, status="target"))
    return out


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở sản xuất nước mắm truyền thống", ASOF,
      change=C("increase", 5, "cơ sở", baseline="cuối năm 2023")),
    F("trong đó 92 cơ sở", "92", 92, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      ASOF, total=118, percent=78),
    F("là 4.860 thùng", "4.860", 4860, "count", "thùng", "thùng gỗ ủ chượp", I(ASOF)),
    F("bình quân 12 tấn/thùng", "12", 12, "measure", "tấn/thùng", "dung tích bình quân thùng gỗ ủ chượp"),
    F("đạt 24,6 triệu lít", "24,6", 24.6e6, "measure", "lít", "sản lượng nước mắm toàn tỉnh", Y24,
      percent=102.5, change=C("increase", 3.8, baseline="năm 2023")),
]
FIGS += row("Phú Quốc", ("19.850", "20.720", "21.500"), "Phú Quốc")
FIGS += row("Rạch Giá", ("1.940", "2.010", "2.100"), "Rạch Giá")
FIGS += row("Hà Tiên", ("860", "905", "950"), "Hà Tiên")
FIGS += row("Kiên Hải", ("620", "640", "700"), "Kiên Hải")
FIGS += row("An Minh", ("430", "325", "400"), "An Minh")
FIGS += row("Tổng cộng", ("23.700", "24.600", "25.650"), "Kiên Giang", "sản lượng nước mắm tổng cộng")
FIGS += [
    F("ước đạt 1.480 tỷ đồng", "1.480", 1480e9, "money", "đồng", "giá trị sản xuất nước mắm", I(Y24), status="estimate"),
    F("đạt 1,3 triệu lít", "1,3", 1.3e6, "measure", "lít", "sản lượng nước mắm xuất khẩu", I(Y24), percent=5.3),
    F("loại 35 độ đạm", "35", 35, "measure", "độ đạm", "độ đạm nước mắm Phú Quốc", optional=True),
    F("từ 90.000 đến 120.000 đồng/lít", "90.000", 90000, "money", "đồng/lít", "giá bán bình quân nước mắm Phú Quốc",
      value_max=120000),
    F("lên 18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá cá cơm nguyên liệu",
      value_max=22000, change=C("increase", 20, baseline="năm 2023")),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở tạm ngừng sản xuất do thiếu vốn"),
    F("đạt 25,65 triệu lít", "25,65", 25.65e6, "measure", "lít", "sản lượng nước mắm", N25, status="target"),
    F("hỗ trợ 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở được hỗ trợ xây dựng mã số vùng nguyên liệu", N25,
      status="target"),
    F("và 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao trở lên", N25, status="target"),
]

NOTES = [
    "Formal report UBND tỉnh Kiên Giang Số: 37/BC-UBND, 15/01/2025, with a flattened '|' table (Đơn vị tính: nghìn lít).",
    "Table cells: unit lít ×10³, period from column header (scored), 'Kế hoạch 2025' -> target, row place -> location; STT numbers are not figures.",
    "Section III heading 'NHIỆM VỤ NĂM 2025' gives the (inherited) period of its targets. 'OCOP 4 sao trở lên', 'Chỉ dẫn địa lý số 00001': not figures.",
]

if __name__ == "__main__":
    write("p1067-3", TEXT, FIGS, NOTES, published="2025-01-15", location="Kiên Giang")
