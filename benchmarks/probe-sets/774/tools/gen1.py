from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Thừa Thiên Huế
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe
Cập nhật: 15/08/2024 10:20
Lượt xem: 3.482

Hơn 1.900 người đăng ký hiến mô, tạng trong 7 tháng đầu năm

Theo Sở Y tế, trong 7 tháng đầu năm 2024, toàn tỉnh có 1.946 người đăng ký hiến mô, tạng sau khi chết, tăng 38,2% so với cùng kỳ năm 2023; trong đó có 1.214 đoàn viên, thanh niên, chiếm 62,4%. Tính đến ngày 31/7/2024, tổng số người đăng ký hiến mô, tạng trên địa bàn tỉnh là 8.573 người.

Cũng trong 7 tháng, Bệnh viện Trung ương Huế đã thực hiện 47 ca ghép tạng (39 ca ghép thận, 5 ca ghép gan, 3 ca ghép tim). Trong đó có 6 ca nhận tạng từ 2 người hiến chết não. Đáng chú ý, ngày 12/6/2024, bệnh viện đã tiếp nhận và điều phối tạng của một nam thanh niên 19 tuổi bị chết não, cứu sống 5 người bệnh.

Chi phí mỗi ca ghép thận tại bệnh viện khoảng 250-300 triệu đồng, thấp hơn khoảng 30% so với các cơ sở ghép tạng phía Bắc; quỹ bảo hiểm y tế chi trả từ 50 đến 80% tùy đối tượng.

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, năm 2024 tỉnh phấn đấu có thêm 3.000 người đăng ký hiến mô, tạng; Bệnh viện Trung ương Huế dự kiến thực hiện 80 ca ghép thận và đến năm 2025 nâng lên 100 ca/năm.

Người dân có nhu cầu đăng ký liên hệ Đơn vị Điều phối ghép tạng, Bệnh viện Trung ương Huế, số 16 Lê Lợi, TP. Huế; điện thoại 0234.3822.325.

Bản quyền thuộc Cổng Thông tin điện tử tỉnh Thừa Thiên Huế. Giấy phép số 47/GP-TTĐT.
"""

P7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
P7Y = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
P7B = P("7 tháng", "2024-01-01", "2024-07-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.900 người", "1.900", 1900, "count", "người", "người đăng ký hiến mô, tạng", P7, approx="over"),
    F("có 1.946 người", "1.946", 1946, "count", "người", "người đăng ký hiến mô, tạng sau khi chết", P7Y,
      change=CH("increase", 38.2, "%", "cùng kỳ năm 2023")),
    F("có 1.214 đoàn viên", "1.214", 1214, "count", "đoàn viên", "đoàn viên, thanh niên đăng ký hiến mô, tạng", P7Y,
      total=1946, percent=62.4),
    F("là 8.573 người", "8.573", 8573, "count", "người", "tổng số người đăng ký hiến mô, tạng trên địa bàn tỉnh",
      P("Tính đến ngày 31/7/2024", None, "2024-07-31")),
    F("thực hiện 47 ca", "47", 47, "count", "ca", "ca ghép tạng Bệnh viện Trung ương Huế thực hiện", P7B),
    F("(39 ca", "39", 39, "count", "ca", "ca ghép thận", P7B, total=47),
    F("5 ca ghép gan", "5", 5, "count", "ca", "ca ghép gan", P7B, total=47),
    F("3 ca ghép tim", "3", 3, "count", "ca", "ca ghép tim", P7B, total=47),
    F("có 6 ca nhận", "6", 6, "count", "ca", "ca nhận tạng từ người hiến chết não", I(P7B), total=47),
    F("từ 2 người hiến", "2", 2, "count", "người", "người hiến chết não", I(P7B)),
    F("thanh niên 19 tuổi", "19", 19, "measure", "tuổi", "tuổi người hiến chết não", optional=True),
    F("cứu sống 5 người", "5", 5, "count", "người bệnh", "người bệnh được cứu sống",
      P("ngày 12/6/2024", "2024-06-12", "2024-06-12")),
    F("khoảng 250-300 triệu", "250", 250e6, "money", "đồng", "chi phí mỗi ca ghép thận tại bệnh viện",
      value_max=300e6, approx="about",
      change=CH("decrease", 30, "%", "các cơ sở ghép tạng phía Bắc", approx="about")),
    F("từ 50 đến 80%", "50", 50, "percent", "%", "chi phí ghép thận quỹ bảo hiểm y tế chi trả", value_max=80),
    F("thêm 3.000 người", "3.000", 3000, "count", "người", "người đăng ký hiến mô, tạng", Y24, status="target"),
    F("thực hiện 80 ca", "80", 80, "count", "ca", "ca ghép thận Bệnh viện Trung ương Huế thực hiện", Y24,
      status="forecast"),
    F("lên 100 ca/năm", "100", 100, "measure", "ca/năm", "ca ghép thận Bệnh viện Trung ương Huế",
      P("đến năm 2025", None, "2025-12-31"), status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: người đăng ký hiến mô, tạng 7 tháng đầu năm 2024; ghép tạng tại BV Trung ương Huế; chi phí; kế hoạch 2024-2025.",
    "Headline '7 tháng đầu năm' takes 2024 from 'Cập nhật: 15/08/2024'; 'Cũng trong 7 tháng' likewise (scored, same sentence).",
    "Bracketed breakdown (39 + 5 + 3 = 47) and the next-sentence 'Trong đó có 6 ca' are parts of 47; the 2 donors count people, not cases (no total).",
    "'19 tuổi' is an age (optional). 'thấp hơn khoảng 30% so với ...' after the cost range is its change. '100 ca/năm' is a rate (measure) and stays",
    "forecast (continues the 'dự kiến' clause). Not figures: Lượt xem 3.482, Kế hoạch số 215/KH-UBND, số 16 Lê Lợi, phone, Giấy phép số 47/GP-TTĐT, dates.",
    "The 5 ca and 3 ca anchors rely on their unit words. Location: the province throughout (BV Trung ương Huế is in it).",
]

if __name__ == "__main__":
    emit("p774-1", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Thừa Thiên Huế")
