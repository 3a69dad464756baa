"""p840-2: district portal (huyện Yên Lạc, Vĩnh Phúc), helmet use at school gates, 2023."""
from lib import F, period, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN LẠC
Tin tức > Giáo dục > An toàn giao thông
Thứ Năm, 12/10/2023 - 10:20

Gần 97% học sinh đội mũ bảo hiểm khi đến trường

Theo Phòng Giáo dục và Đào tạo huyện Yên Lạc, năm học 2023-2024 toàn huyện có 58 trường mầm non, tiểu học và trung học cơ sở với hơn 25.600 học sinh. Qua kiểm tra tại cổng trường trong tháng 9, có 96,8% học sinh đội mũ bảo hiểm khi ngồi sau xe máy, xe đạp điện; riêng khối trung học cơ sở đạt 93,4%.

Hiện toàn huyện có khoảng 3.200 học sinh trung học cơ sở đi xe đạp điện, xe máy điện đến trường, chiếm 37% số học sinh khối này. Từ đầu năm học đến nay, Công an huyện đã phát hiện, nhắc nhở 126 trường hợp học sinh vi phạm, trong đó 48 trường hợp không đội mũ bảo hiểm, 35 trường hợp chở quá số người quy định, còn lại là học sinh dưới 16 tuổi điều khiển xe mô tô. Công an huyện đã gửi thông báo vi phạm về 17 trường học và gia đình học sinh.

Tại xã Tam Hồng, Chi đoàn Công an xã phối hợp với Trường THCS Tam Hồng tặng 320 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn, tổng trị giá 48 triệu đồng. Hội thi "An toàn giao thông cho nụ cười trẻ thơ" lần thứ 3 của huyện thu hút 24 đội với 144 thí sinh tham gia.

Huyện phấn đấu đến hết năm học 2023-2024, 100% học sinh đội mũ bảo hiểm đúng quy cách khi tham gia giao thông, không để xảy ra tai nạn giao thông nghiêm trọng liên quan đến học sinh.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: Thị trấn Yên Lạc, huyện Yên Lạc, tỉnh Vĩnh Phúc - Điện thoại: 0211.3838.105
"""

PNH = period("năm học 2023-2024", "2023-09-01", "2024-05-31")
PT9 = period("trong tháng 9", "2023-09-01", "2023-09-30")
PDN = period("Từ đầu năm học đến nay", "2023-09-01", "2023-10-12")

FIGS = [
    F("Gần 97% học sinh", "97", 97, "percent", "%", "học sinh đội mũ bảo hiểm khi đến trường", approx="nearly"),
    F("có 58 trường", "58", 58, "count", "trường", "trường mầm non, tiểu học và trung học cơ sở", period=PNH),
    F("hơn 25.600 học sinh", "25.600", 25600, "count", "học sinh", "học sinh các trường mầm non, tiểu học và trung học cơ sở", approx="over", period=PNH),
    F("có 96,8% học sinh", "96,8", 96.8, "percent", "%",
      "học sinh đội mũ bảo hiểm khi ngồi sau xe máy, xe đạp điện", period=PT9),
    F("đạt 93,4%", "93,4", 93.4, "percent", "%", "học sinh khối trung học cơ sở đội mũ bảo hiểm", period=PT9),
    F("khoảng 3.200 học sinh", "3.200", 3200, "count", "học sinh",
      "học sinh trung học cơ sở đi xe đạp điện, xe máy điện đến trường", approx="about", percent=37),
    F("nhắc nhở 126 trường hợp", "126", 126, "count", "trường hợp", "trường hợp học sinh vi phạm", period=PDN),
    F("trong đó 48 trường hợp", "48", 48, "count", "trường hợp", "trường hợp không đội mũ bảo hiểm",
      total=126, period=PDN),
    F("35 trường hợp chở quá", "35", 35, "count", "trường hợp", "trường hợp chở quá số người quy định",
      total=126, period=PDN),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", None, approx="under", optional=True),
    F("về 17 trường học", "17", 17, "count", "trường học", "trường học được gửi thông báo vi phạm",
      period=period("Từ đầu năm học đến nay", "2023-09-01", "2023-10-12", inherited=True)),
    F("tặng 320 mũ bảo hiểm", "320", 320, "count", "mũ bảo hiểm",
      "mũ bảo hiểm tặng học sinh có hoàn cảnh khó khăn"),
    F("tổng trị giá 48 triệu đồng", "48", 48e6, "money", "đồng", "tổng trị giá mũ bảo hiểm tặng học sinh"),
    F("thu hút 24 đội", "24", 24, "count", "đội", "đội tham gia hội thi"),
    F("với 144 thí sinh", "144", 144, "count", "thí sinh", "thí sinh tham gia hội thi"),
    F("2023-2024, 100% học sinh", "100", 100, "percent", "%",
      "học sinh đội mũ bảo hiểm đúng quy cách khi tham gia giao thông", status="target",
      period=period("đến hết năm học 2023-2024", None, "2024-05-31")),
]

NOTES = [
    "Yên Lạc district portal (Vĩnh Phúc). Every figure is the district's, the commune Tam Hồng lies in it.",
    "Not figures: 12/10/2023 - 10:20, 'lần thứ 3', 'Trường THCS Tam Hồng', phone 0211.3838.105.",
    "School year 2023-2024 = 2023-09-01..2024-05-31; 'Từ đầu năm học đến nay' = 2023-09-01..published.",
    "'chiếm 37% số học sinh khối này' is the share of 3.200; 48 and 35 after 'trong đó' are parts of 126.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-12", location="Yên Lạc")
