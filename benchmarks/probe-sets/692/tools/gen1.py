"""p692-1: province portal (Thừa Thiên Huế) - international students in the province, mid-2024."""
from lib import write, fig, per, inh, ch

TEXT = """Cổng Thông tin điện tử tỉnh Thừa Thiên Huế
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo
Cập nhật: 08/07/2024 15:20 | Lượt xem: 1.874

Hơn 1.100 lưu học sinh quốc tế đang học tập tại Thừa Thiên Huế

(TTH) - Theo Sở Giáo dục và Đào tạo, tính đến ngày 30/6/2024, trên địa bàn tỉnh có 1.126 lưu học sinh nước ngoài đang theo học tại các cơ sở giáo dục đại học và giáo dục nghề nghiệp, tăng 14,2% so với cùng kỳ năm 2023. Trong đó, lưu học sinh Lào đông nhất với 812 người (chiếm 72,1%), tiếp đến là Campuchia 164 người, Hàn Quốc 97 người; số còn lại đến từ 11 quốc gia khác.

Đại học Huế là đơn vị tiếp nhận nhiều lưu học sinh nhất với 905 người, trong đó tập trung tại Trường Đại học Sư phạm (286 người), Trường Đại học Y - Dược (241 người) và Trường Đại học Nông Lâm (158 người). Riêng 6 tháng đầu năm 2024, các trường đã tuyển mới 214 lưu học sinh, đạt 71,3% kế hoạch năm.

Thực hiện Quyết định số 1368/QĐ-UBND ngày 12/6/2023 của UBND tỉnh, năm 2024 tỉnh cấp 120 suất học bổng cho lưu học sinh Lào đến từ các tỉnh Salavan, Sekong và Champasak, mức hỗ trợ 4,5 triệu đồng/người/tháng; tổng kinh phí ước khoảng 6,48 tỷ đồng từ ngân sách tỉnh.

Kết quả học tập của lưu học sinh có nhiều chuyển biến: khóa tốt nghiệp tháng 6/2024 có 268 lưu học sinh nhận bằng, trong đó 31 người đạt loại giỏi trở lên; tỷ lệ tốt nghiệp đúng hạn đạt 93,5%, cao hơn 2,1% so với năm 2023.

Phấn đấu đến năm 2025, số lưu học sinh quốc tế tại tỉnh đạt khoảng 1.500 người, trong đó lưu học sinh theo học chương trình sau đại học chiếm từ 15 đến 20%.

Thông tin liên hệ: Phòng Giáo dục chuyên nghiệp, Sở GD&ĐT, số 22 Lê Lợi, TP Huế; điện thoại 0234.3823.356.
"""

ASOF = per("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T6 = per("tháng 6/2024", "2024-06-01", "2024-06-30")
TO25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("Hơn 1.100 lưu học sinh", "1.100", 1100, "count", "lưu học sinh",
        "lưu học sinh quốc tế đang học tập tại Thừa Thiên Huế", inh(ASOF), approx="over"),
    fig("có 1.126 lưu học sinh", "1.126", 1126, "count", "lưu học sinh",
        "lưu học sinh nước ngoài đang theo học tại các cơ sở giáo dục đại học và giáo dục nghề nghiệp", ASOF,
        change=ch("increase", 14.2, "%", "cùng kỳ năm 2023")),
    fig("đông nhất với 812 người", "812", 812, "count", "người", "lưu học sinh Lào", inh(ASOF),
        total=1126, percent=72.1),
    fig("Campuchia 164 người", "164", 164, "count", "người", "lưu học sinh Campuchia", inh(ASOF), total=1126),
    fig("Hàn Quốc 97 người", "97", 97, "count", "người", "lưu học sinh Hàn Quốc", inh(ASOF), total=1126),
    fig("từ 11 quốc gia khác", "11", 11, "count", "quốc gia", "quốc gia khác có lưu học sinh", inh(ASOF)),
    fig("nhất với 905 người", "905", 905, "count", "người", "lưu học sinh tại Đại học Huế", inh(ASOF)),
    fig("Sư phạm (286 người)", "286", 286, "count", "người", "lưu học sinh tại Trường Đại học Sư phạm", inh(ASOF), total=905),
    fig("Dược (241 người)", "241", 241, "count", "người", "lưu học sinh tại Trường Đại học Y - Dược", inh(ASOF), total=905),
    fig("Lâm (158 người)", "158", 158, "count", "người", "lưu học sinh tại Trường Đại học Nông Lâm", inh(ASOF), total=905),
    fig("tuyển mới 214 lưu học sinh", "214", 214, "count", "lưu học sinh", "lưu học sinh tuyển mới", H1, percent=71.3),
    fig("cấp 120 suất học bổng", "120", 120, "count", "suất học bổng", "suất học bổng cho lưu học sinh Lào", Y24),
    fig("hỗ trợ 4,5 triệu đồng/người/tháng", "4,5", 4500000, "money", "đồng/người/tháng", "mức hỗ trợ học bổng", Y24),
    fig("ước khoảng 6,48 tỷ đồng", "6,48", 6480000000, "money", "đồng", "tổng kinh phí học bổng từ ngân sách tỉnh", Y24,
        approx="about", status="estimate"),
    fig("có 268 lưu học sinh", "268", 268, "count", "lưu học sinh", "lưu học sinh tốt nghiệp nhận bằng", T6),
    fig("31 người đạt loại giỏi", "31", 31, "count", "người", "lưu học sinh tốt nghiệp đạt loại giỏi trở lên", T6, total=268),
    fig("đúng hạn đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ tốt nghiệp đúng hạn", T6,
        change=ch("increase", 2.1, "%", "năm 2023")),
    fig("đạt khoảng 1.500 người", "1.500", 1500, "count", "người", "lưu học sinh quốc tế tại tỉnh", TO25,
        approx="about", status="target"),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", "lưu học sinh theo học chương trình sau đại học", TO25,
        value_max=20, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: lưu học sinh quốc tế tại tỉnh, tính đến 30/6/2024. Dateline 'Cập nhật: 08/07/2024 15:20'.",
    "Distractors: 'Lượt xem: 1.874', 'Quyết định số 1368/QĐ-UBND ngày 12/6/2023', 'số 22 Lê Lợi', phone 0234.3823.356.",
    "Countries of origin (Lào, Campuchia, Hàn Quốc) and Lao provinces stay in the subject; location stays Thừa Thiên Huế.",
    "Parts after 'Trong đó'/'trong đó' get the whole before the cue (1.126; 905; 268). 'tăng 14,2%', 'cao hơn 2,1%' are changes.",
    "'chiếm từ 15 đến 20%' is the share of a sub-group with no count: a target percent figure of its own (range).",
]

if __name__ == "__main__":
    write("p692-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Thừa Thiên Huế")
