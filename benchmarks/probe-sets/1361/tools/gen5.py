"""p1361-5: Party newspaper (Báo Đà Nẵng, ĐNO): student rental rooms in quận Liên Chiểu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Đà Nẵng > Xã hội

An toàn cháy nổ ở khu trọ sinh viên

Thứ Hai, 09/09/2024, 07:15

Năm học mới bắt đầu cũng là lúc các khu nhà trọ quanh các trường đại học ở quận Liên Chiểu kín phòng. Nhiều chủ trọ đã chủ động đầu tư thiết bị phòng cháy, chữa cháy.

(ĐNO) - Theo Công an quận Liên Chiểu, trên địa bàn hiện có 4.236 nhà trọ với 31.580 phòng, trong đó khoảng 60% người thuê là sinh viên. Bình quân mỗi phòng có 2-3 người ở.

8 tháng đầu năm 2024, Công an quận phối hợp UBND 5 phường kiểm tra 1.316 lượt nhà trọ. Trong số 1.316 lượt kiểm tra, có 207 lượt phát hiện vi phạm, chủ yếu là để xe và sạc xe điện ở lối đi chung, không trang bị bình chữa cháy.

Ông Trần Văn Lộc, chủ khu trọ 24 phòng ở kiệt 59 Ngô Sĩ Liên, cho biết gia đình vừa bỏ ra gần 40 triệu đồng lắp hệ thống báo cháy tự động, làm thêm một cầu thang thoát hiểm bằng sắt và trang bị 12 bình chữa cháy. “Giá thuê ở đây từ 1,5 đến 2,5 triệu đồng/phòng/tháng, sinh viên ở đông nên tôi không dám chủ quan”, ông Lộc nói.

Toàn thành phố hiện có khoảng 21.000 cơ sở nhà trọ. Năm nay, Công an thành phố đặt chỉ tiêu 100% khu trọ có từ 20 phòng trở lên được hướng dẫn lập phương án chữa cháy. Dự kiến trong quý IV, Thành đoàn phối hợp các trường tổ chức 15 buổi tập huấn kỹ năng thoát nạn cho khoảng 6.000 sinh viên.

HOÀNG MINH
"""

AUG = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
DN = "Đà Nẵng"

FIGS = [
    fig("có 4.236 nhà trọ", "4.236", 4236, "count", "nhà trọ", subject="nhà trọ"),
    fig("31.580 phòng", "31.580", 31580, "count", "phòng", subject="phòng"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="người thuê là sinh viên"),
    fig("có 2-3 người", "2", 2, "measure", "người/phòng", value_max=3,
        subject="số người ở bình quân mỗi phòng"),
    fig("UBND 5 phường", "5", 5, "count", "phường", subject="phường phối hợp kiểm tra nhà trọ", period=AUG),
    fig("kiểm tra 1.316 lượt", "1.316", 1316, "count", "lượt", subject="lượt nhà trọ được kiểm tra", period=AUG),
    fig("có 207 lượt", "207", 207, "count", "lượt", total=1316, subject="lượt phát hiện vi phạm",
        period=inh(AUG)),
    fig("khu trọ 24 phòng", "24", 24, "count", "phòng", subject="phòng của khu trọ ông Trần Văn Lộc"),
    fig("gần 40 triệu", "40", 40e6, "money", "đồng", approx="nearly",
        subject="chi phí lắp hệ thống báo cháy tự động"),
    fig("thêm một cầu thang", "một", 1, "count", "cầu thang", subject="cầu thang thoát hiểm bằng sắt làm thêm"),
    fig("trang bị 12 bình", "12", 12, "count", "bình chữa cháy", subject="bình chữa cháy trang bị"),
    fig("từ 1,5 đến 2,5 triệu", "1,5", 1.5e6, "money", "đồng/phòng/tháng", value_max=2.5e6,
        subject="giá thuê"),
    fig("khoảng 21.000 cơ sở", "21.000", 21000, "count", "cơ sở", approx="about",
        subject="cơ sở nhà trọ", location=DN),
    fig("chỉ tiêu 100%", "100", 100, "percent", "%", status="target",
        subject="khu trọ có từ 20 phòng trở lên được hướng dẫn lập phương án chữa cháy", period=NOW, location=DN),
    fig("từ 20 phòng", "20", 20, "count", "phòng", approx="at_least", status="target", optional=True,
        location=DN),
    fig("tổ chức 15 buổi", "15", 15, "count", "buổi", status="forecast",
        subject="buổi tập huấn kỹ năng thoát nạn", period=Q4, location=DN),
    fig("khoảng 6.000 sinh viên", "6.000", 6000, "count", "sinh viên", approx="about", status="forecast",
        subject="sinh viên được tập huấn kỹ năng thoát nạn", period=Q4, location=DN),
]

NOTES = [
    "Party newspaper (Báo Đà Nẵng, tag '(ĐNO) -'): sapo, dateline 'Thứ Hai, 09/09/2024, 07:15', byline at the end.",
    "Distractors: 07:15, 'kiệt 59 Ngô Sĩ Liên' (address), 'Trong số 1.316 lượt kiểm tra' restates the whole (attribute of 207, not a figure).",
    "Liên Chiểu figures get location Liên Chiểu (the article's default); city-wide figures ('Toàn thành phố', Công an thành phố, Thành đoàn) Đà Nẵng.",
    "'trong đó khoảng 60% người thuê là sinh viên' is a percent figure of its own (a share of tenants, not of the rooms). '2-3 người' per room: measure 'người/phòng'.",
    "'Trong số 1.316 lượt kiểm tra, có 207 lượt' → total 1316; its period is stated in the previous sentence (inherited).",
    "'Năm nay' = 2024 (dateline). 'Dự kiến trong quý IV' → forecast, 2024-10-01..2024-12-31. 'từ 20 phòng trở lên' is a threshold (optional).",
]

if __name__ == "__main__":
    write("p1361-5", TEXT, NOTES, FIGS, published="2024-09-09", location="Liên Chiểu")
