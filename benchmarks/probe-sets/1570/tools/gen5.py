"""p1570-5: Party newspaper (Báo Lào Cai): brocade key chains of a cooperative in thị xã Sa Pa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LÀO CAI ĐIỆN TỬ
Kinh tế | Xã hội | Du lịch | Dân tộc - Miền núi

Móc khóa thổ cẩm "bay" theo chân du khách

Thứ Ba, 16/07/2024 - 07:15

Từ những mảnh vải thổ cẩm thừa, chị em người Mông, người Dao ở thị xã Sa Pa làm ra móc khóa, ví nhỏ, túi thơm bán cho du khách, mỗi tháng mang về thêm 2-3 triệu đồng.

(BLC) - Hợp tác xã Thổ cẩm Tả Van được thành lập năm 2018 với 9 thành viên, đến nay đã có 64 thành viên, trong đó 58 người là phụ nữ dân tộc thiểu số. Mỗi thành viên làm được 25-30 móc khóa/ngày; giá bán tại chợ Sa Pa 20.000-35.000 đồng/chiếc. Dịp cao điểm, hợp tác xã nhận những đơn hàng ba chục nghìn móc khóa từ các công ty lữ hành.

Năm 2023, hợp tác xã bán được khoảng 86.000 sản phẩm, doanh thu gần 2,4 tỷ đồng, lợi nhuận 410 triệu đồng. Chị Giàng Thị Mai, Giám đốc hợp tác xã, cho biết: "Thu nhập của chị em bình quân 3,5 triệu đồng/người/tháng, cao hơn 1,5 lần so với làm nương".

6 tháng đầu năm nay, lượng khách đến Sa Pa đạt hơn 1,9 triệu lượt, tăng 12% so với cùng kỳ. Hợp tác xã dự kiến cả năm 2024 tiêu thụ khoảng 100.000 sản phẩm và mở thêm hai quầy hàng tại khu du lịch Cát Cát.

Toàn tỉnh Lào Cai hiện có 31 sản phẩm thổ cẩm đạt OCOP từ 3 sao trở lên.

HOÀNG GIANG

Tin cùng chuyên mục:
- Sa Pa: Khai mạc Lễ hội Hoa hồng lần thứ 6
- Bát Xát phát triển du lịch cộng đồng gắn với Quốc lộ 4D
"""

F18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SIX = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thêm 2-3 triệu", "2", 2e6, "money", "đồng/tháng", value_max=3e6,
        subject="thu nhập thêm của chị em người Mông, người Dao"),
    fig("với 9 thành viên", "9", 9, "count", "thành viên",
        subject="thành viên Hợp tác xã Thổ cẩm Tả Van khi thành lập", period=F18),
    fig("có 64 thành viên", "64", 64, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("trong đó 58 người", "58", 58, "count", "người", total=64, subject="phụ nữ dân tộc thiểu số"),
    fig("25-30 móc khóa/ngày", "25", 25, "measure", "móc khóa/ngày", value_max=30,
        subject="móc khóa mỗi thành viên làm được"),
    fig("20.000-35.000 đồng/chiếc", "20.000", 20000, "money", "đồng/chiếc", value_max=35000,
        subject="giá bán móc khóa tại chợ Sa Pa"),
    fig("ba chục nghìn", "ba chục", 30000, "count", "móc khóa",
        subject="móc khóa trong đơn hàng từ các công ty lữ hành"),
    fig("khoảng 86.000 sản phẩm", "86.000", 86000, "count", "sản phẩm", approx="about",
        subject="sản phẩm hợp tác xã bán được", period=Y23),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly", subject="doanh thu hợp tác xã",
        period=Y23),
    fig("lợi nhuận 410 triệu", "410", 410e6, "money", "đồng", subject="lợi nhuận hợp tác xã", period=Y23),
    fig("bình quân 3,5 triệu", "3,5", 3.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.5, "lần", "làm nương"), subject="thu nhập của chị em"),
    fig("hơn 1,9 triệu lượt", "1,9", 1.9e6, "count", "lượt", approx="over",
        change=chg("increase", 12, "%", "cùng kỳ"), subject="lượng khách đến Sa Pa", period=SIX),
    fig("khoảng 100.000 sản phẩm", "100.000", 100000, "count", "sản phẩm", approx="about", status="forecast",
        subject="sản phẩm hợp tác xã tiêu thụ", period=Y24),
    fig("thêm hai quầy", "hai", 2, "count", "quầy hàng", status="forecast",
        subject="quầy hàng mở thêm tại khu du lịch Cát Cát", period=Y24),
    fig("có 31 sản phẩm", "31", 31, "count", "sản phẩm", location="Lào Cai",
        subject="sản phẩm thổ cẩm đạt OCOP từ 3 sao trở lên"),
]

NOTES = [
    "Party newspaper (Báo Lào Cai điện tử): menu, 'Thứ Ba, 16/07/2024 - 07:15', sapo, tag '(BLC) -', byline, related links.",
    "A cooperative in thị xã Sa Pa: location Sa Pa; the provincial OCOP count at the end: Lào Cai.",
    "Distractors: 07:15, 'năm 2018' (founding year), 'OCOP từ 3 sao', 'lần thứ 6', 'Quốc lộ 4D', byline.",
    "Sapo 'mỗi tháng mang về thêm 2-3 triệu đồng' → money range, unit đồng/tháng. 'ba chục nghìn' = 30 000 (number words).",
    "'thành lập năm 2018 với 9 thành viên' → period năm 2018; 'đến nay đã có 64' has no period (present).",
    "'cao hơn 1,5 lần so với làm nương' → change +1,5 lần on the income. '6 tháng đầu năm nay' → 2024 (published).",
    "'dự kiến cả năm 2024 ... và mở thêm hai quầy hàng' → forecast for both, period scored (same sentence).",
]

if __name__ == "__main__":
    write("p1570-5", TEXT, NOTES, FIGS, published="2024-07-16", location="Sa Pa")
