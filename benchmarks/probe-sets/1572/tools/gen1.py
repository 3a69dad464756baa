"""p1572-1: province portal (Hưng Yên): a shoe-polish maker's first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Doanh nghiệp sản xuất xi đánh giày tăng trưởng 12% trong 6 tháng

Cập nhật: 15/07/2024 09:45 | Lượt xem: 1.386

Theo Công ty TNHH Hóa phẩm Kim Long (Khu công nghiệp Phố Nối A), 6 tháng đầu năm 2024, sản lượng xi đánh giày và sản phẩm chăm sóc giày của công ty ước đạt 1,85 triệu sản phẩm, tăng 12,4% so với cùng kỳ năm 2023, bằng 52% kế hoạch năm. Trong đó, xi kem 1,12 triệu hộp, xi nước 480 nghìn chai, dung dịch vệ sinh giày 250 nghìn chai.

Doanh thu 6 tháng ước đạt 68,5 tỷ đồng, tăng 9,8%; trong đó xuất khẩu sang Lào, Campuchia 28,7 tỷ đồng, chiếm khoảng 42%. Dòng xi kem KL-68 màu đen vẫn là sản phẩm bán chạy nhất.

Hiện công ty có 2 dây chuyền pha chế và đóng hộp với công suất 12.000 hộp/ca, sử dụng 146 lao động, trong đó 95 lao động nữ; thu nhập bình quân khoảng 8,7 triệu đồng/người/tháng. Giá bán buôn xi kem hộp 40 g từ 14.000 đến 18.000 đồng/hộp, thấp hơn khoảng 30% so với hàng nhập khẩu cùng loại.

Năm 2024, công ty phấn đấu đạt 3,6 triệu sản phẩm và doanh thu 135 tỷ đồng. Công ty dự kiến đầu tư thêm một dây chuyền chiết rót xi nước trị giá khoảng 9 tỷ đồng vào quý IV.

Ông Trần Văn Khải, Giám đốc công ty, cho biết nguyên liệu sáp carnauba và dầu khoáng phải nhập khẩu tới 70%, nên giá thành chịu nhiều biến động.

Tin liên quan:
- Hội chợ hàng Việt Nam chất lượng cao năm 2024 tại Hưng Yên
- Khởi công Cụm công nghiệp số 2 huyện Yên Mỹ
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("tăng trưởng 12%", "12", 12, "percent", "%",
        subject="tăng trưởng doanh nghiệp sản xuất xi đánh giày", period=H1s),
    fig("ước đạt 1,85 triệu", "1,85", 1.85e6, "count", "sản phẩm", status="estimate", percent=52,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng xi đánh giày và sản phẩm chăm sóc giày của công ty", period=H1),
    fig("xi kem 1,12 triệu", "1,12", 1.12e6, "count", "hộp", total=1.85e6, status="estimate",
        subject="xi kem", period=inh(H1)),
    fig("xi nước 480 nghìn", "480", 480e3, "count", "chai", total=1.85e6, status="estimate",
        subject="xi nước", period=inh(H1)),
    fig("giày 250 nghìn", "250", 250e3, "count", "chai", total=1.85e6, status="estimate",
        subject="dung dịch vệ sinh giày", period=inh(H1)),
    fig("ước đạt 68,5 tỷ", "68,5", 68.5e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.8, "%"), subject="doanh thu", period=H1s),
    fig("Campuchia 28,7 tỷ", "28,7", 28.7e9, "money", "đồng", total=68.5e9, percent=42, status="estimate",
        subject="doanh thu xuất khẩu sang Lào, Campuchia", period=H1s),
    fig("có 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền pha chế và đóng hộp của công ty"),
    fig("12.000 hộp/ca", "12.000", 12000, "measure", "hộp/ca", subject="công suất dây chuyền pha chế và đóng hộp"),
    fig("dụng 146 lao động", "146", 146, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("95 lao động nữ", "95", 95, "count", "lao động", total=146, subject="lao động nữ"),
    fig("khoảng 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân"),
    fig("hộp 40 g", "40", 40, "measure", "g", subject="khối lượng hộp xi kem", optional=True),
    fig("từ 14.000 đến 18.000", "14.000", 14000, "money", "đồng/hộp", value_max=18000,
        change=chg("decrease", 30, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá bán buôn xi kem"),
    fig("đạt 3,6 triệu", "3,6", 3.6e6, "count", "sản phẩm", status="target",
        subject="sản lượng sản phẩm của công ty", period=Y24),
    fig("doanh thu 135 tỷ", "135", 135e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền chiết rót xi nước đầu tư thêm", period=Q4),
    fig("khoảng 9 tỷ", "9", 9e9, "money", "đồng", approx="about", status="forecast",
        subject="giá trị dây chuyền chiết rót xi nước", period=Q4),
    fig("nhập khẩu tới 70%", "70", 70, "percent", "%",
        subject="tỷ lệ nguyên liệu sáp carnauba và dầu khoáng phải nhập khẩu"),
]

NOTES = [
    "Province portal (Hưng Yên): shoe-polish maker in KCN Phố Nối A, first half of 2024; 'Cập nhật: 15/07/2024 09:45 | Lượt xem: 1.386'.",
    "Distractors: 09:45, Lượt xem 1.386, product name 'KL-68', 'Cụm công nghiệp số 2', 'năm 2024' in a related link.",
    "Headline 'tăng trưởng 12% trong 6 tháng' is a growth rate as the claim: percent, no change; period 6 tháng 2024.",
    "'Trong đó' parts after a sentence break take the whole 1,85 triệu sản phẩm and its estimate status; the export part of the revenue too.",
    "'chiếm khoảng 42%' is the percent attribute of 28,7 tỷ. 'thấp hơn khoảng 30% so với hàng nhập khẩu' is a decrease change of the price range.",
    "'hộp 40 g' is a pack size (product spec): optional. 'tới 70%' is a share stated as a fact: percent figure, exact.",
    "The company sits in a province-level KCN with no district named: location Hưng Yên throughout.",
]

if __name__ == "__main__":
    write("p1572-1", TEXT, NOTES, FIGS, published="2024-07-15", location="Hưng Yên")
