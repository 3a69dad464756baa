"""p1142-7: department site (Sở VHTTDL Quảng Trị), no dateline: diving at huyện đảo Cồn Cỏ, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG TRỊ
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Cồn Cỏ phát triển sản phẩm du lịch lặn biển

Huyện đảo Cồn Cỏ hiện có 4 điểm lặn được đưa vào khai thác, nằm trong Khu bảo tồn biển Cồn Cỏ với diện tích rạn san hô khoảng 200 ha. Tàu cao tốc từ cảng Cửa Việt ra đảo mất khoảng 70 phút; giá tour lặn bình khí trọn gói 1,5 triệu đồng/khách.

Lượt khách trải nghiệm dưới nước tại huyện đảo Cồn Cỏ:
Đơn vị tính: lượt khách
Loại hình
Năm 2022
Năm 2023
Năm 2024
Lặn bình khí
420
780
1.150
Lặn ống thở
1.860
2.940
3.610
Tàu đáy kính
950
1.320
1.740
Tổng số
3.230
5.040
6.500

Năm 2024, tổng lượt khách trải nghiệm dưới nước tăng 29% so với năm 2023. Đảo hiện có 9 hướng dẫn viên lặn, trong đó 3 người có chứng chỉ huấn luyện viên lặn quốc tế. Ban Quản lý Khu bảo tồn biển đã thả 18 phao neo tại các điểm lặn, xử lý hai vụ khai thác hải sản trái phép trong vùng lõi.

Giai đoạn 2025-2030, tỉnh phấn đấu mỗi năm đón từ 10.000 lượt khách lặn biển trở lên tại Cồn Cỏ.

Tin liên quan:
- Lễ hội Văn hóa biển đảo Cồn Cỏ lần thứ 3
- Quảng Trị quảng bá du lịch biển tại Hội chợ ITE HCMC 2024

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG TRỊ
Địa chỉ: Số 36 Hùng Vương, phường 1, TP Đông Hà
Điện thoại: 0233.3852.417
Lượt truy cập: 987.652 | Đang online: 17
"""

YEARS = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
         "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
         "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31")}
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G2530 = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "lượt khách", subject=f"{row} {col.lower()}", period=YEARS[col])


FIGS = [
    F("có 4 điểm", "4", 4, "count", "điểm lặn", subject="điểm lặn được đưa vào khai thác"),
    F("khoảng 200 ha", "200", 200, "measure", "ha", approx="about",
      subject="diện tích rạn san hô Khu bảo tồn biển Cồn Cỏ"),
    F("khoảng 70 phút", "70", 70, "measure", "phút", approx="about",
      subject="thời gian tàu cao tốc từ cảng Cửa Việt ra đảo"),
    F("1,5 triệu", "1,5", 1500000, "money", "đồng/khách", subject="giá tour lặn bình khí trọn gói"),
    cell("Lặn bình khí\n420", "420", 420, "Lặn bình khí", "Năm 2022"),
    cell("420\n780", "780", 780, "Lặn bình khí", "Năm 2023"),
    cell("780\n1.150", "1.150", 1150, "Lặn bình khí", "Năm 2024"),
    cell("Lặn ống thở\n1.860", "1.860", 1860, "Lặn ống thở", "Năm 2022"),
    cell("1.860\n2.940", "2.940", 2940, "Lặn ống thở", "Năm 2023"),
    cell("2.940\n3.610", "3.610", 3610, "Lặn ống thở", "Năm 2024"),
    cell("Tàu đáy kính\n950", "950", 950, "Tàu đáy kính", "Năm 2022"),
    cell("950\n1.320", "1.320", 1320, "Tàu đáy kính", "Năm 2023"),
    cell("1.320\n1.740", "1.740", 1740, "Tàu đáy kính", "Năm 2024"),
    cell("Tổng số\n3.230", "3.230", 3230, "Tổng số", "Năm 2022"),
    cell("3.230\n5.040", "5.040", 5040, "Tổng số", "Năm 2023"),
    cell("5.040\n6.500", "6.500", 6500, "Tổng số", "Năm 2024"),
    F("tăng 29%", "29", 29, "percent", "%",
      subject="tổng lượt khách trải nghiệm dưới nước", period=Y24),
    F("có 9 hướng", "9", 9, "count", "hướng dẫn viên lặn", subject="hướng dẫn viên lặn trên đảo"),
    F("3 người", "3", 3, "count", "người", total=9,
      subject="hướng dẫn viên có chứng chỉ huấn luyện viên lặn quốc tế"),
    F("thả 18 phao", "18", 18, "count", "phao neo", subject="phao neo đã thả tại các điểm lặn"),
    F("hai vụ", "hai", 2, "count", "vụ", subject="vụ khai thác hải sản trái phép trong vùng lõi được xử lý"),
    F("từ 10.000 lượt", "10.000", 10000, "measure", "lượt khách/năm", approx="at_least", status="target",
      subject="lượt khách lặn biển mỗi năm tại Cồn Cỏ", period=G2530),
]

NOTES = [
    "Department site (Sở VHTTDL Quảng Trị), NO dateline: published absent. Menu, related links, footer address, phone, counters.",
    "Every figure describes huyện đảo Cồn Cỏ: location Cồn Cỏ. One-cell-per-line table ('Đơn vị tính: lượt khách', header",
    "Loại hình × Năm 2022/2023/2024, 'Tổng số' row): subject = row label + column label, period from the column header, no totals.",
    "'tổng lượt khách … tăng 29% so với năm 2023' is a growth rate that is itself the claim (percent, no change). 'hai vụ' is a number word.",
    "'mỗi năm đón từ 10.000 lượt … trở lên' = at_least, a yearly rate, target over 'Giai đoạn 2025-2030'. 'khoảng 70 phút' is a measure.",
    "Distractors: 'lần thứ 3', 'ITE HCMC 2024', 'Số 36 Hùng Vương, phường 1', 0233.3852.417, 'Lượt truy cập: 987.652', 'Đang online: 17'.",
]

if __name__ == "__main__":
    write("p1142-7", TEXT, NOTES, FIGS, location="Cồn Cỏ")
