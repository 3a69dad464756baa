"""p1458-2: district portal (huyện Văn Lâm, Hưng Yên): a household-wire maker's 2023 results and 2024 plan."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

Cáp điện Minh Khang: doanh thu năm 2023 vượt 1.000 tỷ đồng

15/01/2024 - 08:40

Năm 2023, dù giá đồng nguyên liệu tăng cao và sức mua trong nước giảm, Công ty Cổ phần Cáp điện Minh Khang (Khu công nghiệp Phố Nối A, xã Lạc Hồng) vẫn đạt doanh thu 1.086 tỷ đồng, tăng 7,5% so với năm 2022, vượt 3,4% kế hoạch; lợi nhuận trước thuế 42 tỷ đồng; nộp ngân sách nhà nước hơn 65 tỷ đồng.

Công ty hiện vận hành 3 dây chuyền kéo, ủ đồng và 5 dây chuyền bọc cách điện, sản xuất khoảng 250 chủng loại dây điện dân dụng và cáp hạ thế mang thương hiệu MKC. Năm 2023, công ty tiêu thụ 26,4 triệu mét dây điện, trong đó thị trường các tỉnh phía Bắc chiếm khoảng 70%.

Công ty có 412 lao động, trong đó 96 lao động nữ; thu nhập bình quân năm 2023 đạt 11,6 triệu đồng/người/tháng, cao hơn 5% so với năm trước.

Năm 2024, công ty đặt mục tiêu doanh thu 1.200 tỷ đồng, tăng khoảng 10%; dự kiến đầu tư thêm hai dây chuyền bọc cáp trung thế với kinh phí từ 80 đến 100 tỷ đồng và tuyển dụng thêm 50 lao động.

Trên địa bàn huyện hiện có 7 doanh nghiệp sản xuất dây và cáp điện, gồm 4 doanh nghiệp trong nước và 3 doanh nghiệp FDI, giải quyết việc làm cho gần 1.900 lao động.

Nguồn: Phòng Kinh tế và Hạ tầng huyện
Tin khác:
- Văn Lâm: Tổng kết công tác thu ngân sách năm 2023
- Xã Lạc Hồng đối thoại với doanh nghiệp lần thứ 3
Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên | Điện thoại: 0221.3985.226
"""

Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("vượt 1.000 tỷ", "1.000", 1e12, "money", "đồng", approx="over",
        subject="doanh thu", period=Y23H),
    fig("doanh thu 1.086 tỷ", "1.086", 1086e9, "money", "đồng",
        change=chg("increase", 7.5, "%", "năm 2022"),
        subject="doanh thu của Công ty Cổ phần Cáp điện Minh Khang", period=Y23),
    fig("vượt 3,4% kế hoạch", "3,4", 3.4, "percent", "%", optional=True,
        subject="doanh thu vượt kế hoạch", period=Y23),
    fig("thuế 42 tỷ", "42", 42e9, "money", "đồng", subject="lợi nhuận trước thuế", period=Y23),
    fig("hơn 65 tỷ", "65", 65e9, "money", "đồng", approx="over",
        subject="nộp ngân sách nhà nước", period=Y23),
    fig("vận hành 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền kéo, ủ đồng"),
    fig("và 5 dây chuyền", "5", 5, "count", "dây chuyền", subject="dây chuyền bọc cách điện"),
    fig("khoảng 250 chủng loại", "250", 250, "count", "chủng loại", approx="about",
        subject="chủng loại dây điện dân dụng và cáp hạ thế công ty sản xuất"),
    fig("tiêu thụ 26,4 triệu", "26,4", 26.4e6, "measure", "mét",
        subject="dây điện công ty tiêu thụ", period=Y23),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="thị trường các tỉnh phía Bắc chiếm trong dây điện tiêu thụ", period=Y23),
    fig("có 412 lao động", "412", 412, "count", "lao động", subject="lao động của công ty"),
    fig("trong đó 96 lao động", "96", 96, "count", "lao động", total=412, subject="lao động nữ"),
    fig("đạt 11,6 triệu", "11,6", 11.6e6, "money", "đồng/người/tháng",
        change=chg("increase", 5, "%", "năm trước"), subject="thu nhập bình quân", period=Y23b),
    fig("doanh thu 1.200 tỷ", "1.200", 1200e9, "money", "đồng", status="target",
        change=chg("increase", 10, "%", approx="about"), subject="doanh thu", period=Y24),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền bọc cáp trung thế đầu tư thêm", period=Y24),
    fig("từ 80 đến 100 tỷ", "80", 80e9, "money", "đồng", value_max=100e9, status="forecast",
        subject="kinh phí đầu tư dây chuyền bọc cáp trung thế", period=Y24),
    fig("thêm 50 lao động", "50", 50, "count", "lao động", status="forecast",
        subject="lao động tuyển dụng thêm", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dây và cáp điện trên địa bàn huyện"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=7, subject="doanh nghiệp trong nước"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp FDI"),
    fig("gần 1.900 lao động", "1.900", 1900, "count", "lao động", approx="nearly",
        subject="lao động được giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, breadcrumb, '15/01/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:40, 'Khu công nghiệp Phố Nối A', brand 'MKC', 'năm 2023' and 'lần thứ 3' in link titles, phone 0221.3985.226.",
    "Location Văn Lâm throughout (the company stands in KCN Phố Nối A, xã Lạc Hồng; the district's own totals).",
    "Headline 'vượt 1.000 tỷ đồng' reads as 'over' (exceeds); borderline: 'vượt' is not in the spec's list of over-cues, but means the same.",
    "'tăng 7,5% so với năm 2022, vượt 3,4% kế hoạch': the first change is the attribute; the second (gap to plan) is a percent figure of its own, optional.",
    "'trong đó thị trường các tỉnh phía Bắc chiếm khoảng 70%' is a percent figure of its own (a share of the 26,4 triệu mét).",
    "'đặt mục tiêu' → target; the 'dự kiến' clause → forecast for 'hai dây chuyền', 'từ 80 đến 100 tỷ' and '50 lao động'.",
    "'gồm 4 ... và 3 ...' after '7 doanh nghiệp': total 7. '96 lao động nữ' after 'trong đó': total 412.",
]

if __name__ == "__main__":
    write("p1458-2", TEXT, NOTES, FIGS, published="2024-01-15", location="Văn Lâm")
