"""p1416-1: province portal (Nghệ An), 9-month transplant results of a provincial hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

9 tháng, Bệnh viện Hữu nghị Đa khoa Nghệ An ghép tế bào gốc cho 14 người bệnh

Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.864

Từ đầu năm đến nay, Đơn vị Ghép tế bào gốc tạo máu của Bệnh viện Hữu nghị Đa khoa Nghệ An đã thực hiện 14 ca ghép, tăng 40% so với cùng kỳ năm 2023. Trong đó có 11 ca ghép tự thân và 3 ca ghép đồng loài; người bệnh nhỏ tuổi nhất mới 6 tuổi.

Theo BSCKII Trần Văn Hòa, Trưởng khoa Huyết học lâm sàng, kể từ ca ghép đầu tiên vào tháng 11/2019 đến nay, bệnh viện đã ghép cho 52 người bệnh, tỷ lệ thành công đạt trên 92%. Chi phí mỗi ca ghép tự thân tại bệnh viện khoảng 250-300 triệu đồng, ghép đồng loài từ 700 đến 900 triệu đồng; người bệnh tiết kiệm được khoảng 30-40% chi phí so với điều trị tại Hà Nội. Quỹ bảo hiểm y tế chi trả khoảng 60% chi phí điều trị.

Kỹ thuật được Bộ Y tế phê duyệt tại Quyết định số 5219/QĐ-BYT. Hiện khoa có 10 giường ghép vô khuẩn và hơn 30 người bệnh đang chờ được ghép. Năm 2024, bệnh viện phấn đấu thực hiện 20 ca ghép; dự kiến năm 2025 triển khai ghép nửa hòa hợp (haplo) cho khoảng 5 người bệnh, với kinh phí đầu tư thêm gần 12 tỷ đồng.

Tin liên quan:
- Hội nghị Huyết học - Truyền máu khu vực Bắc Trung Bộ lần thứ 3
- Hưởng ứng Ngày Thalassemia thế giới 8/5

Địa chỉ: 16 Trường Thi, TP Vinh | Điện thoại: 0238.3844.500
"""

P9 = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
SINCE = per("kể từ ca ghép đầu tiên vào tháng 11/2019 đến nay", "2019-11-01", "2024-10-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("cho 14 người bệnh", "14", 14, "count", "người bệnh", subject="người bệnh được ghép tế bào gốc",
        period=P9),
    fig("thực hiện 14 ca ghép", "14", 14, "count", "ca", change=chg("increase", 40, "%", "cùng kỳ năm 2023"),
        subject="ca ghép Đơn vị Ghép tế bào gốc tạo máu thực hiện", period=YTD),
    fig("có 11 ca ghép tự thân", "11", 11, "count", "ca", total=14, subject="ca ghép tự thân", period=inh(YTD)),
    fig("và 3 ca ghép đồng loài", "3", 3, "count", "ca", total=14, subject="ca ghép đồng loài", period=inh(YTD)),
    fig("mới 6 tuổi", "6", 6, "measure", "tuổi", subject="tuổi người bệnh nhỏ tuổi nhất"),
    fig("cho 52 người bệnh", "52", 52, "count", "người bệnh", subject="người bệnh bệnh viện đã ghép",
        period=SINCE),
    fig("trên 92%", "92", 92, "percent", "%", approx="over", subject="tỷ lệ thành công", period=SINCE),
    fig("khoảng 250-300 triệu", "250", 250e6, "money", "đồng/ca", value_max=300e6, approx="about",
        subject="chi phí mỗi ca ghép tự thân tại bệnh viện"),
    fig("từ 700 đến 900 triệu", "700", 700e6, "money", "đồng/ca", value_max=900e6,
        subject="chi phí ghép đồng loài"),
    fig("khoảng 30-40%", "30", 30, "percent", "%", value_max=40, approx="about",
        subject="chi phí người bệnh tiết kiệm được so với điều trị tại Hà Nội"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ chi phí điều trị Quỹ bảo hiểm y tế chi trả"),
    fig("có 10 giường", "10", 10, "count", "giường", subject="giường ghép vô khuẩn"),
    fig("hơn 30 người bệnh", "30", 30, "count", "người bệnh", approx="over",
        subject="người bệnh đang chờ được ghép"),
    fig("thực hiện 20 ca", "20", 20, "count", "ca", status="target", subject="ca ghép bệnh viện thực hiện",
        period=Y24),
    fig("khoảng 5 người", "5", 5, "count", "người bệnh", approx="about", status="forecast",
        subject="người bệnh ghép nửa hòa hợp (haplo)", period=Y25),
    fig("gần 12 tỷ", "12", 12e9, "money", "đồng", approx="nearly", status="forecast",
        subject="kinh phí đầu tư thêm", period=Y25),
]

NOTES = [
    "revised after the first run: the target subject no longer carries the status cue (phấn đấu / đặt mục tiêu);",
    "the cue is the status field, the subject names the indicator.",
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.864', related links, footer.",
    "Distractors: Lượt xem 1.864, 'Quyết định số 5219/QĐ-BYT', 'lần thứ 3', 'Ngày Thalassemia thế giới 8/5', '16 Trường Thi', phone,",
    "'tháng 11/2019' (a date), 'cùng kỳ năm 2023' (baseline), 'ca ghép đầu tiên' (ordinal word, no number).",
    "Headline '9 tháng' takes the dateline year 2024. 'Từ đầu năm đến nay' ends at the dateline. 'kể từ ... tháng 11/2019 đến nay'",
    "runs from 2019-11-01 to the dateline. 'Trong đó' after a sentence break: parts take total 14; the period is inherited.",
    "'Chi phí mỗi ca ghép ...' prices: unit đồng/ca (the 'mỗi ca' denominator), no period. 'tiết kiệm được khoảng 30-40%' and",
    "'chi trả khoảng 60%' are percent figures of their own (no base amount). Location Nghệ An throughout ('tại Hà Nội' is a comparison).",
    "'dự kiến năm 2025' governs its clause and the 'với kinh phí' continuation → forecast.",
]

if __name__ == "__main__":
    write("p1416-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nghệ An")
