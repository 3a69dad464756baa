"""p725-8: xã Kim Chung (huyện Đông Anh, Hà Nội) commune portal — boarding houses for industrial-park workers (8/2024)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIM CHUNG - HUYỆN ĐÔNG ANH
Tin tức - Sự kiện > An ninh trật tự
Ngày đăng: 05/08/2024

Xã Kim Chung: 100% nhà trọ từ 20 phòng trở lên ký cam kết an toàn PCCC

Sáng 02/8, UBND xã tổ chức hội nghị đánh giá công tác bảo đảm an toàn phòng cháy, chữa cháy tại các nhà trọ trên địa bàn. Xã hiện có 486 hộ kinh doanh nhà trọ với 7.350 phòng, phục vụ hơn 15.000 công nhân, người lao động tại Khu công nghiệp Thăng Long thuê ở.

7 tháng đầu năm 2024, Tổ kiểm tra liên ngành của xã đã kiểm tra 402 lượt nhà trọ, lập biên bản nhắc nhở 118 trường hợp, đề nghị cấp trên xử phạt 27 trường hợp với số tiền 186,5 triệu đồng, tăng 40,2% so với cùng kỳ năm 2023.

Xã đã thành lập 34 Tổ liên gia an toàn PCCC với 512 hộ tham gia. Toàn bộ 93 nhà trọ có từ 20 phòng trở lên đã ký cam kết bảo đảm an toàn PCCC. Đến nay, 371/486 nhà trọ đã trang bị bình chữa cháy, đạt 76,3%; 208 nhà trọ đã có lối thoát nạn thứ hai, chiếm 42,8%, tăng 65 nhà so với cuối năm 2023.

Phấn đấu đến ngày 30/9/2024, 100% nhà trọ trên địa bàn trang bị bình chữa cháy. Xã dự kiến hỗ trợ 150 bình chữa cháy cho các hộ khó khăn trong tháng 9/2024.

Phát biểu kết luận, Chủ tịch UBND xã đề nghị các chủ nhà trọ không để xe máy, xe đạp điện sạc qua đêm trong lối đi chung, thường xuyên kiểm tra hệ thống điện. Khi có sự cố, người dân liên hệ Công an xã theo số 024.3883.5217 hoặc đến trụ sở tại số 5 đường 23B.
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
NOW = P("Đến nay", None, "2024-08-05")

FIGS = [
    F("Chung: 100% nhà trọ", "100", 100, "percent", "%",
      subject="nhà trọ từ 20 phòng trở lên ký cam kết an toàn PCCC"),
    F("từ 20 phòng trở lên ký", "20", 20, "count", "phòng", approx="at_least", optional=True),
    F("có 486 hộ", "486", 486, "count", "hộ", subject="hộ kinh doanh nhà trọ"),
    F("với 7.350 phòng", "7.350", 7350, "count", "phòng", subject="phòng trọ"),
    F("hơn 15.000 công nhân", "15.000", 15000, "count", "công nhân", approx="over",
      subject="công nhân, người lao động thuê ở"),
    F("kiểm tra 402 lượt", "402", 402, "count", "lượt nhà trọ",
      subject="lượt nhà trọ được kiểm tra", period=M7),
    F("nhắc nhở 118 trường hợp", "118", 118, "count", "trường hợp",
      subject="trường hợp bị lập biên bản nhắc nhở", period=M7),
    F("xử phạt 27 trường hợp", "27", 27, "count", "trường hợp",
      subject="trường hợp đề nghị cấp trên xử phạt", period=M7),
    F("số tiền 186,5 triệu đồng", "186,5", 186500000, "money", "đồng",
      change=CH("increase", 40.2, "%", "cùng kỳ năm 2023"),
      subject="số tiền xử phạt", period=M7),
    F("thành lập 34 Tổ", "34", 34, "count", "Tổ liên gia an toàn PCCC",
      subject="Tổ liên gia an toàn PCCC"),
    F("với 512 hộ", "512", 512, "count", "hộ", subject="hộ tham gia Tổ liên gia an toàn PCCC"),
    F("Toàn bộ 93 nhà trọ", "93", 93, "count", "nhà trọ",
      subject="nhà trọ có từ 20 phòng trở lên đã ký cam kết bảo đảm an toàn PCCC"),
    F("có từ 20 phòng trở lên đã", "20", 20, "count", "phòng", approx="at_least", optional=True),
    F("371/486 nhà trọ", "371", 371, "count", "nhà trọ", total=486, percent=76.3,
      subject="nhà trọ đã trang bị bình chữa cháy", period=NOW),
    F("208 nhà trọ", "208", 208, "count", "nhà trọ", percent=42.8,
      change=CH("increase", 65, "nhà", "cuối năm 2023"),
      subject="nhà trọ đã có lối thoát nạn thứ hai", period=NOW),
    F("2024, 100% nhà trọ trên", "100", 100, "percent", "%", status="target",
      subject="nhà trọ trên địa bàn trang bị bình chữa cháy",
      period=P("đến ngày 30/9/2024", None, "2024-09-30")),
    F("hỗ trợ 150 bình", "150", 150, "count", "bình chữa cháy", status="forecast",
      subject="bình chữa cháy hỗ trợ cho các hộ khó khăn",
      period=P("tháng 9/2024", "2024-09-01", "2024-09-30")),
]

COMMENTS = [
    "Cổng TTĐT xã Kim Chung, huyện Đông Anh (commune portal): an toàn PCCC nhà trọ công nhân KCN Thăng Long, 7 tháng đầu năm 2024.",
    "'Ngày đăng: 05/08/2024' is the dateline; 'Đến nay' ends there (start null). The figures describe the commune, which lies in huyện Đông Anh",
    "(named in the portal header). revised: location was 'Kim Chung'; FIGURES.md defines location as province, city or district, so 'Đông Anh'.",
    "'Hiện có' sentences get no period. 371/486: total 486 and percent 76,3; 208 (chiếm 42,8%, tăng 65 nhà so với cuối năm 2023) has no",
    "part-of cue, so no total. 'từ 20 phòng trở lên' is a threshold (optional). 'Sáng 02/8', '024.3883.5217', 'số 5 đường 23B' are not figures.",
]

if __name__ == "__main__":
    emit("p725-8", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Đông Anh")
