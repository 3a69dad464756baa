from lib import F, P, build

TEXT = """TÀI CHÍNH - CHỨNG KHOÁN

Thị trường chứng khoán năm 2023: VN-Index tăng 12,2%, vốn hóa đạt hơn 5,2 triệu tỷ đồng

Sau một năm 2022 nhiều biến động, thị trường chứng khoán Việt Nam năm 2023 đã phục hồi với mức tăng ở cả ba chỉ số chính.

Đến cuối năm 2023, VN-Index đạt 1.129,93 điểm, tăng 12,2% so với cuối năm 2022; HNX-Index đạt 231,04 điểm, tăng 11,9%; UPCoM-Index đạt 87,83 điểm, tăng 21,3%. Trong năm 2023, VN-Index dao động trong biên độ từ 1.020 đến 1.250 điểm.

Quy mô vốn hóa thị trường cổ phiếu đạt hơn 5,2 triệu tỷ đồng, tăng 14,5% so với cuối năm 2022, tương đương 51,6% GDP. Giá trị giao dịch bình quân năm 2023 đạt 17.974 tỷ đồng/phiên, giảm 13,3% so với bình quân năm 2022. Tổng số tài khoản của nhà đầu tư đến cuối năm 2023 đạt 7,28 triệu tài khoản, tương đương khoảng 7,3% dân số.

Cả năm 2023, khối ngoại bán ròng khoảng 22.500 tỷ đồng trên HOSE nhưng mua ròng 180 tỷ đồng trên HNX. Trên thị trường cơ sở, có 16 doanh nghiệp niêm yết mới, trong khi 42 mã bị hủy niêm yết.

Giá trị phát hành trái phiếu doanh nghiệp cả năm đạt khoảng 310.000 tỷ đồng, trong đó phát hành ra công chúng 29.000 tỷ đồng, chiếm 9,4%.

Theo Chiến lược phát triển thị trường chứng khoán đến năm 2030, quy mô vốn hóa thị trường cổ phiếu phấn đấu đạt 100% GDP vào năm 2025 và 120% GDP vào năm 2030; dư nợ thị trường trái phiếu đạt tối thiểu 47% GDP vào năm 2025. Như vậy, để đạt mục tiêu, vốn hóa cần tăng gần gấp đôi trong hai năm tới.

Hoàng Lan
29/12/2023
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
END = P("Đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("VN-Index tăng 12,2%", "12,2", 12.2, "percent", "%", "VN-Index",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 5,2 triệu tỷ đồng\n", "5,2", 5.2e15, "money", "đồng", "vốn hóa", approx="over",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ba chỉ số", "ba", 3, "count", "chỉ số", optional=True),
    F("đạt 1.129,93 điểm", "1.129,93", 1129.93, "measure", "điểm", "VN-Index",
      change={"direction": "increase", "value": 12.2, "unit": "%", "baseline": "cuối năm 2022"}, period=END),
    F("đạt 231,04 điểm", "231,04", 231.04, "measure", "điểm", "HNX-Index",
      change={"direction": "increase", "value": 11.9, "unit": "%"}, period=END),
    F("đạt 87,83 điểm", "87,83", 87.83, "measure", "điểm", "UPCoM-Index",
      change={"direction": "increase", "value": 21.3, "unit": "%"}, period=END),
    F("từ 1.020 đến 1.250 điểm", "1.020", 1020, "measure", "điểm", "biên độ dao động của VN-Index", value_max=1250,
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt hơn 5,2 triệu tỷ đồng,", "5,2", 5.2e15, "money", "đồng", "Quy mô vốn hóa thị trường cổ phiếu", approx="over",
      change={"direction": "increase", "value": 14.5, "unit": "%", "baseline": "cuối năm 2022"}, percent=51.6,
      period=P("Đến cuối năm 2023", None, "2023-12-31", inh=True)),
    F("đạt 17.974 tỷ", "17.974", 17974e9, "money", "đồng/phiên", "Giá trị giao dịch bình quân",
      change={"direction": "decrease", "value": 13.3, "unit": "%", "baseline": "bình quân năm 2022"}, period=Y),
    F("đạt 7,28 triệu", "7,28", 7.28e6, "count", "tài khoản", "Tổng số tài khoản của nhà đầu tư", percent=7.3,
      period=P("đến cuối năm 2023", None, "2023-12-31")),
    F("khoảng 22.500 tỷ", "22.500", 22500e9, "money", "đồng", "giá trị bán ròng của khối ngoại trên HOSE",
      approx="about", period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("mua ròng 180 tỷ", "180", 180e9, "money", "đồng", "giá trị mua ròng của khối ngoại trên HNX",
      period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("có 16 doanh nghiệp", "16", 16, "count", "doanh nghiệp", "doanh nghiệp niêm yết mới",
      period=P("Cả năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("khi 42 mã", "42", 42, "count", "mã", "mã bị hủy niêm yết",
      period=P("Cả năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("khoảng 310.000 tỷ", "310.000", 310000e9, "money", "đồng", "Giá trị phát hành trái phiếu doanh nghiệp",
      approx="about", period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("chúng 29.000 tỷ", "29.000", 29000e9, "money", "đồng", "trái phiếu doanh nghiệp phát hành ra công chúng",
      total=310000e9, percent=9.4, period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("đạt 100% GDP", "100", 100, "percent", "%", "quy mô vốn hóa thị trường cổ phiếu so với GDP", status="target",
      period=P("vào năm 2025", "2025-01-01", "2025-12-31")),
    F("và 120% GDP", "120", 120, "percent", "%", "quy mô vốn hóa thị trường cổ phiếu so với GDP", status="target",
      period=P("vào năm 2030", "2030-01-01", "2030-12-31")),
    F("tối thiểu 47% GDP", "47", 47, "percent", "%", "dư nợ thị trường trái phiếu so với GDP", approx="at_least",
      status="target", period=P("vào năm 2025", "2025-01-01", "2025-12-31")),
    F("gần gấp đôi", "gấp đôi", 2, "multiple", "lần", optional=True),
    F("trong hai năm tới", "hai", 2, "measure", "năm", optional=True),
]

COMMENTS = [
    "National press year-end review (section header only, byline and bare date '29/12/2023' at the end): stock market 2023.",
    "Title: 'VN-Index tăng 12,2%' is a growth rate claimed on its own (percent, no change) and 'hơn 5,2 triệu tỷ đồng' (×10¹⁵) the capitalisation; both in the title sentence with 'năm 2023'.",
    "Index levels 'Đến cuối năm 2023' are as-of (start null); the changes after them are attributes. 'từ 1.020 đến 1.250 điểm' is a range 'Trong năm 2023'.",
    "Capitalisation in the body: change 14,5% and 'tương đương 51,6% GDP' (percent); its period stands only in the previous paragraph (inherited).",
    "'trong đó phát hành ra công chúng 29.000 tỷ đồng, chiếm 9,4%': part of 310.000 (total) with its share. 'cả năm' takes 2023 from the nearest earlier 'Cả năm 2023'.",
    "Strategy targets 'phấn đấu đạt … vào năm 2025 / 2030': status target, period the named year; 'tối thiểu 47%' at_least. 'đến năm 2030' in the Strategy's name is a distractor.",
    "Optional: 'cả ba chỉ số' (structure), 'gần gấp đôi trong hai năm tới' (a derived multiple and its horizon, not a reported fact).",
]

if __name__ == "__main__":
    build("p235-8", TEXT, COMMENTS, FIGS, published="2023-12-29", location="Việt Nam")
