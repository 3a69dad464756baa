from lib import F, P, CH, TG, build

TEXT = """Côn Đảo đón gần 170 nghìn lượt khách trong quý III

BRVT - Theo UBND huyện Côn Đảo, quý III/2024, huyện đón 168.900 lượt du khách, tăng 21,4% so với cùng kỳ năm 2023; trong đó khách đến bằng đường biển 97.300 lượt, đường hàng không 71.600 lượt. Tổng doanh thu du lịch ước đạt 642 tỷ đồng, bằng 31,5% kế hoạch năm.

Hiện tuyến Vũng Tàu - Côn Đảo và tuyến Trần Đề (Sóc Trăng) - Côn Đảo có 4 tàu cao tốc khai thác, mỗi ngày từ 4 đến 6 chuyến mỗi chiều. Thời gian hành trình tuyến Trần Đề - Côn Đảo khoảng 2,5 giờ, tuyến Vũng Tàu - Côn Đảo hơn 4 tiếng. Giá vé hạng phổ thông tuyến Vũng Tàu - Côn Đảo là 880.000 đồng/lượt, tuyến Trần Đề - Côn Đảo 330.000 đồng/lượt. Tàu xuất bến tại cảng Bến Đầm lúc 8 giờ sáng hằng ngày.

Lượng khách tăng nhanh khiến hạ tầng điện, nước trên đảo chịu áp lực lớn. Côn Đảo hiện chưa có điện lưới quốc gia, toàn bộ nguồn điện do Nhà máy điện diesel An Hội với công suất 10,5 MW cung cấp. Dự án đưa điện lưới quốc gia ra Côn Đảo bằng cáp ngầm 110 kV có tổng vốn đầu tư gần 5.000 tỷ đồng, dự kiến đóng điện trong năm 2025.

Về nước sinh hoạt, vào mùa khô nhu cầu của huyện khoảng 6.000 m3/ngày, trong khi các hồ Quang Trung, An Hải chỉ đáp ứng được 4.200 m3/ngày. Huyện đang triển khai nhà máy xử lý nước biển công suất 2.000 m3/ngày, phấn đấu hoàn thành trước mùa khô 2025.

Du khách cần hỗ trợ có thể liên hệ Trung tâm Văn hóa, Thông tin và Du lịch huyện (số 28 Tôn Đức Thắng, thị trấn Côn Đảo; đường dây nóng 0254.3830.165).

MINH THẢO
03/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)

FIGS = [
    F("gần 170 nghìn lượt khách", "170", "count", "lượt khách", "lượt khách đến Côn Đảo", mult=1e3,
      approx="nearly", period=P("quý III", "2024-07-01", "2024-09-30")),
    F("đón 168.900 lượt du khách", "168.900", "count", "lượt du khách", "du khách",
      change=CH("increase", 21.4, baseline="cùng kỳ năm 2023"), period=Q3),
    F("đường biển 97.300 lượt", "97.300", "count", "lượt", "khách đến bằng đường biển", total=168900, period=Q3),
    F("không 71.600 lượt", "71.600", "count", "lượt", "khách đến bằng đường hàng không", total=168900, period=Q3),
    F("ước đạt 642 tỷ đồng", "642", "money", "đồng", "tổng doanh thu du lịch", mult=1e9, percent=31.5,
      status="estimate", period=Q3i),
    F("có 4 tàu cao tốc", "4", "count", "tàu cao tốc", "tàu cao tốc khai thác tuyến ra Côn Đảo"),
    F("từ 4 đến 6 chuyến", "4", "measure", "chuyến/ngày", "chuyến tàu mỗi ngày mỗi chiều", value_max=6),
    F("khoảng 2,5 giờ", "2,5", "measure", "giờ", "thời gian hành trình tuyến Trần Đề - Côn Đảo", approx="about"),
    F("hơn 4 tiếng", "4", "measure", "tiếng", "thời gian hành trình tuyến Vũng Tàu - Côn Đảo", approx="over"),
    F("là 880.000 đồng/lượt", "880.000", "money", "đồng/lượt", "giá vé hạng phổ thông tuyến Vũng Tàu - Côn Đảo"),
    F("Côn Đảo 330.000 đồng/lượt", "330.000", "money", "đồng/lượt", "giá vé hạng phổ thông tuyến Trần Đề - Côn Đảo"),
    F("công suất 10,5 MW", "10,5", "measure", "MW", "công suất Nhà máy điện diesel An Hội"),
    F("cáp ngầm 110 kV", "110", "measure", "kV", "cấp điện áp cáp ngầm", optional=True),
    F("gần 5.000 tỷ đồng", "5.000", "money", "đồng", "tổng vốn đầu tư dự án đưa điện lưới quốc gia ra Côn Đảo",
      mult=1e9, approx="nearly"),
    F("khoảng 6.000 m3/ngày", "6.000", "measure", "m3/ngày", "nhu cầu nước sinh hoạt mùa khô", approx="about"),
    F("được 4.200 m3/ngày", "4.200", "measure", "m3/ngày", "lượng nước các hồ Quang Trung, An Hải đáp ứng"),
    F("công suất 2.000 m3/ngày", "2.000", "measure", "m3/ngày", "công suất nhà máy xử lý nước biển"),
]

build("p474-4", TEXT, [
    "Party newspaper (Báo Bà Rịa - Vũng Tàu, 'BRVT -' tag): Côn Đảo tourists, speedboats, fares, electricity and water, quý III/2024.",
    "Byline and bare date at the end ('03/10/2024') give published. Headline 'quý III' without a year takes 2024 from published.",
    "'trong đó … đường biển …, đường hàng không …' are parts of 168.900 (they add up). 'bằng 31,5% kế hoạch năm' is 642 tỷ's share.",
    "'mỗi ngày từ 4 đến 6 chuyến mỗi chiều' is a rate: measure chuyến/ngày, range. Durations '2,5 giờ', '4 tiếng' are measured times.",
    "Voltage classes '110 kV' optional. Sóc Trăng / Vũng Tàu inside route names are not the figures' places: all figures are Côn Đảo.",
    "Distractors: '8 giờ sáng', 'mùa khô 2025', 'năm 2025' (a date, not a figure), address 'số 28 Tôn Đức Thắng', hotline, dateline.",
], FIGS, published="2024-10-03", location="Côn Đảo")
