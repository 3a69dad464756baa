"""p647-2: Quận Hoàn Kiếm portal, fees for temporary use of roadway and pavement, parking points (Q1/2024)."""
from lib import F, P, I, CH, emit

TEXT = """UBND QUẬN HOÀN KIẾM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kinh tế - Đô thị

Thứ Năm, 18/04/2024 - 09:15

Quý I/2024, thu phí tạm dùng lòng đường, hè phố đạt 8,6 tỷ đồng

Theo báo cáo của Phòng Kinh tế quận, quý I/2024, tổng số tiền thu phí sử dụng tạm thời lòng đường, hè phố trên địa bàn quận đạt 8,6 tỷ đồng, bằng 27,3% kế hoạch năm, tăng 12,3% so với cùng kỳ năm 2023. Trong đó, phí trông giữ xe trên lòng đường đạt 5,9 tỷ đồng; phí sử dụng hè phố vào mục đích kinh doanh đạt 2,7 tỷ đồng.

Hiện nay, quận có 126 điểm trông giữ xe được cấp phép trên 58 tuyến phố, tổng diện tích 21.350 m², bố trí được khoảng 9.800 chỗ đỗ xe máy và gần 1.150 chỗ đỗ ô tô. Mức phí trông giữ xe máy là 5.000 đồng/lượt ban ngày, 8.000 đồng/lượt ban đêm; ô tô từ 25.000 đến 40.000 đồng/lượt tùy loại xe và khu vực.

Tính đến ngày 31/3/2024, quận đã triển khai thanh toán không dùng tiền mặt qua ứng dụng iParking tại 42/126 điểm, đạt 33,3%.

Qua kiểm tra, lực lượng chức năng của 18 phường đã xử lý 1.347 trường hợp vi phạm (trong đó 214 trường hợp trông giữ xe không phép), phạt tiền hơn 1,2 tỷ đồng.

Năm 2024, quận phấn đấu thu phí đạt 31,5 tỷ đồng và đưa 100% điểm trông giữ xe vào thanh toán không dùng tiền mặt.

Mọi phản ánh về trông giữ xe trái phép xin gửi về Phòng Kinh tế quận, số 126 Hàng Trống, điện thoại 024.3825.3612.

Minh Anh
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
HQ1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/3/2024", None, "2024-03-31")

FIGS = [
    F("hè phố đạt 8,6 tỷ đồng\n", "8,6", 8.6e9, "money", "đồng", "thu phí tạm dùng lòng đường, hè phố", HQ1),
    F("trên địa bàn quận đạt 8,6 tỷ", "8,6", 8.6e9, "money", "đồng",
      "tổng số tiền thu phí sử dụng tạm thời lòng đường, hè phố", Q1,
      percent=27.3, change=CH("increase", 12.3, "%", "cùng kỳ năm 2023")),
    F("đạt 5,9 tỷ", "5,9", 5.9e9, "money", "đồng", "phí trông giữ xe trên lòng đường", I(Q1), total=8.6e9),
    F("đạt 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", "phí sử dụng hè phố vào mục đích kinh doanh", I(Q1), total=8.6e9),
    F("có 126 điểm", "126", 126, "count", "điểm", "điểm trông giữ xe được cấp phép"),
    F("trên 58 tuyến phố", "58", 58, "count", "tuyến phố", "tuyến phố có điểm trông giữ xe được cấp phép"),
    F("21.350 m²", "21.350", 21350, "measure", "m²", "tổng diện tích điểm trông giữ xe"),
    F("khoảng 9.800 chỗ", "9.800", 9800, "count", "chỗ đỗ xe máy", "chỗ đỗ xe máy bố trí được", approx="about"),
    F("gần 1.150 chỗ", "1.150", 1150, "count", "chỗ đỗ ô tô", "chỗ đỗ ô tô bố trí được", approx="nearly"),
    F("là 5.000 đồng/lượt", "5.000", 5000, "money", "đồng/lượt", "mức phí trông giữ xe máy ban ngày"),
    F("8.000 đồng/lượt", "8.000", 8000, "money", "đồng/lượt", "mức phí trông giữ xe máy ban đêm"),
    F("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/lượt", "mức phí trông giữ ô tô", value_max=40000),
    F("tại 42/126 điểm", "42", 42, "count", "điểm", "điểm trông giữ xe thanh toán không dùng tiền mặt qua iParking",
      ASOF, total=126, percent=33.3),
    F("của 18 phường", "18", 18, "count", "phường", "phường", optional=True),
    F("xử lý 1.347 trường hợp", "1.347", 1347, "count", "trường hợp", "trường hợp vi phạm bị xử lý", I(Q1)),
    F("trong đó 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp trông giữ xe không phép", I(Q1),
      total=1347),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tiền phạt vi phạm trông giữ xe, lấn chiếm lòng đường", I(Q1),
      approx="over"),
    F("đạt 31,5 tỷ đồng", "31,5", 31.5e9, "money", "đồng", "thu phí tạm dùng lòng đường, hè phố", Y24, status="target"),
    F("đưa 100% điểm", "100", 100, "percent", "%", "điểm trông giữ xe thanh toán không dùng tiền mặt", Y24,
      status="target"),
]

COMMENTS = [
    "District portal (Hoàn Kiếm), date line 'Thứ Năm, 18/04/2024 - 09:15', byline at the end: roadway/pavement fees Q1/2024.",
    "'bằng 27,3% kế hoạch năm' after the amount is its percent (a share of the plan; no plan amount stated, so no target).",
    "'42/126 điểm, đạt 33,3%' -> total 126 and percent 33.3. '(trong đó 214 ...)' -> total 1347 (the whole the cue follows).",
    "'18 phường' describes who acted (optional). Fee rates keep the rate in the unit (đồng/lượt).",
    "Distractors: address 'số 126 Hàng Trống' (same number as a figure), phone, date line, headline quarter.",
]

if __name__ == "__main__":
    emit("p647-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Hoàn Kiếm")
