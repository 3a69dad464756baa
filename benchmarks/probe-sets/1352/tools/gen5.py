"""p1352-5: provincial newspaper (Báo Trà Vinh online): mung bean harvest on sandy ridges in huyện Cầu Ngang."""
from lib import F, P, year, inh, chg, write

TEXT = """BÁO TRÀ VINH ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Nông dân Cầu Ngang trúng mùa đậu xanh trên đất giồng cát

Thứ Tư, 19/06/2024 - 07:45

Vụ đậu xanh năm nay, nông dân huyện Cầu Ngang thu hoạch với năng suất bình quân khoảng 1,5 tấn/ha, giá bán cao hơn năm trước từ 4.000 - 5.000 đồng/kg nên ai cũng phấn khởi.

(TVO) - Những ngày này, trên các giồng cát ở xã Kim Hòa, Hiệp Hòa, Long Sơn, nông dân đang tất bật thu hoạch đậu xanh. Theo Phòng Nông nghiệp và PTNT huyện Cầu Ngang, vụ này toàn huyện xuống giống 865 ha đậu xanh, nhiều hơn 120 ha so với vụ trước; đến nay đã thu hoạch được khoảng 70% diện tích.

Ông Thạch Sô Phol, ngụ ấp Sóc Mới, xã Kim Hòa, trồng 8 công đậu xanh (tương đương 0,8 ha), thu hoạch được 1,3 tấn. Với giá thương lái mua tại ruộng 36.000 đồng/kg, trừ chi phí, ông lãi hơn 30 triệu đồng. Theo ông, đậu xanh ít tốn phân, chỉ khoảng 60 ngày là cho thu hoạch.

Theo Sở Nông nghiệp và PTNT, 6 tháng đầu năm 2024 toàn tỉnh Trà Vinh trồng 2.140 ha đậu xanh, đạt 107% kế hoạch, trong đó Cầu Ngang chiếm 40,4%, Duyên Hải 25,1%. Đậu xanh được xác định là một trong 5 cây trồng chủ lực trên đất giồng cát của tỉnh.

Bà Kim Thị Sa Rương, Giám đốc Hợp tác xã Nông nghiệp Hiệp Hòa, cho biết HTX đang liên kết với Công ty TNHH Thực phẩm Phước An (TP Trà Vinh) bao tiêu đầu ra cho 45 ha, giá sàn 30.000 đồng/kg. Dự kiến vụ tới, HTX sẽ mở rộng thêm 20-25 ha và xây một lò sấy công suất 3 tấn/mẻ.

KIM NGÂN

Tin liên quan:
- Trà Vinh: Nông dân Duyên Hải trồng dưa hấu trên đất giồng
- Cầu Kè tập huấn kỹ thuật trồng màu cho nông dân
"""

NN = year("Vụ đậu xanh năm nay", 2024)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TV = "Trà Vinh"

FIGS = [
    F("khoảng 1,5 tấn/ha", "1,5", 1.5, "measure", "tấn/ha", approx="about",
      subject="năng suất đậu xanh bình quân", period=NN),
    F("từ 4.000 - 5.000", "4.000", 4000, "money", "đồng/kg", value_max=5000,
      subject="mức giá bán đậu xanh cao hơn năm trước", period=NN),
    F("xuống giống 865 ha", "865", 865, "measure", "ha", change=chg("increase", 120, "ha", "vụ trước"),
      subject="diện tích đậu xanh toàn huyện xuống giống"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="diện tích đậu xanh đã thu hoạch"),
    F("trồng 8 công", "8", 8, "measure", "công", subject="diện tích đậu xanh ông Thạch Sô Phol trồng"),
    F("tương đương 0,8 ha", "0,8", 0.8, "measure", "ha", subject="diện tích đậu xanh ông Thạch Sô Phol trồng",
      optional=True),
    F("được 1,3 tấn", "1,3", 1.3, "measure", "tấn", subject="đậu xanh thu hoạch được"),
    F("ruộng 36.000", "36.000", 36000, "money", "đồng/kg", subject="giá thương lái mua tại ruộng"),
    F("hơn 30 triệu", "30", 30e6, "money", "đồng", approx="over", subject="lãi"),
    F("khoảng 60 ngày", "60", 60, "measure", "ngày", approx="about",
      subject="thời gian từ gieo trồng đến thu hoạch đậu xanh"),
    F("trồng 2.140 ha", "2.140", 2140, "measure", "ha", percent=107,
      subject="diện tích đậu xanh toàn tỉnh trồng", period=H1, location=TV),
    F("Cầu Ngang chiếm 40,4%", "40,4", 40.4, "percent", "%", subject="tỷ trọng diện tích đậu xanh", period=H1),
    F("Duyên Hải 25,1%", "25,1", 25.1, "percent", "%", subject="tỷ trọng diện tích đậu xanh", period=H1,
      location="Duyên Hải"),
    F("trong 5 cây", "5", 5, "count", "cây trồng", subject="cây trồng chủ lực trên đất giồng cát", location=TV),
    F("cho 45 ha", "45", 45, "measure", "ha", subject="diện tích được bao tiêu đầu ra"),
    F("sàn 30.000", "30.000", 30000, "money", "đồng/kg", subject="giá sàn bao tiêu"),
    F("thêm 20-25 ha", "20", 20, "measure", "ha", value_max=25, status="forecast",
      subject="diện tích mở rộng thêm"),
    F("một lò sấy", "một", 1, "count", "lò sấy", status="forecast", subject="lò sấy xây mới"),
    F("3 tấn/mẻ", "3", 3, "measure", "tấn/mẻ", status="forecast", subject="công suất lò sấy"),
]

NOTES = [
    "Provincial newspaper (Báo Trà Vinh online): 'Thứ Tư, 19/06/2024 - 07:45', sapo, tag '(TVO) -', byline KIM NGÂN, related links.",
    "Distractors: 07:45, 'ấp Sóc Mới', 'TP Trà Vinh' in a firm's bracket (not the figures' place).",
    "Default location Cầu Ngang (the district the article is about); province totals and the '5 cây trồng chủ lực' -> Trà Vinh.",
    "Sapo 'giá bán cao hơn năm trước từ 4.000 - 5.000 đồng/kg' has no base price: the rise is the claim -> its own money figure, no change.",
    "'vụ này', 'đến nay' give no period (not scored); 'năm nay' -> 2024 from published.",
    "'8 công đậu xanh (tương đương 0,8 ha)': the bracket restates the same area in ha -> optional.",
    "'đạt 107% kế hoạch' -> percent attribute of 2.140 ha; 'trong đó Cầu Ngang chiếm 40,4%, Duyên Hải 25,1%' -> percent figures with the place as location.",
    "'Dự kiến vụ tới, HTX sẽ ...' -> forecast for both coordinated clauses (20-25 ha, một lò sấy, 3 tấn/mẻ).",
]

if __name__ == "__main__":
    write("p1352-5", TEXT, NOTES, FIGS, published="2024-06-19", location="Cầu Ngang")
