"""p1326-5: provincial newspaper (Báo Kiên Giang, tag BKG): duty-free shopping in TP Phú Quốc, 2 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Du lịch | Xã hội

Phú Quốc: Khách quốc tế mua sắm hàng miễn thuế tăng mạnh

Thứ Ba, 12/03/2024 | 08:15

(BKG) - Hai tháng đầu năm 2024, các cửa hàng miễn thuế trên địa bàn TP Phú Quốc đạt doanh số khoảng 9,6 triệu USD, gấp đôi cùng kỳ. Lượng khách quốc tế đến đảo tăng mạnh là nguyên nhân chính.

Theo Chi cục Hải quan cửa khẩu cảng biển Phú Quốc, hiện thành phố có 4 doanh nghiệp kinh doanh hàng miễn thuế với 6 cửa hàng, trong đó hai cửa hàng tại Cảng hàng không quốc tế Phú Quốc và bốn cửa hàng trong nội địa phục vụ khách du lịch. Riêng cửa hàng miễn thuế nội địa tại khu phức hợp Sao Biển, xã Gành Dầu mỗi ngày đón từ 1.500 đến 2.000 lượt khách, giá trị mua bình quân khoảng 120 USD/lượt.

Tháng 2/2024, doanh số toàn thành phố đạt 5,3 triệu USD, tăng 23% so với tháng 1. Khách Hàn Quốc, Đài Loan (Trung Quốc) và Ấn Độ mua nhiều nhất; rượu, mỹ phẩm và đồng hồ chiếm gần 60% doanh số.

Ông Trần Quốc Hưng, Giám đốc Công ty TNHH Thương mại Đảo Ngọc, cho biết doanh nghiệp đang tuyển thêm 35 nhân viên biết ngoại ngữ, nâng tổng số lao động lên 210 người trước mùa cao điểm hè.

Năm 2024, TP Phú Quốc phấn đấu đón 1,5 triệu lượt khách quốc tế; doanh số bán hàng miễn thuế dự kiến đạt 55-60 triệu USD.

THU HÀ

Từ khóa: Phú Quốc, miễn thuế, du lịch
Bình luận (0)
"""

M2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
FEB = per("Tháng 2/2024", "2024-02-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 9,6 triệu", "9,6", 9.6e6, "money", "USD", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="doanh số các cửa hàng miễn thuế", period=M2),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp kinh doanh hàng miễn thuế"),
    fig("với 6 cửa hàng", "6", 6, "count", "cửa hàng", subject="cửa hàng miễn thuế"),
    fig("đó hai cửa hàng", "hai", 2, "count", "cửa hàng", total=6,
        subject="cửa hàng tại Cảng hàng không quốc tế Phú Quốc"),
    fig("bốn cửa hàng", "bốn", 4, "count", "cửa hàng", total=6,
        subject="cửa hàng trong nội địa phục vụ khách du lịch"),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "measure", "lượt khách/ngày", value_max=2000,
        subject="lượt khách cửa hàng miễn thuế nội địa tại khu phức hợp Sao Biển đón mỗi ngày"),
    fig("khoảng 120 USD", "120", 120, "money", "USD/lượt", approx="about",
        subject="giá trị mua bình quân"),
    fig("đạt 5,3 triệu", "5,3", 5.3e6, "money", "USD",
        change=chg("increase", 23, "%", "tháng 1"),
        subject="doanh số toàn thành phố", period=FEB),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="rượu, mỹ phẩm và đồng hồ chiếm doanh số", period=inh(FEB)),
    fig("thêm 35 nhân viên", "35", 35, "count", "nhân viên",
        subject="nhân viên biết ngoại ngữ Công ty TNHH Thương mại Đảo Ngọc tuyển thêm"),
    fig("lên 210 người", "210", 210, "count", "người",
        subject="tổng số lao động của doanh nghiệp"),
    fig("đón 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", status="target",
        subject="lượt khách quốc tế", period=Y24),
    fig("đạt 55-60 triệu", "55", 55e6, "money", "USD", value_max=60e6, status="forecast",
        subject="doanh số bán hàng miễn thuế", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Kiên Giang): duty-free shopping in TP Phú Quốc, first two months and February 2024.",
    "Menu, 'Thứ Ba, 12/03/2024 | 08:15' dateline, tag '(BKG) -' sapo, byline THU HÀ, tags, 'Bình luận (0)'.",
    "Distractors: 08:15, 'Bình luận (0)', the tag, 'xã Gành Dầu', 'Đài Loan (Trung Quốc)' (a bracket without a number).",
    "Location: every figure describes TP Phú Quốc (a city; a commune is below the level of location).",
    "'gấp đôi cùng kỳ' → change increase 2 lần, baseline cùng kỳ. 'Hai tháng đầu năm 2024' ends 2024-02-29 (leap year).",
    "'trong đó hai cửa hàng … và bốn cửa hàng …' → total 6 (number words).",
    "'mỗi ngày đón từ 1.500 đến 2.000 lượt khách' → a range rate, measure 'lượt khách/ngày'; '120 USD/lượt' → money rate.",
    "'chiếm gần 60% doanh số' stands after a list of goods, not after an amount: a percent figure of its own.",
    "'nâng tổng số lao động lên 210 người' has no status cue → actual; a new level, not a change.",
    "Last sentence: 'phấn đấu' → target (1,5 triệu lượt); 'dự kiến' → forecast (55-60 triệu USD, a range).",
]

if __name__ == "__main__":
    write("p1326-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Phú Quốc")
