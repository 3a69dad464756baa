from lib import build, F, P, C

TEXT = """BÁO LAI CHÂU
05/07/2024 08:40

Thủy điện nhỏ "khát" nước, sản lượng 6 tháng giảm mạnh

LC - Từ đầu năm đến nay, nắng hạn kéo dài khiến lưu lượng nước về các hồ chứa trên địa bàn tỉnh giảm từ 30% đến 45% so với trung bình nhiều năm, nhiều nhà máy thủy điện nhỏ phải dừng phát điện luân phiên.

Theo Sở Công Thương, 6 tháng đầu năm 2024, sản lượng điện của 56 nhà máy thủy điện vừa và nhỏ trên địa bàn ước đạt 1,28 tỷ kWh, giảm 17,5% so với cùng kỳ năm 2023, mới đạt 38,2% kế hoạch năm. Trong tháng 5/2024 - thời điểm khô hạn nhất - có tới 21 nhà máy phải tạm dừng phát điện, chiếm 37,5% số nhà máy đang vận hành.

Tại huyện Phong Thổ, lưu lượng dòng chảy về hồ thủy điện Nậm Cuổi có thời điểm chỉ còn khoảng 1,8 m3/s, trong khi lưu lượng thiết kế là 12,4 m3/s. Huyện Tam Đường và huyện Sìn Hồ cũng ghi nhận sản lượng thủy điện giảm lần lượt 22,6% và 19,1%.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Công Thương cho biết: Các nhà máy vẫn phải duy trì dòng chảy tối thiểu sau đập theo quy định; qua kiểm tra đột xuất 14 nhà máy, Sở phát hiện 3 nhà máy không xả đủ dòng chảy tối thiểu và đã lập biên bản, chuyển Thanh tra Sở xử lý theo Nghị định số 134/2013/NĐ-CP.

Do sản lượng giảm, số thu ngân sách từ các doanh nghiệp thủy điện 6 tháng chỉ đạt khoảng 415 tỷ đồng, bằng 81% cùng kỳ. Dự báo từ tháng 7, lượng mưa tăng dần, sản lượng quý III có thể đạt trên 900 triệu kWh.

Hoàng Minh Thu
"""

h6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)

FIGS = [
    F("giảm từ 30% đến 45%", "30", 30, "percent", "%", "lưu lượng nước về các hồ chứa",
      value_max=45, period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05")),
    F("của 56 nhà máy", "56", 56, "count", "nhà máy", "nhà máy thủy điện vừa và nhỏ", period=h6),
    F("ước đạt 1,28 tỷ kWh", "1,28", 1.28e9, "measure", "kWh", "sản lượng điện", percent=38.2,
      change=C("decrease", 17.5, "%", "cùng kỳ năm 2023"), status="estimate", period=h6),
    F("có tới 21 nhà máy", "21", 21, "count", "nhà máy", "nhà máy phải tạm dừng phát điện", percent=37.5,
      period=P("tháng 5/2024", "2024-05-01", "2024-05-31")),
    F("khoảng 1,8 m3/s", "1,8", 1.8, "measure", "m3/s", "lưu lượng dòng chảy về hồ thủy điện Nậm Cuổi",
      approx="about", location="Phong Thổ"),
    F("là 12,4 m3/s", "12,4", 12.4, "measure", "m3/s", "lưu lượng thiết kế", location="Phong Thổ"),
    F("lần lượt 22,6%", "22,6", 22.6, "percent", "%", "sản lượng thủy điện", location="Tam Đường", period=h6i),
    F("và 19,1%", "19,1", 19.1, "percent", "%", "sản lượng thủy điện", location="Sìn Hồ", period=h6i),
    F("đột xuất 14 nhà máy", "14", 14, "count", "nhà máy", "nhà máy được kiểm tra đột xuất"),
    F("phát hiện 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy không xả đủ dòng chảy tối thiểu"),
    F("khoảng 415 tỷ đồng", "415", 415e9, "money", "đồng", "số thu ngân sách từ các doanh nghiệp thủy điện",
      approx="about", percent=81, period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("trên 900 triệu kWh", "900", 900e6, "measure", "kWh", "sản lượng", approx="over", status="forecast",
      period=P("quý III", "2024-07-01", "2024-09-30")),
]

COMMENTS = [
    "Báo Lai Châu (Party newspaper): drought cuts small-hydro output, 6 months 2024; bare dateline '05/07/2024 08:40', byline at the end.",
    "'giảm từ 30% đến 45% so với trung bình nhiều năm' is a rate that is itself the claim: percent range, no change object; 'Từ đầu năm đến nay' ends at the dateline.",
    "Distractors: 'Nghị định số 134/2013/NĐ-CP', the '3' in 'm3/s', 'từ tháng 7' (a time), the person's name. Districts Phong Thổ, Tam Đường, Sìn Hồ are locations.",
    "'giảm lần lượt 22,6% và 19,1%' (list of rates sharing one indicator): percent figures; their period is in an earlier paragraph (inherited).",
    "'bằng 81% cùng kỳ' is the share of 415 tỷ; 'chiếm 37,5% số nhà máy' the share of 21 (no total: the whole is not restated).",
    "'Dự báo … sản lượng quý III có thể đạt trên 900 triệu kWh' → status forecast, approx over; quý III takes 2024 from the article.",
    "Inspection counts (14, 3) carry no period phrase of their own.",
]

build(3, TEXT, COMMENTS, FIGS, published="2024-07-05", location="Lai Châu")
