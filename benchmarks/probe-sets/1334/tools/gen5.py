"""p1334-5: provincial newspaper (Báo Gia Lai, tag (GLO)): school-supplies market at the start of the school year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế | Thị trường

Sôi động thị trường đồ dùng học tập mùa tựu trường

17/08/2024, 07:15

Giá vở, bút tăng nhẹ 5-10% so với năm ngoái nhưng sức mua vẫn tăng mạnh trong những ngày cận năm học mới.

(GLO) - Những ngày này, các nhà sách, cửa hàng văn phòng phẩm trên địa bàn TP. Pleiku luôn tấp nập phụ huynh, học sinh đến mua sắm. Tại Nhà sách Hoa Sen Pleiku (số 126 Hùng Vương), mỗi ngày đón khoảng 1.200 lượt khách, gấp đôi ngày thường; doanh thu tháng 7 đạt gần 2,4 tỷ đồng, tăng 15% so với cùng kỳ năm 2023.

Theo ghi nhận, vở ô ly 96 trang có giá từ 7.000 đến 12.000 đồng/cuốn; bút bi phổ biến 4.000-6.000 đồng/chiếc; ba lô, cặp sách từ 150.000 đồng đến hơn 600.000 đồng/chiếc tùy loại. Chị Rơ Châm H'Linh (xã Ia Kênh) cho biết năm nay chi khoảng 1,8 triệu đồng mua sách vở, đồ dùng cho hai con, nhiều hơn năm ngoái khoảng 300.000 đồng.

Theo Sở Công Thương, toàn tỉnh hiện có khoảng 340 cửa hàng kinh doanh sách, văn phòng phẩm. Từ đầu tháng 7 đến nay, đoàn kiểm tra liên ngành đã kiểm tra 26 cơ sở, xử phạt 5 cơ sở vi phạm về nhãn hàng hóa với số tiền 21,5 triệu đồng, tạm giữ hơn 3 ngàn cuốn vở, bút không rõ nguồn gốc.

Sở Giáo dục và Đào tạo cho biết, năm học 2024-2025 toàn tỉnh có hơn 402.000 học sinh phổ thông; ngành phấn đấu 100% học sinh có đủ sách giáo khoa, đồ dùng học tập trước ngày khai giảng.

HOÀNG NGỌC

Bình luận (0) | Chia sẻ
"""

JUL = per("tháng 7", "2024-07-01", "2024-07-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
SINCE = per("Từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-17")
SY = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
PK = "Pleiku"

FIGS = [
    fig("tăng nhẹ 5-10%", "5", 5, "percent", "%", value_max=10, subject="giá vở, bút"),
    fig("khoảng 1.200 lượt", "1.200", 1200, "measure", "lượt khách/ngày", approx="about",
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="lượt khách Nhà sách Hoa Sen Pleiku đón mỗi ngày", location=PK),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly",
        change=chg("increase", 15, "%", "cùng kỳ năm 2023"),
        subject="doanh thu Nhà sách Hoa Sen Pleiku", period=JUL, location=PK),
    fig("ô ly 96 trang", "96", 96, "measure", "trang", optional=True, location=PK),
    fig("từ 7.000 đến 12.000", "7.000", 7000, "money", "đồng/cuốn", value_max=12000,
        subject="giá vở ô ly 96 trang", location=PK),
    fig("4.000-6.000 đồng/chiếc", "4.000", 4000, "money", "đồng/chiếc", value_max=6000,
        subject="giá bút bi phổ biến", location=PK),
    fig("từ 150.000 đồng", "150.000", 150000, "money", "đồng/chiếc", value_max=600000,
        subject="giá ba lô, cặp sách", location=PK),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "money", "đồng", approx="about",
        change=chg("increase", 300000, "đồng", "năm ngoái", approx="about"),
        subject="chi phí mua sách vở, đồ dùng cho hai con", period=NOW),
    fig("cho hai con", "hai", 2, "count", "con", optional=True),
    fig("khoảng 340 cửa hàng", "340", 340, "count", "cửa hàng", approx="about",
        subject="cửa hàng kinh doanh sách, văn phòng phẩm"),
    fig("kiểm tra 26 cơ sở", "26", 26, "count", "cơ sở", subject="cơ sở đoàn kiểm tra liên ngành đã kiểm tra",
        period=SINCE),
    fig("xử phạt 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm về nhãn hàng hóa bị xử phạt",
        period=SINCE),
    fig("số tiền 21,5 triệu", "21,5", 21.5e6, "money", "đồng", subject="số tiền xử phạt", period=SINCE),
    fig("hơn 3 ngàn cuốn", "3", 3000, "count", "cuốn vở, bút", approx="over",
        subject="vở, bút không rõ nguồn gốc bị tạm giữ", period=SINCE),
    fig("hơn 402.000 học sinh", "402.000", 402000, "count", "học sinh", approx="over",
        subject="học sinh phổ thông", period=SY),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="học sinh có đủ sách giáo khoa, đồ dùng học tập trước ngày khai giảng"),
]

NOTES = [
    "Provincial newspaper (Báo Gia Lai): section menu, date '17/08/2024, 07:15' under the headline, sapo, tag '(GLO) -', byline, comment counter.",
    "Distractors: 07:15, 'số 126 Hùng Vương', 'Bình luận (0)', 'Nhà sách Hoa Sen Pleiku' (name), 'ngày khai giảng'.",
    "Sapo 'Giá vở, bút tăng nhẹ 5-10% so với năm ngoái' is a growth rate as the claim: percent range 5-10, no change.",
    "The store (TP. Pleiku) → location Pleiku; the price survey 'Theo ghi nhận' continues the Pleiku paragraph → Pleiku (borderline).",
    "revised after the first run: the shopper from 'xã Ia Kênh' → location Gia Lai (was Pleiku): the text names only the commune, not",
    "its district; that Ia Kênh lies in TP Pleiku is outside knowledge. The optional 'hai con' follows her.",
    "Province figures (Sở Công Thương, Sở GD&ĐT) → Gia Lai (the GLO tag implies the province).",
    "'mỗi ngày đón khoảng 1.200 lượt khách, gấp đôi ngày thường' → measure lượt khách/ngày with change ×2 (đôi = 2).",
    "'tháng 7' takes 2024 from the dateline; 'năm nay' = 2024. 'từ 150.000 đồng đến hơn 600.000 đồng/chiếc' → range 150.000-600.000,",
    "the primary value is exact. 'vở ô ly 96 trang' (product spec) and 'hai con' (family detail) are optional.",
    "'nhiều hơn năm ngoái khoảng 300.000 đồng' → change in đồng, approx about. 'hơn 3 ngàn cuốn vở, bút' = 3000 (ngàn ×10³).",
]

if __name__ == "__main__":
    write("p1334-5", TEXT, NOTES, FIGS, published="2024-08-17", location="Gia Lai")
