"""p1010-1: province portal (Quảng Ninh), pin thải, 5 tháng đầu năm 2024."""
from lib import F, write, period, inherit, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên và Môi trường
Quảng Ninh thu gom hơn 3,2 tấn pin thải trong 5 tháng đầu năm
Cập nhật: 14/06/2024 09:45 | Lượt xem: 2.316

Theo Sở Tài nguyên và Môi trường, 5 tháng đầu năm 2024, các địa phương trong tỉnh đã thu gom được hơn 3,2 tấn pin thải, tăng 45% so với cùng kỳ năm 2023. Kết quả này có được nhờ mạng lưới điểm thu gom được mở rộng theo Kế hoạch số 95/KH-UBND ngày 12/3/2024 của UBND tỉnh.

Đến nay, toàn tỉnh có 126 điểm thu gom pin thải cố định, tăng 34 điểm so với cuối năm 2023. Trong đó, 58 điểm đặt tại trường học, 41 điểm tại trụ sở UBND xã, phường và 27 điểm tại siêu thị, cửa hàng điện máy. Có 212 trường học tham gia phong trào, chiếm 38,5% tổng số trường trên địa bàn tỉnh, trong đó khối tiểu học có 97 trường.

Các địa phương thu gom nhiều nhất lần lượt là TP. Hạ Long (1,1 tấn), Cẩm Phả (640 kg), Uông Bí (480 kg) và Móng Cái (315 kg). Bình quân mỗi điểm thu gom tiếp nhận khoảng 25 kg pin/tháng.

Hưởng ứng Ngày Môi trường thế giới 5/6, Tỉnh đoàn phối hợp với Sở Tài nguyên và Môi trường tổ chức lần thứ 3 chương trình "Đổi pin cũ lấy cây xanh" tại Quảng trường 30/10, TP. Hạ Long. Chỉ trong một buổi sáng, chương trình tiếp nhận 1,5 tấn thiết bị điện tử hỏng và khoảng 420 kg pin cũ, trao tặng 1.200 cây xanh cho người dân.

Toàn bộ pin thải được chuyển giao cho đơn vị có chức năng xử lý chất thải nguy hại với chi phí từ 18.000 đến 22.000 đồng/kg. Theo kế hoạch, đến cuối năm 2024 toàn tỉnh phấn đấu thu gom tối thiểu 8 tấn pin thải, nâng số điểm thu gom lên 200 điểm và 100% trường THCS có thùng thu gom pin.

Đường dây nóng môi trường: 0203.3835.216
"""

Y = "2024"
P5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = period("Đến nay", None, "2024-06-14")
TGT = period("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("thu gom hơn 3,2 tấn pin thải trong", "3,2", 3.2, "measure", "tấn", "pin thải thu gom", approx="over",
      period=period("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("được hơn 3,2 tấn pin thải", "3,2", 3.2, "measure", "tấn", "pin thải thu gom", approx="over",
      change=change("increase", 45, baseline="cùng kỳ năm 2023"), period=P5),
    F("có 126 điểm thu gom", "126", 126, "count", "điểm thu gom", "điểm thu gom pin thải cố định",
      change=change("increase", 34, "điểm", "cuối năm 2023"), period=NOW),
    F("58 điểm đặt tại trường học", "58", 58, "count", "điểm", "điểm thu gom đặt tại trường học",
      total=126, period=inherit(NOW)),
    F("41 điểm tại trụ sở", "41", 41, "count", "điểm", "điểm thu gom tại trụ sở UBND xã, phường",
      total=126, period=inherit(NOW)),
    F("27 điểm tại siêu thị", "27", 27, "count", "điểm", "điểm thu gom tại siêu thị, cửa hàng điện máy",
      total=126, period=inherit(NOW)),
    F("Có 212 trường học", "212", 212, "count", "trường học", "trường học tham gia phong trào",
      percent=38.5, period=inherit(NOW)),
    F("tiểu học có 97 trường", "97", 97, "count", "trường", "trường tiểu học tham gia phong trào",
      total=212, period=inherit(NOW)),
    F("Hạ Long (1,1 tấn)", "1,1", 1.1, "measure", "tấn", "pin thải thu gom", location="Hạ Long",
      period=inherit(P5)),
    F("Cẩm Phả (640 kg)", "640", 640, "measure", "kg", "pin thải thu gom", location="Cẩm Phả",
      period=inherit(P5)),
    F("Uông Bí (480 kg)", "480", 480, "measure", "kg", "pin thải thu gom", location="Uông Bí",
      period=inherit(P5)),
    F("Móng Cái (315 kg)", "315", 315, "measure", "kg", "pin thải thu gom", location="Móng Cái",
      period=inherit(P5)),
    F("khoảng 25 kg pin/tháng", "25", 25, "measure", "kg/tháng", "pin tiếp nhận bình quân mỗi điểm thu gom",
      approx="about", period=inherit(P5)),
    F("tiếp nhận 1,5 tấn thiết bị", "1,5", 1.5, "measure", "tấn", "thiết bị điện tử hỏng tiếp nhận tại chương trình",
      location="Hạ Long"),
    F("khoảng 420 kg pin cũ", "420", 420, "measure", "kg", "pin cũ tiếp nhận tại chương trình",
      approx="about", location="Hạ Long"),
    F("trao tặng 1.200 cây xanh", "1.200", 1200, "count", "cây xanh", "cây xanh trao tặng cho người dân",
      location="Hạ Long"),
    F("từ 18.000 đến 22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "chi phí xử lý pin thải",
      value_max=22000),
    F("tối thiểu 8 tấn pin thải", "8", 8, "measure", "tấn", "pin thải thu gom", approx="at_least",
      status="target", period=TGT),
    F("lên 200 điểm", "200", 200, "count", "điểm", "điểm thu gom", status="target", period=TGT),
    F("100% trường THCS", "100", 100, "percent", "%", "trường THCS có thùng thu gom pin",
      status="target", period=TGT),
]

NOTES = [
    "Quảng Ninh province portal: pin thải collected in 5 months of 2024, collection points, schools, campaign in Hạ Long.",
    "Distractors: Lượt xem: 2.316; Kế hoạch số 95/KH-UBND ngày 12/3/2024; Ngày Môi trường thế giới 5/6; lần thứ 3;",
    "Quảng trường 30/10; 'một buổi sáng' (duration); hotline 0203.3835.216.",
    "Headline 3,2 tấn: year-less '5 tháng đầu năm' takes 2024 from the dateline. 'Đến nay' = as-of the dateline.",
    "58/41/27 follow 'Trong đó' after the 126 points (sentence break) and add up to it; 97 trường after 'trong đó' → total 212.",
    "The ranking list of cities gets no total (it does not follow the whole and does not add up to it).",
    "The campaign in Quảng trường 30/10, TP. Hạ Long is located in Hạ Long.",
]

write(1, TEXT, FIGS, NOTES, published="2024-06-14", location="Quảng Ninh")
