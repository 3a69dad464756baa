"""p585-7: Sở LĐ-TB&XH Thái Bình department site, no dateline, one-cell-per-line table by district."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả đưa lao động đi làm việc ở nước ngoài năm 2023

Năm 2023, toàn tỉnh Thái Bình đưa 6.124 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 122,5% kế hoạch, tăng 9,8% so với năm 2022. Kết quả tại một số huyện như sau:

Đơn vị tính: người

Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thái Thụy
1.032
1.148
1.200
Tiền Hải
894
967
1.000
Quỳnh Phụ
811
903
950
Hưng Hà
746
812
850
Vũ Thư
605
688
700

Về thị trường, Nhật Bản tiếp nhận 3.215 người (chiếm 52,5%), Đài Loan (Trung Quốc) 1.874 người, Hàn Quốc 602 người. Tỷ lệ lao động được đào tạo định hướng trước khi xuất cảnh đạt 96,3%.

Cũng trong năm 2023, Trung tâm Dịch vụ việc làm tỉnh tổ chức 56 buổi tư vấn với hơn 3.100 lượt người tham dự. Ngân sách tỉnh hỗ trợ 2,45 tỷ đồng cho 490 lao động thuộc hộ nghèo, hộ cận nghèo và thân nhân người có công. Nhiều lao động sau khi về nước đã đầu tư phát triển kinh tế gia đình.

Năm 2024, tỉnh phấn đấu đưa 6.500 lao động đi làm việc ở nước ngoài, trong đó lao động có tay nghề kỹ thuật chiếm từ 30 đến 35%; tổ chức tư vấn, tuyển chọn tại 100% xã, phường, thị trấn.

Địa chỉ: Số 8 Lê Quý Đôn, TP Thái Bình | Điện thoại: 0227.3831.526
Tổng số lượt truy cập: 2.684.193
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("đưa 6.124 lao động", "6.124", 6124, "count", "lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng", Y23,
      percent=122.5, change=CH("increase", 9.8, baseline="năm 2022")),
]
ROWS = [("Thái Thụy", ("1.032", 1032), ("1.148", 1148), ("1.200", 1200)),
        ("Tiền Hải", ("894", 894), ("967", 967), ("1.000", 1000)),
        ("Quỳnh Phụ", ("811", 811), ("903", 903), ("950", 950)),
        ("Hưng Hà", ("746", 746), ("812", 812), ("850", 850)),
        ("Vũ Thư", ("605", 605), ("688", 688), ("700", 700))]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n{a[0]}\n", a[0], a[1], "count", "người", "lao động đi làm việc ở nước ngoài năm 2022", Y22,
                  location=label))
    FIGS.append(F(f"{a[0]}\n{b[0]}\n", b[0], b[1], "count", "người", "lao động đi làm việc ở nước ngoài năm 2023", Y23,
                  location=label))
    FIGS.append(F(f"{b[0]}\n{c[0]}\n", c[0], c[1], "count", "người", "lao động đi làm việc ở nước ngoài kế hoạch 2024", K24,
                  status="target", location=label))
FIGS += [
    F("tiếp nhận 3.215 người", "3.215", 3215, "count", "người", "lao động đi làm việc tại thị trường Nhật Bản", I(Y23), percent=52.5),
    F("Trung Quốc) 1.874 người", "1.874", 1874, "count", "người", "lao động đi làm việc tại thị trường Đài Loan (Trung Quốc)", I(Y23)),
    F("Hàn Quốc 602 người", "602", 602, "count", "người", "lao động đi làm việc tại thị trường Hàn Quốc", I(Y23)),
    F("đạt 96,3%", "96,3", 96.3, "percent", "%", "tỷ lệ lao động được đào tạo định hướng trước khi xuất cảnh", I(Y23)),
    F("tổ chức 56 buổi", "56", 56, "count", "buổi", "buổi tư vấn Trung tâm Dịch vụ việc làm tỉnh tổ chức",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 3.100 lượt người", "3.100", 3100, "count", "lượt người", "lượt người tham dự tư vấn",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("hỗ trợ 2,45 tỷ đồng", "2,45", 2450000000, "money", "đồng", "ngân sách tỉnh hỗ trợ cho lao động thuộc hộ nghèo, hộ cận nghèo và thân nhân người có công", I(Y23)),
    F("cho 490 lao động", "490", 490, "count", "lao động",
      "lao động thuộc hộ nghèo, hộ cận nghèo và thân nhân người có công được hỗ trợ", I(Y23)),
    F("đưa 6.500 lao động", "6.500", 6500, "count", "lao động", "lao động đi làm việc ở nước ngoài", Y24, status="target"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "lao động có tay nghề kỹ thuật", Y24, value_max=35, status="target"),
    F("tại 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn được tổ chức tư vấn, tuyển chọn", Y24, status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Thái Bình department site: no dateline (no published), footer visit counter; workers sent abroad 2023.",
    "One-cell-per-line table with 'Đơn vị tính: người': each cell a figure, district row label -> location, column header -> period",
    "(scored, as in shared h23); 'Kế hoạch 2024' -> status target, period 2024. Markets after 'Về thị trường,' have no cue: no total.",
    "'tổ chức tư vấn, tuyển chọn tại 100% xã' continues the 'phấn đấu' clause after ';': status target, period năm 2024.",

    "Distractors: 'Số 8 Lê Quý Đôn', phone 0227.3831.526, 'Tổng số lượt truy cập: 2.684.193', menu bar.",
    "revised after the first run: 30-35% share subject without invented 'tỷ trọng'; 2,45 tỷ subject names the beneficiaries the sentence states (was the section topic).",
]

if __name__ == "__main__":
    emit("p585-7", TEXT, COMMENTS, FIGS, location="Thái Bình")
