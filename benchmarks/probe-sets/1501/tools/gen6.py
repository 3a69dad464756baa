"""p1501-6: national newspaper: smart toilets and electronic bidet seats; a retail chain in TP HCM."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 19/8/2024, 09:05 (GMT+7)

Bồn cầu thông minh hút khách dù giá gấp 5 lần loại thường

Doanh số bồn cầu thông minh và nắp rửa điện tử tại nhiều chuỗi bán lẻ tăng 30-50% trong 6 tháng đầu năm, chủ yếu nhờ hàng Trung Quốc giá rẻ.

Theo ước tính của Hiệp hội Gốm sứ xây dựng Việt Nam, quy mô thị trường thiết bị vệ sinh năm 2023 khoảng 1,2 tỷ USD, trong đó phân khúc thiết bị thông minh chiếm khoảng 8%. Khoảng 75% bồn cầu thông minh bán tại Việt Nam là hàng nhập khẩu, chủ yếu từ Trung Quốc, Nhật Bản và Thái Lan. Năm 2023, nhập khẩu nhóm hàng này đạt khoảng 48 triệu USD, tăng 26% so với năm 2022.

Ông Lê Minh Tuấn, giám đốc ngành hàng của chuỗi HomeLux, cho biết 6 tháng đầu năm nay, 12 cửa hàng của chuỗi tại TP HCM bán hơn 4.500 bồn cầu thông minh, gấp đôi cùng kỳ. Giá phổ biến từ 12 đến 20 triệu đồng một chiếc, trong khi bồn cầu thường chỉ 2-4 triệu đồng. Nắp rửa điện tử chiếm khoảng 55% số lượng bán ra, giá 3,5-6 triệu đồng một chiếc. Năm nay, chuỗi dự kiến mở thêm 3 cửa hàng ở TP HCM.

"Khách hàng giờ quan tâm đến tiết kiệm nước và vệ sinh hơn là giá", ông Tuấn nói.

Theo bà Phạm Thu Trang, chuyên gia của Công ty nghiên cứu thị trường VinaMarket, người mua cần chú ý hàng trôi nổi không rõ nguồn gốc: giá chỉ bằng 30-40% hàng chính hãng nhưng tuổi thọ thường dưới 2 năm. Dự báo đến năm 2028, thị trường thiết bị vệ sinh thông minh tại Việt Nam đạt khoảng 250 triệu USD. Tốc độ tăng trưởng bình quân của phân khúc này dự báo khoảng 12% mỗi năm.

MINH PHƯƠNG
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1N = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23N = per("Năm 2023", "2023-01-01", "2023-12-31")
THIS = per("Năm nay", "2024-01-01", "2024-12-31")
TO28 = per("đến năm 2028", None, "2028-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("gấp 5 lần", "5", 5, "multiple", "lần", subject="giá bồn cầu thông minh so với loại thường"),
    fig("tăng 30-50%", "30", 30, "percent", "%", value_max=50,
        subject="doanh số bồn cầu thông minh và nắp rửa điện tử tại nhiều chuỗi bán lẻ", period=H1),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường thiết bị vệ sinh", period=Y23),
    fig("khoảng 8%", "8", 8, "percent", "%", approx="about", status="estimate",
        subject="phân khúc thiết bị thông minh trong quy mô thị trường thiết bị vệ sinh", period=Y23),
    fig("Khoảng 75%", "75", 75, "percent", "%", approx="about",
        subject="bồn cầu thông minh bán tại Việt Nam là hàng nhập khẩu"),
    fig("khoảng 48 triệu", "48", 48e6, "money", "USD", approx="about",
        change=chg("increase", 26, "%", "năm 2022"), subject="nhập khẩu bồn cầu thông minh", period=Y23N),
    fig("12 cửa hàng", "12", 12, "count", "cửa hàng", subject="cửa hàng của chuỗi HomeLux", period=H1N,
        location=HCM),
    fig("hơn 4.500 bồn", "4.500", 4500, "count", "bồn cầu", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ"), subject="bồn cầu thông minh chuỗi bán",
        period=H1N, location=HCM),
    fig("từ 12 đến 20 triệu", "12", 12e6, "money", "đồng/chiếc", value_max=20e6,
        subject="giá phổ biến bồn cầu thông minh", location=HCM),
    fig("chỉ 2-4 triệu", "2", 2e6, "money", "đồng", value_max=4e6,
        subject="giá bồn cầu thường", location=HCM),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="nắp rửa điện tử trong số lượng bán ra", period=inh(H1N), location=HCM),
    fig("giá 3,5-6 triệu", "3,5", 3.5e6, "money", "đồng/chiếc", value_max=6e6,
        subject="giá nắp rửa điện tử", location=HCM),
    fig("thêm 3 cửa hàng", "3", 3, "count", "cửa hàng", status="forecast",
        subject="cửa hàng chuỗi mở thêm", period=THIS, location=HCM),
    fig("bằng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="giá hàng trôi nổi so với hàng chính hãng"),
    fig("dưới 2 năm", "2", 2, "measure", "năm", approx="under",
        subject="tuổi thọ hàng trôi nổi"),
    fig("khoảng 250 triệu", "250", 250e6, "money", "USD", approx="about", status="forecast",
        subject="thị trường thiết bị vệ sinh thông minh", period=TO28),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about", status="forecast",
        subject="tốc độ tăng trưởng bình quân của phân khúc thiết bị vệ sinh thông minh", period=inh(TO28)),
]

NOTES = [
    "National newspaper: section line, 'Thứ hai, 19/8/2024, 09:05 (GMT+7)', headline, sapo, quote, byline at the end. Default location Việt Nam.",
    "Distractors: 09:05, '(GMT+7)', the weekday. Trade partners (Trung Quốc, Nhật Bản, Thái Lan) are not places of figures.",
    "Headline 'giá gấp 5 lần loại thường': a multiple standing alone as the claim. 'gấp đôi cùng kỳ' after 4.500 is its change (2 lần).",
    "'Theo ước tính của Hiệp hội ...' → estimate for 1,2 tỷ USD and the continuing clause 'trong đó ... chiếm khoảng 8%' (a percent",
    "figure of its own: the share of a segment, not a share of the 1,2 tỷ figure).",
    "Year-less '6 tháng đầu năm' (sapo) and '6 tháng đầu năm nay', 'Năm nay' take 2024 from the dateline.",
    "The chain passage ('12 cửa hàng của chuỗi tại TP HCM') is located in TP Hồ Chí Minh; prices there have no period.",
    "'tuổi thọ thường dưới 2 năm' is a product lifetime (a measure), not a period. 'Dự báo' → forecast; the 12% sentence inherits 'đến năm 2028'.",
]

if __name__ == "__main__":
    write("p1501-6", TEXT, NOTES, FIGS, published="2024-08-19", location="Việt Nam")
