"""p1016-7: Sở Tư pháp Lâm Đồng site (no dateline), civil registration 2022-2023, one-cell-per-line table."""
from lib import F, period, inherit, write_set

TEXT = """SỞ TƯ PHÁP TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả công tác đăng ký hộ tịch năm 2023

Năm 2023, công tác đăng ký và quản lý hộ tịch trên địa bàn tỉnh Lâm Đồng tiếp tục đi vào nền nếp; 100% UBND cấp xã đã sử dụng phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung của Bộ Tư pháp. Kết quả đăng ký một số việc hộ tịch chủ yếu như sau:

Đơn vị tính: trường hợp
Việc hộ tịch
Năm 2022
Năm 2023
Đăng ký khai sinh
21.460
20.915
Đăng ký kết hôn
9.872
10.134
Đăng ký khai tử
6.215
6.048
Thay đổi, cải chính, bổ sung hộ tịch
1.307
1.452
Tổng cộng
38.854
38.549

So với năm 2022, số trường hợp đăng ký khai sinh giảm 545 trường hợp, trong khi số cặp đăng ký kết hôn tăng 2,7%. Tỷ số giới tính khi sinh của tỉnh năm 2023 là 110,8 bé trai/100 bé gái, vẫn cao hơn mức cân bằng tự nhiên.

Tỷ lệ trẻ em được đăng ký khai sinh đúng hạn đạt 93,5%; có 1.362 trẻ em được đăng ký khai sinh quá hạn, tập trung ở các huyện Lạc Dương, Đam Rông và Đạ Huoai. Việc cấp số định danh cá nhân cho trẻ em khi đăng ký khai sinh đạt tỷ lệ 99,6%.

Năm 2024, Sở Tư pháp tiếp tục hướng dẫn các địa phương thực hiện Thông tư số 01/2022/TT-BTP và phấn đấu số hóa xong 100% sổ hộ tịch lưu trữ tại cấp xã.

SỞ TƯ PHÁP TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.415 - Fax: 0263.3834.072
Email: stp@lamdong.gov.vn
Lượt truy cập: 1.246.870 | Đang truy cập: 37
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Đăng ký khai sinh", "21.460", "20.915", "trường hợp đăng ký khai sinh"),
        ("Đăng ký kết hôn", "9.872", "10.134", "trường hợp đăng ký kết hôn"),
        ("Đăng ký khai tử", "6.215", "6.048", "trường hợp đăng ký khai tử"),
        ("Thay đổi, cải chính, bổ sung hộ tịch", "1.307", "1.452", "trường hợp thay đổi, cải chính, bổ sung hộ tịch"),
        ("Tổng cộng", "38.854", "38.549", "tổng cộng việc hộ tịch")]


def table():
    out = []
    for label, a, b, subj in ROWS:
        out.append(F(f"{label}\n{a}\n", a, float(a.replace(".", "")), "count", "trường hợp", subj + " năm 2022", Y22))
        out.append(F(f"\n{a}\n{b}\n", b, float(b.replace(".", "")), "count", "trường hợp", subj + " năm 2023", Y23))
    return out


FIGS = [
    F("100% UBND cấp xã", "100", 100, "percent", "%",
      "UBND cấp xã sử dụng phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung", Y23),
] + table() + [
    F("giảm 545 trường hợp", "545", 545, "count", "trường hợp", "số trường hợp đăng ký khai sinh giảm",
      inherit(Y23)),
    F("tăng 2,7%", "2,7", 2.7, "percent", "%", "số cặp đăng ký kết hôn tăng", inherit(Y23)),
    F("110,8 bé trai/100 bé gái", "110,8", 110.8, "measure", "bé trai/100 bé gái", "tỷ số giới tính khi sinh", Y23s),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ trẻ em được đăng ký khai sinh đúng hạn", inherit(Y23)),
    F("có 1.362 trẻ em", "1.362", 1362, "count", "trẻ em", "trẻ em được đăng ký khai sinh quá hạn", inherit(Y23)),
    F("tỷ lệ 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ cấp số định danh cá nhân cho trẻ em khi đăng ký khai sinh",
      inherit(Y23)),
    F("xong 100% sổ", "100", 100, "percent", "%", "sổ hộ tịch lưu trữ tại cấp xã được số hóa", Y24, status="target"),
]

NOTES = [
    "Sở Tư pháp Lâm Đồng site: no dateline (no published); footer address, phone, fax, 'Lượt truy cập: 1.246.870 | Đang truy cập: 37'.",
    "One-cell-per-line table, 'Đơn vị tính: trường hợp': cells take their period from the column header (scored), subject from the row.",
    "'giảm 545 trường hợp' with no base amount in its sentence is a count of its own without change (like a growth rate as the claim);",
    "'tăng 2,7%' likewise a percent figure. The sex ratio is a rate: unit 'bé trai/100 bé gái'. Distractors: 'Thông tư số 01/2022/TT-BTP',",
    "'Số 36 Trần Phú, Phường 4', phone and fax numbers, visitor counters.",
    "revised: table subjects now carry the column label too (row label + column label, as in the shared gold h23).",
]

if __name__ == "__main__":
    write_set("p1016-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
