"""p809-2: district portal, huyện Văn Giang (Hưng Yên), quất cảnh for Tết Ất Tỵ 2025."""
from lib import F, write, year, span, down, up

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN GIANG
Tin tức > Kinh tế - Nông nghiệp
Thứ Sáu, 10/01/2025 - 14:30

Văn Giang: Quất cảnh vào vụ Tết, giá tăng 10-15%

Vụ Tết Ất Tỵ 2025, toàn huyện có khoảng 420 ha trồng quất cảnh, giảm 35 ha so với năm trước do ảnh hưởng của cơn bão số 3 (Yagi). Số lượng quất đưa ra thị trường ước đạt 650.000 chậu, trong đó quất thế, quất bonsai khoảng 120.000 chậu.

Tại xã Phụng Công, nơi có diện tích quất lớn nhất huyện với 165 ha, nhiều nhà vườn bị đổ, gãy 30-40% số cây. Xã Xuân Quan có 98 ha, xã Cửu Cao có 72 ha; các xã còn lại trồng rải rác.

Giá quất năm nay tăng 10-15% so với vụ Tết trước. Quất chậu loại nhỏ (cao 0,8-1 m) có giá 300.000-500.000 đồng/chậu; loại trung bình từ 1-2,5 triệu đồng/chậu; quất thế, quất cổ thụ từ 5-30 triệu đồng/chậu.

Từ ngày 01/12/2024 đến nay, thương lái đã đặt mua khoảng 45% sản lượng quất của huyện, chủ yếu chở vào các tỉnh miền Trung và TP Hồ Chí Minh theo đường ĐT.379 ra cao tốc. Cước vận chuyển một chậu quất vào TP Hồ Chí Minh khoảng 250.000 đồng, cao hơn khoảng 20% so với Tết năm ngoái.

Nghề trồng quất cảnh tạo việc làm thường xuyên cho hơn 3.000 lao động, thu nhập 7-9 triệu đồng/người/tháng. Ông Đỗ Văn Ba ở xóm 2, xã Phụng Công chia sẻ: "Năm nay vườn nhà tôi mất nhiều quất do bão, nhưng nhờ giá tăng nên vẫn có lãi".

Năm 2025, huyện phấn đấu giá trị sản xuất trên 1 ha đất canh tác đạt 350 triệu đồng, duy trì ổn định 450 ha quất cảnh gắn với phát triển du lịch sinh thái.

Hồng Nhung - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

NOW = span("Từ ngày 01/12/2024 đến nay", "2024-12-01", "2025-01-10")
Y25 = year("Năm 2025", 2025)
AREA = "diện tích trồng quất cảnh"

FIGS = [
    F("giá tăng 10-15%", "10", 10, "percent", "%", "giá quất cảnh", value_max=15),
    F("khoảng 420 ha", "420", 420, "measure", "ha", AREA, approx="about",
      change=down(35, "ha", "năm trước")),
    F("ước đạt 650.000 chậu", "650.000", 650000, "count", "chậu", "quất đưa ra thị trường",
      status="estimate"),
    F("khoảng 120.000 chậu", "120.000", 120000, "count", "chậu", "quất thế, quất bonsai đưa ra thị trường",
      approx="about", total=650000, status="estimate"),
    F("với 165 ha", "165", 165, "measure", "ha", "diện tích quất của xã Phụng Công"),
    F("30-40% số cây", "30", 30, "percent", "%", "số cây quất bị đổ, gãy", value_max=40),
    F("có 98 ha", "98", 98, "measure", "ha", "diện tích quất của xã Xuân Quan"),
    F("có 72 ha", "72", 72, "measure", "ha", "diện tích quất của xã Cửu Cao"),
    F("tăng 10-15% so với", "10", 10, "percent", "%", "giá quất", value_max=15),
    F("cao 0,8-1 m", "0,8", 0.8, "measure", "m", "chiều cao quất chậu loại nhỏ", value_max=1, optional=True),
    F("300.000-500.000 đồng/chậu", "300.000", 300000, "money", "đồng/chậu", "giá quất chậu loại nhỏ",
      value_max=500000),
    F("từ 1-2,5 triệu đồng/chậu", "1", 1e6, "money", "đồng/chậu", "giá quất chậu loại trung bình",
      value_max=2.5e6),
    F("từ 5-30 triệu đồng/chậu", "5", 5e6, "money", "đồng/chậu", "giá quất thế, quất cổ thụ", value_max=30e6),
    F("khoảng 45% sản lượng", "45", 45, "percent", "%", "sản lượng quất được thương lái đặt mua", NOW,
      approx="about"),
    F("khoảng 250.000 đồng", "250.000", 250000, "money", "đồng",
      "cước vận chuyển một chậu quất vào TP Hồ Chí Minh", approx="about",
      change=up(20, baseline="Tết năm ngoái", approx="about")),
    F("hơn 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động có việc làm từ nghề trồng quất cảnh",
      approx="over"),
    F("7-9 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "thu nhập lao động trồng quất",
      value_max=9e6),
    F("đạt 350 triệu đồng", "350", 350e6, "money", "đồng", "giá trị sản xuất trên 1 ha đất canh tác",
      Y25, status="target"),
    F("ổn định 450 ha", "450", 450, "measure", "ha", AREA, Y25, status="target"),
]

NOTES = [
    "District portal (Văn Giang, Hưng Yên). Commune figures (Phụng Công, Xuân Quan, Cửu Cao) keep the district as location",
    "(FIGURES.md: province, city or district). Distractors: cơn bão số 3, đường ĐT.379, xóm 2, Ông Đỗ Văn Ba (number word in a name),",
    "'trên 1 ha' (denominator of a rate, not a figure, 'trên' is not approx), 14:30. 'Vụ Tết Ất Tỵ 2025' is a season: no period.",
    "Headline and body 'tăng 10-15%' of the price are growth rates as the claim: percent figures, no change.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2025-01-10", location="Văn Giang")
