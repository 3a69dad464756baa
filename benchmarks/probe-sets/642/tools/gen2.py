from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ / Kinh tế / Nông nghiệp
Thứ Năm, 16/11/2023 - 09:45

Sâu keo mùa thu gây hại gần 400 ha ngô vụ Đông

Vụ Đông năm 2023, toàn huyện gieo trồng 2.150 ha ngô, đạt 97,7% kế hoạch, chủ yếu là các giống NK 7328, CP 511 và DK 6919. Theo Trạm Trồng trọt và Bảo vệ thực vật huyện, tính đến ngày 15/11/2023, sâu keo mùa thu đã gây hại 395 ha ngô, tăng 48,5% so với cùng kỳ năm 2022; trong đó 62 ha bị hại nặng.

Tỷ lệ cây bị hại phổ biến 10-15%, cục bộ từ 30 đến 40%. Mật độ sâu non phổ biến 2-4 con/m2, nơi cao trên 10 con/m2. Các xã có diện tích bị hại lớn gồm: Công Thành (58 ha), Bảo Thành (47 ha), Sơn Thành (41 ha) và Đô Thành (36 ha).

Ngay khi phát hiện sâu hại, UBND huyện đã ban hành Công văn số 2315/UBND-NN chỉ đạo các xã tập trung phòng trừ. Huyện đã hỗ trợ 420 lít thuốc bảo vệ thực vật sinh học, trị giá 168 triệu đồng, đồng thời tổ chức ba lớp tập huấn cho 135 lượt nông dân tại Nhà văn hóa xóm 7 xã Công Thành. Đến ngày 15/11, toàn huyện đã phun phòng trừ được 371 ha, đạt 93,9% diện tích bị hại.

Dự kiến năng suất ngô vụ Đông đạt 47-48 tạ/ha, giảm khoảng 2 tạ/ha so với vụ Đông năm 2022 do ảnh hưởng của sâu hại. Trạm khuyến cáo nông dân không trồng ngô vụ Xuân liền kề ruộng bị hại, vệ sinh đồng ruộng sau thu hoạch để cắt đứt nguồn sâu.

Nguyễn Văn Hùng - Trạm TT&BVTV huyện (ĐT: 0238.3865.112)
"""

AS_OF = P("tính đến ngày 15/11/2023", end="2023-11-15")
SUBJ = "diện tích ngô bị sâu keo mùa thu gây hại"

FIGS = [
    F("gần 400 ha", "400", 400, "measure", "ha", approx="nearly", subject="diện tích ngô vụ Đông bị sâu keo mùa thu gây hại",
      period=I(AS_OF)),
    F("2.150 ha", "2.150", 2150, "measure", "ha", percent=97.7, subject="diện tích ngô vụ Đông gieo trồng"),
    F("hại 395 ha", "395", 395, "measure", "ha", change=CH("increase", 48.5, "%", baseline="cùng kỳ năm 2022"),
      subject=SUBJ, period=AS_OF),
    F("trong đó 62 ha", "62", 62, "measure", "ha", total=395, subject="diện tích ngô bị sâu keo mùa thu hại nặng",
      period=AS_OF),
    F("phổ biến 10-15%", "10", 10, "percent", "%", value_max=15, subject="tỷ lệ cây ngô bị sâu keo mùa thu hại phổ biến",
      period=I(AS_OF)),
    F("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40, subject="tỷ lệ cây ngô bị sâu keo mùa thu hại cục bộ",
      period=I(AS_OF)),
    F("phổ biến 2-4 con/m2", "2", 2, "measure", "con/m2", value_max=4, subject="mật độ sâu non sâu keo mùa thu phổ biến",
      period=I(AS_OF)),
    F("trên 10 con/m2", "10", 10, "measure", "con/m2", approx="over", subject="mật độ sâu non sâu keo mùa thu nơi cao",
      period=I(AS_OF)),
    F("Công Thành (58 ha)", "58", 58, "measure", "ha", subject=SUBJ, period=I(AS_OF)),
    F("Bảo Thành (47 ha)", "47", 47, "measure", "ha", subject=SUBJ, period=I(AS_OF)),
    F("Sơn Thành (41 ha)", "41", 41, "measure", "ha", subject=SUBJ, period=I(AS_OF)),
    F("Đô Thành (36 ha)", "36", 36, "measure", "ha", subject=SUBJ, period=I(AS_OF)),
    F("420 lít", "420", 420, "measure", "lít", subject="thuốc bảo vệ thực vật sinh học huyện hỗ trợ"),
    F("168 triệu đồng", "168", 168000000, "money", "đồng", subject="trị giá thuốc bảo vệ thực vật sinh học hỗ trợ"),
    F("ba lớp tập huấn", "ba", 3, "count", "lớp", subject="lớp tập huấn phòng trừ sâu keo mùa thu"),
    F("135 lượt nông dân", "135", 135, "count", "lượt nông dân", subject="lượt nông dân được tập huấn"),
    F("được 371 ha", "371", 371, "measure", "ha", percent=93.9, subject="diện tích ngô bị hại đã phun phòng trừ",
      period=P("Đến ngày 15/11", end="2023-11-15")),
    F("đạt 47-48 tạ/ha", "47", 47, "measure", "tạ/ha", value_max=48,
      change=CH("decrease", 2, "tạ/ha", baseline="vụ Đông năm 2022", approx="about"), status="forecast",
      subject="năng suất ngô vụ Đông"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): sâu keo mùa thu trên ngô vụ Đông 2023 (tính đến 15/11/2023), communes, support, forecast.",
    "Dateline 'Thứ Năm, 16/11/2023 - 09:45'. 'NK 7328', 'CP 511', 'DK 6919' are maize varieties; 'Công văn số 2315/UBND-NN', 'xóm 7',",
    "phone '0238.3865.112' are not figures. The figures describe the district: location Yên Thành (communes are not province/city/district).",
    "'Các xã … gồm: Công Thành (58 ha) …' — the cue follows no figure (and the items do not add up to 395 ha): no total.",
    "'trị giá 168 triệu đồng' is an equivalent amount, a money figure of its own. 'Vụ Đông năm 2023' (season) gives no period.",
    "'Đến ngày 15/11' takes 2023 from the earlier as-of date.",
]

if __name__ == "__main__":
    emit("p642-2", TEXT, COMMENTS, FIGS, published="2023-11-16", location="Yên Thành")
