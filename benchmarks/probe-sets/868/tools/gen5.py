"""p868-5: Báo Nghệ An - new household water tariff of TP Vinh from 1/1/2025 (tiers), company figures 2024."""
from lib import F, P, I, C, T, write

TEXT = """Từ ngày 1/1/2025, giá nước sạch sinh hoạt tại TP Vinh tăng bình quân 8,5%

UBND tỉnh Nghệ An vừa ban hành Quyết định số 3812/QĐ-UBND phê duyệt phương án giá nước sạch của Công ty cổ phần Cấp nước Nghệ An giai đoạn 2025 - 2027. Theo đó, giá nước sinh hoạt bình quân tại TP Vinh tăng từ 11.200 đồng/m3 lên 12.150 đồng/m3, tăng 8,5%.

Cụ thể, tại TP Vinh, hộ dân cư sử dụng đến 10 m3/hộ/tháng trả 9.850 đồng/m3; từ trên 10 đến 20 m3 là 11.600 đồng/m3; từ trên 20 đến 30 m3 là 14.300 đồng/m3 và trên 30 m3 là 17.450 đồng/m3. Giá trên đã bao gồm thuế giá trị gia tăng 5% nhưng chưa gồm phí bảo vệ môi trường đối với nước thải sinh hoạt.

Theo Công ty cổ phần Cấp nước Nghệ An, hiện đơn vị cung cấp nước cho khoảng 112.000 khách hàng tại TP Vinh, thị xã Cửa Lò và một phần các huyện Hưng Nguyên, Nghi Lộc. Với mức giá mới, một hộ 4 người dùng bình quân 15 m3/tháng sẽ trả thêm khoảng 14.000 đồng/tháng so với hiện nay.

Năm 2024, tỷ lệ thất thoát nước của công ty ước còn 16,3%; tổng doanh thu tiền nước ước đạt 318 tỷ đồng. Lãnh đạo công ty cho biết, đơn vị phấn đấu đến năm 2027 giảm tỷ lệ thất thoát xuống 14% và thay thế 100% đồng hồ cơ đã sử dụng trên 5 năm bằng đồng hồ điện tử.

Nhiều người dân phường Hưng Bình, đường Lê Hồng Phong cho rằng việc tăng giá cần đi kèm với nâng cao chất lượng nước, hạn chế tình trạng mất nước cục bộ vào mùa hè.

THANH HÒA
25/12/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T27 = P("đến năm 2027", None, "2027-12-31")
TIER = "giá nước sinh hoạt hộ dân cư"

FIGS = [
    F("tăng bình quân 8,5%", "8,5", 8.5, "percent", "%", "giá nước sạch sinh hoạt tăng bình quân", location="Vinh"),
    F("từ 11.200 đồng/m3", "11.200", 11_200, "money", "đồng/m3", "giá nước sinh hoạt bình quân", location="Vinh"),
    F("lên 12.150 đồng/m3", "12.150", 12_150, "money", "đồng/m3", "giá nước sinh hoạt bình quân",
      I(P("giai đoạn 2025 - 2027", "2025-01-01", "2027-12-31")), change=C("increase", 8.5, "%"), location="Vinh"),
    F("đến 10 m3/hộ/tháng", "10", 10, "measure", "m3/hộ/tháng", "mức sử dụng bậc 1", approx="at_most",
      location="Vinh", optional=True),
    F("trả 9.850 đồng/m3", "9.850", 9_850, "money", "đồng/m3", TIER + " sử dụng đến 10 m3/hộ/tháng", location="Vinh"),
    F("từ trên 10 đến 20 m3", "10", 10, "measure", "m3", "mức sử dụng bậc 2", value_max=20, location="Vinh", optional=True),
    F("là 11.600 đồng/m3", "11.600", 11_600, "money", "đồng/m3", TIER + " từ trên 10 đến 20 m3", location="Vinh"),
    F("từ trên 20 đến 30 m3", "20", 20, "measure", "m3", "mức sử dụng bậc 3", value_max=30, location="Vinh", optional=True),
    F("là 14.300 đồng/m3", "14.300", 14_300, "money", "đồng/m3", TIER + " từ trên 20 đến 30 m3", location="Vinh"),
    F("trên 30 m3", "30", 30, "measure", "m3", "mức sử dụng bậc 4", approx="over", location="Vinh", optional=True),
    F("là 17.450 đồng/m3", "17.450", 17_450, "money", "đồng/m3", TIER + " trên 30 m3", location="Vinh"),
    F("gia tăng 5%", "5", 5, "percent", "%", "thuế giá trị gia tăng", optional=True),
    F("khoảng 112.000 khách hàng", "112.000", 112_000, "count", "khách hàng",
      "khách hàng được Công ty cổ phần Cấp nước Nghệ An cung cấp nước", approx="about"),
    F("hộ 4 người", "4", 4, "count", "người", "người trong hộ ví dụ", optional=True),
    F("bình quân 15 m3/tháng", "15", 15, "measure", "m3/tháng", "lượng nước hộ ví dụ dùng bình quân", optional=True),
    F("khoảng 14.000 đồng/tháng", "14.000", 14_000, "money", "đồng/tháng", "tiền nước hộ phải trả thêm",
      approx="about", location="Vinh"),
    F("ước còn 16,3%", "16,3", 16.3, "percent", "%", "tỷ lệ thất thoát nước của công ty", Y24, status="estimate"),
    F("ước đạt 318 tỷ đồng", "318", 318_000_000_000, "money", "đồng", "tổng doanh thu tiền nước", Y24, status="estimate"),
    F("xuống 14%", "14", 14, "percent", "%", "tỷ lệ thất thoát nước", T27, status="target"),
    F("thay thế 100% đồng hồ", "100", 100, "percent", "%", "đồng hồ cơ đã sử dụng trên 5 năm được thay thế", T27,
      status="target"),
    F("trên 5 năm", "5", 5, "measure", "năm", "thời gian sử dụng đồng hồ cơ", approx="over", optional=True),
]

NOTES = [
    "Báo Nghệ An (Party/provincial paper): byline 'THANH HÒA' and bare date '25/12/2024' at the end. Tariff figures of TP Vinh: location Vinh;",
    "company-wide figures (Vinh, Cửa Lò, Hưng Nguyên, Nghi Lộc) stay Nghệ An.",
    "'tăng từ 11.200 … lên 12.150 đồng/m3, tăng 8,5%': 11.200 is a figure of its own, 12.150 carries the change; the headline's 8,5% is a growth rate as the claim.",
    "Tier bounds (đến 10, trên 10-20, trên 20-30, trên 30 m3), the VAT rate 5%, the example household (4 người, 15 m3) and 'trên 5 năm' are optional.",
    "'sẽ trả thêm' is not a forecast cue of FIGURES.md: status actual. Distractors: 'Từ ngày 1/1/2025', Quyết định số 3812/QĐ-UBND, giai đoạn 2025 - 2027, đường Lê Hồng Phong, THANH HÒA (byline).",
]

write("p868-5", TEXT, NOTES, FIGS, published="2024-12-25", location="Nghệ An")
