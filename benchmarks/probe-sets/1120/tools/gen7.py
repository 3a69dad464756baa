"""p1120-7: department site (Chi cục Trồng trọt và BVTV Thanh Hóa), no dateline, one-cell-per-line table of bait."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THANH HÓA
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Giới thiệu | Tin hoạt động | Dự báo dịch hại | Văn bản | Liên hệ

Kết quả sử dụng thuốc bả diệt chuột 6 tháng đầu năm 2024

Thực hiện Công văn số 1520/SNN&PTNT-TT của Sở Nông nghiệp và PTNT, 6 tháng đầu năm 2024, Chi cục đã phối hợp với 26 huyện, thị xã, thành phố cung ứng thuốc bả cho nông dân diệt chuột. Lượng thuốc bả sử dụng cụ thể như sau:

Đơn vị tính: kg
Loại thuốc bả
Kế hoạch năm 2024
Thực hiện 6 tháng đầu năm 2024
Bả sinh học
9.000
6.350
Bả hóa học chống đông máu
4.500
3.120
Bả tự phối trộn
2.500
1.980
Tổng số
16.000
11.450

Như vậy, lượng thuốc bả đã sử dụng đạt 71,6% kế hoạch năm, trong đó bả sinh học chiếm 55,5%. Nhờ diệt chuột đồng loạt, diện tích lúa chiêm xuân bị chuột hại chỉ còn 1.270 ha, giảm 540 ha so với cùng kỳ; số chuột bị tiêu diệt ước khoảng 1,9 triệu con.

Giá bả sinh học hiện khoảng 120.000 đồng/kg; ngân sách tỉnh hỗ trợ 50% giá thuốc cho các xã có diện tích lúa bị hại trên 10 ha.

Tin liên quan:
- Hội nghị tổng kết công tác bảo vệ thực vật năm 2023
- Thông báo sâu bệnh kỳ 24 (từ ngày 10/6 đến 16/6)

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT THANH HÓA
Địa chỉ: Số 25 Phan Chu Trinh, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.217
Lượt truy cập: 486.125 | Đang online: 17
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")


def cell(anchor, number, value, row, col):
    per = KH if col.startswith("kế hoạch") else TH
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    return F(anchor, number, value, "measure", "kg", subject=f"{row} {col}", period=per, **kw)


K, R = "kế hoạch năm 2024", "thực hiện 6 tháng đầu năm 2024"

FIGS = [
    F("với 26 huyện", "26", 26, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố phối hợp cung ứng thuốc bả", period=H1),
    cell("Bả sinh học\n9.000", "9.000", 9000, "bả sinh học", K),
    cell("9.000\n6.350", "6.350", 6350, "bả sinh học", R),
    cell("đông máu\n4.500", "4.500", 4500, "bả hóa học chống đông máu", K),
    cell("4.500\n3.120", "3.120", 3120, "bả hóa học chống đông máu", R),
    cell("phối trộn\n2.500", "2.500", 2500, "bả tự phối trộn", K),
    cell("2.500\n1.980", "1.980", 1980, "bả tự phối trộn", R),
    cell("Tổng số\n16.000", "16.000", 16000, "tổng số thuốc bả", K),
    cell("16.000\n11.450", "11.450", 11450, "tổng số thuốc bả", R),
    F("đạt 71,6%", "71,6", 71.6, "percent", "%", subject="lượng thuốc bả đã sử dụng so với kế hoạch năm",
      period=I(H1)),
    F("chiếm 55,5%", "55,5", 55.5, "percent", "%", subject="tỷ trọng bả sinh học trong lượng thuốc bả đã sử dụng",
      period=I(H1)),
    F("còn 1.270 ha", "1.270", 1270, "measure", "ha", change=C("decrease", 540, "ha", "cùng kỳ"),
      subject="diện tích lúa chiêm xuân bị chuột hại", period=I(H1)),
    F("khoảng 1,9 triệu", "1,9", 1900000, "count", "con", approx="about", status="estimate",
      subject="số chuột bị tiêu diệt", period=I(H1)),
    F("khoảng 120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", approx="about",
      subject="giá bả sinh học"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ giá thuốc của ngân sách tỉnh"),
    F("trên 10 ha", "10", 10, "measure", "ha", approx="over", optional=True,
      subject="diện tích lúa bị hại (ngưỡng được hỗ trợ)"),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Thanh Hóa) with no dateline: no published. Menu, related links, footer, counters.",
    "One-cell-per-line table ('Đơn vị tính: kg'; Loại thuốc bả × Kế hoạch năm 2024 / Thực hiện 6 tháng đầu năm 2024, 'Tổng số' row):",
    "rows are items (subject = row label + column label), periods from the column headers (scored), 'Kế hoạch' column → target. No totals on cells.",
    "Distractors: 'Công văn số 1520/SNN&PTNT-TT', 'kỳ 24', dates 10/6-16/6, 'năm 2023' (a link title), address 'Số 25 Phan Chu Trinh',",
    "phone 0237.3852.217, 'Lượt truy cập: 486.125', 'Đang online: 17'. 'trên 10 ha' is an eligibility threshold (optional).",
    "71,6% (11.450/16.000) and 55,5% (6.350/11.450) stand as percent figures (their base amounts are in the table, not in the sentence).",
    "'ước khoảng 1,9 triệu con' → about + estimate. Price and support share are standing facts ('hiện'): no period.",
]

if __name__ == "__main__":
    write("p1120-7", TEXT, NOTES, FIGS, published=None, location="Thanh Hóa")
