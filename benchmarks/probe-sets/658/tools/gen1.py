"""p658-1: province portal, Nghệ An, spring vaccination round (FMD, LSD, HS) as of 31/5/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nghệ An tiêm hơn 1,3 triệu liều vắc xin phòng bệnh cho đàn vật nuôi

Cập nhật: 14/06/2024 10:25 | Lượt xem: 3.482

Theo Chi cục Chăn nuôi và Thú y tỉnh Nghệ An, tính đến ngày 31/5/2024, toàn tỉnh đã tiêm được 1.346.820 liều vắc xin các loại trong đợt tiêm phòng vụ Xuân - Hè, đạt 91,4% kế hoạch. Trong đó, vắc xin lở mồm long móng (LMLM) type O, A là 412.350 liều, vắc xin viêm da nổi cục 186.200 liều, vắc xin tụ huyết trùng trâu bò 298.470 liều.

Tỷ lệ tiêm phòng LMLM trên đàn trâu, bò đạt 82,5% tổng đàn trong diện tiêm, trên đàn lợn đạt 76,3%. Một số địa phương tiêm được nhiều như Quỳnh Lưu (98.450 liều), Yên Thành (91.200 liều), Diễn Châu (87.630 liều); thấp nhất là huyện Kỳ Sơn mới đạt 62,8% kế hoạch do địa bàn rộng, đàn gia súc còn thả rông dọc Quốc lộ 7A.

Từ đầu năm đến nay, trên địa bàn tỉnh đã xảy ra 7 ổ dịch viêm da nổi cục tại 5 xã thuộc ba huyện Tương Dương, Con Cuông, Anh Sơn, làm 46 con trâu, bò mắc bệnh, trong đó 9 con chết và phải tiêu hủy. Ngành chức năng đã cấp phát 18.500 lít hóa chất sát trùng và 126 tấn vôi bột cho các địa phương để hưởng ứng tháng vệ sinh, tiêu độc, khử trùng đợt 1 theo Quyết định số 412/QĐ-UBND ngày 25/01/2024.

Năm 2024, tổng kinh phí mua vắc xin từ ngân sách tỉnh là 28,6 tỷ đồng, tăng 12,5% so với năm 2023. Tỉnh phấn đấu đến hết tháng 6 tỷ lệ tiêm phòng các bệnh bắt buộc đạt trên 80% tổng đàn.

Mọi thông tin về dịch bệnh xin liên hệ đường dây nóng 0238.3842.115 hoặc trụ sở Chi cục tại số 4 đường Trường Thi, TP Vinh.
"""

ASOF = P("tính đến ngày 31/5/2024", end="2024-05-31")
SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")

FIGS = [
    F("tiêm hơn 1,3 triệu liều", "1,3", 1300000, "count", "liều", "liều vắc xin phòng bệnh cho đàn vật nuôi đã tiêm",
      I(ASOF), approx="over"),
    F("được 1.346.820 liều", "1.346.820", 1346820, "count", "liều",
      "liều vắc xin các loại đã tiêm trong đợt tiêm phòng vụ Xuân - Hè", ASOF, percent=91.4),
    F("là 412.350 liều", "412.350", 412350, "count", "liều", "liều vắc xin lở mồm long móng (LMLM) type O, A",
      I(ASOF), total=1346820),
    F("cục 186.200 liều", "186.200", 186200, "count", "liều", "liều vắc xin viêm da nổi cục", I(ASOF), total=1346820),
    F("trâu bò 298.470 liều", "298.470", 298470, "count", "liều", "liều vắc xin tụ huyết trùng trâu bò", I(ASOF),
      total=1346820),
    F("đạt 82,5%", "82,5", 82.5, "percent", "%", "Tỷ lệ tiêm phòng LMLM trên đàn trâu, bò"),
    F("đạt 76,3%", "76,3", 76.3, "percent", "%", "Tỷ lệ tiêm phòng LMLM trên đàn lợn"),
    F("Quỳnh Lưu (98.450 liều)", "98.450", 98450, "count", "liều", "liều vắc xin đã tiêm", location="Quỳnh Lưu"),
    F("Yên Thành (91.200 liều)", "91.200", 91200, "count", "liều", "liều vắc xin đã tiêm", location="Yên Thành"),
    F("Diễn Châu (87.630 liều)", "87.630", 87630, "count", "liều", "liều vắc xin đã tiêm", location="Diễn Châu"),
    F("đạt 62,8% kế hoạch", "62,8", 62.8, "percent", "%", "tỷ lệ tiêm phòng đạt so với kế hoạch", location="Kỳ Sơn"),
    F("ra 7 ổ dịch", "7", 7, "count", "ổ dịch", "ổ dịch viêm da nổi cục", SINCE),
    F("tại 5 xã", "5", 5, "count", "xã", "xã có ổ dịch viêm da nổi cục", SINCE),
    F("thuộc ba huyện", "ba", 3, "count", "huyện", "huyện có ổ dịch viêm da nổi cục", SINCE),
    F("làm 46 con", "46", 46, "count", "con", "trâu, bò mắc bệnh viêm da nổi cục", SINCE),
    F("đó 9 con", "9", 9, "count", "con", "trâu, bò chết và phải tiêu hủy", SINCE, total=46),
    F("phát 18.500 lít", "18.500", 18500, "measure", "lít", "hóa chất sát trùng cấp phát cho các địa phương"),
    F("và 126 tấn", "126", 126, "measure", "tấn", "vôi bột cấp phát cho các địa phương"),
    F("là 28,6 tỷ đồng", "28,6", 28600000000, "money", "đồng", "tổng kinh phí mua vắc xin từ ngân sách tỉnh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 12.5, baseline="năm 2023")),
    F("trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng các bệnh bắt buộc",
      P("đến hết tháng 6", end="2024-06-30"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (invented): spring vaccination round as of 31/5/2024; breadcrumb, 'Cập nhật' dateline, view counter.",
    "'Lượt xem: 3.482', 'type O, A', 'đợt 1', Quốc lộ 7A, Quyết định số 412/QĐ-UBND, phone and address are not figures.",
    "Headline figure takes the lead's as-of period (inherited). District list items: location = district, no total (no cue).",
    "'Từ đầu năm đến nay' ends at the dateline; 'đến hết tháng 6' (target) = as-of end of June 2024.",
]

if __name__ == "__main__":
    emit("p658-1", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Nghệ An")
