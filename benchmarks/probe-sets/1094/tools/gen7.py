"""p1094-7: department site (Sở Công Thương Quảng Nam), no dateline; làng chiếu Bàn Thạch; one-cell-per-line table."""
from lib import F, write, period, year, inh, change, target

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Trang chủ > Khuyến công > Tin hoạt động

Hỗ trợ làng nghề chiếu cói Bàn Thạch đổi mới thiết bị

Làng chiếu cói Bàn Thạch (xã Duy Vinh, huyện Duy Xuyên) là một trong 3 làng nghề chiếu cói còn hoạt động của tỉnh, được công nhận làng nghề truyền thống theo Quyết định số 1230/QĐ-UBND năm 2014. Năm 2023, Sở Công Thương hỗ trợ 450 triệu đồng từ kinh phí khuyến công địa phương, bằng 50% giá trị thiết bị, để trang bị 15 máy dệt chiếu bán tự động cho các hộ.

Kết quả sản xuất của làng nghề qua các năm:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số hộ dệt chiếu (hộ)
320
295
300
Sản lượng chiếu (nghìn chiếc)
96
88,5
105
Doanh thu (tỷ đồng)
14,4
15,9
18
Thu nhập bình quân (triệu đồng/người/tháng)
3,8
4,2
4,5

Trong số 295 hộ dệt chiếu năm 2023, có 118 hộ đã dùng máy dệt, chiếm 40%. Mỗi máy dệt được 6 - 8 chiếc/ngày, giá thành sản phẩm giảm khoảng 20%. Nguyên liệu cói lấy chủ yếu từ các xã Duy Vinh, Duy Nghĩa với diện tích khoảng 35 ha; giá cói khô hiện ở mức 15.000 đồng/kg.

Thời gian tới, Sở tiếp tục hỗ trợ làng nghề tham gia hội chợ, xây dựng nhãn hiệu tập thể "Chiếu cói Bàn Thạch"; phấn đấu đến năm 2025 có trên 60% số hộ sử dụng máy dệt.

SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Địa chỉ: 9 Trần Hưng Đạo, TP. Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.714 - Fax: 0235.3851.853
Lượt truy cập: 1.204.337
"""

Y22, Y23 = year(2022, "Năm 2022"), year(2023, "Năm 2023")
P24 = year(2024, "Kế hoạch 2024")
T25 = period("đến năm 2025", None, "2025-12-31")
S_HH, S_OUT, S_REV, S_INC = "số hộ dệt chiếu", "sản lượng chiếu", "doanh thu", "thu nhập bình quân"

FIGS = [
    F("trong 3 làng nghề", "3", 3, "count", "làng nghề", "làng nghề chiếu cói còn hoạt động", location="Quảng Nam"),
    F("hỗ trợ 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí khuyến công địa phương hỗ trợ", percent=50,
      period=Y23),
    F("trang bị 15 máy", "15", 15, "count", "máy dệt chiếu", "máy dệt chiếu bán tự động được trang bị", period=Y23),
    F("(hộ)\n320", "320", 320, "count", "hộ", S_HH, period=Y22),
    F("320\n295", "295", 295, "count", "hộ", S_HH, period=Y23),
    F("295\n300", "300", 300, "count", "hộ", S_HH, status="target", period=P24),
    F("chiếc)\n96", "96", 96e3, "count", "chiếc", S_OUT, period=Y22),
    F("96\n88,5", "88,5", 88.5e3, "count", "chiếc", S_OUT, period=Y23),
    F("88,5\n105", "105", 105e3, "count", "chiếc", S_OUT, status="target", period=P24),
    F("đồng)\n14,4", "14,4", 14.4e9, "money", "đồng", S_REV, period=Y22),
    F("14,4\n15,9", "15,9", 15.9e9, "money", "đồng", S_REV, period=Y23),
    F("15,9\n18", "18", 18e9, "money", "đồng", S_REV, status="target", period=P24),
    F("tháng)\n3,8", "3,8", 3.8e6, "money", "đồng/người/tháng", S_INC, period=Y22),
    F("3,8\n4,2", "4,2", 4.2e6, "money", "đồng/người/tháng", S_INC, period=Y23),
    F("4,2\n4,5", "4,5", 4.5e6, "money", "đồng/người/tháng", S_INC, status="target", period=P24),
    F("Trong số 295 hộ", "295", 295, "count", "hộ", "hộ dệt chiếu", period=Y23),
    F("có 118 hộ", "118", 118, "count", "hộ", "hộ đã dùng máy dệt", total=295, percent=40, period=Y23),
    F("6 - 8 chiếc/ngày", "6", 6, "measure", "chiếc/ngày", "năng suất mỗi máy dệt", value_max=8),
    F("giảm khoảng 20%", "20", 20, "percent", "%", "giá thành sản phẩm giảm", approx="about"),
    F("khoảng 35 ha", "35", 35, "measure", "ha", "diện tích nguyên liệu cói", approx="about"),
    F("mức 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá cói khô"),
    F("trên 60% số hộ", "60", 60, "percent", "%", "số hộ sử dụng máy dệt", approx="over", status="target", period=T25),
]

NOTES = [
    "Sở Công Thương Quảng Nam (department site, no dateline; footer address, phone, 'Lượt truy cập'): làng chiếu Bàn Thạch, huyện Duy Xuyên.",
    "One-cell-per-line table (Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024): unit and multiplier from the row label ('(nghìn chiếc)', '(tỷ đồng)',",
    "'(triệu đồng/người/tháng)'), period from the column header, 'Kế hoạch 2024' gives status target. No published date.",
    "'Trong số 295 hộ ... có 118 hộ' gives total 295; the whole '295 hộ' is a figure too (as 'Trong 25 chỉ tiêu' in the shared gold h13).",
    "'một trong 3 làng nghề ... của tỉnh' is Quảng Nam.",
    "Distractors: Quyết định số 1230/QĐ-UBND năm 2014, address 9 Trần Hưng Đạo, phone/fax, Lượt truy cập 1.204.337.",
]

if __name__ == "__main__":
    write("p1094-7", TEXT, FIGS, published=None, location="Duy Xuyên", notes=NOTES)
