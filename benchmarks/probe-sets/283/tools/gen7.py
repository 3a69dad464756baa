from lib import F, P, CH, emit

rows = [("1", "1.120", "2.300"), ("2", "1.480", "2.250"), ("3", "1.950", "2.100"),
        ("4", "2.030", "1.950"), ("5", "1.640", "1.900"), ("6", "520", "1.850")]
table = "\n".join(["Tháng\tSản lượng (tấn)\tGiá bán bình quân (đồng/kg)"]
                  + [f"Tháng {m}\t{a}\t{b}" for m, a, b in rows])

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIỜ
Thứ Năm, 18/07/2024 - 10:45

Hợp tác xã muối Lý Nhơn: liên kết giúp diêm dân ổn định đầu ra

Hợp tác xã Sản xuất muối Lý Nhơn được thành lập năm 2017 với 27 thành viên, đến nay đã tăng lên 64 thành viên, canh tác 135 ha trên tổng số 1.320 ha đất muối của huyện. Trong 6 tháng đầu năm 2024, hợp tác xã thu hoạch 8.740 tấn muối, trong đó muối sạch trên bạt 5.260 tấn, chiếm 60,2%.

Sản lượng và giá bán muối của hợp tác xã 6 tháng đầu năm 2024
""" + table + """

Nhờ liên kết với Công ty Cổ phần Muối và Thương mại Cần Giờ, toàn bộ sản lượng muối sạch được bao tiêu với giá cao hơn thị trường 300-400 đồng/kg. Doanh thu của hợp tác xã 6 tháng ước đạt 18,2 tỷ đồng, lợi nhuận khoảng 2,4 tỷ đồng; thu nhập bình quân của thành viên đạt 9,5 triệu đồng/người/tháng.

Năm 2024, hợp tác xã phấn đấu mở rộng thêm 20 ha sản xuất muối trên bạt, nâng tỷ lệ muối sạch lên 70%. Hiện toàn huyện có 486 hộ làm muối tại các xã Lý Nhơn và Thạnh An, trong đó 112 hộ tham gia hợp tác xã.

Địa chỉ: Đường Lương Văn Nho, khu phố Miễu Ba, thị trấn Cần Thạnh, huyện Cần Giờ
Điện thoại: (028) 3874 0125
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
MD = {"1": "31", "2": "29", "3": "31", "4": "30", "5": "31", "6": "30"}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("với 27 thành viên", "27", 27, "count", "thành viên", "thành viên hợp tác xã khi thành lập"),
    F("lên 64 thành viên", "64", 64, "count", "thành viên", "thành viên hợp tác xã"),
    F("canh tác 135 ha", "135", 135, "measure", "ha", "diện tích hợp tác xã canh tác", total=1320),
    F("thu hoạch 8.740 tấn", "8.740", 8740, "measure", "tấn", "muối hợp tác xã thu hoạch", H1),
    F("bạt 5.260 tấn", "5.260", 5260, "measure", "tấn", "muối sạch trên bạt", H1, total=8740, percent=60.2),
]
for m, a, b in rows:
    per = P(f"Tháng {m}", f"2024-0{m}-01", f"2024-0{m}-{MD[m]}")
    FIGS.append(F(f"Tháng {m}\t{a}", a, num(a), "measure", "tấn", "sản lượng", per))
    FIGS.append(F(f"{a}\t{b}", b, num(b), "money", "đồng/kg", "giá bán bình quân", per))

FIGS += [
    F("thị trường 300-400 đồng/kg", "300", 300, "money", "đồng/kg", "giá bao tiêu muối sạch cao hơn thị trường",
      value_max=400),
    F("ước đạt 18,2 tỷ đồng", "18,2", 18200000000, "money", "đồng", "doanh thu của hợp tác xã", H6,
      status="estimate"),
    F("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "lợi nhuận của hợp tác xã", H6, approx="about",
      status="estimate"),
    F("đạt 9,5 triệu đồng/người/tháng", "9,5", 9500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của thành viên", H6),
    F("thêm 20 ha", "20", 20, "measure", "ha", "diện tích sản xuất muối trên bạt mở rộng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ muối sạch", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("có 486 hộ", "486", 486, "count", "hộ", "hộ làm muối"),
    F("112 hộ", "112", 112, "count", "hộ", "hộ tham gia hợp tác xã", total=486),
]

COMMENTS = [
    "District portal (huyện Cần Giờ, TP Hồ Chí Minh): HTX Sản xuất muối Lý Nhơn, first half of 2024, tab-separated monthly table.",
    "Dateline 'Thứ Năm, 18/07/2024 - 10:45'. Default location Cần Giờ (communes Lý Nhơn, Thạnh An are not locations, as in set 205).",
    "'thành lập năm 2017' is a date, not a figure; '27 thành viên' (at founding) and 'tăng lên 64 thành viên' (new level, no change value).",
    "'135 ha trên tổng số 1.320 ha': total 1320. 'trong đó … 5.260 tấn, chiếm 60,2%': total 8740, percent 60.2.",
    "Tab table: row label 'Tháng N' is the period (year from the table title), units from the column headers.",
    "'cao hơn thị trường 300-400 đồng/kg' is a price premium with no base price: a money figure (range) of its own.",
    "'ước đạt 18,2 tỷ đồng, lợi nhuận khoảng 2,4 tỷ đồng' share the estimate cue; the income clause after ';' has its own verb: actual.",
    "revised: removed the figure 1.320 ha: it is the total of 135 ha ('trên tổng số'), an attribute only, as in shared h02.",
    "Distractors: address (khu phố Miễu Ba, đường Lương Văn Nho), phone (028) 3874 0125, 'năm 2017', dateline.",
]

emit("p283-7", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Cần Giờ")
