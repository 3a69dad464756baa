"""p1174-1: Nghệ An province portal, alcohol checks in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Nghệ An: Hơn 9.800 trường hợp vi phạm nồng độ cồn bị xử lý trong 6 tháng

Cập nhật: 12/07/2024 16:20 | Lượt xem: 2.418

6 tháng đầu năm 2024, lực lượng Cảnh sát giao thông Công an tỉnh Nghệ An đã kiểm tra nồng độ cồn đối với 186.540 lượt người điều khiển phương tiện, phát hiện, lập biên bản 9.872 trường hợp vi phạm, tăng 23,5% so với cùng kỳ năm 2023. Trong đó, người điều khiển ô tô 1.146 trường hợp, mô tô, xe gắn máy 8.613 trường hợp, xe đạp và phương tiện khác 113 trường hợp. Tổng số tiền phạt nộp ngân sách nhà nước hơn 38,6 tỷ đồng; tước quyền sử dụng giấy phép lái xe 7.215 trường hợp, tạm giữ 8.940 phương tiện các loại.

Riêng đợt cao điểm từ ngày 15/4 đến 15/5, các tổ công tác phát hiện 2.307 trường hợp, chiếm 23,4% tổng số vi phạm nồng độ cồn của 6 tháng.

Từ đầu năm đến nay, Đội CSGT - Trật tự Công an TP Vinh tổ chức kiểm tra vào khung giờ từ 20 giờ đến 23 giờ trên các tuyến đường Lê Lợi, Quang Trung, Nguyễn Văn Cừ, xử lý 1.524 trường hợp; Công an huyện Diễn Châu và thị xã Hoàng Mai lần lượt xử lý 612 và 438 trường hợp.

Cũng trong 6 tháng, trên địa bàn tỉnh xảy ra 312 vụ tai nạn giao thông, làm chết 178 người, bị thương 241 người; so với cùng kỳ giảm 37 vụ, giảm 19 người chết. Theo Phòng CSGT, khoảng 30% số vụ tai nạn nghiêm trọng có liên quan đến rượu, bia.

Thời gian tới, Công an tỉnh tiếp tục duy trì kiểm tra nồng độ cồn "mọi lúc, mọi nơi", phấn đấu kéo giảm tai nạn giao thông từ 5 đến 10% trên cả 3 tiêu chí. Người dân có thể phản ánh vi phạm qua đường dây nóng 069.2878.333.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
PEAK = P("từ ngày 15/4 đến 15/5", "2024-04-15", "2024-05-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
ALSO = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
V = "trường hợp vi phạm nồng độ cồn bị xử lý"

FIGS = [
    F("Hơn 9.800 trường hợp", "9.800", 9800, "count", "trường hợp", approx="over", subject=V, period=HEAD),
    F("186.540 lượt người", "186.540", 186540, "count", "lượt người",
      subject="người điều khiển phương tiện được kiểm tra nồng độ cồn", period=H1),
    F("lập biên bản 9.872 trường hợp", "9.872", 9872, "count", "trường hợp",
      change=C("increase", 23.5, "%", "cùng kỳ năm 2023"),
      subject="trường hợp vi phạm nồng độ cồn phát hiện, lập biên bản", period=H1),
    F("ô tô 1.146 trường hợp", "1.146", 1146, "count", "trường hợp", total=9872,
      subject="trường hợp vi phạm nồng độ cồn là người điều khiển ô tô", period=I(H1)),
    F("xe gắn máy 8.613 trường hợp", "8.613", 8613, "count", "trường hợp", total=9872,
      subject="trường hợp vi phạm nồng độ cồn là người điều khiển mô tô, xe gắn máy", period=I(H1)),
    F("phương tiện khác 113 trường hợp", "113", 113, "count", "trường hợp", total=9872,
      subject="trường hợp vi phạm nồng độ cồn là người điều khiển xe đạp và phương tiện khác", period=I(H1)),
    F("hơn 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", approx="over",
      subject="tiền phạt vi phạm nồng độ cồn nộp ngân sách nhà nước", period=I(H1)),
    F("giấy phép lái xe 7.215 trường hợp", "7.215", 7215, "count", "trường hợp",
      subject="trường hợp bị tước quyền sử dụng giấy phép lái xe", period=I(H1)),
    F("tạm giữ 8.940 phương tiện", "8.940", 8940, "count", "phương tiện",
      subject="phương tiện bị tạm giữ", period=I(H1)),
    F("phát hiện 2.307 trường hợp", "2.307", 2307, "count", "trường hợp", percent=23.4,
      subject="trường hợp vi phạm nồng độ cồn phát hiện trong đợt cao điểm", period=PEAK),
    F("xử lý 1.524 trường hợp", "1.524", 1524, "count", "trường hợp", location="Vinh",
      subject=V, period=YTD),
    F("lần lượt xử lý 612", "612", 612, "count", "trường hợp", location="Diễn Châu",
      subject=V, period=YTD),
    F("612 và 438 trường hợp", "438", 438, "count", "trường hợp", location="Hoàng Mai",
      subject=V, period=YTD),
    F("xảy ra 312 vụ", "312", 312, "count", "vụ", change=C("decrease", 37, "vụ", "cùng kỳ"),
      subject="vụ tai nạn giao thông", period=ALSO),
    F("làm chết 178 người", "178", 178, "count", "người", change=C("decrease", 19, "người", "cùng kỳ"),
      subject="người chết do tai nạn giao thông", period=ALSO),
    F("bị thương 241 người", "241", 241, "count", "người",
      subject="người bị thương do tai nạn giao thông", period=ALSO),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ vụ tai nạn nghiêm trọng có liên quan đến rượu, bia", period=I(ALSO)),
    F("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10, status="target",
      subject="mức kéo giảm tai nạn giao thông"),
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True, status="target"),
]

NOTES = [
    "Province portal (Nghệ An): alcohol checks, 6 months 2024. Breadcrumb, 'Cập nhật: 12/07/2024 16:20 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 16:20, 'từ 20 giờ đến 23 giờ' (times of day), hotline 069.2878.333, dates 15/4, 15/5.",
    "Vehicle breakdown after 'Trong đó' adds up to 9.872 (total). 'giảm 37 vụ, giảm 19 người chết' after the injured clause are the changes",
    "of 312 vụ and 178 người (same things counted). 'Từ đầu năm đến nay' ends at published. '3 tiêu chí' is structure (optional).",
    "2.307 'chiếm 23,4% tổng số vi phạm' names no whole number: percent only, no total.",
]

if __name__ == "__main__":
    write("p1174-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Nghệ An")
