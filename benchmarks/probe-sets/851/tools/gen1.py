"""p851-1: Thanh Hóa province portal, inclusive-education support centre, school year 2023-2024."""
from lib import F, P, I, CH, TG, write_set

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 12/08/2024 09:45 | Lượt xem: 1.236

Gần 1.900 trẻ khuyết tật được can thiệp sớm

Năm học 2023-2024, Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh Thanh Hóa đã đánh giá, sàng lọc cho 2.415 trẻ em, tăng 11,6% so với năm học trước; trong đó có 612 trẻ khiếm thính, chiếm 25,3%.

Trung tâm đã can thiệp sớm cho 1.873 trẻ khuyết tật, đạt 104% kế hoạch năm học; riêng trẻ khiếm thính là 486 em. Sau can thiệp, 215 trẻ đã chuyển sang học hòa nhập tại các trường mầm non, tiểu học, trong đó có 58 trẻ khiếm thính.

Đến nay, toàn tỉnh có 9.640 học sinh khuyết tật học hòa nhập ở các cấp học, trong đó học sinh khuyết tật nghe khoảng 1.150 em. Các địa phương có nhiều học sinh khiếm thính học hòa nhập là Quảng Xương (96 em), Hoằng Hóa (88 em), Thọ Xuân (81 em) và TP Thanh Hóa (74 em).

Thực hiện Kế hoạch số 215/KH-UBND ngày 18/9/2023 của UBND tỉnh, trung tâm đã mở 6 lớp bồi dưỡng ngôn ngữ ký hiệu cho 342 giáo viên và 127 phụ huynh; 100% giáo viên dạy lớp có trẻ khiếm thính đã được tập huấn. Trung tâm cũng phối hợp trao 150 máy trợ thính cho trẻ có hoàn cảnh khó khăn, mỗi máy trị giá khoảng 12 triệu đồng.

Tổng kinh phí thực hiện năm học 2023-2024 ước đạt 4,8 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng, còn lại là nguồn xã hội hóa.

Năm học 2024-2025, trung tâm phấn đấu can thiệp sớm cho ít nhất 2.000 trẻ; tỷ lệ trẻ khiếm thính sau can thiệp chuyển sang học hòa nhập đạt trên 30%.
"""

SY = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
NOW = P("Đến nay", None, "2024-08-12")
SY2 = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    F("Gần 1.900 trẻ", "1.900", 1900, "count", "trẻ", "trẻ khuyết tật được can thiệp sớm", approx="nearly"),
    F("cho 2.415 trẻ em", "2.415", 2415, "count", "trẻ em", "trẻ em được đánh giá, sàng lọc", SY,
      change=CH("increase", 11.6, "%", "năm học trước")),
    F("có 612 trẻ khiếm thính", "612", 612, "count", "trẻ khiếm thính", "trẻ khiếm thính được đánh giá, sàng lọc", SY,
      total=2415, percent=25.3),
    F("cho 1.873 trẻ", "1.873", 1873, "count", "trẻ", "trẻ khuyết tật được can thiệp sớm", I(SY), percent=104),
    F("là 486 em", "486", 486, "count", "em", "trẻ khiếm thính được can thiệp sớm", I(SY), total=1873),
    F("215 trẻ", "215", 215, "count", "trẻ", "trẻ chuyển sang học hòa nhập sau can thiệp", I(SY)),
    F("có 58 trẻ", "58", 58, "count", "trẻ khiếm thính", "trẻ khiếm thính chuyển sang học hòa nhập sau can thiệp", I(SY),
      total=215),
    F("có 9.640 học sinh", "9.640", 9640, "count", "học sinh", "học sinh khuyết tật học hòa nhập", NOW),
    F("khoảng 1.150 em", "1.150", 1150, "count", "em", "học sinh khuyết tật nghe học hòa nhập", NOW,
      approx="about", total=9640),
    F("Quảng Xương (96 em)", "96", 96, "count", "em", "học sinh khiếm thính học hòa nhập", I(NOW), location="Quảng Xương"),
    F("Hoằng Hóa (88 em)", "88", 88, "count", "em", "học sinh khiếm thính học hòa nhập", I(NOW), location="Hoằng Hóa"),
    F("Thọ Xuân (81 em)", "81", 81, "count", "em", "học sinh khiếm thính học hòa nhập", I(NOW), location="Thọ Xuân"),
    F("TP Thanh Hóa (74 em)", "74", 74, "count", "em", "học sinh khiếm thính học hòa nhập", I(NOW), location="TP Thanh Hóa"),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp bồi dưỡng ngôn ngữ ký hiệu"),
    F("cho 342 giáo viên", "342", 342, "count", "giáo viên", "giáo viên được bồi dưỡng ngôn ngữ ký hiệu"),
    F("và 127 phụ huynh", "127", 127, "count", "phụ huynh", "phụ huynh được bồi dưỡng ngôn ngữ ký hiệu"),
    F("100% giáo viên", "100", 100, "percent", "%", "giáo viên dạy lớp có trẻ khiếm thính được tập huấn"),
    F("trao 150 máy trợ thính", "150", 150, "count", "máy trợ thính", "máy trợ thính trao cho trẻ có hoàn cảnh khó khăn"),
    F("khoảng 12 triệu đồng", "12", 12_000_000, "money", "đồng/máy", "giá trị mỗi máy trợ thính", approx="about"),
    F("ước đạt 4,8 tỷ đồng", "4,8", 4_800_000_000, "money", "đồng", "tổng kinh phí thực hiện", SY, status="estimate"),
    F("tỉnh 3,2 tỷ đồng", "3,2", 3_200_000_000, "money", "đồng", "ngân sách tỉnh", SY, total=4_800_000_000,
      status="estimate"),
    F("ít nhất 2.000 trẻ", "2.000", 2000, "count", "trẻ", "trẻ được can thiệp sớm", SY2, approx="at_least", status="target"),
    F("trên 30%", "30", 30, "percent", "%", "tỷ lệ trẻ khiếm thính sau can thiệp chuyển sang học hòa nhập", SY2,
      approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT Thanh Hóa: Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh, năm học 2023-2024 (sàng lọc, can thiệp sớm, học hòa nhập).",
    "Distractors: 'Cập nhật: 12/08/2024 09:45', 'Lượt xem: 1.236', 'Kế hoạch số 215/KH-UBND ngày 18/9/2023'.",
    "A school year 'năm học 2023-2024' is read as 2023-09-01..2024-05-31 (Ministry frame: classes from September, school year ends by 31/5).",
    "'riêng trẻ khiếm thính là 486 em' names a part of the 1.873 children: total 1873. 'đạt 104% kế hoạch' is the percent of 1.873.",
    "The district list (96, 88, 81, 74 = 339) does not add up to 1.150: no total. 'ước đạt' governs the 'trong đó' part (3,2 tỷ).",
]

if __name__ == "__main__":
    write_set(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Thanh Hóa")
