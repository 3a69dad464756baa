"""p742-7: department site (Sở Y tế Hải Phòng), no dateline, one-cell-per-line table with 'Đơn vị tính'."""
from lib import F, P, I, CH, emit

ROWS = [
    ("Bệnh viện Hữu nghị Việt Tiệp", "285.400", "318.200", "330.000"),
    ("Bệnh viện Trẻ em Hải Phòng", "96.800", "104.500", "110.000"),
    ("Bệnh viện Phụ sản Hải Phòng", "52.300", "58.900", "60.000"),
    ("Bệnh viện Phổi Hải Phòng", "41.700", "47.600", "50.000"),
    ("Tổng cộng", "476.200", "529.200", "550.000"),
]
TABLE_TEXT = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG
Trang chủ » Tin tức » Công tác xã hội

Bếp ăn từ thiện tại 4 bệnh viện phục vụ hơn 529 nghìn suất ăn năm 2023

Năm 2023, bếp ăn từ thiện tại 4 bệnh viện trực thuộc Sở Y tế đã phục vụ 529.200 suất ăn miễn phí cho người bệnh có hoàn cảnh khó khăn, tăng 11,1% so với năm 2022; giá trị quy đổi khoảng 7,9 tỷ đồng. Các bếp do Hội Chữ thập đỏ thành phố phối hợp với bệnh viện và 1.320 tình nguyện viên duy trì.

Riêng bếp ăn Bệnh viện Hữu nghị Việt Tiệp mỗi ngày phát khoảng 900 suất cơm và 300 suất cháo; bếp này chiếm hơn 60% tổng số suất ăn năm 2023. Tính đến ngày 31/12/2023, quỹ bếp ăn của các bệnh viện còn dư 215,8 triệu đồng.

Kế hoạch năm 2024, các bếp phấn đấu phục vụ 550.000 suất ăn, đồng thời nâng mức hỗ trợ lên 20.000 đồng/suất (hiện là 15.000 đồng/suất).

Kết quả cụ thể như sau:
Đơn vị tính: suất ăn
Bệnh viện
Năm 2022
Năm 2023
Kế hoạch 2024
""" + TABLE_TEXT + """

Các nhà hảo tâm, tổ chức có nhu cầu ủng hộ xin liên hệ Phòng Công tác xã hội, Bệnh viện Hữu nghị Việt Tiệp, số 1 Nhà Thương, quận Lê Chân; điện thoại 0225.3700.133.

Sở Y tế thành phố Hải Phòng - Số 38 Lê Đại Hành, quận Hồng Bàng
Tổng số lượt truy cập: 1.204.558
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for label, a, b, c in ROWS:
    TABLE.append(F(f"{label}\n{a}", a, num(a), "count", "suất ăn", f"suất ăn {label} năm 2022", Y22))
    TABLE.append(F(f"{a}\n{b}", b, num(b), "count", "suất ăn", f"suất ăn {label} năm 2023", Y23))
    TABLE.append(F(f"{b}\n{c}", c, num(c), "count", "suất ăn", f"suất ăn {label} kế hoạch 2024", Y24,
                   status="target"))

FIGS = [
    F("tại 4 bệnh viện phục vụ", "4", 4, "count", "bệnh viện", "bệnh viện có bếp ăn từ thiện",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 529 nghìn suất ăn", "529", 529000, "count", "suất ăn", "suất ăn bếp ăn từ thiện tại 4 bệnh viện phục vụ",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("tại 4 bệnh viện trực thuộc", "4", 4, "count", "bệnh viện", "bệnh viện trực thuộc Sở Y tế có bếp ăn từ thiện",
      Y23),
    F("phục vụ 529.200 suất ăn", "529.200", 529200, "count", "suất ăn",
      "suất ăn miễn phí bếp ăn từ thiện phục vụ cho người bệnh có hoàn cảnh khó khăn", Y23,
      change=CH("increase", 11.1, "%", "năm 2022")),
    F("khoảng 7,9 tỷ đồng", "7,9", 7.9e9, "money", "đồng", "giá trị quy đổi suất ăn", Y23, approx="about"),
    F("và 1.320 tình nguyện viên", "1.320", 1320, "count", "tình nguyện viên", "tình nguyện viên duy trì các bếp"),
    F("khoảng 900 suất cơm", "900", 900, "count", "suất cơm", "suất cơm bếp ăn Bệnh viện Hữu nghị Việt Tiệp phát mỗi ngày",
      approx="about"),
    F("và 300 suất cháo", "300", 300, "count", "suất cháo", "suất cháo bếp ăn Bệnh viện Hữu nghị Việt Tiệp phát mỗi ngày"),
    F("hơn 60% tổng số", "60", 60, "percent", "%", "bếp ăn Bệnh viện Hữu nghị Việt Tiệp trong tổng số suất ăn",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("còn dư 215,8 triệu đồng", "215,8", 215.8e6, "money", "đồng", "số dư quỹ bếp ăn của các bệnh viện",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("phục vụ 550.000 suất ăn", "550.000", 550000, "count", "suất ăn", "suất ăn các bếp phục vụ",
      P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lên 20.000 đồng/suất", "20.000", 20000, "money", "đồng/suất", "mức hỗ trợ",
      P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("(hiện là 15.000 đồng/suất)", "15.000", 15000, "money", "đồng/suất", "mức hỗ trợ hiện nay"),
] + TABLE

COMMENTS = [
    "Sở Y tế Hải Phòng (department site): bếp ăn từ thiện tại 4 bệnh viện năm 2023, kế hoạch 2024. No dateline: no published.",
    "One-cell-per-line table with 'Đơn vị tính: suất ăn' and column headers Năm 2022 | Năm 2023 | Kế hoạch 2024: every cell is",
    "a figure, subject = indicator + row label + column; period from the column header (scored, as in shared h23);",
    "'Kế hoạch 2024' column → status target. No totals for table rows (no text cue).",
    "'(hiện là 15.000 đồng/suất)' is a bracketed figure with its own verb: actual, not governed by 'Kế hoạch … phấn đấu'.",
    "Addresses (số 1 Nhà Thương, Số 38 Lê Đại Hành), the phone number and 'Tổng số lượt truy cập: 1.204.558' are not figures.",
]

if __name__ == "__main__":
    emit("p742-7", TEXT, COMMENTS, FIGS, published=None, location="Hải Phòng")
