"""p1399-4: ministry site (Bộ Y tế): national snakebite figures and antivenom supply."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Bảo đảm đủ huyết thanh kháng nọc rắn trong mùa mưa
22/05/2024 | 14:05 | Cục Quản lý Khám, chữa bệnh

Theo số liệu tổng hợp từ các cơ sở khám bệnh, chữa bệnh, năm 2023 cả nước ghi nhận khoảng 32 nghìn ca rắn cắn phải nhập viện, trong đó gần 40% do rắn độc; số ca tử vong là 57 ca, giảm 12 ca so với năm 2022. Riêng quý I/2024, cả nước đã có hơn 6.800 ca nhập viện, tăng 9% so với cùng kỳ.

Hiện trong nước mới sản xuất được 2 loại huyết thanh kháng nọc rắn là kháng nọc rắn lục tre và kháng nọc rắn hổ đất, do Công ty TNHH Sinh phẩm Nam Trung Bộ sản xuất với sản lượng khoảng 25.000 lọ/năm. Nguồn huyết thanh sản xuất trong nước mới đáp ứng chưa đến 60% nhu cầu; các loại kháng nọc rắn cạp nia, cạp nong, rắn lục núi vẫn phải nhập khẩu từ Thái Lan với giá từ 8 đến 12 triệu đồng/lọ.

Để chủ động nguồn cung, Bộ Y tế đã phê duyệt dự án nâng công suất sản xuất huyết thanh với tổng mức đầu tư 146 tỷ đồng; dự kiến đến năm 2026, sản lượng đạt 60.000 lọ/năm và bổ sung thêm một loại huyết thanh kháng nọc rắn cạp nia. Mục tiêu đến năm 2030, trong nước sản xuất được ít nhất 4 loại huyết thanh kháng nọc rắn, đáp ứng 80% nhu cầu.

Tại Công văn số 2871/BYT-KCB, Bộ Y tế yêu cầu mỗi bệnh viện tuyến tỉnh dự trữ cơ số huyết thanh đủ điều trị tối thiểu 10 ca rắn độc cắn; các tỉnh có nhiều ca như Tây Ninh, Bình Phước, Đắk Lắk, Gia Lai, An Giang phải dự trữ gấp 2 lần mức này. Hiện còn 5/63 tỉnh, thành phố chưa xây dựng kế hoạch dự trữ.

Đường dây nóng Bộ Y tế: 1900.9095
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
T26 = per("đến năm 2026", None, "2026-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 32 nghìn ca", "32", 32000, "count", "ca", approx="about",
        subject="ca rắn cắn phải nhập viện", period=Y23),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="ca rắn cắn do rắn độc", period=Y23),
    fig("là 57 ca", "57", 57, "count", "ca",
        change=chg("decrease", 12, "ca", "năm 2022"), subject="ca tử vong", period=Y23),
    fig("hơn 6.800 ca", "6.800", 6800, "count", "ca", approx="over",
        change=chg("increase", 9, "%", "cùng kỳ"), subject="ca nhập viện", period=Q1),
    fig("được 2 loại", "2", 2, "count", "loại",
        subject="loại huyết thanh kháng nọc rắn sản xuất trong nước"),
    fig("khoảng 25.000 lọ/năm", "25.000", 25000, "measure", "lọ/năm", approx="about",
        subject="sản lượng huyết thanh kháng nọc rắn sản xuất trong nước"),
    fig("chưa đến 60%", "60", 60, "percent", "%", approx="under",
        subject="nhu cầu được nguồn huyết thanh sản xuất trong nước đáp ứng"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/lọ", value_max=12e6,
        subject="giá huyết thanh kháng nọc rắn nhập khẩu"),
    fig("đầu tư 146 tỷ", "146", 146e9, "money", "đồng",
        subject="tổng mức đầu tư dự án nâng công suất sản xuất huyết thanh"),
    fig("đạt 60.000 lọ/năm", "60.000", 60000, "measure", "lọ/năm", status="forecast",
        subject="sản lượng huyết thanh", period=T26),
    fig("thêm một loại", "một", 1, "count", "loại", status="forecast",
        subject="loại huyết thanh kháng nọc rắn cạp nia bổ sung", period=T26),
    fig("ít nhất 4 loại", "4", 4, "count", "loại", approx="at_least", status="target",
        subject="loại huyết thanh kháng nọc rắn sản xuất trong nước", period=T30),
    fig("đáp ứng 80%", "80", 80, "percent", "%", status="target",
        subject="nhu cầu được đáp ứng", period=T30),
    fig("tối thiểu 10 ca", "10", 10, "count", "ca", approx="at_least", status="target",
        subject="ca rắn độc cắn cơ số huyết thanh dự trữ đủ điều trị"),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", status="target",
        subject="cơ số huyết thanh các tỉnh có nhiều ca phải dự trữ"),
    fig("còn 5/63", "5", 5, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố chưa xây dựng kế hoạch dự trữ"),
]

NOTES = [
    "Ministry site (Bộ Y tế portal): breadcrumb, '22/05/2024 | 14:05 | Cục Quản lý Khám, chữa bệnh', hotline and address footer.",
    "Distractors: 14:05, 'Công văn số 2871/BYT-KCB', hotline 1900.9095, '138A Giảng Võ', the list of five provinces (not places of the figures).",
    "All figures are national (cả nước, the ministry): location Việt Nam; Thái Lan is a trade partner, not a place of the price.",
    "'khoảng 32 nghìn ca' → 32000 (multiplier nghìn). 'trong đó gần 40% do rắn độc' → a percent figure of its own (not after chiếm/đạt), no total.",
    "'57 ca, giảm 12 ca so với năm 2022' → change in ca. 'quý I/2024' → Q1 2024; 'tăng 9% so với cùng kỳ' → change.",
    "'mới đáp ứng chưa đến 60% nhu cầu' stands as its own sentence → percent figure (under).",
    "'dự kiến đến năm 2026 ...' → forecast, end 2026-12-31, also for 'thêm một loại'. 'Mục tiêu đến năm 2030' → target for 'ít nhất 4 loại' and '80%'.",
    "Borderline: the ministry's stock requirement ('yêu cầu ... tối thiểu 10 ca', 'gấp 2 lần mức này') is annotated as target (a required level, like a chỉ tiêu); 'gấp 2 lần' standing alone → multiple.",
]

if __name__ == "__main__":
    write("p1399-4", TEXT, NOTES, FIGS, published="2024-05-22", location="Việt Nam")
