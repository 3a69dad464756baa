"""p698-1: province portal (Nghệ An), children with disabilities in inclusive schooling, as of 31/5/2024."""
from lib import fig, period, inh, change, write

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo
Cập nhật: 16/09/2024 08:45
Lượt xem: 1.482

Nghệ An: Hơn 5.400 trẻ khuyết tật được học hòa nhập

Theo báo cáo của Sở Giáo dục và Đào tạo, tính đến ngày 31/5/2024, toàn tỉnh có 6.215 trẻ khuyết tật trong độ tuổi đi học. Trong đó, 5.438 em học hòa nhập tại các trường mầm non và phổ thông, chiếm 87,5%; 312 em học tại các cơ sở giáo dục chuyên biệt, số còn lại chưa đến trường do khuyết tật nặng.

Xét theo cấp học, tiểu học có nhiều trẻ khuyết tật học hòa nhập nhất với 2.764 em, tiếp đến là trung học cơ sở 1.391 em, mầm non 856 em và trung học phổ thông 427 em. Các địa phương có đông trẻ học hòa nhập là thành phố Vinh (412 em), huyện Quỳnh Lưu (386 em), Diễn Châu (351 em) và Nghi Lộc (298 em).

Năm học 2023-2024, ngành giáo dục đã mở 14 lớp tập huấn về giáo dục hòa nhập cho hơn 1.120 lượt cán bộ quản lý, giáo viên. Tỷ lệ giáo viên dạy trẻ khuyết tật được bồi dưỡng chuyên môn đạt 78,6%, tăng 6,2% so với năm học trước.

Năm 2024, tỉnh bố trí 12,5 tỷ đồng để mua sắm thiết bị, tài liệu và chi trả chính sách học bổng, hỗ trợ phương tiện học tập cho học sinh khuyết tật theo Thông tư liên tịch số 42/2013/TTLT-BGDĐT-BLĐTBXH-BTC.

Theo Kế hoạch số 518/KH-UBND, tỉnh phấn đấu đến năm 2025 có 90% trẻ khuyết tật trong độ tuổi được tiếp cận giáo dục, mỗi huyện, thành phố, thị xã có ít nhất 1 trường điển hình về giáo dục hòa nhập.

Mọi thông tin cần hỗ trợ, phụ huynh liên hệ Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh, số 26 đường Lê Hồng Phong, TP Vinh, điện thoại 0238.3844.562.
"""

ASOF = period("tính đến ngày 31/5/2024", end="2024-05-31")
SY = period("Năm học 2023-2024", "2023-01-01", "2024-12-31")
T25 = period("đến năm 2025", end="2025-12-31")
S = "trẻ khuyết tật học hòa nhập"

FIGS = [
    fig("Hơn 5.400 trẻ", "5.400", 5400, "count", "trẻ", "trẻ khuyết tật được học hòa nhập", inh(ASOF), approx="over"),
    fig("có 6.215 trẻ", "6.215", 6215, "count", "trẻ", "trẻ khuyết tật trong độ tuổi đi học", ASOF),
    fig("5.438 em học", "5.438", 5438, "count", "em",
        "trẻ khuyết tật học hòa nhập tại các trường mầm non và phổ thông", inh(ASOF), total=6215, percent=87.5),
    fig("312 em học", "312", 312, "count", "em", "trẻ khuyết tật học tại các cơ sở giáo dục chuyên biệt",
        inh(ASOF), total=6215),
    fig("với 2.764 em", "2.764", 2764, "count", "em", S + " cấp tiểu học"),
    fig("cơ sở 1.391 em", "1.391", 1391, "count", "em", S + " cấp trung học cơ sở"),
    fig("mầm non 856 em", "856", 856, "count", "em", S + " cấp mầm non"),
    fig("phổ thông 427 em", "427", 427, "count", "em", S + " cấp trung học phổ thông"),
    fig("Vinh (412 em)", "412", 412, "count", "em", S, location="Vinh"),
    fig("Quỳnh Lưu (386 em)", "386", 386, "count", "em", S, location="Quỳnh Lưu"),
    fig("Diễn Châu (351 em)", "351", 351, "count", "em", S, location="Diễn Châu"),
    fig("Nghi Lộc (298 em)", "298", 298, "count", "em", S, location="Nghi Lộc"),
    fig("mở 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn về giáo dục hòa nhập", SY),
    fig("hơn 1.120 lượt", "1.120", 1120, "count", "lượt",
        "lượt cán bộ quản lý, giáo viên được tập huấn về giáo dục hòa nhập", SY, approx="over"),
    fig("đạt 78,6%", "78,6", 78.6, "percent", "%",
        "tỷ lệ giáo viên dạy trẻ khuyết tật được bồi dưỡng chuyên môn", inh(SY),
        change=change("increase", 6.2, "%", "năm học trước")),
    fig("bố trí 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng",
        "kinh phí mua sắm thiết bị, tài liệu và chi trả chính sách cho học sinh khuyết tật",
        period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("có 90% trẻ", "90", 90, "percent", "%", "trẻ khuyết tật trong độ tuổi được tiếp cận giáo dục", T25,
        status="target"),
    fig("ít nhất 1 trường", "1", 1, "count", "trường",
        "trường điển hình về giáo dục hòa nhập ở mỗi huyện, thành phố, thị xã", T25,
        approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: trẻ khuyết tật học hòa nhập tính đến 31/5/2024, by level and district; training; funding; 2025 targets.",
    "Province portal: breadcrumb, 'Cập nhật: 16/09/2024 08:45' (published), 'Lượt xem: 1.482' (page furniture).",
    "Not figures: 31/5/2024, Thông tư liên tịch số 42/2013/..., Kế hoạch số 518/KH-UBND, 'số 26 đường Lê Hồng Phong', 0238.3844.562.",
    "'Trong đó' after a sentence break: 5.438 and 312 are parts of 6.215. The level list (tiểu học 2.764 …) has no cue: no total.",
    "'Năm học 2023-2024' read like 'giai đoạn 2021-2025' (year span 2023-01-01..2024-12-31): the spec has no school-year rule.",
    "'tăng 6,2% so với năm học trước' after a rate is that rate's change.",
]

if __name__ == "__main__":
    write("p698-1", TEXT, NOTES, FIGS, published="2024-09-16", location="Nghệ An")
