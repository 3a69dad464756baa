"""p950-5: Báo Nam Định (Party newspaper) — trụ nước chữa cháy thiếu nước ở TP Nam Định, 2024-2025."""
from lib import F, P, I, C, T, write

TEXT = """Khắc phục tình trạng trụ nước chữa cháy "khát" nước

Những năm qua, cùng với tốc độ đô thị hóa, mạng lưới trụ nước chữa cháy trên địa bàn tỉnh từng bước được bổ sung. Tuy vậy, nhiều trụ đã xuống cấp, không có nước hoặc áp lực yếu, ảnh hưởng đến công tác chữa cháy.

Theo Phòng Cảnh sát PCCC và CNCH Công an tỉnh, hiện toàn tỉnh có 1.214 trụ nước chữa cháy, trong đó TP Nam Định có 803 trụ, chiếm 66,1%. Qua kiểm tra năm 2024, có 176 trụ không có nước hoặc áp lực dưới 1 bar, tăng gần 20% so với năm 2023.

Trên các tuyến phố cổ như Hàng Tiện, Hàng Sắt, khoảng cách giữa các trụ lên tới 400-500 m. Khoảng cách này gấp hơn 3 lần quy định. Đêm 12/9/2024, tại vụ cháy nhà số 86 phố Hàng Sắt, xe chữa cháy phải chạy gần 2 km để tiếp nước.

Năm 2024, Công ty CP Cấp nước Nam Định đã đầu tư khoảng 2,6 tỷ đồng thay thế 95 trụ cũ và lắp mới 58 trụ tại các khu đô thị Hòa Vượng, Mỹ Trung. Theo kế hoạch, năm 2025 công ty tiếp tục lắp mới 120 trụ, trong đó 70 trụ tại TP Nam Định, 50 trụ tại các thị trấn.

Bên cạnh đó, toàn tỉnh có 1.530 ao, hồ, sông, ngòi được lực lượng chức năng khảo sát, đưa vào danh sách nguồn nước chữa cháy; trong đó 437 điểm xe chữa cháy có thể tiếp cận lấy nước cả trong mùa khô. Từ đầu năm đến nay, Công an tỉnh đã phối hợp với các địa phương cải tạo thêm 24 bến lấy nước dọc sông Đào và Quốc lộ 10.

Theo Thượng tá Trần Văn Bảy, Trưởng phòng Cảnh sát PCCC và CNCH, mỗi trụ nước hoạt động tốt có thể cung cấp 15-20 lít/giây, đủ cho 2 lăng phun chữa cháy. Người dân phát hiện trụ hỏng cần báo ngay cho cơ quan chức năng hoặc gọi số 114.

THANH HƯƠNG
18/03/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-18")

FIGS = [
    F("có 1.214 trụ", "1.214", 1214, "count", "trụ nước chữa cháy", "trụ nước chữa cháy"),
    F("có 803 trụ", "803", 803, "count", "trụ", total=1214, percent=66.1, subject="trụ nước chữa cháy",
      location="Nam Định"),
    F("có 176 trụ", "176", 176, "count", "trụ", change=C("increase", 20, "%", "năm 2023", "nearly"),
      subject="trụ không có nước hoặc áp lực dưới 1 bar", period=Y24),
    F("dưới 1 bar", "1", 1, "measure", "bar", approx="under", subject="áp lực trụ nước", optional=True),
    F("lên tới 400-500 m", "400", 400, "measure", "m", value_max=500,
      subject="khoảng cách giữa các trụ trên các tuyến phố cổ"),
    F("gấp hơn 3 lần", "3", 3, "multiple", "lần", approx="over", subject="khoảng cách giữa các trụ so với quy định"),
    F("gần 2 km", "2", 2, "measure", "km", approx="nearly", subject="quãng đường xe chữa cháy chạy để tiếp nước"),
    F("khoảng 2,6 tỷ đồng", "2,6", 2_600_000_000, "money", "đồng", approx="about",
      subject="kinh phí đầu tư thay thế, lắp mới trụ nước", period=Y24b),
    F("thay thế 95 trụ", "95", 95, "count", "trụ", "trụ cũ thay thế", Y24b),
    F("lắp mới 58 trụ", "58", 58, "count", "trụ", "trụ lắp mới", Y24b),
    F("lắp mới 120 trụ", "120", 120, "count", "trụ", status="target", subject="trụ lắp mới", period=Y25),
    F("70 trụ", "70", 70, "count", "trụ", total=120, status="target", subject="trụ lắp mới", period=Y25,
      location="Nam Định"),
    F("50 trụ", "50", 50, "count", "trụ", total=120, status="target", subject="trụ lắp mới tại các thị trấn",
      period=Y25),
    F("có 1.530 ao", "1.530", 1530, "count", "ao, hồ, sông, ngòi",
      "ao, hồ, sông, ngòi đưa vào danh sách nguồn nước chữa cháy"),
    F("437 điểm", "437", 437, "count", "điểm", total=1530,
      subject="điểm xe chữa cháy có thể tiếp cận lấy nước cả trong mùa khô"),
    F("thêm 24 bến", "24", 24, "count", "bến lấy nước", "bến lấy nước cải tạo thêm", YTD),
    F("15-20 lít/giây", "15", 15, "measure", "lít/giây", value_max=20, subject="lưu lượng mỗi trụ nước hoạt động tốt"),
    F("cho 2 lăng", "2", 2, "count", "lăng phun", "lăng phun chữa cháy", optional=True),
]

NOTES = [
    "Báo Nam Định: trụ nước chữa cháy thiếu nước, áp lực yếu; byline THANH HƯƠNG and bare date 18/03/2025 at the end.",
    "The article says 'tỉnh' only, but 'Công ty CP Cấp nước Nam Định' and TP Nam Định place it: location Nam Định throughout.",
    "'hiện' gives no period. 'Khoảng cách này gấp hơn 3 lần quy định' stands as its own sentence: a multiple figure.",
    "'Theo kế hoạch, năm 2025 ...' → target, parts after 'trong đó' get total 120. 'Từ đầu năm đến nay' ends at the bare date.",
    "Optional: 'dưới 1 bar' (a threshold) and 'đủ cho 2 lăng phun' (a capability, not a count of things).",
    "Distractors: 'Đêm 12/9/2024', 'nhà số 86 phố Hàng Sắt', Quốc lộ 10, 'Thượng tá Trần Văn Bảy', 'số 114'.",
]

write(5, TEXT, NOTES, FIGS, published="2025-03-18", location="Nam Định")
