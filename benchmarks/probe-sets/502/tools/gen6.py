"""p502-6: national press — fruit & vegetable exports H1/2024, durian, markets, dragon fruit and lychee, codes, 2024 forecast."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 8/7/2024, 07:00 (GMT+7)
Xuất khẩu sầu riêng nửa đầu năm đạt 1,24 tỷ USD

Sầu riêng tiếp tục là "ngôi sao" của ngành rau quả khi chiếm gần 35% kim ngạch, bỏ xa thanh long và vải thiều.

Theo số liệu của Tổng cục Hải quan, kim ngạch xuất khẩu rau quả 6 tháng đầu năm 2024 ước đạt 3,55 tỷ USD, tăng 27,6% so với cùng kỳ năm 2023, trong đó sầu riêng mang về 1,24 tỷ USD.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), Trung Quốc tiếp tục là thị trường lớn nhất với 2,28 tỷ USD, chiếm 64,2%; tiếp theo là Mỹ 142 triệu USD và Hàn Quốc 98,5 triệu USD. Hai mặt hàng thanh long và vải thiều lần lượt đạt 290 triệu USD và 115 triệu USD, giảm 6,4% và tăng gấp 1,8 lần so với cùng kỳ.

Tính đến hết tháng 6/2024, Việt Nam đã có 803 mã số vùng trồng và 133 cơ sở đóng gói sầu riêng được phía Trung Quốc phê duyệt. Diện tích sầu riêng cả nước hiện khoảng 150.000 ha; sản lượng năm 2023 đạt 1,2 triệu tấn.

Vinafruit dự báo cả năm 2024, xuất khẩu rau quả có thể đạt 7 tỷ USD, trong đó sầu riêng khoảng 3 tỷ USD. Tuy nhiên, ông Đặng Phúc Nguyên, Tổng Thư ký Vinafruit, lưu ý tỷ lệ lô hàng sầu riêng bị cảnh báo về dư lượng hóa chất vẫn ở mức 1,5-2%, doanh nghiệp cần kiểm soát chặt từ vườn đến kho lạnh.

Tại Hội nghị xúc tiến thương mại nông sản lần thứ 3 tổ chức ở TP HCM, nhiều doanh nghiệp cho biết đang đầu tư kho lạnh tại Lô C4, KCN Long Hậu để rút ngắn thời gian thông quan xuống còn 24 giờ.

Hoài Thu
"""

H1 = P("nửa đầu năm", "2024-01-01", "2024-06-30")
M6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 1,24 tỷ USD", "1,24", 1.24e9, "money", "USD", "xuất khẩu sầu riêng", H1),
    F("gần 35% kim ngạch", "35", 35, "percent", "%", "tỷ trọng sầu riêng trong kim ngạch xuất khẩu rau quả",
      approx="nearly"),
    F("ước đạt 3,55 tỷ USD", "3,55", 3.55e9, "money", "USD", "kim ngạch xuất khẩu rau quả", M6,
      change=CH("increase", 27.6, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("mang về 1,24 tỷ USD", "1,24", 1.24e9, "money", "USD", "kim ngạch xuất khẩu sầu riêng", M6,
      total=3.55e9, status="estimate"),
    F("với 2,28 tỷ USD", "2,28", 2.28e9, "money", "USD", "kim ngạch xuất khẩu rau quả sang thị trường Trung Quốc",
      I(M6), percent=64.2),
    F("Mỹ 142 triệu USD", "142", 142e6, "money", "USD", "kim ngạch xuất khẩu rau quả sang thị trường Mỹ", I(M6)),
    F("Hàn Quốc 98,5 triệu USD", "98,5", 98.5e6, "money", "USD",
      "kim ngạch xuất khẩu rau quả sang thị trường Hàn Quốc", I(M6)),
    F("Hai mặt hàng", "Hai", 2, "count", "mặt hàng", "mặt hàng thanh long và vải thiều", optional=True),
    F("đạt 290 triệu USD", "290", 290e6, "money", "USD", "kim ngạch xuất khẩu thanh long", I(M6),
      change=CH("decrease", 6.4, "%", "cùng kỳ")),
    F("và 115 triệu USD", "115", 115e6, "money", "USD", "kim ngạch xuất khẩu vải thiều", I(M6),
      change=CH("increase", 1.8, "lần", "cùng kỳ")),
    F("có 803 mã số", "803", 803, "count", "mã số vùng trồng",
      "mã số vùng trồng sầu riêng được phía Trung Quốc phê duyệt", ASOF),
    F("và 133 cơ sở", "133", 133, "count", "cơ sở đóng gói",
      "cơ sở đóng gói sầu riêng được phía Trung Quốc phê duyệt", ASOF),
    F("khoảng 150.000 ha", "150.000", 150000, "measure", "ha", "diện tích sầu riêng", approx="about"),
    F("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", "sản lượng sầu riêng", Y23),
    F("đạt 7 tỷ USD", "7", 7e9, "money", "USD", "xuất khẩu rau quả", Y24, status="forecast"),
    F("khoảng 3 tỷ USD", "3", 3e9, "money", "USD", "xuất khẩu sầu riêng", Y24, approx="about", total=7e9,
      status="forecast"),
    F("mức 1,5-2%", "1,5", 1.5, "percent", "%", "tỷ lệ lô hàng sầu riêng bị cảnh báo về dư lượng hóa chất",
      value_max=2),
    F("còn 24 giờ", "24", 24, "measure", "giờ", "thời gian thông quan", optional=True),
]

COMMENTS = [
    "National press (Kinh doanh › Hàng hóa; 'Thứ hai, 8/7/2024, 07:00 (GMT+7)'; byline at the end): fruit & vegetable exports H1/2024.",
    "All national (Việt Nam); China, US, Korea are markets, not places. Headline 'nửa đầu năm' = H1 of the published year (scored).",
    "Lead 'chiếm gần 35% kim ngạch' has no base amount in its sentence: percent figure; no period phrase in that sentence.",
    "'lần lượt đạt 290 ... và 115 triệu USD, giảm 6,4% và tăng gấp 1,8 lần' pairs each change with its amount (1,8 lần unit lần). 'dự báo' -> forecast, continuing into the trong đó clause (3 tỷ, total 7 tỷ).",
    "revised after the first run: 'Hai mặt hàng' (the two goods that a lần lượt list names) added as optional, as shared h04 treats 'Ở 3 trụ cột chính'.",
    "'xuống còn 24 giờ' (planned customs clearance time) is a doubtful claim: optional. Distractors: GMT+7, 'lần thứ 3', 'Lô C4', 'hiện' (no period).",
]

if __name__ == "__main__":
    emit("p502-6", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Việt Nam")
