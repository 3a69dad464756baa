from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH NINH THUẬN
Tin hoạt động ngành

Ninh Thuận: Điện mặt trời mái nhà đạt hơn 352 MWp
Ngày đăng: 14/10/2024 | Lượt xem: 856

Tính đến ngày 30/9/2024, toàn tỉnh có 3.412 hệ thống điện mặt trời mái nhà (ĐMTMN) đã đấu nối lưới điện, tổng công suất lắp đặt khoảng 352,6 MWp. Trong đó, 3.105 hệ thống có công suất dưới 100 kWp, chiếm 91% số hệ thống; 307 hệ thống còn lại có tổng công suất 266,8 MWp, chiếm 75,7% công suất.

Phân theo địa bàn, thành phố Phan Rang - Tháp Chàm dẫn đầu với 1.486 hệ thống, công suất 98,4 MWp; tiếp đến là huyện Ninh Phước 612 hệ thống (71,2 MWp), Ninh Hải 437 hệ thống (45,9 MWp) và Thuận Nam 298 hệ thống (52,7 MWp).

9 tháng năm 2024, các hệ thống ĐMTMN phát lên lưới 341,7 triệu kWh, bằng khoảng 9,8% tổng sản lượng điện thương phẩm của tỉnh. Tuy nhiên, do lưới điện khu vực thường xuyên quá tải, có thời điểm các hệ thống phải giảm phát từ 30 đến 45% công suất.

Theo Quy hoạch điện VIII (Quyết định số 500/QĐ-TTg ngày 15/5/2023), đến năm 2030, điện mặt trời mái nhà tự sản, tự tiêu được phát triển thêm khoảng 2.600 MW trên cả nước; riêng Ninh Thuận dự kiến được phân bổ 56 MW.

Từ đầu năm đến nay, Sở Công Thương đã tiếp nhận 47 hồ sơ thông báo lắp đặt ĐMTMN tự sản, tự tiêu, tăng gấp 3 lần so với năm 2023, với tổng công suất đăng ký trên 12 MWp; đã hướng dẫn 39 hồ sơ hoàn thiện thủ tục.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý năng lượng, Sở Công Thương, số 14 đường 16 Tháng 4, điện thoại 0259.3822.617.
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
PDP = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("hơn 352 MWp", "352", 352, "measure", "MWp", "điện mặt trời mái nhà", None, approx="over", optional=True),
    F("có 3.412 hệ thống", "3.412", 3412, "count", "hệ thống", "hệ thống điện mặt trời mái nhà (ĐMTMN) đã đấu nối lưới điện", AS),
    F("khoảng 352,6 MWp", "352,6", 352.6, "measure", "MWp", "tổng công suất lắp đặt", AS, approx="about"),
    F("3.105 hệ thống", "3.105", 3105, "count", "hệ thống", "hệ thống có công suất dưới 100 kWp", I(AS), total=3412, percent=91),
    F("dưới 100 kWp", "100", 100, "measure", "kWp", "công suất hệ thống", None, approx="under", optional=True),
    F("307 hệ thống", "307", 307, "count", "hệ thống", "hệ thống còn lại", I(AS), total=3412),
    F("266,8 MWp", "266,8", 266.8, "measure", "MWp", "tổng công suất hệ thống còn lại", I(AS), total=352.6, percent=75.7),
    F("với 1.486 hệ thống", "1.486", 1486, "count", "hệ thống", "hệ thống ĐMTMN", I(AS), location="Phan Rang - Tháp Chàm"),
    F("công suất 98,4 MWp", "98,4", 98.4, "measure", "MWp", "công suất ĐMTMN", I(AS), location="Phan Rang - Tháp Chàm"),
    F("Ninh Phước 612 hệ thống", "612", 612, "count", "hệ thống", "hệ thống ĐMTMN", I(AS), location="Ninh Phước"),
    F("(71,2 MWp)", "71,2", 71.2, "measure", "MWp", "công suất ĐMTMN", I(AS), location="Ninh Phước"),
    F("Ninh Hải 437 hệ thống", "437", 437, "count", "hệ thống", "hệ thống ĐMTMN", I(AS), location="Ninh Hải"),
    F("(45,9 MWp)", "45,9", 45.9, "measure", "MWp", "công suất ĐMTMN", I(AS), location="Ninh Hải"),
    F("Thuận Nam 298 hệ thống", "298", 298, "count", "hệ thống", "hệ thống ĐMTMN", I(AS), location="Thuận Nam"),
    F("(52,7 MWp)", "52,7", 52.7, "measure", "MWp", "công suất ĐMTMN", I(AS), location="Thuận Nam"),
    F("phát lên lưới 341,7 triệu kWh", "341,7", 341.7e6, "measure", "kWh", "sản lượng các hệ thống ĐMTMN phát lên lưới", N9,
      percent=9.8),
    F("từ 30 đến 45% công suất", "30", 30, "percent", "%", "công suất các hệ thống phải giảm phát", I(N9), value_max=45),
    F("khoảng 2.600 MW", "2.600", 2600, "measure", "MW", "điện mặt trời mái nhà tự sản, tự tiêu được phát triển thêm", PDP,
      approx="about", status="target", location="Việt Nam"),
    F("phân bổ 56 MW", "56", 56, "measure", "MW", "điện mặt trời mái nhà tự sản, tự tiêu được phân bổ", PDP, status="forecast"),
    F("tiếp nhận 47 hồ sơ", "47", 47, "count", "hồ sơ", "hồ sơ thông báo lắp đặt ĐMTMN tự sản, tự tiêu", YTD,
      change=CH("increase", 3, "lần", "năm 2023")),
    F("trên 12 MWp", "12", 12, "measure", "MWp", "tổng công suất đăng ký", YTD, approx="over"),
    F("hướng dẫn 39 hồ sơ", "39", 39, "count", "hồ sơ", "hồ sơ hoàn thiện thủ tục", YTD),
]

COMMENTS = [
    "Sở Công Thương Ninh Thuận: rooftop solar (ĐMTMN) as of 30/9/2024 — systems, MWp, by district, output, PDP8 allocation, notifications.",
    "'Ngày đăng: 14/10/2024 | Lượt xem: 856'. Headline 'hơn 352 MWp' restates the body figure (optional). 'dưới 100 kWp' is a criterion (optional).",
    "Trong đó: 3.105 and 307 hệ thống are parts of 3.412; 266,8 MWp is part of 352,6 MWp (same cue, same thing). 'chiếm' gives percent.",
    "District list: count and bracketed MWp per district, places in location. 'từ 30 đến 45%' is a range percent.",
    "PDP8: 2.600 MW national target (location Việt Nam); Ninh Thuận 56 MW 'dự kiến' -> forecast, period 'đến năm 2030' in the same sentence.",
    "47 hồ sơ: 'tăng gấp 3 lần so với năm 2023' is its change (unit lần). 'Từ đầu năm đến nay' ends at the dateline.",
    "Distractors: 'Quyết định số 500/QĐ-TTg ngày 15/5/2023', 'Quy hoạch điện VIII', street 'đường 16 Tháng 4', phone 0259.3822.617, counter 856.",
]
emit("p456-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Ninh Thuận")
