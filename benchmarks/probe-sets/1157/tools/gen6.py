"""p1157-6: national newspaper, specialty roasters in TP HCM squeezed by green coffee prices; Vicofa national figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Xưởng rang cà phê đặc sản "gồng" giá nguyên liệu

Thứ Năm, 14/11/2024, 07:15 (GMT+7)

Giá cà phê nhân trong nước tăng gấp đôi trong một năm khiến nhiều xưởng rang nhỏ ở TP HCM phải tăng giá bán hoặc thu hẹp sản xuất.

Chị Lê Thảo Vy, chủ xưởng rang cà phê đặc sản trên đường Điện Biên Phủ, quận Bình Thạnh, cho biết trong tháng 11, giá cà phê nhân arabica đặc sản chị nhập từ Lâm Đồng đã lên 240.000 đồng/kg, tăng khoảng 60% so với cùng kỳ. Xưởng của chị rang trung bình 2,5 tấn mỗi tháng, cung cấp cho hơn 70 quán cà phê. Từ tháng 10 đến nay, chị đã hai lần điều chỉnh giá bán sỉ, hiện ở mức 520.000 đồng/kg, cao hơn 20% so với đầu năm.

Theo Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa), cả nước hiện có khoảng 2.500 thương hiệu cà phê rang xay, trong đó khoảng 300 thương hiệu cà phê đặc sản. Riêng TP HCM có hơn 1.200 xưởng rang quy mô nhỏ, chiếm gần một nửa số xưởng rang cả nước.

Khảo sát của Vicofa tại 120 xưởng rang cho thấy 68% đã phải tăng giá bán từ 10 đến 25%, 22% giảm sản lượng. Dự báo giá cà phê nhân sẽ duy trì ở mức cao đến hết quý I/2025; lượng cà phê rang xay tiêu thụ nội địa năm 2025 dự kiến khoảng 280.000 tấn, tăng 5% so với năm 2024.

Ông Nguyễn Quang Bình, chuyên gia cà phê, cho rằng các xưởng nhỏ nên ký hợp đồng bao tiêu dài hạn với hợp tác xã vùng nguyên liệu, giữ tỷ lệ hạt đặc sản ở mức 30-40% trong sản phẩm phối trộn để kiểm soát giá vốn.

Thảo Nguyên
"""

M11 = P("trong tháng 11", "2024-11-01", "2024-11-30")
SINCE = P("Từ tháng 10 đến nay", "2024-10-01", "2024-11-14")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"
BT = "Bình Thạnh"
VN = "Việt Nam"

FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="giá cà phê nhân trong nước", location=VN),
    F("lên 240.000 đồng/kg", "240.000", 240000, "money", "đồng/kg",
      change=C("increase", 60, "%", "cùng kỳ", approx="about"),
      subject="giá cà phê nhân arabica đặc sản nhập từ Lâm Đồng", period=M11, location=BT),
    F("trung bình 2,5 tấn", "2,5", 2.5, "measure", "tấn/tháng", subject="cà phê xưởng rang trung bình mỗi tháng",
      location=BT),
    F("hơn 70 quán", "70", 70, "count", "quán cà phê", approx="over", subject="quán cà phê được xưởng cung cấp",
      location=BT),
    F("hai lần điều chỉnh", "hai", 2, "count", "lần", subject="lần điều chỉnh giá bán sỉ", period=SINCE,
      location=BT),
    F("mức 520.000 đồng/kg", "520.000", 520000, "money", "đồng/kg", change=C("increase", 20, "%", "đầu năm"),
      subject="giá bán sỉ cà phê đặc sản của xưởng", period=SINCE, location=BT),
    F("khoảng 2.500 thương hiệu", "2.500", 2500, "count", "thương hiệu", approx="about",
      subject="thương hiệu cà phê rang xay", location=VN),
    F("khoảng 300 thương hiệu", "300", 300, "count", "thương hiệu", approx="about", total=2500,
      subject="thương hiệu cà phê đặc sản", location=VN),
    F("hơn 1.200 xưởng", "1.200", 1200, "count", "xưởng rang", approx="over", percent=50,
      subject="xưởng rang quy mô nhỏ", location=HCM),
    F("tại 120 xưởng", "120", 120, "count", "xưởng rang", subject="xưởng rang được Vicofa khảo sát", location=VN),
    F("cho thấy 68%", "68", 68, "percent", "%", subject="tỷ lệ xưởng rang đã phải tăng giá bán", location=VN),
    F("từ 10 đến 25%", "10", 10, "percent", "%", value_max=25, subject="mức tăng giá bán của xưởng rang",
      location=VN),
    F("25%, 22%", "22", 22, "percent", "%", subject="tỷ lệ xưởng rang giảm sản lượng", location=VN),
    F("khoảng 280.000 tấn", "280.000", 280000, "measure", "tấn", approx="about", status="forecast",
      change=C("increase", 5, "%", "năm 2024"),
      subject="lượng cà phê rang xay tiêu thụ nội địa", period=Y25, location=VN),
    F("mức 30-40%", "30", 30, "percent", "%", value_max=40, optional=True,
      subject="tỷ lệ hạt đặc sản trong sản phẩm phối trộn"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ Năm, 14/11/2024, 07:15 (GMT+7)', byline at the end. No default location:",
    "the roaster in quận Bình Thạnh -> Bình Thạnh (also the sentences after it: 'Xưởng của chị', 'chị đã'); 'Riêng TP HCM' -> TP Hồ Chí Minh;",
    "Vicofa's national counts and survey -> Việt Nam. The origin 'nhập từ Lâm Đồng' is not the place of the price paid by the workshop.",
    "'tăng gấp đôi' as the lead's claim: multiple 2 (đôi), 'trong nước' -> Việt Nam; 'trong một năm' is a duration, not a figure. 'hai lần điều chỉnh' is a count (number word).",
    "'chiếm gần một nửa số xưởng rang cả nước' -> share 50 of 1.200 (một nửa = half). 'trong tháng 11' takes 2024 from the dateline;",
    "'Từ tháng 10 đến nay' ends at published 2024-11-14. 'đến hết quý I/2025' has no figure. An expert's advice (30-40% blend share) is optional.",
    "Distractors: dateline time 07:15, '(GMT+7)', 'đường Điện Biên Phủ', 'quý I/2025', 'năm 2024' (baseline).",
]

if __name__ == "__main__":
    write("p1157-6", TEXT, NOTES, FIGS, published="2024-11-14")
