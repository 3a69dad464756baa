"""p521-3: formal report UBND tỉnh Quảng Trị — market prices Q1/2024, with a flattened '|' price table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/BC-UBND
Quảng Trị, ngày 5 tháng 4 năm 2024

BÁO CÁO
Tình hình giá cả thị trường quý I năm 2024

I. TÌNH HÌNH CHUNG
Chỉ số giá tiêu dùng (CPI) tháng 3/2024 trên địa bàn tỉnh giảm 0,21% so với tháng trước, tăng 3,46% so với cùng kỳ năm 2023; CPI bình quân quý I/2024 tăng 3,72% so với bình quân cùng kỳ. Trong 11 nhóm hàng chính, có 7 nhóm tăng giá, 3 nhóm giảm giá và 1 nhóm ổn định.
Nhóm giao thông giảm 1,35% do giá xăng dầu trong nước giảm theo giá thế giới; nhóm thực phẩm tăng 0,42%, trong đó giá thịt lợn tăng 2,1%, giá gạo giảm 0,6%. Chỉ số giá vàng tăng 4,85%, chỉ số giá đô la Mỹ tăng 0,73% so với tháng trước.

II. GIÁ MỘT SỐ MẶT HÀNG THIẾT YẾU
Bảng 1. Giá bán lẻ bình quân một số mặt hàng (đồng/kg)
Mặt hàng | Tháng 2/2024 | Tháng 3/2024
Gạo tẻ thường | 15.200 | 15.100
Thịt lợn hơi | 54.500 | 56.800
Thịt bò thăn | 265.000 | 265.000
Gà ta còn sống | 105.000 | 98.000
Đường kính trắng | 24.500 | 25.000

III. CÔNG TÁC QUẢN LÝ GIÁ
Trong quý I/2024, các cơ quan chức năng đã kiểm tra 214 cơ sở kinh doanh, xử lý 38 vụ vi phạm, thu nộp ngân sách 312,4 triệu đồng, đạt 26% kế hoạch năm. Sở Tài chính đã tiếp nhận 46 hồ sơ kê khai giá của 19 doanh nghiệp.

Dự báo trong quý II/2024, CPI của tỉnh tăng khoảng 0,3-0,5% so với quý I.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

COMMENTS = [
    "Formal report (letterhead UBND TỈNH QUẢNG TRỊ, Số: 87/BC-UBND, 'Quảng Trị, ngày 5 tháng 4 năm 2024'): prices Q1/2024.",
    "CPI and group indices are growth rates that are the claim: percent figures, value as written (a 'giảm' rate keeps its positive number), no change.",
    "'Trong 11 nhóm hàng chính, có 7 ...' → total 11 on 7/3/1; the 11 itself is the total (an attribute): optional, as the spec does not say",
    "whether such a whole also stands as a figure. Group rates in the second paragraph inherit tháng 3/2024 (not scored).",
    "Flattened table: unit đồng/kg from the title; subject = indicator + row + column; period from the column header (scored).",
    "'đạt 26% kế hoạch năm' after 312,4 triệu → its percent. Distractors: Số: 87/BC-UBND, date line, I./II./III., 'Bảng 1'.",
]

M3 = P("tháng 3/2024", "2024-03-01", "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
T2 = P("Tháng 2/2024", "2024-02-01", "2024-02-29")
T3 = P("Tháng 3/2024", "2024-03-01", "2024-03-31")
G = "giá bán lẻ bình quân "

FIGS = [
    F("giảm 0,21%", "0,21", 0.21, "percent", "%",
      subject="Chỉ số giá tiêu dùng (CPI) tháng 3/2024 so với tháng trước", period=M3),
    F("tăng 3,46%", "3,46", 3.46, "percent", "%",
      subject="Chỉ số giá tiêu dùng (CPI) tháng 3/2024 so với cùng kỳ năm 2023", period=M3),
    F("tăng 3,72%", "3,72", 3.72, "percent", "%",
      subject="CPI bình quân quý I/2024", period=Q1),
    F("Trong 11 nhóm", "11", 11, "count", "nhóm", subject="nhóm hàng chính", optional=True),
    F("có 7 nhóm", "7", 7, "count", "nhóm", total=11, subject="nhóm hàng tăng giá", period=INH(M3)),
    F("3 nhóm giảm", "3", 3, "count", "nhóm", total=11, subject="nhóm hàng giảm giá", period=INH(M3)),
    F("1 nhóm ổn định", "1", 1, "count", "nhóm", total=11, subject="nhóm hàng ổn định", period=INH(M3)),
    F("giảm 1,35%", "1,35", 1.35, "percent", "%", subject="chỉ số giá nhóm giao thông", period=INH(M3)),
    F("tăng 0,42%", "0,42", 0.42, "percent", "%", subject="chỉ số giá nhóm thực phẩm", period=INH(M3)),
    F("tăng 2,1%", "2,1", 2.1, "percent", "%", subject="giá thịt lợn", period=INH(M3)),
    F("giảm 0,6%", "0,6", 0.6, "percent", "%", subject="giá gạo", period=INH(M3)),
    F("tăng 4,85%", "4,85", 4.85, "percent", "%", subject="chỉ số giá vàng so với tháng trước", period=INH(M3)),
    F("tăng 0,73%", "0,73", 0.73, "percent", "%", subject="chỉ số giá đô la Mỹ so với tháng trước", period=INH(M3)),
    F("15.200", "15.200", 15200, "money", "đồng/kg", subject=G + "gạo tẻ thường tháng 2/2024", period=T2),
    F("15.100", "15.100", 15100, "money", "đồng/kg", subject=G + "gạo tẻ thường tháng 3/2024", period=T3),
    F("54.500", "54.500", 54500, "money", "đồng/kg", subject=G + "thịt lợn hơi tháng 2/2024", period=T2),
    F("56.800", "56.800", 56800, "money", "đồng/kg", subject=G + "thịt lợn hơi tháng 3/2024", period=T3),
    F("thăn | 265.000", "265.000", 265000, "money", "đồng/kg", subject=G + "thịt bò thăn tháng 2/2024", period=T2),
    F("265.000\nGà", "265.000", 265000, "money", "đồng/kg", subject=G + "thịt bò thăn tháng 3/2024", period=T3),
    F("105.000", "105.000", 105000, "money", "đồng/kg", subject=G + "gà ta còn sống tháng 2/2024", period=T2),
    F("98.000", "98.000", 98000, "money", "đồng/kg", subject=G + "gà ta còn sống tháng 3/2024", period=T3),
    F("24.500", "24.500", 24500, "money", "đồng/kg", subject=G + "đường kính trắng tháng 2/2024", period=T2),
    F("25.000", "25.000", 25000, "money", "đồng/kg", subject=G + "đường kính trắng tháng 3/2024", period=T3),
    F("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở kinh doanh được kiểm tra", period=Q1),
    F("xử lý 38 vụ", "38", 38, "count", "vụ", subject="vụ vi phạm được xử lý", period=Q1),
    F("312,4 triệu đồng", "312,4", 312.4e6, "money", "đồng", percent=26,
      subject="thu nộp ngân sách", period=Q1),
    F("46 hồ sơ", "46", 46, "count", "hồ sơ", subject="hồ sơ kê khai giá", period=INH(Q1)),
    F("19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", subject="doanh nghiệp kê khai giá", period=INH(Q1)),
    F("khoảng 0,3-0,5%", "0,3", 0.3, "percent", "%", value_max=0.5, approx="about", status="forecast",
      subject="CPI của tỉnh quý II/2024 so với quý I", period=P("quý II/2024", "2024-04-01", "2024-06-30")),
]

emit("p521-3", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Quảng Trị")
