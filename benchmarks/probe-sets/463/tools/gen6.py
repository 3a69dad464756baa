from lib import F, per, write

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÂM HÀ
Cải cách hành chính

Lâm Hà: Tỷ lệ hồ sơ quá hạn giảm mạnh trong năm 2023
Cập nhật: 22/12/2023 - 16:05

Năm 2023, UBND huyện Lâm Hà ước tiếp nhận 21.350 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn ước đạt 99,2%.

Tính đến 15/12/2023, toàn huyện đã tiếp nhận 20.418 hồ sơ; trong đó cấp huyện 7.605 hồ sơ, cấp xã 12.813 hồ sơ. Số hồ sơ quá hạn là 64 hồ sơ (cấp huyện 52, cấp xã 12), giảm 41,8% so với năm 2022; 100% hồ sơ quá hạn đã được xin lỗi bằng văn bản. Thời gian giải quyết hồ sơ đất đai được rút ngắn từ 3 đến 5 ngày so với quy định.

Chỉ số cải cách hành chính năm 2022 của huyện (UBND tỉnh công bố tháng 4/2023) đạt 87,95/100 điểm, xếp thứ 4/12 huyện, thành phố. Qua khảo sát 600 phiếu, chỉ số hài lòng của người dân năm 2023 đạt 91,45%, tăng 2,1% so với năm 2022.

Năm 2023, huyện bố trí 1,35 tỷ đồng cho công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; đến nay đã số hóa trên 15 nghìn hồ sơ, chiếm 73,6% số hồ sơ phải số hóa.

Giai đoạn 2021-2025, huyện đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình. Hiện có 168/244 thủ tục cấp huyện đã được cung cấp trực tuyến toàn trình.

Ông Nguyễn Văn Lộc, Chánh Văn phòng HĐND và UBND huyện cho biết, Bộ phận Một cửa huyện (tổ dân phố Đồng Tâm, thị trấn Đinh Văn) làm việc cả sáng thứ Bảy, từ 7 giờ 30 đến 11 giờ 30, để phục vụ người dân.

Nguyễn Hà
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TD = per("Tính đến 15/12/2023", None, "2023-12-15")
TDi = per("Tính đến 15/12/2023", None, "2023-12-15", True)
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("đến nay", None, "2023-12-22")
GD = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

figs = [
    F("ước tiếp nhận 21.350 hồ sơ", "21.350", 21350, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", Y23, status="estimate"),
    F("ước đạt 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ giải quyết đúng hạn", Y23, status="estimate"),
    F("tiếp nhận 20.418 hồ sơ", "20.418", 20418, "count", "hồ sơ", "hồ sơ tiếp nhận", TD),
    F("cấp huyện 7.605 hồ sơ", "7.605", 7605, "count", "hồ sơ", "hồ sơ tiếp nhận cấp huyện", TD, total=20418),
    F("cấp xã 12.813 hồ sơ", "12.813", 12813, "count", "hồ sơ", "hồ sơ tiếp nhận cấp xã", TD, total=20418),
    F("là 64 hồ sơ", "64", 64, "count", "hồ sơ", "hồ sơ quá hạn", TDi,
      change={"direction": "decrease", "value": 41.8, "unit": "%", "baseline": "năm 2022"}),
    F("cấp huyện 52,", "52", 52, "count", "hồ sơ", "hồ sơ quá hạn cấp huyện", TDi, total=64),
    F("cấp xã 12)", "12", 12, "count", "hồ sơ", "hồ sơ quá hạn cấp xã", TDi, total=64),
    F("100% hồ sơ quá hạn", "100", 100, "percent", "%", "hồ sơ quá hạn đã được xin lỗi bằng văn bản", TDi),
    F("từ 3 đến 5 ngày", "3", 3, "measure", "ngày", "thời gian giải quyết hồ sơ đất đai được rút ngắn", TDi, value_max=5),
    F("đạt 87,95/100 điểm", "87,95", 87.95, "measure", "điểm", "Chỉ số cải cách hành chính", Y22, total=100),
    F("thứ 4/12", "4", 4, "rank", "hạng", "Chỉ số cải cách hành chính", Y22, total=12),
    F("khảo sát 600 phiếu", "600", 600, "count", "phiếu", "phiếu khảo sát", Y23s),
    F("đạt 91,45%", "91,45", 91.45, "percent", "%", "chỉ số hài lòng của người dân", Y23s,
      change={"direction": "increase", "value": 2.1, "unit": "%", "baseline": "năm 2022"}),
    F("bố trí 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "kinh phí cho công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", Y23),
    F("trên 15 nghìn hồ sơ", "15", 15000, "count", "hồ sơ", "hồ sơ đã số hóa", NOW, approx="over", percent=73.6),
    F("mục tiêu 100%", "100", 100, "percent", "%", "thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", GD, status="target"),
    F("có 168/244", "168", 168, "count", "thủ tục", "thủ tục cấp huyện đã được cung cấp trực tuyến toàn trình", per("Hiện", None, "2023-12-22"), total=244),
]
write(6, A, figs, [
    "District portal (huyện Lâm Hà, Lâm Đồng): year-end 2023 one-stop results. 'Cập nhật: 22/12/2023 - 16:05', byline at the end.",
    "'ước' governs its clause and the clause that continues it: 21.350 and 99,2% are estimates.",
    "'Tính đến 15/12/2023' as-of period for the received counts; 'trong đó' parts total 20.418. Bracketed breakdown (52, 12) adds up to 64: totals 64.",
    "The late-dossier sentence has no period of its own: inherits the as-of date (not scored). 'từ 3 đến 5 ngày' a range (measure, ngày).",
    "'Chỉ số … năm 2022 … (UBND tỉnh công bố tháng 4/2023)': the index year 2022 is the period, the publication month is a distractor.",
    "'87,95/100 điểm' total 100, '4/12' total 12, '168/244' total 244. 'đến nay'/'Hiện' = as of the dateline (2023-12-22).",
    "'trên 15 nghìn hồ sơ, chiếm 73,6% …': over 15000 with percent 73.6. Giai đoạn 2021-2025 target 100%.",
    "Distractors: office hours '7 giờ 30 đến 11 giờ 30', 'sáng thứ Bảy', 'tổ dân phố Đồng Tâm', 'Đinh Văn' (name).",
], published="2023-12-22", location="Lâm Hà")
