from lib import F, P, I, CH, T, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH DƯƠNG
Trang chủ » Hoạt động quản lý » Gia đình - Văn hóa cơ sở

Tình hình cấp phép, quản lý cơ sở kinh doanh dịch vụ karaoke giai đoạn 2021 - 2023

Sau vụ cháy nghiêm trọng tháng 9/2022, công tác thẩm định, cấp giấy phép kinh doanh dịch vụ karaoke trên địa bàn tỉnh được thực hiện chặt chẽ hơn. Hồ sơ chỉ được tiếp nhận khi cơ sở đã có văn bản nghiệm thu về PCCC theo Nghị định số 136/2020/NĐ-CP.

Bảng 1. Kết quả cấp phép, quản lý cơ sở karaoke
Đơn vị tính: cơ sở
Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Cơ sở được cấp mới giấy phép
138
74
19
Cơ sở bị thu hồi giấy phép
12
265
187
Cơ sở bị tạm đình chỉ hoạt động
4
41
23
Cơ sở đang hoạt động cuối năm
1.006
712
538

Như vậy, năm 2023 số cơ sở đang hoạt động giảm 46,5% so với năm 2021. Trong năm 2023, Sở đã tiếp nhận 27 hồ sơ đề nghị cấp phép, giải quyết 19 hồ sơ, trả lại 8 hồ sơ do chưa đủ điều kiện; 100% hồ sơ được giải quyết đúng hạn, thời gian giải quyết bình quân 3 ngày làm việc.

Năm 2024, Sở phấn đấu tỷ lệ cơ sở karaoke được kiểm tra đạt trên 95%; cấp mới khoảng 30 giấy phép cho các cơ sở đã hoàn thành khắc phục.

Địa chỉ: Tầng 9, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.581
Lượt truy cập: 2.846.113
"""

COMMENTS = [
    "Department site (Sở VHTTDL Bình Dương), no dateline: karaoke licensing 2021-2023 in a one-cell-per-line table with",
    "'Đơn vị tính: cơ sở' and year columns, 2023 dossier handling, 2024 targets. Footer: address 'Tầng 9, Tháp A', phone, visit counter.",
    "Distractors: 'tháng 9/2022', Nghị định số 136/2020/NĐ-CP, 'Bảng 1', 'giai đoạn 2021 - 2023', floor number, phone, counter.",
    "Table: every numeric cell is a figure, unit from the Đơn vị tính line, subject = row label + year, period from the column header (scored).",
    "'năm 2023 số cơ sở đang hoạt động giảm 46,5% so với năm 2021' is a rate standing as the claim: percent figure, no change.",
    "27 received / 19 solved / 8 returned: no part cue, so no totals. 'trên 95%' and 'khoảng 30 giấy phép' are 2024 targets.",
    "revised after the first scoring: row 'Cơ sở đang hoạt động cuối năm' is a year-end stock, so its cells are as-of the column's",
    "31/12 (start null, like 'đến hết năm 2023'), not the whole year; the first gold gave the full column year.",
]

def Y(y):
    return P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")


def YE(y):
    """Row 'Cơ sở đang hoạt động cuối năm': a stock at the end of the column's year → as-of (start null)."""
    return P(f"Năm {y} (cuối năm)", None, f"{y}-12-31")


def row(label, cells, per=Y):
    out = []
    for (anchor, number, value), y in zip(cells, (2021, 2022, 2023)):
        out.append(F(anchor, number, value, "count", "cơ sở", f"{label} năm {y}", per(y)))
    return out


FIGS = (
    row("Cơ sở được cấp mới giấy phép", [("giấy phép\n138", "138", 138), ("138\n74", "74", 74), ("74\n19", "19", 19)])
    + row("Cơ sở bị thu hồi giấy phép", [("giấy phép\n12", "12", 12), ("12\n265", "265", 265), ("265\n187", "187", 187)])
    + row("Cơ sở bị tạm đình chỉ hoạt động", [("hoạt động\n4", "4", 4), ("4\n41", "41", 41), ("41\n23", "23", 23)])
    + row("Cơ sở đang hoạt động cuối năm", [("1.006", "1.006", 1006), ("712", "712", 712), ("538", "538", 538)], YE)
    + [
        F("giảm 46,5%", "46,5", 46.5, "percent", "%", "số cơ sở đang hoạt động giảm so với năm 2021",
          P("năm 2023", "2023-01-01", "2023-12-31")),
        F("tiếp nhận 27 hồ sơ", "27", 27, "count", "hồ sơ", "hồ sơ đề nghị cấp phép tiếp nhận",
          P("Trong năm 2023", "2023-01-01", "2023-12-31")),
        F("giải quyết 19 hồ sơ", "19", 19, "count", "hồ sơ", "hồ sơ giải quyết",
          P("Trong năm 2023", "2023-01-01", "2023-12-31")),
        F("trả lại 8 hồ sơ", "8", 8, "count", "hồ sơ", "hồ sơ trả lại do chưa đủ điều kiện",
          P("Trong năm 2023", "2023-01-01", "2023-12-31")),
        F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn",
          P("Trong năm 2023", "2023-01-01", "2023-12-31")),
        F("bình quân 3 ngày", "3", 3, "measure", "ngày làm việc", "thời gian giải quyết bình quân",
          P("Trong năm 2023", "2023-01-01", "2023-12-31")),
        F("trên 95%", "95", 95, "percent", "%", "tỷ lệ cơ sở karaoke được kiểm tra",
          P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
        F("khoảng 30 giấy phép", "30", 30, "count", "giấy phép", "giấy phép cấp mới cho các cơ sở đã hoàn thành khắc phục",
          P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    ]
)

if __name__ == "__main__":
    emit("p722-7", TEXT, COMMENTS, FIGS, location="Bình Dương")
