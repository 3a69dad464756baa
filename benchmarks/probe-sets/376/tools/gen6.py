from lib import F, P, Y, build

TEXT = """
BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ › Tin tức › Đất đai

Cả nước cấp giấy chứng nhận lần đầu đạt 97,3% diện tích cần cấp

Theo báo cáo của Cục Đăng ký và Dữ liệu thông tin đất đai, tính đến ngày 30/6/2024, cả nước đã cấp giấy chứng nhận quyền sử dụng đất lần đầu với tổng diện tích 24,7 triệu ha, đạt 97,3% diện tích các loại đất cần cấp; tổng số giấy chứng nhận đã cấp là 43,2 triệu giấy.

Trong đó, đất sản xuất nông nghiệp đạt 95,8%, đất lâm nghiệp đạt 98,1%, đất ở đô thị đạt 97,9%, đất ở nông thôn đạt 96,7% và đất chuyên dùng đạt 88,4%. Hiện còn 9 tỉnh có tỷ lệ cấp giấy chứng nhận lần đầu dưới 90%, thấp nhất là Đắk Nông (78,2%), Bình Phước (83,5%) và Kon Tum (85,9%).

Về xây dựng cơ sở dữ liệu đất đai, đã có 58/63 tỉnh, thành phố đang vận hành cơ sở dữ liệu, với 341/705 đơn vị hành chính cấp huyện hoàn thành; 51 tỉnh đã kết nối, đồng bộ dữ liệu về Hệ thống thông tin đất đai quốc gia. Tổng số thửa đất trong cơ sở dữ liệu đạt khoảng 58,6 triệu thửa, tăng 4,1 triệu thửa so với cuối năm 2023.

Năm 2023, các Văn phòng đăng ký đất đai trên cả nước đã giải quyết khoảng 7,9 triệu hồ sơ đăng ký biến động; thu ngân sách từ đất đạt 168,3 nghìn tỷ đồng, chiếm 9,6% tổng thu ngân sách nhà nước.

Bộ Tài nguyên và Môi trường đặt mục tiêu đến năm 2025 hoàn thành cơ sở dữ liệu đất đai tại 100% đơn vị hành chính cấp huyện. Mọi thông tin xin liên hệ Cục Đăng ký và Dữ liệu thông tin đất đai, số 10 Tôn Thất Thuyết, quận Cầu Giấy, Hà Nội; điện thoại 024.3795.6868.
"""

T = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Ti = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
FIGS = [
    F("lần đầu đạt 97,3% diện tích", "97,3", 97.3, "percent", "%",
      "diện tích cần cấp giấy chứng nhận lần đầu đã cấp"),
    F("tổng diện tích 24,7 triệu ha", "24,7", 24.7e6, "measure", "ha",
      "tổng diện tích đã cấp giấy chứng nhận quyền sử dụng đất lần đầu", percent=97.3, period=T),
    F("là 43,2 triệu giấy", "43,2", 43.2e6, "count", "giấy", "tổng số giấy chứng nhận đã cấp", period=T),
    F("nông nghiệp đạt 95,8%", "95,8", 95.8, "percent", "%", "đất sản xuất nông nghiệp cấp giấy chứng nhận",
      period=Ti),
    F("lâm nghiệp đạt 98,1%", "98,1", 98.1, "percent", "%", "đất lâm nghiệp cấp giấy chứng nhận", period=Ti),
    F("ở đô thị đạt 97,9%", "97,9", 97.9, "percent", "%", "đất ở đô thị cấp giấy chứng nhận", period=Ti),
    F("ở nông thôn đạt 96,7%", "96,7", 96.7, "percent", "%", "đất ở nông thôn cấp giấy chứng nhận", period=Ti),
    F("chuyên dùng đạt 88,4%", "88,4", 88.4, "percent", "%", "đất chuyên dùng cấp giấy chứng nhận", period=Ti),
    F("còn 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có tỷ lệ cấp giấy chứng nhận lần đầu dưới 90%", period=Ti),
    F("dưới 90%", "90", 90, "percent", "%", "tỷ lệ cấp giấy chứng nhận lần đầu", approx="under", optional=True),
    F("Đắk Nông (78,2%)", "78,2", 78.2, "percent", "%", "tỷ lệ cấp giấy chứng nhận lần đầu",
      location="Đắk Nông", period=Ti),
    F("Bình Phước (83,5%)", "83,5", 83.5, "percent", "%", "tỷ lệ cấp giấy chứng nhận lần đầu",
      location="Bình Phước", period=Ti),
    F("Kon Tum (85,9%)", "85,9", 85.9, "percent", "%", "tỷ lệ cấp giấy chứng nhận lần đầu",
      location="Kon Tum", period=Ti),
    F("có 58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố đang vận hành cơ sở dữ liệu",
      total=63, period=Ti),
    F("với 341/705 đơn vị", "341", 341, "count", "đơn vị hành chính cấp huyện",
      "đơn vị hành chính cấp huyện hoàn thành", total=705, period=Ti),
    F("51 tỉnh đã kết nối", "51", 51, "count", "tỉnh",
      "tỉnh đã kết nối, đồng bộ dữ liệu về Hệ thống thông tin đất đai quốc gia", period=Ti),
    F("khoảng 58,6 triệu thửa", "58,6", 58.6e6, "count", "thửa", "tổng số thửa đất trong cơ sở dữ liệu",
      approx="about", change={"direction": "increase", "value": 4.1e6, "unit": "thửa", "baseline": "cuối năm 2023"},
      period=Ti),
    F("khoảng 7,9 triệu hồ sơ", "7,9", 7.9e6, "count", "hồ sơ", "hồ sơ đăng ký biến động đã giải quyết",
      approx="about", period=Y(2023, "Năm 2023")),
    F("đạt 168,3 nghìn tỷ đồng", "168,3", 168.3e12, "money", "đồng", "thu ngân sách từ đất", percent=9.6,
      period=Y(2023, "Năm 2023")),
    F("tại 100% đơn vị", "100", 100, "percent", "%", "đơn vị hành chính cấp huyện hoàn thành cơ sở dữ liệu đất đai",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

build("p376-6", TEXT, FIGS, [
    "Bộ TN&MT (ministry site): national first-time certificates and land database, as of 30/6/2024. No dateline at all (published null).",
    "Distractors: breadcrumb, address 'số 10 Tôn Thất Thuyết, quận Cầu Giấy, Hà Nội' (not a place of any figure), phone 024.3795.6868, 'cuối năm 2023' (baseline).",
    "Headline 97,3% is a percent figure; in the body '24,7 triệu ha, đạt 97,3%' the share is the percent attribute of the area.",
    "Land-type list after 'Trong đó': percents, no total (a percent has no whole, h01). Province list: location the province, subject the list indicator.",
    "'dưới 90%' is a threshold inside the count's defining clause: optional. '58/63', '341/705' give totals.",
    "'tăng 4,1 triệu thửa' is an absolute change: value with the multiplier applied, unit 'thửa'. '168,3 nghìn tỷ' = 1,683·10^14 đồng, 'chiếm 9,6%' its percent.",
], published=None, location="Việt Nam")
