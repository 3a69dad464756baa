"""p765-2: district portal (huyện Tân Phú, Đồng Nai), Cát Tiên rescue centre, Q1/2024."""
from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN PHÚ - TỈNH ĐỒNG NAI
Trang chủ » Tin tức » Tài nguyên - Môi trường

Quý I: Vườn quốc gia Cát Tiên thả 32 cá thể động vật hoang dã về tự nhiên

Thứ Sáu, 12/04/2024 - 09:45

Trong quý I/2024, Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật thuộc Vườn quốc gia Cát Tiên (đóng tại xã Nam Cát Tiên) đã tiếp nhận 47 cá thể động vật hoang dã, tăng 12 cá thể so với cùng kỳ năm 2023. Trong đó, linh trưởng 21 cá thể, rùa 15 cá thể, còn lại 11 cá thể thuộc các loài chim, thú nhỏ. Nguồn tiếp nhận chủ yếu từ các tỉnh Đồng Nai (17 cá thể), Bình Phước (12 cá thể), Lâm Đồng (8 cá thể) và TP Hồ Chí Minh (6 cá thể).

Sau thời gian cách ly, chăm sóc từ 30 đến 45 ngày, Trung tâm đã phối hợp với Hạt Kiểm lâm thả 32 cá thể về rừng đặc dụng tại Tiểu khu 412 và Tiểu khu 427, đạt 68,1% số cá thể tiếp nhận. Các cá thể đều được gắn chip theo dõi; tỷ lệ sống sót sau thả ước khoảng 80-85%.

Tổng kinh phí cứu hộ, nuôi dưỡng trong quý khoảng 640 triệu đồng, trong đó ngân sách nhà nước 420 triệu đồng, phần còn lại do Tổ chức Bảo tồn động vật hoang dã (WCS) và các nhà tài trợ hỗ trợ. Bình quân chi phí thức ăn khoảng 85.000 đồng/cá thể/ngày.

Theo kế hoạch, năm 2024 Trung tâm phấn đấu thả về tự nhiên ít nhất 120 cá thể, hoàn thành 2 khu bán hoang dã rộng 5,5 ha. Dự kiến đến năm 2025, số cá thể linh trưởng được tái thả tăng 30% so với năm 2023.

Người dân phát hiện động vật hoang dã bị nuôi nhốt, buôn bán trái phép xin báo về đường dây nóng 0251.3669.228 hoặc Hạt Kiểm lâm Vườn quốc gia Cát Tiên (Km 125, Quốc lộ 20).

Minh Hà (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

HQ = P("Quý I", "2024-01-01", "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SRC = "cá thể động vật hoang dã Trung tâm tiếp nhận"

FIGS = [
    F("thả 32 cá thể động vật", "32", 32, "count", "cá thể",
      subject="cá thể động vật hoang dã Vườn quốc gia Cát Tiên thả về tự nhiên", period=HQ),
    F("tiếp nhận 47 cá thể", "47", 47, "count", "cá thể",
      change=CH("increase", 12, "cá thể", baseline="cùng kỳ năm 2023"),
      subject="cá thể động vật hoang dã Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật tiếp nhận", period=Q1),
    F("linh trưởng 21 cá thể", "21", 21, "count", "cá thể", total=47, subject="cá thể linh trưởng tiếp nhận",
      period=inh(Q1)),
    F("rùa 15 cá thể", "15", 15, "count", "cá thể", total=47, subject="cá thể rùa tiếp nhận", period=inh(Q1)),
    F("còn lại 11 cá thể", "11", 11, "count", "cá thể", total=47,
      subject="cá thể thuộc các loài chim, thú nhỏ tiếp nhận", period=inh(Q1)),
    F("Đồng Nai (17 cá thể)", "17", 17, "count", "cá thể", subject=SRC, period=inh(Q1), location="Đồng Nai"),
    F("Bình Phước (12 cá thể)", "12", 12, "count", "cá thể", subject=SRC, period=inh(Q1), location="Bình Phước"),
    F("Lâm Đồng (8 cá thể)", "8", 8, "count", "cá thể", subject=SRC, period=inh(Q1), location="Lâm Đồng"),
    F("TP Hồ Chí Minh (6 cá thể)", "6", 6, "count", "cá thể", subject=SRC, period=inh(Q1),
      location="TP Hồ Chí Minh"),
    F("từ 30 đến 45 ngày", "30", 30, "measure", "ngày", value_max=45, subject="thời gian cách ly, chăm sóc"),
    F("thả 32 cá thể về rừng", "32", 32, "count", "cá thể", percent=68.1,
      subject="cá thể thả về rừng đặc dụng", period=inh(Q1)),
    F("khoảng 80-85%", "80", 80, "percent", "%", value_max=85, approx="about", status="estimate",
      subject="tỷ lệ sống sót sau thả"),
    F("khoảng 640 triệu đồng", "640", 640e6, "money", "đồng", approx="about",
      subject="tổng kinh phí cứu hộ, nuôi dưỡng", period=inh(Q1)),
    F("ngân sách nhà nước 420 triệu", "420", 420e6, "money", "đồng", total=640e6,
      subject="kinh phí cứu hộ, nuôi dưỡng từ ngân sách nhà nước", period=inh(Q1)),
    F("khoảng 85.000 đồng/cá thể/ngày", "85.000", 85000, "money", "đồng/cá thể/ngày", approx="about",
      subject="chi phí thức ăn bình quân"),
    F("ít nhất 120 cá thể", "120", 120, "count", "cá thể", approx="at_least", status="target",
      subject="cá thể Trung tâm thả về tự nhiên", period=Y24),
    F("hoàn thành 2 khu", "2", 2, "count", "khu", status="target", subject="khu bán hoang dã hoàn thành",
      period=Y24),
    F("rộng 5,5 ha", "5,5", 5.5, "measure", "ha", status="target", subject="diện tích khu bán hoang dã",
      period=Y24),
    F("tăng 30% so với năm 2023", "30", 30, "percent", "%", status="forecast",
      subject="số cá thể linh trưởng được tái thả", period=T25),
]

COMMENTS = [
    "Tân Phú district portal (Đồng Nai): Cát Tiên national park rescue centre, quý I/2024: intake by group and source province,",
    "releases, survival, cost, 2024/2025 plans. District portal -> location Tân Phú; source provinces in the bracketed list are the",
    "items' location (list sharing one indicator). The list says 'chủ yếu' and adds to 43 of 47, so no total.",
    "Headline 'Quý I' takes 2024 from the dateline. 'trong quý' gives the quarter, inherited from the lead (not scored).",
    "'tăng 30% so với năm 2023' is the claim (growth rate) -> percent figure, no change; 'Dự kiến' -> forecast.",
    "Distractors: Tiểu khu 412/427, Km 125 Quốc lộ 20, phone 0251.3669.228, dateline, 'Trung tâm' names.",
]

if __name__ == "__main__":
    emit("p765-2", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Tân Phú")
