from lib import F, P, build

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức > Quản lý thương mại

Bảo đảm nguồn cung xăng dầu, khí hóa lỏng trên địa bàn thành phố

Tính đến ngày 30/9/2024, trên địa bàn thành phố có 198 cửa hàng bán lẻ xăng dầu, tăng 6 cửa hàng so với cuối năm 2023, do 11 thương nhân phân phối và 2 thương nhân đầu mối cung ứng. Các quận Ninh Kiều (41 cửa hàng), Cái Răng (27 cửa hàng) và Bình Thủy (23 cửa hàng) có mạng lưới dày nhất.

9 tháng năm 2024, tổng lượng xăng dầu tiêu thụ trên địa bàn ước đạt 412.500 m3, tăng 4,2% so với cùng kỳ; trong đó xăng 176.300 m3, dầu diesel 236.200 m3. Lượng khí hóa lỏng (LPG) bán ra khoảng 21.800 tấn.

Thuế bảo vệ môi trường đối với xăng dầu thu trên địa bàn từ đầu năm 2024 đến nay đạt 486 tỷ đồng, bằng 78,4% dự toán. Lực lượng quản lý thị trường đã kiểm tra 64 cửa hàng, xử lý 7 trường hợp vi phạm, phạt tiền 312,5 triệu đồng.

Về điện khí, Nhà máy Nhiệt điện Ô Môn I (quận Ô Môn) công suất 660 MW đã phát 1,74 tỷ kWh trong 9 tháng năm 2024, tăng 35,6% so với cùng kỳ. Khi chuỗi dự án khí - điện Lô B - Ô Môn hoàn thành, dự kiến cung cấp khoảng 5,06 tỷ m3/năm cho các nhà máy Ô Môn II, III, IV.

Sở đề nghị các thương nhân thực hiện nghiêm Nghị định số 80/2023/NĐ-CP, duy trì mức dự trữ tối thiểu 5 ngày cung ứng, không để gián đoạn nguồn hàng. Mọi phản ánh xin gọi đường dây nóng 0292.3820.368 hoặc gửi về Sở tại số 27 đường Nguyễn Trãi, quận Ninh Kiều.
"""

AS = lambda inh=False: P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh)
M9 = lambda inh=False: P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh)
YTD = lambda inh=False: P("từ đầu năm 2024 đến nay", "2024-01-01", None, inh)

FIGS = [
    F("có 198 cửa hàng", "198", 198, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS(),
      change={"direction": "increase", "value": 6, "unit": "cửa hàng", "baseline": "cuối năm 2023"}),
    F("do 11 thương nhân", "11", 11, "count", "thương nhân phân phối", "thương nhân phân phối cung ứng", AS()),
    F("và 2 thương nhân", "2", 2, "count", "thương nhân đầu mối", "thương nhân đầu mối cung ứng", AS()),
    F("Ninh Kiều (41 cửa hàng)", "41", 41, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS(True), location="Ninh Kiều"),
    F("Cái Răng (27 cửa hàng)", "27", 27, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS(True), location="Cái Răng"),
    F("Bình Thủy (23 cửa hàng)", "23", 23, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS(True), location="Bình Thủy"),
    F("ước đạt 412.500 m3", "412.500", 412500, "measure", "m3", "tổng lượng xăng dầu tiêu thụ", M9(), status="estimate",
      change={"direction": "increase", "value": 4.2, "unit": "%", "baseline": "cùng kỳ"}),
    F("xăng 176.300 m3", "176.300", 176300, "measure", "m3", "xăng tiêu thụ", M9(), status="estimate", total=412500),
    F("diesel 236.200 m3", "236.200", 236200, "measure", "m3", "dầu diesel tiêu thụ", M9(), status="estimate", total=412500),
    F("khoảng 21.800 tấn", "21.800", 21800, "measure", "tấn", "khí hóa lỏng (LPG) bán ra", M9(True), approx="about"),
    F("đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "thuế bảo vệ môi trường đối với xăng dầu", YTD(), percent=78.4),
    F("kiểm tra 64 cửa hàng", "64", 64, "count", "cửa hàng", "cửa hàng được kiểm tra", YTD(True)),
    F("xử lý 7 trường hợp", "7", 7, "count", "trường hợp", "trường hợp vi phạm bị xử lý", YTD(True)),
    F("phạt tiền 312,5 triệu đồng", "312,5", 312.5e6, "money", "đồng", "phạt tiền", YTD(True)),
    F("công suất 660 MW", "660", 660, "measure", "MW", "công suất", location="Ô Môn"),
    F("phát 1,74 tỷ kWh", "1,74", 1.74e9, "measure", "kWh", "điện phát", M9(), location="Ô Môn",
      change={"direction": "increase", "value": 35.6, "unit": "%", "baseline": "cùng kỳ"}),
    F("khoảng 5,06 tỷ m3/năm", "5,06", 5.06e9, "measure", "m3/năm", "khí cung cấp cho các nhà máy Ô Môn II, III, IV",
      approx="about", status="forecast"),
    F("tối thiểu 5 ngày", "5", 5, "measure", "ngày", "mức dự trữ", approx="at_least", optional=True),
]

COMMENTS = [
    "Department site (Sở Công Thương TP Cần Thơ), breadcrumb, no dateline anywhere: fuel retail, consumption, environment tax, inspections, Ô Môn gas power.",
    "Distractors: 'Nghị định số 80/2023/NĐ-CP', hotline '0292.3820.368', address 'số 27 đường Nguyễn Trãi, quận Ninh Kiều', plant names 'Ô Môn I', 'Ô Môn II, III, IV', 'Lô B - Ô Môn'.",
    "Location: Cần Thơ by default; district list items (Ninh Kiều, Cái Răng, Bình Thủy) take their district; Ô Môn I figures take quận Ô Môn (named in brackets); the Lô B - Ô Môn sentence names Ô Môn only inside project/plant names, so Cần Thơ (revised after the first run).",
    "No published date: 'từ đầu năm 2024 đến nay' -> start 2024-01-01, end null (FIGURES.md: end = published, else null). Inspections inherit it (next sentence).",
    "'tăng 6 cửa hàng so với cuối năm 2023' is the change of 198 (unit cửa hàng). District list: no part-of cue, so no total.",
    "'ước đạt 412.500 m3 ...; trong đó xăng ..., dầu diesel ...' parts continue the estimate clause without a verb: estimate, total 412.500 m3 (they add up).",
    "'mức dự trữ tối thiểu 5 ngày' is a regulatory requirement, optional. '5,06 tỷ m3/năm' after 'dự kiến': forecast, rate unit m3/năm.",
]

build(8, TEXT, FIGS, COMMENTS, location="Cần Thơ")
