"""p871-7: CDC Bình Dương department site, no dateline; one-cell-per-line table by school level (2023-2024)."""
from lib import F, P, I, C, T, build

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả khám sàng lọc tật khúc xạ cho học sinh năm học 2023-2024

Thực hiện Kế hoạch số 1820/KH-SYT của Sở Y tế, trong năm học 2023-2024, Trung tâm đã phối hợp với Trung tâm Y tế các huyện, thị xã, thành phố tổ chức khám sàng lọc tật khúc xạ tại 186 trường học. Tổng số học sinh được khám là 92.450 em, tăng 15.320 em so với năm học trước; phát hiện 21.730 em mắc tật khúc xạ, chiếm 23,5%. Kết quả theo cấp học:

Cấp học
Số học sinh được khám
Số mắc tật khúc xạ
Tỷ lệ (%)
Tiểu học
48.600
8.260
17,0
Trung học cơ sở
30.150
8.140
27,0
Trung học phổ thông
13.700
5.330
38,9
Toàn tỉnh
92.450
21.730
23,5

Đáng chú ý, tỷ lệ tật khúc xạ ở học sinh TP Thủ Dầu Một (31,2%) và TP Dĩ An (29,6%) cao hơn mức chung toàn tỉnh. Trong số học sinh mắc tật khúc xạ, có 6.850 em chưa có kính hoặc đeo kính không đúng số, chiếm 31,5%. Trung tâm đã phối hợp với các doanh nghiệp tặng 1.200 kính cho học sinh khó khăn, tổng trị giá 420 triệu đồng.

Năm học 2024-2025, Trung tâm phấn đấu mở rộng khám cho trên 110.000 học sinh và 100% trường học có nhân viên y tế được tập huấn về phòng chống tật khúc xạ.

Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương
Địa chỉ: Số 209 Yersin, phường Phú Cường, TP Thủ Dầu Một, tỉnh Bình Dương
Điện thoại: 0274.3822.614
Lượt truy cập: 1.384.207
"""

SY = P("trong năm học 2023-2024", "2023-09-01", "2024-05-31")
NY = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")


def cell(anchor, number, value, col, level):
    if col == "kham":
        return F(anchor, number, value, "count", "học sinh", f"số học sinh {level} được khám".replace("  ", " "), period=I(SY))
    if col == "tkx":
        return F(anchor, number, value, "count", "học sinh", f"số học sinh {level} mắc tật khúc xạ".replace("  ", " "), period=I(SY))
    return F(anchor, number, value, "percent", "%", f"tỷ lệ học sinh {level} mắc tật khúc xạ".replace("  ", " "), period=I(SY))


FIGS = [
    F("tại 186 trường học", "186", 186, "count", "trường học", "trường học được khám sàng lọc tật khúc xạ", period=SY),
    F("là 92.450 em", "92.450", 92450, "count", "em", "tổng số học sinh được khám",
      change=C("increase", 15320, "em", "năm học trước"), period=I(SY)),
    F("phát hiện 21.730 em", "21.730", 21730, "count", "em", "học sinh mắc tật khúc xạ", percent=23.5, period=I(SY)),
    cell("Tiểu học\n48.600", "48.600", 48600, "kham", "tiểu học"),
    cell("48.600\n8.260", "8.260", 8260, "tkx", "tiểu học"),
    cell("8.260\n17,0", "17,0", 17.0, "tyle", "tiểu học"),
    cell("Trung học cơ sở\n30.150", "30.150", 30150, "kham", "trung học cơ sở"),
    cell("30.150\n8.140", "8.140", 8140, "tkx", "trung học cơ sở"),
    cell("8.140\n27,0", "27,0", 27.0, "tyle", "trung học cơ sở"),
    cell("Trung học phổ thông\n13.700", "13.700", 13700, "kham", "trung học phổ thông"),
    cell("13.700\n5.330", "5.330", 5330, "tkx", "trung học phổ thông"),
    cell("5.330\n38,9", "38,9", 38.9, "tyle", "trung học phổ thông"),
    cell("Toàn tỉnh\n92.450", "92.450", 92450, "kham", ""),
    cell("92.450\n21.730", "21.730", 21730, "tkx", ""),
    cell("21.730\n23,5", "23,5", 23.5, "tyle", ""),
    F("(31,2%)", "31,2", 31.2, "percent", "%", "tỷ lệ tật khúc xạ ở học sinh", location="Thủ Dầu Một"),
    F("(29,6%)", "29,6", 29.6, "percent", "%", "tỷ lệ tật khúc xạ ở học sinh", location="Dĩ An"),
    F("có 6.850 em", "6.850", 6850, "count", "em", "học sinh chưa có kính hoặc đeo kính không đúng số",
      total=21730, percent=31.5, period=I(SY)),
    F("tặng 1.200 kính", "1.200", 1200, "count", "kính", "kính tặng cho học sinh khó khăn", period=I(SY)),
    F("giá 420 triệu đồng", "420", 420000000, "money", "đồng", "tổng trị giá kính tặng", period=I(SY)),
    F("trên 110.000 học sinh", "110.000", 110000, "count", "học sinh", "học sinh được khám", approx="over",
      status="target", period=NY),
    F("và 100% trường học", "100", 100, "percent", "%", "trường học có nhân viên y tế được tập huấn về phòng chống tật khúc xạ",
      status="target", period=NY),
]

NOTES = [
    "CDC Bình Dương (department site): no dateline, so no published; footer address, phone and visit counter are not figures.",
    "Table pasted one cell per line (header cells, then each row's cells). Rows are school levels (not places): subject = row + column;",
    "'Toàn tỉnh' row -> Bình Dương. Table period comes from the intro sentence 'trong năm học 2023-2024' (inherited). School year 1/9-31/5.",
    "'Trong số học sinh mắc tật khúc xạ, có 6.850 em' -> total 21.730 (the whole named, same period), percent 31,5.",
    "'tăng 15.320 em so với năm học trước' -> change of 92.450 em. Distractors: Kế hoạch số 1820/KH-SYT, Số 209 Yersin, 0274.3822.614, Lượt truy cập.",
]

build(7, TEXT, FIGS, published=None, location="Bình Dương", notes=NOTES)
