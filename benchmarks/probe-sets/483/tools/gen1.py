"""p483-1: province portal (Nghệ An), first vaccination round 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nghệ An: Tiêm hơn 2,6 triệu liều vắc xin cho đàn vật nuôi đợt 1

Cập nhật: 28/05/2024 15:42 | Lượt xem: 1.873

Theo Chi cục Chăn nuôi và Thú y tỉnh, tính đến ngày 20/5/2024, toàn tỉnh đã tiêm được 2.634.180 liều vắc xin các loại, đạt 91,4% kế hoạch đợt 1. Trong đó, vắc xin cúm gia cầm 1.872.500 liều; lở mồm long móng 214.360 liều; tụ huyết trùng trâu, bò 198.720 liều; dịch tả lợn cổ điển 312.600 liều và dại chó 36.000 liều.

Tỷ lệ tiêm phòng so với tổng đàn trong diện tiêm: cúm gia cầm đạt 72,5%, lở mồm long móng đạt 81,3%, tụ huyết trùng trâu, bò đạt 78,6%. Các huyện có tỷ lệ hoàn thành kế hoạch cao là Yên Thành (98,2%), Đô Lương (96,7%), Nghĩa Đàn (95,1%); thấp nhất là Quế Phong (64,3%) và Kỳ Sơn (61,8%).

Từ đầu năm đến nay, toàn tỉnh xảy ra 3 ổ dịch cúm gia cầm A/H5N1 tại 2 huyện, buộc tiêu hủy 4.215 con gia cầm; không phát sinh ổ dịch lở mồm long móng. Năm 2024, ngân sách tỉnh bố trí 18,75 tỷ đồng mua vắc xin, tăng 2,3 tỷ đồng so với năm 2023.

Theo Kế hoạch số 142/KH-UBND, đợt 2 sẽ triển khai từ ngày 15/9 đến 15/10/2024; tỉnh phấn đấu tỷ lệ tiêm phòng đạt trên 80% tổng đàn trong diện tiêm, riêng vắc xin dại đạt ít nhất 70% tổng đàn chó.

Mọi thông tin về dịch bệnh, đề nghị liên hệ đường dây nóng 0238.3844.729 hoặc Chi cục tại số 5 đường Trường Thi, TP Vinh.
"""

ASOF = P("tính đến ngày 20/5/2024", end="2024-05-20")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
R2 = P("từ ngày 15/9 đến 15/10/2024", "2024-09-15", "2024-10-15")

FIGS = [
    F("Tiêm hơn 2,6 triệu liều", "2,6", 2600000, "count", "liều", "vắc xin tiêm cho đàn vật nuôi đợt 1", I(ASOF),
      approx="over"),
    F("tiêm được 2.634.180 liều", "2.634.180", 2634180, "count", "liều", "vắc xin các loại đã tiêm", ASOF,
      percent=91.4),
    F("cúm gia cầm 1.872.500 liều", "1.872.500", 1872500, "count", "liều", "vắc xin cúm gia cầm đã tiêm", I(ASOF),
      total=2634180),
    F("lở mồm long móng 214.360 liều", "214.360", 214360, "count", "liều", "vắc xin lở mồm long móng đã tiêm", I(ASOF),
      total=2634180),
    F("trâu, bò 198.720 liều", "198.720", 198720, "count", "liều", "vắc xin tụ huyết trùng trâu, bò đã tiêm", I(ASOF),
      total=2634180),
    F("cổ điển 312.600 liều", "312.600", 312600, "count", "liều", "vắc xin dịch tả lợn cổ điển đã tiêm", I(ASOF),
      total=2634180),
    F("dại chó 36.000 liều", "36.000", 36000, "count", "liều", "vắc xin dại chó đã tiêm", I(ASOF), total=2634180),
    F("cúm gia cầm đạt 72,5%", "72,5", 72.5, "percent", "%",
      "tỷ lệ tiêm phòng cúm gia cầm so với tổng đàn trong diện tiêm", I(ASOF)),
    F("lở mồm long móng đạt 81,3%", "81,3", 81.3, "percent", "%",
      "tỷ lệ tiêm phòng lở mồm long móng so với tổng đàn trong diện tiêm", I(ASOF)),
    F("trâu, bò đạt 78,6%", "78,6", 78.6, "percent", "%",
      "tỷ lệ tiêm phòng tụ huyết trùng trâu, bò so với tổng đàn trong diện tiêm", I(ASOF)),
    F("Yên Thành (98,2%)", "98,2", 98.2, "percent", "%", "tỷ lệ hoàn thành kế hoạch tiêm phòng", I(ASOF),
      location="Yên Thành"),
    F("Đô Lương (96,7%)", "96,7", 96.7, "percent", "%", "tỷ lệ hoàn thành kế hoạch tiêm phòng", I(ASOF),
      location="Đô Lương"),
    F("Nghĩa Đàn (95,1%)", "95,1", 95.1, "percent", "%", "tỷ lệ hoàn thành kế hoạch tiêm phòng", I(ASOF),
      location="Nghĩa Đàn"),
    F("Quế Phong (64,3%)", "64,3", 64.3, "percent", "%", "tỷ lệ hoàn thành kế hoạch tiêm phòng", I(ASOF),
      location="Quế Phong"),
    F("Kỳ Sơn (61,8%)", "61,8", 61.8, "percent", "%", "tỷ lệ hoàn thành kế hoạch tiêm phòng", I(ASOF),
      location="Kỳ Sơn"),
    F("xảy ra 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch cúm gia cầm A/H5N1", YTD),
    F("tại 2 huyện", "2", 2, "count", "huyện", "huyện xảy ra ổ dịch cúm gia cầm", YTD),
    F("tiêu hủy 4.215 con", "4.215", 4215, "count", "con", "gia cầm buộc tiêu hủy", YTD),
    F("bố trí 18,75 tỷ đồng", "18,75", 18750000000, "money", "đồng", "ngân sách tỉnh bố trí mua vắc xin", Y24,
      change=CH("increase", 2300000000, "đồng", "năm 2023")),
    F("đạt trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng đợt 2 so với tổng đàn trong diện tiêm", R2,
      approx="over", status="target"),
    F("ít nhất 70% tổng đàn chó", "70", 70, "percent", "%", "tỷ lệ tiêm phòng vắc xin dại trên tổng đàn chó", R2,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: tiêm phòng gia súc, gia cầm đợt 1 năm 2024 (as of 20/5/2024), outbreaks, budget, round-2 targets.",
    "Province portal: breadcrumb, 'Cập nhật: 28/05/2024 15:42 | Lượt xem: 1.873' (counter not a figure).",
    "Five vaccine parts after 'Trong đó' add up to 2.634.180 (total). Districts in the list go to location.",
    "Round 2 targets take the round's dates 15/9-15/10/2024 as their period (same sentence).",
    "Not figures: A/H5N1, 'đợt 1/2', Kế hoạch số 142/KH-UBND, phone 0238.3844.729, 'số 5 đường Trường Thi'.",
]

if __name__ == "__main__":
    emit("p483-1", TEXT, COMMENTS, FIGS, published="2024-05-28", default_location="Nghệ An")
