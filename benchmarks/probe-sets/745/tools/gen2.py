from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN ỨNG HÒA - CỔNG THÔNG TIN ĐIỆN TỬ
Kinh tế | Nông nghiệp
Thứ Năm, 14/03/2024 - 09:20

Nghề ấp trứng vịt lộn ở Ứng Hòa: Thu nhập hơn 500 triệu đồng/hộ/năm

Nghề ấp trứng vịt lộn đã có ở Ứng Hòa hơn 40 năm. Năm 2023, sản lượng trứng vịt lộn của huyện đạt khoảng 62 triệu quả, tăng 8,5% so với năm 2022; doanh thu từ nghề ấp trứng ước đạt 186 tỷ đồng.

Toàn huyện hiện có 146 hộ làm nghề ấp trứng, trong đó 38 hộ đã chuyển sang dùng máy ấp điện tự động với công suất từ 10.000 đến 20.000 quả/máy. Các hộ tập trung ở xã Vạn Thái (58 hộ), Phù Lưu (41 hộ) và Trầm Lộng (27 hộ).

Theo các chủ lò, mỗi lò ấp trung bình một ngày xuất khoảng 3.000 quả trứng lộn, giá bán buôn 4.500-5.000 đồng/quả. Gia đình ông Nguyễn Văn Tư ở thôn 3, xã Vạn Thái có 4 máy ấp, thu nhập hơn 520 triệu đồng/năm, tạo việc làm cho 6 lao động.

Tỷ lệ trứng đạt chuẩn sau ấp của các lò dùng máy đạt 92%, cao hơn 7% so với lò ấp thủ công bằng trấu.

Năm 2024, huyện dự kiến hỗ trợ 1,2 tỷ đồng cho 40 hộ đầu tư máy ấp và hệ thống xử lý chất thải; phấn đấu đến năm 2025 có 70% cơ sở ấp trứng đạt tiêu chuẩn vệ sinh thú y. Các hộ cần tư vấn liên hệ Phòng Kinh tế huyện, Quốc lộ 21B, thị trấn Vân Đình, điện thoại 024.3388.2154.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 500 triệu đồng/hộ/năm", "500", 500000000, "money", "đồng/hộ/năm", "thu nhập từ nghề ấp trứng vịt lộn",
      approx="over"),
    F("hơn 40 năm", "40", 40, "measure", "năm", "thời gian có nghề ấp trứng vịt lộn", approx="over", optional=True),
    F("khoảng 62 triệu quả", "62", 62000000, "count", "quả", "sản lượng trứng vịt lộn", Y23, approx="about",
      change=CH("increase", 8.5, baseline="năm 2022")),
    F("ước đạt 186 tỷ đồng", "186", 186000000000, "money", "đồng", "doanh thu từ nghề ấp trứng", Y23,
      status="estimate"),
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ làm nghề ấp trứng"),
    F("38 hộ", "38", 38, "count", "hộ", "hộ dùng máy ấp điện tự động", total=146),
    F("từ 10.000 đến 20.000 quả/máy", "10.000", 10000, "measure", "quả/máy", "công suất máy ấp điện tự động",
      value_max=20000),
    F("(58 hộ)", "58", 58, "count", "hộ", "hộ làm nghề ấp trứng"),
    F("(41 hộ)", "41", 41, "count", "hộ", "hộ làm nghề ấp trứng"),
    F("(27 hộ)", "27", 27, "count", "hộ", "hộ làm nghề ấp trứng"),
    F("khoảng 3.000 quả", "3.000", 3000, "count", "quả", "trứng lộn mỗi lò ấp xuất một ngày", approx="about"),
    F("4.500-5.000 đồng/quả", "4.500", 4500, "money", "đồng/quả", "giá bán buôn trứng vịt lộn", value_max=5000),
    F("có 4 máy ấp", "4", 4, "count", "máy ấp", "máy ấp của gia đình ông Nguyễn Văn Tư"),
    F("hơn 520 triệu đồng/năm", "520", 520000000, "money", "đồng/năm", "thu nhập của gia đình ông Nguyễn Văn Tư",
      approx="over"),
    F("cho 6 lao động", "6", 6, "count", "lao động", "lao động được tạo việc làm"),
    F("đạt 92%", "92", 92, "percent", "%", "tỷ lệ trứng đạt chuẩn sau ấp của các lò dùng máy",
      change=CH("increase", 7, baseline="lò ấp thủ công bằng trấu")),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí hỗ trợ đầu tư máy ấp và xử lý chất thải",
      Y24, status="forecast"),
    F("cho 40 hộ", "40", 40, "count", "hộ", "hộ được hỗ trợ đầu tư máy ấp và hệ thống xử lý chất thải", Y24,
      status="forecast"),
    F("có 70% cơ sở", "70", 70, "percent", "%", "cơ sở ấp trứng đạt tiêu chuẩn vệ sinh thú y", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Ứng Hòa (Hà Nội): nghề ấp trứng vịt lộn, sản lượng, hộ làm nghề, giá, hỗ trợ năm 2024.",
    "District portal, dateline 'Thứ Năm, 14/03/2024 - 09:20', byline at the end. Location: the district (Ứng Hòa).",
    "Communes (Vạn Thái, Phù Lưu, Trầm Lộng) are below the spec's place levels (province, city, district): the items keep 'Ứng Hòa'.",
    "'hơn 40 năm' (how long the craft exists) is optional. 'cao hơn 7% so với lò ấp thủ công' is the change of the 92%.",
    "Distractors: 'thôn 3', 'Quốc lộ 21B', phone 024.3388.2154, dateline.",
]

if __name__ == "__main__":
    emit("p745-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Ứng Hòa")
