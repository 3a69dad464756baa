"""p1464-5: Party newspaper (Báo Đà Nẵng, tag (ĐNO)): a curtain workshop in quận Cẩm Lệ serving hotels."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Kinh tế › Doanh nghiệp - Doanh nhân
Thứ Hai, 15/04/2024, 08:30

Nghề may, lắp đặt rèm "ăn theo" khách sạn

Khi các khách sạn, căn hộ du lịch ven biển đồng loạt cải tạo để đón mùa hè, nhiều cơ sở may, lắp đặt rèm cửa trên địa bàn thành phố kín việc từ đầu năm.

(ĐNO) - Xưởng rèm Hải Vân của anh Lê Quang Trí ở phường Hòa Thọ Đông, quận Cẩm Lệ những ngày này luôn có 15 thợ may và 4 tổ lắp đặt làm việc đến tối. Theo anh Trí, quý I/2024, xưởng đã thi công rèm cho 23 khách sạn, căn hộ với tổng diện tích gần 9.800 m2, doanh thu khoảng 2,7 tỷ đồng, gấp đôi cùng kỳ năm trước.

"Khách sạn 3 sao khoảng 80 phòng cần từ 350 đến 400 m2 rèm vải chống nắng và rèm voan. Đơn giá trọn gói hiện khoảng 380.000 đồng/m2, rèm cuốn chống cháy thì cao hơn khoảng 30%", anh Trí nói. Tiền công thợ may bình quân 350.000 đồng/ngày.

Theo Hiệp hội Du lịch thành phố, năm 2023 Đà Nẵng có 1.350 cơ sở lưu trú với hơn 48.000 phòng; dự kiến trong năm 2024 có thêm khoảng 20 khách sạn mới đi vào hoạt động. Trên địa bàn hiện có khoảng 140 cơ sở sản xuất, lắp đặt rèm, tập trung trên các tuyến đường 2 Tháng 9, Cách Mạng Tháng Tám, Tôn Đức Thắng.

Năm nay, anh Trí dự kiến tuyển thêm 6 thợ may, nâng doanh thu cả năm lên khoảng 9 tỷ đồng.

HOÀNG MINH

Bình luận (0)
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
CL = "Cẩm Lệ"

FIGS = [
    fig("có 15 thợ may", "15", 15, "count", "thợ may", subject="thợ may xưởng rèm Hải Vân", location=CL),
    fig("và 4 tổ lắp đặt", "4", 4, "count", "tổ lắp đặt", subject="tổ lắp đặt xưởng rèm Hải Vân", location=CL),
    fig("cho 23 khách sạn", "23", 23, "count", "khách sạn, căn hộ", subject="khách sạn, căn hộ xưởng thi công rèm",
        period=Q1, location=CL),
    fig("gần 9.800 m2", "9.800", 9800, "measure", "m2", approx="nearly", subject="tổng diện tích rèm thi công",
        period=Q1, location=CL),
    fig("khoảng 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"), subject="doanh thu xưởng", period=Q1, location=CL),
    fig("khoảng 80 phòng", "80", 80, "count", "phòng", approx="about", subject="phòng khách sạn 3 sao",
        optional=True),
    fig("từ 350 đến 400 m2", "350", 350, "measure", "m2", value_max=400,
        subject="rèm vải chống nắng và rèm voan khách sạn 3 sao cần"),
    fig("khoảng 380.000 đồng/m2", "380.000", 380000, "money", "đồng/m2", approx="about",
        subject="đơn giá trọn gói rèm"),
    fig("cao hơn khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="đơn giá rèm cuốn chống cháy"),
    fig("350.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", subject="tiền công thợ may bình quân"),
    fig("có 1.350 cơ sở", "1.350", 1350, "count", "cơ sở lưu trú", subject="cơ sở lưu trú", period=Y23),
    fig("hơn 48.000 phòng", "48.000", 48000, "count", "phòng", approx="over", subject="phòng của các cơ sở lưu trú",
        period=Y23),
    fig("khoảng 20 khách sạn", "20", 20, "count", "khách sạn", approx="about", status="forecast",
        subject="khách sạn mới đi vào hoạt động", period=Y24),
    fig("khoảng 140 cơ sở", "140", 140, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất, lắp đặt rèm trên địa bàn"),
    fig("thêm 6 thợ", "6", 6, "count", "thợ may", status="forecast", subject="thợ may anh Trí tuyển thêm",
        period=NOW, location=CL),
    fig("khoảng 9 tỷ", "9", 9e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu cả năm của xưởng", period=NOW, location=CL),
]

NOTES = [
    "Party newspaper (Báo Đà Nẵng): masthead, section, 'Thứ Hai, 15/04/2024, 08:30', sapo, tag '(ĐNO) -', byline, 'Bình luận (0)'.",
    "Distractors: 08:30, 'Khách sạn 3 sao' (class), 'quý I/2024' as a period, 'đường 2 Tháng 9' (street name), 'Bình luận (0)'.",
    "The workshop passage (phường Hòa Thọ Đông, quận Cẩm Lệ) → location Cẩm Lệ, also for the owner's plan in the last paragraph;",
    "the quoted general prices and the city's tourism and curtain-shop counts → Đà Nẵng.",
    "'gấp đôi cùng kỳ năm trước' after the revenue is its change: increase 2 'lần' (number word 'đôi').",
    "'khoảng 80 phòng' describes the example hotel in a quote: optional. 'cao hơn khoảng 30%' has no base amount: a percent figure.",
    "'dự kiến trong năm 2024' → forecast; 'Năm nay ... dự kiến' governs both clauses (forecast, 2024); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1464-5", TEXT, NOTES, FIGS, published="2024-04-15", location="Đà Nẵng")
