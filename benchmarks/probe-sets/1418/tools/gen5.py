"""p1418-5: provincial newspaper (Báo Long An): inverter air conditioners selling out in the heat, May 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Kinh tế | Thị trường

Nắng nóng, điều hòa tiết kiệm điện "cháy hàng"

10/06/2024 - 07:30

(BLA) - Nắng nóng kéo dài khiến sức mua máy điều hòa, tủ lạnh tại các siêu thị điện máy ở TP Tân An tăng mạnh. Người tiêu dùng ngày càng ưu tiên sản phẩm có nhãn năng lượng 5 sao, công nghệ inverter.

Tại Siêu thị Điện máy Phương Nam (số 25 Quốc lộ 1, phường 4, TP Tân An), trong tháng 5, siêu thị bán được hơn 420 máy điều hòa, tăng 35% so với tháng trước và gấp đôi cùng kỳ năm 2023. Trong đó, dòng inverter chiếm trên 80%. Tính từ đầu năm đến nay, siêu thị bán khoảng 1.350 máy điều hòa và 610 tủ lạnh.

Anh Trần Minh Khoa, quản lý siêu thị cho biết, giá điều hòa inverter công suất 12.000 BTU hiện từ 9 đến 13 triệu đồng/bộ, cao hơn khoảng 2 triệu đồng so với loại thường. "Tuy đắt hơn nhưng khách có thể tiết kiệm 30-40% tiền điện cho điều hòa", anh Khoa nói.

Gia đình chị Nguyễn Thị Hồng ở xã Lợi Bình Nhơn vừa thay chiếc tủ lạnh dùng hơn 10 năm bằng tủ lạnh inverter. "Hóa đơn tiền điện tháng 5 nhà tôi khoảng 1,1 triệu đồng, giảm gần 200.000 đồng so với trước khi thay tủ", chị Hồng chia sẻ.

Theo Sở Công Thương, 5 tháng đầu năm 2024, sản lượng điện tiêu thụ của tỉnh Long An đạt 4.785 triệu kWh, tăng 14,6% so với cùng kỳ, trong đó điện sinh hoạt chiếm khoảng 21%. Đợt kiểm tra trong tháng 5, lực lượng quản lý thị trường đã kiểm tra 15 cửa hàng, phát hiện 2 trường hợp bày bán quạt điện chưa dán nhãn năng lượng.

HOÀNG YẾN
"""

M5 = per("trong tháng 5", "2024-05-01", "2024-05-31")
YTD = per("Tính từ đầu năm đến nay", "2024-01-01", "2024-06-10")
M5b = per("tháng 5", "2024-05-01", "2024-05-31")
F5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5c = per("trong tháng 5", "2024-05-01", "2024-05-31")
TA = "Tân An"

FIGS = [
    fig("hơn 420 máy", "420", 420, "count", "máy điều hòa", approx="over",
        change=chg("increase", 35, "%", "tháng trước"),
        subject="máy điều hòa Siêu thị Điện máy Phương Nam bán được", period=M5, location=TA),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="máy điều hòa bán được so với cùng kỳ năm 2023",
        period=M5, location=TA, optional=True),
    fig("trên 80%", "80", 80, "percent", "%", approx="over",
        subject="dòng inverter trong số máy điều hòa bán được", period=inh(M5), location=TA),
    fig("khoảng 1.350 máy", "1.350", 1350, "count", "máy điều hòa", approx="about",
        subject="máy điều hòa siêu thị bán", period=YTD, location=TA),
    fig("và 610 tủ", "610", 610, "count", "tủ lạnh", subject="tủ lạnh siêu thị bán", period=YTD, location=TA),
    fig("12.000 BTU", "12.000", 12000, "measure", "BTU", subject="công suất điều hòa inverter",
        location=TA, optional=True),
    fig("từ 9 đến 13 triệu", "9", 9e6, "money", "đồng/bộ", value_max=13e6,
        change=chg("increase", 2e6, "đồng", "loại thường", approx="about"),
        subject="giá điều hòa inverter công suất 12.000 BTU", location=TA),
    fig("tiết kiệm 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="tiền điện cho điều hòa khách có thể tiết kiệm", location=TA),
    fig("dùng hơn 10 năm", "10", 10, "measure", "năm", approx="over",
        subject="thời gian sử dụng chiếc tủ lạnh cũ", location=TA, optional=True),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "đồng",
        change=chg("decrease", 200000, "đồng", "trước khi thay tủ", approx="nearly"),
        approx="about", subject="hóa đơn tiền điện nhà chị Hồng", period=M5b, location=TA),
    fig("đạt 4.785 triệu", "4.785", 4785e6, "measure", "kWh", change=chg("increase", 14.6, "%", "cùng kỳ"),
        subject="sản lượng điện tiêu thụ của tỉnh Long An", period=F5),
    fig("chiếm khoảng 21%", "21", 21, "percent", "%", approx="about",
        subject="điện sinh hoạt trong sản lượng điện tiêu thụ", period=F5),
    fig("kiểm tra 15 cửa hàng", "15", 15, "count", "cửa hàng",
        subject="cửa hàng được lực lượng quản lý thị trường kiểm tra", period=M5c),
    fig("phát hiện 2 trường hợp", "2", 2, "count", "trường hợp",
        subject="trường hợp bày bán quạt điện chưa dán nhãn năng lượng", period=M5c),
]

NOTES = [
    "Provincial newspaper (Báo Long An online): section menu, '10/06/2024 - 07:30', sapo with tag '(BLA) -', quotes, byline at the end.",
    "Distractors: 07:30, 'nhãn năng lượng 5 sao', 'số 25 Quốc lộ 1, phường 4', 'năm 2023' as a baseline.",
    "The supermarket and the household are in TP Tân An (xã Lợi Bình Nhơn belongs to Tân An): location Tân An; province totals: Long An.",
    "'tăng 35% so với tháng trước và gấp đôi cùng kỳ năm 2023': the first change is the attribute, the second is a figure of its own",
    "(optional by the spec's 'one of each attribute' rule). 'Trong đó, dòng inverter chiếm trên 80%' is a percent figure of its own.",
    "'12.000 BTU' (a product rating) and 'dùng hơn 10 năm' (the old fridge's age) are optional.",
    "'cao hơn khoảng 2 triệu đồng so với loại thường' is a change in đồng on the price range; 'giảm gần 200.000 đồng so với trước",
    "khi thay tủ' a change on the bill. 'khách có thể tiết kiệm 30-40%' is a standing claim: no period.",
    "'Đợt kiểm tra trong tháng 5' → May 2024; year-less months take 2024 from the dateline and '5 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    write("p1418-5", TEXT, NOTES, FIGS, published="2024-06-10", location="Long An")
