from lib import *

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi

Cả nước đã kiên cố hóa trên 84.500 km kênh mương
Ngày đăng: 21/05/2024 - 10:05

Theo báo cáo của Cục Thủy lợi, tính đến hết năm 2023, cả nước có khoảng 235.000 km kênh mương các loại, trong đó đã kiên cố hóa trên 84.500 km, chiếm 36%. Riêng giai đoạn 2021-2023, các địa phương đã kiên cố hóa thêm 11.260 km kênh mương nội đồng với tổng vốn gần 1,2 nghìn tỷ đồng.

Về dồn điền, đổi thửa, từ năm 2021 đến nay cả nước đã thực hiện trên diện tích khoảng 1,1 triệu ha, tập trung ở các tỉnh đồng bằng sông Hồng và Bắc Trung Bộ. Các địa phương có tỷ lệ kênh mương được kiên cố hóa cao là Thái Bình (85,2%), Nam Định (81,7%), Hà Nam (78,4%) và Bắc Ninh (76,9%); thấp nhất là Kon Tum, chỉ đạt 18,6%.

Số thửa bình quân trên cả nước hiện khoảng 3,2 thửa/hộ, giảm 0,9 thửa/hộ so với năm 2020. Có 14 tỉnh đã ban hành cơ chế hỗ trợ riêng cho dồn điền, đổi thửa, với mức hỗ trợ phổ biến từ 2 đến 10 triệu đồng/ha.

Mục tiêu đến năm 2025, tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 45% và đến năm 2030 đạt trên 60%; tổng nhu cầu vốn giai đoạn 2021-2025 ước khoảng 32.000 tỷ đồng, trong đó ngân sách trung ương khoảng 9.600 tỷ đồng, chiếm 30%.

Bộ Nông nghiệp và Phát triển nông thôn đề nghị các địa phương tiếp tục thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII và Quyết định số 1762/QĐ-TTg ngày 23/12/2022 của Thủ tướng Chính phủ; lồng ghép kiên cố hóa kênh mương với Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

HEADER = """
Ministry site (Bộ NN&PTNT): breadcrumb, 'Ngày đăng: 21/05/2024 - 10:05'. National canal and DĐĐT figures, province list of canal shares, targets.
'khoảng 235.000 km …, trong đó … trên 84.500 km, chiếm 36%': 84.500 has total 235000 and percent 36. 'gần 1,2 nghìn tỷ' = 1,2·10^12.
Province list: location each, subject = the list's indicator, period 'tính đến hết năm 2023' inherited from the first paragraph.
'hiện khoảng 3,2 thửa/hộ, giảm 0,9 thửa/hộ so với năm 2020': change on 3,2 (no period phrase stated for the level: 'hiện' only).
'Có 14 tỉnh': a count of provinces -> Việt Nam. '32.000 tỷ' ước khoảng -> estimate; its 'trong đó' part continues the clause (estimate).
Distractors: Nghị quyết số 19-NQ/TW, 16/6/2022, Hội nghị Trung ương 5, khóa XIII, Quyết định số 1762/QĐ-TTg, 23/12/2022, 'Số 2 Ngọc Hà'.
revised: the headline figure 'trên 84.500 km' added (title figures are figures, as in shared h04).
"""

end23 = P("tính đến hết năm 2023", None, "2023-12-31")
end23i = P("tính đến hết năm 2023", None, "2023-12-31", inherited=True)
p2123 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
since = P("từ năm 2021 đến nay", "2021-01-01", "2024-05-21")
p2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("trên 84.500 km kênh mương\n", "84.500", 84500, "measure", "km", "kênh mương đã kiên cố hóa", approx="over"),
    F("khoảng 235.000 km", "235.000", 235000, "measure", "km", "kênh mương các loại", approx="about", period=end23),
    F("trên 84.500 km, chiếm", "84.500", 84500, "measure", "km", "kênh mương đã kiên cố hóa",
      approx="over", total=235000, percent=36, period=end23),
    F("thêm 11.260 km", "11.260", 11260, "measure", "km", "kênh mương nội đồng kiên cố hóa thêm", period=p2123),
    F("gần 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng", "tổng vốn kiên cố hóa kênh mương nội đồng",
      approx="nearly", period=p2123),
    F("khoảng 1,1 triệu ha", "1,1", 1.1e6, "measure", "ha", "diện tích dồn điền, đổi thửa", approx="about", period=since),
    F("Thái Bình (85,2%)", "85,2", 85.2, "percent", "%", "tỷ lệ kênh mương được kiên cố hóa", period=end23i, location="Thái Bình"),
    F("Nam Định (81,7%)", "81,7", 81.7, "percent", "%", "tỷ lệ kênh mương được kiên cố hóa", period=end23i, location="Nam Định"),
    F("Hà Nam (78,4%)", "78,4", 78.4, "percent", "%", "tỷ lệ kênh mương được kiên cố hóa", period=end23i, location="Hà Nam"),
    F("Bắc Ninh (76,9%)", "76,9", 76.9, "percent", "%", "tỷ lệ kênh mương được kiên cố hóa", period=end23i, location="Bắc Ninh"),
    F("chỉ đạt 18,6%", "18,6", 18.6, "percent", "%", "tỷ lệ kênh mương được kiên cố hóa", period=end23i, location="Kon Tum"),
    F("khoảng 3,2 thửa/hộ", "3,2", 3.2, "measure", "thửa/hộ", "số thửa bình quân trên cả nước", approx="about",
      change=CH("decrease", 0.9, "thửa/hộ", "năm 2020")),
    F("Có 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh ban hành cơ chế hỗ trợ riêng cho dồn điền, đổi thửa"),
    F("từ 2 đến 10 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", "mức hỗ trợ phổ biến", value_max=10e6),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa", approx="over",
      status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 32.000 tỷ đồng", "32.000", 32000e9, "money", "đồng", "tổng nhu cầu vốn", approx="about",
      status="estimate", period=p2125),
    F("khoảng 9.600 tỷ đồng", "9.600", 9600e9, "money", "đồng", "ngân sách trung ương", approx="about",
      total=32000e9, percent=30, status="estimate", period=p2125),
]

build(4, TEXT, HEADER, {"published": "2024-05-21", "location": "Việt Nam"}, FIGS)
