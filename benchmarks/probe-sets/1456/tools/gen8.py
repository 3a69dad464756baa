"""p1456-8: news agency (TTXVN/Vietnam+): a zipper factory groundbreaking in Duy Tiên; Hà Nam's textile FDI."""
from lib import F, P, inh, CH, TG, write

TEXT = """VIETNAM+ (VIETNAMPLUS)
Kinh tế › Doanh nghiệp

Hà Nam khởi công nhà máy khóa kéo vốn 75 triệu USD

Thứ Tư, 12/06/2024 - 17:25

(TTXVN/Vietnam+) - Ngày 12/6, tại Khu công nghiệp Đồng Văn III, thị xã Duy Tiên, Công ty TNHH Kwangil Fastener Việt Nam (thuộc Tập đoàn Kwangil, Hàn Quốc) khởi công nhà máy sản xuất khóa kéo và phụ liệu may với tổng vốn đầu tư 75 triệu USD.

Nhà máy được xây dựng trên diện tích 5,2 ha, chia làm hai giai đoạn; vốn giai đoạn 1 là 30 triệu USD, dự kiến đi vào hoạt động từ quý II/2025. Khi hoạt động hết công suất, nhà máy sản xuất khoảng 300 triệu sợi khóa kéo/năm; doanh thu dự kiến đạt 90-100 triệu USD/năm, tạo việc làm cho khoảng 1.500 lao động.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh Lê Đức Hòa cho biết, 5 tháng đầu năm 2024, chỉ số sản xuất ngành dệt may của tỉnh tăng 12,6% so với cùng kỳ; kim ngạch xuất khẩu hàng dệt may đạt 486 triệu USD, chiếm khoảng 18% tổng kim ngạch xuất khẩu. Hiện Hà Nam có 36 dự án FDI trong lĩnh vực dệt may và phụ liệu với tổng vốn đăng ký hơn 1,2 tỷ USD, trong đó 11 dự án sản xuất phụ liệu. Về thu hút FDI ngành dệt may, tỉnh đứng thứ 5 vùng đồng bằng sông Hồng.

Theo kế hoạch, đến năm 2030 tỉnh phấn đấu thu hút thêm 15-20 dự án công nghiệp hỗ trợ ngành dệt may, nâng tỷ lệ nội địa hóa nguyên phụ liệu lên trên 50%.

Ông Kim Sung-ho, Tổng Giám đốc Kwangil Fastener Việt Nam, cam kết ưu tiên tuyển dụng lao động địa phương và đào tạo tay nghề tại Trung tâm đào tạo của công ty ở số 18 đường D3, Khu công nghiệp Đồng Văn III.

(TTXVN)
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T30 = P("đến năm 2030", None, "2030-12-31")
DT = "Duy Tiên"

FIGS = [
    F("vốn 75 triệu", "75", 75e6, "money", "USD",
      subject="vốn nhà máy khóa kéo", location=DT),
    F("đầu tư 75 triệu", "75", 75e6, "money", "USD",
      subject="tổng vốn đầu tư nhà máy sản xuất khóa kéo và phụ liệu may", location=DT),
    F("diện tích 5,2 ha", "5,2", 5.2, "measure", "ha",
      subject="diện tích nhà máy", location=DT),
    F("làm hai giai đoạn", "hai", 2, "count", "giai đoạn", optional=True, location=DT),
    F("là 30 triệu", "30", 30e6, "money", "USD",
      subject="vốn giai đoạn 1 của nhà máy", location=DT),
    F("khoảng 300 triệu", "300", 300e6, "measure", "sợi/năm", approx="about",
      subject="khóa kéo nhà máy sản xuất khi hoạt động hết công suất", location=DT),
    F("đạt 90-100 triệu", "90", 90e6, "money", "USD/năm", value_max=100e6, status="forecast",
      subject="doanh thu của nhà máy", location=DT),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", approx="about", status="forecast",
      subject="lao động nhà máy tạo việc làm", location=DT),
    F("tăng 12,6%", "12,6", 12.6, "percent", "%",
      subject="chỉ số sản xuất ngành dệt may của tỉnh", period=M5),
    F("đạt 486 triệu", "486", 486e6, "money", "USD", percent=18,
      subject="kim ngạch xuất khẩu hàng dệt may", period=M5),
    F("có 36 dự án", "36", 36, "count", "dự án FDI",
      subject="dự án FDI trong lĩnh vực dệt may và phụ liệu"),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="over",
      subject="tổng vốn đăng ký của dự án FDI dệt may và phụ liệu"),
    F("trong đó 11 dự án", "11", 11, "count", "dự án", total=36,
      subject="dự án FDI sản xuất phụ liệu"),
    F("đứng thứ 5", "5", 5, "rank", "hạng",
      subject="thu hút FDI ngành dệt may vùng đồng bằng sông Hồng"),
    F("thêm 15-20 dự án", "15", 15, "count", "dự án", value_max=20, status="target",
      subject="dự án công nghiệp hỗ trợ ngành dệt may thu hút thêm", period=T30),
    F("lên trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ lệ nội địa hóa nguyên phụ liệu", period=T30),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): 'Thứ Tư, 12/06/2024 - 17:25', tag '(TTXVN/Vietnam+) -', source line '(TTXVN)'.",
    "Distractors: 17:25, 'Ngày 12/6', 'Đồng Văn III', 'giai đoạn 1', 'quý II/2025', 'số 18 đường D3', Kwangil (a foreign investor).",
    "Location: the factory's figures Duy Tiên (thị xã); the province's figures Hà Nam. Hàn Quốc is the investor's home, not a place.",
    "Headline 'vốn 75 triệu USD' is its own figure. 'chia làm hai giai đoạn' optional (structure, as in the shared gold).",
    "'vốn giai đoạn 1 là 30 triệu USD' is actual (the 'dự kiến' clause after it does not govern it); no total (no part cue).",
    "'Khi hoạt động hết công suất ... khoảng 300 triệu sợi khóa kéo/năm' is a design capacity, actual; "
    "'doanh thu dự kiến đạt 90-100 triệu USD/năm, tạo việc làm cho khoảng 1.500 lao động' forecast.",
    "Unit of the capacity: 'sợi/năm' (the shortest noun phrase, like 'chiếc/năm' in p1456-1; revised after the first run).",
    "'chiếm khoảng 18%' = percent attribute of 486 triệu USD. 'trong đó 11 dự án' total 36.",
    "'Theo kế hoạch, đến năm 2030 ... phấn đấu' target for both clauses.",
]

if __name__ == "__main__":
    write("p1456-8", TEXT, NOTES, FIGS, published="2024-06-12", location="Hà Nam")
