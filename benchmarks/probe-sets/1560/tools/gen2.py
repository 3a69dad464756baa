"""p1560-2: district portal (huyện Can Lộc, Hà Tĩnh): banner, menu, 'Ngày đăng', other news, address footer."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC - TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Bế giảng hai lớp đào tạo nghề chăm sóc móng cho lao động nông thôn

Ngày đăng: 26/06/2024 | 08:30

Sáng 25/6, tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện, UBND huyện Can Lộc tổ chức bế giảng hai lớp "Kỹ thuật chăm sóc móng" cho 64 học viên là phụ nữ, thanh niên các xã Thiên Lộc, Thuần Thiện và Vượng Lộc. Các lớp học trong 3 tháng, mỗi học viên được hỗ trợ 2,8 triệu đồng theo Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ.

Kết thúc khóa học, 61/64 học viên đạt loại khá, giỏi; hiện đã có 38 người được các tiệm nail trong và ngoài tỉnh nhận vào làm việc, mức lương khởi điểm từ 6 đến 8 triệu đồng/tháng.

Theo Phòng Lao động - Thương binh và Xã hội huyện, từ năm 2021 đến nay, huyện đã mở 9 lớp đào tạo nghề làm móng, trang điểm với 285 học viên, trong đó trên 70% có việc làm sau đào tạo. Toàn huyện hiện có 47 tiệm làm móng, tăng gần gấp đôi so với năm 2020, tập trung ở thị trấn Nghèn và xã Tiến Lộc. Ngoài ra, khoảng ba chục lao động của huyện đang làm nghề chăm sóc móng tại Đức và Cộng hòa Séc, thu nhập từ 1.500 đến 2.000 euro/tháng.

Năm 2024, huyện phấn đấu mở thêm 4 lớp với khoảng 120 học viên; mục tiêu đến năm 2025, tỷ lệ lao động qua đào tạo của huyện đạt 72%.

Tin khác:
- Can Lộc: Ra quân tháng thanh niên năm 2024
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm

BẢN QUYỀN THUỘC UBND HUYỆN CAN LỘC
Địa chỉ: Khối 5, thị trấn Nghèn, huyện Can Lộc, tỉnh Hà Tĩnh
Điện thoại: 0239.3840.125
"""

SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-06-26")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Bế giảng hai lớp", "hai", 2, "count", "lớp", subject="lớp đào tạo nghề chăm sóc móng bế giảng"),
    fig("bế giảng hai lớp \"Kỹ", "hai", 2, "count", "lớp", subject="lớp Kỹ thuật chăm sóc móng bế giảng"),
    fig("cho 64 học viên", "64", 64, "count", "học viên",
        subject="học viên là phụ nữ, thanh niên các xã"),
    fig("học trong 3 tháng", "3", 3, "measure", "tháng", subject="thời gian học", optional=True),
    fig("hỗ trợ 2,8 triệu", "2,8", 2.8e6, "money", "đồng/học viên",
        subject="hỗ trợ mỗi học viên"),
    fig("61/64 học viên", "61", 61, "count", "học viên", total=64,
        subject="học viên đạt loại khá, giỏi"),
    fig("có 38 người", "38", 38, "count", "người",
        subject="người được các tiệm nail nhận vào làm việc"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/tháng", value_max=8e6,
        subject="mức lương khởi điểm"),
    fig("mở 9 lớp", "9", 9, "count", "lớp", subject="lớp đào tạo nghề làm móng, trang điểm huyện đã mở",
        period=SINCE),
    fig("với 285 học viên", "285", 285, "count", "học viên",
        subject="học viên lớp đào tạo nghề làm móng, trang điểm", period=SINCE),
    fig("trên 70%", "70", 70, "percent", "%", approx="over",
        subject="học viên có việc làm sau đào tạo", period=SINCE),
    fig("có 47 tiệm", "47", 47, "count", "tiệm",
        change=chg("increase", 2, "lần", "năm 2020", approx="nearly"), subject="tiệm làm móng"),
    fig("khoảng ba chục lao động", "ba chục", 30, "count", "lao động", approx="about",
        subject="lao động của huyện làm nghề chăm sóc móng tại Đức và Cộng hòa Séc"),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "money", "euro/tháng", value_max=2000,
        subject="thu nhập lao động làm nghề chăm sóc móng tại Đức và Cộng hòa Séc"),
    fig("thêm 4 lớp", "4", 4, "count", "lớp", status="target", subject="lớp huyện mở thêm", period=Y24),
    fig("khoảng 120 học viên", "120", 120, "count", "học viên", approx="about", status="target",
        subject="học viên các lớp mở thêm", period=Y24),
    fig("đạt 72%", "72", 72, "percent", "%", status="target",
        subject="tỷ lệ lao động qua đào tạo của huyện", period=T25),
]

NOTES = [
    "District portal (huyện Can Lộc, Hà Tĩnh): banner, menu, 'Ngày đăng: 26/06/2024 | 08:30', 'Tin khác', address footer, phone.",
    "Distractors: 'Sáng 25/6', 'Quyết định số 1956/QĐ-TTg', 'năm 2020' baseline, 'năm 2024' and '6 tháng đầu năm' in link titles,",
    "'Khối 5' (address), phone 0239.3840.125, time 08:30.",
    "Location: the district (Can Lộc) for all figures; workers abroad are the district's workers (Đức, Séc are not places of a figure).",
    "'học trong 3 tháng' is the course length: optional (a duration, but it states a fact, not a time locator).",
    "'mỗi học viên được hỗ trợ 2,8 triệu đồng' is a rate: unit đồng/học viên. 'tăng gần gấp đôi so với năm 2020' is a change (2 lần, nearly).",
    "'trong đó trên 70%' is a percent figure of its own (a share with no base amount). 'phấn đấu' governs both clauses of 2024;",
    "'mục tiêu đến năm 2025' gives the 72% a target with end 2025-12-31. 'hiện' and the event date 'Sáng 25/6' give no period.",
]

if __name__ == "__main__":
    write("p1560-2", TEXT, NOTES, FIGS, published="2024-06-26", location="Can Lộc",
          ignore=("26/06/2024", "25/6", "1956", "năm 20", "6 tháng đầu", "Khối 5", "0239", "8 triệu"))
