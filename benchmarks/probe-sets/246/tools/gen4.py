from lib import F, P, write

ART = """Tỷ số giới tính khi sinh năm 2023 ở mức 112 bé trai/100 bé gái
Ngày đăng: 11/07/2024

Nhân Ngày Dân số thế giới 11/7, Cục Dân số (Bộ Y tế) cho biết, tỷ số giới tính khi sinh (SRB) của Việt Nam năm 2023 là 111,9 bé trai/100 bé gái, giảm 0,2 điểm so với năm 2022 nhưng vẫn cao hơn nhiều so với mức sinh học tự nhiên (từ 104 đến 106 bé trai/100 bé gái).

Mất cân bằng giới tính khi sinh xảy ra ở 55/63 tỉnh, thành phố. Có 21 tỉnh có tỷ số giới tính khi sinh trên 112, cao nhất là Bắc Ninh (119,7), Hưng Yên (118,8), Hải Dương (117,5) và Sơn La (116,9).

Theo dự báo của Tổng cục Thống kê, nếu không có can thiệp hiệu quả, đến năm 2034 Việt Nam sẽ dư thừa khoảng 1,5 triệu nam giới trong độ tuổi 15-49 và con số này có thể lên tới 2,5 triệu người vào năm 2059.

Mục tiêu của Chiến lược Dân số Việt Nam đến năm 2030 là đưa tỷ số giới tính khi sinh xuống dưới 109 bé trai/100 bé gái vào năm 2025 và dưới 107 vào năm 2030. Năm 2024, Bộ Y tế giao chỉ tiêu giảm 0,3 điểm so với năm 2023.

Để kiểm soát mất cân bằng giới tính khi sinh, năm 2023 ngành y tế đã thanh tra, kiểm tra 1.846 cơ sở y tế, phát hiện và xử lý 27 cơ sở vi phạm quy định về lựa chọn giới tính thai nhi, phạt tiền tổng cộng hơn 640 triệu đồng. Cả nước hiện có khoảng 12.000 cơ sở cung cấp dịch vụ siêu âm, chẩn đoán hình ảnh. Theo Nghị định số 117/2020/NĐ-CP, mức phạt đối với hành vi tiết lộ giới tính thai nhi là từ 30 triệu đồng đến 40 triệu đồng.

Mọi ý kiến đóng góp xin gửi về Cục Dân số, số 8 Tôn Thất Thuyết, Hà Nội; điện thoại 024.6273.2156.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
U = "bé trai/100 bé gái"
SRB = "tỷ số giới tính khi sinh"

FIGS = [
    F("mức 112 bé trai", "112", 112, "measure", U, SRB, period=Y23),
    F("là 111,9 bé trai", "111,9", 111.9, "measure", U, "tỷ số giới tính khi sinh (SRB) của Việt Nam",
      change={"direction": "decrease", "value": 0.2, "unit": "điểm", "baseline": "năm 2022"}, period=Y23),
    F("từ 104 đến 106", "104", 104, "measure", U, "mức sinh học tự nhiên", value_max=106, optional=True),
    F("ở 55/63 tỉnh", "55", 55, "count", "tỉnh, thành phố", "tỉnh, thành phố mất cân bằng giới tính khi sinh", total=63, period=Y23i),
    F("Có 21 tỉnh", "21", 21, "count", "tỉnh", "tỉnh có tỷ số giới tính khi sinh trên 112", period=Y23i),
    F("khi sinh trên 112", "112", 112, "measure", U, SRB, approx="over", optional=True),
    F("Bắc Ninh (119,7)", "119,7", 119.7, "measure", U, SRB, period=Y23i, location="Bắc Ninh"),
    F("Hưng Yên (118,8)", "118,8", 118.8, "measure", U, SRB, period=Y23i, location="Hưng Yên"),
    F("Hải Dương (117,5)", "117,5", 117.5, "measure", U, SRB, period=Y23i, location="Hải Dương"),
    F("Sơn La (116,9)", "116,9", 116.9, "measure", U, SRB, period=Y23i, location="Sơn La"),
    F("khoảng 1,5 triệu nam giới", "1,5", 1500000, "count", "nam giới", "nam giới dư thừa trong độ tuổi 15-49",
      approx="about", status="forecast", period=P("đến năm 2034", None, "2034-12-31")),
    F("độ tuổi 15-49", "15", 15, "measure", "tuổi", value_max=49, optional=True),
    F("lên tới 2,5 triệu người", "2,5", 2500000, "count", "người", "nam giới dư thừa", status="forecast",
      period=P("vào năm 2059", "2059-01-01", "2059-12-31")),
    F("dưới 109 bé trai", "109", 109, "measure", U, SRB, approx="under", status="target",
      period=P("vào năm 2025", "2025-01-01", "2025-12-31")),
    F("dưới 107 vào", "107", 107, "measure", U, SRB, approx="under", status="target",
      period=P("vào năm 2030", "2030-01-01", "2030-12-31")),
    F("giảm 0,3 điểm", "0,3", 0.3, "measure", "điểm", "giảm tỷ số giới tính khi sinh so với năm 2023", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 1.846 cơ sở", "1.846", 1846, "count", "cơ sở y tế", "cơ sở y tế được thanh tra, kiểm tra", period=Y23),
    F("xử lý 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở vi phạm quy định về lựa chọn giới tính thai nhi", period=Y23),
    F("hơn 640 triệu đồng", "640", 640000000, "money", "đồng", "tiền phạt", approx="over", period=Y23),
    F("khoảng 12.000 cơ sở", "12.000", 12000, "count", "cơ sở", "cơ sở cung cấp dịch vụ siêu âm, chẩn đoán hình ảnh", approx="about"),
    F("từ 30 triệu đồng", "30", 30000000, "money", "đồng", "mức phạt đối với hành vi tiết lộ giới tính thai nhi",
      value_max=40000000, optional=True),
]

COMMENTS = [
    "Ministry site (Bộ Y tế / Cục Dân số), national: sex ratio at birth 2023, top provinces, forecast surplus of men, targets, inspections.",
    "Dateline 'Ngày đăng: 11/07/2024' (no time). Location Việt Nam except the province list.",
    "Distractors: 'Ngày Dân số thế giới 11/7', 'Nghị định số 117/2020/NĐ-CP', address 'số 8 Tôn Thất Thuyết', phone 024.6273.2156,",
    "the strategy name 'Chiến lược Dân số Việt Nam đến năm 2030'. Optional: the natural range 104-106, the threshold 'trên 112',",
    "the age band '15-49' and the statutory fine range 30-40 triệu (a rule, not an observed fact).",
    "SRB is a rate: measure, unit 'bé trai/100 bé gái'; list items carry it from the indicator. The title's 112 is a figure of its own.",
    "'27 cơ sở' vi phạm has no part-of cue after 1.846 (no total). 'dự báo' governs both forecast clauses.",
    "'giảm 0,3 điểm' as the plan's own claim: a measure figure with status target (no change).",
]

write(4, COMMENTS, ART, FIGS, published="2024-07-11", location="Việt Nam")
