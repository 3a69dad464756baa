"""p1094-5: Party newspaper (Báo Đồng Tháp), làng chiếu Định Yên (Lấp Vò) before Tết 2025."""
from lib import F, write, period, year, inh, change, target

TEXT = """Làng chiếu Định Yên rộn ràng vào vụ Tết

Những ngày cuối năm, dọc Đường tỉnh 848 qua xã Định Yên (huyện Lấp Vò), tiếng máy dệt chiếu vang lên từ sáng sớm đến khuya. Chợ chiếu Định Yên họp từ 2 giờ sáng, mỗi phiên tiêu thụ khoảng 15.000 chiếc chiếu.

Toàn xã hiện có hơn 2.100 hộ làm nghề dệt chiếu với khoảng 4.500 lao động, chiếm gần 60% số hộ trong xã. Năm 2024, làng nghề sản xuất gần 3,2 triệu chiếc chiếu, doanh thu trên 250 tỷ đồng, tăng 9% so với năm 2023. Giá chiếu bán tại chợ từ 60.000 đồng đến 350.000 đồng/chiếc tùy loại; chiếu in hoa văn, chiếu cao cấp xuất khẩu có giá cao hơn khoảng 30%.

Ông Nguyễn Văn Sáu (ấp An Hòa) cho biết gia đình ông có 3 máy dệt, mỗi ngày làm ra 25 chiếc, trừ chi phí lãi khoảng 400.000 đồng/ngày. Nguyên liệu lác chủ yếu mua từ Long An, Cần Thơ, giá lác khô hiện 18.000 - 22.000 đồng/kg, tăng khoảng 10% so với cùng kỳ. Diện tích trồng lác tại địa phương chỉ còn khoảng 40 ha, đáp ứng chưa đến 20% nhu cầu nguyên liệu.

Xã có 3 hợp tác xã và 12 tổ hợp tác dệt chiếu; 2 sản phẩm chiếu Định Yên đạt OCOP 3 sao. Làng nghề được công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 4071/QĐ-BVHTTDL.

Theo Đề án phát triển làng nghề của huyện Lấp Vò, mục tiêu đến năm 2025 doanh thu làng nghề chiếu Định Yên đạt 300 tỷ đồng, có ít nhất 5 sản phẩm OCOP. Hiện tỉnh hỗ trợ tối đa 200 triệu đồng cho mỗi hợp tác xã đầu tư máy dệt mới.

NGỌC HÂN
20/01/2025
"""

Y24 = year(2024, "Năm 2024")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 15.000 chiếc chiếu", "15.000", 15000, "count", "chiếc chiếu", "chiếu tiêu thụ mỗi phiên chợ", approx="about"),
    F("hơn 2.100 hộ", "2.100", 2100, "count", "hộ", "hộ làm nghề dệt chiếu", approx="over", percent=60),
    F("khoảng 4.500 lao động", "4.500", 4500, "count", "lao động", "lao động nghề dệt chiếu", approx="about"),
    F("gần 3,2 triệu", "3,2", 3.2e6, "count", "chiếc chiếu", "chiếu làng nghề sản xuất", approx="nearly", period=Y24),
    F("trên 250 tỷ đồng", "250", 250e9, "money", "đồng", "doanh thu làng nghề", approx="over",
      change=change("increase", 9, "%", "năm 2023"), period=Y24),
    F("từ 60.000 đồng", "60.000", 60000, "money", "đồng/chiếc", "giá chiếu bán tại chợ", value_max=350000),
    F("cao hơn khoảng 30%", "30", 30, "percent", "%", "giá chiếu in hoa văn, chiếu cao cấp xuất khẩu cao hơn", approx="about"),
    F("có 3 máy dệt", "3", 3, "count", "máy dệt", "máy dệt của gia đình ông Sáu"),
    F("làm ra 25 chiếc", "25", 25, "count", "chiếc", "chiếu làm ra mỗi ngày"),
    F("khoảng 400.000 đồng/ngày", "400.000", 400000, "money", "đồng/ngày", "lãi của gia đình ông Sáu", approx="about"),
    F("18.000 - 22.000", "18.000", 18000, "money", "đồng/kg", "giá lác khô", value_max=22000,
      change=change("increase", 10, "%", "cùng kỳ", "about")),
    F("khoảng 40 ha", "40", 40, "measure", "ha", "diện tích trồng lác tại địa phương", approx="about"),
    F("chưa đến 20%", "20", 20, "percent", "%", "nhu cầu nguyên liệu được đáp ứng", approx="under"),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã dệt chiếu"),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác dệt chiếu"),
    F("; 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm chiếu Định Yên đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "count", "sao", optional=True),
    F("đạt 300 tỷ đồng", "300", 300e9, "money", "đồng", "doanh thu làng nghề chiếu Định Yên", status="target", period=T25),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm OCOP", "sản phẩm OCOP", approx="at_least", status="target", period=T25),
    F("tối đa 200 triệu", "200", 200e6, "money", "đồng/hợp tác xã", "mức hỗ trợ cho mỗi hợp tác xã đầu tư máy dệt mới",
      approx="at_most", location="Đồng Tháp"),
]

NOTES = [
    "Báo Đồng Tháp (Party paper): mat-weaving village Định Yên, huyện Lấp Vò, Tết 2025; byline NGỌC HÂN and bare date 20/01/2025 at the end.",
    "Location: the commune lies in Lấp Vò (district); the province's support ('tỉnh hỗ trợ') is Đồng Tháp. Long An, Cần Thơ are where material is bought.",
    "'chiếm gần 60% số hộ trong xã' after 2.100 hộ is its percent (the approx 'gần' of a percent attribute is not recorded).",
    "'từ 60.000 đồng đến 350.000 đồng/chiếc' is a range (value_max). 'cao hơn khoảng 30%' has no base amount: a percent figure.",
    "The provincial support (its own sentence, 'Hiện') is actual, unit đồng/hợp tác xã ('cho mỗi hợp tác xã'). 'OCOP 3 sao' optional.",
    "Distractors: Đường tỉnh 848, '2 giờ sáng' (time of day), Nguyễn Văn Sáu, Quyết định số 4071/QĐ-BVHTTDL, bare date.",
]

if __name__ == "__main__":
    write("p1094-5", TEXT, FIGS, published="2025-01-20", location="Lấp Vò", notes=NOTES)
