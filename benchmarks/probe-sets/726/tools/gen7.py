"""p726-7: department site (Sở LĐTBXH Hải Phòng), no dateline, one-cell-per-line table by device type."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức | An toàn, vệ sinh lao động

Kết quả kiểm định máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động năm 2023

Năm 2023, số máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động được kiểm định trên địa bàn thành phố Hải Phòng đạt 31.406 thiết bị, tăng 9,7% so với năm 2022 và đạt 102,3% kế hoạch. Kết quả cụ thể như sau:

Bảng 2. Số thiết bị được kiểm định theo loại
Đơn vị tính: thiết bị
Loại thiết bị
Năm 2022
Năm 2023
Kế hoạch 2024
Nồi hơi
1.142
1.215
1.250
Bình chịu áp lực
11.380
12.604
13.000
Thang máy
4.926
5.538
6.000
Thiết bị nâng
10.435
11.267
11.800
Chai chứa khí
754
782
800

Trong đó, thang máy là nhóm có tốc độ tăng cao nhất (12,4%), chủ yếu do các dự án nhà ở xã hội tại quận Hải An, huyện Thủy Nguyên đưa vào sử dụng. Thanh tra Sở đã kiểm tra 118 cơ sở, đình chỉ sử dụng 37 thiết bị không bảo đảm an toàn, xử phạt tổng số tiền 2,46 tỷ đồng. Hiện thành phố có 17 tổ chức kiểm định đang hoạt động với 164 kiểm định viên. Sở đề nghị các doanh nghiệp thực hiện khai báo thiết bị trong vòng 30 ngày kể từ khi đưa vào sử dụng.

Địa chỉ: Số 1 Đinh Tiên Hoàng, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3842.619
Tổng số lượt truy cập: 2.874.105
"""

COLS = [
    ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]
ROWS = [
    ("Nồi hơi", ["1.142", "1.215", "1.250"]),
    ("Bình chịu áp lực", ["11.380", "12.604", "13.000"]),
    ("Thang máy", ["4.926", "5.538", "6.000"]),
    ("Thiết bị nâng", ["10.435", "11.267", "11.800"]),
    ("Chai chứa khí", ["754", "782", "800"]),
]


def num(s):
    return int(s.replace(".", ""))


TABLE = []
for label, cells in ROWS:
    prev = label
    for (colname, period, status), cell in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        TABLE.append(F(f"{prev}\n{cell}\n", cell, num(cell), "count", "thiết bị",
                       f"{label} được kiểm định {colname}", period, **kw))
        prev = cell

FIGS = [
    F("đạt 31.406 thiết bị", "31.406", 31406, "count", "thiết bị",
      "máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động được kiểm định",
      P("Năm 2023, số", "2023-01-01", "2023-12-31"),
      percent=102.3, change=CH("increase", 9.7, "%", "năm 2022")),
    *TABLE,
    F("cao nhất (12,4%)", "12,4", 12.4, "percent", "%",
      "tốc độ tăng số thang máy được kiểm định",
      I(P("Năm 2023", "2023-01-01", "2023-12-31"))),
    F("kiểm tra 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở được Thanh tra Sở kiểm tra"),
    F("sử dụng 37 thiết bị", "37", 37, "count", "thiết bị",
      "thiết bị không bảo đảm an toàn bị đình chỉ sử dụng"),
    F("tiền 2,46 tỷ đồng", "2,46", 2460000000, "money", "đồng", "tổng số tiền xử phạt"),
    F("có 17 tổ chức", "17", 17, "count", "tổ chức", "tổ chức kiểm định đang hoạt động"),
    F("với 164 kiểm định viên", "164", 164, "count", "kiểm định viên", "kiểm định viên"),
    F("trong vòng 30 ngày", "30", 30, "measure", "ngày",
      "thời hạn khai báo thiết bị", optional=True),
]

COMMENTS = [
    "Department site (Sở LĐTBXH Hải Phòng), no dateline, footer with address, phone and visit counter; inspections by device",
    "type in a one-cell-per-line table with 'Đơn vị tính: thiết bị' (Loại thiết bị / Năm 2022 / Năm 2023 / Kế hoạch 2024).",
    "Every numeric cell is a figure: subject = row label + column label, period from the column header (scored, as in h23/h24),",
    "'Kế hoạch 2024' cells -> status target. The 2023 column adds up to 31.406, but table cells carry no attributes.",
    "Not figures: 'Bảng 2.', 'Số 1 Đinh Tiên Hoàng', phone 0225.3842.619, 'Tổng số lượt truy cập: 2.874.105'.",
    "'tăng 9,7% so với năm 2022' is the change of 31.406 and 'đạt 102,3% kế hoạch' its percent. '(12,4%)' is a growth rate as",
    "the claim (percent, no change); the districts Hải An, Thủy Nguyên are reasons, not its location. Optional: the legal",
    "deadline 'trong vòng 30 ngày' (a rule, not a statistic).",
]

if __name__ == "__main__":
    emit("p726-7", TEXT, COMMENTS, FIGS, published=None, location="Hải Phòng")
