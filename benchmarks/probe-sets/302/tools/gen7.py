from lib import F, P, CH, emit

TEXT = """Giá vật liệu xây dựng quý III/2024: Thép giảm, cát tăng mạnh

Theo công bố giá vật liệu xây dựng quý III/2024 của Sở Xây dựng thành phố Đà Nẵng, giá thép xây dựng tiếp tục xu hướng giảm. Thép cuộn phi 6, phi 8 của Hòa Phát có giá 13,85 triệu đồng/tấn (chưa VAT), giảm 450.000 đồng/tấn so với quý II/2024; thép thanh vằn D10 - D32 dao động từ 14,1 đến 14,6 triệu đồng/tấn.

Ngược lại, giá cát tăng mạnh do nguồn cung khan hiếm. Cát xây tô hiện ở mức 380.000 đồng/m³, tăng 26,7% so với đầu năm; cát bê tông 520.000 đồng/m³, tăng gần 30%. Đá 1x2 giữ ổn định ở mức 330.000-350.000 đồng/m³. Xi măng PCB40 các loại có giá từ 1,52 đến 1,68 triệu đồng/tấn, tăng 2-3% so với cùng kỳ. Gạch tuynel 2 lỗ có giá khoảng 1.250 đồng/viên; gạch bê tông 4 lỗ từ 1.600 đến 1.900 đồng/viên.

Theo Sở Xây dựng, 9 tháng năm 2024, nhu cầu cát xây dựng trên địa bàn thành phố khoảng 2,4 triệu m³, trong khi nguồn cung từ các mỏ được cấp phép chỉ đáp ứng khoảng 55%; phần còn lại phải vận chuyển từ tỉnh Quảng Nam. Thành phố hiện có 4 mỏ cát đang khai thác với tổng công suất 310.000 m³/năm; dự kiến quý IV/2024 cấp phép thêm 2 mỏ tại huyện Hòa Vang với công suất 90.000 m³/năm.

Chỉ số giá xây dựng công trình nhà ở quý III/2024 tăng 1,85% so với quý trước, trong đó chỉ số giá vật liệu tăng 2,41%. Để bình ổn thị trường, Sở đề nghị các chủ mỏ công khai giá bán; các chủ đầu tư tăng cường sử dụng cát nghiền thay thế, phấn đấu đến năm 2025 cát nghiền chiếm tối thiểu 30% lượng cát sử dụng cho bê tông.

HOÀNG HIỆP
05/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("có giá 13,85 triệu", "13,85", 13850000, "money", "đồng/tấn", "giá thép cuộn phi 6, phi 8 của Hòa Phát", Q3i,
      change=CH("decrease", 450000, "đồng/tấn", baseline="quý II/2024")),
    F("từ 14,1 đến 14,6 triệu", "14,1", 14100000, "money", "đồng/tấn", "giá thép thanh vằn D10 - D32", Q3i,
      value_max=14600000),
    F("mức 380.000 đồng/m³", "380.000", 380000, "money", "đồng/m³", "giá cát xây tô", Q3i,
      change=CH("increase", 26.7, baseline="đầu năm")),
    F("bê tông 520.000 đồng/m³", "520.000", 520000, "money", "đồng/m³", "giá cát bê tông", Q3i,
      change=CH("increase", 30, approx="nearly")),
    F("330.000-350.000 đồng/m³", "330.000", 330000, "money", "đồng/m³", "giá đá 1x2", Q3i, value_max=350000),
    F("từ 1,52 đến 1,68 triệu", "1,52", 1520000, "money", "đồng/tấn", "giá xi măng PCB40", Q3i, value_max=1680000,
      change=CH("increase", 2, baseline="cùng kỳ")),
    F("khoảng 1.250 đồng/viên", "1.250", 1250, "money", "đồng/viên", "giá gạch tuynel 2 lỗ", Q3i, approx="about"),
    F("từ 1.600 đến 1.900 đồng/viên", "1.600", 1600, "money", "đồng/viên", "giá gạch bê tông 4 lỗ", Q3i, value_max=1900),
    F("khoảng 2,4 triệu m³", "2,4", 2400000, "measure", "m³", "nhu cầu cát xây dựng", N9, approx="about"),
    F("đáp ứng khoảng 55%", "55", 55, "percent", "%", "nguồn cung từ các mỏ được cấp phép đáp ứng nhu cầu", N9,
      approx="about"),
    F("có 4 mỏ cát", "4", 4, "count", "mỏ cát", "mỏ cát đang khai thác"),
    F("tổng công suất 310.000 m³/năm", "310.000", 310000, "measure", "m³/năm", "tổng công suất"),
    F("thêm 2 mỏ", "2", 2, "count", "mỏ", "mỏ cấp phép thêm", P("quý IV/2024", "2024-10-01", "2024-12-31"),
      status="forecast", location="Hòa Vang"),
    F("công suất 90.000 m³/năm", "90.000", 90000, "measure", "m³/năm", "công suất",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast", location="Hòa Vang"),
    F("tăng 1,85% so với quý trước", "1,85", 1.85, "percent", "%", "chỉ số giá xây dựng công trình nhà ở", Q3),
    F("tăng 2,41%", "2,41", 2.41, "percent", "%", "chỉ số giá vật liệu", Q3),
    F("tối thiểu 30%", "30", 30, "percent", "%", "cát nghiền chiếm lượng cát sử dụng cho bê tông",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "City newspaper style (Đà Nẵng), no dateline at the top; byline and bare date '05/10/2024' at the end -> published 2024-10-05.",
    "Building-material prices Q3/2024 from the Sở Xây dựng price bulletin. Default location Đà Nẵng; 'huyện Hòa Vang' -> Hòa Vang;",
    "'từ tỉnh Quảng Nam' is a source of supply, not the place of a figure. Hòa Phát is a company.",
    "Prices: money with unit 'đồng/tấn', 'đồng/m³', 'đồng/viên'; period Q3/2024 from the first sentence (inherited).",
    "'giảm 450.000 đồng/tấn so với quý II/2024' -> change in đồng/tấn; 'tăng 2-3% so với cùng kỳ' -> change value 2 (lower end; change has no max).",
    "'tăng gần 30%' -> change with approx nearly (no baseline). 'đáp ứng khoảng 55%' has its own subject (supply): a percent figure.",
    "'dự kiến quý IV/2024 cấp phép thêm 2 mỏ ... 90.000 m³/năm' -> forecast. Growth of price indices (1,85%, 2,41%) are percent figures;",
    "'trong đó chỉ số giá vật liệu tăng 2,41%' is a growth rate, not a part (no total). 'tối thiểu 30%' after 'phấn đấu đến năm 2025' -> target, at_least.",
    "Distractors: 'phi 6, phi 8', 'D10 - D32', 'PCB40', 'đá 1x2', 'gạch tuynel 2 lỗ', 'gạch bê tông 4 lỗ' (product names/sizes), 'quý II/2024' baseline.",
]

emit("p302-7", TEXT, COMMENTS, FIGS, published="2024-10-05", location="Đà Nẵng")
