from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức > An ninh - Trật tự

Nghệ An: Bắt giữ hơn 1.100 vụ phạm tội về ma túy trong 6 tháng đầu năm
Cập nhật: 12/07/2024 08:45 | Lượt xem: 2.318

Sáng 11/7, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma túy tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.

Theo báo cáo, 6 tháng đầu năm 2024, các lực lượng chức năng toàn tỉnh đã phát hiện, bắt giữ 1.126 vụ, tăng 8,4% so với cùng kỳ năm 2023, với 1.648 đối tượng phạm tội về ma túy. Trong đó, lực lượng Công an bắt 1.015 vụ, Bộ đội Biên phòng bắt 98 vụ, Hải quan bắt 13 vụ. Tang vật thu giữ gồm 312 bánh heroin, 86,4 kg ma túy tổng hợp dạng đá, hơn 1,2 triệu viên hồng phiến và 2,35 kg thuốc phiện; tổng số tiền thu giữ ước trên 4,6 tỷ đồng.

Các huyện miền núi biên giới tiếp tục là địa bàn trọng điểm, số vụ bắt giữ cao nhất là Kỳ Sơn (187 vụ), Tương Dương (142 vụ) và Quế Phong (96 vụ).

Tính đến ngày 30/6/2024, toàn tỉnh có 3.952 người nghiện ma túy có hồ sơ quản lý, giảm 214 người so với cuối năm 2023; 2.187 người sử dụng trái phép chất ma túy. Trong 6 tháng đầu năm, đã tổ chức cai nghiện cho 736 người, trong đó cai nghiện bắt buộc 508 người, cai nghiện tự nguyện 228 người; duy trì điều trị nghiện bằng thuốc Methadone cho 2.905 bệnh nhân.

Đến nay, toàn tỉnh có 187/460 xã, phường, thị trấn được công nhận không có ma túy (chiếm 40,7%). Phấn đấu đến cuối năm 2024 có thêm 25 xã đạt tiêu chí không có ma túy, giảm ít nhất 10% số xã trọng điểm về ma túy so với năm 2023.

Thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị, người dân phát hiện hành vi liên quan đến ma túy có thể báo tin qua số điện thoại 0238.3844.522 hoặc 113.

Nguồn: Công an tỉnh Nghệ An
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
A30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-12")
T24 = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("Bắt giữ hơn 1.100 vụ", "1.100", 1100, "count", "vụ", "vụ phạm tội về ma túy bắt giữ", approx="over",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("bắt giữ 1.126 vụ", "1.126", 1126, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ",
      change={"direction": "increase", "value": 8.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("1.648 đối tượng", "1.648", 1648, "count", "đối tượng", "đối tượng phạm tội về ma túy bắt giữ", period=H1),
    F("Công an bắt 1.015 vụ", "1.015", 1015, "count", "vụ", "vụ phạm tội về ma túy lực lượng Công an bắt", total=1126, period=H1i),
    F("Biên phòng bắt 98 vụ", "98", 98, "count", "vụ", "vụ phạm tội về ma túy Bộ đội Biên phòng bắt", total=1126, period=H1i),
    F("Hải quan bắt 13 vụ", "13", 13, "count", "vụ", "vụ phạm tội về ma túy Hải quan bắt", total=1126, period=H1i),
    F("gồm 312 bánh heroin", "312", 312, "count", "bánh heroin", "heroin thu giữ", period=H1i),
    F("86,4 kg ma túy", "86,4", 86.4, "measure", "kg", "ma túy tổng hợp dạng đá thu giữ", period=H1i),
    F("hơn 1,2 triệu viên", "1,2", 1200000, "count", "viên", "hồng phiến thu giữ", approx="over", period=H1i),
    F("2,35 kg thuốc phiện", "2,35", 2.35, "measure", "kg", "thuốc phiện thu giữ", period=H1i),
    F("ước trên 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "tổng số tiền thu giữ", approx="over",
      status="estimate", period=H1i),
    F("Kỳ Sơn (187 vụ)", "187", 187, "count", "vụ", "số vụ bắt giữ", location="Kỳ Sơn", period=H1i),
    F("Tương Dương (142 vụ)", "142", 142, "count", "vụ", "số vụ bắt giữ", location="Tương Dương", period=H1i),
    F("Quế Phong (96 vụ)", "96", 96, "count", "vụ", "số vụ bắt giữ", location="Quế Phong", period=H1i),
    F("có 3.952 người nghiện", "3.952", 3952, "count", "người nghiện", "người nghiện ma túy có hồ sơ quản lý",
      change={"direction": "decrease", "value": 214, "unit": "người", "baseline": "cuối năm 2023"}, period=A30),
    F("2.187 người sử dụng", "2.187", 2187, "count", "người", "người sử dụng trái phép chất ma túy", period=A30),
    F("cai nghiện cho 736 người", "736", 736, "count", "người", "người được tổ chức cai nghiện", period=H1b),
    F("bắt buộc 508 người", "508", 508, "count", "người", "cai nghiện bắt buộc", total=736, period=H1b),
    F("tự nguyện 228 người", "228", 228, "count", "người", "cai nghiện tự nguyện", total=736, period=H1b),
    F("cho 2.905 bệnh nhân", "2.905", 2905, "count", "bệnh nhân", "bệnh nhân điều trị nghiện bằng thuốc Methadone", period=H1b),
    F("có 187/460 xã", "187", 187, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được công nhận không có ma túy",
      total=460, percent=40.7, period=NOW),
    F("thêm 25 xã", "25", 25, "count", "xã", "xã đạt tiêu chí không có ma túy tăng thêm", status="target", period=T24),
    F("ít nhất 10% số xã", "10", 10, "percent", "%", "giảm số xã trọng điểm về ma túy", approx="at_least",
      status="target", period=T24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: sơ kết 6 tháng đầu năm 2024 phòng, chống ma túy (arrests, seizures, addicts, rehab, drug-free communes).",
    "Dateline 'Cập nhật: 12/07/2024 08:45 | Lượt xem: 2.318' (the counter is page furniture). Distractors: 'Sáng 11/7', 'Chỉ thị số 36-CT/TW',",
    "phone numbers 0238.3844.522 and 113. The headline '6 tháng đầu năm' (no year) takes 2024 from the dateline.",
    "'1.126 vụ, tăng 8,4% so với cùng kỳ năm 2023' carries the change; 1.648 đối tượng none.",
    "'Trong đó' parts 1.015 + 98 + 13 = 1.126 vụ: total 1126. 508 + 228 = 736: total 736. District list items: location = district, subject = list indicator.",
    "'187/460 … (chiếm 40,7%)' total 460, percent 40.7. 'Đến nay' ends at the dateline. 'giảm ít nhất 10% số xã trọng điểm' is a rate as claim (percent, target).",
]

if __name__ == "__main__":
    write(1, TEXT, COMMENTS, FIGS, published="2024-07-12", location="Nghệ An")
