"""p1497-6: national newspaper: a match factory in huyện Đông Sơn (Thanh Hóa) declines against cheap lighters."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 9/1/2025, 07:30 (GMT+7)

Nghề làm diêm lay lắt trước bật lửa giá rẻ

Từng cung cấp khoảng 200 triệu bao diêm mỗi năm, một nhà máy diêm lâu đời ở huyện Đông Sơn (Thanh Hóa) nay chỉ còn sản xuất chưa đến 40 triệu bao.

Công ty cổ phần Diêm Phú Hưng được thành lập năm 1965. Ông Lê Văn Thắng, Giám đốc công ty, nhớ lại thời kỳ cao điểm những năm 1990, nhà máy có gần 1.000 công nhân làm ba ca.

Năm 2024, công ty sản xuất khoảng 38 triệu bao diêm, giảm 12% so với năm 2023; doanh thu ước đạt 21 tỷ đồng. Số công nhân hiện chỉ còn 146 người, thu nhập bình quân 6,2 triệu đồng/người/tháng. Một bao diêm có 45 que, giá bán lẻ 500 đồng, trong khi một chiếc bật lửa ga Trung Quốc chỉ 3.000-4.000 đồng nhưng dùng được hàng nghìn lần.

"Khách hàng chính của chúng tôi giờ là các cơ sở thờ tự, nhà hàng và thị trường Lào, Campuchia. Xuất khẩu chiếm khoảng 30% sản lượng", ông Thắng nói.

Theo Hiệp hội Giấy và Bột giấy Việt Nam, cả nước hiện chỉ còn 4 doanh nghiệp sản xuất diêm với tổng sản lượng khoảng 150 triệu bao/năm, chỉ bằng khoảng 20% so với năm 2000. Trong khi đó, mỗi năm Việt Nam nhập khẩu khoảng 300 triệu chiếc bật lửa, phần lớn từ Trung Quốc.

Năm 2025, Diêm Phú Hưng đặt mục tiêu sản lượng 40 triệu bao và dự kiến đầu tư 3,5 tỷ đồng thay hai máy chấm thuốc đầu que.

Ngọc Anh
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
D90 = per("những năm 1990", "1990-01-01", "1999-12-31")
VN = "Việt Nam"

FIGS = [
    fig("khoảng 200 triệu", "200", 200e6, "measure", "bao/năm", approx="about",
        subject="bao diêm nhà máy từng cung cấp mỗi năm"),
    fig("năm, một nhà máy", "một", 1, "count", "nhà máy",
        subject="nhà máy diêm lâu đời", optional=True),
    fig("đến 40 triệu", "40", 40e6, "count", "bao", approx="under",
        subject="bao diêm nhà máy sản xuất"),
    fig("gần 1.000 công nhân", "1.000", 1000, "count", "công nhân", approx="nearly",
        subject="công nhân nhà máy", period=D90),
    fig("làm ba ca", "ba", 3, "count", "ca",
        subject="ca làm việc", period=D90, optional=True),
    fig("khoảng 38 triệu", "38", 38e6, "count", "bao", approx="about",
        change=chg("decrease", 12, "%", "năm 2023"),
        subject="bao diêm công ty sản xuất", period=Y24),
    fig("ước đạt 21 tỷ", "21", 21e9, "money", "đồng", status="estimate",
        subject="doanh thu công ty", period=Y24),
    fig("còn 146 người", "146", 146, "count", "người",
        subject="số công nhân"),
    fig("bình quân 6,2 triệu", "6,2", 6.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân công nhân"),
    fig("có 45 que", "45", 45, "measure", "que/bao",
        subject="que diêm trong một bao"),
    fig("lẻ 500 đồng", "500", 500, "money", "đồng/bao",
        subject="giá bán lẻ bao diêm"),
    fig("chỉ 3.000-4.000", "3.000", 3000, "money", "đồng/chiếc", value_max=4000,
        subject="giá bật lửa ga Trung Quốc"),
    fig("hàng nghìn lần", "hàng nghìn", 1000, "count", "lần", approx="about",
        subject="số lần dùng bật lửa ga", optional=True),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="xuất khẩu chiếm sản lượng của công ty"),
    fig("còn 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất diêm", location=VN),
    fig("khoảng 150 triệu", "150", 150e6, "measure", "bao/năm", approx="about", percent=20,
        subject="tổng sản lượng diêm", location=VN),
    fig("khoảng 300 triệu", "300", 300e6, "measure", "chiếc/năm", approx="about",
        subject="bật lửa Việt Nam nhập khẩu mỗi năm", location=VN),
    fig("sản lượng 40 triệu", "40", 40e6, "count", "bao", status="target",
        subject="sản lượng Diêm Phú Hưng đặt mục tiêu", period=Y25),
    fig("đầu tư 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư thay máy chấm thuốc đầu que", period=Y25),
    fig("thay hai máy", "hai", 2, "count", "máy", status="forecast",
        subject="máy chấm thuốc đầu que thay mới", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ năm, 9/1/2025, 07:30 (GMT+7)', headline, sapo, quote, byline at the end. A match factory in huyện Đông Sơn (Thanh Hóa).",
    "Distractors: 07:30, (GMT+7), founding year 'năm 1965', 'những năm 1990' (a period), baselines 'năm 2023', 'năm 2000', 'Một bao diêm', 'một chiếc bật lửa' (denominators).",
    "Location: the company's figures Đông Sơn (named in the sapo); the association's national figures Việt Nam.",
    "Boxes of matches produced are count (bao); 'mỗi năm' / 'bao/năm' amounts are rates: measure bao/năm, chiếc/năm.",
    "'Một bao diêm có 45 que': measure que/bao ('Một' is the denominator, no figure). Price 'giá bán lẻ 500 đồng' of one box: đồng/bao.",
    "'chỉ bằng khoảng 20% so với năm 2000' is the percent attribute of 150 triệu bao/năm. 'Xuất khẩu chiếm khoảng 30% sản lượng' has no amount: percent figure.",
    "'làm ba ca' (shifts) and 'hàng nghìn lần' (a loose claim of use) are optional. 'những năm 1990' gives the decade as period.",
    "'Năm 2025 ... đặt mục tiêu ... 40 triệu bao' target; 'dự kiến đầu tư 3,5 tỷ đồng thay hai máy' forecast.",
    "revised after the first run: 'một nhà máy diêm lâu đời' added as optional (number word or indefinite article), as 'một kho' in p1497-8.",
    "Present-tense 'hiện', 'nay' figures get no period.",
]

if __name__ == "__main__":
    write("p1497-6", TEXT, NOTES, FIGS, published="2025-01-09", location="Đông Sơn")
