from lib import F, P, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Thủy sản

Cả nước còn 473 tàu cá từ 15 m trở lên chưa lắp thiết bị giám sát hành trình

Theo số liệu của Cục Thủy sản, tính đến ngày 31/8/2024, cả nước có 86.820 tàu cá đã được cập nhật trên Cơ sở dữ liệu nghề cá quốc gia (VNFishbase); trong đó, tàu có chiều dài từ 15 m trở lên là 29.114 chiếc, từ 12 m đến dưới 15 m là 17.235 chiếc, từ 6 m đến dưới 12 m là 40.471 chiếc. Số tàu từ 15 m trở lên đã lắp đặt thiết bị VMS là 28.641 chiếc, đạt 98,38%.

Các địa phương có số tàu cá lớn nhất là Kiên Giang (9.187 chiếc), Bình Định (5.912 chiếc), Quảng Ngãi (5.083 chiếc) và Cà Mau (4.318 chiếc).

Về tình trạng tàu cá vi phạm vùng biển nước ngoài, năm 2023 cả nước có 8 vụ với 42 tàu cá, 293 ngư dân bị nước ngoài bắt giữ, xử lý, giảm 58% số tàu so với năm 2022. Từ đầu năm 2024 đến nay có 3 vụ với 17 tàu cá.

Về truy xuất nguồn gốc, 6 tháng đầu năm 2024, các tổ chức quản lý cảng cá đã cấp 3.215 giấy xác nhận nguyên liệu thủy sản khai thác (SC) và 2.987 giấy chứng nhận thủy sản khai thác (CC) cho hơn 51.000 tấn thủy sản xuất khẩu sang thị trường EU, tăng 9,3% so với cùng kỳ.

Chuẩn bị cho đợt kiểm tra lần thứ 5 của Ủy ban châu Âu (EC) về chống khai thác IUU, Bộ đặt mục tiêu đến hết năm 2024, 100% tàu cá từ 15 m trở lên lắp và duy trì VMS, 100% sản lượng bốc dỡ tại cảng được giám sát; đến năm 2025 có 89 cảng cá chỉ định đủ điều kiện xác nhận nguồn gốc thủy sản khai thác, theo Quyết định số 81/QĐ-TTg.

Địa chỉ: số 10 Nguyễn Công Hoan, quận Ba Đình, Hà Nội.
"""

A = P("tính đến ngày 31/8/2024", None, "2024-08-31")
AI = P("tính đến ngày 31/8/2024", None, "2024-08-31", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("còn 473 tàu cá", "473", "count", "tàu cá", "tàu cá từ 15 m trở lên chưa lắp thiết bị giám sát hành trình", AI),
    F("cá từ 15 m trở lên chưa lắp", "15", "measure", "m", optional=True),
    F("có 86.820 tàu cá", "86.820", "count", "tàu cá", "tàu cá đã được cập nhật trên Cơ sở dữ liệu nghề cá quốc gia", A),
    F("dài từ 15 m trở lên là", "15", "measure", "m", optional=True),
    F("là 29.114 chiếc", "29.114", "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", A, total=86820),
    F("từ 12 m đến dưới 15 m", "12", "measure", "m", value_max=15, optional=True),
    F("đến dưới 15 m là", "15", "measure", "m", optional=True),
    F("là 17.235 chiếc", "17.235", "count", "chiếc", "tàu từ 12 m đến dưới 15 m", A, total=86820),
    F("từ 6 m đến dưới 12 m", "6", "measure", "m", value_max=12, optional=True),
    F("đến dưới 12 m là", "12", "measure", "m", optional=True),
    F("là 40.471 chiếc", "40.471", "count", "chiếc", "tàu từ 6 m đến dưới 12 m", A, total=86820),
    F("Số tàu từ 15 m trở lên đã", "15", "measure", "m", optional=True),
    F("là 28.641 chiếc", "28.641", "count", "chiếc", "tàu từ 15 m trở lên đã lắp đặt thiết bị VMS", AI, percent=98.38),
    F("Kiên Giang (9.187 chiếc)", "9.187", "count", "chiếc", "tàu cá", AI, location="Kiên Giang"),
    F("Bình Định (5.912 chiếc)", "5.912", "count", "chiếc", "tàu cá", AI, location="Bình Định"),
    F("Quảng Ngãi (5.083 chiếc)", "5.083", "count", "chiếc", "tàu cá", AI, location="Quảng Ngãi"),
    F("Cà Mau (4.318 chiếc)", "4.318", "count", "chiếc", "tàu cá", AI, location="Cà Mau"),
    F("có 8 vụ", "8", "count", "vụ", "vụ tàu cá vi phạm vùng biển nước ngoài bị bắt giữ, xử lý", Y23),
    F("với 42 tàu cá", "42", "count", "tàu cá", "tàu cá bị nước ngoài bắt giữ, xử lý", Y23,
      change=CH("decrease", 58, baseline="năm 2022")),
    F("293 ngư dân", "293", "count", "ngư dân", "ngư dân bị nước ngoài bắt giữ, xử lý", Y23),
    F("có 3 vụ", "3", "count", "vụ", "vụ tàu cá vi phạm vùng biển nước ngoài",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", None)),
    F("với 17 tàu cá", "17", "count", "tàu cá", "tàu cá vi phạm vùng biển nước ngoài",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", None)),
    F("cấp 3.215 giấy", "3.215", "count", "giấy xác nhận", "giấy xác nhận nguyên liệu thủy sản khai thác (SC)", H),
    F("và 2.987 giấy", "2.987", "count", "giấy chứng nhận", "giấy chứng nhận thủy sản khai thác (CC)", H),
    F("hơn 51.000 tấn", "51.000", "measure", "tấn", "thủy sản xuất khẩu sang thị trường EU", H, approx="over",
      change=CH("increase", 9.3, baseline="cùng kỳ")),
    F("lần thứ 5", "5", "count", "lần", optional=True),
    F("2024, 100% tàu cá", "100", "percent", "%", "tàu cá từ 15 m trở lên lắp và duy trì VMS", T24, status="target"),
    F("cá từ 15 m trở lên lắp và", "15", "measure", "m", optional=True),
    F("VMS, 100% sản lượng", "100", "percent", "%", "sản lượng bốc dỡ tại cảng được giám sát", T24, status="target"),
    F("có 89 cảng cá", "89", "count", "cảng cá", "cảng cá chỉ định đủ điều kiện xác nhận nguồn gốc thủy sản khai thác",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT / Cục Thủy sản), no date anywhere: published null; national figures (location Việt Nam).",
    "Fleet by length as of 31/8/2024: 'trong đó' parts take total 86.820 (sum 29.114+17.235+40.471). 28.641 has share 98,38% but no total cue;",
    "the headline '473' (= 29.114 − 28.641) inherits the as-of date. Length-class limits and 'lần thứ 5' (EC inspection round) are optional.",
    "Province list 'Kiên Giang (9.187 chiếc), …' after a national statement: each item's place is its location, subject the indicator 'tàu cá'.",
    "'giảm 58% số tàu so với năm 2022' names 'số tàu': the change of '42 tàu cá'. 'Từ đầu năm 2024 đến nay' without a published date: start 2024-01-01, end null.",
    "'tăng 9,3% so với cùng kỳ' attaches to the nearest amount '51.000 tấn'. Targets: 'đến hết năm 2024' (end 2024-12-31) for both 100%;",
    "'đến năm 2025 … 89 cảng' (end 2025-12-31). Distractors: Quyết định số 81/QĐ-TTg, the ministry's address in Hà Nội (not the figures' place).",
]

emit("p324-4", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
