"""p1388-2: district portal (huyện Đức Hòa, Long An): a packaging firm's automation in 2023; the district's firms and output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Doanh nghiệp đầu tư tự động hóa, nâng cao năng suất

20/03/2024 - 10:20

Năm 2023, Công ty cổ phần Bao bì Phú Hưng Long (Cụm công nghiệp Đức Hòa Hạ) đầu tư hai dây chuyền in, cắt tự động và 12 robot xếp pallet với tổng vốn gần 86 tỷ đồng. Nhờ đó, sản lượng bao bì của công ty đạt 46 triệu sản phẩm, tăng 28% so với năm 2022; doanh thu đạt 412 tỷ đồng, vượt 3% kế hoạch.

Công ty hiện có 380 lao động, trong đó 96 người là kỹ sư, kỹ thuật viên vận hành hệ thống tự động; thu nhập bình quân 10,5 triệu đồng/người/tháng, tăng khoảng 1 triệu đồng so với năm trước. Theo ông Trần Văn Lộc, Giám đốc công ty, robot đã thay thế 36 công nhân ở khâu đóng gói, thời gian hoàn vốn dự kiến khoảng 4 năm.

Toàn huyện hiện có 1.126 doanh nghiệp sản xuất đang hoạt động, trong đó khoảng 140 doanh nghiệp đã ứng dụng robot hoặc dây chuyền tự động ở một số công đoạn. Giá trị sản xuất công nghiệp năm 2023 của huyện ước đạt 78.500 tỷ đồng, tăng 9,6%; năm 2024, huyện phấn đấu tăng từ 10 đến 11%. Huyện đang kêu gọi đầu tư vào 5 khu công nghiệp mới với tổng diện tích hơn 2.300 ha.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Đức Hòa

Tin khác:
- Hội nghị tổng kết công tác năm 2023 của UBND huyện
- Huyện Đức Hòa tổ chức Ngày hội việc làm lần thứ 3

Địa chỉ: Khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.216
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("đầu tư hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền in, cắt tự động Công ty cổ phần Bao bì Phú Hưng Long đầu tư", period=Y23),
    fig("và 12 robot", "12", 12, "count", "robot", subject="robot xếp pallet", period=Y23),
    fig("gần 86 tỷ", "86", 86e9, "money", "đồng", approx="nearly", subject="tổng vốn đầu tư", period=Y23),
    fig("đạt 46 triệu", "46", 46e6, "count", "sản phẩm", change=chg("increase", 28, "%", "năm 2022"),
        subject="sản lượng bao bì của công ty", period=inh(Y23)),
    fig("đạt 412 tỷ", "412", 412e9, "money", "đồng", change=chg("increase", 3, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=inh(Y23)),
    fig("có 380 lao động", "380", 380, "count", "lao động", subject="lao động của công ty"),
    fig("trong đó 96 người", "96", 96, "count", "người", total=380,
        subject="kỹ sư, kỹ thuật viên vận hành hệ thống tự động"),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 1e6, "đồng", "năm trước", approx="about"),
        subject="thu nhập bình quân"),
    fig("thay thế 36 công nhân", "36", 36, "count", "công nhân",
        subject="công nhân ở khâu đóng gói robot đã thay thế"),
    fig("khoảng 4 năm", "4", 4, "measure", "năm", approx="about", status="forecast",
        subject="thời gian hoàn vốn"),
    fig("có 1.126 doanh nghiệp", "1.126", 1126, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đang hoạt động"),
    fig("khoảng 140 doanh nghiệp", "140", 140, "count", "doanh nghiệp", approx="about", total=1126,
        subject="doanh nghiệp đã ứng dụng robot hoặc dây chuyền tự động"),
    fig("ước đạt 78.500 tỷ", "78.500", 78500e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.6, "%"), subject="giá trị sản xuất công nghiệp của huyện", period=Y23b),
    fig("từ 10 đến 11%", "10", 10, "percent", "%", value_max=11, status="target",
        subject="tốc độ tăng giá trị sản xuất công nghiệp của huyện", period=Y24),
    fig("vào 5 khu", "5", 5, "count", "khu công nghiệp", subject="khu công nghiệp mới huyện kêu gọi đầu tư"),
    fig("hơn 2.300 ha", "2.300", 2300, "measure", "ha", approx="over",
        subject="tổng diện tích khu công nghiệp mới"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, '20/03/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'năm 2023' and 'lần thứ 3' in links, 'Khu phố 4', phone 0272.3850.216, baseline years 2022.",
    "All figures are the district's or of a firm in it: location Đức Hòa (Cụm công nghiệp Đức Hòa Hạ is inside the district).",
    "'hai dây chuyền' is a number word. 'Nhờ đó' sentence inherits 'Năm 2023'. 'vượt 3% kế hoạch' is a change of 412 tỷ with baseline kế hoạch.",
    "'tăng khoảng 1 triệu đồng so với năm trước' is the change of the wage (unit đồng, value 1 000 000, approx about).",
    "'trong đó 96 người' and 'trong đó khoảng 140 doanh nghiệp' take the whole (380 lao động, 1.126 doanh nghiệp).",
    "'thời gian hoàn vốn dự kiến khoảng 4 năm' is a payback time (measure, forecast), not a period.",
    "'năm 2024, huyện phấn đấu tăng từ 10 đến 11%' is a growth rate as the claim (percent, range, target).",
]

if __name__ == "__main__":
    write("p1388-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Đức Hòa")
