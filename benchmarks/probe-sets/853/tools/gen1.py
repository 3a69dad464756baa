"""p853-1: province portal (Đồng Nai), results of the 2024 battery/e-waste collection programme."""
from lib import F, change, period, inherit, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Đồng Nai thu gom hơn 8,6 tấn pin thải, rác thải điện tử

Cập nhật: 27/12/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Tài nguyên và Môi trường, thực hiện Kế hoạch số 215/KH-UBND ngày 15/3/2024 của UBND tỉnh, năm 2024 toàn tỉnh Đồng Nai đã thu gom được 8.640 kg pin thải và rác thải điện tử, tăng 37,2% so với năm 2023, đạt 108% kế hoạch. Trong đó, pin các loại 3.215 kg, thiết bị điện, điện tử hư hỏng 4.870 kg và bóng đèn huỳnh quang 555 kg.

Hiện toàn tỉnh có 326 điểm thu gom pin thải cố định đặt tại trụ sở UBND cấp xã, trường học và siêu thị, tăng 58 điểm so với cuối năm 2023. Các địa phương có nhiều điểm thu gom nhất là TP. Biên Hòa (74 điểm), TP. Long Khánh (41 điểm) và huyện Trảng Bom (38 điểm).

Toàn bộ lượng chất thải trên đã được bàn giao cho Công ty TNHH Môi trường Xanh số 1 tại KCN Nhơn Trạch 2 để xử lý theo quy định, với đơn giá xử lý bình quân 19.500 đồng/kg. Tổng kinh phí thu gom, vận chuyển và xử lý trong năm 2024 khoảng 168 triệu đồng, từ nguồn sự nghiệp môi trường.

Chương trình “Đổi pin cũ lấy cây xanh” lần thứ 3 đã thu hút 146 trường học với hơn 52.000 học sinh tham gia, đổi tặng 4.280 cây xanh và gần 9.800 quyển vở.

Năm 2025, tỉnh phấn đấu thu gom trên 10 tấn pin thải, rác thải điện tử; nâng tổng số điểm thu gom lên 400 điểm, bảo đảm 100% xã, phường, thị trấn có ít nhất 1 điểm thu gom cố định.
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24I = inherit(Y24)
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gom hơn 8,6 tấn", "8,6", 8.6, "measure", "tấn", approx="over",
      subject="pin thải, rác thải điện tử thu gom"),
    F("được 8.640 kg", "8.640", 8640, "measure", "kg",
      change=change("increase", 37.2, "%", "năm 2023"), percent=108,
      subject="pin thải và rác thải điện tử thu gom", per=Y24),
    F("pin các loại 3.215 kg", "3.215", 3215, "measure", "kg", total=8640,
      subject="pin các loại", per=Y24I),
    F("hư hỏng 4.870 kg", "4.870", 4870, "measure", "kg", total=8640,
      subject="thiết bị điện, điện tử hư hỏng", per=Y24I),
    F("huỳnh quang 555 kg", "555", 555, "measure", "kg", total=8640,
      subject="bóng đèn huỳnh quang", per=Y24I),
    F("có 326 điểm", "326", 326, "count", "điểm thu gom",
      change=change("increase", 58, "điểm", "cuối năm 2023"),
      subject="điểm thu gom pin thải cố định"),
    F("Biên Hòa (74 điểm)", "74", 74, "count", "điểm", subject="điểm thu gom", location="Biên Hòa"),
    F("Long Khánh (41 điểm)", "41", 41, "count", "điểm", subject="điểm thu gom", location="Long Khánh"),
    F("Trảng Bom (38 điểm)", "38", 38, "count", "điểm", subject="điểm thu gom", location="Trảng Bom"),
    F("bình quân 19.500 đồng/kg", "19.500", 19500, "money", "đồng/kg",
      subject="đơn giá xử lý bình quân", per=Y24I),
    F("khoảng 168 triệu đồng", "168", 168e6, "money", "đồng", approx="about",
      subject="tổng kinh phí thu gom, vận chuyển và xử lý",
      per=period("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("thu hút 146 trường học", "146", 146, "count", "trường học",
      subject="trường học tham gia chương trình “Đổi pin cũ lấy cây xanh”", per=Y24I),
    F("hơn 52.000 học sinh", "52.000", 52000, "count", "học sinh", approx="over",
      subject="học sinh tham gia chương trình “Đổi pin cũ lấy cây xanh”", per=Y24I),
    F("đổi tặng 4.280 cây xanh", "4.280", 4280, "count", "cây xanh",
      subject="cây xanh đổi tặng", per=Y24I),
    F("gần 9.800 quyển vở", "9.800", 9800, "count", "quyển vở", approx="nearly",
      subject="quyển vở đổi tặng", per=Y24I),
    F("trên 10 tấn", "10", 10, "measure", "tấn", approx="over", status="target",
      subject="pin thải, rác thải điện tử thu gom", per=Y25),
    F("lên 400 điểm", "400", 400, "count", "điểm", status="target",
      subject="tổng số điểm thu gom", per=Y25),
    F("bảo đảm 100%", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có điểm thu gom cố định", per=Y25),
    F("ít nhất 1 điểm", "1", 1, "count", "điểm", approx="at_least", status="target",
      subject="điểm thu gom cố định mỗi xã, phường, thị trấn", per=Y25, optional=True),
]

NOTES = [
    "Cổng TTĐT Đồng Nai: kết quả thu gom pin thải, rác thải điện tử năm 2024; year-less headline figure (no period).",
    "Distractors: Kế hoạch số 215/KH-UBND ngày 15/3/2024, Lượt xem: 2.316, 09:45, Công ty … Xanh số 1, KCN Nhơn Trạch 2, lần thứ 3.",
    "The three parts after 'Trong đó' add up to 8.640 kg (total). The district list is a ranking (no total).",
    "'ít nhất 1 điểm' is a threshold inside the 100% target: optional.",
]

write("p853-1", TEXT, NOTES, FIGS, published="2024-12-27", location="Đồng Nai")
