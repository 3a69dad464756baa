from lib import F, P, I, CH, TG, emit

ROWS = [
    ("Nha Trang", "24.610", "19.930", "81,0"),
    ("Cam Ranh", "8.240", "5.690", "69,1"),
    ("Ninh Hòa", "7.120", "4.560", "64,0"),
    ("Diên Khánh", "5.360", "3.540", "66,0"),
    ("Vạn Ninh", "3.150", "1.890", "60,0"),
    ("Cam Lâm", "2.480", "1.370", "55,2"),
]
TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ XÂY DỰNG TỈNH KHÁNH HÒA
Trang chủ › Quản lý hạ tầng kỹ thuật › Chiếu sáng đô thị

Hiện trạng hệ thống chiếu sáng công cộng năm 2023

Năm 2023, hệ thống chiếu sáng công cộng tại các đô thị trong tỉnh tiếp tục được cải tạo, nâng cấp với tổng kinh phí 27,4 tỷ đồng. Tính đến ngày 31/12/2023, tổng số bộ đèn đang vận hành là 52.380 bộ, tăng 3.120 bộ so với năm 2022; trong đó đèn LED là 38.770 bộ, chiếm 74%. Điện năng tiêu thụ cho chiếu sáng công cộng năm 2023 ước đạt 14,6 triệu kWh, giảm 8,2% so với năm 2022 nhờ thay đèn cao áp và lắp bộ điều khiển giảm công suất từ 23h00 đến 5h00 sáng.

Số bộ đèn chiếu sáng công cộng tại một số địa phương năm 2023
Đơn vị tính: bộ đèn

Địa phương
Tổng số
Đèn LED
Tỷ lệ đèn LED (%)
""" + TABLE + """

Nha Trang là địa phương có tỷ lệ đèn LED cao nhất; một số tuyến đường tại thị xã Ninh Hòa và huyện Cam Lâm vẫn sử dụng đèn cao áp sodium.

Theo kế hoạch năm 2024, Sở phối hợp với các địa phương thay thế thêm 4.500 bộ đèn LED, dự kiến tiết kiệm khoảng 1,1 triệu kWh/năm. Kinh phí duy trì, vận hành hệ thống chiếu sáng năm 2024 được bố trí 38,5 tỷ đồng.

Địa chỉ: số 04 Phan Chu Trinh, TP Nha Trang. Điện thoại: 0258.3822.417
Tổng lượt truy cập: 1.204.556
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23t = I(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

END = P("Tính đến ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    F("kinh phí 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "kinh phí cải tạo, nâng cấp hệ thống chiếu sáng công cộng",
      Y23),
    F("là 52.380 bộ", "52.380", 52380, "count", "bộ", "tổng số bộ đèn đang vận hành", END,
      change=CH("increase", 3120, "bộ", "năm 2022")),
    F("là 38.770 bộ", "38.770", 38770, "count", "bộ", "đèn LED", END, total=52380, percent=74),
    F("đạt 14,6 triệu kWh", "14,6", 14.6e6, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng công cộng",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate", change=CH("decrease", 8.2, "%", "năm 2022")),
]
for place, tot, led, rate in ROWS:
    FIGS += [
        F(f"{place}\n{tot}", tot, float(tot.replace(".", "")), "count", "bộ đèn", "Tổng số bộ đèn", Y23t,
          location=place),
        F(f"{tot}\n{led}", led, float(led.replace(".", "")), "count", "bộ đèn", "Đèn LED", Y23t, location=place),
        F(f"{led}\n{rate}", rate, float(rate.replace(",", ".")), "percent", "%", "Tỷ lệ đèn LED", Y23t,
          location=place),
    ]
FIGS += [
    F("thêm 4.500 bộ", "4.500", 4500, "count", "bộ đèn", "bộ đèn LED thay thế thêm", Y24, status="target"),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "kWh/năm", "điện năng dự kiến tiết kiệm",
      approx="about", status="forecast"),
    F("bố trí 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "kinh phí duy trì, vận hành hệ thống chiếu sáng",
      P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Department site (Sở Xây dựng Khánh Hòa), no dateline: public lighting 2023, one-cell-per-line table with 'Đơn vị tính: bộ đèn'.",
    "Table columns: Địa phương | Tổng số | Đèn LED | Tỷ lệ đèn LED (%); the % column takes its unit from its header.",
    "'Tính đến ngày 31/12/2023' is as-of (start null) for the stock of lamps; the 27,4 tỷ spent is 'Năm 2023'.",
    "Row labels are places (location); period 'năm 2023' from the table title line (inherited, not scored).",
    "Distractors: times '23h00 đến 5h00', address 'số 04 Phan Chu Trinh', phone, 'Tổng lượt truy cập: 1.204.556'.",
    "'tăng 3.120 bộ so với năm 2022' is the change of 52.380 (unit bộ). 38.770 follows 'trong đó': total 52.380, percent 74.",
    "'Theo kế hoạch năm 2024 ... 4.500 bộ' is a target; 'dự kiến tiết kiệm khoảng 1,1 triệu kWh/năm' a forecast (yearly: no period).",
    "'được bố trí 38,5 tỷ đồng' is an allocation already made: actual, year 2024.",
]

if __name__ == "__main__":
    emit("p589-7", TEXT, COMMENTS, FIGS, location="Khánh Hòa")
