"""p927-6: national newspaper (VnExpress-like), Hà Nội parcels still without a first certificate, March 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ năm, 14/3/2024, 06:00 (GMT+7)

Hà Nội còn hơn 11.000 thửa đất chưa được cấp sổ đỏ lần đầu

Hơn 11.000 thửa đất ở của hộ gia đình, cá nhân tại Hà Nội chưa được cấp giấy chứng nhận lần đầu, phần lớn có nguồn gốc phức tạp hoặc vi phạm pháp luật đất đai.

Theo Sở Tài nguyên và Môi trường Hà Nội, tính đến cuối tháng 2/2024, toàn thành phố đã cấp giấy chứng nhận lần đầu cho 1.548.916 thửa đất ở, đạt 99,3% tổng số thửa đủ điều kiện. Số thửa chưa được cấp là 11.206 thửa, tập trung tại huyện Sóc Sơn (1.934 thửa), Thạch Thất (1.408 thửa), Chương Mỹ (1.215 thửa) và quận Hà Đông (876 thửa).

Nguyên nhân chủ yếu là đất lấn chiếm, giao đất trái thẩm quyền (chiếm khoảng 62%), đất đang có tranh chấp (khoảng 15%), còn lại do người dân chưa kê khai hoặc chưa nộp nghĩa vụ tài chính. Tại xã Phú Cát, huyện Quốc Oai, nhiều hộ sống ven Quốc lộ 21A từ những năm 1990 vẫn chưa có sổ.

Ông Nguyễn Văn Tuấn, Phó giám đốc Văn phòng Đăng ký đất đai Hà Nội, cho biết năm 2023 đơn vị đã giải quyết hơn 370.000 hồ sơ đăng ký biến động, gấp 1,2 lần năm 2022. Riêng thu tiền sử dụng đất khi cấp sổ lần đầu đạt 1.025 tỷ đồng.

Theo kế hoạch, trong năm 2024 thành phố phấn đấu cấp giấy chứng nhận lần đầu cho khoảng 3.500 thửa đất ở, giảm số thửa tồn đọng xuống dưới 8.000 thửa. Thành phố dự kiến dành khoảng 150 tỷ đồng để đo đạc, chỉnh lý bản đồ địa chính tại 18 quận, huyện.

Luật Đất đai 2024, có hiệu lực từ ngày 1/1/2025, cho phép xem xét cấp sổ đối với đất vi phạm sử dụng trước ngày 1/7/2014. Ước tính khoảng 70% số thửa tồn đọng sẽ đủ điều kiện theo quy định mới.

Võ Hải
"""

AS = P("tính đến cuối tháng 2/2024", None, "2024-02-29")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
BACK = "thửa đất ở chưa được cấp giấy chứng nhận lần đầu"

FIGS = [
    F("còn hơn 11.000 thửa", "11.000", 11000, "count", "thửa đất", BACK, approx="over"),
    F("Hơn 11.000 thửa", "11.000", 11000, "count", "thửa đất", BACK, approx="over"),
    F("cho 1.548.916 thửa", "1.548.916", 1548916, "count", "thửa đất ở",
      "thửa đất ở đã được cấp giấy chứng nhận lần đầu", AS, percent=99.3),
    F("là 11.206 thửa", "11.206", 11206, "count", "thửa", BACK, I(AS)),
    F("Sóc Sơn (1.934 thửa)", "1.934", 1934, "count", "thửa", BACK, I(AS), location="Sóc Sơn"),
    F("Thạch Thất (1.408 thửa)", "1.408", 1408, "count", "thửa", BACK, I(AS), location="Thạch Thất"),
    F("Chương Mỹ (1.215 thửa)", "1.215", 1215, "count", "thửa", BACK, I(AS), location="Chương Mỹ"),
    F("Hà Đông (876 thửa)", "876", 876, "count", "thửa", BACK, I(AS), location="Hà Đông"),
    F("khoảng 62%", "62", 62, "percent", "%", "thửa chưa được cấp do đất lấn chiếm, giao đất trái thẩm quyền",
      approx="about"),
    F("(khoảng 15%)", "15", 15, "percent", "%", "thửa chưa được cấp do đất đang có tranh chấp", approx="about"),
    F("hơn 370.000 hồ sơ", "370.000", 370000, "count", "hồ sơ", "hồ sơ đăng ký biến động được giải quyết", Y23,
      approx="over", change=C("increase", 1.2, "lần", baseline="năm 2022")),
    F("đạt 1.025 tỷ đồng", "1.025", 1025e9, "money", "đồng", "thu tiền sử dụng đất khi cấp sổ lần đầu", I(Y23)),
    F("khoảng 3.500 thửa", "3.500", 3500, "count", "thửa đất ở", "thửa đất ở được cấp giấy chứng nhận lần đầu", Y24,
      approx="about", status="target"),
    F("dưới 8.000 thửa", "8.000", 8000, "count", "thửa", "thửa đất tồn đọng", Y24, approx="under", status="target"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "kinh phí đo đạc, chỉnh lý bản đồ địa chính",
      I(Y24), approx="about", status="forecast"),
    F("tại 18 quận", "18", 18, "count", "quận, huyện", "quận, huyện đo đạc, chỉnh lý bản đồ địa chính",
      I(Y24), status="forecast", optional=True),
    F("khoảng 70% số thửa", "70", 70, "percent", "%", "thửa tồn đọng đủ điều kiện cấp theo quy định mới",
      approx="about", status="estimate"),
]

NOTES = [
    "National newspaper (VnExpress style), Hà Nội parcels without a first certificate; dateline 'Thứ năm, 14/3/2024, 06:00 (GMT+7)'.",
    "Distractors: '06:00 (GMT+7)', 'Quốc lộ 21A', 'những năm 1990', 'Luật Đất đai 2024', 'ngày 1/1/2025', 'trước ngày 1/7/2014'.",
    "Headline and lead 'hơn 11.000 thửa' are both figures (no period phrase). District list does not add up to 11.206: no total.",
    "'gấp 1,2 lần năm 2022' after a count is read as its change (increase 1,2 lần, baseline năm 2022), like 'tăng 2,8 lần'.",
    "'Ước tính khoảng 70%' -> estimate; 'dự kiến ... 150 tỷ đồng ... tại 18 quận, huyện' -> forecast (18 optional).",
    "'tính đến cuối tháng 2/2024' -> as-of 2024-02-29.",
]

write("p927-6", TEXT, FIGS, NOTES, published="2024-03-14", location="Hà Nội")
