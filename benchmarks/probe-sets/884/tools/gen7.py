"""p884-7: department site (Sở TN&MT Đồng Tháp), no dateline, one-cell-per-line table, footer with counter."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Đồng Tháp: Nhân rộng mô hình giảm túi ni lông tại chợ, siêu thị

Năm 2023, Sở Tài nguyên và Môi trường phối hợp với Sở Công Thương và UBND các huyện, thành phố triển khai mô hình "Chợ xanh – giảm thiểu túi ni lông" tại 46 chợ, tăng 14 chợ so với năm 2022. Qua theo dõi, lượng túi ni lông sử dụng tại các chợ tham gia giảm bình quân 32%, riêng chợ Sa Đéc giảm đến 45%.

Cùng với đó, việc thu gom chất thải nhựa được đẩy mạnh. Kết quả thu gom tại một số địa phương như sau:
Đơn vị tính: tấn
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP Cao Lãnh
312
356
380
TP Sa Đéc
245
281
300
Huyện Tháp Mười
138
167
180
Huyện Lấp Vò
121
149
160
Tổng cộng
816
953
1.020

Toàn tỉnh hiện có 15 siêu thị, trong đó 12 siêu thị đã thay thế hoàn toàn túi ni lông khó phân hủy bằng túi giấy, túi sinh học. Năm 2024, Sở phấn đấu nhân rộng mô hình lên 60 chợ; dự kiến kinh phí hỗ trợ khoảng 850 triệu đồng.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG THÁP
Địa chỉ: Số 6, đường 30/4, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.602 – Fax: 0277.3851.603
Email: stnmt@dongthap.gov.vn
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.509
"""

NOTES = [
    "p884-7: department site with no dateline (published absent), footer address/phone/visit counter.",
    "One-cell-per-line table: 'Đơn vị tính: tấn', subject from the caption (chất thải nhựa thu gom), row labels are places",
    "(location), periods from the column headers (Năm 2022, Năm 2023, Kế hoạch 2024 -> status target). Cells get no total;",
    "'Tổng cộng' row is its own figure, location Đồng Tháp. 'đường 30/4', 'Phường 1', phone/fax, 'Đang truy cập: 37',",
    "'Tổng lượt truy cập' are not figures.",
]
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "chất thải nhựa thu gom"
FIGS = [
    F("tại 46 chợ", "46", 46, "count", "chợ", "chợ triển khai mô hình Chợ xanh – giảm thiểu túi ni lông", Y23,
      change=C("increase", 14, "chợ", "năm 2022")),
    F("bình quân 32%", "32", 32, "percent", "%", "lượng túi ni lông sử dụng tại các chợ tham gia giảm", I(Y23)),
    F("giảm đến 45%", "45", 45, "percent", "%", "lượng túi ni lông sử dụng tại chợ Sa Đéc giảm", I(Y23),
      location="Sa Đéc"),
]
ROWS = [("TP Cao Lãnh", "312", "356", "380", "Cao Lãnh"), ("TP Sa Đéc", "245", "281", "300", "Sa Đéc"),
        ("Huyện Tháp Mười", "138", "167", "180", "Tháp Mười"), ("Huyện Lấp Vò", "121", "149", "160", "Lấp Vò"),
        ("Tổng cộng", "816", "953", "1.020", "Đồng Tháp")]
for label, a, b, c, loc in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, int(a), "measure", "tấn", SUBJ, Y22, location=loc))
    FIGS.append(F(f"\n{a}\n{b}\n", b, int(b), "measure", "tấn", SUBJ, Y23, location=loc))
    FIGS.append(F(f"\n{b}\n{c}\n", c, int(c.replace(".", "")), "measure", "tấn", SUBJ, K24, status="target",
                  location=loc))
FIGS += [
    F("có 15 siêu thị", "15", 15, "count", "siêu thị", "siêu thị"),
    F("12 siêu thị", "12", 12, "count", "siêu thị", "siêu thị thay thế hoàn toàn túi ni lông khó phân hủy", total=15),
    F("lên 60 chợ", "60", 60, "count", "chợ", "chợ nhân rộng mô hình", Y24, status="target"),
    F("khoảng 850 triệu", "850", 850_000_000, "money", "đồng", "kinh phí hỗ trợ", Y24, approx="about",
      status="forecast"),
]
write("p884-7", TEXT, NOTES, FIGS, published=None, location="Đồng Tháp")
