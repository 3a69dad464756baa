from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Tin tức > Văn hóa - Xã hội

Hải Phòng khen thưởng hơn 9,8 tỷ đồng cho học sinh giỏi và giáo viên

Ngày cập nhật 28/08/2024

Chiều 27/8, tại Nhà hát Thành phố (số 19 Hoàng Văn Thụ), UBND thành phố tổ chức lễ tuyên dương, khen thưởng học sinh giỏi, thủ khoa và giáo viên có thành tích xuất sắc năm học 2023-2024. Đây là lần thứ 3 lễ tuyên dương được tổ chức tập trung.

Năm học này, thành phố có 75 học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia THPT, tăng 8 giải so với năm học trước, xếp thứ 4 toàn quốc; trong đó có 9 giải Nhất, 24 giải Nhì, 23 giải Ba và 19 giải Khuyến khích. Ở đấu trường quốc tế, học sinh Hải Phòng giành 1 Huy chương Vàng và 2 Huy chương Bạc tại Olympic Vật lý châu Á.

Tại kỳ thi tốt nghiệp THPT năm 2024, Hải Phòng có 5 thủ khoa khối thi; điểm trung bình các môn thi đạt 6,96 điểm, xếp thứ 8/63 tỉnh, thành phố.

Theo Nghị quyết số 12/2022/NQ-HĐND, mức thưởng cho học sinh đoạt giải Nhất quốc gia là 25 triệu đồng, giải Nhì 15 triệu đồng, giải Ba 10 triệu đồng; học sinh đạt huy chương quốc tế được thưởng từ 80 đến 120 triệu đồng. Giáo viên trực tiếp bồi dưỡng được thưởng bằng 50% mức thưởng của học sinh.

Tổng cộng, thành phố khen thưởng 1.016 lượt học sinh và 327 lượt giáo viên với tổng kinh phí 9.846,5 triệu đồng, tăng 12,4% so với năm 2023. Quận Lê Chân và huyện Thủy Nguyên có số học sinh được khen thưởng nhiều nhất, lần lượt là 118 và 103 em.

Năm học 2024-2025, thành phố phấn đấu có từ 80 học sinh đoạt giải quốc gia trở lên và ít nhất 2 học sinh đạt huy chương Olympic quốc tế.
"""

NH = SCHOOLYEAR(2023)
NAY = SCHOOLYEAR(2023, "Năm học này")
Y24 = YEAR(2024)
NEXT = SCHOOLYEAR(2024, "Năm học 2024-2025")
FIGS = [
    F("hơn 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "khen thưởng cho học sinh giỏi và giáo viên",
      INH(NH), approx="over"),
    F("có 75 học sinh", "75", 75, "count", "học sinh", "học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia THPT",
      NAY, change=CH("increase", 8, "giải", "năm học trước")),
    F("xếp thứ 4 toàn quốc", "4", 4, "rank", "hạng", "học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia THPT",
      NAY),
    F("có 9 giải Nhất", "9", 9, "count", "giải Nhất", "giải Nhất học sinh giỏi quốc gia", NAY, total=75),
    F("24 giải Nhì", "24", 24, "count", "giải Nhì", "giải Nhì học sinh giỏi quốc gia", NAY, total=75),
    F("23 giải Ba", "23", 23, "count", "giải Ba", "giải Ba học sinh giỏi quốc gia", NAY, total=75),
    F("19 giải Khuyến khích", "19", 19, "count", "giải Khuyến khích", "giải Khuyến khích học sinh giỏi quốc gia",
      NAY, total=75),
    F("1 Huy chương Vàng", "1", 1, "count", "Huy chương Vàng", "Huy chương Vàng Olympic Vật lý châu Á", INH(NH)),
    F("2 Huy chương Bạc", "2", 2, "count", "Huy chương Bạc", "Huy chương Bạc Olympic Vật lý châu Á", INH(NH)),
    F("có 5 thủ khoa", "5", 5, "count", "thủ khoa", "thủ khoa khối thi tốt nghiệp THPT", Y24),
    F("đạt 6,96 điểm", "6,96", 6.96, "measure", "điểm", "điểm trung bình các môn thi tốt nghiệp THPT", Y24),
    F("xếp thứ 8/63", "8", 8, "rank", "hạng", "điểm trung bình các môn thi tốt nghiệp THPT", Y24, total=63),
    F("là 25 triệu đồng", "25", 25000000, "money", "đồng", "mức thưởng cho học sinh đoạt giải Nhất quốc gia"),
    F("Nhì 15 triệu đồng", "15", 15000000, "money", "đồng", "mức thưởng cho học sinh đoạt giải Nhì quốc gia"),
    F("Ba 10 triệu đồng", "10", 10000000, "money", "đồng", "mức thưởng cho học sinh đoạt giải Ba quốc gia"),
    F("từ 80 đến 120 triệu đồng", "80", 80000000, "money", "đồng",
      "mức thưởng cho học sinh đạt huy chương quốc tế", value_max=120000000),
    F("bằng 50%", "50", 50, "percent", "%", "mức thưởng giáo viên trực tiếp bồi dưỡng so với mức thưởng của học sinh"),
    F("1.016 lượt học sinh", "1.016", 1016, "count", "lượt học sinh", "lượt học sinh được khen thưởng", INH(NH)),
    F("327 lượt giáo viên", "327", 327, "count", "lượt giáo viên", "lượt giáo viên được khen thưởng", INH(NH)),
    F("9.846,5 triệu đồng", "9.846,5", 9846500000, "money", "đồng", "tổng kinh phí khen thưởng", INH(NH),
      change=CH("increase", 12.4, "%", "năm 2023")),
    F("là 118", "118", 118, "count", "em", "học sinh được khen thưởng", INH(NH), location="Lê Chân"),
    F("và 103 em", "103", 103, "count", "em", "học sinh được khen thưởng", INH(NH), location="Thủy Nguyên"),
    F("từ 80 học sinh", "80", 80, "count", "học sinh", "học sinh đoạt giải quốc gia", NEXT,
      approx="at_least", status="target"),
    F("ít nhất 2 học sinh", "2", 2, "count", "học sinh", "học sinh đạt huy chương Olympic quốc tế", NEXT,
      approx="at_least", status="target"),
]

COMMENTS = [
    "City portal (Cổng TTĐT thành phố Hải Phòng), 'Ngày cập nhật 28/08/2024' (no time): khen thưởng học sinh giỏi, thủ khoa, giáo viên.",
    "'Năm học này' = năm học 2023-2024 (choice: 1 Sep 2023 .. 31 May 2024), scored in its sentence. 'tăng 8 giải so với năm học",
    "trước' is the change of 75; 'xếp thứ 4 toàn quốc' a rank of its own; the 'trong đó' prizes add up to 75 (total).",
    "Reward levels set by the resolution are money figures (actual); 'bằng 50% mức thưởng' stands alone (no figure in its sentence).",
    "'từ 80 … trở lên', 'ít nhất 2' → at_least, target. Districts in 'lần lượt là 118 và 103 em' go to location.",
    "Distractors: 'Chiều 27/8', 'số 19 Hoàng Văn Thụ', 'lần thứ 3' (ordinal), 'Nghị quyết số 12/2022/NQ-HĐND', 'xếp thứ 8/63' total 63.",
]

if __name__ == "__main__":
    emit("p555-8", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Hải Phòng")
