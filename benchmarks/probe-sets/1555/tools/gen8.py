"""p1555-8: radio/TV site (Đài PT-TH Thanh Hóa): counterfeit uPVC pipes seized in Hoằng Hóa; province inspections."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Podcast

Hoằng Hóa: Thu giữ gần 3.000 mét ống nhựa giả nhãn hiệu
22/08/2024 18:30

Từ đầu tháng 8 đến nay, Đội Quản lý thị trường số 5 phối hợp với Công an huyện Hoằng Hóa kiểm tra 2 cửa hàng vật liệu xây dựng tại xã Hoằng Đồng, phát hiện và tạm giữ 2.940 mét ống nhựa uPVC cùng 1.350 sản phẩm phụ kiện mang nhãn hiệu giả. Tổng trị giá hàng vi phạm khoảng 185 triệu đồng. Theo lực lượng chức năng, ống giả có thành mỏng hơn ống chính hãng 15-20%, giá bán rẻ hơn khoảng 25% nên nhiều hộ dân vẫn lựa chọn.

Từ đầu năm 2024 đến nay, lực lượng quản lý thị trường tỉnh Thanh Hóa đã kiểm tra 214 vụ liên quan đến vật liệu xây dựng, trong đó 37 vụ về ống nhựa và phụ kiện, xử phạt hành chính hơn 420 triệu đồng. Số vụ vi phạm về ống nhựa tăng gấp đôi so với cùng kỳ năm 2023.

Hiện trên địa bàn tỉnh có khoảng 1.200 cửa hàng kinh doanh ống nhựa, phụ kiện; ba doanh nghiệp sản xuất ống nhựa tại Khu kinh tế Nghi Sơn và Khu công nghiệp Lễ Môn cung ứng khoảng 45% nhu cầu trong tỉnh. Trong quý IV, Cục Quản lý thị trường dự kiến kiểm tra ít nhất 60 cửa hàng trọng điểm.

Người tiêu dùng phát hiện hàng giả có thể phản ánh qua đường dây nóng 0237.3855.678.

Ngọc Anh - Thanh Hóa TV
Lượt xem: 562
"""

AUG = per("Từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-22")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-08-22")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
HH = "Hoằng Hóa"

FIGS = [
    fig("gần 3.000 mét", "3.000", 3000, "measure", "mét", approx="nearly",
        subject="ống nhựa giả nhãn hiệu thu giữ", location=HH),
    fig("kiểm tra 2 cửa hàng", "2", 2, "count", "cửa hàng", subject="cửa hàng vật liệu xây dựng được kiểm tra",
        period=AUG, location=HH),
    fig("giữ 2.940 mét", "2.940", 2940, "measure", "mét", subject="ống nhựa uPVC tạm giữ", period=AUG,
        location=HH),
    fig("cùng 1.350 sản phẩm", "1.350", 1350, "count", "sản phẩm",
        subject="sản phẩm phụ kiện mang nhãn hiệu giả tạm giữ", period=AUG, location=HH),
    fig("khoảng 185 triệu", "185", 185e6, "money", "đồng", approx="about", subject="tổng trị giá hàng vi phạm",
        period=inh(AUG), location=HH),
    fig("chính hãng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="thành ống giả mỏng hơn ống chính hãng", location=HH),
    fig("rẻ hơn khoảng 25%", "25", 25, "percent", "%", approx="about", subject="giá bán ống giả rẻ hơn",
        location=HH),
    fig("kiểm tra 214 vụ", "214", 214, "count", "vụ", subject="vụ liên quan đến vật liệu xây dựng được kiểm tra",
        period=YTD),
    fig("trong đó 37 vụ", "37", 37, "count", "vụ", total=214, subject="vụ về ống nhựa và phụ kiện",
        period=YTD),
    fig("hơn 420 triệu", "420", 420e6, "money", "đồng", approx="over", subject="xử phạt hành chính",
        period=YTD),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="số vụ vi phạm về ống nhựa", period=inh(YTD)),
    fig("khoảng 1.200 cửa hàng", "1.200", 1200, "count", "cửa hàng", approx="about",
        subject="cửa hàng kinh doanh ống nhựa, phụ kiện"),
    fig("ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ống nhựa"),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", subject="nhu cầu trong tỉnh được cung ứng"),
    fig("ít nhất 60 cửa hàng", "60", 60, "count", "cửa hàng", approx="at_least", status="forecast",
        subject="cửa hàng trọng điểm được kiểm tra", period=Q4),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, '22/08/2024 18:30' under the headline (published), byline '- Thanh Hóa TV', 'Lượt xem: 562'.",
    "Distractors: 18:30, 'Đội Quản lý thị trường số 5', hotline 0237.3855.678, 'Lượt xem: 562', 'Khu kinh tế Nghi Sơn', 'tháng 8'.",
    "First paragraph is the seizure in huyện Hoằng Hóa (headline names it): location Hoằng Hóa; the rest is provincial (Thanh Hóa).",
    "'Từ đầu tháng 8 đến nay' → 2024-08-01 .. dateline; 'Từ đầu năm 2024 đến nay' → 2024-01-01 .. dateline.",
    "'mỏng hơn ... 15-20%', 'rẻ hơn khoảng 25%' stand with no base amount: percent figures of their own.",
    "'37 vụ' after 'trong đó' → total 214. 'tăng gấp đôi so với cùng kỳ năm 2023' has no figure in its sentence:",
    "a multiple (đôi = 2, unit lần) as the claim; its period is inherited from the previous sentence.",
    "'cung ứng khoảng 45% nhu cầu' is a percent figure ('cung ứng' is not a share verb of the 'ba doanh nghiệp' count).",
    "'Trong quý IV, ... dự kiến ... ít nhất 60' → forecast, at_least.",
]

if __name__ == "__main__":
    write("p1555-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Thanh Hóa")
