from lib import build, F, P, C, T

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU

Xử phạt gần 7,4 tỷ đồng đối với tàu cá vi phạm quy định chống khai thác IUU

(CMO) Từ đầu năm đến ngày 15/11/2024, các lực lượng chức năng tỉnh đã phát hiện, lập biên bản 186 vụ vi phạm trong lĩnh vực thủy sản, tăng 21 vụ so với cùng kỳ năm 2023; ra quyết định xử phạt vi phạm hành chính 7,38 tỷ đồng.

Trong đó, Sở Nông nghiệp và Phát triển nông thôn xử phạt 72 vụ, số tiền 3,15 tỷ đồng; Bộ đội Biên phòng tỉnh xử phạt 94 vụ, số tiền 3,47 tỷ đồng; Chi cục Kiểm ngư vùng V xử phạt 20 vụ, số tiền 760 triệu đồng.

Các hành vi vi phạm chủ yếu là không duy trì hoạt động thiết bị giám sát hành trình (VMS) 61 vụ, chiếm 32,8%; khai thác sai vùng 38 vụ; không ghi, nộp nhật ký khai thác 27 vụ. Theo Nghị định số 38/2024/NĐ-CP, tàu từ 15 m trở lên không duy trì kết nối VMS bị phạt từ 50 đến 70 triệu đồng đối với cá nhân.

Đáng chú ý, tháng 9 vừa qua, tàu cá CM 96078 TS bị xử phạt 850 triệu đồng, tước quyền sử dụng văn bằng thuyền trưởng 18 tháng do vi phạm vùng biển Malaysia.

Toàn tỉnh hiện có 4.082 tàu cá, trong đó 1.615 tàu dài từ 15 m trở lên. Hiện vẫn còn 29 tàu mất kết nối trên 6 tháng chưa xác định được vị trí; các huyện Trần Văn Thời, U Minh, Ngọc Hiển đang phối hợp xác minh.

Ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh, yêu cầu các ngành không để xảy ra tàu cá vi phạm vùng biển nước ngoài, phấn đấu kiểm soát 100% tàu cá xuất, nhập bến. Đường dây nóng tiếp nhận tin báo: 0290.3831.068.

Ngọc Diễm

18/11/2024
"""

YTD = P("Từ đầu năm đến ngày 15/11/2024", "2024-01-01", "2024-11-15")
YTDi = P("Từ đầu năm đến ngày 15/11/2024", "2024-01-01", "2024-11-15", inherited=True)
S9 = P("tháng 9", "2024-09-01", "2024-09-30")

FIGS = [
    F("gần 7,4 tỷ đồng", "7,4", 7400000000, "money", "đồng", "xử phạt tàu cá vi phạm quy định chống khai thác IUU",
      approx="nearly"),
    F("biên bản 186 vụ", "186", 186, "count", "vụ", "vụ vi phạm trong lĩnh vực thủy sản",
      change=C("increase", 21, "vụ", "cùng kỳ năm 2023"), period=YTD),
    F("hành chính 7,38 tỷ đồng", "7,38", 7380000000, "money", "đồng", "xử phạt vi phạm hành chính", period=YTD),
    F("xử phạt 72 vụ", "72", 72, "count", "vụ", "vụ Sở Nông nghiệp và Phát triển nông thôn xử phạt", total=186, period=YTDi),
    F("số tiền 3,15 tỷ đồng", "3,15", 3150000000, "money", "đồng", "số tiền Sở Nông nghiệp và Phát triển nông thôn xử phạt",
      total=7380000000, period=YTDi),
    F("xử phạt 94 vụ", "94", 94, "count", "vụ", "vụ Bộ đội Biên phòng tỉnh xử phạt", total=186, period=YTDi),
    F("số tiền 3,47 tỷ đồng", "3,47", 3470000000, "money", "đồng", "số tiền Bộ đội Biên phòng tỉnh xử phạt",
      total=7380000000, period=YTDi),
    F("xử phạt 20 vụ", "20", 20, "count", "vụ", "vụ Chi cục Kiểm ngư vùng V xử phạt", total=186, period=YTDi),
    F("số tiền 760 triệu đồng", "760", 760000000, "money", "đồng", "số tiền Chi cục Kiểm ngư vùng V xử phạt",
      total=7380000000, period=YTDi),
    F("(VMS) 61 vụ", "61", 61, "count", "vụ", "vi phạm không duy trì hoạt động thiết bị giám sát hành trình",
      percent=32.8, period=YTDi),
    F("sai vùng 38 vụ", "38", 38, "count", "vụ", "vi phạm khai thác sai vùng", period=YTDi),
    F("khai thác 27 vụ", "27", 27, "count", "vụ", "vi phạm không ghi, nộp nhật ký khai thác", period=YTDi),
    F("tàu từ 15 m trở lên không", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("từ 50 đến 70 triệu đồng", "50", 50000000, "money", "đồng", "mức phạt không duy trì kết nối VMS đối với cá nhân",
      value_max=70000000, optional=True),
    F("phạt 850 triệu đồng", "850", 850000000, "money", "đồng", "xử phạt tàu cá CM 96078 TS", period=S9),
    F("thuyền trưởng 18 tháng", "18", 18, "measure", "tháng", "tước quyền sử dụng văn bằng thuyền trưởng", optional=True),
    F("có 4.082 tàu cá", "4.082", 4082, "count", "tàu cá", "tàu cá"),
    F("trong đó 1.615 tàu", "1.615", 1615, "count", "tàu", "tàu dài từ 15 m trở lên", total=4082),
    F("dài từ 15 m trở lên.", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("còn 29 tàu", "29", 29, "count", "tàu", "tàu mất kết nối chưa xác định được vị trí"),
    F("trên 6 tháng", "6", 6, "measure", "tháng", "thời gian mất kết nối", approx="over", optional=True),
    F("kiểm soát 100% tàu cá", "100", 100, "percent", "%", "tàu cá xuất, nhập bến được kiểm soát", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Cà Mau), tag '(CMO)', byline and a bare date '18/11/2024' at the end (its date).",
    "Headline 'gần 7,4 tỷ đồng' is a figure of its own (rounded); no period stated in the headline.",
    "'tăng 21 vụ so với cùng kỳ năm 2023' is the change of 186 vụ. The breakdown by agency after 'Trong đó,' (new paragraph) adds up:",
    "each agency count has total 186 vụ, each amount total 7,38 tỷ đồng. Agencies are not places ('Chi cục Kiểm ngư vùng V' is a name).",
    "Violation types after 'chủ yếu là' carry no part-of cue: 61 vụ keeps only its share 32,8%, no total.",
    "The legal fine range 'từ 50 đến 70 triệu đồng' is a rule, not a measured fact: optional. '18 tháng' (licence suspension term) optional.",
    "'tháng 9 vừa qua' takes 2024 from the dateline-year period above. 'CM 96078 TS' is a vessel number; Malaysia is no location of the figure.",
    "Fleet counts 'hiện có' carry no period. 'yêu cầu … kiểm soát 100%' is a target (phấn đấu).",
    "Distractors: 'Nghị định số 38/2024/NĐ-CP', phone '0290.3831.068', district names in the verification list (the figure is provincial).",
]

build("p451-5", TEXT, FIGS, COMMENTS, "Cà Mau", "2024-11-18")
