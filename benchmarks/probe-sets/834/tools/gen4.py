"""p834-4: Bộ Tài nguyên và Môi trường (ministry site), national certificates and land database, end of 2023."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Quản lý đất đai
Cả nước cấp giấy chứng nhận lần đầu đạt trên 97% diện tích cần cấp
Ngày đăng: 22/02/2024 | Lượt xem: 1.208

Theo Cục Đăng ký và Dữ liệu thông tin đất đai, tính đến ngày 31/12/2023, cả nước đã cấp giấy chứng nhận quyền sử dụng đất (GCN) lần đầu cho 97,4% diện tích các loại đất cần cấp, với tổng số khoảng 43,5 triệu GCN. Trong đó, đất ở đô thị đạt 96,8%, đất ở nông thôn đạt 95,9%, đất sản xuất nông nghiệp đạt 93,7%, đất lâm nghiệp đạt 98,1%.

Đến nay, 57/63 tỉnh, thành phố đã hoàn thành cơ bản việc cấp GCN lần đầu; 6 địa phương còn một số loại đất đạt dưới 90%, tập trung ở Tây Nguyên và miền núi phía Bắc.

Năm 2023, hệ thống Văn phòng đăng ký đất đai trên cả nước đã giải quyết hơn 9,3 triệu hồ sơ đăng ký biến động, giảm khoảng 8% so với năm 2022 do thị trường bất động sản trầm lắng. Các địa phương có nhiều hồ sơ nhất lần lượt là TP Hồ Chí Minh (1,12 triệu hồ sơ), Hà Nội (986.400 hồ sơ) và Đồng Nai (512.700 hồ sơ).

Về cơ sở dữ liệu đất đai, tính đến hết năm 2023, đã có 376 đơn vị hành chính cấp huyện hoàn thành xây dựng, chiếm 53,3% tổng số đơn vị cấp huyện, với hơn 50 triệu thửa đất; trong đó 18 tỉnh, thành phố đã hoàn thành cho toàn bộ các huyện.

Thực hiện Nghị quyết số 18-NQ/TW và Đề án 06, Bộ phấn đấu đến năm 2025 hoàn thành cơ sở dữ liệu đất đai cho 100% đơn vị hành chính cấp huyện, kết nối với Cơ sở dữ liệu quốc gia về dân cư. Năm 2024, dự kiến các địa phương sẽ đo đạc, lập bản đồ địa chính bổ sung khoảng 1,2 triệu ha.

Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
NOW = P("Đến nay", None, "2024-02-22")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DB = P("tính đến hết năm 2023", None, "2023-12-31")
LIST = "hồ sơ đăng ký biến động"

FIGS = [
    F("đạt trên 97%", "97", 97, "percent", "%", approx="over",
      subject="diện tích cần cấp được cấp giấy chứng nhận lần đầu"),
    F("cho 97,4%", "97,4", 97.4, "percent", "%",
      subject="diện tích các loại đất cần cấp được cấp GCN lần đầu", period=ASOF),
    F("khoảng 43,5 triệu GCN", "43,5", 43.5e6, "count", "GCN", approx="about",
      subject="GCN lần đầu đã cấp", period=ASOF),
    F("đô thị đạt 96,8%", "96,8", 96.8, "percent", "%",
      subject="đất ở đô thị được cấp GCN lần đầu", period=I(ASOF)),
    F("nông thôn đạt 95,9%", "95,9", 95.9, "percent", "%",
      subject="đất ở nông thôn được cấp GCN lần đầu", period=I(ASOF)),
    F("nông nghiệp đạt 93,7%", "93,7", 93.7, "percent", "%",
      subject="đất sản xuất nông nghiệp được cấp GCN lần đầu", period=I(ASOF)),
    F("lâm nghiệp đạt 98,1%", "98,1", 98.1, "percent", "%",
      subject="đất lâm nghiệp được cấp GCN lần đầu", period=I(ASOF)),
    F("57/63 tỉnh", "57", 57, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã hoàn thành cơ bản việc cấp GCN lần đầu", period=NOW),
    F("6 địa phương", "6", 6, "count", "địa phương",
      subject="địa phương còn một số loại đất đạt dưới 90%", period=NOW),
    F("dưới 90%", "90", 90, "percent", "%", approx="under",
      subject="ngưỡng tỷ lệ cấp GCN lần đầu", optional=True),
    F("hơn 9,3 triệu hồ sơ", "9,3", 9.3e6, "count", "hồ sơ", approx="over",
      change=C("decrease", 8, baseline="năm 2022", approx="about"),
      subject="hồ sơ đăng ký biến động đã giải quyết", period=Y23),
    F("(1,12 triệu hồ sơ)", "1,12", 1.12e6, "count", "hồ sơ", subject=LIST,
      period=I(Y23), location="TP Hồ Chí Minh"),
    F("(986.400 hồ sơ)", "986.400", 986400, "count", "hồ sơ", subject=LIST,
      period=I(Y23), location="Hà Nội"),
    F("(512.700 hồ sơ)", "512.700", 512700, "count", "hồ sơ", subject=LIST,
      period=I(Y23), location="Đồng Nai"),
    F("có 376 đơn vị", "376", 376, "count", "đơn vị hành chính cấp huyện", percent=53.3,
      subject="đơn vị hành chính cấp huyện hoàn thành xây dựng cơ sở dữ liệu đất đai", period=DB),
    F("hơn 50 triệu thửa", "50", 50e6, "count", "thửa đất", approx="over",
      subject="thửa đất trong cơ sở dữ liệu đất đai", period=DB),
    F("trong đó 18 tỉnh", "18", 18, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố đã hoàn thành cơ sở dữ liệu đất đai cho toàn bộ các huyện", period=DB),
    F("cho 100% đơn vị", "100", 100, "percent", "%", status="target",
      subject="đơn vị hành chính cấp huyện hoàn thành cơ sở dữ liệu đất đai",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 1,2 triệu ha", "1,2", 1.2e6, "measure", "ha", approx="about", status="forecast",
      subject="diện tích đo đạc, lập bản đồ địa chính bổ sung", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT): national first-time certificate coverage at end-2023, dossiers 2023 with a 'lần lượt' list of provinces,",
    "land database by district units, 2025 target, 2024 forecast. Location Việt Nam; list items are located in their province.",
    "The four land-type rates after 'Trong đó' are percents, not parts: no total. '18 tỉnh' after 'trong đó' counts provinces,",
    "not the parcels before it: no total. 'dưới 90%' is a threshold (optional). The ranking list has no total.",
    "'Ngày đăng', 'Lượt xem: 1.208', 'Nghị quyết số 18-NQ/TW', 'Đề án 06', 'Số 10 Tôn Thất Thuyết', the phone number are not figures.",
]

if __name__ == "__main__":
    emit("p834-4", TEXT, FIGS, COMMENTS, published="2024-02-22", location="Việt Nam")
