from lib import F, P, I, CH, T, emit

TEXT = """CÔNG AN THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức / Phòng cháy, chữa cháy

Kiểm tra an toàn PCCC tại 356 cơ sở karaoke, quán bar, vũ trường

Ngày đăng: 22/08/2024 - 16:05

Thực hiện Kế hoạch số 1125/KH-CAĐN, từ ngày 1/4 đến 31/7/2024, Phòng Cảnh sát PCCC và CNCH phối hợp với Công an các quận, huyện kiểm tra an toàn PCCC tại 356 cơ sở karaoke, quán bar, vũ trường, trong đó có 289 cơ sở karaoke, 51 quán bar và 16 vũ trường.

Qua kiểm tra, lực lượng chức năng phát hiện 143 cơ sở có vi phạm, chiếm 40,2%, giảm 11,3 điểm phần trăm so với cùng kỳ năm 2023. Các lỗi phổ biến là không duy trì hệ thống báo cháy tự động, lối thoát nạn bị che chắn, sử dụng vật liệu dễ cháy. Cơ quan chức năng đã xử phạt 98 trường hợp với số tiền 1,87 tỷ đồng; tạm đình chỉ 15 cơ sở, đình chỉ 4 cơ sở.

Số cơ sở vi phạm tập trung tại các quận Hải Châu (41 cơ sở), Sơn Trà (37 cơ sở), Ngũ Hành Sơn (26 cơ sở) và Thanh Khê (19 cơ sở).

Đến nay, 100% cơ sở karaoke trên địa bàn đã được lập hồ sơ quản lý về PCCC; 212 cơ sở đã được nghiệm thu, đạt 73,4% tổng số cơ sở karaoke. Thời gian tới, Công an thành phố phấn đấu đến năm 2025 nâng tỷ lệ này lên từ 85 đến 90%, đồng thời tập huấn nghiệp vụ PCCC cho khoảng 1.500 lượt nhân viên, quản lý cơ sở.

Người dân phát hiện cháy, nổ gọi ngay số 114 hoặc đường dây nóng 0236.3822.127.
"""

COMMENTS = [
    "City police site (Công an TP Đà Nẵng), 'Ngày đăng: 22/08/2024 - 16:05': PCCC inspection of 356 karaoke / bar / vũ trường venues",
    "1/4–31/7/2024, violations (share and change in percentage points), fines, suspensions, districts, acceptance, 2025 target.",
    "Distractors: Kế hoạch số 1125/KH-CAĐN, dates '1/4', '31/7/2024', emergency number 114, hotline 0236.3822.127.",
    "289 / 51 / 16 are parts of 356 (trong đó, they add up). 143 'chiếm 40,2%, giảm 11,3 điểm phần trăm' → percent and change of 143.",
    "District items do not add up to 143 and follow no cue: no total. 'đạt 73,4% tổng số cơ sở karaoke' → percent of 212, no number for the whole.",
    "'Đến nay' ends at the dateline. 'từ 85 đến 90%' target to 2025; 'khoảng 1.500 lượt' continues it (đồng thời) → target, period inherited.",
]

PER = P("từ ngày 1/4 đến 31/7/2024", "2024-04-01", "2024-07-31")
NOW = P("Đến nay", None, "2024-08-22")

FIGS = [
    F("tại 356 cơ sở karaoke, quán bar, vũ trường\n", "356", 356, "count", "cơ sở",
      "cơ sở karaoke, quán bar, vũ trường được kiểm tra an toàn PCCC"),
    F("tại 356 cơ sở karaoke, quán bar, vũ trường,", "356", 356, "count", "cơ sở",
      "cơ sở karaoke, quán bar, vũ trường được kiểm tra an toàn PCCC", PER),
    F("có 289 cơ sở", "289", 289, "count", "cơ sở", "cơ sở karaoke", PER, total=356),
    F("51 quán bar", "51", 51, "count", "quán bar", "quán bar", PER, total=356),
    F("16 vũ trường", "16", 16, "count", "vũ trường", "vũ trường", PER, total=356),
    F("phát hiện 143 cơ sở", "143", 143, "count", "cơ sở", "cơ sở có vi phạm", I(PER),
      percent=40.2, change=CH("decrease", 11.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("xử phạt 98 trường hợp", "98", 98, "count", "trường hợp", "trường hợp bị xử phạt", I(PER)),
    F("1,87 tỷ đồng", "1,87", 1_870_000_000, "money", "đồng", "số tiền xử phạt", I(PER)),
    F("tạm đình chỉ 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở bị tạm đình chỉ", I(PER)),
    F("đình chỉ 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bị đình chỉ", I(PER)),
    F("(41 cơ sở)", "41", 41, "count", "cơ sở", "cơ sở vi phạm", I(PER), location="Hải Châu"),
    F("(37 cơ sở)", "37", 37, "count", "cơ sở", "cơ sở vi phạm", I(PER), location="Sơn Trà"),
    F("(26 cơ sở)", "26", 26, "count", "cơ sở", "cơ sở vi phạm", I(PER), location="Ngũ Hành Sơn"),
    F("(19 cơ sở)", "19", 19, "count", "cơ sở", "cơ sở vi phạm", I(PER), location="Thanh Khê"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở karaoke đã được lập hồ sơ quản lý về PCCC", NOW),
    F("212 cơ sở", "212", 212, "count", "cơ sở", "cơ sở karaoke đã được nghiệm thu", NOW, percent=73.4),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ cơ sở karaoke được nghiệm thu PCCC",
      P("đến năm 2025", None, "2025-12-31"), value_max=90, status="target"),
    F("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt nhân viên", "lượt nhân viên, quản lý cơ sở được tập huấn nghiệp vụ PCCC",
      P("đến năm 2025", None, "2025-12-31", inh=True), approx="about", status="target"),
]

if __name__ == "__main__":
    emit("p722-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đà Nẵng")
