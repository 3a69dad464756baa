"""p1369-6: national newspaper: biometric checks cut transfers to scam accounts; deepfake calls; TP HCM figures."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Pháp luật

Thứ ba, 12/11/2024, 06:30 (GMT+7)

Giao dịch đến tài khoản lừa đảo giảm 50% nhờ xác thực khuôn mặt

Từ ngày 1/7, chuyển khoản trên 10 triệu đồng phải xác thực sinh trắc học, nhờ đó các ngân hàng chặn được hàng nghìn giao dịch nghi lừa đảo mỗi tháng.

Theo Ngân hàng Nhà nước, sau 4 tháng áp dụng Quyết định 2345/QĐ-NHNN, số giao dịch chuyển tiền đến tài khoản nghi lừa đảo giảm khoảng 50%, số tài khoản nhận tiền lừa đảo giảm 70% so với tháng 6/2024. Đến cuối tháng 10, cả nước có hơn 51,2 triệu hồ sơ khách hàng cá nhân được đối chiếu sinh trắc học, chiếm khoảng 59% tổng số hồ sơ cần đối chiếu.

"Kẻ gian giờ chuyển sang dùng deepfake, giả hình ảnh, giọng nói người thân gọi video vay tiền, mỗi cuộc gọi chỉ kéo dài 10-15 giây", chuyên gia Nguyễn Hải Đăng, Hiệp hội An ninh mạng quốc gia, nói.

Tại TP HCM, 10 tháng năm 2024, Công an thành phố ghi nhận 512 vụ lừa đảo qua mạng, thiệt hại hơn 1.030 tỷ đồng; riêng lừa đảo bằng deepfake có 37 vụ, gấp 3 lần cùng kỳ. Quận Tân Bình và TP Thủ Đức là hai địa bàn có nhiều vụ nhất, lần lượt 46 và 58 vụ.

Ông Trần Minh Khoa, Phó trưởng phòng Cảnh sát hình sự Công an TP HCM, khuyến cáo người dân không chuyển tiền khi chưa xác minh trực tiếp với người thân. Trên cả nước, từ đầu năm đến nay, các ngân hàng đã phối hợp trả lại cho bị hại khoảng 430 tỷ đồng.

Hoàng Lan
"""

ASOF = per("Đến cuối tháng 10", None, "2024-10-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-12")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("giảm 50% nhờ", "50", 50, "percent", "%", subject="giao dịch đến tài khoản lừa đảo"),
    fig("trên 10 triệu", "10", 10e6, "money", "đồng", approx="over",
        subject="chuyển khoản phải xác thực sinh trắc học", optional=True),
    fig("hàng nghìn giao dịch", "nghìn", 1000, "count", "giao dịch", approx="over",
        subject="giao dịch nghi lừa đảo ngân hàng chặn được mỗi tháng", optional=True),
    fig("giảm khoảng 50%", "50", 50, "percent", "%", approx="about",
        subject="số giao dịch chuyển tiền đến tài khoản nghi lừa đảo"),
    fig("giảm 70%", "70", 70, "percent", "%", subject="số tài khoản nhận tiền lừa đảo"),
    fig("hơn 51,2 triệu", "51,2", 51.2e6, "count", "hồ sơ", approx="over", percent=59,
        subject="hồ sơ khách hàng cá nhân được đối chiếu sinh trắc học", period=ASOF),
    fig("10-15 giây", "10", 10, "measure", "giây", value_max=15,
        subject="thời lượng mỗi cuộc gọi deepfake"),
    fig("ghi nhận 512 vụ", "512", 512, "count", "vụ", subject="vụ lừa đảo qua mạng",
        period=M10, location=HCM),
    fig("hơn 1.030 tỷ", "1.030", 1030e9, "money", "đồng", approx="over", subject="thiệt hại",
        period=M10, location=HCM),
    fig("có 37 vụ", "37", 37, "count", "vụ", change=chg("increase", 3, "lần", "cùng kỳ"),
        subject="vụ lừa đảo bằng deepfake", period=M10, location=HCM),
    fig("hai địa bàn", "hai", 2, "count", "địa bàn", subject="địa bàn có nhiều vụ nhất",
        location=HCM, optional=True),
    fig("lần lượt 46", "46", 46, "count", "vụ", subject="vụ lừa đảo qua mạng",
        period=inh(M10), location="Tân Bình"),
    fig("và 58 vụ", "58", 58, "count", "vụ", subject="vụ lừa đảo qua mạng",
        period=inh(M10), location="Thủ Đức"),
    fig("khoảng 430 tỷ", "430", 430e9, "money", "đồng", approx="about",
        subject="số tiền các ngân hàng phối hợp trả lại cho bị hại", period=YTD),
]

NOTES = [
    "National newspaper: 'Thứ ba, 12/11/2024, 06:30 (GMT+7)', headline, sapo, quote, byline at the end. National figures → Việt Nam.",
    "Distractors: '(GMT+7)', 06:30, 'Từ ngày 1/7', 'sau 4 tháng áp dụng' (a duration), 'Quyết định 2345/QĐ-NHNN', 'tháng 6/2024' (baseline).",
    "Optional: the rule's threshold 'trên 10 triệu đồng' (thresholds are optional in the shared gold) and 'hàng nghìn giao dịch' (vague number word).",
    "Growth rates as the claim ('giảm khoảng 50%', 'giảm 70%') are percent figures, no change. 'chiếm khoảng 59%' → percent 59 of 51,2 triệu.",
    "'Đến cuối tháng 10' takes 2024 from the dateline: as-of 2024-10-31. 'mỗi cuộc gọi chỉ kéo dài 10-15 giây' is a measured duration, not a period.",
    "TP HCM paragraph: location TP Hồ Chí Minh; 'gấp 3 lần cùng kỳ' → change 3 lần; 'riêng' gives no total; 'lần lượt 46 và 58 vụ' → Tân Bình, Thủ Đức.",
    "'hai địa bàn' names the two places of the list (optional, as '2 trung tâm kinh tế lớn nhất' in the shared gold). 'Trên cả nước, từ đầu năm đến nay' → Việt Nam, ends 2024-11-12.",
]

if __name__ == "__main__":
    write("p1369-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
