"""p1141-3: formal report (UBND tỉnh Nghệ An) on the A/H5N1 outbreak, 2 months 2025; flattened | table."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH NGHỆ AN
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 06 tháng 3 năm 2025

BÁO CÁO
Tình hình dịch cúm gia cầm và kết quả phòng, chống dịch 2 tháng đầu năm 2025

I. TÌNH HÌNH DỊCH BỆNH
Từ ngày 08/01/2025 đến ngày 28/02/2025, dịch cúm gia cầm A/H5N1 xảy ra tại 11 ổ dịch thuộc 9 xã của 4 huyện, làm 6.820 con gia cầm mắc bệnh, chết; tổng số gia cầm buộc phải tiêu hủy là 15.364 con (trọng lượng 31.450 kg). Đến ngày 28/02/2025, có 3 xã đã qua 21 ngày không phát sinh ổ dịch mới.

Kết quả tiêu hủy gia cầm theo địa bàn:
Đơn vị tính: con
Huyện | Gà | Vịt, ngan | Tổng số
Yên Thành | 4.210 | 1.850 | 6.060
Diễn Châu | 2.340 | 1.415 | 3.755
Quỳnh Lưu | 1.980 | 960 | 2.940
Nghi Lộc | 1.624 | 985 | 2.609
Tổng cộng | 10.154 | 5.210 | 15.364

II. KẾT QUẢ PHÒNG, CHỐNG DỊCH
1. Các địa phương đã sử dụng 8.650 lít hóa chất và 42 tấn vôi bột để tiêu độc, khử trùng ổ dịch, vùng đệm và 23 chợ có buôn bán gia cầm sống; thành lập 6 chốt kiểm dịch tạm thời.
2. Đã lấy 210 mẫu giám sát tại các chợ, trong đó 12 mẫu dương tính với vi rút cúm A/H5N1 (chiếm 5,7%).
3. Mức hỗ trợ theo Quyết định số 12/2022/QĐ-UBND là 35.000 đồng/kg gia cầm hơi; tổng kinh phí hỗ trợ dự kiến khoảng 1,1 tỷ đồng, trong đó ngân sách tỉnh chi trả 65%.

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu tiêm phòng vắc xin cúm cho khoảng 19,5 triệu con gia cầm, đạt ít nhất 80% tổng đàn; giám sát chặt các chợ đầu mối, không để dịch lây lan sang huyện khác.

Nơi nhận:
- Bộ Nông nghiệp và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

SPAN = per("Từ ngày 08/01/2025 đến ngày 28/02/2025", "2025-01-08", "2025-02-28")
ASOF = per("Đến ngày 28/02/2025", None, "2025-02-28")
TWO = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28", inherited=True)


def cell(anchor, number, value, row, col):
    place = None if row == "Tổng cộng" else row
    label = {"Gà": "gà tiêu hủy", "Vịt, ngan": "vịt, ngan tiêu hủy", "Tổng số": "tổng số gia cầm tiêu hủy"}[col]
    subject = ("tổng cộng " + label) if row == "Tổng cộng" else label
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "con", subject=subject, period=SPAN | {"inherited": True}, **kw)


FIGS = [
    fig("tại 11 ổ dịch", "11", 11, "count", "ổ dịch", subject="ổ dịch cúm gia cầm A/H5N1", period=SPAN),
    fig("thuộc 9 xã", "9", 9, "count", "xã", subject="xã có ổ dịch cúm gia cầm", period=SPAN),
    fig("của 4 huyện", "4", 4, "count", "huyện", subject="huyện có ổ dịch cúm gia cầm", period=SPAN),
    fig("làm 6.820 con", "6.820", 6820, "count", "con", subject="gia cầm mắc bệnh, chết", period=SPAN),
    fig("là 15.364 con", "15.364", 15364, "count", "con", subject="tổng số gia cầm buộc phải tiêu hủy", period=SPAN),
    fig("trọng lượng 31.450 kg", "31.450", 31450, "measure", "kg",
        subject="trọng lượng gia cầm tiêu hủy", period=SPAN),
    fig("có 3 xã", "3", 3, "count", "xã", subject="xã đã qua 21 ngày không phát sinh ổ dịch mới", period=ASOF),
    fig("qua 21 ngày", "21", 21, "measure", "ngày", optional=True,
        subject="thời gian không phát sinh ổ dịch mới"),
    cell("Thành | 4.210", "4.210", 4210, "Yên Thành", "Gà"),
    cell("4.210 | 1.850", "1.850", 1850, "Yên Thành", "Vịt, ngan"),
    cell("1.850 | 6.060", "6.060", 6060, "Yên Thành", "Tổng số"),
    cell("Châu | 2.340", "2.340", 2340, "Diễn Châu", "Gà"),
    cell("2.340 | 1.415", "1.415", 1415, "Diễn Châu", "Vịt, ngan"),
    cell("1.415 | 3.755", "3.755", 3755, "Diễn Châu", "Tổng số"),
    cell("Lưu | 1.980", "1.980", 1980, "Quỳnh Lưu", "Gà"),
    cell("1.980 | 960", "960", 960, "Quỳnh Lưu", "Vịt, ngan"),
    cell("960 | 2.940", "2.940", 2940, "Quỳnh Lưu", "Tổng số"),
    cell("Lộc | 1.624", "1.624", 1624, "Nghi Lộc", "Gà"),
    cell("1.624 | 985", "985", 985, "Nghi Lộc", "Vịt, ngan"),
    cell("985 | 2.609", "2.609", 2609, "Nghi Lộc", "Tổng số"),
    cell("cộng | 10.154", "10.154", 10154, "Tổng cộng", "Gà"),
    cell("10.154 | 5.210", "5.210", 5210, "Tổng cộng", "Vịt, ngan"),
    cell("5.210 | 15.364", "15.364", 15364, "Tổng cộng", "Tổng số"),
    fig("sử dụng 8.650 lít", "8.650", 8650, "measure", "lít",
        subject="hóa chất sử dụng để tiêu độc, khử trùng", period=TWO),
    fig("42 tấn", "42", 42, "measure", "tấn", subject="vôi bột sử dụng để tiêu độc, khử trùng", period=TWO),
    fig("và 23 chợ", "23", 23, "count", "chợ",
        subject="chợ có buôn bán gia cầm sống được tiêu độc, khử trùng", period=TWO),
    fig("thành lập 6 chốt", "6", 6, "count", "chốt kiểm dịch",
        subject="chốt kiểm dịch tạm thời thành lập", period=TWO),
    fig("lấy 210 mẫu", "210", 210, "count", "mẫu", subject="mẫu giám sát tại các chợ", period=TWO),
    fig("trong đó 12 mẫu", "12", 12, "count", "mẫu", total=210, percent=5.7,
        subject="mẫu dương tính với vi rút cúm A/H5N1", period=TWO),
    fig("là 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg",
        subject="mức hỗ trợ gia cầm hơi buộc phải tiêu hủy"),
    fig("khoảng 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí hỗ trợ"),
    fig("chi trả 65%", "65", 65, "percent", "%", status="forecast",
        subject="tỷ lệ kinh phí hỗ trợ do ngân sách tỉnh chi trả"),
    fig("khoảng 19,5 triệu con", "19,5", 19500000, "count", "con", approx="about", status="target",
        percent=80, subject="gia cầm được tiêm phòng vắc xin cúm"),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH NGHỆ AN', 'Số: 38/BC-UBND', 'Nghệ An, ngày 06 tháng 3 năm 2025' (published).",
    "Flattened '|' table, 'Đơn vị tính: con'; row labels are districts (location), subject = column label + 'tiêu hủy' from the",
    "caption; the 'Tổng cộng' row is Nghệ An. Cells take the outbreak span of section I (inherited, not scored). No totals in cells.",
    "Distractors: Số: 38/BC-UBND, Quyết định số 12/2022/QĐ-UBND, section numbers I.-III. and 1.-3., A/H5N1, 'Lưu: VT, NN'.",
    "'qua 21 ngày' is the criterion for an outbreak's end (optional). 6.820 sick/dead birds are not stated as part of 15.364.",
    "Section II takes the title's '2 tháng đầu năm 2025' (inherited). '(chiếm 5,7%)' is the share of the 12 samples.",
    "35.000 đồng/kg stands in its own clause before ';' (actual); 'dự kiến' governs 1,1 tỷ and the '65%' clause after it.",
    "Section III: 'Phấn đấu' → target; 'đạt ít nhất 80% tổng đàn' is the share of the 19,5 triệu (percent attribute).",
]

if __name__ == "__main__":
    build("p1141-3", TEXT, NOTES, FIGS, published="2025-03-06", location="Nghệ An")
