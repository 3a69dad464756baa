"""p1110-8: provincial newspaper online (Báo Quảng Trị, '(QTO) -'), Cồn Cỏ island MPA, 2023 results and 2024 plan."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Trị điện tử
Kinh tế > Nông nghiệp - Nông thôn
Thứ Ba, 16/01/2024, 15:20

Cồn Cỏ thả 38 cá thể rùa biển về tự nhiên

(QTO) - Năm 2023, Ban quản lý Khu bảo tồn biển đảo Cồn Cỏ đã phối hợp với Đồn Biên phòng Cồn Cỏ và ngư dân cứu hộ, thả về tự nhiên 38 cá thể rùa biển, tăng 11 cá thể so với năm 2022; trong đó 31 cá thể do ngư dân bàn giao. Ngoài ra, đơn vị còn đưa hai cá thể cá heo mắc cạn trở lại biển.

Trong năm, lực lượng kiểm soát đã tổ chức 156 lượt tuần tra, tăng 12% so với năm trước; phát hiện, xử lý 9 vụ vi phạm, phạt tiền 74 triệu đồng. Số lượt tuần tra năm 2023 gấp 2 lần năm 2020.

Khu bảo tồn biển đảo Cồn Cỏ có tổng diện tích 4.532 ha, trong đó vùng lõi 2.490 ha. Kết quả giám sát năm 2023 cho thấy độ phủ san hô sống tại 8 điểm giám sát đạt bình quân 42,3%, cao hơn 3,1 điểm phần trăm so với năm 2021.

Bên cạnh đó, đơn vị đã thả 120.000 con giống tôm hùm, cá mú, ốc nhảy xuống vùng biển quanh đảo, với kinh phí gần 350 triệu đồng từ nguồn xã hội hóa.

Năm 2024, Ban quản lý đặt mục tiêu duy trì mỗi tháng ít nhất 15 lượt tuần tra, thả 150.000 con giống và lắp đặt thêm 20 rạn nhân tạo. Dự kiến tổng kinh phí thực hiện khoảng 1,1 tỷ đồng, trong đó ngân sách tỉnh chiếm 60%.

Người dân phát hiện động vật biển mắc lưới, mắc cạn có thể báo qua đường dây nóng 0233.3568.115 để được hướng dẫn cứu hộ.

Thanh Trúc
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Cồn Cỏ thả 38 cá thể", "38", 38, "count", "cá thể", "cá thể rùa biển thả về tự nhiên", I(Y23)),
    F("tự nhiên 38 cá thể", "38", 38, "count", "cá thể", "cá thể rùa biển được cứu hộ, thả về tự nhiên", Y23,
      change=C("increase", 11, "cá thể", "năm 2022")),
    F("trong đó 31 cá thể", "31", 31, "count", "cá thể", "cá thể rùa biển do ngư dân bàn giao", Y23, total=38),
    F("hai cá thể cá heo", "hai", 2, "count", "cá thể", "cá thể cá heo mắc cạn được đưa trở lại biển", I(Y23)),
    F("tổ chức 156 lượt", "156", 156, "count", "lượt tuần tra", "lượt tuần tra", IN_YEAR,
      change=C("increase", 12, "%", "năm trước")),
    F("xử lý 9 vụ", "9", 9, "count", "vụ vi phạm", "vụ vi phạm được phát hiện, xử lý", IN_YEAR),
    F("phạt tiền 74 triệu đồng", "74", 74e6, "money", "đồng", "tiền phạt vi phạm", IN_YEAR),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số lượt tuần tra so với năm 2020", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("diện tích 4.532 ha", "4.532", 4532, "measure", "ha", "tổng diện tích Khu bảo tồn biển đảo Cồn Cỏ"),
    F("vùng lõi 2.490 ha", "2.490", 2490, "measure", "ha", "diện tích vùng lõi", total=4532),
    F("tại 8 điểm", "8", 8, "count", "điểm giám sát", "điểm giám sát san hô", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 42,3%", "42,3", 42.3, "percent", "%", "độ phủ san hô sống bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 3.1, "điểm phần trăm", "năm 2021")),
    F("thả 120.000 con", "120.000", 120000, "count", "con giống", "con giống tôm hùm, cá mú, ốc nhảy được thả", I(Y23)),
    F("gần 350 triệu đồng", "350", 350e6, "money", "đồng", "kinh phí thả con giống từ nguồn xã hội hóa", I(Y23),
      approx="nearly"),
    F("ít nhất 15 lượt", "15", 15, "measure", "lượt tuần tra/tháng", "lượt tuần tra mỗi tháng", Y24,
      approx="at_least", status="target"),
    F("thả 150.000 con", "150.000", 150000, "count", "con giống", "con giống được thả", Y24, status="target"),
    F("thêm 20 rạn", "20", 20, "count", "rạn nhân tạo", "rạn nhân tạo lắp đặt thêm", Y24, status="target"),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "tổng kinh phí thực hiện", I(Y24), approx="about",
      status="forecast"),
    F("chiếm 60%", "60", 60, "percent", "%", "tỷ trọng ngân sách tỉnh trong tổng kinh phí", I(Y24), status="forecast"),
]

NOTES = [
    "Báo Quảng Trị online: year-less headline with a figure, 'Thứ Ba, 16/01/2024, 15:20', '(QTO) -' tag, byline at the end. Cồn Cỏ island district.",
    "Distractors: (QTO), hotline 0233.3568.115, time 15:20, baselines 'năm 2022', 'năm 2020', 'năm 2021'.",
    "'Trong năm' (year-less) takes 2023 from 'Năm 2023' before it. 'Số lượt tuần tra năm 2023 gấp 2 lần năm 2020' stands alone: multiple.",
    "'đạt bình quân 42,3%, cao hơn 3,1 điểm phần trăm so với năm 2021' → percent figure with change in điểm phần trăm (a level, not a growth rate).",
    "'mỗi tháng ít nhất 15 lượt tuần tra' → measure lượt tuần tra/tháng, at_least, target; 'Dự kiến' governs the trong đó clause (60% forecast).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2024-01-16", location="Cồn Cỏ")
