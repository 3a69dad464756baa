"""p1435-2: district portal (huyện Hóc Môn, TP HCM): free tattoo removal for young men before military service."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÓC MÔN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Đoàn thể | Liên hệ

Xóa xăm miễn phí cho 126 thanh niên chuẩn bị nhập ngũ

18/12/2024 - 10:20

Ngày 15/12, Huyện Đoàn Hóc Môn phối hợp với Phòng khám Da liễu Ánh Dương trên địa bàn huyện tổ chức chương trình "Xóa xăm - Viết tiếp ước mơ" lần thứ 4. Đợt này có 126 thanh niên được xóa xăm miễn phí, trong đó 98 thanh niên đã có lệnh gọi nhập ngũ năm 2025 và 28 người sau cai nghiện đang tìm việc làm.

Mỗi trường hợp được điều trị từ 3 đến 5 buổi bằng công nghệ laser, tổng chi phí khoảng 380 triệu đồng do phòng khám và các nhà hảo tâm hỗ trợ. Theo bác sĩ Trần Minh Khoa, Giám đốc phòng khám, chi phí xóa một hình xăm cỡ trung bình từ 1,5 đến 3 triệu đồng/buổi, nên nhiều bạn trẻ không đủ khả năng tự chi trả.

Từ năm 2021 đến nay, chương trình đã xóa xăm cho 412 lượt thanh niên trên địa bàn huyện, với tổng kinh phí hơn 1,1 tỷ đồng. Riêng năm 2024, Huyện Đoàn vận động được 57 nhà hảo tâm, doanh nghiệp tham gia, gấp đôi năm 2023.

Năm 2024, toàn huyện có 1.530 thanh niên đủ điều kiện khám tuyển nghĩa vụ quân sự, trong đó khoảng 7% có hình xăm trên cơ thể. Năm 2025, huyện phấn đấu giao 310 tân binh, đạt 100% chỉ tiêu trên giao.

Thanh niên có nhu cầu xóa xăm liên hệ Huyện Đoàn Hóc Môn, số 65 Lý Thường Kiệt, thị trấn Hóc Môn; điện thoại 028.3891.0426.

Tin khác:
- Hóc Môn ra quân Chiến dịch Tình nguyện mùa đông năm 2024
- Hội thi "Tuổi trẻ Hóc Môn với pháp luật" lần thứ 2
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-12-18")
Y24 = per("Riêng năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("cho 126 thanh niên", "126", 126, "count", "thanh niên",
        subject="thanh niên chuẩn bị nhập ngũ được xóa xăm miễn phí"),
    fig("có 126 thanh niên", "126", 126, "count", "thanh niên",
        subject="thanh niên được xóa xăm miễn phí"),
    fig("98 thanh niên", "98", 98, "count", "thanh niên", total=126,
        subject="thanh niên đã có lệnh gọi nhập ngũ"),
    fig("28 người", "28", 28, "count", "người", total=126,
        subject="người sau cai nghiện đang tìm việc làm"),
    fig("từ 3 đến 5 buổi", "3", 3, "count", "buổi", value_max=5,
        subject="buổi điều trị mỗi trường hợp"),
    fig("khoảng 380 triệu", "380", 380e6, "money", "đồng", approx="about",
        subject="tổng chi phí xóa xăm"),
    fig("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/buổi", value_max=3e6,
        subject="chi phí xóa một hình xăm cỡ trung bình"),
    fig("cho 412 lượt", "412", 412, "count", "lượt thanh niên",
        subject="lượt thanh niên chương trình đã xóa xăm", period=SINCE),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over",
        subject="tổng kinh phí chương trình xóa xăm", period=SINCE),
    fig("được 57 nhà", "57", 57, "count", "nhà hảo tâm, doanh nghiệp",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="nhà hảo tâm, doanh nghiệp Huyện Đoàn vận động tham gia", period=Y24),
    fig("có 1.530 thanh niên", "1.530", 1530, "count", "thanh niên",
        subject="thanh niên đủ điều kiện khám tuyển nghĩa vụ quân sự", period=Y24b),
    fig("khoảng 7%", "7", 7, "percent", "%", approx="about",
        subject="tỷ lệ thanh niên có hình xăm trên cơ thể", period=Y24b),
    fig("giao 310 tân binh", "310", 310, "count", "tân binh", percent=100, status="target",
        subject="tân binh huyện giao", period=Y25),
]

NOTES = [
    "District portal (huyện Hóc Môn, TP Hồ Chí Minh): free tattoo removal for young men called up for 2025 and people after rehab.",
    "Dateline '18/12/2024 - 10:20'. Distractors: 10:20, 'Ngày 15/12', 'lần thứ 4', 'lần thứ 2', 'năm 2025' in 'lệnh gọi nhập ngũ năm 2025',",
    "address 'số 65 Lý Thường Kiệt', phone 028.3891.0426, 'năm 2024' in a link title.",
    "Headline 126 and body 126 are both figures (the headline restates it). 98 + 28 = 126 after 'trong đó': total 126.",
    "The one-day event (15/12) gives no period. 'Từ năm 2021 đến nay' ends at the dateline. 'gấp đôi năm 2023' is a change of 2 lần.",
    "'trong đó khoảng 7%' is a percent figure of its own. 'phấn đấu giao 310 tân binh, đạt 100% chỉ tiêu' → target, percent 100.",
]

if __name__ == "__main__":
    write("p1435-2", TEXT, NOTES, FIGS, published="2024-12-18", location="Hóc Môn")
