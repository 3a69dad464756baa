from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH NINH THUẬN
Số: 214/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Ninh Thuận, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý biên chế và tinh giản biên chế 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Biên chế công chức
Năm 2024, tỉnh được Bộ Nội vụ giao 2.018 biên chế công chức; tính đến ngày 30/6/2024, số công chức có mặt là 1.892 người, bằng 93,8% số biên chế được giao; còn 126 biên chế chưa sử dụng.

2. Tinh giản biên chế
6 tháng đầu năm 2024, toàn tỉnh đã giải quyết tinh giản biên chế đối với 87 trường hợp, tăng 12 trường hợp so với cùng kỳ năm 2023, với tổng kinh phí 11,42 tỷ đồng. Kết quả cụ thể như sau:

Bảng 1. Kết quả tinh giản biên chế theo khối
Khối | Số người tinh giản (người) | Nghỉ hưu trước tuổi (người) | Kinh phí (triệu đồng)
Cơ quan hành chính | 19 | 11 | 2.486,5
Đơn vị sự nghiệp | 51 | 30 | 6.902,0
Cán bộ, công chức cấp xã | 17 | 9 | 2.031,8
Tổng cộng | 87 | 50 | 11.420,3

3. Sắp xếp tổ chức bộ máy
Thực hiện Nghị định số 107/2020/NĐ-CP và Nghị định số 120/2020/NĐ-CP, đến nay tỉnh đã giảm 3 chi cục thuộc sở, 14 phòng thuộc sở và 9 đơn vị sự nghiệp công lập. Số lãnh đạo cấp phòng dôi dư sau sắp xếp là 23 người; đã giải quyết được 15 người (đạt 65,2%), còn lại 8 người sẽ bố trí khi có vị trí trống.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến hết năm 2024 giảm tối thiểu 1,5% biên chế sự nghiệp so với năm 2023; dự kiến giải quyết tinh giản khoảng 60 trường hợp trong 6 tháng cuối năm 2024.

Nơi nhận:
- Bộ Nội vụ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = INH(H1)
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
NOW = P("đến nay", None, "2024-07-08")


def cell(anchor, number, value, kind, unit, subject):
    return F(anchor, number, value, kind, unit, subject, H1I)


FIGS = [
    F("giao 2.018 biên chế", "2.018", 2018, "count", "biên chế", "biên chế công chức Bộ Nội vụ giao",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("là 1.892 người", "1.892", 1892, "count", "người", "công chức có mặt", ASOF, percent=93.8),
    F("còn 126 biên chế", "126", 126, "count", "biên chế", "biên chế chưa sử dụng", ASOF),
    F("đối với 87 trường hợp", "87", 87, "count", "trường hợp", "trường hợp giải quyết tinh giản biên chế", H1,
      change=CH("increase", 12, "trường hợp", baseline="cùng kỳ năm 2023")),
    F("kinh phí 11,42 tỷ đồng", "11,42", 11.42e9, "money", "đồng", "tổng kinh phí tinh giản biên chế", H1),
    cell("Cơ quan hành chính | 19", "19", 19, "count", "người", "Số người tinh giản Cơ quan hành chính"),
    cell("19 | 11", "11", 11, "count", "người", "Nghỉ hưu trước tuổi Cơ quan hành chính"),
    cell("2.486,5", "2.486,5", 2486.5e6, "money", "đồng", "Kinh phí Cơ quan hành chính"),
    cell("Đơn vị sự nghiệp | 51", "51", 51, "count", "người", "Số người tinh giản Đơn vị sự nghiệp"),
    cell("51 | 30", "30", 30, "count", "người", "Nghỉ hưu trước tuổi Đơn vị sự nghiệp"),
    cell("6.902,0", "6.902,0", 6902e6, "money", "đồng", "Kinh phí Đơn vị sự nghiệp"),
    cell("cấp xã | 17", "17", 17, "count", "người", "Số người tinh giản Cán bộ, công chức cấp xã"),
    cell("17 | 9", "9", 9, "count", "người", "Nghỉ hưu trước tuổi Cán bộ, công chức cấp xã"),
    cell("2.031,8", "2.031,8", 2031.8e6, "money", "đồng", "Kinh phí Cán bộ, công chức cấp xã"),
    cell("Tổng cộng | 87", "87", 87, "count", "người", "Tổng cộng số người tinh giản"),
    cell("87 | 50", "50", 50, "count", "người", "Tổng cộng nghỉ hưu trước tuổi"),
    cell("11.420,3", "11.420,3", 11420.3e6, "money", "đồng", "Tổng cộng kinh phí"),
    F("giảm 3 chi cục", "3", 3, "count", "chi cục", "chi cục thuộc sở giảm", NOW),
    F("14 phòng", "14", 14, "count", "phòng", "phòng thuộc sở giảm", NOW),
    F("và 9 đơn vị", "9", 9, "count", "đơn vị sự nghiệp công lập", "đơn vị sự nghiệp công lập giảm", NOW),
    F("là 23 người", "23", 23, "count", "người", "lãnh đạo cấp phòng dôi dư sau sắp xếp"),
    F("được 15 người", "15", 15, "count", "người", "lãnh đạo cấp phòng dôi dư đã giải quyết", percent=65.2),
    F("còn lại 8 người", "8", 8, "count", "người", "lãnh đạo cấp phòng dôi dư còn lại"),
    F("tối thiểu 1,5% biên chế", "1,5", 1.5, "percent", "%", "biên chế sự nghiệp giảm so với năm 2023",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
    F("khoảng 60 trường hợp", "60", 60, "count", "trường hợp", "trường hợp giải quyết tinh giản",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Ninh Thuận, Số: 214/BC-UBND: báo cáo quản lý biên chế và tinh giản biên chế 6 tháng đầu năm 2024 (formal report).",
    "The place-and-date line 'Ninh Thuận, ngày 08 tháng 7 năm 2024' gives `published`. Section numbers, 'Bảng 1', decree numbers are not figures.",
    "Flattened '|' table: every numeric cell is a figure (subject = row + column label); 'Kinh phí (triệu đồng)' makes 2.486,5 = 2 486 500 000 đồng.",
    "The table title has no period; cells inherit '6 tháng đầu năm 2024' from the section text (unscored). No totals inside the table (no cue).",
    "'đến nay' ends at the report date. 15 of the 23 has no part-of cue (no total), its '(đạt 65,2%)' is its percent.",
    "'6 tháng cuối năm 2024' = 2024-07-01..2024-12-31; 'dự kiến' → forecast; 'Phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p608-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Ninh Thuận")
