from lib import F, P, Y, build

TEXT = """
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Tin hoạt động

Văn phòng Đăng ký đất đai tiếp nhận hơn 41 nghìn hồ sơ trong quý III
Ngày đăng: 08/10/2024 | Lượt xem: 764

Trong quý III/2024, Văn phòng Đăng ký đất đai tỉnh và 11 chi nhánh đã tiếp nhận 41.286 hồ sơ đăng ký đất đai, tài sản gắn liền với đất, tăng 9,4% so với quý II/2024. Trong đó, hồ sơ đăng ký biến động là 36.125 hồ sơ, chiếm 87,5%; hồ sơ cấp đổi, cấp lại giấy chứng nhận 3.914 hồ sơ; hồ sơ đăng ký lần đầu 1.247 hồ sơ. Bình quân mỗi ngày làm việc, toàn hệ thống tiếp nhận từ 550 đến 700 hồ sơ.

Số hồ sơ biến động nói trên gồm: đăng ký thế chấp, xóa thế chấp 17.402 hồ sơ; chuyển nhượng, tặng cho, thừa kế 14.880 hồ sơ; tách thửa, hợp thửa 2.615 hồ sơ; các loại biến động khác 1.228 hồ sơ.

Đáng chú ý, số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công đạt 12.960 hồ sơ, chiếm 31,4% tổng số hồ sơ tiếp nhận, gấp 2,3 lần so với quý III/2023. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%; còn 1.321 hồ sơ trễ hạn, giảm 42% so với quý trước.

Thời gian giải quyết thủ tục đăng ký biến động bình quân là 6,5 ngày. Riêng thành phố Biên Hòa tiếp nhận 10.874 hồ sơ, nhiều nhất toàn tỉnh; huyện Long Thành đứng thứ hai với 5.392 hồ sơ.

Người dân có thể tra cứu tình trạng hồ sơ qua tổng đài 1900.9090 hoặc tại Bộ phận một cửa, số 236 đường Phan Trung, phường Tân Tiến, TP Biên Hòa (giờ làm việc từ 7 giờ 30 đến 16 giờ 30).
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
FIGS = [
    F("hơn 41 nghìn hồ sơ", "41", 41000, "count", "hồ sơ", "hồ sơ Văn phòng Đăng ký đất đai tiếp nhận",
      approx="over", period=P("quý III", "2024-07-01", "2024-09-30")),
    F("11 chi nhánh", "11", 11, "count", "chi nhánh", "chi nhánh Văn phòng Đăng ký đất đai", optional=True),
    F("tiếp nhận 41.286 hồ sơ", "41.286", 41286, "count", "hồ sơ",
      "hồ sơ đăng ký đất đai, tài sản gắn liền với đất tiếp nhận",
      change={"direction": "increase", "value": 9.4, "unit": "%", "baseline": "quý II/2024"}, period=Q3),
    F("là 36.125 hồ sơ", "36.125", 36125, "count", "hồ sơ", "hồ sơ đăng ký biến động",
      total=41286, percent=87.5, period=Q3i),
    F("giấy chứng nhận 3.914 hồ sơ", "3.914", 3914, "count", "hồ sơ", "hồ sơ cấp đổi, cấp lại giấy chứng nhận",
      total=41286, period=Q3i),
    F("lần đầu 1.247 hồ sơ", "1.247", 1247, "count", "hồ sơ", "hồ sơ đăng ký lần đầu", total=41286, period=Q3i),
    F("từ 550 đến 700 hồ sơ", "550", 550, "count", "hồ sơ", "hồ sơ tiếp nhận bình quân mỗi ngày làm việc",
      value_max=700, period=Q3i),
    F("xóa thế chấp 17.402 hồ sơ", "17.402", 17402, "count", "hồ sơ", "hồ sơ đăng ký thế chấp, xóa thế chấp",
      total=36125, period=Q3i),
    F("thừa kế 14.880 hồ sơ", "14.880", 14880, "count", "hồ sơ", "hồ sơ chuyển nhượng, tặng cho, thừa kế",
      total=36125, period=Q3i),
    F("hợp thửa 2.615 hồ sơ", "2.615", 2615, "count", "hồ sơ", "hồ sơ tách thửa, hợp thửa", total=36125, period=Q3i),
    F("khác 1.228 hồ sơ", "1.228", 1228, "count", "hồ sơ", "hồ sơ các loại biến động khác", total=36125, period=Q3i),
    F("đạt 12.960 hồ sơ", "12.960", 12960, "count", "hồ sơ", "hồ sơ nộp trực tuyến qua Cổng Dịch vụ công",
      percent=31.4, change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "quý III/2023"},
      period=Q3i),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ hồ sơ giải quyết đúng hạn", period=Q3i),
    F("còn 1.321 hồ sơ", "1.321", 1321, "count", "hồ sơ", "hồ sơ trễ hạn",
      change={"direction": "decrease", "value": 42, "unit": "%", "baseline": "quý trước"}, period=Q3i),
    F("bình quân là 6,5 ngày", "6,5", 6.5, "measure", "ngày",
      "thời gian giải quyết thủ tục đăng ký biến động bình quân", period=Q3i),
    F("tiếp nhận 10.874 hồ sơ", "10.874", 10874, "count", "hồ sơ", "hồ sơ tiếp nhận",
      location="Biên Hòa", period=Q3i),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "hồ sơ tiếp nhận", location="Long Thành", period=Q3i),
    F("với 5.392 hồ sơ", "5.392", 5392, "count", "hồ sơ", "hồ sơ tiếp nhận", location="Long Thành", period=Q3i),
]

build("p376-2", TEXT, FIGS, [
    "Sở TN&MT Đồng Nai (department site): land registration dossiers, quý III/2024. 'Ngày đăng: … | Lượt xem: …' dateline.",
    "Distractors: 'Lượt xem: 764', hotline '1900.9090', address 'số 236 đường Phan Trung', office hours '7 giờ 30 đến 16 giờ 30'.",
    "'Trong đó' parts (36.125 / 3.914 / 1.247) add up to 41.286; the 'gồm:' parts after a sentence break add up to 36.125.",
    "'chiếm 31,4% tổng số hồ sơ tiếp nhận' is a percent (no number for the whole, so no total); 'gấp 2,3 lần so với quý III/2023' is a change.",
    "Biên Hòa / Long Thành figures take the place as location; the rank 'đứng thứ hai' is Long Thành's. 'TP Biên Hòa' in the address is a distractor.",
    "'11 chi nhánh' is structure: optional. Headline 'hơn 41 nghìn hồ sơ' annotated ('quý III' year from the dateline).",
], published="2024-10-08", location="Đồng Nai")
