"""p1557-4: provincial newspaper (Báo Bắc Giang, tag BGĐT): counterfeit shampoo and shower gel seized in Lạng Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Pháp luật | Xã hội

Thu giữ hơn 5.000 chai dầu gội, sữa tắm giả mạo nhãn hiệu

22/03/2024 09:35

(BGĐT) - Ngày 21/3, Đội Quản lý thị trường số 4 (Cục Quản lý thị trường tỉnh) phối hợp với Công an huyện Lạng Giang kiểm tra đột xuất một kho hàng tại thôn Tân Thịnh, xã Tân Dĩnh, phát hiện 5.136 chai dầu gội, sữa tắm có dấu hiệu giả mạo nhãn hiệu của 3 thương hiệu nổi tiếng, gồm 3.218 chai dầu gội và 1.918 chai sữa tắm.

Tại thời điểm kiểm tra, chủ hàng là ông Nguyễn Văn T. (SN 1987, trú tại xã Tân Dĩnh) không xuất trình được hóa đơn, chứng từ. Theo lời khai, số hàng trên được nhập từ cơ sở ở tỉnh Bắc Ninh với giá từ 28.000 đến 35.000 đồng/chai, sau đó bán ra thị trường với giá 65.000-90.000 đồng/chai, thấp hơn khoảng 40% so với hàng chính hãng. Tổng trị giá lô hàng ước tính khoảng 250 triệu đồng.

Lực lượng chức năng đã tạm giữ toàn bộ số hàng để xác minh, xử lý theo quy định tại Nghị định số 98/2020/NĐ-CP.

Từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh đã kiểm tra 214 vụ việc liên quan đến mỹ phẩm, xử lý 167 vụ vi phạm, thu nộp ngân sách hơn 1,3 tỷ đồng, tăng 27% so với cùng kỳ năm 2023. Riêng nhóm hàng dầu gội, sữa tắm có 58 vụ, chiếm 34,7% số vụ vi phạm.

Người tiêu dùng khi phát hiện hàng giả có thể phản ánh qua đường dây nóng 0204.3855.668 hoặc ứng dụng "Sổ tay Quản lý thị trường".

Thu Hà

Tin cùng chuyên mục:
- Lạng Giang: Tập huấn phòng cháy, chữa cháy cho hộ kinh doanh năm 2024
- Phát hiện xe tải chở nội tạng động vật không rõ nguồn gốc trên Quốc lộ 1
"""

D21 = per("Ngày 21/3", "2024-03-21", "2024-03-21")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-22")
LG = "Lạng Giang"

FIGS = [
    fig("hơn 5.000 chai", "5.000", 5000, "count", "chai", approx="over",
        subject="chai dầu gội, sữa tắm giả mạo nhãn hiệu bị thu giữ", location=LG),
    fig("một kho hàng", "một", 1, "count", "kho hàng", optional=True, location=LG),
    fig("phát hiện 5.136 chai", "5.136", 5136, "count", "chai",
        subject="chai dầu gội, sữa tắm có dấu hiệu giả mạo nhãn hiệu", period=D21, location=LG),
    fig("của 3 thương hiệu", "3", 3, "count", "thương hiệu",
        subject="thương hiệu nổi tiếng bị giả mạo nhãn hiệu", period=D21, location=LG),
    fig("gồm 3.218 chai", "3.218", 3218, "count", "chai", total=5136,
        subject="chai dầu gội", period=D21, location=LG),
    fig("và 1.918 chai", "1.918", 1918, "count", "chai", total=5136,
        subject="chai sữa tắm", period=D21, location=LG),
    fig("từ 28.000 đến 35.000", "28.000", 28000, "money", "đồng/chai", value_max=35000,
        subject="giá nhập số hàng", location=LG),
    fig("giá 65.000-90.000", "65.000", 65000, "money", "đồng/chai", value_max=90000,
        change=chg("decrease", 40, baseline="hàng chính hãng", approx="about"),
        subject="giá bán ra thị trường", location=LG),
    fig("khoảng 250 triệu", "250", 250e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá lô hàng", location=LG),
    fig("kiểm tra 214 vụ", "214", 214, "count", "vụ việc",
        subject="vụ việc liên quan đến mỹ phẩm được kiểm tra", period=YTD),
    fig("xử lý 167 vụ", "167", 167, "count", "vụ",
        subject="vụ vi phạm được xử lý", period=YTD),
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over",
        change=chg("increase", 27, baseline="cùng kỳ năm 2023"),
        subject="thu nộp ngân sách", period=YTD),
    fig("có 58 vụ", "58", 58, "count", "vụ", percent=34.7,
        subject="vụ vi phạm nhóm hàng dầu gội, sữa tắm", period=inh(YTD)),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): menu, headline figure, '22/03/2024 09:35', tag '(BGĐT) -', byline 'Thu Hà', related links.",
    "Distractors: 'Đội Quản lý thị trường số 4', 'SN 1987', 'Nghị định số 98/2020/NĐ-CP', hotline 0204.3855.668, 09:35, 'Ngày 21/3'.",
    "Related-link titles carry only 'năm 2024' and 'Quốc lộ 1' (a road name).",
    "Seizure figures located in huyện Lạng Giang; the tag (BGĐT) and 'tỉnh' make the year-to-date QLTT figures Bắc Giang (default).",
    "'Ngày 21/3' (year from the dateline) is a one-day period for the seizure counts. 'Từ đầu năm đến nay' ends at the dateline 2024-03-22.",
    "'gồm 3.218 chai dầu gội và 1.918 chai sữa tắm' add up to 5.136 → total. 'một kho hàng' reads as the article 'a': optional.",
    "'thấp hơn khoảng 40% so với hàng chính hãng' is the change (decrease) of the selling price range. 'ước tính khoảng' → estimate + about.",
    "'Riêng ... có 58 vụ, chiếm 34,7%': percent attribute; 'Riêng' is no part-of-whole cue, so no total.",
]

if __name__ == "__main__":
    write("p1557-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Bắc Giang")
