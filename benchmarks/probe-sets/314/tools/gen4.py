from lib import F, P, C, T, build

TEXT = """
BÁO BẮC GIANG
08/11/2024 07:45

Bắc Giang: Tỷ lệ học sinh mắc tật khúc xạ tiếp tục tăng

BGĐT - Từ tháng 9 đến tháng 10/2024, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh phối hợp với ngành giáo dục khám sức khỏe đầu năm học cho học sinh. Trong số 312.640 học sinh được khám, có 61.903 học sinh mắc tật khúc xạ, chiếm 19,8%, tăng 1,3% so với năm trước. Trong đó, cận thị chiếm đa số với 54.718 trường hợp.

Tỷ lệ cận thị tăng dần theo cấp học: tiểu học 9,6%, trung học cơ sở 21,4%, trung học phổ thông 32,7%. Bên cạnh đó, 7.815 học sinh bị cong vẹo cột sống (2,5%), 24.386 học sinh mắc bệnh sâu răng; tỷ lệ thừa cân, béo phì chung là 11,2%, riêng huyện Việt Yên 15,4% và thành phố Bắc Giang 17,9%. Ở chiều ngược lại, hai huyện vùng cao Sơn Động, Lục Ngạn có tỷ lệ suy dinh dưỡng cao, lần lượt 14,3% và 12,6%.

Bác sĩ Thân Văn Tùng, Giám đốc CDC Bắc Giang cho biết, năm học này toàn tỉnh có 798/812 trường bố trí được nhân viên y tế, đạt 98,3%. Trong quý III/2024, ngành y tế đã tập huấn chuyên môn cho 1.150 nhân viên y tế trường học. Kinh phí khám sức khỏe định kỳ khoảng 35.000 đồng/học sinh, do quỹ bảo hiểm y tế học sinh chi trả. Tỷ lệ học sinh tham gia bảo hiểm y tế năm 2024 đạt 99,6%, vượt 0,6% so với chỉ tiêu tỉnh giao.

Ngành y tế khuyến cáo học sinh không nhìn màn hình quá 2 giờ mỗi ngày; phụ huynh cần đưa trẻ đi khám mắt khi có dấu hiệu nhìn mờ. Thông tin liên hệ: CDC Bắc Giang, số 9 đường Lê Lợi; ĐT 0204.3854.272.

Ảnh: Học sinh Trường THCS Lê Quý Đôn khám mắt.

Hà Linh
"""

H = """
Party newspaper (Báo Bắc Giang), bare 'dd/mm/yyyy hh:mm' dateline, byline at the end. School health checks Sept-Oct 2024.
Period 'Từ tháng 9 đến tháng 10/2024' (2024-09-01 .. 2024-10-31) stands in the first sentence only: later figures inherit it.
'Trong số 312.640 học sinh ..., có 61.903 ...' -> total 312640, percent 19.8 (chiếm), change +1.3 'năm trước'. 'Trong đó ... 54.718 trường hợp' -> total 61903.
Grade list shares 'tỷ lệ cận thị'; district list items (Việt Yên, thành phố Bắc Giang, Sơn Động, Lục Ngạn) go to location.
'798/812 trường ..., đạt 98,3%' -> total and percent. '99,6%, vượt 0,6% so với chỉ tiêu' -> change vs plan. 'quá 2 giờ mỗi ngày' is advice (optional); list head 'hai huyện' optional (as 'Ba bộ' in probe 205, '4 vị trí' in h05).
Distractors: dateline, 'BGĐT', address 'số 9 đường Lê Lợi', phone, 'THCS Lê Quý Đôn'.
"""

PER = P("Từ tháng 9 đến tháng 10/2024", "2024-09-01", "2024-10-31")
PI = P("Từ tháng 9 đến tháng 10/2024", "2024-09-01", "2024-10-31", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Trong số 312.640 học sinh", "312.640", 312640, "count", "học sinh", "học sinh được khám sức khỏe", period=PI),
    F("có 61.903 học sinh", "61.903", 61903, "count", "học sinh", "học sinh mắc tật khúc xạ", total=312640, percent=19.8,
      change=C("increase", 1.3, "%", "năm trước"), period=PI),
    F("với 54.718 trường hợp", "54.718", 54718, "count", "trường hợp", "trường hợp cận thị", total=61903, period=PI),
    F("tiểu học 9,6%", "9,6", 9.6, "percent", "%", "tỷ lệ cận thị cấp tiểu học", period=PI),
    F("trung học cơ sở 21,4%", "21,4", 21.4, "percent", "%", "tỷ lệ cận thị cấp trung học cơ sở", period=PI),
    F("trung học phổ thông 32,7%", "32,7", 32.7, "percent", "%", "tỷ lệ cận thị cấp trung học phổ thông", period=PI),
    F("7.815 học sinh", "7.815", 7815, "count", "học sinh", "học sinh bị cong vẹo cột sống", percent=2.5, period=PI),
    F("24.386 học sinh", "24.386", 24386, "count", "học sinh", "học sinh mắc bệnh sâu răng", period=PI),
    F("chung là 11,2%", "11,2", 11.2, "percent", "%", "tỷ lệ thừa cân, béo phì chung", period=PI),
    F("Việt Yên 15,4%", "15,4", 15.4, "percent", "%", "tỷ lệ thừa cân, béo phì", location="Việt Yên", period=PI),
    F("Bắc Giang 17,9%", "17,9", 17.9, "percent", "%", "tỷ lệ thừa cân, béo phì", location="thành phố Bắc Giang", period=PI),
    F("hai huyện vùng cao", "hai", 2, "count", "huyện", "huyện vùng cao có tỷ lệ suy dinh dưỡng cao", optional=True),
    F("lần lượt 14,3%", "14,3", 14.3, "percent", "%", "tỷ lệ suy dinh dưỡng", location="Sơn Động", period=PI),
    F("và 12,6%", "12,6", 12.6, "percent", "%", "tỷ lệ suy dinh dưỡng", location="Lục Ngạn", period=PI),
    F("có 798/812 trường", "798", 798, "count", "trường", "trường bố trí được nhân viên y tế", total=812, percent=98.3),
    F("cho 1.150 nhân viên", "1.150", 1150, "count", "nhân viên y tế trường học", "nhân viên y tế trường học được tập huấn chuyên môn", period=Q3),
    F("khoảng 35.000 đồng/học sinh", "35.000", 35000, "money", "đồng/học sinh", "kinh phí khám sức khỏe định kỳ", approx="about"),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ học sinh tham gia bảo hiểm y tế",
      change=C("increase", 0.6, "%", "chỉ tiêu tỉnh giao"), period=Y24),
    F("quá 2 giờ mỗi ngày", "2", 2, "measure", "giờ", "thời gian nhìn màn hình", approx="at_most", optional=True),
]

build("p314-4", TEXT, H, FIGS, published="2024-11-08", location="Bắc Giang")
