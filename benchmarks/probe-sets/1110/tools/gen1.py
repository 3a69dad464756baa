"""p1110-1: province portal (Ninh Thuận), sea-turtle nesting season 2024 at Núi Chúa national park."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Cập nhật: 12/11/2024 09:45 | Lượt xem: 1.236

Vườn quốc gia Núi Chúa: 96 ổ trứng rùa biển được bảo vệ an toàn

Theo Ban quản lý Vườn quốc gia Núi Chúa, trong mùa sinh sản năm 2024, rùa biển đã lên đẻ tại các bãi Thương Bãi Chính, Bãi Thịt và Đá Vách (xã Vĩnh Hải). Lực lượng bảo tồn đã phát hiện và bảo vệ 96 ổ trứng, tăng 21 ổ so với năm 2023; trong đó 71 ổ được giữ nguyên tại chỗ, 25 ổ được di dời vào khu ấp nở bán tự nhiên để tránh triều cường.

Tổng số trứng thu được là 8.326 quả. Đến hết tháng 10/2024, đã có 6.915 rùa con nở và được thả về biển, đạt tỷ lệ 83,1%, cao hơn mức 78,4% của năm trước. Thời gian ấp trung bình từ 48 đến 55 ngày.

Để bảo vệ bãi đẻ, Vườn quốc gia duy trì 3 tổ tuần tra trực đêm, tổ chức 412 lượt tuần tra, phối hợp với Đồn Biên phòng Vĩnh Hải ngăn chặn 7 trường hợp vào bãi trái phép. Kinh phí cho hoạt động bảo tồn rùa biển năm 2024 khoảng 1,2 tỷ đồng, trong đó vốn tài trợ của các tổ chức quốc tế chiếm gần 40%.

Bên cạnh đó, ngư dân trong tỉnh đã bàn giao 14 cá thể rùa biển mắc lưới để cứu hộ, trong đó 13 cá thể đã được chăm sóc và thả về biển, 1 cá thể chết do bị thương quá nặng. Ngoài ra, 2 cá thể cá heo mắc cạn tại bãi biển Cà Ná cũng được giải cứu thành công.

Năm 2025, Vườn quốc gia phấn đấu bảo vệ trên 100 ổ trứng, tỷ lệ nở đạt từ 85% trở lên và tổ chức 5 đợt truyền thông tại các xã ven biển theo Quyết định số 1268/QĐ-UBND ngày 15/7/2023 của UBND tỉnh.

Liên hệ: Vườn quốc gia Núi Chúa, thôn Khánh Tân, xã Vĩnh Hải; điện thoại: 0259.3890.212.
"""

Y24 = P("mùa sinh sản năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
OCT = P("Đến hết tháng 10/2024", None, "2024-10-31")

FIGS = [
    F("Núi Chúa: 96 ổ trứng", "96", 96, "count", "ổ trứng", "ổ trứng rùa biển được bảo vệ an toàn", I(Y24)),
    F("bảo vệ 96 ổ trứng, tăng 21 ổ", "96", 96, "count", "ổ trứng", "ổ trứng rùa biển được phát hiện và bảo vệ",
      I(Y24), change=C("increase", 21, "ổ", "năm 2023")),
    F("trong đó 71 ổ", "71", 71, "count", "ổ", "ổ trứng được giữ nguyên tại chỗ", I(Y24), total=96),
    F("25 ổ được di dời", "25", 25, "count", "ổ", "ổ trứng được di dời vào khu ấp nở bán tự nhiên", I(Y24), total=96),
    F("là 8.326 quả", "8.326", 8326, "count", "quả", "tổng số trứng thu được", I(Y24)),
    F("có 6.915 rùa con", "6.915", 6915, "count", "rùa con", "rùa con nở và được thả về biển", OCT, percent=83.1),
    F("mức 78,4% của năm trước", "78,4", 78.4, "percent", "%", "tỷ lệ nở",
      P("năm trước", "2023-01-01", "2023-12-31")),
    F("từ 48 đến 55 ngày", "48", 48, "measure", "ngày", "thời gian ấp trung bình", I(Y24), value_max=55),
    F("duy trì 3 tổ tuần tra", "3", 3, "count", "tổ tuần tra", "tổ tuần tra trực đêm", I(Y24)),
    F("412 lượt tuần tra", "412", 412, "count", "lượt tuần tra", "lượt tuần tra bảo vệ bãi đẻ", I(Y24)),
    F("ngăn chặn 7 trường hợp", "7", 7, "count", "trường hợp", "trường hợp vào bãi trái phép bị ngăn chặn", I(Y24)),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí cho hoạt động bảo tồn rùa biển",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("chiếm gần 40%", "40", 40, "percent", "%", "tỷ trọng vốn tài trợ của các tổ chức quốc tế trong kinh phí bảo tồn",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("bàn giao 14 cá thể", "14", 14, "count", "cá thể", "cá thể rùa biển mắc lưới được bàn giao để cứu hộ", I(Y24)),
    F("trong đó 13 cá thể", "13", 13, "count", "cá thể", "cá thể rùa biển được chăm sóc và thả về biển", I(Y24), total=14),
    F("1 cá thể chết", "1", 1, "count", "cá thể", "cá thể rùa biển chết", I(Y24), total=14),
    F("2 cá thể cá heo", "2", 2, "count", "cá thể", "cá thể cá heo mắc cạn được giải cứu", I(Y24)),
    F("bảo vệ trên 100 ổ trứng", "100", 100, "count", "ổ trứng", "ổ trứng được bảo vệ", Y25,
      approx="over", status="target"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ nở", Y25, approx="at_least", status="target"),
    F("tổ chức 5 đợt truyền thông", "5", 5, "count", "đợt truyền thông", "đợt truyền thông tại các xã ven biển", Y25,
      status="target"),
]

NOTES = [
    "Ninh Thuận province portal: Núi Chúa national park, sea-turtle nesting season 2024 (published 12/11/2024).",
    "Distractors: Lượt xem 1.236, Quyết định số 1268/QĐ-UBND ngày 15/7/2023, phone 0259.3890.212, times, dates.",
    "83,1% after 'đạt tỷ lệ' is the percent of 6.915 rùa con; 78,4% (last year's rate) is its own figure, 'cao hơn mức' gives no change value.",
    "'từ 85% trở lên' read as at_least; headline and season figures inherit 2024 from 'mùa sinh sản năm 2024'.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-11-12", location="Ninh Thuận")
