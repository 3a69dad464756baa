from lib import F, P, SY, I, CH, TG, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Nghệ An: Hơn 312.000 học sinh được khám răng miệng
Cập nhật: 15/10/2024 09:42 | Lượt xem: 2.318

Theo báo cáo của Sở Y tế, trong năm học 2023-2024, chương trình Nha học đường được triển khai tại 1.046 trường mầm non, tiểu học và trung học cơ sở trên địa bàn tỉnh, tăng 38 trường so với năm học trước.

Toàn tỉnh đã khám răng miệng cho hơn 312.000 học sinh, đạt 91,4% kế hoạch. Tỷ lệ học sinh bị sâu răng là 62,7%, giảm 4,1% so với năm học 2022-2023; riêng nhóm trẻ 6-8 tuổi có tỷ lệ sâu răng sữa lên tới 78,3%. Khoảng 35% học sinh có biểu hiện viêm lợi.

Về dự phòng, các trường duy trì súc miệng bằng nước fluor 0,2% hằng tuần cho 248.500 học sinh tiểu học tại 512 trường; trám bít hố rãnh cho 18.640 răng hàm số 6 của 9.320 học sinh lớp 1 và lớp 2. Các cơ sở y tế cũng đã điều trị sớm 26.415 răng sâu và nhổ 11.208 răng sữa đến tuổi thay. Ngoài ra, các trường tổ chức 1.250 buổi truyền thông về chăm sóc răng miệng cho học sinh và phụ huynh.

Tính đến ngày 30/9/2024, 17 huyện, thành, thị đã có phòng nha học đường hoạt động; 684 cán bộ y tế trường học đã được tập huấn theo Kế hoạch số 457/KH-SYT ngày 12/8/2023.

Năm học 2024-2025, ngành Y tế phấn đấu khám răng miệng cho 95% học sinh, giảm tỷ lệ sâu răng xuống dưới 60%; kinh phí dự kiến khoảng 4,2 tỷ đồng.
"""

Y = SY("trong năm học 2023-2024", 2023)
T = SY("Năm học 2024-2025", 2024)
A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
FIGS = [
    F("Hơn 312.000 học sinh", "312.000", 312000, "count", "học sinh", "học sinh được khám răng miệng", approx="over"),
    F("tại 1.046 trường", "1.046", 1046, "count", "trường", "trường mầm non, tiểu học và trung học cơ sở triển khai chương trình Nha học đường", Y,
      change=CH("increase", 38, "trường", "năm học trước")),
    F("cho hơn 312.000 học sinh", "312.000", 312000, "count", "học sinh", "học sinh được khám răng miệng", I(Y),
      approx="over", percent=91.4),
    F("sâu răng là 62,7%", "62,7", 62.7, "percent", "%", "tỷ lệ học sinh bị sâu răng", I(Y),
      change=CH("decrease", 4.1, "%", "năm học 2022-2023")),
    F("trẻ 6-8 tuổi", "6", 6, "measure", "tuổi", "độ tuổi nhóm trẻ", value_max=8, optional=True),
    F("lên tới 78,3%", "78,3", 78.3, "percent", "%", "tỷ lệ sâu răng sữa ở nhóm trẻ 6-8 tuổi", I(Y)),
    F("Khoảng 35%", "35", 35, "percent", "%", "học sinh có biểu hiện viêm lợi", I(Y), approx="about"),
    F("fluor 0,2%", "0,2", 0.2, "percent", "%", "nồng độ nước fluor súc miệng", optional=True),
    F("cho 248.500 học sinh", "248.500", 248500, "count", "học sinh", "học sinh tiểu học súc miệng bằng nước fluor hằng tuần", I(Y)),
    F("tại 512 trường", "512", 512, "count", "trường", "trường duy trì súc miệng bằng nước fluor", I(Y)),
    F("cho 18.640 răng", "18.640", 18640, "count", "răng", "răng hàm được trám bít hố rãnh", I(Y)),
    F("của 9.320 học sinh", "9.320", 9320, "count", "học sinh", "học sinh lớp 1 và lớp 2 được trám bít hố rãnh", I(Y)),
    F("sớm 26.415 răng", "26.415", 26415, "count", "răng", "răng sâu được điều trị sớm", I(Y)),
    F("nhổ 11.208 răng", "11.208", 11208, "count", "răng", "răng sữa đến tuổi thay được nhổ", I(Y)),
    F("tổ chức 1.250 buổi", "1.250", 1250, "count", "buổi", "buổi truyền thông về chăm sóc răng miệng", I(Y)),
    F("2024, 17 huyện", "17", 17, "count", "huyện, thành, thị", "huyện, thành, thị có phòng nha học đường hoạt động", A),
    F("684 cán bộ", "684", 684, "count", "cán bộ", "cán bộ y tế trường học được tập huấn", A),
    F("cho 95% học sinh", "95", 95, "percent", "%", "học sinh được khám răng miệng", T, status="target"),
    F("dưới 60%", "60", 60, "percent", "%", "tỷ lệ sâu răng", T, approx="under", status="target"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kinh phí", T, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: kết quả Nha học đường năm học 2023-2024, mục tiêu năm học 2024-2025.",
    "A school year (năm học 2023-2024) is read as 2023-09-01 .. 2024-05-31 (MOET calendar); FIGURES.md is silent.",
    "Not figures: Lượt xem 2.318, răng hàm số 6, lớp 1 và lớp 2, Kế hoạch số 457/KH-SYT ngày 12/8/2023, the dateline.",
    "Age band 6-8 tuổi and the fluor concentration 0,2% are optional (category / specification).",
]

if __name__ == "__main__":
    write("p1077-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nghệ An")
