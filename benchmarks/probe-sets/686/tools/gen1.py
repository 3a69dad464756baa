from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Bắc Giang: Quý I/2024 xử lý hơn 3.100 trường hợp vi phạm nồng độ cồn

Cập nhật: 08/04/2024 15:20 | Lượt xem: 1.482

Theo báo cáo của Công an tỉnh Bắc Giang, quý I/2024, lực lượng cảnh sát giao thông toàn tỉnh đã kiểm tra 41.236 lượt phương tiện, phát hiện, xử lý 3.128 trường hợp vi phạm quy định về nồng độ cồn, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, người điều khiển ô tô 412 trường hợp, người điều khiển mô tô, xe máy 2.695 trường hợp, xe đạp điện 21 trường hợp.

Tổng số tiền phạt nộp kho bạc nhà nước là 14.852,5 triệu đồng; tước 2.976 giấy phép lái xe, tạm giữ 2.870 phương tiện.

Địa phương phát hiện nhiều trường hợp vi phạm nhất là TP. Bắc Giang (615 trường hợp), tiếp đến là các huyện Lục Nam (402 trường hợp), Yên Dũng (358 trường hợp) và thị xã Việt Yên (331 trường hợp).

Đáng chú ý, rạng sáng 12/3/2024, tại Km 45+200 Quốc lộ 1A (xã Quang Châu), tổ công tác của Đội CSGT số 2 dừng xe tải để kiểm tra. Kết quả đo cho thấy tài xế có nồng độ cồn 0,612 miligam/lít khí thở, vượt mức cao nhất của khung xử phạt.

Nhờ tăng cường kiểm soát, tai nạn giao thông quý I trên địa bàn tỉnh giảm cả 3 tiêu chí; số vụ liên quan đến rượu, bia là 9 vụ, giảm 5 vụ so với cùng kỳ.

Trong quý II, Công an tỉnh dự kiến tổ chức 2 đợt cao điểm kiểm tra nồng độ cồn, phấn đấu kéo giảm số vụ tai nạn giao thông từ 5 đến 10% so với cùng kỳ.

Đường dây nóng Phòng CSGT Công an tỉnh: 0204.3855.277.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1h = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1i = I(Q1)
Q1b = P("quý I", "2024-01-01", "2024-03-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
D = I(P("rạng sáng 12/3/2024", "2024-03-12", "2024-03-12"))
VP = "trường hợp vi phạm nồng độ cồn"

FIGS = [
    F("xử lý hơn 3.100 trường hợp", "3.100", 3100, "count", "trường hợp", VP, Q1h, approx="over"),
    F("kiểm tra 41.236 lượt", "41.236", 41236, "count", "lượt phương tiện",
      "lượt phương tiện lực lượng cảnh sát giao thông kiểm tra", Q1),
    F("xử lý 3.128 trường hợp", "3.128", 3128, "count", "trường hợp",
      "trường hợp vi phạm quy định về nồng độ cồn", Q1,
      change=CH("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("ô tô 412 trường hợp", "412", 412, "count", "trường hợp",
      "người điều khiển ô tô vi phạm nồng độ cồn", Q1i, total=3128),
    F("xe máy 2.695 trường hợp", "2.695", 2695, "count", "trường hợp",
      "người điều khiển mô tô, xe máy vi phạm nồng độ cồn", Q1i, total=3128),
    F("điện 21 trường hợp", "21", 21, "count", "trường hợp",
      "người điều khiển xe đạp điện vi phạm nồng độ cồn", Q1i, total=3128),
    F("là 14.852,5 triệu đồng", "14.852,5", 14852500000, "money", "đồng",
      "tổng số tiền phạt nộp kho bạc nhà nước", Q1i),
    F("tước 2.976 giấy phép", "2.976", 2976, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", Q1i),
    F("tạm giữ 2.870 phương tiện", "2.870", 2870, "count", "phương tiện", "phương tiện bị tạm giữ", Q1i),
    F("(615 trường hợp)", "615", 615, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn phát hiện", Q1i,
      location="TP. Bắc Giang"),
    F("(402 trường hợp)", "402", 402, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn phát hiện", Q1i,
      location="Lục Nam"),
    F("(358 trường hợp)", "358", 358, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn phát hiện", Q1i,
      location="Yên Dũng"),
    F("(331 trường hợp)", "331", 331, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn phát hiện", Q1i,
      location="Việt Yên"),
    F("nồng độ cồn 0,612", "0,612", 0.612, "measure", "miligam/lít khí thở",
      "nồng độ cồn của tài xế xe tải", D),
    F("giảm cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("là 9 vụ", "9", 9, "count", "vụ", "vụ tai nạn giao thông liên quan đến rượu, bia", Q1b,
      change=CH("decrease", 5, "vụ", "cùng kỳ")),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt cao điểm kiểm tra nồng độ cồn", Q2, status="forecast"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "kéo giảm số vụ tai nạn giao thông", Q2,
      value_max=10, status="target"),
]

COMMENTS = [
    "p686-1 — province portal (Bắc Giang): drink-driving checks in Q1/2024. Breadcrumb, 'Cập nhật: 08/04/2024 15:20', 'Lượt xem: 1.482'.",
    "Distractors: Lượt xem counter, 'Km 45+200', 'Quốc lộ 1A', 'Đội CSGT số 2', date 12/3/2024, hotline 0204.3855.277, 'cùng kỳ năm 2023'.",
    "The 'Trong đó' vehicle split adds up to 3.128 (total). The district list has no cue and is a subset: no total; district -> location.",
    "'giảm cả 3 tiêu chí' is structure (optional). '2 đợt' is under 'dự kiến' (forecast); the 5-10% reduction under 'phấn đấu' (target), no change.",
    "'quý I' without a year in the 9-vụ sentence takes 2024 from the earlier 'quý I/2024'; 'quý II' likewise 2024.",
]

if __name__ == "__main__":
    emit("p686-1", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Bắc Giang")
