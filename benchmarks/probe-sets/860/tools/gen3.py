"""p860-3: formal report (UBND tỉnh Bến Tre), cá cảnh 9 tháng 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bến Tre, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nghề nuôi cá cảnh 9 tháng đầu năm 2024,
nhiệm vụ trọng tâm quý IV/2024

Thực hiện Công văn số 1562/SNN-TS ngày 20/9/2024 của Sở Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô sản xuất
Tính đến ngày 30/9/2024, toàn tỉnh có 1.126 hộ nuôi cá cảnh với diện tích 148,6 ha, tăng 6,2% so với cùng kỳ năm 2023. Sản lượng 9 tháng ước đạt 27,4 triệu con, đạt 76,1% kế hoạch năm. Kết quả cụ thể theo huyện:

Đơn vị tính: hộ; ha; nghìn con
Huyện | Số hộ nuôi | Diện tích nuôi | Ước sản lượng 9 tháng
Chợ Lách | 612 | 81,3 | 15.240
Mỏ Cày Bắc | 248 | 30,5 | 5.820
Châu Thành | 171 | 22,4 | 4.150
Giồng Trôm | 95 | 14,4 | 2.190
Tổng cộng | 1.126 | 148,6 | 27.400

2. Tiêu thụ và hiệu quả
Giá cá cảnh ổn định: cá Koi giống 20.000-35.000 đồng/con, cá bảy màu 1.500 đồng/con. Khoảng 35% sản lượng được xuất khẩu qua các doanh nghiệp tại TP. Hồ Chí Minh. Lợi nhuận bình quân đạt 450 triệu đồng/ha/năm, cao hơn khoảng 300 triệu đồng/ha so với trồng lúa.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 sản lượng cá cảnh đạt 36 triệu con; hỗ trợ thành lập 2 hợp tác xã cá cảnh tại huyện Chợ Lách theo Nghị định số 98/2018/NĐ-CP của Chính phủ.

Nơi nhận:
- Sở NN&PTNT;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ nuôi cá cảnh", ASOF),
    F("diện tích 148,6 ha", "148,6", 148.6, "measure", "ha", "diện tích nuôi cá cảnh", ASOF,
      change=C("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("ước đạt 27,4 triệu con", "27,4", 27_400_000, "count", "con", "sản lượng cá cảnh", M9,
      status="estimate", percent=76.1),
]
rows = [("Chợ Lách", "612", "81,3", "15.240"), ("Mỏ Cày Bắc", "248", "30,5", "5.820"),
        ("Châu Thành", "171", "22,4", "4.150"), ("Giồng Trôm", "95", "14,4", "2.190")]
for place, h, a, s in rows:
    FIGS += [
        F(f"{place} | {h}", h, int(h), "count", "hộ", "Số hộ nuôi", I(ASOF), location=place),
        F(f"{h} | {a}", a, float(a.replace(",", ".")), "measure", "ha", "Diện tích nuôi", I(ASOF), location=place),
        F(f"{a} | {s}", s, int(s.replace(".", "")) * 1000, "count", "con", "Ước sản lượng 9 tháng", M9,
          status="estimate", location=place),
    ]
FIGS += [
    F("Tổng cộng | 1.126", "1.126", 1126, "count", "hộ", "Số hộ nuôi tổng cộng", I(ASOF)),
    F("| 148,6 |", "148,6", 148.6, "measure", "ha", "Diện tích nuôi tổng cộng", I(ASOF)),
    F("| 27.400", "27.400", 27_400_000, "count", "con", "Ước sản lượng 9 tháng tổng cộng", M9, status="estimate"),
    F("20.000-35.000 đồng/con", "20.000", 20000, "money", "đồng/con", "giá cá Koi giống", value_max=35000),
    F("1.500 đồng/con", "1.500", 1500, "money", "đồng/con", "giá cá bảy màu"),
    F("Khoảng 35%", "35", 35, "percent", "%", "tỷ lệ sản lượng cá cảnh được xuất khẩu", approx="about"),
    F("đạt 450 triệu đồng/ha/năm", "450", 450_000_000, "money", "đồng/ha/năm", "lợi nhuận bình quân nuôi cá cảnh",
      change=C("increase", 300_000_000, "đồng/ha", "trồng lúa", approx="about")),
    F("đạt 36 triệu con", "36", 36_000_000, "count", "con", "sản lượng cá cảnh",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thành lập 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã cá cảnh được hỗ trợ thành lập", I(Q4),
      status="target", location="Chợ Lách"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Bến Tre, Số: 287/BC-UBND, 08/10/2024): ornamental fish, 9 months 2024, flattened '|' table by district.",
    "Table: 'Đơn vị tính: hộ; ha; nghìn con' gives each column its unit; sản lượng cells x1000. Every numeric cell is a figure;",
    "district row labels are locations; the 'Tổng cộng' row is its own figure (Bến Tre); cells carry no total attribute.",
    "'Ước sản lượng 9 tháng' column -> estimate, period 9 months 2024 from the header (scored); the hộ/ha columns take the",
    "as-of date of the sentence above the table (inherited). '6,2%' attaches to the nearest figure, the area 148,6 ha.",
    "Not figures: Số 287/BC-UBND, Công văn số 1562/SNN-TS ngày 20/9/2024, Nghị định số 98/2018/NĐ-CP, section numbers I./1./2./II.,",
    "heading 'quý IV/2024', 'cá bảy màu'. The 35% exported via TP. Hồ Chí Minh enterprises is still a Bến Tre figure.",
]

write_set("p860-3", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Bến Tre")
