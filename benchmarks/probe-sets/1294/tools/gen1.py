"""p1294-1: province portal (Nghệ An): sunflower season in huyện Nghĩa Đàn; province tourism 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Nghĩa Đàn: Cánh đồng hoa hướng dương đón hơn 15 nghìn lượt khách trong tuần đầu

Cập nhật: 18/11/2024 09:35 | Lượt xem: 3.126

Mùa hoa hướng dương năm 2024 tại huyện Nghĩa Đàn chính thức mở cửa từ ngày 9/11. Theo Phòng Văn hóa và Thông tin huyện, sau một tuần, các cánh đồng hoa đã đón khoảng 15.400 lượt khách, trong đó khách ngoại tỉnh chiếm gần 60%.

Năm nay, Công ty cổ phần Nông nghiệp Phủ Quỳ Xanh gieo trồng 32 ha hoa hướng dương tại hai xã Nghĩa Sơn và Nghĩa Lâm, tăng 7 ha so với năm 2023. Giá vé tham quan giữ ở mức 30.000 đồng/người; trẻ em cao dưới 1,2 m được miễn vé. Bãi đỗ xe nằm cạnh Quốc lộ 48D, du khách đặt vé đoàn qua số 0238.3866.215.

Theo kế hoạch, mùa hoa kéo dài đến hết ngày 5/12. Trong cả mùa, đơn vị phấn đấu đón từ 40.000 đến 50.000 lượt khách, doanh thu bán vé và dịch vụ khoảng 1,8 tỷ đồng.

Mùa hoa cũng tạo việc làm thời vụ cho hơn 120 lao động địa phương với mức công 250.000-300.000 đồng/người/ngày. Khoảng 40 hộ dân quanh cánh đồng mở dịch vụ ăn uống, bán nông sản, cho thuê trang phục chụp ảnh.

Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng đầu năm 2024, toàn tỉnh Nghệ An đón 7,6 triệu lượt khách, tăng 12,5% so với cùng kỳ, bằng 84,4% kế hoạch năm; tổng thu từ du lịch ước đạt 13.250 tỷ đồng. Khách đến các điểm du lịch nông nghiệp, đồng hoa chiếm khoảng 3% tổng lượt khách.

Tin liên quan:
- Khai mạc Tuần Văn hóa - Du lịch Cửa Lò năm 2024
- Nghĩa Đàn công nhận thêm sản phẩm OCOP 4 sao
"""

TEN = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
ND = "Nghĩa Đàn"

FIGS = [
    fig("hơn 15 nghìn", "15", 15000, "count", "lượt khách", approx="over",
        subject="lượt khách cánh đồng hoa hướng dương đón trong tuần đầu", location=ND),
    fig("khoảng 15.400 lượt", "15.400", 15400, "count", "lượt khách", approx="about",
        subject="lượt khách các cánh đồng hoa đón", location=ND),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="khách ngoại tỉnh", location=ND),
    fig("trồng 32 ha", "32", 32, "measure", "ha", change=chg("increase", 7, "ha", "năm 2023"),
        subject="diện tích hoa hướng dương Công ty cổ phần Nông nghiệp Phủ Quỳ Xanh gieo trồng",
        period=Y24, location=ND),
    fig("tại hai xã", "hai", 2, "count", "xã", subject="xã trồng hoa hướng dương", period=Y24, location=ND),
    fig("mức 30.000 đồng", "30.000", 30000, "money", "đồng/người", subject="giá vé tham quan", location=ND),
    fig("dưới 1,2 m", "1,2", 1.2, "measure", "m", approx="under",
        subject="chiều cao trẻ em được miễn vé", location=ND, optional=True),
    fig("từ 40.000 đến 50.000", "40.000", 40000, "count", "lượt khách", value_max=50000, status="target",
        subject="lượt khách đón trong cả mùa", location=ND),
    fig("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu bán vé và dịch vụ", location=ND),
    fig("hơn 120 lao động", "120", 120, "count", "lao động", approx="over",
        subject="lao động địa phương có việc làm thời vụ", location=ND),
    fig("công 250.000-300.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=300000,
        subject="mức công lao động thời vụ", location=ND),
    fig("Khoảng 40 hộ", "40", 40, "count", "hộ", approx="about",
        subject="hộ dân quanh cánh đồng mở dịch vụ", location=ND),
    fig("đón 7,6 triệu", "7,6", 7.6e6, "count", "lượt khách", percent=84.4,
        change=chg("increase", 12.5, "%", "cùng kỳ"),
        subject="lượt khách toàn tỉnh Nghệ An đón", period=TEN),
    fig("ước đạt 13.250 tỷ", "13.250", 13250e9, "money", "đồng", status="estimate",
        subject="tổng thu từ du lịch", period=TEN),
    fig("khoảng 3%", "3", 3, "percent", "%", approx="about",
        subject="khách đến các điểm du lịch nông nghiệp, đồng hoa trong tổng lượt khách", period=inh(TEN)),
]

NOTES = [
    "Province portal (Nghệ An): sunflower season in huyện Nghĩa Đàn; breadcrumb, 'Cập nhật: 18/11/2024 09:35 | Lượt xem: 3.126', related links.",
    "Distractors: 09:35, Lượt xem 3.126, 'ngày 9/11', 'sau một tuần' (duration), 'Quốc lộ 48D', phone 0238.3866.215, 'hết ngày 5/12',",
    "'năm 2024' in a related link, 'OCOP 4 sao'.",
    "Headline 'hơn 15 nghìn lượt khách trong tuần đầu' is a figure (over); 'tuần đầu' is no calendar period: no period.",
    "'trong đó khách ngoại tỉnh chiếm gần 60%' is a percent figure of its own (a share of a part, no base amount).",
    "'tăng 7 ha so với năm 2023' is the change of 32 ha; 'Năm nay' = 2024 (published).",
    "'trẻ em cao dưới 1,2 m' is an eligibility threshold, not a fact about the world: optional.",
    "'phấn đấu' governs both clauses of its sentence (target); season figures have no calendar period.",
    "Nghĩa Đàn passage: location Nghĩa Đàn; province paragraph: Nghệ An. 'bằng 84,4% kế hoạch năm' → percent of 7,6 triệu.",
]

if __name__ == "__main__":
    write("p1294-1", TEXT, NOTES, FIGS, published="2024-11-18", location="Nghệ An")
