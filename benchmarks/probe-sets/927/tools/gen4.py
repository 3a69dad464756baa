"""p927-4: Ministry of Natural Resources and Environment site, national results to end-2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Đất đai
Ngày đăng: 15/01/2024 | Lượt xem: 1.204

Cả nước đã cấp giấy chứng nhận lần đầu đạt 97,4% diện tích cần cấp

Theo Cục Đăng ký và Dữ liệu thông tin đất đai, tính đến hết năm 2023, cả nước đã cấp giấy chứng nhận quyền sử dụng đất lần đầu được 97,4% tổng diện tích các loại đất cần cấp, với khoảng 47,2 triệu giấy chứng nhận. Trong năm 2023, các địa phương cấp mới 612.350 giấy chứng nhận lần đầu, tăng 5,8% so với năm 2022; số hồ sơ đăng ký biến động được giải quyết đạt gần 8,6 triệu hồ sơ.

Theo loại đất, tỷ lệ cấp giấy chứng nhận đối với đất ở đô thị đạt 96,1%, đất ở nông thôn 97,8%, đất sản xuất nông nghiệp 95,3%, đất lâm nghiệp 98,2% và đất chuyên dùng 87,6%.

Hiện còn 10 tỉnh, thành phố có tỷ lệ cấp giấy chứng nhận lần đầu dưới 90% diện tích cần cấp, trong đó thấp nhất là Đắk Nông (82,6%), Bình Phước (84,1%) và Bắc Kạn (85,3%). Cả nước còn khoảng 1,1 triệu thửa đất chưa được cấp giấy chứng nhận, chủ yếu là đất có nguồn gốc lấn, chiếm, đất nông, lâm trường.

Năm 2024, Bộ đặt mục tiêu hoàn thành cấp giấy chứng nhận lần đầu cho trên 98% diện tích; đồng thời đưa cơ sở dữ liệu đất đai vào vận hành tại 63/63 tỉnh, thành phố. Dự thảo Luật Đất đai (sửa đổi), dự kiến được Quốc hội khóa XV xem xét tại Kỳ họp bất thường lần thứ 5 ngày 18/01/2024, sẽ tạo hành lang pháp lý xử lý các trường hợp tồn đọng còn vướng theo Nghị định số 43/2014/NĐ-CP.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

AS = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ cấp giấy chứng nhận lần đầu"

FIGS = [
    F("đạt 97,4% diện tích", "97,4", 97.4, "percent", "%", "diện tích cần cấp đã được cấp giấy chứng nhận lần đầu"),
    F("được 97,4% tổng diện tích", "97,4", 97.4, "percent", "%",
      "tổng diện tích các loại đất cần cấp đã được cấp giấy chứng nhận lần đầu", AS),
    F("khoảng 47,2 triệu giấy", "47,2", 47.2e6, "count", "giấy chứng nhận", "giấy chứng nhận đã cấp lần đầu", AS,
      approx="about"),
    F("cấp mới 612.350 giấy", "612.350", 612350, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp mới", Y23,
      change=C("increase", 5.8, baseline="năm 2022")),
    F("gần 8,6 triệu hồ sơ", "8,6", 8.6e6, "count", "hồ sơ", "hồ sơ đăng ký biến động được giải quyết", Y23,
      approx="nearly"),
    F("đô thị đạt 96,1%", "96,1", 96.1, "percent", "%", RATE + " đất ở đô thị", I(AS)),
    F("nông thôn 97,8%", "97,8", 97.8, "percent", "%", RATE + " đất ở nông thôn", I(AS)),
    F("nông nghiệp 95,3%", "95,3", 95.3, "percent", "%", RATE + " đất sản xuất nông nghiệp", I(AS)),
    F("lâm nghiệp 98,2%", "98,2", 98.2, "percent", "%", RATE + " đất lâm nghiệp", I(AS)),
    F("chuyên dùng 87,6%", "87,6", 87.6, "percent", "%", RATE + " đất chuyên dùng", I(AS)),
    F("còn 10 tỉnh", "10", 10, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có tỷ lệ cấp giấy chứng nhận lần đầu dưới 90%"),
    F("dưới 90% diện tích", "90", 90, "percent", "%", RATE, approx="under", optional=True),
    F("Đắk Nông (82,6%)", "82,6", 82.6, "percent", "%", RATE, location="Đắk Nông"),
    F("Bình Phước (84,1%)", "84,1", 84.1, "percent", "%", RATE, location="Bình Phước"),
    F("Bắc Kạn (85,3%)", "85,3", 85.3, "percent", "%", RATE, location="Bắc Kạn"),
    F("khoảng 1,1 triệu thửa", "1,1", 1.1e6, "count", "thửa đất", "thửa đất chưa được cấp giấy chứng nhận",
      approx="about"),
    F("trên 98% diện tích", "98", 98, "percent", "%", "diện tích được cấp giấy chứng nhận lần đầu", Y24,
      approx="over", status="target"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đưa cơ sở dữ liệu đất đai vào vận hành", Y24, total=63, status="target"),
]

NOTES = [
    "Bộ TN&MT site: national first-time certificate coverage to end-2023, land types, lowest provinces, 2024 targets.",
    "Distractors: 'Ngày đăng: 15/01/2024 | Lượt xem: 1.204', 'Nghị định số 43/2014/NĐ-CP', 'Quốc hội khóa XV',",
    "'Kỳ họp bất thường lần thứ 5', 'ngày 18/01/2024', address 'Số 10 Tôn Thất Thuyết', phone 024.3795.6868.",
    "Headline 97,4% and body 97,4% are both figures (headline has no period). Location Việt Nam throughout except",
    "the three listed provinces, whose own rates are theirs. 'dưới 90%' is a category threshold: optional.",
    "'63/63 tỉnh, thành phố' continues the target clause ('đồng thời'): status target, total 63.",
    "'Hiện còn 10 tỉnh' and 'Cả nước còn khoảng 1,1 triệu thửa' state no period phrase: no period.",
]

write("p927-4", TEXT, FIGS, NOTES, published="2024-01-15", location="Việt Nam")
