"""p853-4: ministry site (Bộ Tài nguyên và Môi trường), EPR for batteries and electronics, national (Việt Nam)."""
from lib import F, change, period, inherit, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Thực hiện trách nhiệm tái chế của nhà sản xuất đối với pin, ắc quy và thiết bị điện, điện tử

Ngày đăng: 18/04/2025 | Lượt xem: 1.107

Theo Cục Kiểm soát ô nhiễm môi trường, năm 2024 cả nước có 1.137 doanh nghiệp sản xuất, nhập khẩu đăng ký kế hoạch tái chế theo Nghị định số 08/2022/NĐ-CP, tăng 21% so với năm 2023; trong đó nhóm pin, ắc quy có 214 doanh nghiệp và nhóm thiết bị điện, điện tử có 386 doanh nghiệp. Riêng quý I/2025 đã có 318 doanh nghiệp nộp báo cáo kế hoạch tái chế.

Tổng khối lượng sản phẩm, bao bì được các doanh nghiệp tự tái chế hoặc đóng góp tài chính trong năm 2024 đạt khoảng 1,86 triệu tấn. Số tiền đóng góp vào Quỹ Bảo vệ môi trường Việt Nam để hỗ trợ tái chế là 1.352 tỷ đồng, tăng 68% so với năm 2023; riêng nhóm pin, ắc quy và thiết bị điện, điện tử đóng góp 287,4 tỷ đồng.

Về thu gom, đến hết năm 2024 cả nước có 42 tỉnh, thành phố triển khai mô hình điểm thu hồi pin, thiết bị điện tử thải bỏ với tổng số khoảng 3.900 điểm. Các địa phương có số điểm thu hồi nhiều nhất lần lượt là TP. Hồ Chí Minh (612 điểm), Hà Nội (548 điểm) và Đà Nẵng (205 điểm).

Theo ước tính của Cục, mỗi năm Việt Nam phát sinh khoảng 90.000 tấn rác thải điện tử, nhưng chỉ khoảng 20-25% được thu gom, tái chế qua kênh chính thức; phần còn lại chủ yếu do các cơ sở thu mua phế liệu tư nhân xử lý thủ công.

Mục tiêu đến năm 2030, tỷ lệ thu hồi thiết bị điện, điện tử thải bỏ đạt tối thiểu 30%, tỷ lệ tái chế pin, ắc quy đạt 50%.

Cục Kiểm soát ô nhiễm môi trường - Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. Điện thoại: 024.3795.6868
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
END24 = period("đến hết năm 2024", None, "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 1.137 doanh nghiệp", "1.137", 1137, "count", "doanh nghiệp",
      change=change("increase", 21, "%", "năm 2023"),
      subject="doanh nghiệp sản xuất, nhập khẩu đăng ký kế hoạch tái chế", per=Y24),
    F("có 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp", total=1137,
      subject="doanh nghiệp nhóm pin, ắc quy đăng ký kế hoạch tái chế", per=Y24),
    F("có 386 doanh nghiệp", "386", 386, "count", "doanh nghiệp", total=1137,
      subject="doanh nghiệp nhóm thiết bị điện, điện tử đăng ký kế hoạch tái chế", per=Y24),
    F("có 318 doanh nghiệp", "318", 318, "count", "doanh nghiệp",
      subject="doanh nghiệp nộp báo cáo kế hoạch tái chế",
      per=period("quý I/2025", "2025-01-01", "2025-03-31")),
    F("khoảng 1,86 triệu tấn", "1,86", 1.86e6, "measure", "tấn", approx="about",
      subject="khối lượng sản phẩm, bao bì được tự tái chế hoặc đóng góp tài chính",
      per=period("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("là 1.352 tỷ đồng", "1.352", 1352e9, "money", "đồng",
      change=change("increase", 68, "%", "năm 2023"),
      subject="số tiền đóng góp vào Quỹ Bảo vệ môi trường Việt Nam để hỗ trợ tái chế", per=inherit(Y24)),
    F("đóng góp 287,4 tỷ đồng", "287,4", 287.4e9, "money", "đồng", total=1352e9,
      subject="số tiền nhóm pin, ắc quy và thiết bị điện, điện tử đóng góp", per=inherit(Y24)),
    F("có 42 tỉnh, thành phố", "42", 42, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố triển khai mô hình điểm thu hồi pin, thiết bị điện tử thải bỏ", per=END24),
    F("khoảng 3.900 điểm", "3.900", 3900, "count", "điểm", approx="about",
      subject="điểm thu hồi pin, thiết bị điện tử thải bỏ", per=END24),
    F("Hồ Chí Minh (612 điểm)", "612", 612, "count", "điểm", subject="điểm thu hồi",
      location="Hồ Chí Minh", per=inherit(END24)),
    F("Hà Nội (548 điểm)", "548", 548, "count", "điểm", subject="điểm thu hồi",
      location="Hà Nội", per=inherit(END24)),
    F("Đà Nẵng (205 điểm)", "205", 205, "count", "điểm", subject="điểm thu hồi",
      location="Đà Nẵng", per=inherit(END24)),
    F("khoảng 90.000 tấn", "90.000", 90000, "measure", "tấn", approx="about", status="estimate",
      subject="rác thải điện tử phát sinh mỗi năm"),
    F("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about", status="estimate",
      subject="rác thải điện tử được thu gom, tái chế qua kênh chính thức"),
    F("tối thiểu 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ thu hồi thiết bị điện, điện tử thải bỏ", per=T30),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ tái chế pin, ắc quy", per=T30),
]

NOTES = [
    "Bộ TN&MT site: trách nhiệm tái chế (EPR) đối với pin, ắc quy, thiết bị điện, điện tử; national figures, location Việt Nam.",
    "Distractors: Nghị định số 08/2022/NĐ-CP, Lượt xem: 1.107, address Số 10 Tôn Thất Thuyết, phone 024.3795.6868, 'Quỹ … Việt Nam'.",
    "'trong đó nhóm … có 214 doanh nghiệp và … 386 doanh nghiệp' → total 1.137; 'riêng nhóm … đóng góp 287,4 tỷ' is part of 1.352 tỷ (total).",
    "The three cities of the ranking list are the items' locations; the 42 tỉnh count stays Việt Nam.",
    "'Theo ước tính của Cục' governs the whole sentence: 90.000 tấn and 20-25% are estimates. 'mỗi năm' is not a period.",
]

write("p853-4", TEXT, NOTES, FIGS, published="2025-04-18", location="Việt Nam")
