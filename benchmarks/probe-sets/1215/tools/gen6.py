"""p1215-6: national newspaper: Đồng Nai shoe factories hiring as orders recover; national export figures."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Kinh doanh > Doanh nghiệp

Thứ sáu, 12/7/2024, 10:15 (GMT+7)

Nhà máy giày ở Đồng Nai cần thêm 6.000 công nhân

Đơn hàng phục hồi, nhiều nhà máy giày tại Đồng Nai tăng ca, tuyển thêm lao động với lương khởi điểm cao hơn năm ngoái.

Theo Sở Lao động - Thương binh và Xã hội Đồng Nai, 6 tháng đầu năm, các doanh nghiệp da giày trên địa bàn có nhu cầu tuyển khoảng 6.000 lao động, chiếm 27% nhu cầu tuyển dụng của tỉnh. Toàn tỉnh có khoảng 120 doanh nghiệp da giày với hơn 250.000 lao động.

Tại huyện Trảng Bom, một công ty giày vốn Đài Loan ở khu công nghiệp Sông Mây đang tuyển 1.500 công nhân may, gò ráp, lương khởi điểm từ 5,3 đến 6 triệu đồng/tháng, chưa kể phụ cấp. Bà Phạm Thị Thu, trưởng phòng nhân sự, cho biết đơn hàng quý III tăng khoảng 30% so với quý II, nhiều chuyền phải tăng ca đến 20h. Công ty hiện có khoảng 18.000 công nhân.

Ở TP Biên Hòa, Công ty cổ phần Giày Tân Phong trả thưởng chuyên cần 500.000 đồng/người/tháng, tăng 100.000 đồng so với năm 2023, và hỗ trợ một bữa ăn giữa ca trị giá 25.000 đồng.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), 6 tháng đầu năm 2024, xuất khẩu giày dép của cả nước ước đạt 10,4 tỷ USD, tăng 8,3% so với cùng kỳ; trong đó xuất sang Mỹ 3,85 tỷ USD. Đồng Nai là một trong ba địa phương xuất khẩu giày dép lớn nhất, cùng TP HCM và Bình Dương. Lefaso dự báo cả năm 2024, xuất khẩu da giày, túi xách có thể đạt 26-27 tỷ USD.

Phước Tuấn
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1y = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
VN = "Việt Nam"
TB = "Trảng Bom"
BH = "Biên Hòa"
FIGS = [
    fig("thêm 6.000 công nhân", "6.000", 6000, "count", "công nhân",
        subject="công nhân nhà máy giày cần thêm"),
    fig("khoảng 6.000 lao động", "6.000", 6000, "count", "lao động", approx="about", percent=27,
        subject="nhu cầu tuyển lao động của các doanh nghiệp da giày", period=H1),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp da giày"),
    fig("hơn 250.000 lao động", "250.000", 250000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp da giày"),
    fig("tuyển 1.500 công nhân", "1.500", 1500, "count", "công nhân",
        subject="công nhân may, gò ráp đang tuyển", location=TB),
    fig("từ 5,3 đến 6 triệu", "5,3", 5.3e6, "money", "đồng/tháng", value_max=6e6,
        subject="lương khởi điểm", location=TB),
    fig("tăng khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="đơn hàng quý III so với quý II", period=Q3, location=TB),
    fig("khoảng 18.000 công nhân", "18.000", 18000, "count", "công nhân", approx="about",
        subject="công nhân của công ty", location=TB),
    fig("chuyên cần 500.000", "500.000", 500000, "money", "đồng/người/tháng",
        change=chg("increase", 100000, "đồng", "năm 2023"),
        subject="thưởng chuyên cần Công ty cổ phần Giày Tân Phong", location=BH),
    fig("một bữa ăn", "một", 1, "count", "bữa ăn", optional=True,
        subject="bữa ăn giữa ca hỗ trợ", location=BH),
    fig("trị giá 25.000 đồng", "25.000", 25000, "money", "đồng",
        subject="bữa ăn giữa ca hỗ trợ", location=BH),
    fig("ước đạt 10,4 tỷ USD", "10,4", 10.4e9, "money", "USD", status="estimate",
        change=chg("increase", 8.3, "%", "cùng kỳ"),
        subject="xuất khẩu giày dép của cả nước", period=H1y, location=VN),
    fig("sang Mỹ 3,85 tỷ USD", "3,85", 3.85e9, "money", "USD", status="estimate", total=10.4e9,
        subject="xuất khẩu giày dép sang Mỹ", period=H1y, location=VN),
    fig("một trong ba địa phương", "ba", 3, "count", "địa phương", optional=True,
        subject="địa phương xuất khẩu giày dép lớn nhất", location=VN),
    fig("đạt 26-27 tỷ USD", "26", 26e9, "money", "USD", value_max=27e9, status="forecast",
        subject="xuất khẩu da giày, túi xách", period=Y24, location=VN),
]

NOTES = [
    "National newspaper: dateline 'Thứ sáu, 12/7/2024, 10:15 (GMT+7)' (published), byline at the end.",
    "Default location Đồng Nai; the Sông Mây company is in huyện Trảng Bom (also its following sentences: 'Bà … cho biết', 'Công ty hiện có');",
    "the Tân Phong company is in TP Biên Hòa; Lefaso's figures are national (Việt Nam).",
    "Headline '6.000 công nhân' has no period. Year-less '6 tháng đầu năm', 'quý III' take 2024 from the dateline.",
    "'đơn hàng quý III tăng khoảng 30% so với quý II' has no base amount: a percent figure (growth as the claim).",
    "'tăng 100.000 đồng so với năm 2023' is the change of 500.000 đồng. '3,85 tỷ USD' after 'trong đó' is part of 10,4 tỷ (estimate inherited by the clause).",
    "'một trong ba địa phương' and 'hỗ trợ một bữa ăn' optional ('một công ty' is an article, not a figure). 'dự báo … có thể đạt 26-27 tỷ USD' → forecast.",
    "Distractors: '(GMT+7)', '10:15', '20h', 'vốn Đài Loan', 'năm ngoái'.",
]

if __name__ == "__main__":
    emit("p1215-6", TEXT, NOTES, FIGS, published="2024-07-12", location="Đồng Nai")
