"""p1387-6: national newspaper: a scholarship fund for chip-design students."""
from lib import fig, per, inh, chg, write

TEXT = """Giáo dục › Học bổng
Thứ năm, 19/9/2024, 07:30 (GMT+7)

200 suất học bổng cho sinh viên theo học thiết kế chip

Quỹ Học bổng Vi mạch Lạc Hồng vừa công bố chương trình học bổng năm 2024 với tổng giá trị 6 tỷ đồng, gấp đôi năm trước.

Theo ban tổ chức, mỗi suất học bổng trị giá 30 triệu đồng, dành cho sinh viên từ năm thứ hai trở lên đang theo học các ngành điện tử - viễn thông, kỹ thuật máy tính, vi mạch tại 25 trường đại học trên cả nước. Ngoài ra, quỹ dành khoảng 10% ngân sách cho các khóa thực tập có lương tại doanh nghiệp.

Năm ngoái, chương trình nhận 1.850 hồ sơ cho 100 suất, tỷ lệ chọi khoảng 18,5 hồ sơ/suất. Trong số 100 sinh viên nhận học bổng, có 23 nữ sinh và hơn 60 sinh viên đến từ các tỉnh ngoài Hà Nội và TP HCM. Đến nay, 41 người đã tốt nghiệp, trong đó 37 người làm việc tại các công ty thiết kế chip với thu nhập từ 1.000 đến 1.500 USD/tháng.

"Ngành bán dẫn cần hàng chục nghìn kỹ sư trong 5 năm tới, nhưng mỗi năm các trường mới đào tạo được khoảng 1.500 người có thể làm thiết kế ngay", ông Phạm Đức Thành, Giám đốc quỹ, nói. Theo ông, quỹ dự kiến nâng số suất lên 300 vào năm 2025 và mục tiêu đến năm 2030 hỗ trợ tổng cộng 2.000 sinh viên.

Hạn nộp hồ sơ là ngày 31/10. Sinh viên xem thông tin tại website của quỹ hoặc gọi đường dây nóng 1900.6868.

Minh Khôi
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
LAST = per("Năm ngoái", "2023-01-01", "2023-12-31")
NOW = per("Đến nay", None, "2024-09-19")
Y25 = per("vào năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("200 suất học bổng", "200", 200, "count", "suất học bổng",
        subject="suất học bổng cho sinh viên theo học thiết kế chip"),
    fig("tổng giá trị 6 tỷ", "6", 6e9, "money", "đồng",
        change=chg("increase", 2, "lần", "năm trước"),
        subject="tổng giá trị chương trình học bổng", period=Y24),
    fig("trị giá 30 triệu", "30", 30e6, "money", "đồng", subject="giá trị mỗi suất học bổng"),
    fig("tại 25 trường", "25", 25, "count", "trường đại học",
        subject="trường đại học có sinh viên được xét học bổng"),
    fig("khoảng 10% ngân sách", "10", 10, "percent", "%", approx="about",
        subject="tỷ lệ ngân sách quỹ dành cho các khóa thực tập có lương"),
    fig("nhận 1.850 hồ sơ", "1.850", 1850, "count", "hồ sơ", subject="hồ sơ chương trình nhận", period=LAST),
    fig("cho 100 suất", "100", 100, "count", "suất", subject="suất học bổng", period=LAST),
    fig("khoảng 18,5 hồ sơ/suất", "18,5", 18.5, "measure", "hồ sơ/suất", approx="about",
        subject="tỷ lệ chọi", period=LAST),
    fig("Trong số 100 sinh viên", "100", 100, "count", "sinh viên",
        subject="sinh viên nhận học bổng", period=inh(LAST), optional=True),
    fig("có 23 nữ sinh", "23", 23, "count", "nữ sinh", total=100,
        subject="nữ sinh nhận học bổng", period=inh(LAST)),
    fig("hơn 60 sinh viên", "60", 60, "count", "sinh viên", approx="over", total=100,
        subject="sinh viên nhận học bổng đến từ các tỉnh ngoài Hà Nội và TP HCM", period=inh(LAST)),
    fig("41 người", "41", 41, "count", "người", subject="người nhận học bổng đã tốt nghiệp", period=NOW),
    fig("trong đó 37 người", "37", 37, "count", "người", total=41,
        subject="người làm việc tại các công ty thiết kế chip", period=NOW),
    fig("từ 1.000 đến 1.500 USD", "1.000", 1000, "money", "USD/tháng", value_max=1500,
        subject="thu nhập", period=NOW),
    fig("hàng chục nghìn kỹ sư", "chục", 10000, "count", "kỹ sư", approx="over",
        subject="kỹ sư ngành bán dẫn cần", optional=True),
    fig("khoảng 1.500 người", "1.500", 1500, "count", "người/năm", approx="about",
        subject="người có thể làm thiết kế ngay các trường đào tạo được mỗi năm"),
    fig("lên 300", "300", 300, "count", "suất", status="forecast", subject="số suất học bổng", period=Y25),
    fig("tổng cộng 2.000 sinh viên", "2.000", 2000, "count", "sinh viên", status="target",
        subject="sinh viên quỹ hỗ trợ", period=T30),
]

NOTES = [
    "National newspaper: 'Thứ năm, 19/9/2024, 07:30 (GMT+7)', sapo, quote, byline at the end. The fund works nationwide ('25 trường đại học trên cả nước'): location Việt Nam.",
    "Distractors: 07:30, GMT+7, 'năm thứ hai trở lên' (ordinal), 'trong 5 năm tới' (duration), 'ngày 31/10', hotline 1900.6868.",
    "'gấp đôi năm trước' → change increase 2 lần. 'Năm ngoái' = 2023 (published 2024). 'Đến nay' → as of the dateline 2024-09-19.",
    "'Trong số 100 sinh viên' restates the 100 suất: optional; it is the total of 23 nữ sinh and hơn 60 sinh viên (inherited period).",
    "'hàng chục nghìn kỹ sư' (tens of thousands, an idiom for an unquantified need): optional, value 10 000, over.",
    "'mỗi năm các trường mới đào tạo được khoảng 1.500 người' is a per-year rate: unit người/năm; no period.",
    "'dự kiến ... lên 300 vào năm 2025' → forecast; 'mục tiêu đến năm 2030 ... 2.000 sinh viên' → target.",
    "'sinh viên ... đến từ các tỉnh ngoài Hà Nội và TP HCM': the named cities describe the subject, not the figure's place (Việt Nam).",
]

if __name__ == "__main__":
    write("p1387-6", TEXT, NOTES, FIGS, published="2024-09-19", location="Việt Nam")
