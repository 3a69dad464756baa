"""p1433-5: Party/provincial newspaper (Báo Kiên Giang, tag BKGO): cỏ bàng straws of a cooperative in Giang Thành."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn | Xã hội

Ống hút cỏ bàng Phú Mỹ đi châu Âu

Thứ Hai, 10/06/2024 | 07:25

Từ cây cỏ bàng mọc hoang trên vùng đất phèn, người dân xã Phú Mỹ, huyện Giang Thành làm ra ống hút thân thiện môi trường, bán sang nhiều nước.

(BKGO) - Hợp tác xã Bàng Xanh Phú Mỹ được thành lập năm 2019 với 18 thành viên; đến nay đã có 62 thành viên, trong đó 48 thành viên nữ. Từ đầu năm đến nay, hợp tác xã xuất khẩu khoảng 1,2 triệu ống hút cỏ bàng sang Hàn Quốc, Pháp và Hà Lan, doanh thu hơn 1,5 tỷ đồng, tăng 25% so với cùng kỳ năm trước.

Theo Giám đốc hợp tác xã Trần Thị Mỹ Lệ, mỗi thành viên làm được 400-500 ống/ngày, thu nhập từ 150.000 đến 200.000 đồng/ngày. Ống hút loại dài 20 cm có giá 650 đồng/ống, loại 23 cm giá 800 đồng/ống. Hợp tác xã thu mua cỏ bàng khô của người dân với giá 12.000 đồng/kg, mỗi tháng cần khoảng 3 tấn nguyên liệu.

Huyện Giang Thành hiện có khoảng 1.050 ha cỏ bàng tự nhiên, phân bố chủ yếu ở các xã Phú Mỹ, Phú Lợi và Vĩnh Điều. Năm nay, huyện dự kiến hỗ trợ 3 tổ hợp tác mở rộng sản xuất, mỗi tổ khoảng 20-25 lao động.

Toàn tỉnh Kiên Giang hiện có 5 sản phẩm từ cỏ bàng đạt OCOP 3 sao, trong đó Giang Thành có 2 sản phẩm.

MINH THƯ

Tòa soạn: Số 08 Nguyễn Trung Trực, TP Rạch Giá | Điện thoại: 0297.3862.059
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
NOW = per("đến nay", None, "2024-06-10")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-10")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
KG = "Kiên Giang"

FIGS = [
    fig("với 18 thành viên", "18", 18, "count", "thành viên",
        subject="thành viên Hợp tác xã Bàng Xanh Phú Mỹ khi thành lập", period=Y19),
    fig("có 62 thành viên", "62", 62, "count", "thành viên", subject="thành viên hợp tác xã", period=NOW),
    fig("48 thành viên", "48", 48, "count", "thành viên", total=62, subject="thành viên nữ", period=NOW),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "ống", approx="about",
        subject="ống hút cỏ bàng hợp tác xã xuất khẩu", period=YTD),
    fig("hơn 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="over",
        change=chg("increase", 25, "%", "cùng kỳ năm trước"), subject="doanh thu hợp tác xã", period=YTD),
    fig("được 400-500", "400", 400, "measure", "ống/ngày", value_max=500, subject="ống mỗi thành viên làm được"),
    fig("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/ngày", value_max=200000,
        subject="thu nhập mỗi thành viên"),
    fig("dài 20 cm", "20", 20, "measure", "cm", subject="chiều dài ống hút loại dài", optional=True),
    fig("giá 650 đồng", "650", 650, "money", "đồng/ống", subject="giá ống hút loại dài 20 cm"),
    fig("loại 23 cm", "23", 23, "measure", "cm", subject="chiều dài ống hút loại 23 cm", optional=True),
    fig("giá 800 đồng", "800", 800, "money", "đồng/ống", subject="giá ống hút loại 23 cm"),
    fig("giá 12.000", "12.000", 12000, "money", "đồng/kg", subject="giá thu mua cỏ bàng khô"),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn/tháng", approx="about",
        subject="nguyên liệu hợp tác xã cần mỗi tháng"),
    fig("khoảng 1.050 ha", "1.050", 1050, "measure", "ha", approx="about", subject="cỏ bàng tự nhiên"),
    fig("hỗ trợ 3 tổ", "3", 3, "count", "tổ hợp tác", status="forecast",
        subject="tổ hợp tác được hỗ trợ mở rộng sản xuất", period=Y24),
    fig("khoảng 20-25 lao động", "20", 20, "measure", "lao động/tổ", value_max=25, approx="about",
        status="forecast", subject="lao động mỗi tổ", period=Y24),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm từ cỏ bàng đạt OCOP 3 sao", location=KG),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm", total=5, subject="sản phẩm từ cỏ bàng đạt OCOP 3 sao"),
]

NOTES = [
    "Party/provincial newspaper (Báo Kiên Giang): menu, headline, 'Thứ Hai, 10/06/2024 | 07:25' (published), sapo, tag '(BKGO) -', byline, footer.",
    "Distractors: '07:25', 'năm 2019' as founding year (the period of the 18 founding members, not a figure), 'OCOP 3 sao' (twice),",
    "'Số 08 Nguyễn Trung Trực', phone 0297.3862.059. Default location Giang Thành (the cooperative is in xã Phú Mỹ of that district);",
    "the province's 5 products → Kiên Giang; 'trong đó Giang Thành có 2 sản phẩm' → total 5, location Giang Thành.",
    "'đến nay đã có 62 thành viên' → as-of the dateline (start null, end 2024-06-10); 'Từ đầu năm đến nay' → 2024-01-01..2024-06-10.",
    "The straw lengths '20 cm', '23 cm' are product specs naming the two types: optional. 'mỗi thành viên ... 400-500 ống/ngày',",
    "'mỗi tháng cần khoảng 3 tấn' (tấn/tháng) and 'mỗi tổ khoảng 20-25 lao động' (lao động/tổ) are rates: measure. 'Năm nay' → 2024;",
    "'dự kiến' governs both clauses of that sentence (forecast).",
]

if __name__ == "__main__":
    write("p1433-5", TEXT, NOTES, FIGS, published="2024-06-10", location="Giang Thành")
