"""p1017-1: Thanh Hóa province portal, six-month results 2024."""
from lib import F, P, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Thanh Hóa: 6 tháng cấp hơn 21.000 giấy chứng nhận quyền sử dụng đất

Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.316

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, toàn tỉnh đã cấp 21.486 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN), đạt 53,7% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, cấp lần đầu 6.215 GCN với diện tích 1.842,6 ha; cấp đổi, cấp lại và đăng ký biến động 15.271 GCN.

Một số địa phương có kết quả cao là thành phố Sầm Sơn (2.937 GCN), thị xã Nghi Sơn (1.865 GCN), huyện Thọ Xuân (1.412 GCN). Ngược lại, các huyện Mường Lát và Quan Sơn mới cấp lần lượt 38 và 52 GCN.

Cũng trong 6 tháng, Văn phòng Đăng ký đất đai tỉnh tiếp nhận 68.350 hồ sơ đăng ký đất đai, đã giải quyết 64.912 hồ sơ, đạt 95%; số hồ sơ trễ hạn là 426 hồ sơ, giảm 31% so với cùng kỳ. Thời gian giải quyết thủ tục cấp đổi GCN bình quân còn 7 ngày, rút ngắn 3 ngày so với quy định tại Quyết định số 2555/QĐ-UBND ngày 30/6/2022 của UBND tỉnh.

Thu ngân sách từ đất đai gắn với cấp GCN ước đạt 1.246 tỷ đồng, trong đó tiền sử dụng đất khoảng 1.105 tỷ đồng.

Toàn tỉnh hiện còn khoảng 9.800 thửa đất của hộ gia đình, cá nhân đủ điều kiện nhưng chưa được cấp GCN lần đầu, tập trung tại 11 huyện miền núi. Sở Tài nguyên và Môi trường phấn đấu đến hết năm 2024 cấp thêm 18.500 GCN, nâng tỷ lệ diện tích đất đã cấp GCN lần đầu lên trên 98,5%.
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("6 tháng cấp hơn 21.000 giấy", "21.000", 21000, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất đã cấp", approx="over",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("đã cấp 21.486 giấy", "21.486", 21486, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất đã cấp",
      percent=53.7, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), period=H6),
    F("cấp lần đầu 6.215 GCN", "6.215", 6215, "count", "GCN", "GCN cấp lần đầu",
      total=21486, period=H6i),
    F("diện tích 1.842,6 ha", "1.842,6", 1842.6, "measure", "ha", "diện tích cấp GCN lần đầu",
      period=H6i),
    F("biến động 15.271 GCN", "15.271", 15271, "count", "GCN",
      "GCN cấp đổi, cấp lại và đăng ký biến động", total=21486, period=H6i),
    F("(2.937 GCN)", "2.937", 2937, "count", "GCN", "GCN đã cấp", location="Sầm Sơn", period=H6i),
    F("(1.865 GCN)", "1.865", 1865, "count", "GCN", "GCN đã cấp", location="Nghi Sơn", period=H6i),
    F("(1.412 GCN)", "1.412", 1412, "count", "GCN", "GCN đã cấp", location="Thọ Xuân", period=H6i),
    F("lần lượt 38 và", "38", 38, "count", "GCN", "GCN đã cấp", location="Mường Lát", period=H6i),
    F("và 52 GCN", "52", 52, "count", "GCN", "GCN đã cấp", location="Quan Sơn", period=H6i),
    F("tiếp nhận 68.350 hồ sơ", "68.350", 68350, "count", "hồ sơ",
      "hồ sơ đăng ký đất đai Văn phòng Đăng ký đất đai tiếp nhận",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("giải quyết 64.912 hồ sơ", "64.912", 64912, "count", "hồ sơ", "hồ sơ đăng ký đất đai đã giải quyết",
      percent=95, period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("là 426 hồ sơ", "426", 426, "count", "hồ sơ", "hồ sơ trễ hạn",
      change=C("decrease", 31, baseline="cùng kỳ"), period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("còn 7 ngày", "7", 7, "measure", "ngày", "thời gian giải quyết thủ tục cấp đổi GCN bình quân",
      change=C("decrease", 3, "ngày", baseline="quy định tại Quyết định số 2555/QĐ-UBND")),
    F("ước đạt 1.246 tỷ đồng", "1.246", 1246e9, "money", "đồng", "thu ngân sách từ đất đai gắn với cấp GCN",
      status="estimate", period=H6i),
    F("khoảng 1.105 tỷ đồng", "1.105", 1105e9, "money", "đồng", "tiền sử dụng đất",
      approx="about", total=1246e9, status="estimate", period=H6i),
    F("khoảng 9.800 thửa", "9.800", 9800, "count", "thửa đất",
      "thửa đất của hộ gia đình, cá nhân đủ điều kiện nhưng chưa được cấp GCN lần đầu", approx="about"),
    F("tại 11 huyện", "11", 11, "count", "huyện", "huyện miền núi", optional=True),
    F("thêm 18.500 GCN", "18.500", 18500, "count", "GCN", "GCN cấp thêm", status="target", period=Y),
    F("trên 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ diện tích đất đã cấp GCN lần đầu",
      approx="over", status="target", period=Y),
]

COMMENTS = [
    "Thanh Hóa provincial portal: land-use right certificates (GCN), first six months of 2024.",
    "Distractors: Cập nhật 12/07/2024 09:15, Lượt xem 2.316, Quyết định số 2555/QĐ-UBND ngày 30/6/2022.",
    "Headline '6 tháng' has no year: 2024 from the dateline. '11 huyện miền núi' is a category count (optional).",
    "'rút ngắn 3 ngày so với quy định' is read as a decrease change of the 7 days (a gap to a norm, like 'thấp hơn ... so với chỉ tiêu').",
    "The 1.105 tỷ after 'trong đó' continues the 'ước đạt' clause: estimate, total 1.246 tỷ.",
]

if __name__ == "__main__":
    write("p1017-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Thanh Hóa")
