"""p1540-8: radio/TV site (Đài PT-TH Đà Nẵng): supermarkets and markets switching to paper bags; a maker in Liên Chiểu."""
from lib import fig, period, inherit, change, target, write

TEXT = """DANANG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Môi trường | Video | Podcast

Đà Nẵng: Hơn 70% siêu thị chuyển sang dùng túi giấy
DNRT | 18/07/2024 17:30

Sau hơn hai năm triển khai phong trào "Chống rác thải nhựa", đến nay TP Đà Nẵng đã có 46/64 siêu thị, trung tâm thương mại chuyển sang sử dụng túi giấy và túi phân hủy sinh học, đạt 71,9%.

Theo Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, các siêu thị trên địa bàn đã cấp phát khoảng 3,5 triệu túi giấy cho khách hàng, qua đó thay thế gần 14 tấn túi ni lông. Tại 80 chợ do các quận, huyện quản lý, tỷ lệ tiểu thương sử dụng túi thân thiện môi trường mới đạt khoảng 35%; riêng chợ Cồn và chợ Hàn đạt trên 60%.

Ông Lê Văn Hải, chủ cơ sở sản xuất túi giấy Hải Phát tại quận Liên Chiểu, cho biết từ đầu năm đến nay, đơn hàng của cơ sở tăng khoảng 40%. Hiện mỗi ngày xưởng sản xuất từ 15.000 đến 20.000 chiếc túi, giá bán buôn 700-2.500 đồng/chiếc.

Theo ngành chức năng, giá túi giấy hiện vẫn cao gấp 3-5 lần túi ni lông cùng kích cỡ, là trở ngại lớn với tiểu thương. Mục tiêu đến năm 2025, 100% siêu thị, trung tâm thương mại và ít nhất 50% chợ truyền thống trên địa bàn thành phố không sử dụng túi ni lông khó phân hủy. Dự kiến trong quý IV năm nay, thành phố sẽ hỗ trợ khoảng 200.000 túi giấy miễn phí cho các chợ.

Đình Nam - Minh Thư
Lượt xem: 3.126
Bài liên quan: Ra mắt mô hình "Chợ 4.0" tại chợ Bắc Mỹ An
"""

NOW = period("đến nay", None, "2024-07-18")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-07-18")
BY25 = period("đến năm 2025", None, "2025-12-31")
Q4 = period("quý IV năm nay", "2024-10-01", "2024-12-31")
LC = "Liên Chiểu"

FIGS = [
    fig("Hơn 70%", "70", 70, "percent", "%", approx="over", subject="siêu thị chuyển sang dùng túi giấy"),
    fig("46/64", "46", 46, "count", "siêu thị, trung tâm thương mại", total=64, percent=71.9,
        subject="siêu thị, trung tâm thương mại chuyển sang sử dụng túi giấy và túi phân hủy sinh học", period=NOW),
    fig("khoảng 3,5 triệu", "3,5", 3.5e6, "count", "túi giấy", approx="about",
        subject="túi giấy các siêu thị cấp phát cho khách hàng", period=H1),
    fig("gần 14 tấn", "14", 14, "measure", "tấn", approx="nearly", subject="túi ni lông được thay thế", period=H1),
    fig("Tại 80 chợ", "80", 80, "count", "chợ", subject="chợ do các quận, huyện quản lý"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ lệ tiểu thương sử dụng túi thân thiện môi trường"),
    fig("trên 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ lệ tiểu thương chợ Cồn và chợ Hàn sử dụng túi thân thiện môi trường"),
    fig("tăng khoảng 40%", "40", 40, "percent", "%", approx="about", subject="đơn hàng của cơ sở",
        period=YTD, location=LC),
    fig("từ 15.000 đến 20.000", "15.000", 15000, "measure", "chiếc/ngày", value_max=20000,
        subject="túi xưởng sản xuất mỗi ngày", location=LC),
    fig("700-2.500", "700", 700, "money", "đồng/chiếc", value_max=2500, subject="giá bán buôn túi giấy",
        location=LC),
    fig("gấp 3-5 lần", "3", 3, "multiple", "lần", value_max=5, subject="giá túi giấy so với túi ni lông cùng kích cỡ"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ siêu thị, trung tâm thương mại không sử dụng túi ni lông khó phân hủy", period=BY25),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ chợ truyền thống không sử dụng túi ni lông khó phân hủy", period=BY25),
    fig("khoảng 200.000", "200.000", 200000, "count", "túi giấy", approx="about", status="forecast",
        subject="túi giấy miễn phí thành phố hỗ trợ cho các chợ", period=Q4),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): channel banner, menu, 'DNRT | 18/07/2024 17:30', byline, 'Lượt xem: 3.126', related link.",
    "Distractors: 17:30, 'Lượt xem: 3.126', '\"Chợ 4.0\"' (a name), 'Sau hơn hai năm triển khai' (a duration that only locates",
    "the result in time: not a figure by FIGURES.md §1).",
    "Headline 'Hơn 70% siêu thị' is its own percent figure (over). '46/64 ..., đạt 71,9%' → total 64, percent 71.9.",
    "'đến nay' → as-of the dateline (start null, end 2024-07-18); 'từ đầu năm đến nay' → 2024-01-01..2024-07-18.",
    "The Liên Chiểu maker's paragraph → location Liên Chiểu; everything else Đà Nẵng (chợ Cồn, chợ Hàn are markets, not places).",
    "'đơn hàng ... tăng khoảng 40%' is a growth rate as the claim. 'mỗi ngày ... từ 15.000 đến 20.000 chiếc túi' → rate chiếc/ngày.",
    "'gấp 3-5 lần túi ni lông' standing alone → multiple, range. 'Mục tiêu đến năm 2025' → target; 'Dự kiến ... quý IV năm nay' → forecast, 2024.",
]

if __name__ == "__main__":
    write("p1540-8", TEXT, NOTES, FIGS, published="2024-07-18", location="Đà Nẵng")
