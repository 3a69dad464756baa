"""p1124-6: national newspaper: weak mooncake demand, discounts, smuggled cakes seized in TP HCM, 2025."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa

Thứ Sáu, 26/9/2025, 06:00 (GMT+7)

Bánh trung thu giảm giá sâu, doanh nghiệp thu hẹp sản lượng

Sức mua bánh trung thu năm nay chậm, nhiều doanh nghiệp giảm 20-30% sản lượng và tung khuyến mãi từ sớm.

Đại diện một doanh nghiệp bánh kẹo lớn tại TP HCM cho biết năm nay đơn vị chỉ sản xuất khoảng 1,8 triệu chiếc bánh, giảm 25% so với năm ngoái; trong đó 60% được bán qua kênh doanh nghiệp đặt hàng làm quà biếu. Giá một hộp bánh cao cấp phổ biến từ 450.000 đến 900.000 đồng, tương đương năm 2024, nhưng mức chiết khấu cho đại lý lên tới 35%.

Tại chợ Bình Tây và khu vực đường Hải Thượng Lãn Ông, bánh trung thu không nhãn mác, bao bì in chữ nước ngoài được bán với giá chỉ 15.000-25.000 đồng/chiếc. Bánh của các cơ sở có thương hiệu đắt gấp 3-4 lần.

Theo Cục Quản lý thị trường TP HCM, từ ngày 1/8 đến ngày 20/9, lực lượng quản lý thị trường đã kiểm tra 264 vụ việc liên quan bánh trung thu, xử lý 198 vụ, phạt tiền hơn 1,35 tỷ đồng; tạm giữ 12.400 chiếc bánh và 3,2 tấn nguyên liệu làm bánh không rõ nguồn gốc.

Trên phạm vi cả nước, Bộ Công Thương ước tính nhu cầu bánh trung thu năm 2025 khoảng 40.000 tấn, tương đương năm trước. Theo Hiệp hội Bánh kẹo Việt Nam, bánh trung thu chiếm khoảng 15% doanh thu cả năm của các doanh nghiệp bánh kẹo.

Hoài Thu
"""

Y25 = P("năm nay", "2025-01-01", "2025-12-31")
QLTT = P("từ ngày 1/8 đến ngày 20/9", "2025-08-01", "2025-09-20")
N25 = P("năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"

FIGS = [
    F("giảm 20-30%", "20", 20, "percent", "%", value_max=30,
      subject="sản lượng bánh trung thu của doanh nghiệp giảm", period=Y25),
    F("khoảng 1,8 triệu", "1,8", 1800000, "count", "chiếc bánh", approx="about",
      change=C("decrease", 25, "%", "năm ngoái"), subject="bánh trung thu doanh nghiệp sản xuất", period=Y25),
    F("trong đó 60%", "60", 60, "percent", "%",
      subject="bánh bán qua kênh doanh nghiệp đặt hàng làm quà biếu", period=Y25),
    F("từ 450.000 đến 900.000", "450.000", 450000, "money", "đồng", value_max=900000,
      subject="giá một hộp bánh cao cấp", period=I(Y25)),
    F("lên tới 35%", "35", 35, "percent", "%", approx="at_most",
      subject="mức chiết khấu cho đại lý", period=I(Y25)),
    F("15.000-25.000", "15.000", 15000, "money", "đồng/chiếc", value_max=25000,
      subject="giá bánh trung thu không nhãn mác"),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
      subject="giá bánh của các cơ sở có thương hiệu so với bánh không nhãn mác"),
    F("kiểm tra 264 vụ", "264", 264, "count", "vụ việc",
      subject="vụ việc liên quan bánh trung thu được kiểm tra", period=QLTT),
    F("xử lý 198 vụ", "198", 198, "count", "vụ", subject="vụ việc liên quan bánh trung thu bị xử lý", period=QLTT),
    F("hơn 1,35 tỷ", "1,35", 1350000000, "money", "đồng", approx="over", subject="tiền phạt", period=QLTT),
    F("tạm giữ 12.400 chiếc", "12.400", 12400, "count", "chiếc bánh",
      subject="bánh trung thu không rõ nguồn gốc bị tạm giữ", period=QLTT),
    F("3,2 tấn", "3,2", 3.2, "measure", "tấn",
      subject="nguyên liệu làm bánh không rõ nguồn gốc bị tạm giữ", period=QLTT),
    F("khoảng 40.000 tấn", "40.000", 40000, "measure", "tấn", approx="about", status="estimate",
      subject="nhu cầu bánh trung thu", period=N25, location=VN),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about", location=VN,
      subject="tỷ trọng bánh trung thu trong doanh thu cả năm của các doanh nghiệp bánh kẹo"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 26/9/2025, 06:00 (GMT+7)' (published), byline at the end. Place TP Hồ Chí Minh; the last paragraph is national (Việt Nam).",
    "Distractors: time 06:00, GMT+7, 'chợ Bình Tây', 'đường Hải Thượng Lãn Ông', 'năm 2024' and 'năm trước' (comparisons without numbers).",
    "Sapo 'giảm 20-30% sản lượng' is a rate standing as the claim (percent range, no change object).",
    "'khoảng 1,8 triệu chiếc bánh, giảm 25% so với năm ngoái' → change; 'trong đó 60% ...' is its own percent figure.",
    "'mức chiết khấu ... lên tới 35%' = up to 35% → at_most. 'đắt gấp 3-4 lần' stands as the claim → multiple with a range.",
    "'từ ngày 1/8 đến ngày 20/9' takes 2025 from the dateline. 'Bộ Công Thương ước tính ... khoảng 40.000 tấn' → estimate, about.",
    "'chiếm khoảng 15% doanh thu cả năm' is a general share with no calendar period ('cả năm' = a whole year of sales, not 2025).",
]

if __name__ == "__main__":
    write("p1124-6", TEXT, NOTES, FIGS, published="2025-09-26", location="TP Hồ Chí Minh")
