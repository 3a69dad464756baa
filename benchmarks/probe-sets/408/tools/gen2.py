from lib import F, P, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Thứ Tư, 03/07/2024 - 15:20

Quận Hoàn Kiếm tiếp tục siết chặt trật tự lòng đường, vỉa hè

Theo báo cáo của UBND quận Hoàn Kiếm, 6 tháng đầu năm 2024, các lực lượng chức năng của quận đã kiểm tra, phát hiện 5.146 trường hợp vi phạm trật tự lòng đường, vỉa hè, tăng 8,3% so với cùng kỳ năm 2023. Trong đó, 3.982 trường hợp vi phạm về dừng, đỗ phương tiện sai quy định; 1.164 trường hợp lấn chiếm vỉa hè để kinh doanh, buôn bán.

Tổng số tiền xử phạt vi phạm hành chính là 4,86 tỷ đồng. Lực lượng chức năng đã tạm giữ 627 phương tiện (gồm 118 xe ô tô và 509 xe mô tô, xe máy), tháo dỡ 245 biển quảng cáo, mái che, mái vẩy lấn chiếm. Riêng Đội Quản lý trật tự đô thị số 1 phối hợp Công an phường Hàng Trống ra quân liên tục trên các tuyến phố Hàng Bài, Tràng Tiền, Đinh Tiên Hoàng.

Về thu phí sử dụng tạm thời một phần hè phố, quận đã cấp 1.318 giấy phép cho các hộ kinh doanh trên 57 tuyến phố, thu phí được 2,14 tỷ đồng, đạt 61% kế hoạch năm (3,5 tỷ đồng).

Quận hiện có 14 điểm trông giữ xe được cấp phép với tổng diện tích khoảng 21.600 m2, đáp ứng chưa đến 30% nhu cầu đỗ xe của người dân và du khách.

Thực hiện Kế hoạch số 112/KH-UBND của UBND quận, trong 6 tháng cuối năm, quận phấn đấu giảm ít nhất 15% số vụ vi phạm so với 6 tháng đầu năm; 100% tuyến phố trọng điểm được ra quân xử lý định kỳ hằng tuần.

Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 024.3825.3536 hoặc trực tiếp tại trụ sở UBND quận, số 126 Hàng Trống.

Minh Quân
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("phát hiện 5.146 trường hợp", "5.146", 5146, "count", "trường hợp",
      "trường hợp vi phạm trật tự lòng đường, vỉa hè", change=C("increase", 8.3, "%", "cùng kỳ năm 2023"), period=H1),
    F("3.982 trường hợp vi phạm", "3.982", 3982, "count", "trường hợp",
      "trường hợp vi phạm về dừng, đỗ phương tiện sai quy định", total=5146, period=H1I),
    F("1.164 trường hợp lấn chiếm", "1.164", 1164, "count", "trường hợp",
      "trường hợp lấn chiếm vỉa hè để kinh doanh, buôn bán", total=5146, period=H1I),
    F("là 4,86 tỷ đồng", "4,86", 4860000000, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", period=H1I),
    F("tạm giữ 627 phương tiện", "627", 627, "count", "phương tiện", "phương tiện bị tạm giữ", period=H1I),
    F("gồm 118 xe ô tô", "118", 118, "count", "xe ô tô", "xe ô tô bị tạm giữ", total=627, period=H1I),
    F("509 xe mô tô, xe máy", "509", 509, "count", "xe mô tô, xe máy", "xe mô tô, xe máy bị tạm giữ",
      total=627, period=H1I),
    F("tháo dỡ 245 biển quảng cáo", "245", 245, "count", "biển quảng cáo",
      "biển quảng cáo, mái che, mái vẩy lấn chiếm bị tháo dỡ", period=H1I),
    F("cấp 1.318 giấy phép", "1.318", 1318, "count", "giấy phép",
      "giấy phép sử dụng tạm thời một phần hè phố cấp cho hộ kinh doanh", period=H1I),
    F("trên 57 tuyến phố", "57", 57, "count", "tuyến phố", "tuyến phố được cấp phép sử dụng tạm thời hè phố",
      period=H1I),
    F("thu phí được 2,14 tỷ đồng", "2,14", 2140000000, "money", "đồng",
      "thu phí sử dụng tạm thời một phần hè phố", percent=61, target=T(3500000000, "đồng", False), period=H1I),
    F("có 14 điểm trông giữ xe", "14", 14, "count", "điểm trông giữ xe", "điểm trông giữ xe được cấp phép"),
    F("khoảng 21.600 m2", "21.600", 21600, "measure", "m2", "tổng diện tích điểm trông giữ xe", approx="about"),
    F("chưa đến 30% nhu cầu", "30", 30, "percent", "%", "tỷ lệ đáp ứng nhu cầu đỗ xe", approx="under"),
    F("ít nhất 15% số vụ", "15", 15, "percent", "%", "giảm số vụ vi phạm", approx="at_least",
      status="target", period=H2),
    F("100% tuyến phố trọng điểm", "100", 100, "percent", "%",
      "tuyến phố trọng điểm được ra quân xử lý định kỳ", status="target", period=H2),
]

COMMENTS = [
    "District portal of quận Hoàn Kiếm (Hà Nội): 'Thứ Tư, 03/07/2024 - 15:20' dateline, byline at the end.",
    "6 months 2024 sidewalk-order results: whole with change, 'Trong đó' parts (total 5146), bracketed breakdown after 627 phương tiện",
    "(118 + 509 = 627, so total 627), fee collection with share 'đạt 61% kế hoạch năm' and the plan in brackets '(3,5 tỷ đồng)' as target.",
    "'6 tháng cuối năm' (no year) takes 2024 from the lead: 2024-07-01..2024-12-31; 'giảm ít nhất 15%' is a target rate (percent, no change).",
    "'hiện có 14 điểm', '21.600 m2', '30%': no period stated. All sentences after the lead inherit '6 tháng đầu năm 2024' (not scored).",
    "Distractors: 'Đội Quản lý trật tự đô thị số 1' (name), Kế hoạch số 112/KH-UBND, hotline 024.3825.3536, address 'số 126 Hàng Trống', time 15:20.",
]

write("p408-2", TEXT, FIGS, COMMENTS, published="2024-07-03", location="Hoàn Kiếm")
