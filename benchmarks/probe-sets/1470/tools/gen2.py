"""p1470-2: district portal (huyện Thạch Thất, Hà Nội): hand trucks and carts of the Phùng Xá mechanical village."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Làng nghề | Văn bản

Phùng Xá: Mỗi năm gần 100 nghìn xe đẩy hàng rời xưởng

Ngày đăng: 21/05/2024 | Số lượt xem: 634

Xã Phùng Xá hiện có khoảng ba trăm hộ làm cơ khí, trong đó 64 hộ chuyên sản xuất xe đẩy hàng, xe kéo tay và xe rùa. Ngoài ra, trên địa bàn xã còn có 11 doanh nghiệp cùng ngành, phần lớn đặt xưởng tại Cụm công nghiệp làng nghề Phùng Xá. Năm 2023, các cơ sở trong xã sản xuất trên 96.000 chiếc xe đẩy các loại với gần ba chục mẫu mã, doanh thu đạt khoảng 118 tỷ đồng, tăng 11,5% so với năm 2022.

Tại xưởng của anh Nguyễn Văn Khải ở thôn Đồng Trữ, mỗi tháng có khoảng 1.200 chiếc xe đẩy hàng sàn thép loại tải trọng 150-300 kg được xuất xưởng. Xưởng có 18 công nhân, thu nhập bình quân 9,5 triệu đồng/người/tháng. Anh Khải cho biết, giá thép tấm hiện đã tăng khoảng 7% so với cuối năm 2023, khiến lợi nhuận mỗi chiếc xe giảm 20.000-30.000 đồng.

Từ đầu năm đến nay, các cơ sở của xã đã xuất bán gần 35.000 chiếc xe đẩy, bằng 36% kế hoạch năm. Xã đặt mục tiêu đến năm 2025 giá trị sản xuất ngành nghề nông thôn đạt 1.000 tỷ đồng, trong đó xe đẩy các loại chiếm 15%. Cụm công nghiệp làng nghề Phùng Xá rộng 13,5 ha hiện đã lấp đầy 100% diện tích; huyện đang lập quy hoạch giai đoạn 2 với diện tích dự kiến 10 ha.

Tin khác:
- Thạch Thất: Hội nghị sơ kết công tác quý I năm 2024
- Tuyên truyền, phổ biến Luật Đất đai năm 2024

Cơ quan chủ quản: UBND huyện Thạch Thất
Địa chỉ: Thị trấn Liên Quan, huyện Thạch Thất, TP Hà Nội. Điện thoại: 024.33.842.206
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-21")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 100 nghìn", "100", 100e3, "measure", "xe đẩy hàng/năm", approx="nearly",
        subject="xe đẩy hàng rời xưởng ở Phùng Xá mỗi năm"),
    fig("khoảng ba trăm hộ", "ba trăm", 300, "count", "hộ", approx="about", subject="hộ làm cơ khí"),
    fig("trong đó 64 hộ", "64", 64, "count", "hộ", total=300,
        subject="hộ chuyên sản xuất xe đẩy hàng, xe kéo tay và xe rùa"),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp cùng ngành"),
    fig("trên 96.000 chiếc", "96.000", 96000, "count", "chiếc", approx="over",
        subject="xe đẩy các loại các cơ sở trong xã sản xuất", period=Y23),
    fig("gần ba chục mẫu", "ba chục", 30, "count", "mẫu mã", approx="nearly",
        subject="mẫu mã xe đẩy", period=Y23),
    fig("khoảng 118 tỷ", "118", 118e9, "money", "đồng", approx="about",
        change=chg("increase", 11.5, "%", "năm 2022"), subject="doanh thu", period=Y23),
    fig("khoảng 1.200 chiếc", "1.200", 1200, "measure", "chiếc/tháng", approx="about",
        subject="xe đẩy hàng sàn thép xưởng của anh Nguyễn Văn Khải xuất xưởng mỗi tháng"),
    fig("tải trọng 150-300 kg", "150", 150, "measure", "kg", value_max=300,
        subject="tải trọng xe đẩy hàng sàn thép", optional=True),
    fig("có 18 công nhân", "18", 18, "count", "công nhân", subject="công nhân của xưởng"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân công nhân của xưởng"),
    fig("tăng khoảng 7%", "7", 7, "percent", "%", approx="about", subject="giá thép tấm"),
    fig("giảm 20.000-30.000 đồng", "20.000", 20000, "money", "đồng/chiếc", value_max=30000,
        subject="mức giảm lợi nhuận mỗi chiếc xe"),
    fig("gần 35.000 chiếc", "35.000", 35000, "count", "chiếc", approx="nearly", percent=36,
        subject="xe đẩy các cơ sở của xã xuất bán", period=YTD),
    fig("đạt 1.000 tỷ", "1.000", 1000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành nghề nông thôn", period=T25),
    fig("chiếm 15%", "15", 15, "percent", "%", status="target",
        subject="tỷ trọng xe đẩy các loại trong giá trị sản xuất ngành nghề nông thôn", period=T25),
    fig("rộng 13,5 ha", "13,5", 13.5, "measure", "ha", subject="diện tích Cụm công nghiệp làng nghề Phùng Xá"),
    fig("lấp đầy 100%", "100", 100, "percent", "%", subject="tỷ lệ lấp đầy Cụm công nghiệp làng nghề Phùng Xá"),
    fig("dự kiến 10 ha", "10", 10, "measure", "ha", status="forecast",
        subject="diện tích quy hoạch giai đoạn 2 của cụm công nghiệp"),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner naming the district, menu, 'Ngày đăng: 21/05/2024 | Số lượt xem: 634', 'Tin khác', footer.",
    "Distractors: Số lượt xem 634, 'quý I năm 2024' and 'năm 2024' in links, phone 024.33.842.206, thôn Đồng Trữ, 'giai đoạn 2'.",
    "Commune Phùng Xá lies in huyện Thạch Thất: every figure is located in Thạch Thất (the district), the article's default.",
    "Number words: 'khoảng ba trăm hộ' = 300 (about), 'gần ba chục mẫu mã' = 30 (nearly).",
    "'trong đó 64 hộ' → total 300; '11 doanh nghiệp' (next sentence, 'Ngoài ra') are not part of the households.",
    "Headline 'Mỗi năm gần 100 nghìn xe đẩy hàng' is a yearly rate (measure, xe đẩy hàng/năm), no period.",
    "'tải trọng 150-300 kg' is a product specification: optional.",
    "'giá thép tấm ... tăng khoảng 7% so với cuối năm 2023' is a growth rate as the claim (percent, no change); 'so với cuối năm 2023' is a baseline.",
    "'lợi nhuận mỗi chiếc xe giảm 20.000-30.000 đồng' has no base amount: the decrease is the figure (money, range, đồng/chiếc), no change.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-05-21; 'bằng 36% kế hoạch năm' → percent attribute.",
    "'mục tiêu đến năm 2025' governs both clauses (1.000 tỷ, 15%) → target; 'diện tích dự kiến 10 ha' → forecast.",
]

if __name__ == "__main__":
    write("p1470-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Thạch Thất")
