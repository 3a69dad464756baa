"""p498-2: Hương Khê district portal (Hà Tĩnh) — heavy rain and flood after a storm, September 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ
Tin tức > Phòng chống thiên tai - Tìm kiếm cứu nạn
Thứ Năm, 26/09/2024 - 16:20

Mưa lớn hơn 300 mm, nước sông Ngàn Sâu vượt báo động 2

Do ảnh hưởng của hoàn lưu bão số 4, từ 19h ngày 24/9 đến 13h ngày 26/9/2024, trên địa bàn huyện có mưa to đến rất to kèm gió giật cấp 6, tổng lượng mưa phổ biến từ 180 đến 250 mm, một số nơi mưa lớn như xã Hương Trạch (312 mm), Phú Gia (296 mm), Hương Lâm (275 mm).

Lúc 13h ngày 26/9, mực nước sông Ngàn Sâu đoạn qua thị trấn Hương Khê đạt 10,85 m, cao hơn mức báo động 2 là 0,35 m; mực nước sông Tiêm tại cầu Hương Phúc ở mức 8,2 m, thấp hơn báo động 1 khoảng 0,3 m.

Theo báo cáo nhanh của Ban Chỉ huy PCTT&TKCN huyện, đến 15h ngày 26/9, mưa lũ đã làm 1.126 nhà dân bị ngập, trong đó 214 nhà ngập sâu trên 1 m; 8 xã với khoảng 2.400 hộ bị chia cắt tạm thời. Diện tích lúa hè thu chưa thu hoạch bị ngập là 356,5 ha, hoa màu 120 ha; 42 con trâu bò và 3.500 con gia cầm bị chết, cuốn trôi. Ước tổng thiệt hại ban đầu khoảng 18,6 tỷ đồng.

Huyện đã huy động hơn 600 cán bộ, chiến sĩ cùng 25 ca nô, xuồng máy di dời 312 hộ với 1.045 nhân khẩu đến nơi an toàn.

Dự báo từ nay đến ngày 28/9, khu vực huyện tiếp tục có mưa vừa, mưa to với lượng mưa 50-100 mm, có nơi trên 150 mm; lũ trên sông Ngàn Sâu có khả năng lên mức 11,2-11,5 m, trên báo động 2. Mọi thông tin cần hỗ trợ liên hệ Văn phòng thường trực BCH PCTT huyện, điện thoại 0239.3871.113.

Thu Hà - Trung tâm VH-TT&TT huyện
"""

STORM = P("từ 19h ngày 24/9 đến 13h ngày 26/9/2024", "2024-09-24", "2024-09-26")
AT13 = P("Lúc 13h ngày 26/9", "2024-09-26", "2024-09-26")
ASOF = P("đến 15h ngày 26/9", None, "2024-09-26")
FC = P("từ nay đến ngày 28/9", "2024-09-26", "2024-09-28")

FIGS = [
    F("lớn hơn 300 mm", "300", 300, "measure", "mm", "lượng mưa", I(STORM), approx="over"),
    F("giật cấp 6", "6", 6, "measure", "cấp", "gió giật", optional=True),
    F("từ 180 đến 250 mm", "180", 180, "measure", "mm", "tổng lượng mưa phổ biến", STORM, value_max=250),
    F("(312 mm)", "312", 312, "measure", "mm", "tổng lượng mưa", STORM),
    F("(296 mm)", "296", 296, "measure", "mm", "tổng lượng mưa", STORM),
    F("(275 mm)", "275", 275, "measure", "mm", "tổng lượng mưa", STORM),
    F("đạt 10,85 m", "10,85", 10.85, "measure", "m", "mực nước sông Ngàn Sâu", AT13,
      change=CH("increase", 0.35, "m", "mức báo động 2")),
    F("ở mức 8,2 m", "8,2", 8.2, "measure", "m", "mực nước sông Tiêm tại cầu Hương Phúc", AT13,
      change=CH("decrease", 0.3, "m", "báo động 1", approx="about")),
    F("làm 1.126 nhà", "1.126", 1126, "count", "nhà", "nhà dân bị ngập", ASOF),
    F("214 nhà", "214", 214, "count", "nhà", "nhà ngập sâu", ASOF, total=1126),
    F("sâu trên 1 m", "1", 1, "measure", "m", "độ ngập", approx="over", optional=True),
    F("8 xã", "8", 8, "count", "xã", "xã bị chia cắt tạm thời", ASOF),
    F("khoảng 2.400 hộ", "2.400", 2400, "count", "hộ", "hộ bị chia cắt tạm thời", ASOF, approx="about"),
    F("là 356,5 ha", "356,5", 356.5, "measure", "ha", "diện tích lúa hè thu chưa thu hoạch bị ngập", I(ASOF)),
    F("hoa màu 120 ha", "120", 120, "measure", "ha", "diện tích hoa màu bị ngập", I(ASOF)),
    F("42 con", "42", 42, "count", "con", "trâu bò bị chết, cuốn trôi", I(ASOF)),
    F("3.500 con", "3.500", 3500, "count", "con", "gia cầm bị chết, cuốn trôi", I(ASOF)),
    F("khoảng 18,6 tỷ đồng", "18,6", 18_600_000_000, "money", "đồng", "tổng thiệt hại ban đầu", I(ASOF),
      approx="about", status="estimate"),
    F("hơn 600 cán bộ", "600", 600, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ được huy động", approx="over"),
    F("25 ca nô", "25", 25, "count", "ca nô, xuồng máy", "ca nô, xuồng máy được huy động"),
    F("312 hộ", "312", 312, "count", "hộ", "hộ được di dời đến nơi an toàn"),
    F("1.045 nhân khẩu", "1.045", 1045, "count", "nhân khẩu", "nhân khẩu được di dời đến nơi an toàn"),
    F("lượng mưa 50-100 mm", "50", 50, "measure", "mm", "lượng mưa", FC, value_max=100, status="forecast"),
    F("trên 150 mm", "150", 150, "measure", "mm", "lượng mưa", FC, approx="over", status="forecast"),
    F("mức 11,2-11,5 m", "11,2", 11.2, "measure", "m", "lũ trên sông Ngàn Sâu", FC, value_max=11.5, status="forecast"),
]

COMMENTS = [
    "Hương Khê district portal (Hà Tĩnh): rain and flood after 'hoàn lưu bão số 4', 24-26/9/2024; damage as of 15h 26/9; forecast to 28/9.",
    "Dateline 'Thứ Năm, 26/09/2024 - 16:20' (published). Distractors: 'bão số 4', 'báo động 2/1' (alarm levels), times 19h/13h/15h, phone.",
    "Location: the district for everything; communes (xã Hương Trạch …) are not province/city/district, so the rain list keeps Hương Khê.",
    "A water level read 'lúc 13h ngày 26/9' has that day as its period (start = end); the gap to an alarm level is its change.",
    "'gió giật cấp 6' (a Beaufort level) and the depth threshold 'ngập sâu trên 1 m' are optional.",
    "'từ nay đến ngày 28/9' starts at the dateline. Rescue counts (no period phrase) get none.",
]

if __name__ == "__main__":
    emit("p498-2", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Hương Khê")
