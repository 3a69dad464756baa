"""p1168-6: national newspaper, Non Nước stone village (quận Ngũ Hành Sơn, Đà Nẵng) short of raw stone."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Kinh doanh > Doanh nghiệp

Làng đá Non Nước gặp khó vì thiếu nguyên liệu

Thứ Bảy, 14/9/2024, 10:15 (GMT+7)

Làng đá mỹ nghệ Non Nước ở quận Ngũ Hành Sơn, Đà Nẵng hiện có khoảng 420 cơ sở sản xuất, kinh doanh với gần 2.000 lao động, nhưng doanh thu 8 tháng đầu năm chỉ đạt khoảng 190 tỷ đồng, giảm 12% so với cùng kỳ.

Ông Huỳnh Bá Tăng, Chủ tịch Hội Mỹ nghệ đá Non Nước, cho biết từ năm 1994 thành phố đã cấm khai thác đá tại núi Ngũ Hành Sơn, nên gần như toàn bộ nguyên liệu phải mua từ Thanh Hóa, Nghệ An, Quảng Nam hoặc nhập khẩu. Giá đá khối trắng hiện từ 8 đến 14 triệu đồng/m3, cao hơn khoảng 20% so với năm 2022.

Tại phường Hòa Hải, cơ sở Đá mỹ nghệ Thành Đạt của anh Lê Văn Đạt từng có 30 thợ, nay chỉ còn 12 người. "Trước đây mỗi tháng xưởng xuất 3-4 container tượng sang Mỹ, châu Âu, nay có tháng chỉ được một container", anh Đạt nói. Tiền lương thợ chạm bậc cao ở đây khoảng 12 triệu đồng/tháng, thợ phụ 6 triệu đồng/tháng.

Theo UBND quận Ngũ Hành Sơn, năm 2023 làng nghề đón khoảng 1,5 triệu lượt khách tham quan, mua sắm, trong đó khách quốc tế chiếm 35%. Quận đang đề xuất thành phố hỗ trợ 50% chi phí thuê mặt bằng trưng bày trong hai năm và xây dựng khu trưng bày sản phẩm đá rộng 1,2 ha, tổng vốn dự kiến 85 tỷ đồng.

Làng nghề điêu khắc đá mỹ nghệ Non Nước được công nhận là Di sản văn hóa phi vật thể quốc gia năm 2014.

Nguyễn Đông
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
X = "cơ sở Đá mỹ nghệ Thành Đạt"

FIGS = [
    fig("khoảng 420 cơ sở", "420", 420, "count", "cơ sở sản xuất, kinh doanh", approx="about",
        subject="cơ sở sản xuất, kinh doanh làng đá mỹ nghệ Non Nước"),
    fig("gần 2.000 lao động", "2.000", 2000, "count", "lao động", approx="nearly",
        subject="lao động làng đá mỹ nghệ Non Nước"),
    fig("khoảng 190 tỷ", "190", 190e9, "money", "đồng", approx="about",
        change=chg("decrease", 12, "%", "cùng kỳ"),
        subject="doanh thu làng đá mỹ nghệ Non Nước", period=M8),
    fig("từ 8 đến 14 triệu", "8", 8e6, "money", "đồng/m3", value_max=14e6,
        change=chg("increase", 20, "%", "năm 2022", approx="about"),
        subject="giá đá khối trắng"),
    fig("từng có 30 thợ", "30", 30, "count", "thợ", subject=f"thợ {X} trước đây"),
    fig("còn 12 người", "12", 12, "count", "người", subject=f"thợ {X} hiện nay"),
    fig("3-4 container", "3", 3, "count", "container", value_max=4,
        subject="container tượng xưởng xuất mỗi tháng trước đây"),
    fig("được một container", "một", 1, "count", "container",
        subject="container xưởng xuất trong tháng hiện nay"),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/tháng", approx="about",
        subject="tiền lương thợ chạm bậc cao"),
    fig("thợ phụ 6 triệu", "6", 6e6, "money", "đồng/tháng", subject="tiền lương thợ phụ"),
    fig("khoảng 1,5 triệu lượt", "1,5", 1.5e6, "count", "lượt khách", approx="about",
        subject="lượt khách tham quan, mua sắm làng nghề", period=Y23),
    fig("chiếm 35%", "35", 35, "percent", "%", subject="khách quốc tế trong lượt khách tham quan", period=Y23),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", subject="hỗ trợ chi phí thuê mặt bằng trưng bày đề xuất"),
    fig("trong hai năm", "hai", 2, "measure", "năm", optional=True, subject="thời gian hỗ trợ"),
    fig("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích khu trưng bày sản phẩm đá đề xuất xây dựng"),
    fig("dự kiến 85 tỷ", "85", 85e9, "money", "đồng", status="forecast",
        subject="tổng vốn khu trưng bày sản phẩm đá"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 14/9/2024, 10:15 (GMT+7)', byline at the end. All figures are of Non Nước village in quận Ngũ Hành Sơn",
    "(the Hòa Hải workshop too): default location Ngũ Hành Sơn. Thanh Hóa, Nghệ An, Quảng Nam are sources of stone, not places of figures.",
    "Distractors: 10:15, (GMT+7), 'từ năm 1994', 'năm 2014', 'gần như toàn bộ' (no number), 'Ngũ Hành Sơn' (a name).",
    "'8 tháng đầu năm' takes 2024 from published. 'chiếm 35%' follows 'trong đó' after a count of visits: a percent figure of its own.",
    "'từng có 30 thợ, nay chỉ còn 12 người' gives two counts; no stated change value. 'một container' is a number word (1).",
    "The proposal (đề xuất) has no status cue: 50% and 1,2 ha are actual; 'tổng vốn dự kiến 85 tỷ' is a forecast. 'trong hai năm' optional.",
]

if __name__ == "__main__":
    build("p1168-6", TEXT, FIGS, NOTES, published="2024-09-14", location="Ngũ Hành Sơn")
