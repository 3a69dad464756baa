"""p1203-6: national newspaper, pumpkin price collapse in Gia Lai (Krông Pa household), Thứ Ba, 14/05/2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế › Nông nghiệp
Thứ Ba, 14/5/2024, 06:15 (GMT+7)

Bí đỏ rớt giá còn 1.500 đồng một kg, nông dân Gia Lai thua lỗ

Bí đỏ ở các huyện phía đông Gia Lai vào kỳ thu hoạch rộ nhưng thương lái chỉ mua 1.500-2.000 đồng/kg, giảm hơn 70% so với cùng kỳ năm ngoái.

Ông Rơ Châm Hyun ở xã Ia Dreh, huyện Krông Pa cho biết gia đình trồng 3 ha bí đỏ, đầu tư gần 90 triệu đồng. Năng suất đạt khoảng 20 tấn/ha nhưng với giá hiện nay, vụ này ông lỗ ít nhất 40 triệu đồng. "Năm ngoái giá bí lên tới 7.000 đồng/kg, năm nay bán không đủ tiền thuê nhân công", ông nói.

Theo Sở NN&PTNT Gia Lai, vụ Đông Xuân 2023-2024 toàn tỉnh trồng 4.680 ha bí đỏ, tăng gấp đôi so với vụ trước, chủ yếu ở Krông Pa, Ia Pa và Phú Thiện. Sản lượng ước khoảng 93.000 tấn. Đến nay, nông dân mới bán được chừng 55% sản lượng, nhiều ruộng bí để quá lứa phải bỏ.

Nguyên nhân là thị trường Trung Quốc giảm nhập khẩu trong khi các tỉnh Tây Nguyên đồng loạt mở rộng diện tích. Cả nước hiện có khoảng 38.000 ha bí đỏ, phần lớn tiêu thụ nội địa và xuất sang Trung Quốc.

Sở đã kết nối 12 doanh nghiệp, hợp tác xã thu mua bí đỏ, dự kiến tiêu thụ thêm 15.000 tấn trong tháng 5. Ngành nông nghiệp khuyến cáo nông dân không mở rộng diện tích bí đỏ trong vụ Hè Thu năm 2024, phấn đấu chuyển khoảng 1.000 ha sang trồng đậu, bắp.

Trần Hóa
"""

KP = "Krông Pa"
HY = "gia đình ông Rơ Châm Hyun"

FIGS = [
    F("còn 1.500 đồng một kg", "1.500", 1500, "money", "đồng/kg", subject="giá bí đỏ"),
    F("mua 1.500-2.000 đồng/kg", "1.500", 1500, "money", "đồng/kg", value_max=2000,
      change=C("decrease", 70, "%", "cùng kỳ năm ngoái", approx="over"), subject="giá bí đỏ thương lái mua"),
    F("trồng 3 ha", "3", 3, "measure", "ha", subject=f"diện tích bí đỏ của {HY}", location=KP),
    F("gần 90 triệu", "90", 90000000, "money", "đồng", approx="nearly",
      subject=f"vốn đầu tư trồng bí đỏ của {HY}", location=KP),
    F("khoảng 20 tấn/ha", "20", 20, "measure", "tấn/ha", approx="about",
      subject=f"năng suất bí đỏ của {HY}", location=KP),
    F("ít nhất 40 triệu", "40", 40000000, "money", "đồng", approx="at_least",
      subject="tiền lỗ vụ này của ông Rơ Châm Hyun", location=KP),
    F("lên tới 7.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", subject="giá bí đỏ năm ngoái",
      period=P("Năm ngoái", "2023-01-01", "2023-12-31"), location=KP),
    F("trồng 4.680 ha", "4.680", 4680, "measure", "ha", change=C("increase", 2, "lần", "vụ trước"),
      subject="diện tích bí đỏ vụ Đông Xuân 2023-2024"),
    F("khoảng 93.000 tấn", "93.000", 93000, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng bí đỏ"),
    F("chừng 55%", "55", 55, "percent", "%", approx="about", subject="tỷ lệ sản lượng bí đỏ đã bán được"),
    F("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", approx="about",
      subject="diện tích bí đỏ cả nước", location="Việt Nam"),
    F("kết nối 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã thu mua bí đỏ được kết nối"),
    F("thêm 15.000 tấn", "15.000", 15000, "measure", "tấn", status="forecast",
      subject="bí đỏ tiêu thụ thêm", period=P("trong tháng 5", "2024-05-01", "2024-05-31")),
    F("khoảng 1.000 ha", "1.000", 1000, "measure", "ha", approx="about", status="target",
      subject="diện tích bí đỏ khuyến cáo chuyển sang trồng đậu, bắp"),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 14/5/2024, 06:15 (GMT+7)' (published), byline 'Trần Hóa' at the end. Default location Gia Lai;",
    "the household in xã Ia Dreh, huyện Krông Pa is located in Krông Pa (also its quoted price of last year); '38.000 ha' cả nước → Việt Nam.",
    "Headline figure '1.500 đồng một kg' counts (money, đồng/kg). 'giảm hơn 70% so với cùng kỳ năm ngoái' is the change of the price range.",
    "'Năm ngoái' in a text published 2024 is 2023 (relative year; stated in the same sentence, scored). 'tăng gấp đôi' = change 2 lần.",
    "Season-only periods ('vụ Đông Xuân 2023-2024', 'vụ Hè Thu năm 2024') have no calendar span in the spec: no gold period",
    "(not scored). 'Đến nay … chừng 55%' gets no period (as in shared gold h19). 'trong tháng 5' → May 2024 (year of the dateline).",
    "'phấn đấu chuyển khoảng 1.000 ha': status target. Distractors: '06:15', '(GMT+7)', 'Ia Dreh'.",
]

if __name__ == "__main__":
    write("p1203-6", TEXT, NOTES, FIGS, published="2024-05-14", location="Gia Lai")
