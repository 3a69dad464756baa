"""p558-8: commune portal (xã Tân Lập, huyện Đồng Phú, Bình Phước), poultry Q1/2024."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP - HUYỆN ĐỒNG PHÚ - TỈNH BÌNH PHƯỚC
Tin tức > Kinh tế - Nông nghiệp
Đăng ngày: 03/04/2024 | Người đăng: Văn phòng UBND xã

Quý I/2024, chăn nuôi gà trên địa bàn xã tiếp tục phát triển

Trong quý I/2024, tổng đàn gà trên địa bàn xã đạt 186.500 con, tăng 12% so với quý I/2023; đàn vịt 24.300 con; đàn lợn 9.850 con, giảm 8,5% do ảnh hưởng của dịch bệnh; đàn bò 1.120 con. Xã hiện có 9 trang trại gà quy mô từ 10.000 con trở lên (ấp 2 có 4 trang trại, ấp 5 có 3 trang trại, ấp Suối Đá có 2 trang trại) và 63 hộ nuôi gà thả vườn.

Mô hình nuôi gà thả vườn liên kết với Hợp tác xã Chăn nuôi Tân Lập cho thu nhập từ 35 đến 40 triệu đồng/lứa với quy mô 2.000 con; lãi bình quân khoảng 18.000 đồng/con. Giá gà thả vườn xuất chuồng hiện ở mức 68.000 đồng/kg, tăng nhẹ so với cuối năm 2023. Trong quý, xã đã hỗ trợ 21 hộ mua con giống với tổng kinh phí 126 triệu đồng, mức hỗ trợ 30% giá con giống nhưng không quá 6 triệu đồng/hộ.

Công tác tiêm phòng được quan tâm: đã tiêm 52.400 liều vắc xin cúm gia cầm và Newcastle, đạt 91,2% kế hoạch đợt 1; tiêu độc khử trùng 45 lượt chuồng trại. Năm 2024, xã phấn đấu tổng đàn gà đạt 220.000 con, tỷ lệ tiêm phòng đạt trên 95%.

Mọi chi tiết liên hệ: UBND xã Tân Lập, đường ĐT741, ấp 3; điện thoại 0271.3819.246.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 186.500 con", "186.500", 186500, "count", "con", "tổng đàn gà", Q1,
      change=CH("increase", 12, baseline="quý I/2023")),
    F("đàn vịt 24.300 con", "24.300", 24300, "count", "con", "đàn vịt", Q1),
    F("đàn lợn 9.850 con", "9.850", 9850, "count", "con", "đàn lợn", Q1, change=CH("decrease", 8.5)),
    F("đàn bò 1.120 con", "1.120", 1120, "count", "con", "đàn bò", Q1),
    F("có 9 trang trại", "9", 9, "count", "trang trại", "trang trại gà quy mô từ 10.000 con trở lên"),
    F("từ 10.000 con trở lên", "10.000", 10000, "count", "con", approx="at_least", optional=True),
    F("có 4 trang trại", "4", 4, "count", "trang trại", "trang trại gà quy mô lớn ấp 2", total=9),
    F("có 3 trang trại", "3", 3, "count", "trang trại", "trang trại gà quy mô lớn ấp 5", total=9),
    F("có 2 trang trại", "2", 2, "count", "trang trại", "trang trại gà quy mô lớn ấp Suối Đá", total=9),
    F("63 hộ", "63", 63, "count", "hộ", "hộ nuôi gà thả vườn"),
    F("từ 35 đến 40 triệu đồng/lứa", "35", 35000000, "money", "đồng/lứa", "thu nhập mô hình nuôi gà thả vườn liên kết",
      value_max=40000000),
    F("quy mô 2.000 con", "2.000", 2000, "count", "con", "quy mô mô hình nuôi gà thả vườn", optional=True),
    F("khoảng 18.000 đồng/con", "18.000", 18000, "money", "đồng/con", "lãi bình quân nuôi gà thả vườn", approx="about"),
    F("mức 68.000 đồng/kg", "68.000", 68000, "money", "đồng/kg", "giá gà thả vườn xuất chuồng"),
    F("hỗ trợ 21 hộ", "21", 21, "count", "hộ", "hộ được hỗ trợ mua con giống", INQ),
    F("kinh phí 126 triệu đồng", "126", 126000000, "money", "đồng", "tổng kinh phí hỗ trợ mua con giống", INQ),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "mức hỗ trợ giá con giống"),
    F("không quá 6 triệu đồng/hộ", "6", 6000000, "money", "đồng/hộ", "mức hỗ trợ tối đa mua con giống",
      approx="at_most"),
    F("tiêm 52.400 liều", "52.400", 52400, "count", "liều", "vắc xin cúm gia cầm và Newcastle đã tiêm", INH(Q1),
      percent=91.2),
    F("khử trùng 45 lượt", "45", 45, "count", "lượt", "lượt tiêu độc khử trùng chuồng trại", INH(Q1)),
    F("đạt 220.000 con", "220.000", 220000, "count", "con", "tổng đàn gà", Y24, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm phòng", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Commune portal (xã Tân Lập, huyện Đồng Phú, Bình Phước), 'Đăng ngày: 03/04/2024': chăn nuôi gà quý I/2024.",
    "A commune is below the district level that FIGURES.md names for location, so the figures carry the district Đồng Phú (choice).",
    "The bracketed hamlet breakdown (4 + 3 + 2) adds up to the 9 trang trại before it: total 9; hamlets (ấp 2, ấp 5, ấp Suối Đá) are",
    "below district level and stay in the subject. 'ấp 2', 'ấp 5', 'ấp 3', 'đường ĐT741', the phone number are not figures.",
    "Thresholds/scales ('từ 10.000 con trở lên', 'quy mô 2.000 con') are optional. 'Trong quý' = quý I/2024. The support rate (30%)",
    "and cap are policy parameters without a period (unscored). 'đạt 91,2% kế hoạch đợt 1' is the percent of 52.400 liều.",
]

if __name__ == "__main__":
    emit("p558-8", TEXT, COMMENTS, FIGS, published="2024-04-03", location="Đồng Phú")
