"""p1402-6: national newspaper: TP HCM public bikes waiting for metro line 1 (November 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Giao thông
Thứ ba, 12/11/2024, 08:05 (GMT+7)

Xe đạp công cộng TP HCM chờ kết nối metro số 1

Sau 3 năm hoạt động, hệ thống xe đạp công cộng ở TP HCM đã phục vụ khoảng 1,2 triệu lượt thuê; đơn vị vận hành kỳ vọng lượng khách tăng mạnh khi tuyến metro Bến Thành - Suối Tiên chạy chính thức.

Hệ thống do Công ty cổ phần Đạp Xanh Sài Gòn khai thác hiện có 74 trạm với hơn 900 xe tại quận 1, quận 3, quận 5 và TP Thủ Đức; riêng quận 1 có 41 trạm. Theo đơn vị vận hành, 10 tháng đầu năm nay có 402.000 lượt thuê, tăng 18% so với cùng kỳ năm ngoái, trung bình mỗi ngày khoảng 1.320 lượt.

"Người dùng chủ yếu là sinh viên và nhân viên văn phòng, đi quãng ngắn dưới 2 km", ông Phạm Quốc Bảo, Giám đốc công ty, nói. Giá thuê 5.000 đồng cho 30 phút đầu; vé tháng 99.000 đồng, được đi không giới hạn các chuyến dưới 45 phút.

Khảo sát của Viện Nghiên cứu phát triển thành phố với 1.500 người dùng cho thấy 62% chọn xe đạp để nối chuyến xe buýt; hơn 80% muốn có trạm gần các nhà ga metro. Tuyến metro số 1 dài 19,7 km, có 14 nhà ga.

Theo kế hoạch, đến năm 2025, công ty sẽ lắp thêm 30 trạm quanh các nhà ga metro và nâng số xe lên 1.500 chiếc. Sở Giao thông vận tải cho biết thành phố đặt mục tiêu đến năm 2030 có 500 trạm xe đạp công cộng, phủ khắp các quận nội thành.

Lê Tuyết
"""

M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt thuê", approx="about",
        subject="lượt thuê hệ thống xe đạp công cộng"),
    fig("có 74 trạm", "74", 74, "count", "trạm", subject="trạm của hệ thống"),
    fig("hơn 900 xe", "900", 900, "count", "xe", approx="over", subject="xe của hệ thống"),
    fig("có 41 trạm", "41", 41, "count", "trạm", subject="trạm của hệ thống", location="Quận 1"),
    fig("có 402.000 lượt", "402.000", 402000, "count", "lượt thuê",
        change=chg("increase", 18, "%", "cùng kỳ năm ngoái"), subject="lượt thuê", period=M10),
    fig("khoảng 1.320 lượt", "1.320", 1320, "measure", "lượt/ngày", approx="about",
        subject="lượt thuê trung bình mỗi ngày", period=M10),
    fig("dưới 2 km", "2", 2, "measure", "km", approx="under", subject="quãng đường người dùng đi"),
    fig("thuê 5.000 đồng", "5.000", 5000, "money", "đồng/30 phút", subject="giá thuê 30 phút đầu"),
    fig("cho 30 phút", "30", 30, "measure", "phút", optional=True),
    fig("vé tháng 99.000", "99.000", 99000, "money", "đồng", subject="giá vé tháng"),
    fig("dưới 45 phút", "45", 45, "measure", "phút", approx="under", optional=True),
    fig("với 1.500 người", "1.500", 1500, "count", "người dùng", subject="người dùng được khảo sát"),
    fig("cho thấy 62%", "62", 62, "percent", "%", subject="người dùng chọn xe đạp để nối chuyến xe buýt"),
    fig("hơn 80%", "80", 80, "percent", "%", approx="over", subject="người dùng muốn có trạm gần các nhà ga metro"),
    fig("dài 19,7 km", "19,7", 19.7, "measure", "km", subject="chiều dài tuyến metro số 1"),
    fig("có 14 nhà ga", "14", 14, "count", "nhà ga", subject="nhà ga tuyến metro số 1"),
    fig("thêm 30 trạm", "30", 30, "count", "trạm", status="target", subject="trạm lắp thêm quanh các nhà ga metro",
        period=T25),
    fig("lên 1.500 chiếc", "1.500", 1500, "count", "chiếc", status="target", subject="số xe", period=T25),
    fig("có 500 trạm", "500", 500, "count", "trạm", status="target", subject="trạm xe đạp công cộng", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/11/2024, 08:05 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 08:05, GMT+7, 'metro số 1' (twice), 'quận 1, quận 3, quận 5' as names, 'Sau 3 năm hoạt động' (duration), 'năm ngoái'.",
    "Location TP Hồ Chí Minh; 'riêng quận 1 có 41 trạm' → location Quận 1 ('riêng' is no part-of-whole cue: no total).",
    "'10 tháng đầu năm nay' → 2024 from the dateline; 'trung bình mỗi ngày khoảng 1.320 lượt' is a daily rate (lượt/ngày), same sentence.",
    "'5.000 đồng cho 30 phút đầu': the 30 minutes are the price's denominator; optional, since a reader may count them.",
    "'các chuyến dưới 45 phút' is a ticket condition, optional (like 'tối thiểu 1 nền tảng số' in the shared gold).",
    "'Theo kế hoạch, đến năm 2025 ...' → target for both clauses; 'mục tiêu đến năm 2030' → target.",
]

if __name__ == "__main__":
    write("p1402-6", TEXT, NOTES, FIGS, published="2024-11-12", location="TP Hồ Chí Minh")
