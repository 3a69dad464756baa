from lib import F, P, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH TIỀN GIANG
Bản tin giá cả thị trường tuần 11/2025
Ngày đăng: 15/03/2025 | Lượt xem: 1.247

Trong tuần (từ ngày 10/3 đến ngày 14/3/2025), giá cả các mặt hàng thiết yếu trên địa bàn tỉnh Tiền Giang tương đối ổn định, nguồn cung dồi dào, không xảy ra tình trạng khan hiếm hàng hóa. Giá heo hơi tăng nhẹ do nhu cầu của các cơ sở giết mổ tăng, trong khi giá lúa tươi giảm 200-300 đồng/kg so với tuần trước do nhiều địa phương vào vụ thu hoạch lúa Đông Xuân.

Giá một số mặt hàng tại chợ Mỹ Tho và các chợ huyện
Đơn vị tính: đồng/kg
Mặt hàng | Tuần trước | Tuần này | Tăng/giảm (%)
Lúa tươi IR 50404 | 7.200 | 6.950 | -3,47
Gạo thường | 15.000 | 15.000 | 0
Heo hơi | 68.000 | 70.500 | 3,68
Thịt heo đùi | 110.000 | 115.000 | 4,55
Gà ta hơi | 95.000 | 95.000 | 0
Cá lóc nuôi | 52.000 | 50.000 | -3,85

Theo dự báo của Sở Công Thương, giá heo hơi có thể tiếp tục tăng khoảng 2.000-3.000 đồng/kg trong tuần tới. Sở đề nghị các doanh nghiệp tham gia chương trình bình ổn thị trường duy trì lượng hàng dự trữ; hiện có 12 doanh nghiệp với 168 điểm bán đang thực hiện bình ổn giá, các mặt hàng bình ổn có giá bán thấp hơn giá thị trường từ 5% đến 10%.

Mọi thông tin phản ánh về giá cả, hàng hóa xin liên hệ Phòng Quản lý Thương mại, số 11 đường Lê Lợi, phường 1, thành phố Mỹ Tho; điện thoại: 0273.3872.134.
Phòng Quản lý Thương mại
"""

TW = P("từ ngày 10/3 đến ngày 14/3/2025", "2025-03-10", "2025-03-14", inherited=True)
LW = P("Tuần trước", "2025-03-03", "2025-03-09", inherited=True)

ROWS = [
    # label, anchor-prefix, last, this, pct, pct_number, pct_value
    ("Lúa tươi IR 50404", "7.200", 7200, "6.950", 6950, "-3,47", -3.47),
    ("Gạo thường", "15.000", 15000, "15.000", 15000, "0", 0),
    ("Heo hơi", "68.000", 68000, "70.500", 70500, "3,68", 3.68),
    ("Thịt heo đùi", "110.000", 110000, "115.000", 115000, "4,55", 4.55),
    ("Gà ta hơi", "95.000", 95000, "95.000", 95000, "0", 0),
    ("Cá lóc nuôi", "52.000", 52000, "50.000", 50000, "-3,85", -3.85),
]

FIG = [
    F("giảm 200-300 đồng/kg", "200", 200, "money", "đồng/kg", "giá lúa tươi giảm so với tuần trước",
      P("Trong tuần (từ ngày 10/3 đến ngày 14/3/2025)", "2025-03-10", "2025-03-14", inherited=True), value_max=300),
]
for label, n1, v1, n2, v2, n3, v3 in ROWS:
    FIG.append(F(f"{label} | {n1} |", n1, v1, "money", "đồng/kg", f"giá {label} tuần trước", LW))
    FIG.append(F(f"| {n2} | {n3}\n", n2, v2, "money", "đồng/kg", f"giá {label} tuần này", TW))
    FIG.append(F(f"{n2} | {n3}\n", n3, v3, "percent", "%", f"tăng/giảm giá {label}", TW))

FIG += [
    F("tăng khoảng 2.000-3.000", "2.000", 2000, "money", "đồng/kg", "giá heo hơi tăng",
      value_max=3000, approx="about", status="forecast"),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
      "doanh nghiệp thực hiện bình ổn giá"),
    F("với 168 điểm bán", "168", 168, "count", "điểm bán", "điểm bán thực hiện bình ổn giá"),
    F("từ 5% đến 10%", "5", 5, "percent", "%", "giá bán mặt hàng bình ổn thấp hơn giá thị trường",
      value_max=10),
]

COMMENTS = [
    "Department site (Sở Công Thương Tiền Giang): weekly market-price bulletin, week 11/2025, with a flattened '|' table (Đơn vị tính: đồng/kg; last column '(%)').",
    "Dateline 'Ngày đăng: 15/03/2025 | Lượt xem: 1.247' (counter is page furniture). Location Tiền Giang for all (table title names 'chợ Mỹ Tho và các chợ huyện').",
    "Every numeric cell is a figure, zeros included; price cells are money in đồng/kg; the '(%)' column cells are percent figures, negative where written '-3,47'.",
    "Subject = row label + column label. Periods from the column headers: 'Tuần này' = the week stated above (10–14/3/2025), 'Tuần trước' = the week before; both inherited.",
    "'giá lúa tươi giảm 200-300 đồng/kg so với tuần trước' — an absolute change that is itself the claim: a money range figure (no change object), like a growth rate.",
    "'có thể tiếp tục tăng khoảng 2.000-3.000 đồng/kg trong tuần tới' after 'Theo dự báo' → status forecast; 'tuần tới' is a relative week the spec does not define: no period annotated (unscored).",
    "Distractors: 'tuần 11/2025' (bulletin number), 'IR 50404' (rice variety), 'Đông Xuân', address 'số 11 đường Lê Lợi, phường 1', phone 0273.3872.134.",
]

write("p262-3", TEXT, FIG, COMMENTS, published="2025-03-15", location="Tiền Giang")
