"""p1017-4: ministry site (Bộ Tài nguyên và Môi trường), national results 2024."""
from lib import F, P, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ | Tin tức | Đất đai
15/01/2025 14:30

Năm 2024, cả nước cấp gần 3,2 triệu giấy chứng nhận quyền sử dụng đất

Theo Cục Đăng ký và Dữ liệu thông tin đất đai, trong năm 2024, các địa phương đã cấp gần 3,2 triệu giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (GCN), tăng 8,5% so với năm 2023. Trong đó, cấp lần đầu khoảng 612 nghìn GCN; cấp đổi, cấp lại và đăng ký biến động khoảng 2,58 triệu GCN.

Tính đến ngày 31/12/2024, cả nước đã cấp GCN lần đầu đạt 97,6% tổng diện tích các loại đất cần cấp. Theo từng loại đất, tỷ lệ đất ở đô thị, đất ở nông thôn, đất sản xuất nông nghiệp và đất lâm nghiệp đã cấp lần lượt đạt 98,1%, 96,9%, 95,4% và 98,8%. Có 61/63 tỉnh, thành phố đạt tỷ lệ trên 95%; 2 địa phương còn dưới 90% là Điện Biên (87,3%) và Lai Châu (89,1%).

Hiện cả nước còn khoảng 1,8 triệu thửa đất chưa được cấp GCN lần đầu, trong đó hơn 620.000 thửa có nguồn gốc lấn, chiếm hoặc đang tranh chấp, chiếm khoảng 34%.

Về chuyển đổi số, đã có 49/63 địa phương hoàn thành xây dựng cơ sở dữ liệu đất đai và kết nối với hệ thống quốc gia; trong năm 2024, các địa phương tiếp nhận hơn 4,5 triệu hồ sơ đăng ký đất đai qua dịch vụ công trực tuyến, gấp 2,3 lần năm 2023.

Theo Thông tư số 85/2019/TT-BTC, lệ phí cấp GCN do HĐND cấp tỉnh quyết định; mức thu phổ biến từ 25.000 đến 100.000 đồng/giấy đối với hộ gia đình, cá nhân và tối đa 500.000 đồng/giấy đối với tổ chức.

Năm 2025, Bộ đặt mục tiêu cơ bản hoàn thành cấp GCN lần đầu, nâng tỷ lệ lên 98,5% diện tích cần cấp; dự kiến cả nước cấp khoảng 3,4 triệu GCN các loại.

Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. Điện thoại: 024.3795.6868
"""

Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("trong năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
ASOFi = P("Tính đến ngày 31/12/2024", None, "2024-12-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ diện tích đã cấp GCN lần đầu"

FIGS = [
    F("cả nước cấp gần 3,2 triệu", "3,2", 3.2e6, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất đã cấp", approx="nearly",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đã cấp gần 3,2 triệu", "3,2", 3.2e6, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đã cấp", approx="nearly",
      change=C("increase", 8.5, baseline="năm 2023"), period=Y24),
    F("khoảng 612 nghìn GCN", "612", 612000, "count", "GCN", "GCN cấp lần đầu", approx="about",
      total=3.2e6, period=Y24i),
    F("khoảng 2,58 triệu GCN", "2,58", 2.58e6, "count", "GCN", "GCN cấp đổi, cấp lại và đăng ký biến động",
      approx="about", total=3.2e6, period=Y24i),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ diện tích các loại đất cần cấp đã cấp GCN lần đầu",
      period=ASOF),
    F("đạt 98,1%", "98,1", 98.1, "percent", "%", "tỷ lệ đất ở đô thị đã cấp GCN lần đầu", period=ASOFi),
    F("96,9%, 95,4%", "96,9", 96.9, "percent", "%", "tỷ lệ đất ở nông thôn đã cấp GCN lần đầu", period=ASOFi),
    F("95,4% và", "95,4", 95.4, "percent", "%", "tỷ lệ đất sản xuất nông nghiệp đã cấp GCN lần đầu",
      period=ASOFi),
    F("và 98,8%", "98,8", 98.8, "percent", "%", "tỷ lệ đất lâm nghiệp đã cấp GCN lần đầu", period=ASOFi),
    F("Có 61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ trên 95%",
      total=63, period=ASOFi),
    F("tỷ lệ trên 95%", "95", 95, "percent", "%", "ngưỡng tỷ lệ cấp GCN lần đầu", approx="over",
      optional=True),
    F("2 địa phương", "2", 2, "count", "địa phương", "địa phương còn dưới 90%", period=ASOFi),
    F("dưới 90%", "90", 90, "percent", "%", "ngưỡng tỷ lệ cấp GCN lần đầu", approx="under", optional=True),
    F("(87,3%)", "87,3", 87.3, "percent", "%", RATE, location="Điện Biên", period=ASOFi),
    F("(89,1%)", "89,1", 89.1, "percent", "%", RATE, location="Lai Châu", period=ASOFi),
    F("khoảng 1,8 triệu thửa", "1,8", 1.8e6, "count", "thửa đất", "thửa đất chưa được cấp GCN lần đầu",
      approx="about"),
    F("hơn 620.000 thửa", "620.000", 620000, "count", "thửa",
      "thửa có nguồn gốc lấn, chiếm hoặc đang tranh chấp chưa được cấp GCN lần đầu",
      approx="over", total=1.8e6, percent=34),
    F("có 49/63 địa phương", "49", 49, "count", "địa phương",
      "địa phương hoàn thành xây dựng cơ sở dữ liệu đất đai và kết nối với hệ thống quốc gia", total=63),
    F("hơn 4,5 triệu hồ sơ", "4,5", 4.5e6, "count", "hồ sơ",
      "hồ sơ đăng ký đất đai tiếp nhận qua dịch vụ công trực tuyến", approx="over",
      change=C("increase", 2.3, "lần", baseline="năm 2023"), period=Y24),
    F("từ 25.000 đến 100.000 đồng/giấy", "25.000", 25000, "money", "đồng/giấy",
      "mức thu lệ phí cấp GCN phổ biến đối với hộ gia đình, cá nhân", value_max=100000),
    F("tối đa 500.000 đồng/giấy", "500.000", 500000, "money", "đồng/giấy",
      "mức thu lệ phí cấp GCN đối với tổ chức", approx="at_most"),
    F("lên 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ diện tích cần cấp đã cấp GCN lần đầu",
      status="target", period=Y25),
    F("khoảng 3,4 triệu GCN", "3,4", 3.4e6, "count", "GCN", "GCN các loại cả nước cấp", approx="about",
      status="forecast", period=Y25),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT, Cục Đăng ký và Dữ liệu thông tin đất đai): national certificate results 2024. Location Việt Nam.",
    "Distractors: dateline 15/01/2025 14:30, Thông tư số 85/2019/TT-BTC, Số 10 Tôn Thất Thuyết, phone 024.3795.6868,",
    "the '63' after '/' (total, not a figure).",
    "'trên 95%' and 'dưới 90%' are category thresholds (optional). Điện Biên (87,3%) and Lai Châu (89,1%) are list items",
    "with their own province as location; the count '2 địa phương' stays Việt Nam.",
    "'gấp 2,3 lần năm 2023' after the count is its change (unit lần). '1,8 triệu thửa' is stated with 'Hiện': no period.",
    "The lần lượt list shares the as-of period of the previous sentence (inherited).",
]

if __name__ == "__main__":
    write("p1017-4", TEXT, FIGS, COMMENTS, published="2025-01-15", location="Việt Nam")
