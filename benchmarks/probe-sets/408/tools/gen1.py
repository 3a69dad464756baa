from lib import F, P, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức - Sự kiện > Giao thông - Đô thị

Thu phí sử dụng tạm thời lòng đường, hè phố tăng khá so với cùng kỳ
Cập nhật: 08:45 | 07/10/2024
Lượt xem: 2.315

(Cổng TTĐT) - Theo báo cáo của Sở Giao thông vận tải, 9 tháng năm 2024, tổng số tiền thu phí sử dụng tạm thời một phần lòng đường, hè phố trên địa bàn thành phố Đà Nẵng ước đạt 41,27 tỷ đồng, tăng 12,6% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, phí sử dụng lòng đường để trông giữ xe ô tô là 27,85 tỷ đồng (chiếm 67,5%); phí sử dụng hè phố cho hoạt động kinh doanh, buôn bán là 13,42 tỷ đồng.

Theo Nghị quyết số 59/2023/NQ-HĐND của HĐND thành phố, mức thu phí trông giữ xe ô tô trên lòng đường từ 20.000 đến 40.000 đồng/lượt tùy tuyến. Toàn thành phố hiện có 312 tuyến đường, đoạn đường được cấp phép sử dụng tạm thời lòng đường, hè phố với tổng diện tích gần 96.500 m2.

Các quận có số thu phí lớn là Hải Châu 18,6 tỷ đồng, Thanh Khê 9,35 tỷ đồng và Sơn Trà 6,9 tỷ đồng; quận Cẩm Lệ thấp nhất với 1,12 tỷ đồng.

Từ đầu năm đến nay, lực lượng Thanh tra giao thông đã kiểm tra, xử lý 1.846 trường hợp vi phạm về sử dụng lòng đường, hè phố trái phép, phạt tiền hơn 2,3 tỷ đồng; cẩu kéo, tạm giữ 214 xe ô tô dừng, đỗ sai quy định.

Năm 2024, thành phố phấn đấu thu 52,6 tỷ đồng phí sử dụng tạm thời lòng đường, hè phố; đến năm 2025 cấp phép thêm khoảng 40 tuyến đường có bố trí điểm trông giữ xe.

Mọi phản ánh về việc thu phí sai quy định, người dân liên hệ Sở Giao thông vận tải, số 24 Trần Phú, điện thoại 0236.3822.345.

Thanh Hà
"""

Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")

FIGS = [
    F("ước đạt 41,27 tỷ đồng", "41,27", 41270000000, "money", "đồng",
      "tổng số tiền thu phí sử dụng tạm thời một phần lòng đường, hè phố", status="estimate",
      percent=78.5, change=C("increase", 12.6, "%", "cùng kỳ năm 2023"), period=Y),
    F("là 27,85 tỷ đồng", "27,85", 27850000000, "money", "đồng",
      "phí sử dụng lòng đường để trông giữ xe ô tô", status="estimate", total=41270000000, percent=67.5, period=YI),
    F("là 13,42 tỷ đồng", "13,42", 13420000000, "money", "đồng",
      "phí sử dụng hè phố cho hoạt động kinh doanh, buôn bán", status="estimate", total=41270000000, period=YI),
    F("từ 20.000 đến 40.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt",
      "mức thu phí trông giữ xe ô tô trên lòng đường", value_max=40000),
    F("có 312 tuyến đường", "312", 312, "count", "tuyến đường",
      "tuyến đường, đoạn đường được cấp phép sử dụng tạm thời lòng đường, hè phố"),
    F("gần 96.500 m2", "96.500", 96500, "measure", "m2",
      "tổng diện tích được cấp phép sử dụng tạm thời lòng đường, hè phố", approx="nearly"),
    F("Hải Châu 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", "số thu phí", location="Hải Châu", period=YI),
    F("Thanh Khê 9,35 tỷ đồng", "9,35", 9350000000, "money", "đồng", "số thu phí", location="Thanh Khê", period=YI),
    F("Sơn Trà 6,9 tỷ đồng", "6,9", 6900000000, "money", "đồng", "số thu phí", location="Sơn Trà", period=YI),
    F("với 1,12 tỷ đồng", "1,12", 1120000000, "money", "đồng", "số thu phí", location="Cẩm Lệ", period=YI),
    F("xử lý 1.846 trường hợp", "1.846", 1846, "count", "trường hợp",
      "trường hợp vi phạm về sử dụng lòng đường, hè phố trái phép", period=YTD),
    F("hơn 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "phạt tiền", approx="over", period=YTD),
    F("tạm giữ 214 xe ô tô", "214", 214, "count", "xe ô tô",
      "xe ô tô dừng, đỗ sai quy định bị cẩu kéo, tạm giữ", period=YTD),
    F("thu 52,6 tỷ đồng", "52,6", 52600000000, "money", "đồng",
      "thu phí sử dụng tạm thời lòng đường, hè phố", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 40 tuyến đường", "40", 40, "count", "tuyến đường",
      "tuyến đường có bố trí điểm trông giữ xe cấp phép thêm", approx="about", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Đà Nẵng city portal (Cổng TTĐT), 'Cập nhật: 08:45 | 07/10/2024' then 'Lượt xem: 2.315' (page furniture); byline at the end.",
    "Fee collection 9 months 2024 (estimate), 'Trong đó' parts with total and share (status estimate carried as in shared h11),",
    "district list sharing 'số thu phí' (places -> location, period inherited from the lead), fee-rate range in đồng/lượt,",
    "violations 'Từ đầu năm đến nay' (ends at the dateline), targets for 2024 and 'đến năm 2025'.",
    "'bằng 78,5% kế hoạch năm' is the share (percent attribute) of 41,27 tỷ; the plan itself (52,6 tỷ) is stated later as a target figure.",
    "Distractors: Nghị quyết số 59/2023/NQ-HĐND, 'số 24 Trần Phú', phone 0236.3822.345, view counter, time 08:45.",
    "'hiện có 312 tuyến' / 'gần 96.500 m2': no period stated ('hiện'), so none in gold.",
]

write("p408-1", TEXT, FIGS, COMMENTS, published="2024-10-07", location="Đà Nẵng")
