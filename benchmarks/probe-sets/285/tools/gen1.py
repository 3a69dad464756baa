from lib import F, per, chg, tgt, write

text = """Quảng Bình công bố kết quả bầu cử đại biểu HĐND tỉnh khóa XVIII
Cập nhật: 02/06/2021 15:40 | Lượt xem: 3.127

Chiều 1/6, Ủy ban bầu cử tỉnh Quảng Bình tổ chức họp báo công bố kết quả bầu cử đại biểu Hội đồng nhân dân (HĐND) tỉnh khóa XVIII, nhiệm kỳ 2021-2026 theo Nghị quyết số 47/NQ-UBBC ngày 29/5/2021 của Ủy ban bầu cử tỉnh.

Cuộc bầu cử ngày 23/5/2021 trên địa bàn tỉnh diễn ra an toàn, dân chủ, đúng luật. Toàn tỉnh có 656.412 cử tri được bố trí tại 1.043 khu vực bỏ phiếu; số cử tri đã tham gia bỏ phiếu là 655.318 người, đạt tỷ lệ 99,83%. Có 5/8 huyện, thị xã, thành phố đạt tỷ lệ cử tri đi bầu trên 99,9%, cao nhất là huyện Minh Hóa (99,98%) và huyện Tuyên Hóa (99,96%); thấp nhất là thành phố Đồng Hới với 99,41%.

Kết quả, 55 người đã trúng cử đại biểu HĐND tỉnh trong tổng số 91 người ứng cử tại 15 đơn vị bầu cử. Trong số 55 đại biểu trúng cử, có 17 đại biểu nữ, chiếm 30,91%, tăng 2 đại biểu so với nhiệm kỳ trước; 2 đại biểu là người dân tộc thiểu số (3,64%); 9 đại biểu trẻ tuổi (dưới 40 tuổi), chiếm 16,36%; 3 đại biểu ngoài Đảng và 21 đại biểu tái cử, chiếm 38,18%.

Cùng ngày, HĐND cấp huyện bầu đủ 302 đại biểu; cấp xã bầu được 3.718 đại biểu, riêng 4 xã phải tổ chức bầu thêm do chưa bầu đủ số lượng được ấn định.

Theo Ủy ban bầu cử tỉnh, kỳ họp thứ nhất HĐND tỉnh khóa XVIII dự kiến khai mạc ngày 25/6/2021 tại Hội trường số 1, đường Hùng Vương, thành phố Đồng Hới. Mọi phản ánh xin gửi về Văn phòng Đoàn ĐBQH và HĐND tỉnh, điện thoại 0232.3822.416.
"""

E = per("ngày 23/5/2021", "2021-05-23", "2021-05-23", inherited=True)
figs = [
    F("có 656.412 cử tri", "656.412", 656412, "count", "cử tri", "cử tri", period=E),
    F("1.043 khu vực bỏ phiếu", "1.043", 1043, "count", "khu vực bỏ phiếu", "khu vực bỏ phiếu", period=E),
    F("là 655.318 người", "655.318", 655318, "count", "người", "số cử tri đã tham gia bỏ phiếu",
      percent=99.83, period=E),
    F("Có 5/8 huyện", "5", 5, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố đạt tỷ lệ cử tri đi bầu trên 99,9%", total=8, period=E),
    F("bầu trên 99,9%", "99,9", 99.9, "percent", "%", "tỷ lệ cử tri đi bầu", approx="over", optional=True),
    F("Minh Hóa (99,98%)", "99,98", 99.98, "percent", "%", "tỷ lệ cử tri đi bầu", location="Minh Hóa", period=E),
    F("Tuyên Hóa (99,96%)", "99,96", 99.96, "percent", "%", "tỷ lệ cử tri đi bầu", location="Tuyên Hóa", period=E),
    F("với 99,41%", "99,41", 99.41, "percent", "%", "tỷ lệ cử tri đi bầu", location="Đồng Hới", period=E),
    F("Kết quả, 55 người", "55", 55, "count", "người", "người trúng cử đại biểu HĐND tỉnh", total=91, period=E),
    F("15 đơn vị bầu cử", "15", 15, "count", "đơn vị bầu cử", "đơn vị bầu cử", period=E),
    F("Trong số 55 đại biểu", "55", 55, "count", "đại biểu", "đại biểu trúng cử", optional=True),
    F("có 17 đại biểu nữ", "17", 17, "count", "đại biểu", "đại biểu nữ", total=55, percent=30.91,
      change=chg("increase", 2, "đại biểu", "nhiệm kỳ trước"), period=E),
    F("2 đại biểu là người dân tộc", "2", 2, "count", "đại biểu", "đại biểu là người dân tộc thiểu số",
      total=55, percent=3.64, period=E),
    F("9 đại biểu trẻ tuổi", "9", 9, "count", "đại biểu", "đại biểu trẻ tuổi", total=55, percent=16.36, period=E),
    F("dưới 40 tuổi", "40", 40, "measure", "tuổi", approx="under", optional=True),
    F("3 đại biểu ngoài Đảng", "3", 3, "count", "đại biểu", "đại biểu ngoài Đảng", total=55, period=E),
    F("21 đại biểu tái cử", "21", 21, "count", "đại biểu", "đại biểu tái cử", total=55, percent=38.18, period=E),
    F("bầu đủ 302 đại biểu", "302", 302, "count", "đại biểu", "đại biểu HĐND cấp huyện", period=E),
    F("3.718 đại biểu", "3.718", 3718, "count", "đại biểu", "đại biểu cấp xã", period=E),
    F("riêng 4 xã", "4", 4, "count", "xã", "xã phải tổ chức bầu thêm", period=E),
]

write(1, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): result of the 23/5/2021 election of the provincial People's Council.",
    "Dateline 'Cập nhật: 02/06/2021 15:40 | Lượt xem: 3.127'. Distractors: view counter, khóa XVIII, nhiệm kỳ 2021-2026 (title only),",
    "Nghị quyết số 47/NQ-UBBC, Chiều 1/6, 'kỳ họp thứ nhất', 'Hội trường số 1', phone 0232.3822.416.",
    "All figures take the election day (ngày 23/5/2021, previous sentence) as an inherited period.",
    "'55 người ... trong tổng số 91 người ứng cử' gives total 91; the parts after 'Trong số 55 đại biểu' take total 55;",
    "revised: removed 91 as a figure of its own (the total after 'trong tổng số' is an attribute only, as shared h02's 76).",
    "the repeated 55 after 'Trong số' is optional (structure). 'tăng 2 đại biểu so với nhiệm kỳ trước' is the change of 17.",
    "655.318 người: share 99,83% is its percent (no part-of cue, so no total). Turnout list items: district = location.",
    "'trên 99,9%' (threshold inside the defining clause of 5/8) and 'dưới 40 tuổi' are optional.",
], text, figs, published="2021-06-02", location="Quảng Bình")
