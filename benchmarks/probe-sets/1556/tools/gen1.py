"""p1556-1: province portal (Hưng Yên): a water-based paint plant opens in thị xã Mỹ Hào; province paint output 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Khánh thành nhà máy sơn nước công suất 40 triệu lít/năm tại Mỹ Hào

Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.286

Sáng 13/11, tại Khu công nghiệp Thăng Long II, thị xã Mỹ Hào, Công ty TNHH Sơn Hoàng Phát Việt tổ chức lễ khánh thành nhà máy sơn nước giai đoạn 1. Nhà máy có tổng vốn đầu tư 650 tỷ đồng, xây dựng trên diện tích 5,2 ha, gồm hai dây chuyền sơn nội thất, ngoại thất với tổng công suất 40 triệu lít/năm và một dây chuyền bột bả công suất 60.000 tấn/năm.

Nhà máy sử dụng khoảng 320 lao động, thu nhập bình quân 9,5 triệu đồng/người/tháng. Các dòng sơn nước gốc acrylic của nhà máy có hàm lượng VOC dưới 30 g/lít, đáp ứng QCVN 16:2023/BXD.

Năm 2025, công ty phấn đấu đạt doanh thu 1.200 tỷ đồng, trong đó xuất khẩu chiếm khoảng 15%, chủ yếu sang Campuchia và Lào; dự kiến nộp ngân sách khoảng 80 tỷ đồng.

Theo Sở Công Thương, hiện toàn tỉnh có 27 doanh nghiệp sản xuất sơn và bột bả, tổng công suất thiết kế hơn 210 triệu lít/năm. 10 tháng đầu năm 2024, sản lượng sơn các loại trên địa bàn tỉnh ước đạt 148,6 triệu lít, tăng 11,3% so với cùng kỳ năm 2023, bằng 82,5% kế hoạch năm. Riêng tháng 10, sản lượng ước đạt 16,2 triệu lít, tăng 4,1% so với tháng trước.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Trần Quốc Hưng đề nghị doanh nghiệp thực hiện nghiêm công tác bảo vệ môi trường, ưu tiên tuyển dụng lao động địa phương và sớm triển khai giai đoạn 2 của dự án.

Tin liên quan:
- Hưng Yên tổ chức Hội nghị xúc tiến đầu tư năm 2024
- Khu công nghiệp Thăng Long II mở rộng giai đoạn 3
"""

MH = "Mỹ Hào"
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TEN = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
OCT = per("tháng 10", "2024-10-01", "2024-10-31")

FIGS = [
    fig("công suất 40 triệu lít/năm tại", "40", 40e6, "measure", "lít/năm",
        subject="công suất nhà máy sơn nước", location=MH),
    fig("đầu tư 650 tỷ", "650", 650e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy", location=MH),
    fig("diện tích 5,2 ha", "5,2", 5.2, "measure", "ha", subject="diện tích xây dựng nhà máy", location=MH),
    fig("gồm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền sơn nội thất, ngoại thất", location=MH),
    fig("tổng công suất 40 triệu", "40", 40e6, "measure", "lít/năm",
        subject="tổng công suất dây chuyền sơn nội thất, ngoại thất", location=MH),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền bột bả", location=MH),
    fig("60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", subject="công suất dây chuyền bột bả",
        location=MH),
    fig("khoảng 320 lao động", "320", 320, "count", "lao động", approx="about",
        subject="lao động nhà máy sử dụng", location=MH),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động nhà máy", location=MH),
    fig("dưới 30 g/lít", "30", 30, "measure", "g/lít", approx="under",
        subject="hàm lượng VOC các dòng sơn nước gốc acrylic", location=MH),
    fig("doanh thu 1.200 tỷ", "1.200", 1200e9, "money", "đồng", status="target",
        subject="doanh thu công ty", period=Y25, location=MH),
    fig("chiếm khoảng 15%", "15", 15, "percent", "%", approx="about", status="target",
        subject="xuất khẩu trong doanh thu", period=Y25, location=MH),
    fig("khoảng 80 tỷ", "80", 80e9, "money", "đồng", approx="about", status="forecast",
        subject="nộp ngân sách của công ty", period=Y25, location=MH),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sơn và bột bả"),
    fig("hơn 210 triệu", "210", 210e6, "measure", "lít/năm", approx="over",
        subject="tổng công suất thiết kế của các doanh nghiệp sản xuất sơn"),
    fig("ước đạt 148,6 triệu", "148,6", 148.6e6, "measure", "lít", status="estimate", percent=82.5,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng sơn các loại", period=TEN),
    fig("ước đạt 16,2 triệu", "16,2", 16.2e6, "measure", "lít", status="estimate",
        change=chg("increase", 4.1, "%", "tháng trước"), subject="sản lượng sơn", period=OCT),
]

NOTES = [
    "Province portal (Hưng Yên): a paint plant in KCN Thăng Long II, thị xã Mỹ Hào; 'Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 09:35, Lượt xem 1.286, 'Sáng 13/11', 'Thăng Long II', 'giai đoạn 1/2/3', QCVN 16:2023/BXD, 'năm 2024' in a link.",
    "Headline capacity and body capacity are two figures. The plant passage (and the company's 2025 plan) → location Mỹ Hào.",
    "'trong đó xuất khẩu chiếm khoảng 15%' has no base amount of its own: a percent figure; 'phấn đấu' governs it (target).",
    "'dự kiến nộp ngân sách' → forecast. 'bằng 82,5% kế hoạch năm' → percent attribute. 'Riêng tháng 10' (no year) → 2024.",
    "'hơn 210 triệu lít/năm' and '27 doanh nghiệp' stand with 'hiện': no period.",
]

if __name__ == "__main__":
    write("p1556-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Hưng Yên")
