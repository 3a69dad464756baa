"""p1386-2: district portal (huyện Krông Pắc, Đắk Lắk): campaign for voluntary social insurance."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Krông Pắc: Ra quân vận động người dân tham gia BHXH tự nguyện
05/06/2024 - 10:20

Sáng 4/6, BHXH huyện Krông Pắc phối hợp với Bưu điện huyện tổ chức hội nghị tuyên truyền chính sách bảo hiểm xã hội tự nguyện tại xã Ea Kênh. Hội nghị thu hút gần 200 người dân tham dự; ngay tại hội nghị có 37 người đăng ký tham gia BHXH tự nguyện và 52 người mua thẻ bảo hiểm y tế hộ gia đình.

Theo BHXH huyện, đến hết tháng 5/2024, toàn huyện có 4.126 người tham gia BHXH tự nguyện, đạt 61,5% chỉ tiêu được giao, tăng 418 người so với cuối năm 2023. Tỷ lệ bao phủ BHXH tự nguyện mới đạt chưa đến 4,2% lực lượng lao động trong độ tuổi.

Năm nay, huyện được giao chỉ tiêu phát triển 6.710 người tham gia BHXH tự nguyện. Để hoàn thành chỉ tiêu, mỗi tháng huyện phấn đấu phát triển thêm từ 360 đến 380 người. Huyện có ba chục nhân viên thu tại 16 xã, thị trấn; mỗi nhân viên được giao chỉ tiêu vận động ít nhất 5 người/tháng.

Bà H'Yên Niê ở thôn 3, xã Ea Kênh cho biết gia đình bà có hai người tham gia BHXH tự nguyện từ năm 2021. "Mỗi tháng tôi đóng 330.000 đồng, được Nhà nước hỗ trợ 33.000 đồng nên cũng nhẹ gánh", bà nói.

Nguồn: BHXH huyện Krông Pắc

Tin khác:
- Krông Pắc tổ chức Hội nghị tổng kết công tác năm 2023
- Thông báo lịch tiếp công dân tháng 6/2024

Địa chỉ: 03 Giải Phóng, thị trấn Phước An, huyện Krông Pắc | ĐT: 0262.3521.167
"""

ASOF = per("đến hết tháng 5/2024", None, "2024-05-31")
YEAR = per("Năm nay", "2024-01-01", "2024-12-31")
DAY = per("Sáng 4/6", "2024-06-04", "2024-06-04", inherited=True)

FIGS = [
    fig("gần 200 người", "200", 200, "count", "người", approx="nearly",
        subject="người dân tham dự hội nghị", period=DAY),
    fig("có 37 người", "37", 37, "count", "người",
        subject="người đăng ký tham gia BHXH tự nguyện tại hội nghị", period=DAY),
    fig("và 52 người", "52", 52, "count", "người",
        subject="người mua thẻ bảo hiểm y tế hộ gia đình", period=DAY),
    fig("có 4.126 người", "4.126", 4126, "count", "người", percent=61.5,
        change=chg("increase", 418, "người", "cuối năm 2023"),
        subject="người tham gia BHXH tự nguyện", period=ASOF),
    fig("chưa đến 4,2%", "4,2", 4.2, "percent", "%", approx="under",
        subject="tỷ lệ bao phủ BHXH tự nguyện", period=inh(ASOF)),
    fig("phát triển 6.710 người", "6.710", 6710, "count", "người", status="target",
        subject="chỉ tiêu phát triển người tham gia BHXH tự nguyện", period=YEAR),
    fig("từ 360 đến 380", "360", 360, "measure", "người/tháng", value_max=380, status="target",
        subject="người tham gia huyện phát triển thêm mỗi tháng", period=inh(YEAR)),
    fig("có ba chục nhân viên", "ba chục", 30, "count", "nhân viên thu",
        subject="nhân viên thu"),
    fig("tại 16 xã", "16", 16, "count", "xã, thị trấn",
        subject="xã, thị trấn có nhân viên thu"),
    fig("ít nhất 5 người/tháng", "5", 5, "measure", "người/tháng", approx="at_least", status="target",
        subject="chỉ tiêu vận động của mỗi nhân viên"),
    fig("có hai người", "hai", 2, "count", "người",
        subject="người trong gia đình bà tham gia BHXH tự nguyện"),
    fig("đóng 330.000 đồng", "330.000", 330000, "money", "đồng/tháng",
        subject="mức bà đóng mỗi tháng"),
    fig("hỗ trợ 33.000 đồng", "33.000", 33000, "money", "đồng/tháng",
        subject="tiền Nhà nước hỗ trợ"),
]

NOTES = [
    "District portal (huyện Krông Pắc, Đắk Lắk): banner naming the district, menu, '05/06/2024 - 10:20' under the headline, 'Tin khác', address footer.",
    "Distractors: 'Sáng 4/6', 'thôn 3', 'từ năm 2021', 'tháng 6/2024' and 'năm 2023' in link titles, '03 Giải Phóng', phone 0262.3521.167, 10:20.",
    "Location Krông Pắc for every figure (the commune Ea Kênh is below district level).",
    "'đạt 61,5% chỉ tiêu được giao' is the percent attribute of 4.126 (one change: 'tăng 418 người so với cuối năm 2023').",
    "'Năm nay' takes the dateline year 2024. 'chỉ tiêu' and 'phấn đấu' give target; 'mỗi tháng' makes the rate người/tháng (measure).",
    "'ba chục' is 30 (number word); 'hai người' is 2. The household's 330.000/33.000 đồng are monthly ('Mỗi tháng'): đồng/tháng.",
    "The meeting figures (gần 200, 37, 52) take the day 'Sáng 4/6' (2024-06-04) from the previous sentence: inherited.",
    "'từ năm 2021' is when the two joined, not the period of the count: no period.",
]

if __name__ == "__main__":
    write("p1386-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Krông Pắc")
