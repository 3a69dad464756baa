"""p1526-6: national newspaper: hand-sanitizer makers after Covid (Bình Chánh TP HCM, national association, Thuận An)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ ba, 14/5/2024, 10:20 (GMT+7)

Nhà sản xuất nước rửa tay xoay xở hậu Covid

Nhu cầu nước rửa tay khô giảm mạnh, nhiều doanh nghiệp chuyển sang xà phòng nước, gel rửa tay hữu cơ và tìm đơn hàng xuất khẩu.

Ông Trần Quốc Bảo, Giám đốc Công ty cổ phần Hóa phẩm Sao Việt ở huyện Bình Chánh (TP HCM), cho biết năm 2020 nhà máy chạy ba ca, mỗi ngày xuất xưởng khoảng 40.000 chai nước rửa tay khô. Hiện con số này chỉ còn 3.000-4.000 chai, bằng chưa tới 10% thời cao điểm.

"Doanh thu năm 2023 của công ty đạt 96 tỷ đồng, giảm 48% so với năm 2021", ông Bảo nói. Để giữ chân khoảng 120 công nhân, công ty chuyển sang làm xà phòng nước, nước rửa tay dạng bọt cho các chuỗi khách sạn và gia công cho hai thương hiệu Nhật Bản. Quý I năm nay, xà phòng nước đã chiếm 70% sản lượng của nhà máy.

Theo Hiệp hội Hóa mỹ phẩm và Chất tẩy rửa Việt Nam, năm 2020 cả nước có hơn 400 doanh nghiệp đăng ký sản xuất nước rửa tay, nhưng đến cuối năm 2023 chỉ còn khoảng 150 đơn vị duy trì sản xuất. Quy mô thị trường nước rửa tay, xà phòng nước năm 2023 ước khoảng 4.500 tỷ đồng, trong đó nước rửa tay khô chỉ chiếm 12-15%. Giá bán lẻ nước rửa tay khô phổ biến hiện dưới 60.000 đồng/lít.

Tại Bình Dương, Công ty TNHH Mộc Lan Care ở TP Thuận An lại tăng trưởng nhờ xuất khẩu. Bà Lê Thu Hằng, Phó giám đốc, cho biết 4 tháng đầu năm nay công ty xuất 65 container xà phòng nước hữu cơ sang Hàn Quốc và Australia, tăng 30% so với cùng kỳ, giá bán bình quân 1,8 USD/chai. Công ty dự kiến nâng sản lượng năm nay lên 9 triệu chai, gấp đôi năm 2023.

Minh Khôi
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I năm nay", "2024-01-01", "2024-03-31")
END23 = per("đến cuối năm 2023", None, "2023-12-31")
M4 = per("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
BC, VN, TA = "Bình Chánh", "Việt Nam", "Thuận An"

FIGS = [
    fig("chạy ba ca", "ba", 3, "count", "ca", subject="ca nhà máy chạy", period=Y20, location=BC),
    fig("khoảng 40.000 chai", "40.000", 40000, "measure", "chai/ngày", approx="about",
        subject="chai nước rửa tay khô xuất xưởng mỗi ngày", period=Y20, location=BC),
    fig("còn 3.000-4.000 chai", "3.000", 3000, "measure", "chai/ngày", value_max=4000, percent=10,
        subject="chai nước rửa tay khô xuất xưởng mỗi ngày", location=BC),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", change=chg("decrease", 48, "%", "năm 2021"),
        subject="doanh thu của công ty", period=Y23, location=BC),
    fig("khoảng 120 công nhân", "120", 120, "count", "công nhân", approx="about",
        subject="công nhân của công ty", location=BC),
    fig("hai thương hiệu", "hai", 2, "count", "thương hiệu",
        subject="thương hiệu Nhật Bản công ty gia công cho", location=BC),
    fig("chiếm 70%", "70", 70, "percent", "%",
        subject="tỷ trọng xà phòng nước trong sản lượng của nhà máy", period=Q1, location=BC),
    fig("hơn 400 doanh nghiệp", "400", 400, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp đăng ký sản xuất nước rửa tay", period=Y20, location=VN),
    fig("khoảng 150 đơn vị", "150", 150, "count", "đơn vị", approx="about",
        subject="đơn vị duy trì sản xuất", period=END23, location=VN),
    fig("ước khoảng 4.500 tỷ", "4.500", 4500e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường nước rửa tay, xà phòng nước", period=Y23, location=VN),
    fig("chiếm 12-15%", "12", 12, "percent", "%", value_max=15, status="estimate",
        subject="tỷ trọng nước rửa tay khô trong quy mô thị trường", period=Y23, location=VN),
    fig("dưới 60.000 đồng/lít", "60.000", 60000, "money", "đồng/lít", approx="under",
        subject="giá bán lẻ nước rửa tay khô", location=VN),
    fig("xuất 65 container", "65", 65, "count", "container", change=chg("increase", 30, "%", "cùng kỳ"),
        subject="container xà phòng nước hữu cơ công ty xuất", period=M4, location=TA),
    fig("quân 1,8 USD/chai", "1,8", 1.8, "money", "USD/chai",
        subject="giá bán bình quân", period=M4, location=TA),
    fig("lên 9 triệu chai", "9", 9e6, "count", "chai", status="forecast",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="sản lượng của công ty", period=Y24, location=TA),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ ba, 14/5/2024, 10:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 10:20, '(GMT+7)', 'Covid' (no number), baselines 'năm 2021', 'năm 2022' only as years.",
    "Three places: the Bình Chánh (TP HCM) maker → Bình Chánh; the association's figures → Việt Nam; the Thuận An (Bình Dương) maker → Thuận An.",
    "'chạy ba ca' is a count (number word). 'mỗi ngày xuất xưởng khoảng 40.000 chai' → daily rate, measure 'chai/ngày';",
    "'Hiện con số này chỉ còn 3.000-4.000 chai, bằng chưa tới 10%' → range, same daily rate, percent attribute 10, no period ('Hiện').",
    "'xà phòng nước đã chiếm 70% sản lượng' and 'nước rửa tay khô chỉ chiếm 12-15%' are percent figures of their own;",
    "the second continues the 'ước khoảng' clause → estimate. 'đến cuối năm 2023' → as-of end 2023-12-31.",
    "'năm nay', 'Quý I năm nay', '4 tháng đầu năm nay' → 2024 (published). 'gấp đôi năm 2023' → change increase 2 lần; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1526-6", TEXT, NOTES, FIGS, published="2024-05-14")
