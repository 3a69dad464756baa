"""p1261-6: national newspaper (weekday dateline with GMT+7): an orchid tissue-culture farm in Củ Chi, TP HCM."""
from lib import fig, per, write

TEXT = """Thứ hai, 3/6/2024, 10:20 (GMT+7)

Kỹ sư 9X thu tiền tỷ từ trại cấy mô lan

Từ căn phòng thí nghiệm 40 m2 ở Củ Chi (TP HCM), Nguyễn Minh Khoa gây dựng trại cấy mô lan rộng 3.000 m2, mỗi năm bán ra hơn 2 triệu cây giống.

Năm 2018, sau khi tốt nghiệp ngành công nghệ sinh học, Khoa thuê căn phòng nhỏ ở huyện Củ Chi, vay 300 triệu đồng mua tủ cấy, nồi hấp và kệ đèn. Hai năm đầu, anh thất bại liên tục vì mẫu nhiễm nấm, có đợt hỏng tới 70% số bình cấy.

Hiện trại của Khoa có 5 phòng cấy, nuôi khoảng 120.000 bình mẫu, chuyên cung cấp cây con lan Dendrobium, Mokara và hồ điệp. Giá cây cấy mô từ 3.000 đến 12.000 đồng/cây tùy loại.

Năm 2023, trại bán ra 2,3 triệu cây giống, doanh thu khoảng 9 tỷ đồng, lãi gần 2 tỷ đồng. Khách hàng chủ yếu là nhà vườn ở TP HCM, Đồng Nai, Bến Tre; khoảng 15% sản lượng được xuất sang Campuchia. Trại tạo việc làm cho 14 lao động, lương 8-12 triệu đồng mỗi tháng.

"Cây cấy mô đồng đều, sạch bệnh, ra hoa đồng loạt nên nhà vườn rất chuộng", Khoa nói.

Theo Trung tâm Công nghệ sinh học TP HCM, thành phố có khoảng 40 cơ sở nuôi cấy mô tư nhân, cung ứng 25-30 triệu cây giống hoa lan mỗi năm, chiếm gần 60% nhu cầu của khu vực phía Nam.

Năm nay, Khoa dự kiến đầu tư thêm 1,5 tỷ đồng để xây thêm hai phòng cấy.

Hà An
"""

Y18 = per("Năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
CC = "Củ Chi"

FIGS = [
    fig("thí nghiệm 40 m2", "40", 40, "measure", "m2", subject="diện tích phòng thí nghiệm ban đầu", location=CC),
    fig("lan rộng 3.000 m2", "3.000", 3000, "measure", "m2", subject="diện tích trại cấy mô lan", location=CC),
    fig("hơn 2 triệu", "2", 2e6, "measure", "cây giống/năm", approx="over",
        subject="cây giống trại bán ra", location=CC),
    fig("vay 300 triệu", "300", 300e6, "money", "đồng", subject="tiền vay mua tủ cấy, nồi hấp và kệ đèn",
        period=Y18, location=CC),
    fig("tới 70%", "70", 70, "percent", "%", subject="tỷ lệ bình cấy hỏng", location=CC),
    fig("có 5 phòng cấy", "5", 5, "count", "phòng cấy", subject="phòng cấy của trại", location=CC),
    fig("khoảng 120.000", "120.000", 120000, "count", "bình mẫu", approx="about",
        subject="bình mẫu trại nuôi", location=CC),
    fig("từ 3.000 đến 12.000", "3.000", 3000, "money", "đồng/cây", value_max=12000,
        subject="giá cây cấy mô", location=CC),
    fig("ra 2,3 triệu", "2,3", 2.3e6, "count", "cây giống", subject="cây giống trại bán ra", period=Y23,
        location=CC),
    fig("khoảng 9 tỷ", "9", 9e9, "money", "đồng", approx="about", subject="doanh thu của trại", period=Y23,
        location=CC),
    fig("gần 2 tỷ", "2", 2e9, "money", "đồng", approx="nearly", subject="lãi của trại", period=Y23,
        location=CC),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được xuất sang Campuchia", location=CC),
    fig("cho 14 lao động", "14", 14, "count", "lao động", subject="lao động trại tạo việc làm", location=CC),
    fig("lương 8-12 triệu", "8", 8e6, "money", "đồng/tháng", value_max=12e6,
        subject="lương lao động của trại", location=CC),
    fig("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", approx="about", subject="cơ sở nuôi cấy mô tư nhân"),
    fig("ứng 25-30 triệu", "25", 25e6, "measure", "cây giống/năm", value_max=30e6, percent=60,
        subject="cây giống hoa lan các cơ sở nuôi cấy mô tư nhân cung ứng"),
    fig("thêm 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", status="forecast",
        subject="vốn Khoa đầu tư thêm", period=NOW, location=CC),
    fig("thêm hai phòng", "hai", 2, "count", "phòng cấy", status="forecast",
        subject="phòng cấy xây thêm", period=NOW, location=CC),
]

NOTES = [
    "National newspaper: 'Thứ hai, 3/6/2024, 10:20 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 10:20, (GMT+7), 'Kỹ sư 9X' (a generation label), 'tiền tỷ' (no number), 'Hai năm đầu' (a duration that only",
    "locates the failures in time), the orchid varieties.",
    "The farm is in huyện Củ Chi (named in the sapo and the body): location Củ Chi for its figures; the city's figures TP HCM (default).",
    "'mỗi năm bán ra hơn 2 triệu cây giống' and '25-30 triệu cây giống hoa lan mỗi năm' → yearly rates, measure 'cây giống/năm'.",
    "'chiếm gần 60% nhu cầu' → percent attribute 60 of the range. 'tới 70%' is exact ('tới' is not an approximation word).",
    "'khoảng 15% sản lượng ...' stands in a present-tense sentence about customers: no period.",
    "'Năm nay ... dự kiến' → forecast, 2024 (published); 'hai phòng cấy' is a number word.",
]

if __name__ == "__main__":
    write(6, TEXT, NOTES, FIGS, published="2024-06-03", location="TP Hồ Chí Minh")
