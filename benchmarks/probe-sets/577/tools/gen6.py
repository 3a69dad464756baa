"""p577-6: national press (VnExpress style) — hospital drug shortages and national centralised procurement."""
from lib import emit, fig, per, inh, chg

TEXT = """Sức khỏe › Tin tức

Thứ hai, 3/6/2024, 07:00 (GMT+7)

Gần 400 bệnh viện được gỡ vướng mua sắm thuốc

Sau hơn một năm áp dụng các quy định mới về đấu thầu, tình trạng thiếu thuốc tại bệnh viện công cơ bản được khắc phục; giá thuốc trúng thầu tập trung quốc gia giảm trung bình 25%.

Theo Bộ Y tế, năm 2023, Trung tâm Mua sắm tập trung thuốc quốc gia đã tổ chức đấu thầu 53 hoạt chất với tổng giá trị trúng thầu hơn 5.300 tỷ đồng, tiết kiệm khoảng 1.560 tỷ đồng so với giá kế hoạch. Các hợp đồng khung được phân bổ cho 389 bệnh viện tại 63 tỉnh, thành phố.

Khảo sát của Bộ Y tế tại 1.136 cơ sở khám chữa bệnh công lập cho thấy, 5 tháng đầu năm 2024 chỉ 3,7% số đơn vị còn báo cáo thiếu thuốc, thấp hơn nhiều so với mức 12,5% của quý III/2022. Tỷ lệ mặt hàng thuốc có nhà thầu trúng thầu đạt 91%, cao hơn 6 điểm phần trăm so với năm 2022.

Chi tiền thuốc từ quỹ bảo hiểm y tế năm 2023 là 44.217 tỷ đồng, chiếm khoảng 30% tổng chi khám chữa bệnh bảo hiểm y tế. Trong đó, thuốc biệt dược gốc chiếm 11.054 tỷ đồng.

Theo ông Trần Quang Minh, Phó cục trưởng Cục Quản lý Dược, các bệnh viện tuyến cuối như Bạch Mai, Chợ Rẫy đã mua sắm được từ 95 đến 98% danh mục thuốc theo kế hoạch. Bộ dự kiến năm 2024 mở rộng đấu thầu tập trung lên 70 hoạt chất, với giá trị khoảng 7.000 tỷ đồng.

Thị trường dược phẩm Việt Nam năm 2023 đạt khoảng 7,7 tỷ USD; chi tiêu bình quân cho thuốc khoảng 77 USD/người/năm.

Lê Nga
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Q3 = per("quý III/2022", "2022-07-01", "2022-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
B = 1_000_000_000

FIGS = [
    fig("Gần 400", "400", 400, "count", "bệnh viện", "bệnh viện được gỡ vướng mua sắm thuốc", approx="nearly"),
    fig("trung bình 25%", "25", 25, "percent", "%", "giá thuốc trúng thầu tập trung quốc gia giảm trung bình"),
    fig("thầu 53 hoạt chất", "53", 53, "count", "hoạt chất", "hoạt chất được đấu thầu tập trung quốc gia", Y23),
    fig("hơn 5.300 tỷ", "5.300", 5300 * B, "money", "đồng", "tổng giá trị trúng thầu", Y23, approx="over"),
    fig("khoảng 1.560 tỷ", "1.560", 1560 * B, "money", "đồng", "giá trị tiết kiệm so với giá kế hoạch", Y23,
        approx="about"),
    fig("cho 389 bệnh viện", "389", 389, "count", "bệnh viện", "bệnh viện được phân bổ hợp đồng khung", inh(Y23)),
    fig("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có bệnh viện được phân bổ hợp đồng khung",
        inh(Y23)),
    fig("tại 1.136 cơ sở", "1.136", 1136, "count", "cơ sở", "cơ sở khám chữa bệnh công lập được khảo sát", M5),
    fig("chỉ 3,7%", "3,7", 3.7, "percent", "%", "đơn vị còn báo cáo thiếu thuốc", M5),
    fig("mức 12,5%", "12,5", 12.5, "percent", "%", "đơn vị báo cáo thiếu thuốc", Q3),
    fig("đạt 91%", "91", 91, "percent", "%", "tỷ lệ mặt hàng thuốc có nhà thầu trúng thầu",
        change=chg("increase", 6, "điểm phần trăm", "năm 2022")),
    fig("là 44.217 tỷ", "44.217", 44217 * B, "money", "đồng", "chi tiền thuốc từ quỹ bảo hiểm y tế", Y23, percent=30),
    fig("chiếm 11.054 tỷ", "11.054", 11054 * B, "money", "đồng", "chi tiền thuốc biệt dược gốc", inh(Y23),
        total=44217 * B),
    fig("từ 95 đến 98%", "95", 95, "percent", "%", "danh mục thuốc các bệnh viện tuyến cuối mua sắm được theo kế hoạch",
        value_max=98),
    fig("lên 70 hoạt chất", "70", 70, "count", "hoạt chất", "hoạt chất đấu thầu tập trung", Y24, status="forecast"),
    fig("khoảng 7.000 tỷ", "7.000", 7000 * B, "money", "đồng", "giá trị đấu thầu tập trung", Y24, approx="about",
        status="forecast"),
    fig("khoảng 7,7 tỷ", "7,7", 7_700_000_000, "money", "USD", "thị trường dược phẩm Việt Nam", Y23, approx="about"),
    fig("khoảng 77 USD", "77", 77, "money", "USD/người/năm", "chi tiêu bình quân cho thuốc", Y23, approx="about"),
]

NOTES = [
    "National press (VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end. National figures: location Việt Nam.",
    "Distractors: '(GMT+7)', '07:00', 'hơn một năm' (a duration that only locates the claim in time), 'quý III/2022', hospital names.",
    "'thấp hơn nhiều so với mức 12,5% của quý III/2022' names a level, not a change amount: 12,5% is a percent figure of its own.",
    "'đạt 91%, cao hơn 6 điểm phần trăm so với năm 2022' -> 91% with its change. 'chiếm khoảng 30%' -> percent 30 of 44.217 tỷ.",
    "'Trong đó, thuốc biệt dược gốc chiếm 11.054 tỷ đồng' after a sentence break -> total 44.217 tỷ (the 'chiếm' here names the part, not a share).",
    "'Bộ dự kiến năm 2024 ... 70 hoạt chất, với giá trị khoảng 7.000 tỷ đồng' -> forecast for both. Headline and lead have no period.",
    "'khoảng 77 USD/người/năm' is money with the rate in the unit; 'Thị trường ... năm 2023 ...; chi tiêu ...' shares the period.",
]

if __name__ == "__main__":
    emit("p577-6", TEXT, NOTES, FIGS, published="2024-06-03", location="Việt Nam")
