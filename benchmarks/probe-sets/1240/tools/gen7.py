"""p1240-7: department site (Sở NN&PTNT An Giang), no dateline, water lilies in the flood season, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển mô hình trồng bông súng trên đất ruộng mùa nước nổi

Vụ nước nổi năm 2024, nông dân An Giang xuống giống 412 ha bông súng, tăng 58 ha so với năm 2023, chủ yếu ở các huyện đầu nguồn. Sản lượng bông thu hoạch ước đạt 2.950 tấn; giá bông súng tại ruộng bình quân 7.500 đồng/kg, lúc cao điểm lên đến 12.000 đồng/kg.

Diện tích trồng bông súng vụ nước nổi phân theo địa phương:
Đơn vị tính: ha
Địa phương
Năm 2023
Năm 2024
An Phú
96
118
Tân Châu
84
97
Phú Tân
75
88
Châu Phú
52
61
Huyện khác
47
48
Tổng cộng
354
412

Mô hình trồng súng luân canh trên ruộng lúa giúp mỗi hecta cho lãi 40 - 60 triệu đồng sau khoảng 3 tháng, chi phí đầu tư thấp hơn khoảng 30% so với trồng lúa vụ ba. Tại xã Vĩnh Hội Đông, huyện An Phú, Tổ hợp tác bông súng Vĩnh Hội Đông có 23 thành viên với 31 ha; năm 2024 tổ ký hợp đồng bao tiêu với 2 doanh nghiệp, mỗi ngày cung ứng khoảng 4 tấn bông súng cho các chợ đầu mối ở TP Hồ Chí Minh.

Ngành nông nghiệp đặt mục tiêu đến năm 2025 mở rộng diện tích trồng bông súng lên 500 ha, trong đó ít nhất 30% diện tích sản xuất theo hướng an toàn.

Tin liên quan:
- Hội thảo chuyển đổi cơ cấu cây trồng lần thứ 4
- Mùa nước nổi 2023: Nông dân An Phú trúng mùa bông súng

Sở Nông nghiệp và PTNT tỉnh An Giang - Số 15 Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên
Điện thoại: 0296.3852.458
Lượt truy cập: 2.457.831 | Đang online: 37
"""

V24 = P("Vụ nước nổi năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích trồng bông súng vụ nước nổi"
AP = "An Phú"
THT = "Tổ hợp tác bông súng Vĩnh Hội Đông"


def cell(anchor, number, value, year, place=None, row=None):
    per = C23 if year == 2023 else C24
    subject = f"{AREA} năm {year}" + (f" {row}" if row else "")
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "measure", "ha", subject=subject, period=per, **kw)


FIGS = [
    F("giống 412 ha", "412", 412, "measure", "ha", change=C("increase", 58, "ha", "năm 2023"),
      subject="diện tích bông súng xuống giống", period=V24),
    F("ước đạt 2.950 tấn", "2.950", 2950, "measure", "tấn", status="estimate",
      subject="sản lượng bông súng thu hoạch", period=I(V24)),
    F("bình quân 7.500", "7.500", 7500, "money", "đồng/kg",
      subject="giá bông súng tại ruộng bình quân", period=I(V24)),
    F("đến 12.000", "12.000", 12000, "money", "đồng/kg",
      subject="giá bông súng tại ruộng lúc cao điểm", period=I(V24)),
    cell("An Phú\n96", "96", 96, 2023, AP),
    cell("96\n118", "118", 118, 2024, AP),
    cell("Tân Châu\n84", "84", 84, 2023, "Tân Châu"),
    cell("84\n97", "97", 97, 2024, "Tân Châu"),
    cell("Phú Tân\n75", "75", 75, 2023, "Phú Tân"),
    cell("75\n88", "88", 88, 2024, "Phú Tân"),
    cell("Châu Phú\n52", "52", 52, 2023, "Châu Phú"),
    cell("52\n61", "61", 61, 2024, "Châu Phú"),
    cell("khác\n47", "47", 47, 2023, row="huyện khác"),
    cell("47\n48", "48", 48, 2024, row="huyện khác"),
    cell("Tổng cộng\n354", "354", 354, 2023, row="tổng cộng"),
    cell("354\n412", "412", 412, 2024, row="tổng cộng"),
    F("lãi 40 - 60 triệu", "40", 40000000, "money", "đồng/ha", value_max=60000000,
      subject="lãi mô hình trồng súng luân canh trên ruộng lúa"),
    F("sau khoảng 3 tháng", "3", 3, "measure", "tháng", approx="about", optional=True,
      subject="thời gian một vụ súng luân canh"),
    F("thấp hơn khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="chi phí đầu tư trồng súng thấp hơn so với trồng lúa vụ ba"),
    F("có 23 thành viên", "23", 23, "count", "thành viên", location=AP, subject="thành viên " + THT),
    F("với 31 ha", "31", 31, "measure", "ha", location=AP, subject="diện tích " + THT),
    F("với 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", location=AP,
      subject="doanh nghiệp ký hợp đồng bao tiêu với " + THT, period=Y24),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn/ngày", approx="about", location=AP,
      subject="bông súng " + THT + " cung ứng mỗi ngày", period=Y24),
    F("lên 500 ha", "500", 500, "measure", "ha", status="target",
      subject="diện tích trồng bông súng", period=T25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ diện tích bông súng sản xuất theo hướng an toàn", period=T25),
]

NOTES = [
    "Department site (Sở NN&PTNT An Giang), no dateline: no published. Menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "One-cell-per-line table, 'Đơn vị tính: ha', columns 'Năm 2023' / 'Năm 2024' give the periods (scored); rows are districts -> location;",
    "'Huyện khác' and 'Tổng cộng' rows stay An Giang and add the row label to the subject. Subject = caption indicator + column label.",
    "The 2024 column sums to 412 and the 2023 column to 354 = 412 - 58: consistent with the first sentence. Cells get no totals.",
    "'Vụ nước nổi năm 2024' read as the year 2024. 'lúc cao điểm lên đến 12.000 đồng/kg' is a peak price, exact ('lên đến' = 'reached').",
    "'chi phí đầu tư thấp hơn khoảng 30% so với trồng lúa vụ ba': a rate without a base amount, the claim itself -> percent figure, no change.",
    "'sau khoảng 3 tháng' (crop cycle) optional. Tổ hợp tác in xã Vĩnh Hội Đông, huyện An Phú -> An Phú; the Ho Chi Minh City markets are the destination, not the place.",
    "'năm 2024 tổ ký ..., mỗi ngày cung ứng khoảng 4 tấn' -> 4 tấn/ngày, period năm 2024 (one sentence, continued clause).",
    "Target sentence: 500 ha and 'trong đó ít nhất 30%' (a percent figure of its own), period đến năm 2025 (start null).",
    "Distractors: 'lần thứ 4', 'Mùa nước nổi 2023' in a link title, 'Số 15 Tôn Đức Thắng', 0296.3852.458, 2.457.831, 37, 'vụ ba'.",
]

if __name__ == "__main__":
    write("p1240-7", TEXT, NOTES, FIGS, location="An Giang")
