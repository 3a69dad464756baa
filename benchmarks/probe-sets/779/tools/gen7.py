from lib import *

TEXT = """SỞ XÂY DỰNG TỈNH HƯNG YÊN
Trang chủ » Quy hoạch - Kiến trúc

Hưng Yên đặt mục tiêu giảm hơn 80 ha đất nghĩa trang nhỏ lẻ

Theo Quy hoạch tỉnh Hưng Yên thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1512/QĐ-TTg), diện tích đất nghĩa trang tại 5 huyện, thị xã phía Bắc của tỉnh sẽ giảm từ 279,2 ha (năm 2023) xuống còn 198,7 ha đến năm 2030, do đóng cửa các nghĩa trang nhỏ lẻ và chuyển sang mô hình nghĩa trang tập trung. Chi tiết theo từng địa bàn như sau:

Bảng: Diện tích đất nghĩa trang theo địa bàn
Đơn vị tính: ha
Địa bàn
Hiện trạng năm 2023
Quy hoạch đến năm 2030
Văn Lâm
48,6
35,2
Văn Giang
41,3
30
Yên Mỹ
62,8
44,5
Mỹ Hào
39,4
28,7
Khoái Châu
87,1
60,3

Theo quy hoạch, đến năm 2030 tỉnh sẽ xây dựng 4 nghĩa trang tập trung cấp vùng, quy mô mỗi nghĩa trang từ 15 đến 25 ha, trong đó nghĩa trang vùng tại huyện Văn Giang tích hợp cơ sở hỏa táng 4 lò. Tổng vốn đầu tư dự kiến khoảng 2.350 tỷ đồng, trong đó vốn ngân sách nhà nước chiếm khoảng 18%.

Năm 2023, tỷ lệ hỏa táng toàn tỉnh đạt 38,4%, tăng 3,1 điểm phần trăm so với năm 2022. Tỉnh phấn đấu đến năm 2025 tỷ lệ này đạt 45% và đến năm 2030 đạt 60%.

Sở Xây dựng tỉnh Hưng Yên
Địa chỉ: Số 5 đường Chùa Chuông, TP Hưng Yên | Điện thoại: 0221.3862.541
Tổng lượt truy cập: 2.081.337
"""

Y23 = P("Hiện trạng năm 2023", "2023-01-01", "2023-12-31")
Q30 = P("Quy hoạch đến năm 2030", None, "2030-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
N23 = P("năm 2023", "2023-01-01", "2023-12-31")
YY23 = P("Năm 2023", "2023-01-01", "2023-12-31")

ROWS = [("Văn Lâm", "48,6", "35,2"), ("Văn Giang", "41,3", "30"), ("Yên Mỹ", "62,8", "44,5"),
        ("Mỹ Hào", "39,4", "28,7"), ("Khoái Châu", "87,1", "60,3")]

FIGS = [
    F("giảm hơn 80 ha", "80", 80, "measure", "ha", "diện tích đất nghĩa trang nhỏ lẻ giảm", approx="over", status="target"),
    F("tại 5 huyện", "5", 5, "count", "huyện, thị xã", "huyện, thị xã phía Bắc của tỉnh", optional=True),
    F("từ 279,2 ha", "279,2", 279.2, "measure", "ha", "diện tích đất nghĩa trang tại 5 huyện, thị xã phía Bắc", N23),
    F("còn 198,7 ha", "198,7", 198.7, "measure", "ha", "diện tích đất nghĩa trang tại 5 huyện, thị xã phía Bắc", T30,
      status="target"),
]
for place, a, b in ROWS:
    FIGS.append(F(f"{place}\n{a}\n", a, parse_num(a), "measure", "ha",
                  "Diện tích đất nghĩa trang hiện trạng năm 2023", Y23, location=place))
    FIGS.append(F(f"{a}\n{b}\n", b, parse_num(b), "measure", "ha",
                  "Diện tích đất nghĩa trang quy hoạch đến năm 2030", Q30, status="target", location=place))
FIGS += [
    F("xây dựng 4 nghĩa trang", "4", 4, "count", "nghĩa trang", "nghĩa trang tập trung cấp vùng", T30, status="target"),
    F("từ 15 đến 25 ha", "15", 15, "measure", "ha", "quy mô mỗi nghĩa trang tập trung cấp vùng", T30,
      value_max=25, status="target"),
    F("hỏa táng 4 lò", "4", 4, "count", "lò", "lò của cơ sở hỏa táng tại nghĩa trang vùng huyện Văn Giang", T30,
      status="target", location="Văn Giang"),
    F("khoảng 2.350 tỷ đồng", "2.350", 2.35e12, "money", "đồng", "tổng vốn đầu tư nghĩa trang tập trung cấp vùng",
      approx="about", status="forecast"),
    F("chiếm khoảng 18%", "18", 18, "percent", "%", "tỷ trọng vốn ngân sách nhà nước trong tổng vốn đầu tư",
      approx="about", status="forecast"),
    F("đạt 38,4%", "38,4", 38.4, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", YY23,
      change=CH("increase", 3.1, "điểm phần trăm", "năm 2022")),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T25, status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
]

COMMENTS = [
    "Sở Xây dựng Hưng Yên (department site, no dateline): diện tích đất nghĩa trang hiện trạng 2023 / quy hoạch 2030 by district",
    "in a one-cell-per-line table with 'Đơn vị tính: ha'; regional cemeteries, investment, cremation rate (invented).",
    "Distractors: 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', 'Quyết định số 1512/QĐ-TTg', 'Số 5 đường Chùa Chuông',",
    "phone 0221.3862.541, 'Tổng lượt truy cập: 2.081.337'. No published date.",
    "Table: subject = indicator + column; row districts -> location; periods from the column headers (scored, as in h23);",
    "'Quy hoạch đến năm 2030' column -> status target. Headline 'đặt mục tiêu giảm hơn 80 ha' is a target measure.",
    "'vốn ngân sách nhà nước chiếm khoảng 18%' is a share of a part that has no amount: its own percent figure, not a percent of 2.350 tỷ;",
    "revised: added '5 huyện, thị xã phía Bắc' as optional (a scope count inside the subject, like shared h04 'Ở 3 trụ cột chính').",
    "'dự kiến' carries into the 'trong đó' clause (forecast). The 4 lò of the Văn Giang cemetery: location Văn Giang.",
]

if __name__ == "__main__":
    emit("p779-7", TEXT, COMMENTS, FIGS, location="Hưng Yên")
