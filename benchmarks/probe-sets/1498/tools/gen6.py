"""p1498-6: national newspaper (VnExpress-like): cheap extension cords, a test of 10 samples, electrical fires in TP HCM."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa
Thứ năm, 12/12/2024, 06:00 (GMT+7)

Ổ cắm kéo dài giá rẻ: mối nguy cháy nổ trong nhà

Nhiều ổ cắm kéo dài bán tại chợ, trên sàn thương mại điện tử chỉ 30.000-50.000 đồng, dây dẫn mỏng hơn thông số in trên bao bì.

Tại một sạp ở chợ Nhật Tảo, TP HCM, ổ cắm kéo dài 3 lỗ, dây 5 m được chào bán 35.000 đồng, trong khi sản phẩm cùng loại của các thương hiệu trong nước có giá 120.000-180.000 đồng. Người bán cho biết mỗi tháng sạp bán ra khoảng 500 chiếc, phần lớn cho người thuê phòng trọ.

Phóng viên mua ngẫu nhiên 10 ổ cắm kéo dài giá rẻ gửi một phòng thử nghiệm tại TP Thủ Đức. Kết quả 7/10 mẫu không đạt yêu cầu về độ tăng nhiệt; ba mẫu có vỏ nhựa biến dạng sau chưa đến 20 phút cắm bàn là 1.000 W.

Theo Cảnh sát phòng cháy chữa cháy TP HCM, 11 tháng đầu năm, thành phố xảy ra 412 vụ cháy, giảm 9% so với cùng kỳ; trong đó 265 vụ do sự cố hệ thống điện, thiết bị điện, chiếm 64,3%. Nhiều vụ xuất phát từ ổ cắm, dây điện quá tải.

Kỹ sư Phạm Quốc Huy, Hội Kỹ thuật điện, khuyến cáo không cắm quá 2 thiết bị công suất lớn vào một ổ kéo dài và nên thay ổ sau 3-5 năm sử dụng.

Trong tháng 11, lực lượng quản lý thị trường thành phố đã yêu cầu các sàn thương mại điện tử gỡ bỏ hơn 1.300 gian hàng bán thiết bị điện không rõ nguồn gốc.

Thu Hà
"""

M11 = per("11 tháng đầu năm", "2024-01-01", "2024-11-30")
T11 = per("Trong tháng 11", "2024-11-01", "2024-11-30")

FIGS = [
    fig("chỉ 30.000-50.000", "30.000", 30000, "money", "đồng", value_max=50000,
        subject="giá ổ cắm kéo dài bán tại chợ, trên sàn thương mại điện tử"),
    fig("kéo dài 3 lỗ", "3", 3, "count", "lỗ", subject="lỗ cắm của ổ cắm kéo dài", optional=True),
    fig("dây 5 m", "5", 5, "measure", "m", subject="chiều dài dây ổ cắm kéo dài", optional=True),
    fig("chào bán 35.000", "35.000", 35000, "money", "đồng",
        subject="giá chào bán ổ cắm kéo dài tại sạp"),
    fig("có giá 120.000-180.000", "120.000", 120000, "money", "đồng", value_max=180000,
        subject="giá sản phẩm cùng loại của các thương hiệu trong nước"),
    fig("khoảng 500 chiếc", "500", 500, "measure", "chiếc/tháng", approx="about",
        subject="ổ cắm kéo dài sạp bán ra mỗi tháng"),
    fig("ngẫu nhiên 10 ổ", "10", 10, "count", "ổ cắm kéo dài",
        subject="ổ cắm kéo dài giá rẻ phóng viên mua gửi thử nghiệm"),
    fig("7/10 mẫu", "7", 7, "count", "mẫu", total=10,
        subject="mẫu không đạt yêu cầu về độ tăng nhiệt"),
    fig("ba mẫu", "ba", 3, "count", "mẫu",
        subject="mẫu có vỏ nhựa biến dạng"),
    fig("chưa đến 20 phút", "20", 20, "measure", "phút", approx="under",
        subject="thời gian cắm bàn là đến khi vỏ nhựa biến dạng"),
    fig("bàn là 1.000 W", "1.000", 1000, "measure", "W", subject="công suất bàn là", optional=True),
    fig("ra 412 vụ", "412", 412, "count", "vụ cháy", change=chg("decrease", 9, "%", "cùng kỳ"),
        subject="vụ cháy xảy ra", period=M11),
    fig("265 vụ", "265", 265, "count", "vụ", total=412, percent=64.3,
        subject="vụ cháy do sự cố hệ thống điện, thiết bị điện", period=M11),
    fig("quá 2 thiết bị", "2", 2, "count", "thiết bị", approx="at_most",
        subject="thiết bị công suất lớn cắm vào một ổ kéo dài", optional=True),
    fig("sau 3-5 năm", "3", 3, "measure", "năm", value_max=5,
        subject="thời gian sử dụng trước khi thay ổ", optional=True),
    fig("hơn 1.300 gian", "1.300", 1300, "count", "gian hàng", approx="over",
        subject="gian hàng bán thiết bị điện không rõ nguồn gốc bị gỡ bỏ", period=T11),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ năm, 12/12/2024, 06:00 (GMT+7)', sapo, quote of an engineer, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', the dateline. All figures are located in TP Hồ Chí Minh (the sapo's prices describe the same market).",
    "Optional: product specs that name the product ('3 lỗ', 'dây 5 m', 'bàn là 1.000 W') and the advice 'không cắm quá 2 thiết bị',",
    "'sau 3-5 năm sử dụng' (a recommendation, not a fact about the world).",
    "'mỗi tháng sạp bán ra khoảng 500 chiếc' is a rate: measure, unit 'chiếc/tháng'.",
    "'7/10 mẫu' → total 10. 'ba mẫu' after ';' has no part-of cue: no total. '265 vụ' after 'trong đó' → total 412, percent 64,3.",
    "'11 tháng đầu năm' and 'Trong tháng 11' take 2024 from the dateline.",
]

if __name__ == "__main__":
    write("p1498-6", TEXT, NOTES, FIGS, published="2024-12-12", location="TP Hồ Chí Minh")
