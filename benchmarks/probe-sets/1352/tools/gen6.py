"""p1352-6: national newspaper (business section): mung bean prices at a 3-year high before Mid-Autumn; imports from Myanmar fall."""
from lib import F, P, year, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 9/9/2024, 06:00 (GMT+7)

Giá đậu xanh lên đỉnh 3 năm

Giá đậu xanh cà vỏ tại các chợ đầu mối TP HCM tăng 15-20% so với đầu năm do nhu cầu làm nhân bánh Trung thu tăng, trong khi nguồn hàng nhập từ Myanmar giảm.

Khảo sát tại chợ Bình Tây (quận 6), đậu xanh cà vỏ loại 1 được bán sỉ 58.000-60.000 đồng một kg, cao nhất kể từ năm 2021. Đậu xanh nguyên hạt có giá 42.000 đồng, tăng 6.000 đồng so với tháng 6.

Bà Lâm Ngọc Hạnh, chủ vựa hạt Tám Hạnh trên đường Tháp Mười, cho biết mỗi ngày vựa chỉ nhập được khoảng 3 tấn, bằng một nửa so với cùng kỳ năm ngoái. "Hai tuần nay khách đặt hàng làm bánh tăng gấp đôi", bà nói.

Theo Hiệp hội Lương thực thực phẩm TP HCM, Việt Nam mỗi năm tiêu thụ khoảng 140.000-150.000 tấn đậu xanh, trong khi sản xuất trong nước chỉ đáp ứng chưa tới 45%. 8 tháng đầu năm nay, cả nước nhập khẩu 58.700 tấn đậu xanh, giảm 18,5% so với cùng kỳ, trong đó từ Myanmar 39.900 tấn. Nguyên nhân là Myanmar siết cấp phép xuất khẩu và chi phí vận chuyển qua cửa khẩu tăng.

Ông Trần Quốc Bảo, Giám đốc Công ty CP Thực phẩm Sông Tiền, một trong 3 doanh nghiệp sản xuất bánh trung thu lớn ở TP HCM, cho biết năm nay công ty dự kiến cần khoảng 450 tấn đậu xanh; giá nguyên liệu chiếm 22-25% giá thành bánh. Dù vậy, giá bánh sẽ không tăng quá 5%.

Viết Hiếu
"""

HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"
M8 = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
NN = year("năm nay", 2024)

FIGS = [
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="giá đậu xanh cà vỏ tại các chợ đầu mối"),
    F("sỉ 58.000-60.000", "58.000", 58000, "money", "đồng/kg", value_max=60000,
      subject="giá bán sỉ đậu xanh cà vỏ loại 1", location="Quận 6"),
    F("giá 42.000 đồng", "42.000", 42000, "money", "đồng/kg",
      change=chg("increase", 6000, "đồng", "tháng 6"), subject="giá đậu xanh nguyên hạt", location="Quận 6"),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn/ngày", approx="about", percent=50,
      subject="đậu xanh vựa nhập được mỗi ngày"),
    F("gấp đôi", "đôi", 2, "multiple", "lần", subject="khách đặt hàng làm bánh"),
    F("khoảng 140.000-150.000", "140.000", 140000, "measure", "tấn/năm", value_max=150000, approx="about",
      subject="đậu xanh Việt Nam tiêu thụ mỗi năm", location=VN),
    F("chưa tới 45%", "45", 45, "percent", "%", approx="under",
      subject="tỷ lệ sản xuất trong nước đáp ứng", location=VN),
    F("nhập khẩu 58.700 tấn", "58.700", 58700, "measure", "tấn",
      change=chg("decrease", 18.5, "%", "cùng kỳ"), subject="đậu xanh cả nước nhập khẩu", period=M8, location=VN),
    F("Myanmar 39.900 tấn", "39.900", 39900, "measure", "tấn", total=58700,
      subject="đậu xanh nhập khẩu từ Myanmar", period=M8, location=VN),
    F("trong 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất bánh trung thu lớn"),
    F("khoảng 450 tấn", "450", 450, "measure", "tấn", approx="about", status="forecast",
      subject="đậu xanh công ty cần", period=NN),
    F("chiếm 22-25%", "22", 22, "percent", "%", value_max=25,
      subject="tỷ trọng giá nguyên liệu trong giá thành bánh"),
    F("quá 5%", "5", 5, "percent", "%", approx="at_most", status="forecast", subject="mức tăng giá bánh"),
]

NOTES = [
    "National newspaper (business section): 'Thứ hai, 9/9/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 06:00, headline 'đỉnh 3 năm' (a time span that locates the peak, not a figure), 'loại 1' (grade),",
    "'cao nhất kể từ năm 2021', 'Tám Hạnh' (shop name with a number word), 'đường Tháp Mười' (a district's name as a street), 'Hai tuần nay' (duration), 'tháng 6' (baseline).",
    "Default location TP Hồ Chí Minh (sapo, the shop, the city firm); the association's national figures and the import figures -> Việt Nam.",
    "revised after the first run: the two prices surveyed 'tại chợ Bình Tây (quận 6)' -> location Quận 6 (was TP Hồ Chí Minh): the spec's location is the",
    "district the figure describes, and this set gives a passage's named district to its figures elsewhere (Duy Xuyên in p1, Cầu Ngang in p5).",
    "Sapo 'tăng 15-20% so với đầu năm' is a growth rate as the claim -> percent figure, no change.",
    "'58.000-60.000 đồng một kg' -> đồng/kg; 'có giá 42.000 đồng' for a kg in context -> đồng/kg; 'tăng 6.000 đồng so với tháng 6' -> change.",
    "'mỗi ngày ... khoảng 3 tấn, bằng một nửa so với cùng kỳ' -> tấn/ngày, percent 50 ('một nửa' = half, after 'bằng').",
    "'tăng gấp đôi' standing alone -> kind multiple, value 2. 'trong đó từ Myanmar 39.900 tấn' -> total 58.700 (a trade partner is not a location).",
    "'năm nay công ty dự kiến cần khoảng 450 tấn' -> forecast; the share clause after ';' is a standing fact (actual, no period); 'sẽ không tăng quá 5%' -> at_most, forecast.",
]

if __name__ == "__main__":
    write("p1352-6", TEXT, NOTES, FIGS, published="2024-09-09", location="TP Hồ Chí Minh")
