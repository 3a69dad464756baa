"""p1288-4: Party newspaper (Báo Đồng Tháp, tag ĐTO): lotus-leaf tea bags in huyện Tháp Mười."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG THÁP ĐIỆN TỬ
Kinh tế | Nông nghiệp

Tháp Mười: Nâng giá trị cây sen từ trà túi lọc

15/04/2024 07:20

Những năm gần đây, từ lá sen, tim sen, gương sen, các cơ sở ở huyện Tháp Mười đã chế biến hơn hai chục sản phẩm trà thảo dược, góp phần nâng giá trị cây sen lên gấp 2-3 lần so với bán nguyên liệu thô.

(ĐTO) - Theo Phòng Nông nghiệp và PTNT huyện Tháp Mười, toàn huyện hiện có khoảng 1.200 ha sen, năng suất hạt sen tươi bình quân 1,8-2 tấn/ha/vụ. Quý I/2024, các cơ sở trên địa bàn đã thu mua gần 96 tấn lá sen để chế biến trà, tăng khoảng 20% so với cùng kỳ; ngoài ra còn thu mua 5,4 tấn tim sen.

Cơ sở trà sen Hương Quê (ấp 3, xã Mỹ Hòa) là một trong những đơn vị tiêu biểu. Chị Nguyễn Thị Bích Ngọc, chủ cơ sở, cho biết mỗi tháng cơ sở sản xuất khoảng 12.000 hộp trà lá sen túi lọc, giá bán 35.000 đồng/hộp 25 túi. Riêng 3 tháng đầu năm nay, cơ sở tiêu thụ 38.500 hộp, doanh thu hơn 1,3 tỷ đồng, lợi nhuận chiếm khoảng 30% doanh thu. Cơ sở tạo việc làm cho 16 lao động địa phương với mức lương từ 6 đến 8 triệu đồng/tháng.

"Trà lá sen được nhiều khách hàng ở TP Hồ Chí Minh, Hà Nội đặt mua làm quà, dịp Tết Giáp Thìn vừa qua cơ sở phải tăng ca liên tục", chị Ngọc chia sẻ.

Hiện huyện có 7 sản phẩm từ sen đạt OCOP, gồm 5 sản phẩm 3 sao và 2 sản phẩm 4 sao. Năm 2024, huyện dự kiến hỗ trợ 450 triệu đồng cho các cơ sở đổi mới bao bì, nhãn mác; phấn đấu đưa giá trị sản xuất ngành hàng sen đạt 320 tỷ đồng.

THANH TÂM
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
M3 = per("3 tháng đầu năm nay", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn hai chục sản phẩm", "hai chục", 20, "count", "sản phẩm", approx="over",
        subject="sản phẩm trà thảo dược các cơ sở chế biến từ sen"),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="giá trị cây sen so với bán nguyên liệu thô"),
    fig("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", approx="about", subject="diện tích sen"),
    fig("bình quân 1,8-2 tấn", "1,8", 1.8, "measure", "tấn/ha/vụ", value_max=2,
        subject="năng suất hạt sen tươi bình quân"),
    fig("gần 96 tấn", "96", 96, "measure", "tấn", approx="nearly",
        change=chg("increase", 20, "%", "cùng kỳ", approx="about"),
        subject="lá sen các cơ sở thu mua để chế biến trà", period=Q1),
    fig("mua 5,4 tấn", "5,4", 5.4, "measure", "tấn", subject="tim sen các cơ sở thu mua", period=Q1),
    fig("khoảng 12.000 hộp", "12.000", 12000, "measure", "hộp/tháng", approx="about",
        subject="trà lá sen túi lọc cơ sở sản xuất mỗi tháng"),
    fig("bán 35.000 đồng", "35.000", 35000, "money", "đồng/hộp", subject="giá bán trà lá sen túi lọc"),
    fig("hộp 25 túi", "25", 25, "count", "túi", optional=True),
    fig("tiêu thụ 38.500 hộp", "38.500", 38500, "count", "hộp", subject="hộp trà cơ sở tiêu thụ", period=M3),
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over", subject="doanh thu cơ sở", period=M3),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="lợi nhuận so với doanh thu", period=M3),
    fig("cho 16 lao động", "16", 16, "count", "lao động", subject="lao động địa phương cơ sở tạo việc làm"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/tháng", value_max=8e6, subject="mức lương lao động"),
    fig("có 7 sản phẩm", "7", 7, "count", "sản phẩm", subject="sản phẩm từ sen đạt OCOP"),
    fig("gồm 5 sản phẩm", "5", 5, "count", "sản phẩm", total=7, subject="sản phẩm OCOP 3 sao"),
    fig("và 2 sản phẩm", "2", 2, "count", "sản phẩm", total=7, subject="sản phẩm OCOP 4 sao"),
    fig("hỗ trợ 450 triệu", "450", 450e6, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ các cơ sở đổi mới bao bì, nhãn mác", period=Y24),
    fig("đạt 320 tỷ", "320", 320e9, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành hàng sen", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Tháp): bare dateline '15/04/2024 07:20', sapo, tag '(ĐTO) -', byline at the end.",
    "Location Tháp Mười (district) throughout; the ĐTO tag implies Đồng Tháp. TP Hồ Chí Minh, Hà Nội in the quote are buyers, not places of figures.",
    "Distractors: 07:20, 'ấp 3', 'OCOP' star levels '3 sao', '4 sao', 'Tết Giáp Thìn'.",
    "'hơn hai chục sản phẩm' = over 20 (number words). 'gấp 2-3 lần so với bán nguyên liệu thô' stands as the claim: multiple, range 2-3.",
    "'tăng khoảng 20% so với cùng kỳ' belongs to 96 tấn lá sen (change approx about); the tim sen amount stands after ';' with its own verb.",
    "'mỗi tháng ... khoảng 12.000 hộp' is a monthly rate (measure, hộp/tháng). 'hộp 25 túi' is a pack size (optional).",
    "'lợi nhuận chiếm khoảng 30% doanh thu': the profit amount is not given, so the share is a percent figure of its own.",
    "'gồm 5 sản phẩm 3 sao và 2 sản phẩm 4 sao' → total 7. 'dự kiến' → forecast; '; phấn đấu' starts its own clause → target.",
]

if __name__ == "__main__":
    write("p1288-4", TEXT, NOTES, FIGS, published="2024-04-15", location="Tháp Mười")
