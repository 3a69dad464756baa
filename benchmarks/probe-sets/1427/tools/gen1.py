"""p1427-1: province portal (Long An): 9-month crackdown on cockfighting gambling, a raid in huyện Đức Hòa."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Long An: 9 tháng triệt xóa 46 tụ điểm đá gà

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.286

Theo Công an tỉnh Long An, 9 tháng đầu năm 2024, Công an các cấp đã phát hiện, bắt giữ 58 vụ đánh bạc bằng hình thức đá gà với 612 đối tượng, tăng 11 vụ so với cùng kỳ năm 2023. Trong đó, khởi tố 17 vụ với 143 bị can; xử phạt vi phạm hành chính 41 vụ với 469 đối tượng, tổng số tiền phạt hơn 2,3 tỷ đồng, bằng 128% cùng kỳ.

Qua các vụ bắt giữ, lực lượng chức năng thu giữ gần 1,8 tỷ đồng tiền mặt, 327 con gà đá, 254 xe mô tô và 410 điện thoại di động.

Đáng chú ý, ngày 21/7, Công an huyện Đức Hòa phối hợp Phòng Cảnh sát hình sự triệt phá trường gà tại ấp 3, xã Hựu Thạnh, bắt quả tang 86 đối tượng, thu giữ 312 triệu đồng; đây là vụ có số đối tượng lớn nhất từ đầu năm.

Toàn tỉnh đã xóa bỏ 46 tụ điểm đá gà, chiếm khoảng 70% số tụ điểm được phát hiện. Số vụ đá gà tập trung nhiều nhất ở huyện Đức Hòa (14 vụ) và huyện Cần Giuộc (9 vụ).

Trong quý IV/2024, Công an tỉnh phấn đấu triệt xóa 100% tụ điểm đá gà đã phát hiện, không để hình thành trường gà quy mô trên 50 người. Người dân phát hiện hành vi tổ chức đá gà ăn tiền có thể báo qua số điện thoại 0272.3826.119.

Tin liên quan:
- Long An: Tổng kết cao điểm tấn công trấn áp tội phạm đợt 2 năm 2024
- Cần Giuộc ra mắt mô hình "Ấp không có tệ nạn đá gà"
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
DAY = per("ngày 21/7", "2024-07-21", "2024-07-21")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("9 tháng triệt xóa 46", "46", 46, "count", "tụ điểm", subject="tụ điểm đá gà triệt xóa", period=NINE_H),
    fig("bắt giữ 58 vụ", "58", 58, "count", "vụ", change=chg("increase", 11, "vụ", "cùng kỳ năm 2023"),
        subject="vụ đánh bạc bằng hình thức đá gà phát hiện, bắt giữ", period=NINE),
    fig("với 612 đối tượng", "612", 612, "count", "đối tượng",
        subject="đối tượng đánh bạc bằng hình thức đá gà bị bắt giữ", period=NINE),
    fig("khởi tố 17 vụ", "17", 17, "count", "vụ", total=58, subject="vụ khởi tố", period=inh(NINE)),
    fig("với 143 bị can", "143", 143, "count", "bị can", total=612, subject="bị can bị khởi tố",
        period=inh(NINE)),
    fig("chính 41 vụ", "41", 41, "count", "vụ", total=58, subject="vụ xử phạt vi phạm hành chính",
        period=inh(NINE)),
    fig("với 469 đối tượng", "469", 469, "count", "đối tượng", total=612,
        subject="đối tượng bị xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over", percent=128,
        subject="tổng số tiền phạt vi phạm hành chính", period=inh(NINE)),
    fig("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly", subject="tiền mặt thu giữ",
        period=inh(NINE)),
    fig("327 con", "327", 327, "count", "con", subject="gà đá thu giữ", period=inh(NINE)),
    fig("254 xe", "254", 254, "count", "xe mô tô", subject="xe mô tô thu giữ", period=inh(NINE)),
    fig("410 điện thoại", "410", 410, "count", "điện thoại di động", subject="điện thoại di động thu giữ",
        period=inh(NINE)),
    fig("quả tang 86 đối tượng", "86", 86, "count", "đối tượng",
        subject="đối tượng bị bắt quả tang tại trường gà", period=DAY, location=DH),
    fig("thu giữ 312 triệu", "312", 312e6, "money", "đồng", subject="tiền thu giữ tại trường gà", period=DAY,
        location=DH),
    fig("bỏ 46 tụ điểm", "46", 46, "count", "tụ điểm", percent=70, subject="tụ điểm đá gà xóa bỏ",
        period=inh(NINE)),
    fig("(14 vụ)", "14", 14, "count", "vụ", subject="số vụ đá gà", period=inh(NINE), location=DH),
    fig("(9 vụ)", "9", 9, "count", "vụ", subject="số vụ đá gà", period=inh(NINE), location="Cần Giuộc"),
    fig("triệt xóa 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ tụ điểm đá gà đã phát hiện được triệt xóa", period=Q4),
    fig("trên 50 người", "50", 50, "count", "người", approx="over", status="target",
        subject="quy mô trường gà không để hình thành", period=Q4, optional=True),
]

NOTES = [
    "Province portal (Long An): 9-month results against cockfighting gambling 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.286'.",
    "Distractors: 08:45, Lượt xem 1.286, 'ngày 21/7' (date), 'ấp 3', phone 0272.3826.119, 'đợt 2 năm 2024' in a related link.",
    "'Trong đó' after a sentence break: 17 and 41 vụ take total 58; 143 bị can and 469 đối tượng take total 612 (they add up).",
    "'tăng 11 vụ so với cùng kỳ' is a change in vụ of the 58 vụ (the 612 đối tượng stands between).",
    "'bằng 128% cùng kỳ' is the percent attribute of the fine; 'chiếm khoảng 70%' the percent attribute of 46 tụ điểm.",
    "Đức Hòa raid: location Đức Hòa, period the single day 2024-07-21. List '(14 vụ)', '(9 vụ)': places go to location.",
    "'không để hình thành trường gà quy mô trên 50 người' is a threshold inside a target: optional.",
]

if __name__ == "__main__":
    write("p1427-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
