"""p1156-8: provincial newspaper online (Báo Cà Mau, '(CMO) -'): hygiene checks of barber and hair-wash shops."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Cà Mau điện tử
Xã hội | Thứ Sáu, 15/11/2024 | 16:05

Siết điều kiện vệ sinh tiệm cắt tóc, gội đầu

(CMO) - Từ đầu năm đến nay, Phòng Y tế các huyện, thành phố phối hợp lực lượng công an kiểm tra 286 tiệm cắt tóc, gội đầu, massage, nhắc nhở 74 cơ sở và xử phạt 23 cơ sở với số tiền 61,5 triệu đồng. So với cùng kỳ, số cơ sở vi phạm giảm 9 cơ sở.

Qua kiểm tra, nhiều tiệm dùng chung khăn, dao cạo cho nhiều khách, không có tủ tiệt trùng dụng cụ. Đoàn đã lấy 40 mẫu khăn, nước gội đầu để xét nghiệm, trong đó 7 mẫu không đạt. Các huyện Trần Văn Thời, U Minh và Năm Căn có số cơ sở vi phạm nhiều nhất, lần lượt 11, 8 và 6 cơ sở.

Theo Phòng Tài chính - Kế hoạch TP Cà Mau, trong 10 tháng năm 2024, thành phố cấp mới 57 giấy chứng nhận đăng ký hộ kinh doanh ngành nghề cắt tóc, làm đẹp, nâng tổng số lên 642 hộ. Bình quân mỗi tiệm sử dụng 2-3 lao động, doanh thu từ 15 đến 40 triệu đồng/tháng.

Anh Lâm Quốc Huy, chủ tiệm tóc nam trên đường Lý Thường Kiệt, phường 6, cho biết tiệm vừa đầu tư hơn 30 triệu đồng mua tủ tiệt trùng, máy hấp khăn. "Mỗi ngày tiệm phục vụ khoảng 35 khách, dùng khăn riêng từng người nên khách yên tâm hơn", anh Huy nói.

Quý IV, ngành y tế tỉnh dự kiến tập huấn kiến thức vệ sinh cho khoảng 500 chủ cơ sở, mỗi lớp không quá 50 người.

HOÀNG VŨ
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-15")
TEN = per("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
VIOL = "cơ sở cắt tóc, gội đầu, massage vi phạm"

FIGS = [
    fig("kiểm tra 286 tiệm", "286", 286, "count", "tiệm", subject="tiệm cắt tóc, gội đầu, massage được kiểm tra",
        period=YTD),
    fig("nhắc nhở 74 cơ sở", "74", 74, "count", "cơ sở", subject="cơ sở bị nhắc nhở", period=YTD),
    fig("xử phạt 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở bị xử phạt", period=YTD),
    fig("61,5 triệu", "61,5", 61500000, "money", "đồng", subject="số tiền xử phạt", period=YTD),
    fig("giảm 9 cơ sở", "9", 9, "count", "cơ sở", subject="số cơ sở vi phạm giảm so với cùng kỳ", period=inh(YTD)),
    fig("lấy 40 mẫu", "40", 40, "count", "mẫu", subject="mẫu khăn, nước gội đầu lấy xét nghiệm", period=inh(YTD)),
    fig("trong đó 7 mẫu", "7", 7, "count", "mẫu", total=40, subject="mẫu không đạt", period=inh(YTD)),
    fig("lần lượt 11,", "11", 11, "count", "cơ sở", subject=VIOL, period=inh(YTD), location="Trần Văn Thời"),
    fig("11, 8 và", "8", 8, "count", "cơ sở", subject=VIOL, period=inh(YTD), location="U Minh"),
    fig("8 và 6 cơ sở", "6", 6, "count", "cơ sở", subject=VIOL, period=inh(YTD), location="Năm Căn"),
    fig("cấp mới 57 giấy", "57", 57, "count", "giấy chứng nhận",
        subject="giấy chứng nhận đăng ký hộ kinh doanh ngành nghề cắt tóc, làm đẹp cấp mới", period=TEN),
    fig("lên 642 hộ", "642", 642, "count", "hộ", subject="hộ kinh doanh ngành nghề cắt tóc, làm đẹp", period=TEN),
    fig("sử dụng 2-3 lao động", "2", 2, "measure", "lao động/tiệm", value_max=3,
        subject="lao động bình quân mỗi tiệm"),
    fig("từ 15 đến 40 triệu", "15", 15000000, "money", "đồng/tháng", value_max=40000000,
        subject="doanh thu mỗi tiệm"),
    fig("hơn 30 triệu", "30", 30000000, "money", "đồng", approx="over",
        subject="chi phí đầu tư tủ tiệt trùng, máy hấp khăn của tiệm tóc nam"),
    fig("khoảng 35 khách", "35", 35, "count", "khách", approx="about", subject="khách tiệm phục vụ mỗi ngày"),
    fig("khoảng 500 chủ", "500", 500, "count", "chủ cơ sở", approx="about", status="forecast",
        subject="chủ cơ sở được tập huấn kiến thức vệ sinh", period=Q4),
    fig("không quá 50 người", "50", 50, "measure", "người/lớp", approx="at_most", status="forecast",
        subject="người mỗi lớp tập huấn", period=Q4),
]

NOTES = [
    "Provincial newspaper online (Báo Cà Mau): 'Xã hội | Thứ Sáu, 15/11/2024 | 16:05' (published), tag '(CMO) -' (implies Cà Mau).",
    "'Từ đầu năm đến nay' ends at the published date. 'So với cùng kỳ, số cơ sở vi phạm giảm 9 cơ sở' has no base figure:",
    "the decrease stands as the claim (count 9). List 'lần lượt 11, 8 và 6 cơ sở' gives each district as location.",
    "Distractors: 'Năm Căn' (district name containing 'Năm'), 'phường 6', 'đường Lý Thường Kiệt', 'Trần Văn Thời' (a name), 16:05.",
    "'nâng tổng số lên 642 hộ' keeps the sentence's period. 'Bình quân mỗi tiệm sử dụng 2-3 lao động' → measure lao động/tiệm.",
    "revised: subject of 'không quá 50 người' follows the sentence's words ('người mỗi lớp tập huấn', was 'học viên mỗi lớp tập huấn').",
    "TP Cà Mau figures reduce to Cà Mau. 'dự kiến' governs '…, mỗi lớp không quá 50 người' → forecast.",
]

if __name__ == "__main__":
    write("p1156-8", TEXT, NOTES, FIGS, published="2024-11-15", location="Cà Mau")
