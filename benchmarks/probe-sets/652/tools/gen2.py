"""p652-2: Bảo Thắng district portal (Lào Cai) — medical rooms, school health staff, equipment money, screening, insurance."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO THẮNG - TỈNH LÀO CAI
Trang chủ » Tin tức » Văn hóa - Xã hội
Thứ Năm, 10/10/2024 - 15:12

Bảo Thắng: 57/62 trường học có phòng y tế riêng

Tính đến ngày 30/9/2024, huyện Bảo Thắng có 62 trường học từ mầm non đến THCS với hơn 24.500 học sinh; trong đó 57 trường đã bố trí phòng y tế riêng, đạt 91,9%, số còn lại là 5 trường đang dùng chung phòng với thư viện hoặc văn phòng.

Về nhân lực, toàn huyện có 38 nhân viên y tế trường học chuyên trách và 24 giáo viên kiêm nhiệm công tác y tế. Tính riêng nhân viên chuyên trách, bình quân đạt 1,55 nhân viên/1.000 học sinh, thấp hơn mức chung của tỉnh Lào Cai (1,8 nhân viên/1.000 học sinh).

Thực hiện Kế hoạch số 215/KH-UBND ngày 12/3/2024, 9 tháng năm 2024 UBND huyện đã bố trí 420 triệu đồng, đạt 84% kế hoạch năm, để mua tủ thuốc, giường nghỉ, cân, thước đo chiều cao cho 18 trường. Dự kiến trong quý IV/2024, huyện hỗ trợ thêm khoảng 80 triệu đồng cho 4 trường vùng cao.

Từ đầu năm học đến nay, Trung tâm Y tế huyện phối hợp khám sàng lọc cho 6.840 học sinh tại 15 trường, phát hiện 702 em mắc tật khúc xạ và 96 em có dấu hiệu cong vẹo cột sống. Trường Tiểu học số 1 Phố Lu là đơn vị đầu tiên được khám.

Năm học 2024-2025, tỷ lệ học sinh tham gia bảo hiểm y tế đạt 99,1%; trong đó 11.236 em thuộc hộ nghèo, cận nghèo và học sinh dân tộc thiểu số được ngân sách nhà nước đóng 100%.

Địa chỉ: Tổ dân phố số 5, thị trấn Phố Lu, huyện Bảo Thắng (cạnh Quốc lộ 70). Điện thoại: 0214.3862.118.

Thu Hà (Trung tâm VH-TT-TT huyện)
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
SOFAR = P("Từ đầu năm học đến nay", "2024-09-01", "2024-10-10")
Y = SY(2024)
FIGS = [
    F("57/62 trường", "57", 57, "count", "trường học", "trường học có phòng y tế riêng", I(ASOF), total=62),
    F("có 62 trường", "62", 62, "count", "trường học", "trường học từ mầm non đến THCS", ASOF),
    F("hơn 24.500 học sinh", "24.500", 24500, "count", "học sinh", "học sinh", ASOF, approx="over"),
    F("trong đó 57 trường", "57", 57, "count", "trường", "trường đã bố trí phòng y tế riêng", ASOF, total=62, percent=91.9),
    F("là 5 trường", "5", 5, "count", "trường", "trường dùng chung phòng y tế với thư viện hoặc văn phòng", ASOF, total=62),
    F("có 38 nhân viên", "38", 38, "count", "nhân viên y tế trường học", "nhân viên y tế trường học chuyên trách"),
    F("và 24 giáo viên", "24", 24, "count", "giáo viên", "giáo viên kiêm nhiệm công tác y tế"),
    F("đạt 1,55 nhân viên", "1,55", 1.55, "measure", "nhân viên/1.000 học sinh", "nhân viên y tế chuyên trách bình quân trên 1.000 học sinh"),
    F("(1,8 nhân viên", "1,8", 1.8, "measure", "nhân viên/1.000 học sinh", "nhân viên y tế chuyên trách bình quân trên 1.000 học sinh, mức chung của tỉnh", location="Lào Cai"),
    F("bố trí 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí mua tủ thuốc, giường nghỉ, cân, thước đo chiều cao cho trường", M9, percent=84),
    F("cho 18 trường", "18", 18, "count", "trường", "trường được mua tủ thuốc, giường nghỉ, cân, thước đo chiều cao", M9),
    F("khoảng 80 triệu đồng", "80", 80e6, "money", "đồng", "kinh phí hỗ trợ thêm cho trường vùng cao", Q4, approx="about", status="forecast"),
    F("cho 4 trường", "4", 4, "count", "trường", "trường vùng cao được hỗ trợ", Q4, status="forecast"),
    F("cho 6.840 học sinh", "6.840", 6840, "count", "học sinh", "học sinh được khám sàng lọc", SOFAR),
    F("tại 15 trường", "15", 15, "count", "trường", "trường được khám sàng lọc", SOFAR),
    F("phát hiện 702 em", "702", 702, "count", "em", "học sinh mắc tật khúc xạ", SOFAR),
    F("và 96 em", "96", 96, "count", "em", "học sinh có dấu hiệu cong vẹo cột sống", SOFAR),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ học sinh tham gia bảo hiểm y tế", Y),
    F("trong đó 11.236 em", "11.236", 11236, "count", "em", "học sinh thuộc hộ nghèo, cận nghèo và dân tộc thiểu số được ngân sách nhà nước đóng bảo hiểm y tế", Y),
    F("đóng 100%", "100", 100, "percent", "%", "mức ngân sách nhà nước đóng bảo hiểm y tế cho học sinh hộ nghèo, cận nghèo, dân tộc thiểu số", Y),
]

COMMENTS = [
    "Cổng TTĐT huyện Bảo Thắng (Lào Cai): phòng y tế trường học, nhân viên y tế, kinh phí trang thiết bị, khám sàng lọc, BHYT học sinh.",
    "Dateline 'Thứ Năm, 10/10/2024 - 15:12'. Not figures: Kế hoạch số 215/KH-UBND, 'Trường Tiểu học số 1 Phố Lu', 'Tổ dân phố số 5', 'Quốc lộ 70', phone.",
    "'số còn lại là 5 trường' is the other part of the 62 (same sentence, after 'trong đó'): total 62. The 11.236 pupils follow 'trong đó' after a",
    "percent (99,1%), so no total. Rates keep the denominator in the unit. '(1,8 nhân viên/1.000 học sinh)' is the province's own figure (Lào Cai).",
    "'Từ đầu năm học đến nay' = 2024-09-01 .. dateline. 'năm học 2024-2025' = 2024-09-01..2025-05-31.",
    "revised: subjects of 420 triệu đồng and 18 trường now use the sentence's words ('mua tủ thuốc, giường nghỉ, cân, thước đo chiều cao')",
    "instead of the paraphrase 'mua sắm trang thiết bị y tế' (FIGURES.md: the indicator as the sentence names it).",
]

if __name__ == "__main__":
    emit("p652-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Bảo Thắng")
