from lib import F, P, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Phòng, chống ma túy

Tổng kết công tác phòng, chống ma túy năm 2023: Kiềm chế sự gia tăng người nghiện

Tại hội nghị tổng kết do Bộ Công an tổ chức, Cục Cảnh sát điều tra tội phạm về ma túy (C04) cho biết, trong năm 2023 các lực lượng chức năng cả nước đã phát hiện, bắt giữ 28.650 vụ, 49.875 đối tượng phạm tội về ma túy; thu giữ 958 kg heroin, gần 6,3 tấn và hơn 3,1 triệu viên ma túy tổng hợp, 1,2 tấn cần sa khô. So với năm 2022, số vụ tăng 5,2%, số đối tượng giảm 1,8%.

Tính đến ngày 31/12/2023, cả nước có 231.700 người nghiện ma túy có hồ sơ quản lý, giảm 4,5% so với năm 2022. Các địa phương có số người nghiện cao là Nghệ An (8.760 người), Sơn La (7.920 người), Điện Biên (6.850 người) và TP Hồ Chí Minh (6.120 người).

Hệ thống cai nghiện hiện có 97 cơ sở cai nghiện ma túy công lập và 19 cơ sở cai nghiện tự nguyện ngoài công lập, đang quản lý khoảng 43.000 học viên. Chương trình điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế đang điều trị cho 52.400 bệnh nhân tại 348 cơ sở điều trị, tỷ lệ duy trì điều trị trên 12 tháng đạt 85,3%.

Năm 2023, tỷ lệ xã, phường, thị trấn không có ma túy trên toàn quốc đạt 48,6%, tăng 3,1 điểm phần trăm so với năm 2022; tỷ lệ xã trọng điểm, phức tạp về ma túy còn 6,7%.

Theo Chiến lược quốc gia phòng, chống và kiểm soát ma túy, đến năm 2025 phấn đấu có 50% xã, phường, thị trấn không có ma túy, và đến năm 2030 tỷ lệ này đạt 70%. Luật Phòng, chống ma túy số 73/2021/QH14 và Nghị định số 116/2021/NĐ-CP tiếp tục được triển khai đồng bộ, hướng tới Ngày Quốc tế phòng, chống ma túy 26/6.

Hà Minh
15/01/2024
"""

Y23 = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
A31 = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
A31i = P("Tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
N23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("bắt giữ 28.650 vụ", "28.650", 28650, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ", period=Y23),
    F("49.875 đối tượng", "49.875", 49875, "count", "đối tượng", "đối tượng phạm tội về ma túy", period=Y23),
    F("thu giữ 958 kg", "958", 958, "measure", "kg", "heroin thu giữ", period=Y23),
    F("gần 6,3 tấn", "6,3", 6.3, "measure", "tấn", "ma túy tổng hợp thu giữ", approx="nearly", period=Y23),
    F("hơn 3,1 triệu viên", "3,1", 3100000, "count", "viên", "ma túy tổng hợp thu giữ", approx="over", period=Y23),
    F("1,2 tấn cần sa", "1,2", 1.2, "measure", "tấn", "cần sa khô thu giữ", period=Y23),
    F("số vụ tăng 5,2%", "5,2", 5.2, "percent", "%", "số vụ tăng", period=Y23i),
    F("đối tượng giảm 1,8%", "1,8", 1.8, "percent", "%", "số đối tượng giảm", period=Y23i),
    F("có 231.700 người", "231.700", 231700, "count", "người nghiện", "người nghiện ma túy có hồ sơ quản lý",
      change={"direction": "decrease", "value": 4.5, "unit": "%", "baseline": "năm 2022"}, period=A31),
    F("Nghệ An (8.760 người)", "8.760", 8760, "count", "người", "số người nghiện", location="Nghệ An", period=A31i),
    F("Sơn La (7.920 người)", "7.920", 7920, "count", "người", "số người nghiện", location="Sơn La", period=A31i),
    F("Điện Biên (6.850 người)", "6.850", 6850, "count", "người", "số người nghiện", location="Điện Biên", period=A31i),
    F("Minh (6.120 người)", "6.120", 6120, "count", "người", "số người nghiện", location="TP Hồ Chí Minh", period=A31i),
    F("có 97 cơ sở", "97", 97, "count", "cơ sở cai nghiện ma túy công lập", "cơ sở cai nghiện ma túy công lập"),
    F("và 19 cơ sở", "19", 19, "count", "cơ sở cai nghiện tự nguyện", "cơ sở cai nghiện tự nguyện ngoài công lập"),
    F("khoảng 43.000 học viên", "43.000", 43000, "count", "học viên", "học viên đang quản lý", approx="about"),
    F("cho 52.400 bệnh nhân", "52.400", 52400, "count", "bệnh nhân", "bệnh nhân điều trị nghiện bằng thuốc thay thế"),
    F("tại 348 cơ sở", "348", 348, "count", "cơ sở điều trị", "cơ sở điều trị thay thế"),
    F("đạt 85,3%", "85,3", 85.3, "percent", "%", "tỷ lệ duy trì điều trị trên 12 tháng"),
    F("trên 12 tháng", "12", 12, "measure", "tháng", approx="over", optional=True),
    F("đạt 48,6%", "48,6", 48.6, "percent", "%", "tỷ lệ xã, phường, thị trấn không có ma túy",
      change={"direction": "increase", "value": 3.1, "unit": "điểm phần trăm", "baseline": "năm 2022"}, period=N23),
    F("còn 6,7%", "6,7", 6.7, "percent", "%", "tỷ lệ xã trọng điểm, phức tạp về ma túy", period=N23),
    F("có 50% xã", "50", 50, "percent", "%", "xã, phường, thị trấn không có ma túy", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ xã, phường, thị trấn không có ma túy", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Bộ Công an portal: tổng kết phòng, chống ma túy năm 2023 (national). Bare date '15/01/2024' after the byline at the end = published.",
    "Distractors: C04, Luật … số 73/2021/QH14, Nghị định số 116/2021/NĐ-CP, 'Ngày Quốc tế … 26/6'. Default location Việt Nam (cả nước); province list items",
    "take their province as location, subject = list indicator (số người nghiện), period as-of 31/12/2023 inherited from the previous sentence.",
    "'So với năm 2022, số vụ tăng 5,2%, số đối tượng giảm 1,8%' is a separate sentence: growth rates as the claim (percent, no change).",
    "revised: the two growth rates' subjects cut to what their own sentence names ('số vụ tăng', 'số đối tượng giảm'; was '… phạm tội về ma túy …').",
    "'gần 6,3 tấn và hơn 3,1 triệu viên ma túy tổng hợp' are two figures (weight and pills). '3,1 điểm phần trăm' is the change of 48,6%.",
    "The facility counts and the methadone sentence have no period in their sentence (present state): no period given. 'trên 12 tháng' is a criterion: optional.",
]

if __name__ == "__main__":
    write(3, TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")
