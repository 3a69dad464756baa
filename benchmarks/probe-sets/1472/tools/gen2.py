"""p1472-2: district portal (quận Long Biên, Hà Nội): air purifiers installed in public schools."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Giáo dục | Cải cách hành chính | Liên hệ

Long Biên: Lắp đặt hơn 1.100 máy lọc không khí cho trường học

14/11/2024 08:45

Năm 2024, UBND quận Long Biên bố trí 6,8 tỷ đồng từ ngân sách quận để trang bị máy lọc không khí cho 38 trường mầm non và tiểu học công lập, bảo vệ sức khỏe học sinh trong mùa ô nhiễm không khí.

Đến ngày 10/11/2024, các trường đã lắp đặt 1.126 máy lọc không khí tại 842 phòng học, phòng ăn và phòng ngủ của học sinh, đạt 94% kế hoạch. Trong đó, phường Việt Hưng và phường Phúc Lợi là hai đơn vị hoàn thành sớm nhất với 214 máy. Số máy còn lại sẽ được lắp xong trước ngày 30/11.

Máy được lựa chọn có bộ lọc HEPA H13, công suất lọc sạch (CADR) từ 350 m3/giờ trở lên, giá bình quân khoảng 5,9 triệu đồng/máy; nhà cung cấp cam kết thay bộ lọc miễn phí lần đầu.

Bà Nguyễn Thu Hà, Hiệu trưởng Trường Mầm non Hoa Sữa (số 12 ngõ 97 phố Đức Giang), cho biết trường có 16 lớp với gần 500 trẻ. Sau khi lắp máy, số lượt trẻ nghỉ học do bệnh đường hô hấp trong tháng 10 chỉ còn 29 lượt, giảm 38% so với cùng kỳ.

Theo Phòng Tài nguyên và Môi trường quận, trong tháng 10/2024, trạm quan trắc tự động đặt tại UBND phường Thạch Bàn ghi nhận 11 ngày nồng độ bụi mịn PM2.5 vượt quy chuẩn QCVN 05:2023/BTNMT. Quận phấn đấu đến năm 2025 có 100% trường học công lập được trang bị máy lọc không khí.

Tin khác:
- Long Biên tổ chức Ngày hội đọc sách lần thứ 3
- Phường Bồ Đề ra quân vệ sinh môi trường

UBND quận Long Biên - Địa chỉ: Số 1 phố Vạn Hạnh, phường Việt Hưng, quận Long Biên
Điện thoại: 024.3872.5467
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 10/11/2024", None, "2024-11-10")
OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
OCT24 = per("trong tháng 10/2024", "2024-10-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 1.100 máy", "1.100", 1100, "count", "máy lọc không khí", approx="over",
        subject="máy lọc không khí lắp đặt cho trường học"),
    fig("bố trí 6,8 tỷ", "6,8", 6.8e9, "money", "đồng",
        subject="kinh phí từ ngân sách quận để trang bị máy lọc không khí", period=Y24),
    fig("cho 38 trường", "38", 38, "count", "trường",
        subject="trường mầm non và tiểu học công lập được trang bị máy lọc không khí", period=Y24),
    fig("lắp đặt 1.126 máy", "1.126", 1126, "count", "máy lọc không khí", percent=94,
        subject="máy lọc không khí các trường đã lắp đặt", period=ASOF),
    fig("tại 842 phòng", "842", 842, "count", "phòng",
        subject="phòng học, phòng ăn và phòng ngủ của học sinh được lắp máy", period=ASOF),
    fig("hai đơn vị", "hai", 2, "count", "đơn vị", subject="đơn vị hoàn thành sớm nhất", optional=True),
    fig("với 214 máy", "214", 214, "count", "máy", total=1126,
        subject="máy lắp đặt tại phường Việt Hưng và phường Phúc Lợi", period=inh(ASOF)),
    fig("từ 350 m3/giờ", "350", 350, "measure", "m3/giờ", approx="at_least",
        subject="công suất lọc sạch (CADR) của máy"),
    fig("khoảng 5,9 triệu", "5,9", 5.9e6, "money", "đồng/máy", approx="about",
        subject="giá bình quân máy lọc không khí"),
    fig("có 16 lớp", "16", 16, "count", "lớp", subject="lớp của Trường Mầm non Hoa Sữa"),
    fig("gần 500 trẻ", "500", 500, "count", "trẻ", approx="nearly", subject="trẻ của Trường Mầm non Hoa Sữa"),
    fig("còn 29 lượt", "29", 29, "count", "lượt", change=chg("decrease", 38, "%", "cùng kỳ"),
        subject="lượt trẻ nghỉ học do bệnh đường hô hấp", period=OCT),
    fig("ghi nhận 11 ngày", "11", 11, "count", "ngày",
        subject="ngày nồng độ bụi mịn PM2.5 vượt quy chuẩn", period=OCT24),
    fig("có 100% trường", "100", 100, "percent", "%", status="target",
        subject="trường học công lập được trang bị máy lọc không khí", period=T25),
]

NOTES = [
    "District portal (quận Long Biên, Hà Nội): banner, menu, date '14/11/2024 08:45' under the headline, 'Tin khác', address footer.",
    "Distractors: 08:45, 'HEPA H13', 'PM2.5', 'QCVN 05:2023/BTNMT', 'số 12 ngõ 97', 'ngày 30/11', 'lần thứ 3',",
    "  'Số 1 phố Vạn Hạnh', phone 024.3872.5467, 'lần đầu'.",
    "Location: the district (Long Biên) for every figure; the wards (phường) are below the level of the location field.",
    "'đạt 94% kế hoạch' → percent attribute of 1.126 máy; 'Trong đó ... với 214 máy' after a sentence break → total 1.126.",
    "'hai đơn vị' names the two wards whose machines follow: optional.",
    "'từ 350 m3/giờ trở lên' → approx at_least (trở lên = or more).",
    "'trong tháng 10' (no year) takes 2024 from 'Đến ngày 10/11/2024'. 'đến năm 2025' → start null.",
]

if __name__ == "__main__":
    write("p1472-2", TEXT, NOTES, FIGS, published="2024-11-14", location="Long Biên")
