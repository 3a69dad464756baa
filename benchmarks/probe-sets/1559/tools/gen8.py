"""p1559-8: radio/TV site (Đài PT-TH Nghệ An, NTV): seizure of untraceable bông, băng, gạc in huyện Diễn Châu; 6-month enforcement."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Video | Podcast

Thu giữ hơn 12 nghìn sản phẩm bông, băng, gạc không rõ nguồn gốc

Thứ Năm, 18/07/2024 - 16:05

(NTV) - Ngày 17/7, Đội Quản lý thị trường số 3 phối hợp Công an huyện Diễn Châu kiểm tra một kho hàng tại xã Diễn Ngọc, phát hiện 12.460 sản phẩm bông, băng, gạc y tế không có hóa đơn, chứng từ, trị giá khoảng 186 triệu đồng. Trong đó có 8.200 cuộn băng, 3.100 gói gạc và 1.160 gói bông; nhiều sản phẩm in nhãn hàng nhập khẩu nhưng không ghi ngày sản xuất, hạn sử dụng. Lực lượng chức năng đã tạm giữ toàn bộ số hàng để xác minh.

Theo Cục Quản lý thị trường tỉnh Nghệ An, 6 tháng đầu năm 2024, lực lượng quản lý thị trường đã kiểm tra 214 vụ việc liên quan đến trang thiết bị y tế, phát hiện và xử lý 57 vụ vi phạm, tăng 14 vụ so với cùng kỳ; tổng số tiền xử phạt hơn 530 triệu đồng. Hàng hóa vi phạm chủ yếu là bông, băng, gạc, khẩu trang và nhiệt kế, chiếm gần 70% số vụ.

Ông Hoàng Văn Thái, Phó Cục trưởng cho biết, 6 tháng cuối năm đơn vị dự kiến mở ít nhất 2 đợt kiểm tra chuyên đề đối với vật tư y tế; người dân phát hiện vi phạm có thể báo qua đường dây nóng 0238.3598.666.

Thu Hà - Minh Tuấn/NTV

Tin cùng chuyên mục:
- Nghệ An: Tăng cường kiểm tra an toàn thực phẩm dịp hè 2024
- Xử phạt cơ sở kinh doanh mỹ phẩm giả ở TP Vinh
"""

D17 = per("Ngày 17/7", "2024-07-17", "2024-07-17")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
DC = "Diễn Châu"

FIGS = [
    fig("hơn 12 nghìn", "12", 12000, "count", "sản phẩm", approx="over",
        subject="sản phẩm bông, băng, gạc không rõ nguồn gốc bị thu giữ", location=DC),
    fig("phát hiện 12.460 sản phẩm", "12.460", 12460, "count", "sản phẩm",
        subject="sản phẩm bông, băng, gạc y tế không có hóa đơn, chứng từ", period=D17, location=DC),
    fig("khoảng 186 triệu", "186", 186e6, "money", "đồng", approx="about",
        subject="trị giá hàng hóa không có hóa đơn, chứng từ", period=D17, location=DC),
    fig("có 8.200 cuộn", "8.200", 8200, "count", "cuộn", total=12460,
        subject="cuộn băng", period=inh(D17), location=DC),
    fig("3.100 gói gạc", "3.100", 3100, "count", "gói", total=12460,
        subject="gói gạc", period=inh(D17), location=DC),
    fig("1.160 gói bông", "1.160", 1160, "count", "gói", total=12460,
        subject="gói bông", period=inh(D17), location=DC),
    fig("kiểm tra 214 vụ", "214", 214, "count", "vụ việc",
        subject="vụ việc liên quan đến trang thiết bị y tế được kiểm tra", period=H1),
    fig("xử lý 57 vụ", "57", 57, "count", "vụ", change=chg("increase", 14, "vụ", "cùng kỳ"),
        subject="vụ vi phạm được phát hiện và xử lý", period=H1),
    fig("hơn 530 triệu", "530", 530e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt", period=H1),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ lệ số vụ có hàng hóa vi phạm là bông, băng, gạc, khẩu trang và nhiệt kế", period=inh(H1)),
    fig("ít nhất 2 đợt", "2", 2, "count", "đợt", approx="at_least", status="forecast",
        subject="đợt kiểm tra chuyên đề đối với vật tư y tế", period=H2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): menu, 'Thứ Năm, 18/07/2024 - 16:05', tag '(NTV) -', byline 'Thu Hà - Minh Tuấn/NTV', related links.",
    "Distractors: 16:05, 'Ngày 17/7' (a date: the period of the seizure, start = end), 'Đội Quản lý thị trường số 3', hotline",
    "0238.3598.666, 'hè 2024' in a link title.",
    "Headline 'hơn 12 nghìn sản phẩm' = 12 000 (nghìn), over. The seizure in huyện Diễn Châu: location Diễn Châu.",
    "'Trong đó có 8.200 cuộn băng, 3.100 gói gạc và 1.160 gói bông' after a sentence break: parts of 12.460 sản phẩm (they add up).",
    "'57 vụ vi phạm, tăng 14 vụ so với cùng kỳ' → change 14 vụ; no total from 214 (no cue). 'gần 70% số vụ' is a percent figure.",
    "'6 tháng cuối năm ... dự kiến mở ít nhất 2 đợt' → forecast, at_least, 2024-07-01 .. 2024-12-31 (year of the earlier period).",
]

if __name__ == "__main__":
    write("p1559-8", TEXT, NOTES, FIGS, published="2024-07-18", location="Nghệ An")
