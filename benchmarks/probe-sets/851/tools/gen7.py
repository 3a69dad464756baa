"""p851-7: Sở GD&ĐT Đồng Tháp department site, no dateline; a table pasted one cell per line; footer with address, phone, counter."""
from lib import F, P, I, CH, TG, write_set

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả hỗ trợ học sinh khuyết tật nghe học hòa nhập

Năm 2023, toàn tỉnh Đồng Tháp có 1.046 học sinh khuyết tật học hòa nhập tại 412 trường, trong đó học sinh khuyết tật nghe là 187 em, tăng 12 em so với năm 2022. Ngành giáo dục đã cấp 65 máy trợ thính và 1.200 đầu sách, tài liệu ngôn ngữ ký hiệu cho các trường có học sinh khiếm thính.

Học sinh khuyết tật nghe thuộc hộ nghèo, cận nghèo được hưởng học bổng 1.800.000 đồng/tháng, thời gian hưởng tối đa 9 tháng mỗi năm học.

Một số chỉ tiêu hỗ trợ học sinh khuyết tật nghe
Đơn vị tính: người
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Học sinh khuyết tật nghe học hòa nhập
175
187
200
Học sinh được cấp học bổng
96
108
120
Giáo viên được bồi dưỡng ngôn ngữ ký hiệu
142
215
300
Phụ huynh tham gia lớp ngôn ngữ ký hiệu
58
84
100

Năm 2024, Sở phấn đấu 100% giáo viên dạy lớp có học sinh khiếm thính được bồi dưỡng ngôn ngữ ký hiệu cơ bản; dự kiến phối hợp Trường Cao đẳng Cộng đồng Đồng Tháp mở 4 lớp nghề cho khoảng 80 học sinh khuyết tật nghe.

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP
Địa chỉ: Số 5 đường Võ Trường Toản, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.296 - Fax: 0277.3852.340
Lượt truy cập: 1.357.902
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")


def row(label, anchors):
    out = []
    for (anchor, number), per, st in zip(anchors, (Y22, Y23, Y24), ("actual", "actual", "target")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, number, int(number), "count", "người", label, per, **kw))
    return out


FIGS = [
    F("có 1.046 học sinh", "1.046", 1046, "count", "học sinh", "học sinh khuyết tật học hòa nhập", Y23),
    F("tại 412 trường", "412", 412, "count", "trường", "trường có học sinh khuyết tật học hòa nhập", Y23),
    F("là 187 em", "187", 187, "count", "em", "học sinh khuyết tật nghe học hòa nhập", Y23, total=1046,
      change=CH("increase", 12, "em", "năm 2022")),
    F("cấp 65 máy", "65", 65, "count", "máy trợ thính", "máy trợ thính được cấp", I(Y23)),
    F("và 1.200 đầu sách", "1.200", 1200, "count", "đầu sách", "đầu sách, tài liệu ngôn ngữ ký hiệu được cấp", I(Y23)),
    F("học bổng 1.800.000", "1.800.000", 1_800_000, "money", "đồng/tháng",
      "học bổng học sinh khuyết tật nghe thuộc hộ nghèo, cận nghèo"),
    F("tối đa 9 tháng", "9", 9, "measure", "tháng", "thời gian hưởng học bổng mỗi năm học", approx="at_most"),
]
FIGS += row("học sinh khuyết tật nghe học hòa nhập", [("hòa nhập\n175", "175"), ("175\n187", "187"), ("187\n200", "200")])
FIGS += row("học sinh được cấp học bổng", [("bổng\n96", "96"), ("96\n108", "108"), ("108\n120", "120")])
FIGS += row("giáo viên được bồi dưỡng ngôn ngữ ký hiệu", [("hiệu\n142", "142"), ("142\n215", "215"), ("215\n300", "300")])
FIGS += row("phụ huynh tham gia lớp ngôn ngữ ký hiệu", [("hiệu\n58", "58"), ("58\n84", "84"), ("84\n100", "100")])
FIGS += [
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "giáo viên dạy lớp có học sinh khiếm thính được bồi dưỡng ngôn ngữ ký hiệu cơ bản", Y24b, status="target"),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp nghề cho học sinh khuyết tật nghe", Y24b, status="forecast"),
    F("khoảng 80 học sinh", "80", 80, "count", "học sinh", "học sinh khuyết tật nghe học nghề", Y24b, approx="about",
      status="forecast"),
]

NOTES = [
    "Sở GD&ĐT Đồng Tháp (department site): hỗ trợ học sinh khuyết tật nghe học hòa nhập. No dateline, so no `published`.",
    "Table pasted one cell per line: header cells (Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024), then each row's label and cells.",
    "Unit 'người' from 'Đơn vị tính'; subject = row label; period from the column header; 'Kế hoạch 2024' cells have status target.",
    "The table's 2023 cell 187 repeats the prose 187: both are figures (every numeric cell is a figure).",
    "Distractors: menu line, 'Số 5 đường Võ Trường Toản, Phường 1, TP Cao Lãnh', phone and fax, 'Lượt truy cập: 1.357.902'.",
    "'tối đa 9 tháng mỗi năm học' is a measure (at_most), not a period. 65 máy / 1.200 đầu sách take 2023 from the previous sentence.",
]

if __name__ == "__main__":
    write_set(7, TEXT, FIGS, NOTES, location="Đồng Tháp")
