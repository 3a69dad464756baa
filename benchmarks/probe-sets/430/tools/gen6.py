from lib import F, P, write

TEXT = """Thời sự | Pháp luật
Thứ tư, 18/9/2024, 14:20 (GMT+7)

Triệt phá đường dây vận chuyển gần 300 kg ma túy qua biên giới Quảng Trị

Bộ đội Biên phòng tỉnh Quảng Trị bắt 4 nghi phạm, thu giữ 296 kg ma túy đá, 48 bánh heroin và khoảng 120.000 viên hồng phiến giấu trong xe tải.

Chiều 17/9, Bộ đội Biên phòng tỉnh Quảng Trị cho biết đã phối hợp Cục Phòng, chống ma túy và tội phạm (Bộ Tư lệnh Bộ đội Biên phòng) triệt phá Chuyên án 924Q. Đây là vụ án có số lượng ma túy thu giữ lớn nhất trên tuyến biên giới Việt - Lào của tỉnh từ đầu năm đến nay.

Theo cơ quan chức năng, nhóm nghi phạm do Hồ Văn K. (35 tuổi, ngụ huyện Hướng Hóa) cầm đầu, dùng xe tải biển số 74C-086.52 chở số ma túy giấu trong 20 bao cà phê, mỗi bao khoảng 15 kg. Lô hàng ước trị giá hơn 200 tỷ đồng. Kiểm tra nhanh cho thấy mẫu ma túy đá có hàm lượng methamphetamine từ 70% đến 75%.

Từ đầu năm đến nay, Bộ đội Biên phòng tỉnh đã chủ trì, phối hợp bắt giữ 57 vụ, 73 đối tượng, thu giữ 412,5 kg ma túy tổng hợp, gấp 3,4 lần cùng kỳ năm 2023. Số vụ trên tuyến biên giới chiếm 68% tổng số vụ bắt giữ của lực lượng.

Theo Bộ Tư lệnh Bộ đội Biên phòng, 8 tháng năm 2024, lực lượng này chủ trì phát hiện, bắt giữ 1.873 vụ, 2.604 đối tượng; thu giữ gần 1,5 tấn ma túy các loại, trong đó hơn 640 kg heroin. Các tuyến trọng điểm là Điện Biên, Sơn La, Nghệ An và Quảng Trị.

Người dân có thông tin về tội phạm ma túy có thể báo qua đường dây nóng 069.2562.112 của Bộ đội Biên phòng tỉnh.

Hoàng Táo
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-18")
YTDs = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("gần 300 kg", "300", 300, "measure", "kg", "ma túy vận chuyển qua biên giới", approx="nearly"),
    F("bắt 4 nghi phạm", "4", 4, "count", "nghi phạm", "nghi phạm bị bắt"),
    F("thu giữ 296 kg", "296", 296, "measure", "kg", "ma túy đá thu giữ"),
    F("48 bánh heroin", "48", 48, "count", "bánh heroin", "heroin thu giữ"),
    F("khoảng 120.000 viên", "120.000", 120000, "count", "viên", "hồng phiến thu giữ", approx="about"),
    F("(35 tuổi", "35", 35, "measure", "tuổi", optional=True),
    F("trong 20 bao", "20", 20, "count", "bao cà phê", "bao cà phê giấu ma túy"),
    F("mỗi bao khoảng 15 kg", "15", 15, "measure", "kg", "ma túy mỗi bao", approx="about"),
    F("hơn 200 tỷ đồng", "200", 200000000000, "money", "đồng", "trị giá lô hàng", approx="over", status="estimate"),
    F("từ 70% đến 75%", "70", 70, "percent", "%", "hàm lượng methamphetamine trong mẫu ma túy đá", value_max=75),
    F("bắt giữ 57 vụ", "57", 57, "count", "vụ", "vụ bắt giữ", period=YTDs),
    F("73 đối tượng", "73", 73, "count", "đối tượng", "đối tượng bắt giữ", period=YTDs),
    F("412,5 kg", "412,5", 412.5, "measure", "kg", "ma túy tổng hợp thu giữ",
      change={"direction": "increase", "value": 3.4, "unit": "lần", "baseline": "cùng kỳ năm 2023"}, period=YTDs),
    F("chiếm 68%", "68", 68, "percent", "%", "số vụ trên tuyến biên giới trong tổng số vụ bắt giữ",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18", inherited=True)),
    F("bắt giữ 1.873 vụ", "1.873", 1873, "count", "vụ", "vụ Bộ đội Biên phòng chủ trì phát hiện, bắt giữ", location="Việt Nam", period=M8),
    F("2.604 đối tượng", "2.604", 2604, "count", "đối tượng", "đối tượng bắt giữ", location="Việt Nam", period=M8),
    F("gần 1,5 tấn", "1,5", 1.5, "measure", "tấn", "ma túy các loại thu giữ", approx="nearly", location="Việt Nam", period=M8),
    F("hơn 640 kg", "640", 640, "measure", "kg", "heroin thu giữ", approx="over", total=1.5, location="Việt Nam", period=M8),
]

COMMENTS = [
    "National online press (Thời sự | Pháp luật): Quảng Trị border guard bust. Dateline 'Thứ tư, 18/9/2024, 14:20 (GMT+7)'; byline at the end.",
    "Distractors: 'Chiều 17/9', 'Chuyên án 924Q' (name), plate '74C-086.52', hotline 069.2562.112, '(GMT+7)'. Age '(35 tuổi' optional (a person's attribute).",
    "The bust figures have no period phrase of their own (the case is dated only by 'Chiều 17/9'): no period. 'ước trị giá hơn' → estimate, over.",
    "'412,5 kg …, gấp 3,4 lần cùng kỳ năm 2023': change increase 3.4 lần. 'Số vụ … chiếm 68% tổng số vụ' is a percent figure (no base count given).",
    "Bộ Tư lệnh BĐBP figures are national (location Việt Nam). 'gần 1,5 tấn …, trong đó hơn 640 kg heroin': the part is in kg and the whole in tấn;",
    "heroin is part of 'ma túy các loại' (same thing, same period, 'trong đó' cue), so 640 kg has total 1.5 (the whole's number as written, in tấn).",
    "revised: total 1.5 added to 640 kg (first annotation wrongly read shared h03's 'same thing' rule as 'same unit word'). The closing list of provinces has no figures.",
]

if __name__ == "__main__":
    write(6, TEXT, COMMENTS, FIGS, published="2024-09-18", location="Quảng Trị")
