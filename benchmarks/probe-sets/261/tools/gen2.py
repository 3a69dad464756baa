from lib import F, P, C, T, build

text = """
BÁO THANH HÓA
Thời sự | Xã hội | Pháp luật

Hơn 2,1 triệu tài khoản định danh điện tử đã được kích hoạt

LÊ HÀ
12/11/2024 10:32

(BTH) - Tính đến ngày 31/10/2024, Công an tỉnh Thanh Hóa đã thu nhận hơn 2,86 triệu hồ sơ cấp tài khoản định danh điện tử mức độ 2, đạt 97,4% số công dân đủ điều kiện; trong đó đã kích hoạt 2,13 triệu tài khoản, chiếm 74,5%.

Thực hiện Đề án 06 của Chính phủ, 27/27 huyện, thị xã, thành phố đã thành lập tổ công tác lưu động hỗ trợ người dân cài đặt ứng dụng VNeID. Một số địa phương có tỷ lệ kích hoạt cao là thành phố Sầm Sơn (86,2%), thị xã Nghi Sơn (83,7%), huyện Hoằng Hóa (81,9%); thấp nhất là các huyện Mường Lát (52,3%) và Quan Sơn (55,8%).

Về cấp căn cước, từ ngày 1/7/2024 khi Luật Căn cước có hiệu lực đến nay, toàn tỉnh đã tiếp nhận 215.640 hồ sơ, trong đó 18.920 hồ sơ cấp cho trẻ em dưới 14 tuổi. Trung bình mỗi ngày các điểm thu nhận tiếp nhận khoảng 2.400 - 2.600 hồ sơ. Đặc biệt, Công an tỉnh đã thu nhận hồ sơ tại nhà cho 1.236 người cao tuổi, người khuyết tật, người ốm đau không thể đi lại.

Thượng tá Nguyễn Văn Hùng, Phó Trưởng phòng PC06 cho biết: Ước đến hết năm 2024, toàn tỉnh kích hoạt khoảng 2,3 triệu tài khoản. Tỉnh phấn đấu đến năm 2025 có 100% công dân từ 14 tuổi trở lên được cấp căn cước và 85% dân số đủ điều kiện kích hoạt tài khoản định danh điện tử.

Người dân cần hỗ trợ có thể liên hệ tổng đài 0237.3852.113 hoặc đến trụ sở Phòng PC06, số 19 đường Trường Thi, thành phố Thanh Hóa.
"""

TD = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
TDi = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
CC = P("từ ngày 1/7/2024 khi Luật Căn cước có hiệu lực đến nay", "2024-07-01", "2024-11-12")
CCi = P("từ ngày 1/7/2024 khi Luật Căn cước có hiệu lực đến nay", "2024-07-01", "2024-11-12", inh=True)
RATE = "tỷ lệ kích hoạt tài khoản định danh điện tử"
E25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("Hơn 2,1 triệu tài khoản", "2,1", 2100000, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử đã được kích hoạt", approx="over"),
    F("hơn 2,86 triệu hồ sơ", "2,86", 2860000, "count", "hồ sơ", "hồ sơ cấp tài khoản định danh điện tử mức độ 2",
      approx="over", percent=97.4, period=TD),
    F("kích hoạt 2,13 triệu tài khoản", "2,13", 2130000, "count", "tài khoản", "tài khoản định danh điện tử đã kích hoạt",
      percent=74.5, period=TD),
    F("27/27 huyện", "27", 27, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố thành lập tổ công tác lưu động", total=27, period=TDi),
    F("Sầm Sơn (86,2%)", "86,2", 86.2, "percent", "%", RATE, location="Sầm Sơn", period=TDi),
    F("Nghi Sơn (83,7%)", "83,7", 83.7, "percent", "%", RATE, location="Nghi Sơn", period=TDi),
    F("Hoằng Hóa (81,9%)", "81,9", 81.9, "percent", "%", RATE, location="Hoằng Hóa", period=TDi),
    F("Mường Lát (52,3%)", "52,3", 52.3, "percent", "%", RATE, location="Mường Lát", period=TDi),
    F("Quan Sơn (55,8%)", "55,8", 55.8, "percent", "%", RATE, location="Quan Sơn", period=TDi),
    F("tiếp nhận 215.640 hồ sơ", "215.640", 215640, "count", "hồ sơ", "hồ sơ cấp căn cước tiếp nhận", period=CC),
    F("trong đó 18.920 hồ sơ", "18.920", 18920, "count", "hồ sơ", "hồ sơ cấp căn cước cho trẻ em dưới 14 tuổi",
      total=215640, period=CC),
    F("em dưới 14 tuổi", "14", 14, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 2.400 - 2.600 hồ sơ", "2.400", 2400, "count", "hồ sơ", "hồ sơ các điểm thu nhận tiếp nhận trung bình mỗi ngày",
      value_max=2600, approx="about", period=CCi),
    F("cho 1.236 người", "1.236", 1236, "count", "người",
      "người cao tuổi, người khuyết tật, người ốm đau được thu nhận hồ sơ tại nhà", period=CCi),
    F("khoảng 2,3 triệu tài khoản", "2,3", 2300000, "count", "tài khoản", "tài khoản định danh điện tử kích hoạt",
      approx="about", status="estimate", period=P("đến hết năm 2024", None, "2024-12-31")),
    F("có 100% công dân", "100", 100, "percent", "%", "công dân từ 14 tuổi trở lên được cấp căn cước",
      status="target", period=E25),
    F("từ 14 tuổi trở lên", "14", 14, "measure", "tuổi", approx="at_least", optional=True),
    F("và 85% dân số", "85", 85, "percent", "%", "dân số đủ điều kiện kích hoạt tài khoản định danh điện tử",
      status="target", period=E25),
]

comments = [
    "Báo Thanh Hóa (Party newspaper): tài khoản định danh điện tử (VNeID) và cấp căn cước, tính đến 31/10/2024; district list of activation rates.",
    "Dateline: byline 'LÊ HÀ' then bare '12/11/2024 10:32'. Distractors: 'mức độ 2' (level), 'Đề án 06', 'PC06', tổng đài 0237.3852.113,",
    "address 'số 19 đường Trường Thi', 'Thượng tá' name, dates 1/7/2024 and 31/10/2024. Ages 'dưới 14 tuổi', 'từ 14 tuổi trở lên' are optional criteria.",
    "2,13 triệu tài khoản after 'trong đó' counts tài khoản, not hồ sơ: no total (as shared h03), share 74,5% as percent.",
    "'27/27 huyện, thị xã, thành phố' has total 27. District items: place = location, subject = the list's indicator (tỷ lệ kích hoạt).",
    "'từ ngày 1/7/2024 ... đến nay' ends at the dateline 2024-11-12. '2.400 - 2.600 hồ sơ' is a range with 'khoảng' (about) and a per-day rate.",
    "'Ước đến hết năm 2024 ... khoảng 2,3 triệu' is an estimate (as-of end 2024). Headline figure has no period in its line.",
]
build(2, text, comments, "2024-11-12", "Thanh Hóa", figs)
